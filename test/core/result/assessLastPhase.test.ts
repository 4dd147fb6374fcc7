import { describe, expect, it } from "vitest";
import { analyze, summary, type ChartSpecInput } from "../../../src/index.ts";

// A P chart (#12): a 20-week baseline around 70 %, then a sustained rise to about 90 %; target 85 %, higher is better.
const baseline = [70, 72, 68, 71, 69, 73, 67, 70, 71, 69, 72, 68, 70, 71, 69, 70, 72, 68, 71, 69];
const raised = [89, 91, 90, 88, 92, 90, 89, 91, 90, 88, 91, 90];
const n = (k: number) => Array.from({ length: k }, () => 100);
const p = (y: number[]) => ({ chart: "p", y, n: n(y.length), multiply: 100, target: 85, improvement: "up" }) as const;

describe("capability only for a stable process (Provost & Murray)", () => {
  it("before the shift: the baseline alone is stable and its limits lie below the target (fails)", () => {
    const { assessment } = analyze(p(baseline)).toJSON();
    expect(assessment).toMatchObject({ changed: false, variation: "common", target: "fails", assurance: "fails", assuranceReason: null });
    expect(assessment.message).toContain("will not meet it without a change");
  });

  it("after the shift, in one phase: an improvement, and the target is not judged by the old limits", () => {
    const json = analyze(p([...baseline, ...raised])).toJSON();
    const { assessment } = json;
    expect(assessment).toMatchObject({ changed: true, direction: "improvement", variation: "improvement", target: null, assurance: "unassessed", assuranceReason: "unstable" });
    expect(assessment.message).toContain("moved up from");
    expect(assessment.message).toContain("the process has changed since its limits were computed");
    expect(assessment.message).toContain("Start a new phase where the change began");
    expect(assessment.message).not.toContain("wrong side");
    expect(json.warnings.find((w) => w.code === "target_unassessed")?.message).toContain("no longer describe the process");
  });

  it("with a new phase at the change (autoPhase), the new phase is stable and the target is judged by its limits", () => {
    const result = analyze({ ...p([...baseline, ...raised]), autoPhase: true });
    expect(result.autoBreaks.map((b) => b.index)).toEqual([20]);
    const { assessment } = result.toJSON();
    expect(assessment).toMatchObject({ phase: 1, changed: false, variation: "common", assuranceReason: null });
    // p ≈ 0.899, sigma ≈ 0.030: limits about 80.9 and 98.9 straddle 85
    expect(assessment).toMatchObject({ target: "straddles", assurance: "inconsistent" });
  });

  it("a single point outside the limits in the last phase makes it unstable; the same point excluded does not", () => {
    const y = [...raised.slice(0, 6), 70, ...raised.slice(6)];
    expect(analyze({ ...p(y), freeze: undefined }).toJSON().assessment).toMatchObject({ changed: true, assuranceReason: "unstable", target: null });
    const excluded = analyze({ ...p(y), exclude: [6] }).toJSON().assessment;
    expect(excluded).toMatchObject({ changed: false, assuranceReason: null });
    expect(excluded.target).not.toBeNull();
  });

  it("any rule of the rule set counts, not just the 3-sigma rule (a hugging signal)", () => {
    // C chart with a known centre line 16: sigma 4; 15 points within 1 sigma is a signal (hcdg)
    const y = [16, 15, 17, 16, 15, 17, 16, 16, 15, 17, 16, 15, 17, 16, 15];
    const { assessment } = analyze({ chart: "c", y, cl: 16, rules: "hcdg", target: 40, improvement: "down" }).toJSON();
    expect(assessment).toMatchObject({ changed: true, direction: "neutral", variation: "change", assuranceReason: "unstable", target: null });
    // 14 points hug less than 15; none on the centre line, so all 14 are useful (enough to judge the target).
    const fewer = y.slice(1).map((v) => (v === 16 ? 17 : v));
    expect(analyze({ chart: "c", y: fewer, cl: 16, rules: "hcdg", target: 40, improvement: "down" }).toJSON().assessment).toMatchObject({
      changed: false,
      target: "meets",
      assurance: "meets",
    });
  });

  it("why a target is not assessed: no target, no improvement direction, no limits", () => {
    const stable = [10, 11, 9, 10, 12, 10, 9, 11, 10, 9, 11, 10, 12, 9, 10, 11];
    expect(analyze({ chart: "i", y: stable }).toJSON().assessment).toMatchObject({ assurance: "unassessed", assuranceReason: "no_target" });
    expect(analyze({ chart: "i", y: stable, target: 5 }).toJSON().assessment).toMatchObject({ assurance: "unassessed", assuranceReason: "no_improvement" });
    const run = analyze({ y: stable, target: 5, improvement: "up" }).toJSON();
    expect(run.assessment).toMatchObject({ assurance: "unassessed", assuranceReason: "no_limits" });
    expect(run.warnings.find((w) => w.code === "target_unassessed")?.message).toBe("the target is not assessed: a run chart has a median but no control limits");
  });
});

