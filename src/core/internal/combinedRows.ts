import type { Subgroups } from "../prepare/subgroups.ts";
import type { SpcWarning } from "../types.ts";
import type { Words } from "../words/words.ts";

/** Subgroups listed in the message; the warning's `indices` hold them all. */
const listed = 5;

/**
 * Subgroups that combine several rows in a series where most subgroups are a
 * single row: a duplicated row of a weekly export, or two units pooled because
 * the group column was left out. The rows are combined into one point (summed,
 * or as `aggregate` says) — what the user asked for when each subgroup holds
 * several rows (patients, samples), a silent change of the data when they are
 * the exception — so they are named (`rows_combined`). With `averaged` (a run,
 * I or MR chart without a denominator whose rows are averaged by default), a
 * series where most subgroups hold several rows is named too: its points are
 * means, not the single values such a chart is read as (Provost & Murray 2011,
 * ch. 5: several measurements per subgroup are an Xbar chart's). One pass over
 * the counts, and none when every row is its own subgroup. @internal
 */
export function combinedRows(groups: Subgroups, rows: number, words: Words, subgroup: (i: number) => string, averaged = false): SpcWarning[] {
  if (groups.length === rows) return [];
  const count = groups.count();
  const combined: number[] = [];
  let single = 0;
  let most = 0;
  for (let i = 0; i < count.length; i++) {
    const c = count[i] as number;
    if (c === 1) single++;
    else if (c > 1) {
      combined.push(i);
      if (c > most) most = c;
    }
  }
  if (combined.length === 0) return [];
  if (single > combined.length) {
    const where = combined.slice(0, listed).map((i) => [subgroup(i), count[i] as number] as const);
    return [{ code: "rows_combined", message: words.warnings.rowsCombined(combined.length, where, combined.length > listed), indices: combined }];
  }
  // Most subgroups hold several rows: meant so for samples and patient-level counts, but a chart of single values
  // (run, I, MR without a denominator) that averages them by default shows means, not the values it was given.
  if (!averaged) return [];
  return [{ code: "rows_combined", message: words.warnings.rowsAveraged(rows, groups.length, most), indices: combined }];
}
