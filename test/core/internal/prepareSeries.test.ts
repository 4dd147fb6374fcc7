import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { analyze, type ChartSpecInput } from "../../../src/index.ts";

/** Days from 2024-01-01, as ISO dates. */
const days = (count: number): string[] => Array.from({ length: count }, (_, i) => new Date(Date.UTC(2024, 0, 1 + i)).toISOString().slice(0, 10));

/** The same spec with fresh, unfrozen copies of its arrays: an analysis that cannot find anything kept. */
function fresh(spec: ChartSpecInput): ChartSpecInput {
  const copy = (a: unknown): unknown => (Array.isArray(a) ? [...a] : a instanceof Float64Array ? a.slice() : a);
  return { ...spec, y: copy(spec.y), n: copy(spec.n), x: copy(spec.x) } as ChartSpecInput;
}

describe("analyze(spec) again with frozen arrays", () => {
  const count = 80;
  const n = Object.freeze(Array.from({ length: count }, (_, i) => (i === 9 ? null : 40 + ((i * 7) % 13))));
  const y = Object.freeze(Array.from({ length: count }, (_, i) => (i === 4 ? null : Math.floor(((i * 17) % 23) + (i > 50 ? 12 : 8)))));
  const x = Object.freeze(days(count));

  it("shares the subgroup columns between analyses of the same frozen arrays, and gives what a fresh analysis gives", () => {
    const first = analyze({ chart: "p", y, n, x, multiply: 100 });
    const second = analyze({ chart: "p", y, n, x, multiply: 100, freeze: 20 });
    // Kept: the reading and the plotted column (made once per multiply) are the last analysis's.
    expect(second.numerator).toBe(first.numerator);
    expect(second.denominator).toBe(first.denominator);
    expect(second.value).toBe(first.value);
    expect(second.toJSON()).toEqual(analyze(fresh({ chart: "p", y, n, x, multiply: 100, freeze: 20 })).toJSON());
    // Another multiply is a plotted column of its own, the subgroups still shared.
    const proportions = analyze({ chart: "p", y, n, x, breaks: [30] });
    expect(proportions.numerator).toBe(first.numerator);
    expect(proportions.value).not.toBe(first.value);
    expect(proportions.toJSON()).toEqual(analyze(fresh({ chart: "p", y, n, x, breaks: [30] })).toJSON());
    const perMille = analyze({ chart: "p", y, n, x, multiply: 1000 });
    expect(perMille.value).not.toBe(first.value);
    expect(perMille.value[0]).toBeCloseTo(first.value[0]! * 10, 9);
    expect(analyze({ chart: "p", y, n, x, multiply: 100 }).value).toBe(first.value);
  });

  it("gives a fresh analysis's result through a run of changes of options, chart type and arrays", () => {
    const other = Object.freeze(days(count).reverse());
    const specs: ChartSpecInput[] = [
      { chart: "p", y, n, x, freeze: 12 },
      { chart: "p", y, n, x, freeze: 12, exclude: [3, 40], rules: "ihi", improvement: "up", target: 0.5 },
      { chart: "u", y, n, x, multiply: 1000 },
      { chart: "run", y, x, breaks: [40] },
      { chart: "i", y, x },
      { chart: "i", y, x: other },
      { chart: "i", y },
      { chart: "c", y, x, aggregate: "sum" },
      { chart: "p", y, n, x, multiply: 100, autoPhase: true },
      { chart: "pp", y, n, x, multiply: 100 },
      { chart: "p", y, n, x, multiply: 100 },
    ];
    for (const spec of specs) expect(analyze(spec).toJSON(), JSON.stringify(spec.chart)).toEqual(analyze(fresh(spec)).toJSON());
  });

  it("checks the values again for a chart that demands more of them (a kept reading is per chart type)", () => {
    const measurements = Object.freeze([4.5, 6, 5, 7, 6.5, 5, 6, 7]);
    const counts = Object.freeze([10, 10, 10, 10, 10, 10, 10, 10]);
    expect(analyze({ chart: "i", y: measurements }).value[0]).toBe(4.5);
    expect(() => analyze({ chart: "p", y: measurements, n: counts })).toThrow(/y\[0\]/);
    expect(() => analyze({ chart: "c", y: measurements })).toThrow(/y\[0\]/);
    // A numerator above its denominator: found for the P chart though the same arrays made a U chart before.
    const numerators = Object.freeze([4, 12, 5, 7, 6, 5, 6, 7]);
    expect(analyze({ chart: "u", y: numerators, n: counts }).value[1]).toBeCloseTo(1.2, 12);
    expect(() => analyze({ chart: "p", y: numerators, n: counts })).toThrow(/y\[1\]/);
  });

  it("keeps nothing for arrays that can change: unfrozen arrays and Float64Arrays are read on every analysis", () => {
    const open = [...y];
    const a = analyze({ chart: "p", y: open, n, x });
    expect(analyze({ chart: "p", y: open, n, x }).numerator).not.toBe(a.numerator);
    open[0] = 1;
    expect(analyze({ chart: "p", y: open, n, x }).numerator[0]).toBe(1);
    const typed = Float64Array.from(y, (v) => v ?? Number.NaN);
    const b = analyze({ chart: "i", y: typed });
    typed[1] = 1000;
    const c = analyze({ chart: "i", y: typed });
    expect(c.value).not.toBe(b.value);
    expect(c.value[1]).toBe(1000);
    // A frozen y with an unfrozen n: n can change, so nothing is kept.
    const openN = [...n];
    const d = analyze({ chart: "p", y, n: openN, x });
    openN[0] = 1000;
    expect(analyze({ chart: "p", y, n: openN, x }).denominator?.[0]).toBe(1000);
    expect(d.denominator?.[0]).toBe(n[0]);
  });

  it("reads a frozen y again with another frozen n, or another x", () => {
    const doubled = Object.freeze(n.map((v) => (v === null ? null : v * 2)));
    const a = analyze({ chart: "p", y, n, x });
    const b = analyze({ chart: "p", y, n: doubled, x });
    expect(b.denominator).not.toBe(a.denominator);
    expect(b.toJSON()).toEqual(analyze(fresh({ chart: "p", y, n: doubled, x })).toJSON());
    const weekly = Object.freeze(Array.from({ length: count }, (_, i) => `2024-W${String(1 + Math.floor(i / 2)).padStart(2, "0")}`));
    const c = analyze({ chart: "p", y, n, x: weekly });
    expect(c.value.length).toBe(40);
    expect(c.toJSON()).toEqual(analyze(fresh({ chart: "p", y, n, x: weekly })).toJSON());
  });

  // Series with gaps, analysed one after another with other options (as an app does on every change): each as a fresh analysis.
  const series = fc.integer({ min: 5, max: 40 }).chain((length) =>
    fc.record({
      y: fc.array(fc.option(fc.integer({ min: 0, max: 30 }), { freq: 8 }), { minLength: length, maxLength: length }),
      extra: fc.array(fc.integer({ min: 0, max: 20 }), { minLength: length, maxLength: length }),
      changes: fc.array(
        fc.record({
          chart: fc.constantFrom("run", "i", "c", "u", "p", "pp", "up", "ip"),
          freeze: fc.option(fc.integer({ min: 2, max: 5 }), { nil: undefined }),
          breaks: fc.option(fc.integer({ min: 6, max: 12 }).map((b) => [b]), { nil: undefined }),
          multiply: fc.constantFrom(1, 100, 1000),
          rules: fc.constantFrom("anhoej" as const, "ihi" as const),
        }),
        { minLength: 1, maxLength: 5 },
      ),
    }),
  );
  test.prop([series])("gives every analysis of frozen arrays what a fresh analysis gives", ({ y: ys, extra, changes }) => {
    const frozenY = Object.freeze(ys);
    // Denominators at least the numerators (so that proportions can be charted), missing where y is.
    const frozenN = Object.freeze(ys.map((v, i) => (v === null ? null : v + (extra[i] as number) + 1)));
    for (const change of changes) {
      const spec = { ...change, y: frozenY, ...(["run", "i", "c"].includes(change.chart) ? {} : { n: frozenN }) } as ChartSpecInput;
      const breaksFit = change.breaks === undefined || (change.breaks[0] as number) < ys.length;
      const run = (s: ChartSpecInput): unknown => {
        try {
          return analyze(s).toJSON();
        } catch (error) {
          return String(error);
        }
      };
      if (breaksFit) expect(run(spec)).toEqual(run(fresh(spec)));
    }
  });
});