describe("variation: the verdict's icon", () => {
  const stable = [10, 11, 9, 10, 12, 10, 9, 11, 10, 9, 11, 10, 12, 9, 10, 11];
  it("common, improvement, concern, change", () => {
    expect(analyze({ chart: "i", y: stable }).assessment.variation).toBe("common");
    const high = [...stable.slice(0, 8), 30, ...stable.slice(8)];
    expect(analyze({ chart: "i", y: high, improvement: "up" }).assessment.variation).toBe("improvement");
    expect(analyze({ chart: "i", y: high, improvement: "down" }).assessment.variation).toBe("concern");
    expect(analyze({ chart: "i", y: high }).assessment.variation).toBe("change");
  });
});

describe("when the runs rules could not apply", () => {
  const stable = [10, 11, 9, 10, 12, 10, 9, 11, 10, 9, 11, 10, 12, 9, 10, 11];

  it("x without order: 'runs not tested', points outside the limits still reported", () => {
    const x = stable.map((_, i) => `unit ${String.fromCharCode(65 + i)}`);
    const quiet = analyze({ chart: "i", y: stable, x }).toJSON().assessment;
    expect(quiet).toMatchObject({ changed: false, variation: "untested", untested: "unordered_x" });
    expect(quiet.message).toBe("The process: runs not tested: x has no order (categories). No point lies outside the control limits.");
    expect(quiet.message).not.toContain("only random variation");
    const loud = analyze({ chart: "i", y: [...stable, 40], x: [...x, "unit Z"], improvement: "down" }).toJSON().assessment;
    expect(loud).toMatchObject({ changed: true, variation: "concern", untested: "unordered_x" });
    expect(loud.message).toBe("The process: runs not tested: x has no order (categories). 1 point lies outside the control limits: a deterioration.");
  });

  it("an MR chart", () => {
    const { assessment } = analyze({ chart: "mr", y: stable }).toJSON();
    expect(assessment).toMatchObject({ variation: "untested", untested: "mr_chart" });
    expect(assessment.message).toContain("runs not tested: moving ranges are not independent");
  });

  it("every point excluded: never 'only random variation'", () => {
    const y = [1, 2, 3, 4, 5];
    const { assessment } = analyze({ y, exclude: [0, 1, 2, 3, 4] }).toJSON();
    expect(assessment).toMatchObject({ changed: false, variation: "untested", untested: "no_useful_points" });
    expect(assessment.message).toBe("The process: runs not tested: no useful points (all missing, excluded or on the centre line).");
  });

  it("fewer than 10 useful points: the verdict says the rules have little power; 10 do not", () => {
    // 8 values, none on the median: 8 useful points
    expect(analyze({ y: [3, 1, 4, 8, 2, 7, 5, 6] }).assessment.message).toBe("The process shows only random variation; few points: little power to detect a change (8 useful points).");
    expect(analyze({ y: [3, 1, 4, 8, 2, 7, 5, 6, 10, 9] }).assessment.message).toBe("The process shows only random variation.");
    expect(analyze({ y: [3, 1, 4, 8, 2, 7, 5, 6, 10, 9] }).assessment.untested).toBeNull();
  });

  it("few_useful_points once per result, naming the phases", () => {
    const y = [...stable.slice(0, 8), ...stable, ...stable.slice(0, 6)];
    const result = analyze({ y, breaks: [8, 24], rules: "ihi" });
    const few = result.warnings.filter((w) => w.code === "few_useful_points");
    expect(few).toHaveLength(1);
    expect(few[0]?.message).toMatch(/^phases 1 and 3 have fewer than 10 useful points \(\d, \d\): the runs rules have little power to detect a shift, and the runs test is not applied$/);
    expect(few[0]?.phase).toBeUndefined();
    const one = analyze({ y: [3, 1, 4, 8, 2, 7, 5, 6] }).warnings.filter((w) => w.code === "few_useful_points");
    expect(one).toEqual([{ code: "few_useful_points", phase: 0, message: "phase 1 has fewer than 10 useful points (8): the runs rules have little power to detect a shift" }]);
  });
});

