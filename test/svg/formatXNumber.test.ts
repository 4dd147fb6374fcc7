// Plain years read as numbers print as years (new-user trial: a Danish axis printed "2.018").
import { describe, expect, it } from "vitest";
import { analyze } from "../../src/index.ts";
import { formatX, formatXNumber, xAreYears } from "../../src/svg/format.ts";
import { renderSvg } from "../../src/svg/index.ts";
import { renderReport } from "../../src/svg/report/renderReport.ts";
import { textsFor } from "../../src/svg/texts.ts";

describe("formatXNumber(x, xType, locale)", () => {
  it("a whole number of four digits without grouping, in any locale", () => {
    expect(formatXNumber(2018, "number", "da-DK")).toBe("2018");
    expect(formatXNumber(1000, "number", "en-GB")).toBe("1000");
    expect(formatXNumber(9999, "number", "da-DK")).toBe("9999");
  });

  it("everything else as before: larger numbers, decimals, small numbers, positions", () => {
    expect(formatXNumber(10000, "number", "da-DK")).toBe("10.000");
    expect(formatXNumber(2018.5, "number", "da-DK")).toBe("2.018,5");
    expect(formatXNumber(999, "number", "da-DK")).toBe("999");
    expect(formatXNumber(-2018, "number", "da-DK")).toBe("-2.018");
    expect(formatXNumber(2018, "index", "da-DK")).toBe("2.018");
  });

  it("with the series' decision: a four-digit number among larger ones keeps its grouping", () => {
    expect(formatXNumber(9999, "number", "da-DK", false)).toBe("9.999");
    expect(formatXNumber(2018, "number", "da-DK", true)).toBe("2018");
    expect(formatX(9999, "number", null, "da-DK", textsFor("da-DK"), false)).toBe("9.999");
  });

  it("formatX prints number x through it", () => {
    expect(formatX(2018, "number", null, "da-DK", textsFor("da-DK"))).toBe("2018");
  });
});

describe("xAreYears(xs, xType): decided once for the series", () => {
  const points = (xs: number[]): number[] => xs;
  it("every x a whole number 1000–9999", () => {
    expect(xAreYears(points([2015, 2016, 2018]), "number")).toBe(true);
    expect(xAreYears(points([1000, 9999]), "number")).toBe(true);
  });
  it("one x outside, a decimal, another x type or no points: not years", () => {
    expect(xAreYears(points([9000, 9999, 10000]), "number")).toBe(false);
    expect(xAreYears(points([999, 2018]), "number")).toBe(false);
    expect(xAreYears(points([2018, 2018.5]), "number")).toBe(false);
    expect(xAreYears(points([2018, 2019]), "index")).toBe(false);
    expect(xAreYears([], "number")).toBe(false);
  });
});

describe("an x axis over 9,000–12,000 on a Danish chart", () => {
  const x = [9000, 9250, 9500, 9750, 9999, 10250, 10500, 10750, 11000, 12000];
  const y = [5, 6, 5, 7, 6, 5, 6, 6, 5, 6];

  it("every x keeps the locale's grouping, the four-digit ones too (it printed 9999 beside 10.000)", () => {
    const svg = renderSvg(analyze({ chart: "i", x, y, locale: "da-DK" }), { locale: "da-DK", title: "Dosis", showFacts: true });
    const ticks = [...svg.matchAll(/<text [^>]*text-anchor="middle" font-size="10.5"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    expect(ticks.length).toBeGreaterThan(1);
    for (const tick of ticks) expect(tick).toMatch(/^\d{1,2}\.\d{3}$/);
    expect(ticks).toContain("9.999");
    expect(svg).toContain("Periode: 9.000 – 12.000");
    // The tooltips too, and the report's facts.
    expect(svg).toContain("<title>9.999: ");
    expect(svg).not.toContain("<title>9999: ");
    const [page] = renderReport([{ result: analyze({ chart: "i", x, y, locale: "da-DK" }), name: "Dosis" }], { locale: "da-DK" });
    expect(page!.html).toContain("<dd>9.000 – 12.000</dd>");
  });
});

describe("an x column of years on a Danish chart", () => {
  const x = [2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022];
  const y = [5, 6, 5, 7, 6, 5, 6, 6];
  const grouped = /\b2\.0[12]\d\b/;

  it("axis, tooltips and the header's facts print years", () => {
    const svg = renderSvg(analyze({ chart: "i", x, y, locale: "da-DK" }), { locale: "da-DK", title: "Fald", showFacts: true });
    const ticks = [...svg.matchAll(/<text [^>]*text-anchor="middle" font-size="10.5"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    expect(ticks).toEqual(x.map(String));
    expect(svg).toContain("<title>2018: 7,00</title>");
    expect(svg).toContain("Seneste obs. (2022): 6,00 · Periode: 2015 – 2022");
    expect(svg).toContain("fra 2015 til 2022");
    expect(svg).not.toMatch(grouped);
  });

  it("values keep the locale's grouping: only x changed", () => {
    const svg = renderSvg(analyze({ chart: "i", x, y: [...y.slice(0, 7), 2018] }), { locale: "da-DK" });
    expect(svg).toContain("<title>2022: 2.018</title>");
  });

  it("the report's facts and the verdict", () => {
    const [page] = renderReport([{ result: analyze({ chart: "i", x, y, locale: "da-DK", improvement: "down" }), name: "Fald" }], { locale: "da-DK", date: "2026-12-01" });
    expect(page?.html).toContain("<dd>2015 – 2022</dd>");
    expect(page?.html).not.toMatch(grouped);
  });
});
