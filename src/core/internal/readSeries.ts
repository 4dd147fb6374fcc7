import type { ValueKind } from "../charts/chartDefinitions.ts";
import { SpcError } from "../errors.ts";
import type { SeriesInput } from "../schema/chartSpec.ts";
import type { ChartType } from "../types.ts";

/** A series as read: its values (NaN = missing) and how many are missing. @internal */
export interface ReadSeries {
  readonly values: Float64Array;
  readonly missing: number;
  /** The first index whose numerator exceeds this denominator (with `numerators`), or −1. */
  readonly exceeded: number;
}

/**
 * Reads `y` or `n` into a new `Float64Array` (NaN = missing) in one plain loop,
 * checking every element: in an array, a finite number or `null`; in a
 * `Float64Array`, a finite number or NaN. `kind` adds the chart's own demand
 * (counts, non-negative, positive). The copy belongs to the analysis (the
 * caller's array is never kept), so later steps may use it as a column. The
 * missing values are counted in the same pass. With `numerators` (reading the
 * denominators of a proportion), the first numerator that exceeds its
 * denominator is found in the same pass (`exceeded`; the caller reports it).
 * @internal
 */
export function readSeries(name: "y" | "n", input: SeriesInput, kind: ValueKind, chart: ChartType, numerators: Float64Array | null = null): ReadSeries {
  const values = allocate(name, input.length);
  let missing = 0;
  let exceeded = -1;
  const checked = numerators === null ? 0 : Math.min(numerators.length, input.length);
  if (input instanceof Float64Array) {
    // v − v is 0 for finite v and NaN for NaN and ±Infinity: one test finds the infinite values, NaN being allowed.
    for (let i = 0; i < input.length; i++) {
      const v = input[i] as number;
      if ((v - v !== 0 && v === v) || (kind !== "any" && v === v && !fits(v, kind))) throw invalid(name, i, v, kind, chart, true);
      if (i < checked && exceeded < 0 && ((numerators as Float64Array)[i] as number) > v) exceeded = i;
      values[i] = v;
      missing += +(v !== v);
    }
    return { values, missing, exceeded };
  }
  for (let i = 0; i < input.length; i++) {
    const raw: unknown = input[i];
    if (raw === null) {
      values[i] = Number.NaN;
      missing++;
    } else if (typeof raw === "number" && raw - raw === 0 && fits(raw, kind)) {
      if (i < checked && exceeded < 0 && ((numerators as Float64Array)[i] as number) > raw) exceeded = i;
      values[i] = raw;
    } else throw invalid(name, i, raw, kind, chart, false);
  }
  return { values, missing, exceeded };
}

function invalid(name: "y" | "n", index: number, received: unknown, kind: ValueKind, chart: ChartType, typed: boolean): SpcError {
  return new SpcError({ code: "invalid_input", path: [name, index], expected: { key: "value", kind, missing: typed ? "NaN" : "null", chart: kind === "any" ? null : chart }, received });
}

function fits(v: number, kind: ValueKind): boolean {
  switch (kind) {
    case "any":
      return true;
    case "count":
      return v >= 0 && Number.isInteger(v);
    case "nonNegative":
      return v >= 0;
    case "positive":
      return v > 0;
  }
}

/** The column for `length` values; an SpcError naming the field when the machine cannot hold it (e.g. `new Array(2 ** 32 - 1)`). */
function allocate(name: "y" | "n", length: number): Float64Array {
  try {
    return new Float64Array(length);
  } catch {
    throw new SpcError({ code: "invalid_input", path: [name], detail: `${length} values are more than this machine can hold in memory` });
  }
}