describe("a rule set without runs rules: runs not tested, never 'only random variation' (new-user trial)", () => {
  const stable = [10, 11, 9, 10, 12, 10, 9, 11, 10, 9, 11, 10, 12, 9, 10, 11];
  const noRuns = { shift: false, trend: false, runs: false, astronomical: true } as const;

  it("a run chart with only the astronomical rule, or with the Anhøj rules switched off", () => {
    for (const rules of [noRuns, { anhoej: false }, { preset: "anhoej", anhoej: false }] as const) {
      const { assessment } = analyze({ y: stable, rules }).toJSON();
      expect(assessment).toMatchObject({ changed: false, variation: "untested", untested: "no_runs_rules", comparison: null });
      expect(assessment.message).toBe("The process: runs not tested: the rule set has no runs rule (Anhøj rules, shift or runs test).");
    }
    expect(analyze({ y: stable, rules: noRuns, locale: "da-DK" }).assessment.message).toBe(
      "Processen: serier ikke testet: regelsættet har ingen serieregel (Anhøjs regler, skift eller test for antal serier).",
    );
  });

  it("a control chart with no rule but the 3-sigma rule still reports the points outside its limits", () => {
    const quiet = analyze({ chart: "i", y: stable, rules: {} }).assessment;
    expect(quiet).toMatchObject({ variation: "untested", untested: "no_runs_rules" });
    expect(quiet.message).toBe("The process: runs not tested: the rule set has no runs rule (Anhøj rules, shift or runs test). No point lies outside the control limits.");
    const loud = analyze({ chart: "i", y: [...stable, 40], rules: {}, improvement: "down" }).assessment;
    expect(loud).toMatchObject({ changed: true, variation: "concern", untested: "no_runs_rules" });
    expect(loud.message).toBe("The process: runs not tested: the rule set has no runs rule (Anhøj rules, shift or runs test). 1 point lies outside the control limits: a deterioration.");
  });

  it("a run chart's astronomical points are non-random variation, not points outside control limits it does not have", () => {
    const { assessment } = analyze({ y: [...stable, 40], rules: noRuns, improvement: "down" });
    expect(assessment).toMatchObject({ changed: true, variation: "concern", untested: "no_runs_rules" });
    expect(assessment.message).toBe("The process: runs not tested: the rule set has no runs rule (Anhøj rules, shift or runs test). The process shows non-random variation: a deterioration.");
  });

  it("a trend rule alone: its signal is said as well", () => {
    const { assessment } = analyze({ y: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], rules: { trend: 5 } });
    expect(assessment).toMatchObject({ changed: true, variation: "change", untested: "no_runs_rules" });
    expect(assessment.message).toBe("The process: runs not tested: the rule set has no runs rule (Anhøj rules, shift or runs test). The process shows non-random variation.");
  });

  it("any runs rule is a test for runs: a shift rule alone, the IHI runs test alone", () => {
    expect(analyze({ y: stable, rules: { shift: 6 } }).assessment).toMatchObject({ variation: "common", untested: null });
    expect(analyze({ y: stable, rules: { runs: true } }).assessment).toMatchObject({ variation: "common", untested: null });
    expect(analyze({ y: stable, rules: "ihi" }).assessment.message).toBe("The process shows only random variation.");
  });

  it("categorical x and MR charts keep their own reason", () => {
    expect(analyze({ chart: "mr", y: stable, rules: {} }).assessment.untested).toBe("mr_chart");
    expect(analyze({ y: stable, x: stable.map((_, i) => `unit ${i}`), rules: {} }).assessment.untested).toBe("unordered_x");
  });
});

