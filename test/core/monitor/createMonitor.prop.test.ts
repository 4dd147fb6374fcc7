import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { analyze, binomialHalfQuantile, createMonitor, isSpcError, type ChartSpecInput } from "../../../src/index.ts";
import { CrossingsQuantileTracker } from "../../../src/core/stats/crossingsQuantileTracker.ts";

describe("createMonitor(spec)", () => {
  const charts = fc.constantFrom("run", "i", "mr", "c", "p", "u", "pp", "up", "g", "t" as const);
  const rules = fc.constantFrom<ChartSpecInput["rules"]>("anhoej", "bestbox", "cutbox", { anhoej: "anhoej", shift: 6, trend: 5 }, { shift: 7, trend: 6 });
  const series = fc.array(fc.tuple(fc.option(fc.integer({ min: 0, max: 40 }), { nil: null, freq: 8 }), fc.integer({ min: 0, max: 50 })), { minLength: 2, maxLength: 70 });

  test.prop([charts, rules, series, fc.integer({ min: 1, max: 20 }), fc.constantFrom(1, 100)])(
    "after pushing a series, its state, flags and points equal analyze of the whole series",
    (chart, ruleSet, rows, freezeWanted, multiply) => {
      const y = rows.map(([v]) => (v === null ? null : chart === "t" ? v + 1 : v));
      const n = rows.map(([v, d]) => (v === null ? d + 1 : Math.max(v, d) + 1));
      const withN = chart === "p" || chart === "u" || chart === "pp" || chart === "up";
      const freeze = Math.min(freezeWanted, rows.length - 1);
      const spec = (k: number) => ({ chart, y: y.slice(0, k), ...(withN ? { n: n.slice(0, k) } : {}), freeze, multiply, rules: ruleSet });
      let monitor;
      try {
        monitor = createMonitor(spec(freeze));
      } catch (error) {
        if (isSpcError(error)) return; // e.g. every baseline value missing
        throw error;
      }
      const updates = [];
      for (let i = freeze; i < rows.length; i++) updates.push(monitor.push({ y: y[i] ?? null, ...(withN ? { n: n[i] ?? null } : {}) }));
      const whole = analyze(spec(rows.length));
      const phase = whole.phases[0]!;
      expect(monitor.state).toEqual({
        length: whole.length,
        observations: phase.observations,
        useful: phase.useful,
        longestRun: phase.longestRun,
        longestRunMax: phase.longestRunMax,
        crossings: phase.crossings,
        crossingsMin: phase.crossingsMin,
        runsSignal: phase.runsSignal,
        sigmaSignals: phase.sigmaSignals,
        excludedSigmaSignals: phase.excludedSigmaSignals,
      });
      expect(Array.from(monitor.shiftFlags())).toEqual(Array.from(whole.shift));
      expect(Array.from(monitor.trendFlags())).toEqual(Array.from(whole.trend));
      for (const update of updates) {
        const i = update.index;
        const same = (a: number | null, b: number) => (a === null ? Number.isNaN(b) : Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b)));
        expect(same(update.value, whole.value[i]!), `value ${i}`).toBe(true);
        expect(same(update.cl, whole.cl[i]!), `cl ${i}`).toBe(true);
        expect(same(update.ucl, whole.ucl[i]!), `ucl ${i}`).toBe(true);
        expect(same(update.lcl, whole.lcl[i]!), `lcl ${i}`).toBe(true);
        expect(update.sigmaSignal).toBe(whole.sigmaSignal[i] === 1);
      }
      expect(monitor.result().toJSON()).toEqual(whole.toJSON());
    },
  );
});

describe("CrossingsQuantileTracker", () => {
  it("follows qbinom(0.05, m, 0.5) step by step for m up to 20,000", () => {
    const tracker = new CrossingsQuantileTracker();
    for (let m = 0; m <= 20_000; m++) expect(tracker.at(m)).toBe(binomialHalfQuantile(0.05, m));
  });
});

