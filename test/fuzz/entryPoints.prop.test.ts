// @vitest-environment jsdom
// Fuzzing the remaining entry points: summary, renderSvgElement and createMonitor raise only SpcError.
import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { analyze, createMonitor, isSpcError, summary } from "../../src/index.ts";
import { renderSvg, renderSvgElement } from "../../src/svg/index.ts";

const runs = Number(process.env.FUZZ_RUNS ?? 1000);
const onlySpcError = (action: () => unknown): void => {
  try {
    action();
  } catch (error) {
    expect(isSpcError(error), String(error)).toBe(true);
  }
};

describe("entry points under fuzzing", () => {
  test.prop([fc.anything()], { numRuns: runs })("summary(anything) returns rows or raises SpcError", (value) => {
    onlySpcError(() => summary(value as never));
  });

  test.prop([fc.array(fc.option(fc.integer({ min: 0, max: 30 }), { nil: null }), { minLength: 1, maxLength: 30 }), fc.string()], { numRuns: runs })(
    "renderSvgElement builds through jsdom the same chart as renderSvg",
    (y, title) => {
      let result;
      try {
        result = analyze({ y });
      } catch (error) {
        expect(isSpcError(error)).toBe(true);
        return;
      }
      const element = renderSvgElement<SVGSVGElement>(result, { document, title });
      const parsed = new DOMParser().parseFromString(renderSvg(result, { title }), "image/svg+xml");
      expect(parsed.querySelector("parsererror")).toBeNull();
      expect(element.querySelectorAll("*").length).toBe(parsed.documentElement.querySelectorAll("*").length);
    },
  );

  test.prop([fc.anything(), fc.array(fc.anything(), { maxLength: 6 })], { numRuns: runs })("createMonitor(anything) and push(anything) raise only SpcError", (spec, points) => {
    onlySpcError(() => {
      const monitor = createMonitor(spec as never);
      for (const point of points) onlySpcError(() => monitor.push(point as never));
    });
  });

  test.prop(
    [fc.constantFrom("run", "i", "c", "p" as const), fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 3, maxLength: 12 }), fc.array(fc.oneof(fc.record({ y: fc.oneof(fc.integer({ min: -3, max: 30 }), fc.constant(null), fc.double()), n: fc.oneof(fc.integer({ min: -3, max: 30 }), fc.constant(null)) }), fc.anything()), { maxLength: 10 })],
    { numRuns: runs },
  )("a monitor takes good points and refuses bad ones with SpcError", (chart, baseline, points) => {
    const spec = chart === "p" ? { chart, y: baseline, n: baseline.map((v) => v + 5), freeze: baseline.length } : { chart, y: baseline, freeze: baseline.length };
    const monitor = createMonitor(spec);
    for (const point of points) onlySpcError(() => monitor.push(point as never));
    expect(monitor.state.length).toBeGreaterThanOrEqual(baseline.length);
  });
});
