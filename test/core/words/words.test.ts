import { describe, expect, it } from "vitest";
import { analyze, wordsFor, type ChartSpecInput, type WarningCode } from "../../../src/index.ts";
import { da } from "../../../src/core/words/da.ts";
import { en } from "../../../src/core/words/en.ts";
import { formatSubgroup } from "../../../src/core/words/formatSubgroup.ts";
import { specTerms } from "../../../src/core/words/specTerms.ts";

const stable = [10, 11, 9, 10, 12, 10, 9, 11, 10, 9, 11, 10, 12, 9, 10, 11];

describe("wordsFor(locale)", () => {
  it("Danish for da…, English otherwise and by default", () => {
    expect(wordsFor("da-DK")).toBe(da);
    expect(wordsFor("da")).toBe(da);
    expect(wordsFor("DA_dk")).toBe(da);
    expect(wordsFor("en-GB")).toBe(en);
    expect(wordsFor("dan")).toBe(en);
    expect(wordsFor("de-DE")).toBe(en);
    expect(wordsFor()).toBe(en);
  });
});

describe("analyze({ locale }): the assessment in Danish", () => {
  const before = [80, 82, 79, 81, 78, 80, 83, 79, 81, 80, 82, 78];
  const after = [60, 62, 59, 61, 58, 60, 63, 59, 61, 60, 62, 58];

  it("only random variation, and the English default", () => {
    expect(analyze({ chart: "i", y: stable, locale: "da-DK" }).assessment.message).toBe("Processen viser kun tilfældig variation.");
    expect(analyze({ chart: "i", y: stable }).assessment.message).toBe("The process shows only random variation.");
  });

  it("a step down in ISO weeks, lower is better: 'har flyttet sig ned fra uge 13, 2020: en forbedring'", () => {
    const x = Array.from({ length: 24 }, (_, i) => `2020-W${String(i + 1).padStart(2, "0")}`);
    const spec = { y: [...before, ...after], x, period: "week", improvement: "down" } as const;
    expect(analyze({ ...spec, locale: "da-DK" }).assessment.message).toBe("Processen har flyttet sig ned fra uge 13, 2020: en forbedring.");
    expect(analyze(spec).assessment.message).toBe("The process moved down from week 13, 2020: an improvement.");
  });

  it("months, quarters, days and plain positions", () => {
    const months = Array.from({ length: 24 }, (_, i) => `${2019 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}-01`);
    expect(analyze({ y: [...before, ...after], x: months, period: "month", improvement: "down", locale: "da-DK" }).assessment.message).toBe(
      "Processen har flyttet sig ned fra jan. 2020: en forbedring.",
    );
    expect(analyze({ y: [...before, ...after], x: months, period: "month", improvement: "down" }).assessment.message).toBe("The process moved down from Jan 2020: an improvement.");
    expect(analyze({ y: [...before, ...after], improvement: "up", locale: "da" }).assessment.message).toBe("Processen har flyttet sig ned fra punkt 13: en forværring.");
    const phases = analyze({ y: [...stable, ...before, ...after], breaks: [16], improvement: "up" }).assessment.message;
    expect(phases).toBe("The last phase (phase 2) moved down from point 29: a deterioration.");
  });

  it("few points", () => {
    expect(analyze({ y: [3, 1, 4, 8, 2, 7, 5, 6], locale: "da-DK" }).assessment.message).toBe(
      "Processen viser kun tilfældig variation; få punkter: ringe styrke til at opdage en ændring (8 brugbare punkter).",
    );
  });

  it("the target, the excluded points and an untested last phase", () => {
    const meets = analyze({ chart: "i", y: stable, improvement: "up", target: 5.5, locale: "da-DK" }).assessment.message;
    expect(meets).toBe("Processen viser kun tilfældig variation. Kontrolgrænserne ligger på den gode side af målet 5,5: processen kan forventes at nå det.");
    const excluded = analyze({ chart: "i", y: [...stable, 40], exclude: [16], locale: "da-DK" }).assessment.message;
    expect(excluded).toBe("Processen viser kun tilfældig variation. 1 udeladt punkt ligger uden for kontrolgrænserne og tælles ikke som en ændring.");
    const mr = analyze({ chart: "mr", y: stable, locale: "da-DK" }).assessment.message;
    expect(mr).toBe("Processen: serier ikke testet: glidende variationsbredder er ikke uafhængige (MR-diagram). Intet punkt ligger uden for kontrolgrænserne.");
    // Two points outside the limits and no run: special causes to find, not a change to begin a phase at (a user's trial read that advice for two outliers).
    const outliers: number[] = Array.from({ length: 20 }, (_, k) => (k % 2 === 1 ? 12 : 10));
    outliers[7] = 40;
    outliers[14] = -18;
    const unstable = analyze({ chart: "i", y: outliers, improvement: "up", target: 5, locale: "da-DK" }).assessment.message;
    expect(unstable).toContain("Målet 5 er ikke vurderet: punkter uden for kontrolgrænserne viser særlige årsager, så grænserne beskriver endnu ikke en stabil proces. Find og håndtér årsagerne; målet vurderes, når processen er stabil.");
    expect(unstable).not.toContain("ny fase");
    // A run after the stable points: the process changed, and a new phase belongs where it began.
    const moved = analyze({ chart: "i", y: [...stable, ...stable.map((v) => v + 3)], improvement: "up", target: 5, locale: "da-DK" }).assessment.message;
    expect(moved).toContain("Målet 5 er ikke vurderet: processen har ændret sig, siden kontrolgrænserne blev beregnet");
    expect(moved).toContain("Start en ny fase, hvor ændringen begyndte");
  });
});