describe("signals in earlier phases are named briefly, as summary() counts them (new-user trial)", () => {
  const stable = [10, 11, 9, 10, 12, 10, 9, 11, 10, 9, 11, 10, 12, 9, 10, 11];
  // Phase 1 has a point at 30 inside its frozen baseline (far above its limits, about 7.7–16.0); phase 2 sits about 5 higher.
  const spike = stable.map((v, i) => (i === 8 ? 30 : v));
  const later = stable.map((v) => v + 5);
  const spec: ChartSpecInput = { chart: "i", y: [...spike, ...later], breaks: [16], freeze: 12, improvement: "up" };

  it("a point outside the limits of the baseline of phase 1 is in the message and in phase 1's summary row", () => {
    const result = analyze(spec);
    expect(result.assessment.message).toBe(
      "The last phase (phase 2) shows only random variation. Against the centre line of phase 1 (11.8), phase 2 (15.3) is a sustained shift up: an improvement. Earlier phases: phase 1 had 1 point outside the control limits.",
    );
    expect(summary(result).map((row) => row.sigmaSignals - row.excludedSigmaSignals)).toEqual([1, 0]);
    expect(analyze({ ...spec, locale: "da-DK" }).assessment.message).toContain("Tidligere faser: fase 1 havde 1 punkt uden for kontrolgrænserne.");
  });

  it("the verdict on the last phase is unchanged: the earlier signal is not evidence of a change in it", () => {
    expect(analyze(spec).assessment).toMatchObject({ phase: 1, changed: false, variation: "common", direction: null });
  });

  it("an excluded point is counted in summary() as excluded and not named", () => {
    const result = analyze({ ...spec, exclude: [8] });
    expect(result.assessment.message).not.toContain("Earlier phases");
    expect(summary(result)[0]).toMatchObject({ sigmaSignals: 1, excludedSigmaSignals: 1 });
  });

  it("runs signals of an earlier phase, with and without points outside the limits; only the phases that signal", () => {
    const rising = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
    expect(analyze({ y: [...rising, ...stable], breaks: [12] }).assessment.message).toContain("Earlier phases: phase 1 showed non-random variation.");
    expect(analyze({ chart: "i", y: [...rising, ...stable], breaks: [12] }).assessment.message).toContain(
      "Earlier phases: phase 1 showed non-random variation, including 6 points outside the control limits.",
    );
    const three = analyze({ chart: "i", y: [...stable, ...spike, ...stable], breaks: [16, 32] }).assessment.message;
    expect(three).toContain("Earlier phases: phase 2 had 1 point outside the control limits.");
    expect(three).not.toContain("phase 1 had");
    expect(analyze({ chart: "i", y: [...stable, ...later], breaks: [16] }).assessment.message).not.toContain("Earlier");
  });

  it("names the latest three and counts the rest (automatic phases can make thousands)", () => {
    const y = [...spike, ...spike, ...spike, ...spike, ...spike, ...stable];
    const breaks = [16, 32, 48, 64, 80];
    const outside = "had 1 point outside the control limits";
    expect(analyze({ chart: "i", y, breaks }).assessment.message).toContain(
      `Earlier phases: phase 3 ${outside}; phase 4 ${outside}; phase 5 ${outside} (and 2 phases before them).`,
    );
    expect(analyze({ chart: "i", y, breaks, locale: "da-DK" }).assessment.message).toContain("fase 5 havde 1 punkt uden for kontrolgrænserne (og 2 faser før dem).");
    expect(analyze({ chart: "i", y: y.slice(16), breaks: breaks.slice(1).map((b) => b - 16) }).assessment.message).toContain(`phase 4 ${outside} (and 1 phase before them).`);
  });
});