describe("createMonitor errors", () => {
  it("asks for a frozen baseline held in the data, and one phase", () => {
    expect(() => createMonitor({ y: [1, 2, 3] })).toThrowErrorMatchingInlineSnapshot(`[SpcError: createMonitor: invalid freeze: a monitor needs a frozen baseline: give freeze as a number of subgroups]`);
    expect(() => createMonitor({ y: [1, 2, 3], freeze: 5 })).toThrowErrorMatchingInlineSnapshot(`[SpcError: createMonitor: invalid freeze: the spec's data must hold the whole baseline (5 subgroups), but has 3]`);
    expect(() => createMonitor({ y: [1, 2, 3, 4], freeze: 2, breaks: [2] })).toThrowErrorMatchingInlineSnapshot(`[SpcError: createMonitor: invalid breaks: a monitor follows one phase]`);
    expect(() => createMonitor({ y: [1, 2, 3], freeze: 2, rules: "ihi" })).toThrowErrorMatchingInlineSnapshot(`[SpcError: createMonitor: invalid rules: a monitor supports the Anhøj rules (or best/cut box), shift, trend and the 3-sigma rule]`);
    expect(() => createMonitor({ y: [1, 2, 3], freeze: 2, x: [1, 2, 3] })).toThrowErrorMatchingInlineSnapshot(`[SpcError: createMonitor: invalid x: a monitor takes one subgroup per push; leave x out]`);
    expect(() => createMonitor({ y: [1, 2, 3], freeze: 2, autoPhase: true })).toThrowErrorMatchingInlineSnapshot(`[SpcError: createMonitor: invalid autoPhase: a monitor follows one phase]`);
    expect(() => createMonitor({ chart: "ip", y: [1, 2, 3], freeze: 2 })).toThrowErrorMatchingInlineSnapshot(`[SpcError: createMonitor: invalid chart: a monitor does not support ip charts]`);
    const monitor = createMonitor({ chart: "c", y: [1, 2, 3], freeze: 3 });
    expect(() => monitor.push(null as never)).toThrowErrorMatchingInlineSnapshot(`[SpcError: push: invalid point: expected { y, n? }, received null]`);
    expect(() => monitor.push({ y: -1 })).toThrowErrorMatchingInlineSnapshot(`[SpcError: push: invalid point.y: expected a count (an integer >= 0) or null in a c chart, received -1]`);
  });
});

describe("createMonitor: pushed points equal analyze of the whole series", () => {
  type Spec = { chart: "run" | "i" | "mr" | "p"; y: (number | null)[]; n?: (number | null)[]; freeze: number; multiply?: number };
  const check = (spec: Spec, from: number) => {
    const monitor = createMonitor({ ...spec, y: spec.y.slice(0, from), ...(spec.n ? { n: spec.n.slice(0, from) } : {}) });
    const updates = spec.y.slice(from).map((y, k) => monitor.push({ y, n: spec.n?.[from + k] ?? null }));
    const whole = analyze(spec).toJSON();
    for (const update of updates) {
      const point = whole.points[update.index]!;
      expect([update.value, update.cl, update.lcl, update.ucl, update.sigmaSignal]).toEqual([point.value, point.cl, point.lcl, point.ucl, point.sigmaSignal]);
    }
    expect(monitor.result().toJSON()).toEqual(whole);
  };

  it("rates on an I or MR chart (denominators given to a chart that does not need them)", () => {
    const y = [10, 12, 9, 14, 11, 13, 10, 12, 30, 11, 12];
    const n = [100, 110, 90, 120, 100, 0, 95, 105, null, 100, 98];
    check({ chart: "i", y, n, freeze: 6 }, 6);
    check({ chart: "mr", y, n, freeze: 6 }, 6);
    check({ chart: "run", y, n, freeze: 6, multiply: 100 }, 7);
  });

  it("a baseline whose every value is missing: lines of NaN, values still plotted", () => {
    check({ chart: "i", y: [null, null, null, 4, 5, 6], freeze: 3 }, 4);
    check({ chart: "p", y: [null, null, 3, 4, 5], n: [10, 10, 10, 10, 10], freeze: 2 }, 3);
  });
});

describe("createMonitor counterexamples", () => {
  it("flags no shift or trend on an MR chart (found by the property above)", () => {
    const monitor = createMonitor({ chart: "mr", y: [0], freeze: 1, rules: { anhoej: "anhoej", shift: 6, trend: 5 } });
    for (const y of [0, 1, 3, 0, 4]) monitor.push({ y });
    expect(Array.from(monitor.shiftFlags())).toEqual([0, 0, 0, 0, 0, 0]);
    expect(monitor.state.runsSignal).toBe(false);
  });

  it("counts an excluded baseline point outside the limits as analyze does", () => {
    const y = [10, 11, 9, 10, 12, 10, 9, 11, 10, 40, 11, 10];
    const monitor = createMonitor({ chart: "i", y, freeze: 12, exclude: [9] });
    for (const v of [10, 11, 9]) monitor.push({ y: v });
    const phase = analyze({ chart: "i", y: [...y, 10, 11, 9], freeze: 12, exclude: [9] }).phases[0]!;
    expect(monitor.state).toMatchObject({ sigmaSignals: phase.sigmaSignals, excludedSigmaSignals: phase.excludedSigmaSignals });
    expect(phase.excludedSigmaSignals).toBe(1);
  });
});
