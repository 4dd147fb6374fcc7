// Where shewhart deliberately differs from qicharts2 (docs/differences.md), each difference is pinned here.
// freeze with breaks, and categories in first-appearance order, are tested in analyze.test.ts.
import { describe, expect, it } from "vitest";
import { analyze, boxBounds } from "../../src/index.ts";

describe("deliberate differences from qicharts2", () => {
  it("a C-chart subgroup whose rows are all missing is a gap, not a count of 0", () => {
    const json = analyze({ chart: "c", x: [1, 1, 2, 2, 3, 3], y: [2, 3, null, null, 4, 1] }).toJSON();
    expect(json.points[1]).toMatchObject({ value: null, count: 0 });
    expect(json.points[0]?.cl).toBe(5); // mean of 5 and 5, the empty subgroup left out
  });

  it("a subgroup with no values adds no degrees of freedom to the pooled Xbar sigma", () => {
    // Subgroups of sizes 2, 2, 0 (all missing): pooled s = sqrt((1·s1² + 1·s2²) / 2), not / (2 − 1).
    const x = [1, 1, 2, 2, 3, 3];
    const y = [1, 3, 2, 6, null, null];
    const result = analyze({ chart: "xbar", x, y });
    const s1 = Math.SQRT2; // sd(1, 3)
    const s2 = 2 * Math.SQRT2; // sd(2, 6)
    const pooled = Math.sqrt((s1 * s1 + s2 * s2) / 2);
    const a3 = 3 / (Math.sqrt(2 / 1) * Math.exp(0 - 0.5723649429247001) * Math.sqrt(2)); // 3 / (c4(2)·√2), c4(2) = √2·Γ(1)/Γ(½)
    expect(result.ucl[0]).toBeCloseTo(3 + a3 * pooled, 12);
  });

  it("Laney P′ with categorical x keeps its limits when one unit has no data", () => {
    const result = analyze({ chart: "pp", x: ["a", "b", "c", "d", "e"], y: [80, 90, null, 70, 85], n: [100, 100, 100, 100, 100] });
    expect(Number.isFinite(result.ucl[0])).toBe(true);
    expect(Number.isFinite(result.ucl[4])).toBe(true);
    expect(Number.isNaN(result.ucl[2])).toBe(true); // the missing unit itself has no limits
  });

  it("a known cl on a T chart is on the data scale", () => {
    const result = analyze({ chart: "t", y: [5, 12, 3, 8, 20, 7], cl: 9 });
    expect(result.cl[0]).toBeCloseTo(9, 12);
  });

  it("bestbox reports the box bounds it applied", () => {
    const y = Array.from({ length: 24 }, (_, i) => (i * 7) % 11);
    const phase = analyze({ y, rules: "bestbox" }).phases[0]!;
    expect(phase.useful).toBeGreaterThanOrEqual(10);
    const box = boxBounds(phase.useful)!;
    expect([phase.crossingsMin, phase.longestRunMax]).toEqual([box.cb, box.lb]);
    const anhoej = analyze({ y }).phases[0]!;
    expect(anhoej.longestRunMax).toBe(Math.round(Math.log2(anhoej.useful)) + 3);
  });
});
