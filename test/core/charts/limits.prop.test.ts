import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { analyze } from "../../../src/index.ts";

const near = (a: number, b: number, scale: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(scale));
// Hundredths: distinct values stay distinct after a shift (no differences below the resolution of doubles).
const values = fc.array(fc.integer({ min: -100_000, max: 100_000 }).map((v) => v / 100), { minLength: 3, maxLength: 60 });

describe("I chart limits", () => {
  test.prop([values, fc.integer({ min: -1_000_000, max: 1_000_000 }).map((v) => v / 100)])("translate with the data", (y, shift) => {
    const a = analyze({ chart: "i", y });
    const b = analyze({ chart: "i", y: y.map((v) => v + shift) });
    for (const line of ["cl", "lcl", "ucl", "lcl95", "ucl95"] as const) {
      const u = a[line][0]!;
      const v = b[line][0]!;
      if (Number.isNaN(u)) expect(v).toBeNaN();
      else expect(near(v, u + shift, Math.abs(shift) + 1000)).toBe(true);
    }
  });

  test.prop([values, fc.double({ min: 0.01, max: 100, noNaN: true })])("scale with the data", (y, factor) => {
    const a = analyze({ chart: "i", y });
    const b = analyze({ chart: "i", y: y.map((v) => v * factor) });
    for (const line of ["cl", "lcl", "ucl"] as const) {
      const u = a[line][0]!;
      const v = b[line][0]!;
      if (Number.isNaN(u)) expect(v).toBeNaN();
      else expect(near(v, u * factor, 1000 * factor)).toBe(true);
    }
  });
});

describe("P and P′ chart limits", () => {
  const counts = fc
    .array(fc.tuple(fc.nat(500), fc.nat(500)), { minLength: 2, maxLength: 40 })
    .map((pairs) => pairs.map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const));

  test.prop([counts, fc.constantFrom("p", "pp" as const), fc.constantFrom(1, 100)])(
    "stay within [0, 1] (times multiply), around the centre line",
    (pairs, chart, multiply) => {
      const result = analyze({ chart, y: pairs.map((p) => p[0]), n: pairs.map((p) => p[1]), multiply });
      for (let i = 0; i < result.length; i++) {
        const [lcl, cl, ucl] = [result.lcl[i]!, result.cl[i]!, result.ucl[i]!];
        if (!Number.isNaN(lcl)) expect(lcl).toBeGreaterThanOrEqual(0);
        if (!Number.isNaN(ucl)) expect(ucl).toBeLessThanOrEqual(multiply);
        if (!Number.isNaN(lcl) && !Number.isNaN(cl)) expect(lcl).toBeLessThanOrEqual(cl + 1e-12);
        if (!Number.isNaN(ucl) && !Number.isNaN(cl)) expect(ucl).toBeGreaterThanOrEqual(cl - 1e-12);
      }
    },
  );
});

describe("phases", () => {
  test.prop([fc.integer({ min: 2, max: 200 }).chain((n) => fc.tuple(fc.constant(n), fc.uniqueArray(fc.integer({ min: 1, max: n - 1 }), { maxLength: 6 })))])(
    "cover every subgroup exactly once, in order",
    ([n, breaks]) => {
      const sorted = [...breaks].sort((a, b) => a - b);
      const result = analyze({ y: Array.from({ length: n }, (_, i) => i % 7), breaks: sorted });
      expect(result.phases).toHaveLength(sorted.length + 1);
      expect(result.phases[0]!.start).toBe(0);
      expect(result.phases.at(-1)!.end).toBe(n - 1);
      for (let p = 1; p < result.phases.length; p++) expect(result.phases[p]!.start).toBe(result.phases[p - 1]!.end + 1);
      for (let i = 0; i < n; i++) expect(result.phases[result.phase[i]!]!.start).toBeLessThanOrEqual(i);
    },
  );
});

describe("subgroups", () => {
  test.prop([fc.array(fc.tuple(fc.integer({ min: 1, max: 8 }), fc.integer({ min: -50, max: 50 })), { minLength: 1, maxLength: 40 })])(
    "do not depend on the order of the rows",
    (rows) => {
      const forward = analyze({ chart: "i", x: rows.map((r) => r[0]), y: rows.map((r) => r[1]), aggregate: "sum" }).toJSON();
      const reversed = [...rows].reverse();
      const backward = analyze({ chart: "i", x: reversed.map((r) => r[0]), y: reversed.map((r) => r[1]), aggregate: "sum" }).toJSON();
      expect(backward).toEqual(forward);
    },
  );
});