describe("a target on the wrong scale of a proportion chart is not judged (new-user trial)", () => {
  // 24 weeks around 72 % of 100: proportions 0–1 without multiply, percent with multiply 100.
  const y = [70, 72, 68, 71, 69, 73, 67, 70, 71, 69, 72, 68, 70, 71, 69, 70, 72, 68, 71, 69, 74, 73, 72, 71];
  const spec = { chart: "p", y, n: y.map(() => 100), improvement: "up" } as const;

  it("85 on a chart of proportions: unassessed (off_scale), said in the verdict and a warning naming target, scale and fix", () => {
    const json = analyze({ ...spec, target: 85 }).toJSON();
    expect(json.assessment).toMatchObject({ target: null, assurance: "unassessed", assuranceReason: "off_scale" });
    expect(json.assessment.message).toContain("The target 85 is not assessed: it is outside the chart's scale 0–1; give it as 0.85, or use multiply 100 for percent.");
    expect(json.assessment.message).not.toContain("wrong side");
    const warning = json.warnings.find((w) => w.code === "target_unassessed");
    expect(warning?.message).toBe("the target 85 is outside the chart's scale 0–1: give it as 0.85, or use multiply 100 for percent");
    const da = analyze({ ...spec, target: 85, locale: "da-DK" }).toJSON();
    expect(da.assessment.message).toContain("Målet 85 er ikke vurderet: det ligger uden for diagrammets skala 0–1; angiv det som 0,85, eller brug multiply 100 for procent.");
    expect(da.warnings.find((w) => w.code === "target_unassessed")?.message).toBe("målet 85 ligger uden for diagrammets skala 0–1: angiv det som 0,85, eller brug multiply 100 for procent");
  });

  it("the same target in the chart's scale is judged: 0.85, or 85 with multiply 100; the edges 0 and multiply are on the scale", () => {
    expect(analyze({ ...spec, target: 0.85 }).assessment).toMatchObject({ assuranceReason: null, target: "fails" });
    expect(analyze({ ...spec, target: 85, multiply: 100 }).assessment).toMatchObject({ assuranceReason: null, target: "fails" });
    expect(analyze({ ...spec, target: 1 }).assessment.assuranceReason).toBeNull();
    expect(analyze({ ...spec, target: 0, improvement: "down" }).assessment.assuranceReason).toBeNull();
    expect(analyze({ ...spec, target: 100, multiply: 100 }).assessment.assuranceReason).toBeNull();
    expect(analyze({ ...spec, chart: "pp", target: 85 }).assessment.assuranceReason).toBe("off_scale");
  });

  it("off the scale whatever the multiply, or below 0: no proportion suggested, and no improvement needed to say so", () => {
    const percent = analyze({ ...spec, target: 850, multiply: 100 }).toJSON();
    expect(percent.assessment.assuranceReason).toBe("off_scale");
    expect(percent.warnings.find((w) => w.code === "target_unassessed")?.message).toBe("the target 850 is outside the chart's scale 0–100: give it on that scale");
    expect(analyze({ ...spec, target: -0.1 }).assessment.assuranceReason).toBe("off_scale");
    expect(analyze({ ...spec, target: 85, improvement: undefined }).assessment.assuranceReason).toBe("off_scale");
    expect(analyze({ ...spec, target: 250 }).toJSON().warnings.find((w) => w.code === "target_unassessed")?.message).toBe(
      "the target 250 is outside the chart's scale 0–1: give it on that scale",
    );
  });

  it("other charts have no fixed scale: a count target of 85 is judged", () => {
    expect(analyze({ chart: "c", y: y.map((v) => v - 60), improvement: "up", target: 85 }).assessment).toMatchObject({ assuranceReason: null, target: "fails" });
  });

  it("with multiply 100, a target in (0, 1] while every value is above 1 draws target_maybe_proportion, and is still judged", () => {
    const json = analyze({ ...spec, target: 0.85, multiply: 100 }).toJSON();
    expect(json.assessment).toMatchObject({ assuranceReason: null, target: "meets" });
    const warning = json.warnings.find((w) => w.code === "target_maybe_proportion");
    expect(warning?.message).toBe(
      "the target 0.85 is at most 1 while every value is above 1 on the chart's scale 0–100: if it was meant as a proportion, give it as 85; it is judged as 0.85 on the scale 0–100",
    );
    expect(analyze({ ...spec, target: 0.85, multiply: 100, locale: "da-DK" }).warnings.find((w) => w.code === "target_maybe_proportion")?.message).toBe(
      "målet 0,85 er højst 1, mens alle værdier er over 1 på diagrammets skala 0–100: hvis det var ment som en andel, så angiv det som 85; det vurderes som 0,85 på skalaen 0–100",
    );
    const codes = (s: ChartSpecInput): string[] => analyze(s).warnings.map((w) => w.code);
    // A value at or below 1 %, a target of 0 (the same on both scales), a target above 1, or no multiply: no warning.
    expect(codes({ ...spec, y: [...y.slice(0, -1), 1], target: 0.85, multiply: 100 })).not.toContain("target_maybe_proportion");
    expect(codes({ ...spec, target: 0, multiply: 100, improvement: "down" })).not.toContain("target_maybe_proportion");
    expect(codes({ ...spec, target: 1.5, multiply: 100 })).not.toContain("target_maybe_proportion");
    expect(codes({ ...spec, target: 0.85 })).not.toContain("target_maybe_proportion");
  });
});

