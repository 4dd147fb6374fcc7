import { describe, expect, it } from "vitest";
import type { ChartType } from "shewhart";
import { defaultMultiply, isProportion, showsPercent } from "../../src/app/state/proportionScale.ts";
import { recommendChart } from "../../src/app/state/recommendChart.ts";

const counts = Float64Array.from([18, 20, 22, 19, 25, 21, 23, 20, 24, 22, 19, 21]);
const beds = Float64Array.from([310, 298, 305, 300, 320, 315, 299, 301, 312, 308, 297, 303]);
const shares = Float64Array.from([90, 95, 88, 92, 99, 94, 91, 93, 96, 90, 92, 94]);

describe("proportionScale", () => {
  it("finds proportions in counts over denominators they never exceed, not in rates nor without a denominator", () => {
    expect(isProportion("udskrevne", recommendChart(counts, shares, 12, "ajourført", "udskrevne"))).toBe(true);
    // A few numerators above their denominators: still a proportion (with errors to check).
    expect(isProportion("n", recommendChart(Float64Array.from([...counts.slice(0, 11), 120]), shares, 12, "y", "n"))).toBe(true);
    expect(isProportion("sengedage", recommendChart(counts, beds, 12, "infektioner", "sengedage"))).toBe(false);
    expect(isProportion("", recommendChart(counts, null, 12, "y", ""))).toBe(false);
    expect(isProportion("n", null)).toBe(false);
  });

  it("starts P and P′ charts, and run and I charts of proportions, at × 100; everything else at 1", () => {
    const charts: ChartType[] = ["run", "i", "mr", "xbar", "s", "t", "p", "pp", "c", "u", "up", "g"];
    expect(charts.filter((chart) => defaultMultiply(chart, true) === 100)).toEqual(["run", "i", "p", "pp"]);
    expect(charts.filter((chart) => defaultMultiply(chart, false) === 100)).toEqual(["p", "pp"]);
  });

  it("starts U and U′ charts of events per bed day or patient day at × 1000 (per 1,000 days, as such rates are reported)", () => {
    for (const n of ["Sengedage", "sengedøgn", "Patientdage", "Bed days", "Occupied bed days", "patient-days"]) {
      expect([defaultMultiply("u", false, n), defaultMultiply("up", false, n)]).toEqual([1000, 1000]);
    }
    // Other exposures, and other charts of bed days, start at 1.
    expect([defaultMultiply("u", false, "Risikotid (timer)"), defaultMultiply("u", false, "Udskrevne"), defaultMultiply("c", false, "Sengedage"), defaultMultiply("i", false, "Sengedage")]).toEqual([1, 1, 1, 1]);
  });

  it("draws a run or I chart of proportions in percent only at × 100 (P and P′ are without asking)", () => {
    expect(showsPercent("run", 100, true)).toBe(true);
    expect(showsPercent("i", 100, true)).toBe(true);
    expect(showsPercent("run", 1, true)).toBe(false);
    expect(showsPercent("run", 1000, true)).toBe(false);
    expect(showsPercent("run", 100, false)).toBe(false);
    expect(showsPercent("p", 100, true)).toBe(false);
    expect(showsPercent("u", 100, true)).toBe(false);
  });
});
