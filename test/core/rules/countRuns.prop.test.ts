import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { analyze, countRuns } from "../../../src/index.ts";
import { findLongRuns } from "../../../src/core/rules/countRuns.ts";
import { naiveRuns } from "../../oracles/naiveRuns.ts";

const small = fc.integer({ min: -5, max: 5 });
const series = fc.array(fc.option(small, { nil: null, freq: 8 }), { minLength: 1, maxLength: 60 });

describe("countRuns(values, center, included, start, end)", () => {
  test.prop([series, small, fc.array(fc.boolean(), { minLength: 60, maxLength: 60 })])(
    "agrees with the slow reference on every series",
    (values, center, include) => {
      const n = values.length;
      const included = include.slice(0, n);
      const got = countRuns(
        Float64Array.from(values, (v) => v ?? Number.NaN),
        new Float64Array(n).fill(center),
        Uint8Array.from(included, (b) => (b ? 1 : 0)),
        0,
        n - 1,
      );
      expect(got).toEqual(naiveRuns(values, center, included));
    },
  );
});

describe("findLongRuns(values, center, included, start, end, limit)", () => {
  /** Every maximal run of useful points, by definition: split the useful points where the side changes. */
  const slowLongRuns = (values: (number | null)[], center: number, included: boolean[], start: number, end: number, limit: number) => {
    const runs: { indices: number[]; side: 1 | -1 }[] = [];
    for (let i = start; i <= end; i++) {
      const v = values[i];
      if (!included[i] || v === null || v === undefined || v === center) continue;
      const side = v > center ? 1 : -1;
      const last = runs[runs.length - 1];
      if (last !== undefined && last.side === side) last.indices.push(i);
      else runs.push({ indices: [i], side });
    }
    return runs.filter((run) => run.indices.length > limit);
  };

  test.prop([series, small, fc.array(fc.boolean(), { minLength: 60, maxLength: 60 }), fc.nat(60), fc.nat(60), fc.integer({ min: 0, max: 8 })])(
    "lists exactly the runs longer than the limit, with their useful indices",
    (values, center, include, a, b, limit) => {
      const n = values.length;
      const included = include.slice(0, n);
      const start = Math.min(a, b, n - 1);
      const end = Math.min(Math.max(a, b), n - 1);
      const got = findLongRuns(
        Float64Array.from(values, (v) => v ?? Number.NaN),
        new Float64Array(n).fill(center),
        Uint8Array.from(included, (x) => (x ? 1 : 0)),
        start,
        end,
        limit,
      );
      expect(got).toEqual(slowLongRuns(values, center, included, start, end, limit));
    },
  );
});

describe("runs analysis in analyze(spec)", () => {
  const runsOf = (y: (number | null)[], extra: object = {}) => {
    const phase = analyze({ y, ...extra }).phases[0]!;
    return { useful: phase.useful, longestRun: phase.longestRun, crossings: phase.crossings, signal: phase.runsSignal };
  };

  test.prop([fc.array(small, { minLength: 2, maxLength: 80 })])("is invariant to reversing the series", (y) => {
    expect(runsOf([...y].reverse())).toEqual(runsOf(y));
  });

  test.prop([fc.array(small, { minLength: 2, maxLength: 80 })])(
    "of a run chart is invariant to strictly increasing transforms of the values",
    (y) => {
      expect(runsOf(y.map((v) => v * v * v + 3 * v + 100))).toEqual(runsOf(y));
    },
  );

  test.prop([fc.array(small, { minLength: 2, maxLength: 60 }), fc.array(fc.nat(60), { maxLength: 10 }), fc.boolean()])(
    "points on the centre line and missing points change neither run lengths nor crossings",
    (y, positions, missing) => {
      const center = 0.5; // a known centre line no integer value equals
      const withExtra: (number | null)[] = [...y];
      for (const p of positions) withExtra.splice(Math.min(p, withExtra.length), 0, missing ? null : center);
      const before = runsOf(y, { cl: center });
      const after = runsOf(withExtra, { cl: center });
      expect(after).toEqual(before);
    },
  );

  test.prop([fc.array(small, { minLength: 2, maxLength: 80 })])(
    "reflecting a series about its centre line keeps every count and signal",
    (y) => {
      expect(runsOf(y.map((v) => -v))).toEqual(runsOf(y));
    },
  );

  test.prop([fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: 1, max: 200 }), fc.constantFrom("run", "i", "c", "g", "t" as const)])(
    "a constant series never signals",
    (value, length, chart) => {
      const v = chart === "c" || chart === "g" ? Math.abs(value) : chart === "t" ? Math.abs(value) + 1 : value;
      const result = analyze({ chart, y: new Array<number>(length).fill(v) });
      expect(result.signals).toEqual([]);
      expect(result.phases.every((p) => !p.runsSignal)).toBe(true);
    },
  );
});

describe("centre lines of constant data", () => {
  test.prop([fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.integer({ min: 2, max: 50 })])(
    "equal the constant exactly, so every point is on the line (R's corrected mean)",
    (value, length) => {
      const result = analyze({ chart: "i", y: new Array<number>(length).fill(value) });
      expect(result.cl[0] === value).toBe(true); // -0 and 0 alike
      expect(result.phases[0]!.useful).toBe(0);
    },
  );
});
