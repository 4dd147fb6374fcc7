import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/index.ts";

const weeks = (from: number, count: number, year = 2018): string[] => Array.from({ length: count }, (_, k) => `${year}-W${String(from + k).padStart(2, "0")}`);
const gapsOf = (spec: Parameters<typeof analyze>[0]) => analyze(spec).warnings.filter((w) => w.code === "missing_periods");

describe("missing_periods", () => {
  it("names the weeks with no row, and a mistyped year as thousands of empty weeks", () => {
    const x = weeks(30, 12);
    x.splice(4, 2); // no rows for weeks 34 and 35
    x.push("2108-W47"); // "Uge 47, 2108" for "Uge 47, 2018"
    const [gap] = gapsOf({ x, y: x.map((_, i) => i % 5) });
    // Weeks 34–35 (2), then the weeks strictly between week 41 of 2018 and week 47 of 2108 (4,701).
    const between = (Date.UTC(2108, 10, 19) - Date.UTC(2018, 9, 8)) / (7 * 86_400_000) - 1; // Mondays of 2108-W47 and 2018-W41
    expect(gap?.indices).toEqual([4, 10]);
    expect(gap?.message).toBe(`${2 + between} weeks have no row (between week 33, 2018 and week 36, 2018; between week 41, 2018 and week 47, 2108); the line is drawn across them: check for a missing row or a mistyped date`);
  });

  it("speaks Danish and counts one missing ISO week 53 (2020 has 53 weeks)", () => {
    const x = [...weeks(50, 3, 2020), ...weeks(1, 3, 2021)];
    const [gap] = gapsOf({ x, y: [1, 2, 3, 4, 5, 6], locale: "da-DK" });
    expect(gap?.message).toBe("1 uge har ingen række (mellem uge 52, 2020 og uge 1, 2021); linjen trækkes hen over den: tjek for en manglende række eller en fejlskrevet dato");
    // 2021 has 52 weeks: its week 52 followed by 2022's week 1 is no gap.
    expect(gapsOf({ x: ["2021-W51", "2021-W52", "2022-W01"], y: [1, 2, 3] })).toEqual([]);
  });

  it("counts months across a new year, quarters and years", () => {
    expect(gapsOf({ x: ["2022-11", "2022-12", "2023-02"], y: [1, 2, 3] })[0]?.indices).toEqual([2]);
    expect(gapsOf({ x: ["2022-11", "2022-12", "2023-01"], y: [1, 2, 3] })).toEqual([]);
    expect(gapsOf({ x: ["2022-Q3", "2023-Q2"], y: [1, 2] })[0]?.message).toMatch(/^2 quarters have no row/);
    expect(gapsOf({ x: ["2019-01-01", "2020-01-01", "2023-01-01"], y: [1, 2, 3], period: "year" })[0]?.message).toMatch(/^2 years have no row/);
  });

  it("leaves daily series, numbers and categories alone", () => {
    expect(gapsOf({ x: ["2023-01-02", "2023-01-03", "2023-01-06"], y: [1, 2, 3], period: "day" })).toEqual([]);
    expect(gapsOf({ x: [1, 2, 10], y: [1, 2, 3] })).toEqual([]);
    expect(gapsOf({ x: ["a", "c"], y: [1, 2] })).toEqual([]);
  });

  it("lists the first five gaps and keeps every gap in indices", () => {
    const x = Array.from({ length: 8 }, (_, k) => `2018-W${String(10 + 2 * k).padStart(2, "0")}`);
    const [gap] = gapsOf({ x, y: x.map((_, i) => i) });
    expect(gap?.indices).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(gap?.message).toMatch(/^7 weeks have no row \((between [^;]*; ){4}between week 18, 2018 and week 20, 2018; …\)/);
  });
});
