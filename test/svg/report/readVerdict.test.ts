import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/index.ts";
import type { ChartResultJSON } from "../../../src/core/types.ts";
import { readVerdict } from "../../../src/svg/report/readVerdict.ts";
import { renderReport } from "../../../src/svg/report/renderReport.ts";
import { withVerdict } from "../../helpers/reportItems.ts";

/** A result as the core made it before contract C3: no variation, assurance, untested or since. */
const old = (json: ChartResultJSON): ChartResultJSON => {
  const { phase, changed, direction, target, message } = json.assessment;
  return { ...json, assessment: { phase, changed, direction, target, message } as unknown as ChartResultJSON["assessment"] };
};
const baseline = [5, 6, 4, 5, 6, 4, 5, 6, 4, 5];
const up = [8, 8, 9, 8, 9, 8, 9, 8, 9];
const down = [2, 2, 1, 2, 1, 2, 1, 2, 1];

describe("readVerdict(json)", () => {
  it("takes the assessment's own fields (contract C3) when the result has them", () => {
    expect(readVerdict(withVerdict({ variation: "concern", untested: null, assurance: "fails", assuranceReason: null, since: 10 }, "m"))).toEqual({
      message: "m",
      variation: "concern",
      untested: null,
      move: "lower",
      assurance: "fails",
      reason: null,
      since: 10,
    });
    expect(readVerdict(withVerdict({ variation: "untested", untested: "mr_chart", assurance: "unassessed", assuranceReason: "no_limits" }, "m"))).toMatchObject({ variation: "untested", untested: "mr_chart", move: null, assurance: "unassessed", reason: "no_limits" });
  });

  it("derives them from changed, direction and target for older results", () => {
    const better = old(analyze({ chart: "i", y: [...baseline, ...up], freeze: 10, improvement: "up", target: 0 }).toJSON());
    // A changed process has no target verdict (its limits no longer describe it), so an older result with target null reads unassessed.
    expect(readVerdict(better)).toMatchObject({ variation: "improvement", move: "higher", assurance: "unassessed", since: null });
    const meets = old(analyze({ chart: "i", y: [5, 6, 4, 5, 6, 4, 5, 6, 4, 5, 6, 4], target: 0, improvement: "up" }).toJSON());
    expect(readVerdict(meets)).toMatchObject({ variation: "common", assurance: "meets", reason: null });
    const worse = old(analyze({ chart: "i", y: [...baseline, ...up], freeze: 10, improvement: "down", target: 100 }).toJSON());
    expect(readVerdict(worse)).toMatchObject({ variation: "concern", move: "higher" });
    const lower = old(analyze({ chart: "i", y: [...baseline, ...down], freeze: 10 }).toJSON());
    expect(readVerdict(lower)).toMatchObject({ variation: "change", move: "lower", assurance: "unassessed", reason: "no_target" });
    const stable = old(analyze({ chart: "i", y: [5, 6, 4, 5, 6, 4, 5, 6, 4, 5, 6, 4], target: 3 }).toJSON());
    expect(readVerdict(stable)).toMatchObject({ variation: "common", move: null, assurance: "unassessed", reason: "no_improvement" });
    const straddles = old(analyze({ chart: "i", y: [5, 6, 4, 5, 6, 4, 5, 6, 4, 5, 6, 4], target: 5, improvement: "up" }).toJSON());
    expect(readVerdict(straddles)).toMatchObject({ variation: "common", assurance: "inconsistent", reason: null });
    const run = old(analyze({ y: [5, 6, 4, 5, 6, 4, 5, 6, 4, 5, 6, 4], target: 5, improvement: "up" }).toJSON());
    expect(readVerdict(run)).toMatchObject({ assurance: "unassessed", reason: "no_limits" });
  });
});

describe("a rule set without runs rules in the report (new-user trial)", () => {
  it("reads untested: no_runs_rules and says so beside the icon, in both languages", () => {
    const json = analyze({ y: [5, 6, 4, 5, 6, 4, 5, 6, 4, 5, 6, 4], rules: { anhoej: false } }).toJSON();
    expect(readVerdict(json)).toMatchObject({ variation: "untested", untested: "no_runs_rules", move: null });
    expect(renderReport([{ result: json, name: "r" }], { date: "2026-12-01" })[0]?.html).toContain("Not tested: the rule set has no runs rule");
    expect(renderReport([{ result: json, name: "r" }], { locale: "da-DK", date: "2026-12-01" })[0]?.html).toContain("Ikke testet: regelsættet har ingen serieregel");
  });
});