describe("every warning in both languages", () => {
  // One spec per warning code; each message must differ between the languages and the Danish one must not be English.
  const cases: [WarningCode, ChartSpecInput][] = [
    ["missing_values", { y: [...stable, null] }],
    ["zero_denominator", { chart: "p", y: [...stable.map(() => 5), 0], n: [...stable.map(() => 10), 0] }],
    ["baseline_exceeds_phase", { y: stable, freeze: 40 }],
    ["baseline_too_short", { y: stable, freeze: 5 }],
    ["few_useful_points", { y: [3, 1, 4, 8, 2, 7, 5, 6] }],
    ["no_useful_points", { y: [1, 2, 3, 4, 5], exclude: [0, 1, 2, 3, 4] }],
    ["rules_fallback", { y: [3, 1, 4, 8, 2, 7, 5, 6], rules: "bestbox" }],
    ["no_limits", { chart: "i", y: [5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5] }],
    ["runs_not_applicable", { chart: "mr", y: stable }],
    ["runs_not_applicable", { chart: "i", y: stable, x: stable.map((_, i) => `unit ${i}`) }],
    ["aggregate_ignored", { chart: "c", y: stable, aggregate: "median" }],
    ["aggregate_ignored", { chart: "p", y: stable.map(() => 5), n: stable.map(() => 10), aggregate: "median" }],
    ["options_ignored", { chart: "ip", y: stable.map(() => 5), n: stable.map((_, i) => 10 + i), freeze: 10 }],
    ["target_unassessed", { chart: "i", y: stable, target: 10 }],
    ["target_unassessed", { y: stable, target: 10, improvement: "up" }],
    ["target_unassessed", { chart: "i", y: [...stable, 40], target: 10, improvement: "up" }],
  ];
  const english = /\b(the|is|are|has|have|not|and|with)\b/;
  for (const [code, spec] of cases) {
    it(code, () => {
      const inEnglish = analyze(spec).warnings.find((w) => w.code === code);
      const inDanish = analyze({ ...spec, locale: "da-DK" }).warnings.find((w) => w.code === code);
      expect(inEnglish).toBeDefined();
      expect(inDanish).toBeDefined();
      expect(inDanish?.message).not.toBe(inEnglish?.message);
      expect(inDanish?.message).not.toMatch(english);
      expect({ ...inDanish, message: "" }).toEqual({ ...inEnglish, message: "" });
    });
  }

  it("the Danish vocabulary of improvement teams", () => {
    expect(da.warnings.fewUsefulPoints([{ phase: 1, useful: 6 }, { phase: 2, useful: 8 }], 10, true)).toBe(
      "fase 1 og 2 har færre end 10 brugbare punkter (6, 8): serieanalysen har ringe styrke til at opdage et skift, og testen for antal serier anvendes ikke",
    );
    expect(da.warnings.runsNotApplicable("unordered_x")).toContain("serielængde, kryds, skift og trends");
    expect(da.warnings.rulesFallback("bestbox", 10, 100, 2, 8)).toContain("længste serie og antal kryds");
    const context = { target: "85", top: "1", proportion: "0,85", phase: 2, useful: 1, minimum: 10 };
    expect(da.warnings.targetUnassessed("no_limits", 1, "run", context, specTerms)).toBe("målet er ikke vurderet: et seriediagram har en median, men ingen kontrolgrænser");
    expect(da.warnings.targetUnassessed("off_scale", 1, "p", context, specTerms)).toBe("målet 85 ligger uden for diagrammets skala 0–1: angiv det som 0,85, eller brug multiply 100 for procent");
    expect(da.warnings.targetUnassessed("few_points", 2, "p", context, specTerms)).toBe(
      "målet er ikke vurderet: for få punkter i den sidste fase (fase 2) til at vurdere målet (1 brugbart punkt; der skal 10 til at vise, at processen er stabil)",
    );
    expect(da.direction("mixed")).toBe("tegn på både forbedring og forværring");
    expect(da.nonRandom("Processen", "deterioration")).toBe("Processen viser ikke-tilfældig variation: en forværring.");
  });
});

