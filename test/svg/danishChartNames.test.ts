// One Danish name per chart type in every Danish word table: the core's errors and warnings, the chart's description,
// the report's facts and the app's recommendations ("P-diagram", never "P-kort" beside it, nor "p-kontroldiagram").
import { describe, expect, it } from "vitest";
import { analyze, chartTypes, type ChartType } from "../../src/index.ts";
import { da as appDa } from "../../src/app/i18n/words.ts";
import { chartName } from "../../src/core/words/errorsDa.ts";
import { renderSvg } from "../../src/svg/index.ts";
import { reportWordsFor } from "../../src/svg/report/reportWords.ts";
import { textsFor } from "../../src/svg/texts.ts";

const report = reportWordsFor("da-DK");
const desc = (svg: string): string => /<desc id="shewhart-desc">(.*?)<\/desc>/.exec(svg)?.[1] ?? "";

describe("Danish chart names", () => {
  it("the report names each chart as the core's sentences do", () => {
    expect(report.chartNames.p).toBe("P-diagram");
    expect(report.chartNames.pp).toBe("P′-diagram");
    expect(report.chartNames.xbar).toBe("Xbar-diagram");
    for (const chart of chartTypes as readonly ChartType[]) expect(chartName(chart)).toBe(`et ${chart === "run" ? "seriediagram" : report.chartNames[chart]}`);
  });

  it("the chart's description names it the same way", () => {
    const y = [10, 11, 9, 10, 12, 10, 9, 11, 10, 9, 11, 10];
    expect(desc(renderSvg(analyze({ chart: "p", y, n: y.map((v) => v + 5) }), { locale: "da-DK" }))).toMatch(/^P-diagram med 12 målinger/);
    expect(desc(renderSvg(analyze({ chart: "i", y }), { locale: "da-DK" }))).toMatch(/^I-diagram med/);
    expect(desc(renderSvg(analyze({ y }), { locale: "da-DK" }))).toMatch(/^Seriediagram med/);
    expect(textsFor("da-DK").chartOf).toBe("-diagram med");
  });

  it("no Danish table says -kort or x-kontroldiagram for a chart type", () => {
    const tables = JSON.stringify([report, appDa, textsFor("da-DK")]);
    expect(tables).not.toMatch(/-kort\b/);
    expect(tables).not.toMatch(/\b\w+-kontroldiagram/);
    expect(appDa.reason_proportion).toContain("(P-diagram)");
    expect(analyze({ chart: "c", y: [3, 4, 5, 6], aggregate: "mean", locale: "da-DK" }).warnings.map((w) => w.message)).toContain('aggregate "mean" bruges ikke: et C-diagram viser undergruppens sum');
  });
});

describe("the header's facts: a count is a whole number", () => {
  // A C chart's centre line under 100 gives its labels one decimal; the latest count printed "147,0".
  const y = [47, 30, 52, 41, 38, 60, 49, 33, 45, 50, 39, 147];
  it("a C chart's latest observation, in Danish and English", () => {
    expect(renderSvg(analyze({ chart: "c", y }), { locale: "da-DK", title: "Fald", showFacts: true })).toContain("Seneste obs. (12): 147 · ");
    expect(renderSvg(analyze({ chart: "c", y: [...y.slice(0, 11), 1470] }), { locale: "en-GB", title: "Falls", showFacts: true })).toContain("Latest obs. (12): 1,470 · ");
  });
  it("a measurement keeps the chart's decimals", () => {
    expect(renderSvg(analyze({ chart: "i", y }), { locale: "da-DK", title: "Tid", showFacts: true })).toContain("Seneste obs. (12): 147,0 · ");
  });
});
