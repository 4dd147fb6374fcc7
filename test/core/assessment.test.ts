import { describe, expect, it } from "vitest";
import { analyze, summary, type ChartSpecInput } from "../../src/index.ts";

describe("assessment of the last phase", () => {
  const stable = [10, 11, 9, 10, 12, 10, 9, 11, 10, 9, 11, 10, 12, 9, 10, 11];

  it("says when a process shows only random variation", () => {
    const { assessment } = analyze({ chart: "i", y: stable, improvement: "up" }).toJSON();
    expect(assessment).toMatchObject({ phase: 0, changed: false, direction: null });
    expect(assessment.message).toBe("The process shows only random variation.");
  });

  it("names an improvement and a deterioration by the better direction", () => {
    // Baseline frozen before the change, so the points after it are judged against the old median.
    const y = [...stable.slice(0, 8), 14, 15, 14, 16, 15, 14, 15, 16, 14, 15];
    const up = analyze({ y, improvement: "up", freeze: 8 }).toJSON();
    expect(up.assessment).toMatchObject({ changed: true, direction: "improvement" });
    expect(up.points[10]?.direction).toBe("improvement");
    expect(up.phases[0]?.direction).toBe("improvement");
    const down = analyze({ y, improvement: "down", freeze: 8 }).toJSON();
    expect(down.assessment.direction).toBe("deterioration");
    expect(analyze({ y, freeze: 8 }).toJSON().assessment).toMatchObject({ changed: true, direction: null });
  });

  it("reads the direction in time: the low run before a rise is the old level, and the process moved up (#12)", () => {
    // One phase over a step up: the only long run is the 8 points before the change, below the median (the new
    // level sits on the median). It begins the phase, so the phase began low and left it: an improvement from point 9.
    const y = [...stable.slice(0, 8), 14, 15, 14, 16, 15, 14, 15, 16, 14, 15];
    const json = analyze({ y, improvement: "up" }).toJSON();
    expect(json.signals.find((s) => s.rule === "longestRun")).toMatchObject({ side: "below", direction: "neutral" });
    expect(json.phases[0]?.direction).toBe("improvement");
    expect(json.assessment).toMatchObject({ direction: "improvement", since: 8 });
    expect(json.assessment.message).toBe("The process moved up from point 9: an improvement.");
    expect(json.points[0]?.direction).toBe("neutral");
    // The same run in the middle of the phase is an excursion, read by its side.
    const middle = analyze({ y: [...stable.slice(8, 14), ...stable.slice(0, 8).map((v) => v - 5), ...stable.slice(8, 14)], improvement: "up" }).toJSON();
    expect(middle.assessment).toMatchObject({ direction: "deterioration", since: null });
  });

  it("the move after an old level begins at the first point with a value: not at a missing or excluded subgroup", () => {
    // The low run ends at point 8; point 9 has no value, so the new level begins at point 10 (it said "from point 9").
    const y = [...stable.slice(0, 8), null, 14, 15, 14, 16, 15, 14, 15, 16, 14, 15];
    const missing = analyze({ y, improvement: "up" }).toJSON();
    expect(missing.assessment).toMatchObject({ direction: "improvement", since: 9 });
    expect(missing.assessment.message).toBe("The process moved up from point 10: an improvement.");
    // Point 9 excluded (a known special cause): the same.
    const excluded = analyze({ y: [...stable.slice(0, 8), 30, 14, 15, 14, 16, 15, 14, 15, 16, 14, 15], improvement: "up", exclude: [8] }).toJSON();
    expect(excluded.assessment).toMatchObject({ direction: "improvement", since: 9 });
  });

  it("a run that ends the phase: the process moved to that side, from the run's first point", () => {
    const y = [...stable, 16, 17, 16, 18, 17, 16, 17, 18, 16];
    const json = analyze({ y, improvement: "down" }).toJSON();
    expect(json.assessment).toMatchObject({ direction: "deterioration", since: 16 });
    expect(json.assessment.message).toBe("The process moved up from point 17: a deterioration.");
    // A baseline frozen before the change (median 10): the run above it starts at the baseline's last point (11)
    const frozen = analyze({ y, improvement: "up", freeze: 16 }).toJSON();
    expect(frozen.assessment).toMatchObject({ direction: "improvement", since: 15 });
  });

  it("since names where a shift or a trend began, not the point at which it became long enough", () => {
    // IHI: the run below begins at point 17 and is a shift (6 points) only from point 22; the trend begins at point 16.
    const shift = analyze({ y: [...stable, 6, 5, 6, 4, 5, 6, 5, 4], rules: "ihi", improvement: "down" }).toJSON();
    expect(shift.signals.find((s) => s.rule === "shift")?.indices[0]).toBe(16);
    expect(shift.assessment).toMatchObject({ direction: "improvement", since: 16 });
    expect(shift.assessment.message).toBe("The process moved down from point 17: an improvement.");
    const trend = analyze({ y: [...stable, 9.5, 8.5, 7.5, 6.5, 5.5, 4.5], rules: "ihi", improvement: "down" }).toJSON();
    expect(trend.signals.find((s) => s.rule === "trend")?.indices[0]).toBe(15);
    expect(trend.assessment).toMatchObject({ direction: "improvement", since: 15 });
    expect(trend.assessment.message).toBe("The process moved down from point 16: an improvement.");
  });

  it("a lone point outside the limits at the start is not a level: read by its side", () => {
    const y = [30, ...stable];
    expect(analyze({ chart: "i", y, improvement: "down" }).toJSON().assessment).toMatchObject({ direction: "deterioration", since: null });
  });

  it("does not count an excluded point outside the limits as a change", () => {
    const y = [...stable.slice(0, 9), 30, ...stable.slice(9)];
    expect(analyze({ chart: "i", y, improvement: "down" }).toJSON().assessment.changed).toBe(true);
    const excluded = analyze({ chart: "i", y, improvement: "down", exclude: [9] }).toJSON();
    expect(excluded.points[9]?.sigmaSignal).toBe(true);
    expect(excluded.assessment.changed).toBe(false);
  });

  it("judges a target against the limits of the last phase", () => {
    // I chart of the stable series: mean 10.25, limits about 6.5 and 14
    const meets = analyze({ chart: "i", y: stable, improvement: "up", target: 5 }).toJSON().assessment;
    expect(meets.target).toBe("meets");
    const straddles = analyze({ chart: "i", y: stable, improvement: "up", target: 10 }).toJSON().assessment;
    expect(straddles.target).toBe("straddles");
    expect(straddles.message).toContain("only some of the time");
    const fails = analyze({ chart: "i", y: stable, improvement: "up", target: 20 }).toJSON().assessment;
    expect(fails.target).toBe("fails");
    expect(analyze({ chart: "i", y: stable, improvement: "down", target: 20 }).toJSON().assessment.target).toBe("meets");
  });

  it("warns when a target cannot be judged", () => {
    const noDirection = analyze({ chart: "i", y: stable, target: 10 }).toJSON();
    expect(noDirection.assessment.target).toBeNull();
    expect(noDirection.warnings.map((w) => w.code)).toContain("target_unassessed");
    const runChart = analyze({ y: stable, target: 10, improvement: "up" }).toJSON();
    expect(runChart.warnings.map((w) => w.code)).toContain("target_unassessed");
  });
});

