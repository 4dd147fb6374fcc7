import { describe, expectTypeOf, it } from "vitest";
import {
  analyze,
  summary,
  isSpcError,
  type ChartResult,
  type ChartResultJSON,
  type ChartSpecInput,
  type ChartType,
  type SpcError,
  type SummaryRow,
} from "../../src/index.ts";

describe("public types", () => {
  it("analyze takes a ChartSpecInput and returns a ChartResult", () => {
    expectTypeOf(analyze).parameter(0).toEqualTypeOf<ChartSpecInput>();
    expectTypeOf(analyze).returns.toEqualTypeOf<ChartResult>();
  });

  it("the spec accepts arrays with nulls, Float64Arrays, and x of numbers, strings or Dates", () => {
    expectTypeOf({ y: [1, null, 3] }).toMatchTypeOf<ChartSpecInput>();
    expectTypeOf({ y: new Float64Array(3), n: new Float64Array(3), chart: "p" as const }).toMatchTypeOf<ChartSpecInput>();
    expectTypeOf({ y: [1], x: [new Date()], period: "week" as const }).toMatchTypeOf<ChartSpecInput>();
    expectTypeOf({ y: [1], chart: "nope" }).not.toMatchTypeOf<ChartSpecInput>();
  });

  it("the result exposes typed-array columns and JSON", () => {
    const result = analyze({ y: [1, 2, 3] });
    expectTypeOf(result.value).toEqualTypeOf<Float64Array>();
    expectTypeOf(result.sigmaSignal).toEqualTypeOf<Uint8Array>();
    expectTypeOf(result.chart).toEqualTypeOf<ChartType>();
    expectTypeOf(result.toJSON()).toEqualTypeOf<ChartResultJSON>();
    expectTypeOf(result.toJSON().points[0]!.value).toEqualTypeOf<number | null>();
    expectTypeOf(summary(result)).toEqualTypeOf<SummaryRow[]>();
    expectTypeOf(summary).parameter(0).toEqualTypeOf<ChartResult | ChartResultJSON>();
  });

  it("isSpcError narrows", () => {
    const e: unknown = null;
    if (isSpcError(e)) expectTypeOf(e).toEqualTypeOf<SpcError>();
  });
});