describe("formatSubgroup", () => {
  const at = (iso: string) => Float64Array.of(Date.parse(`${iso}T00:00:00Z`));
  it("ISO weeks at the turn of the year", () => {
    // 2020-12-28 is in week 53 of 2020; 2021-01-04 in week 1 of 2021; 2018-12-31 in week 1 of 2019
    expect(formatSubgroup(en, { xType: "date", period: "week", keys: at("2020-12-28"), labels: null }, 0)).toBe("week 53, 2020");
    expect(formatSubgroup(da, { xType: "date", period: "week", keys: at("2021-01-04"), labels: null }, 0)).toBe("uge 1, 2021");
    expect(formatSubgroup(en, { xType: "date", period: "week", keys: at("2018-12-31"), labels: null }, 0)).toBe("week 1, 2019");
  });
  it("quarters, years, days, numbers and categories", () => {
    expect(formatSubgroup(da, { xType: "date", period: "quarter", keys: at("2018-04-01"), labels: null }, 0)).toBe("2. kvt. 2018");
    expect(formatSubgroup(en, { xType: "date", period: "quarter", keys: at("2018-04-01"), labels: null }, 0)).toBe("Q2 2018");
    expect(formatSubgroup(en, { xType: "date", period: "year", keys: at("2018-01-01"), labels: null }, 0)).toBe("2018");
    expect(formatSubgroup(en, { xType: "date", period: null, keys: at("2020-06-01"), labels: null }, 0)).toBe("1 Jun 2020");
    expect(formatSubgroup(da, { xType: "date", period: "day", keys: at("2020-06-01"), labels: null }, 0)).toBe("1. jun. 2020");
    expect(formatSubgroup(da, { xType: "number", period: null, keys: Float64Array.of(2.5), labels: null }, 0)).toBe("2,5");
    expect(formatSubgroup(da, { xType: "category", period: null, keys: null, labels: ["Nord"] }, 0)).toBe("Nord");
    expect(formatSubgroup(da, { xType: "index", period: null, keys: null, labels: null }, 4)).toBe("punkt 5");
  });
});
