// Runs every example so they cannot go stale.
import { describe, expect, it } from "vitest";
// @ts-expect-error: plain JavaScript examples (runnable with node on Node 20), without declarations
import { main as runChart } from "../examples/01-run-chart.mjs";
// @ts-expect-error: as above
import { main as pChart } from "../examples/02-p-chart-with-baseline.mjs";
// @ts-expect-error: as above
import { main as phases } from "../examples/03-phases-and-exclusions.mjs";

describe("examples", () => {
  it("01-run-chart finds the long run qicharts2 finds (fixture v_run_24)", () => {
    const phase = runChart().phases[0]!;
    expect([phase.cl, phase.useful, phase.longestRun, phase.longestRunMax, phase.runsSignal]).toEqual([50.2, 22, 8, 7, true]);
  });

  it("02-p-chart-with-baseline freezes 8 weeks and finds the improvement (fixture v_p_weekly_freeze)", () => {
    const [row] = pChart();
    expect(row?.baselineFrom).toBe("2018-04-02");
    expect(row?.baselineTo).toBe("2018-05-21");
    expect(row?.cl).toBeCloseTo(90.77231695085256, 12);
    expect(row?.runsSignal).toBe(true);
  });

  it("03-phases-and-exclusions computes two phases and keeps the outlier out", () => {
    const json = phases();
    expect(json.phases).toHaveLength(2);
    expect(json.points[17]).toMatchObject({ included: false, sigmaSignal: true });
    expect(json.phases[1]!.cl).toBeLessThan(json.phases[0]!.cl!);
  });
});
