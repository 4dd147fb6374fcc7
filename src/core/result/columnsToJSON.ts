import type { ChartColumns } from "./chartColumns.ts";
import { xValuesOf } from "./xValuesOf.ts";

/** A typed-array column in JSON: plain numbers, `null` for NaN (and for ±Infinity, which JSON cannot hold). */
export type NumberColumnJSON = (number | null)[];

/**
 * The compact JSON of a result's columns (what `shewhart analyze --columns`
 * prints): the fields of `ChartColumns`, each column a plain array; `x` as in
 * `toJSON()` (numbers, `YYYY-MM-DD` dates or categories, so `labels` is left out).
 */
export type ChartColumnsJSON = Omit<
  { [K in keyof ChartColumns]: ChartColumns[K] extends Float64Array | Uint32Array | Uint8Array ? NumberColumnJSON : ChartColumns[K] extends Float64Array | null ? NumberColumnJSON | null : ChartColumns[K] },
  "x" | "labels"
> & { readonly x: (number | string)[] };

/**
 * Columns as compact JSON, one array per field instead of one object per point.
 *
 * @example
 * JSON.stringify(columnsToJSON(analyze({ chart: "i", y: [1, 2, 3] }).toColumns()));
 */
export function columnsToJSON(columns: ChartColumns): ChartColumnsJSON {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(columns)) {
    if (key !== "labels") out[key] = value instanceof Float64Array || value instanceof Uint32Array || value instanceof Uint8Array ? numbers(value) : value;
  }
  out["x"] = xValuesOf(columns);
  return out as ChartColumnsJSON;
}

function numbers(column: Float64Array | Uint32Array | Uint8Array): NumberColumnJSON {
  const out: NumberColumnJSON = new Array(column.length);
  for (let i = 0; i < column.length; i++) {
    const v = column[i] as number;
    out[i] = v - v === 0 ? v : null;
  }
  return out;
}