describe("autoPhase: a new phase at a sustained shift", () => {
  const before = [10, 11, 9, 10, 12, 10, 9, 11, 10, 9, 11, 10];
  const after = [15, 16, 14, 15, 17, 15, 14, 16, 15, 14, 16, 15];

  it("starts a phase at the first point of the shift and lists the break with its rule and points", () => {
    const result = analyze({ y: [...before, ...after], rules: "ihi", autoPhase: true });
    expect(result.autoBreaks).toHaveLength(1);
    expect(result.autoBreaks[0]).toMatchObject({ index: 12, rule: "shift" });
    expect(result.autoBreaks[0]?.indices[0]).toBe(12);
    expect(result.phases.map((p) => [p.start, p.end])).toEqual([
      [0, 11],
      [12, 23],
    ]);
  });

  it("uses the longest run with the Anhøj rules", () => {
    const result = analyze({ y: [...before, ...after], autoPhase: true });
    expect(result.autoBreaks[0]?.rule).toBe("longestRun");
  });

  it("keeps every phase at least minLength long", () => {
    const result = analyze({ y: [...before, ...after], rules: "ihi", autoPhase: { minLength: 13 } });
    expect(result.autoBreaks).toEqual([]);
    expect(result.phases).toHaveLength(1);
  });

  it("leaves a series without shifts alone, and is off by default", () => {
    expect(analyze({ y: before, rules: "ihi", autoPhase: true }).autoBreaks).toEqual([]);
    expect(analyze({ y: [...before, ...after], rules: "ihi" }).phases).toHaveLength(1);
  });

  it("keeps a user's freeze on the phase it was given for", () => {
    const result = analyze({ y: [...before, ...after], rules: "ihi", autoPhase: true, freeze: 10 });
    expect(result.phases[0]?.baselineEnd).toBe(9);
    expect(result.phases[1]?.baselineEnd).toBe(23);
  });
});