describe("a last phase too short to show it is stable does not judge the target (new-user trial)", () => {
  const before = [70, 72, 68, 71, 69, 73, 67, 70, 71, 69, 72, 68, 70, 71, 69, 70, 72, 68, 71, 69];
  const p = (y: number[], breaks: number[]) => ({ chart: "p", y, n: y.map(() => 100), multiply: 100, target: 85, improvement: "up", breaks }) as const;

  it("a one-point last phase: few_points, said in the verdict and the warning, in both languages", () => {
    const json = analyze(p([...before, 90], [20])).toJSON();
    expect(json.assessment).toMatchObject({ target: null, assurance: "unassessed", assuranceReason: "few_points" });
    expect(json.assessment.message).toContain(
      "The target 85 is not assessed: too few points in the last phase (phase 2) to judge the target (0 useful points; it takes 10 to show that the process is stable).",
    );
    expect(json.assessment.message).not.toContain("lies between its limits");
    expect(json.warnings.find((w) => w.code === "target_unassessed")?.message).toBe(
      "the target is not assessed: too few points in the last phase (phase 2) to judge the target (0 useful points; it takes 10 to show that the process is stable)",
    );
    expect(analyze({ ...p([...before, 90], [20]), locale: "da-DK" }).assessment.message).toContain(
      "Målet 85 er ikke vurderet: for få punkter i den sidste fase (fase 2) til at vurdere målet (0 brugbare punkter; der skal 10 til at vise, at processen er stabil).",
    );
  });

  it("9 useful points are too few, 10 are enough; one phase is judged the same way", () => {
    const nine = [89, 91, 90, 88, 92, 89, 91, 88, 92];
    expect(analyze(p([...before, ...nine], [20])).assessment).toMatchObject({ assuranceReason: "few_points", target: null });
    // One more point (and none on the centre line, 89.3): 10 useful points, and its limits (about 80–99) straddle 85.
    expect(analyze(p([...before, ...nine, 93], [20])).assessment).toMatchObject({ assuranceReason: null, target: "straddles" });
    const short = analyze(p(before.slice(0, 9), [])).toJSON();
    expect(short.assessment.assuranceReason).toBe("few_points");
    expect(short.assessment.message).toContain("too few points to judge the target (9 useful points;");
  });

  it("a short last phase that signals is unstable first: the advice to start a new phase stands", () => {
    // p̄ = 0.78 in the last phase: its lower limit, about 65.6 %, has 30 % below it.
    const json = analyze(p([...before, 90, 90, 90, 90, 30], [20])).toJSON();
    expect(json.assessment).toMatchObject({ changed: true, assuranceReason: "unstable" });
  });
});

describe("where a direction read by side lies", () => {
  // A user's trial (dip.csv): flat at 50, ten weeks lower, back, one high week; higher is better.
  const y = [52, 49, 53, 50, 47, 46, 45, 48, 47, 46, 45, 47, 46, 53, 50, 52, 49, 51, 54, 50, 53, 49, 90, 51, 48, 52, 50, 51, 49];
  const x = y.map((_, k) => `2024-W${String(k + 1).padStart(2, "0")}`);

  it("names the weeks of an excursion in the middle, so that it does not read as 'getting worse now'", () => {
    expect(analyze({ chart: "run", x, y, improvement: "up" }).assessment.message).toBe("The process shows non-random variation: a deterioration (week 5, 2024 to week 13, 2024).");
    expect(analyze({ chart: "run", x, y, improvement: "up", locale: "da-DK" }).assessment.message).toBe("Processen viser ikke-tilfældig variation: en forværring (uge 5, 2024 til uge 13, 2024).");
  });

  it("names a lone point by itself, and nothing where the direction has no side", () => {
    // Limits from a baseline without the high week: the rest alternate about its mean, no run.
    const flat = [49, 51, 49, 51, 49, 51, 49, 51, 49, 51, 49, 51, 49, 51, 49, 51, 49, 51, 49, 90, 51, 49];
    const one = analyze({ chart: "i", x: flat.map((_, k) => `2024-W${String(k + 1).padStart(2, "0")}`), y: flat, freeze: 12, improvement: "up" }).assessment;
    expect(one.message).toBe("The process shows non-random variation: an improvement (week 20, 2024).");
    // Two lone points are named each, not as a stretch from one to the other.
    const twice = [...flat];
    twice[15] = 90;
    const two = analyze({ chart: "i", x: twice.map((_, k) => `2024-W${String(k + 1).padStart(2, "0")}`), y: twice, freeze: 12, improvement: "up", locale: "da-DK" }).assessment;
    expect(two.message).toBe("Processen viser ikke-tilfældig variation: en forbedring (uge 16, 2024 og uge 20, 2024).");
    expect(analyze({ chart: "i", x, y, improvement: "up" }).assessment.message).toBe("The process shows non-random variation: signals of both improvement and deterioration.");
  });
});
