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
      shift: null,
    });
    expect(readVerdict(withVerdict({ variation: "untested", untested: "mr_chart", assurance: "unassessed", assuranceReason: "no_limits" }, "m"))).toMatchObject({ variation: "untested", untested: "mr_chart", move: null, assurance: "unassessed", reason: "no_limits" });
  });

  it("derives them from changed, direction and target for older results", () => {
    const better = old(analyze({ chart: "i", y: [...baseline, ...up], freeze: 10, improvement: "up", target: 0 }).toJSON());
    // A changed process has no target verdict (its limits no longer describe it), so an older result with target null reads unassessed.
    expect(readVerdict(better)).toMatchObject({ variation: "improvement", move: "higher", assurance: "unassessed", since: null });
    // 15 points, 10 of them useful (off the centre line 5): enough to judge the target.
    const meets = old(analyze({ chart: "i", y: [5, 6, 4, 5, 6, 4, 5, 6, 4, 5, 6, 4, 5, 6, 4], target: 0, improvement: "up" }).toJSON());
    expect(readVerdict(meets)).toMatchObject({ variation: "common", assurance: "meets", reason: null });
    const worse = old(analyze({ chart: "i", y: [...baseline, ...up], freeze: 10, improvement: "down", target: 100 }).toJSON());
    expect(readVerdict(worse)).toMatchObject({ variation: "concern", move: "higher" });
    const lower = old(analyze({ chart: "i", y: [...baseline, ...down], freeze: 10 }).toJSON());
    expect(readVerdict(lower)).toMatchObject({ variation: "change", move: "lower", assurance: "unassessed", reason: "no_target" });
    const stable = old(analyze({ chart: "i", y: [5, 6, 4, 5, 6, 4, 5, 6, 4, 5, 6, 4], target: 3 }).toJSON());
    expect(readVerdict(stable)).toMatchObject({ variation: "common", move: null, assurance: "unassessed", reason: "no_improvement" });
    const straddles = old(analyze({ chart: "i", y: [5, 6, 4, 5, 6, 4, 5, 6, 4, 5, 6, 4, 5, 6, 4], target: 5, improvement: "up" }).toJSON());
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

describe("a last phase split off at a shift (new-user trial): the icon says what the sentence says", () => {
  // A P chart: a 20-week baseline around 70 %, then a stable 12 weeks around 90 %, split there.
  const before = [70, 72, 68, 71, 69, 73, 67, 70, 71, 69, 72, 68, 70, 71, 69, 70, 72, 68, 71, 69];
  const after = [89, 91, 90, 88, 92, 90, 89, 91, 90, 88, 91, 90];
  const y = [...before, ...after];
  const spec = { chart: "p" as const, y, n: y.map(() => 100), multiply: 100, breaks: [20], target: 85 };

  it("higher is better: an improvement icon, worded as the sentence words it", () => {
    const json = analyze({ ...spec, improvement: "up" }).toJSON();
    expect(json.assessment).toMatchObject({ variation: "common", comparison: { shifted: true, up: true, direction: "improvement" } });
    expect(json.assessment.message).toContain("is a sustained shift up: an improvement");
    expect(readVerdict(json)).toMatchObject({ variation: "improvement", move: "higher", shift: { phase: 1, up: true } });
    const html = renderReport([{ result: json, name: "r" }], { date: "2026-12-01" })[0]?.html ?? "";
    expect(html).toContain('class="icon variation variation-improvement"');
    expect(html).toContain('aria-label="Sustained shift up against phase 1: an improvement"');
    expect(html).not.toContain("Common cause variation only");
    const da = renderReport([{ result: analyze({ ...spec, improvement: "up", locale: "da-DK" }).toJSON(), name: "r" }], { locale: "da-DK", date: "2026-12-01" })[0]?.html ?? "";
    expect(da).toContain("et vedvarende skift op: en forbedring");
    expect(da).toContain('aria-label="Vedvarende skift op i forhold til fase 1: en forbedring"');
    expect(da).not.toContain("Kun tilfældig variation");
  });

  it("lower is better: the same shift is a concern; without a direction, a change", () => {
    const worse = analyze({ ...spec, improvement: "down" }).toJSON();
    expect(readVerdict(worse)).toMatchObject({ variation: "concern", move: "higher" });
    expect(renderReport([{ result: worse, name: "r" }], { date: "2026-12-01" })[0]?.html).toContain("Sustained shift up against phase 1: a deterioration");
    const plain = analyze({ ...spec, target: undefined }).toJSON();
    expect(readVerdict(plain)).toMatchObject({ variation: "change", move: "higher", shift: { phase: 1, up: true } });
    expect(renderReport([{ result: plain, name: "r" }], { date: "2026-12-01" })[0]?.html).toContain('class="icon variation variation-change"');
  });

  it("a difference that may be chance, or a last phase with signals of its own, keeps its own icon", () => {
    const same = [...before, ...before.map((v) => v + 1)];
    const chance = analyze({ chart: "p", y: same, n: same.map(() => 100), multiply: 100, breaks: [20], improvement: "up" }).toJSON();
    expect(chance.assessment.comparison).toMatchObject({ shifted: false });
    expect(readVerdict(chance)).toMatchObject({ variation: "common", move: null, shift: null });
    const moving = analyze({ chart: "p", y, n: y.map(() => 100), multiply: 100, improvement: "up" }).toJSON();
    expect(readVerdict(moving)).toMatchObject({ variation: "improvement", shift: null });
  });
});