describe("excluded points are shown but never evidence of a change", () => {
  // examples/data/waiting-days.json: an I chart, lower is better, with 2020-06-01 (index 17, 19.5 days) explained and excluded.
  const waiting = [6.3, 7.6, 7.3, 5.8, 5.7, 3.5, 6.1, 8.7, 5.2, 6, 6.9, 4.5, 7.3, 7, 6.6, 5.8, 7.5, 19.5, 5.4, 7.4, 6.5, 8.5, 4.6, 4.6, 6.1, 7.3, 5, 4.8, 6.1, 6];
  const spec: ChartSpecInput = { chart: "i", y: waiting, exclude: [17], improvement: "down" };

  it("Anhøj rules: the excluded point keeps its flag and count, and the verdict and the phase agree that nothing changed", () => {
    const json = analyze(spec).toJSON();
    expect(json.points[17]).toMatchObject({ sigmaSignal: true, included: false, direction: null });
    expect(json.phases[0]).toMatchObject({ sigmaSignals: 1, excludedSigmaSignals: 1, direction: null });
    expect(json.signals).toEqual([{ rule: "sigma", phase: 0, indices: [17], side: "above", direction: "deterioration", excluded: true }]);
    expect(json.assessment).toMatchObject({ changed: false, direction: null });
    expect(json.assessment.message).toContain("1 excluded point lies outside the limits and is not counted as a change");
  });

  it("IHI rules: the falling trend is the only evidence, an improvement (not 'mixed')", () => {
    const json = analyze({ ...spec, rules: "ihi" }).toJSON();
    expect(json.signals.map((s) => [s.rule, s.excluded])).toEqual([
      ["trend", false],
      ["sigma", true],
    ]);
    expect(json.phases[0]).toMatchObject({ sigmaSignals: 1, excludedSigmaSignals: 1, direction: "improvement" });
    expect(json.assessment).toMatchObject({ changed: true, direction: "improvement" });
    expect(json.points[3]?.direction).toBe("improvement");
    expect(json.points[17]?.direction).toBeNull();
  });

  it("without the exclusion the same point is a deterioration", () => {
    const json = analyze({ chart: "i", y: waiting, improvement: "down" }).toJSON();
    expect(json.phases[0]).toMatchObject({ excludedSigmaSignals: 0, direction: "deterioration" });
    expect(json.signals.find((s) => s.rule === "sigma")).toMatchObject({ excluded: false });
    expect(json.assessment.changed).toBe(true);
  });

  it("an excluded point next to a real signal: only the real one counts", () => {
    // a stable I chart with an excluded high point at 9 and an included low point at 12, lower is better
    const y = [10, 11, 9, 10, 12, 10, 9, 11, 10, 30, 11, 10, 0, 10, 11, 9];
    const json = analyze({ chart: "i", y, exclude: [9], improvement: "down" }).toJSON();
    expect(json.phases[0]).toMatchObject({ sigmaSignals: 2, excludedSigmaSignals: 1, direction: "improvement" });
    expect(json.assessment).toMatchObject({ changed: true, direction: "improvement" });
  });

  it("an astronomical point on a run chart that is excluded carries excluded: true", () => {
    const y = [10, 11, 9, 10, 12, 10, 9, 11, 10, 30, 10, 11];
    const json = analyze({ y, rules: "ihi", exclude: [9], improvement: "down" }).toJSON();
    expect(json.signals.filter((s) => s.rule === "astronomical")).toEqual([{ rule: "astronomical", phase: 0, indices: [9], side: "above", direction: "deterioration", excluded: true }]);
    expect(json.assessment.changed).toBe(false);
    expect(json.phases[0]?.direction).toBeNull();
  });

  it("summary() shows the excluded count next to sigmaSignals", () => {
    expect(summary(analyze(spec))[0]).toMatchObject({ sigmaSignals: 1, excludedSigmaSignals: 1 });
  });
});
