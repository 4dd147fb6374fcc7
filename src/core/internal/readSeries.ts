import type { ValueKind } from "../charts/chartDefinitions.ts";
import { SpcError } from "../errors.ts";
import type { SeriesInput } from "../schema/chartSpec.ts";
import type { ChartType } from "../types.ts";

const kindWords: Readonly<Record<ValueKind, string>> = {
  any: "a finite number",
  count: "a count (an integer >= 0)",
  nonNegative: "a non-negative number",
  positive: "a number > 0",
};

/**
 * Reads `y` or `n` into a `Float64Array` (NaN = missing) in one plain loop,
 * checking every element: in an array, a finite number or `null`; in a
 * `Float64Array`, a finite number or NaN. `kind` adds the chart's own demand
 * (counts, non-negative, positive). A `Float64Array` is used as it is, not copied.
 * @internal
 */
export function readSeries(name: "y" | "n", input: SeriesInput, kind: ValueKind, chart: ChartType): Float64Array {
  const typed = input instanceof Float64Array;
  const out = typed ? input : new Float64Array(input.length);
  const where = kind === "any" ? "" : ` in ${article(chart)} ${chart} chart`;
  for (let i = 0; i < input.length; i++) {
    const raw: unknown = input[i];
    let v: number;
    if (typed) {
      v = raw as number;
      if (v !== v) continue;
    } else if (raw === null) {
      out[i] = Number.NaN;
      continue;
    } else if (typeof raw === "number") {
      v = raw;
    } else {
      throw new SpcError({ code: "invalid_input", path: [name, i], expected: `${kindWords[kind]} or null${where}`, received: raw });
    }
    if (!Number.isFinite(v) || !fits(v, kind)) {
      const missing = typed ? "NaN (missing)" : "null";
      throw new SpcError({ code: "invalid_input", path: [name, i], expected: `${kindWords[kind]} or ${missing}${where}`, received: v });
    }
    if (!typed) out[i] = v;
  }
  return out;
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

/** "an" before chart names read with a vowel sound (I, MR, S, Xbar, I′), "a" before the rest. @internal */
export function article(chart: ChartType): string {
  return chart === "i" || chart === "mr" || chart === "s" || chart === "ip" || chart === "xbar" ? "an" : "a";
}
