import type { SpcWarning } from "../types.ts";
import type { Words } from "../words/words.ts";

/**
 * Subgroups that have values but no plotted value, explained as `missing_values`
 * warnings (before issue 13 they became gaps without a word): a standard
 * deviation of a single row (S charts, `aggregate: "sd"`), and a sum, mean or
 * ratio too large for a number. Subgroups without values, and denominators that
 * sum to 0, are reported elsewhere (`missing_values`, `zero_denominator`).
 *
 * @param plotted - the subgroup column the chart plots, before `multiply` (NaN = no value)
 * @param counts - complete rows per subgroup
 * @param nSum - summed denominators, or null
 * @param spread - the plotted value is a standard deviation
 * @param words - the language of the messages
 * @param describe - how a list of subgroups is named in a message
 * @internal
 */
export function gapWarnings(plotted: Float64Array, counts: () => Uint32Array, nSum: Float64Array | null, spread: boolean, words: Words, describe: (indices: readonly number[]) => string): SpcWarning[] {
  let any = false;
  for (let i = 0; i < plotted.length; i++) {
    if (plotted[i] !== plotted[i]) {
      any = true;
      break;
    }
  }
  if (!any) return [];
  const count = counts();
  const single: number[] = [];
  const tooLarge: number[] = [];
  for (let i = 0; i < plotted.length; i++) {
    if (plotted[i] === plotted[i] || count[i] === 0 || (nSum !== null && nSum[i] === 0)) continue;
    if (spread && count[i] === 1) single.push(i);
    else tooLarge.push(i);
  }
  const warnings: SpcWarning[] = [];
  if (single.length > 0) {
    warnings.push({
      code: "missing_values",
      message: words.warnings.singleValue(single.length, describe(single)),
      indices: single,
    });
  }
  if (tooLarge.length > 0) {
    warnings.push({
      code: "missing_values",
      message: words.warnings.tooLarge(tooLarge.length, describe(tooLarge)),
      indices: tooLarge,
    });
  }
  return warnings;
}

/** Subgroups whose denominators sum to a true 0 (a ratio that overflowed is not one). @internal */
export function trueZeroDenominators(indices: readonly number[], nSum: Float64Array | null): readonly number[] {
  return nSum === null ? indices : indices.filter((i) => nSum[i] === 0);
}
