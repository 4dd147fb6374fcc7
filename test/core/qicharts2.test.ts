// Known values computed by qicharts2 0.8.1 (R, TZ=UTC, library attached so moving
// ranges are screened): test/fixtures/qicharts2/, format in its README.md.
import { describe, expect, it } from "vitest";
import { analyze, type ChartPointJSON, type PhaseSummary } from "../../src/index.ts";
import { close, loadReference, referenceNames, toNumber, toSpec } from "../helpers/qicharts2.ts";

const lines = [
  ["value", "y"],
  ["cl", "cl"],
  ["lcl", "lcl"],
  ["ucl", "ucl"],
  ["lcl95", "lcl.95"],
  ["ucl95", "ucl.95"],
] as const;

describe("analyze(spec) agrees with qicharts2", () => {
  for (const name of referenceNames()) {
    it(`${name}: every point, line and signal`, () => {
      const { input, expected } = loadReference(name);
      expect(expected.error).toBeNull();
      const json = analyze(toSpec(input)).toJSON();
      expect(json.points).toHaveLength(expected.data.length);
      expected.data.forEach((row, i) => {
        const point = json.points[i] as ChartPointJSON;
        for (const [ours, theirs] of lines) {
          const a = point[ours];
          const b = toNumber(row[theirs]);
          if (!close(a, b)) expect.fail(`${name} point ${i} ${ours}: ${a} vs qicharts2 ${b}`);
        }
        if (input.x_type === "date") expect(point.x).toBe(String(row.x).slice(0, 10));
        expect({
          phase: point.phase,
          baseline: point.baseline,
          included: point.included,
          sigmaSignal: point.sigmaSignal,
          runsSignal: point.runsSignal,
        }).toEqual({
          phase: row.part - 1,
          baseline: row.baseline,
          included: row.include,
          sigmaSignal: row["sigma.signal"],
          runsSignal: row["runs.signal"],
        });
        const phase = json.phases[point.phase] as PhaseSummary;
        expect({
          observations: phase.observations,
          useful: phase.useful,
          longestRun: phase.longestRun,
          longestRunMax: phase.longestRunMax,
          crossings: phase.crossings,
          crossingsMin: phase.crossingsMin,
        }).toEqual({
          observations: row["n.obs"],
          useful: row["n.useful"],
          longestRun: row["longest.run"],
          longestRunMax: row["longest.run.max"],
          crossings: row["n.crossings"],
          crossingsMin: row["n.crossings.min"],
        });
      });
    });

    it(`${name}: phase summaries match summary()`, () => {
      const { input, expected } = loadReference(name);
      const json = analyze(toSpec(input)).toJSON();
      expect(json.phases).toHaveLength(expected.summary.length);
      expected.summary.forEach((row, p) => {
        const phase = json.phases[p] as PhaseSummary;
        const pairs = [
          [phase.lcl, row.aLCL],
          [phase.lcl95, row["aLCL.95"]],
          [phase.cl, row.CL],
          [phase.ucl95, row["aUCL.95"]],
          [phase.ucl, row.aUCL],
        ] as const;
        for (const [ours, theirs] of pairs) {
          if (!close(ours, toNumber(theirs))) expect.fail(`${name} phase ${p}: ${ours} vs qicharts2 ${String(theirs)}`);
        }
        expect(phase.runsSignal).toBe(row["runs.signal"] === 1);
        expect(phase.sigmaSignals).toBe(row["sigma.signal"]);
      });
    });
  }
});
