import { floorToPeriod } from "../prepare/floorToPeriod.ts";
import type { Period, SpcWarning } from "../types.ts";
import type { Words } from "../words/words.ts";

const weekMs = 7 * 86_400_000;

/** Gaps listed in the message; the warning's `indices` hold them all. */
const listed = 5;

/**
 * Periods of a weekly, monthly, quarterly or yearly series that have no
 * subgroup — a week with no row, or a date typed wrong (week 47 of 2108 in a
 * 2018 series leaves some 4,700 weeks empty). The chart draws its line across
 * them, so they are reported (`missing_periods`), with each gap's subgroups
 * before and after; `indices` are the subgroups that follow a gap. Daily
 * series are left alone: days without a row (weekends) are the rule there.
 * One pass over the sorted keys. @internal
 */
export function periodGaps(keys: Float64Array, period: Period | null, words: Words, subgroup: (i: number) => string): SpcWarning[] {
  if (period === null || period === "day" || keys.length < 2) return [];
  const after: number[] = [];
  let missing = 0;
  let previous = periodIndex(keys[0] as number, period);
  for (let i = 1; i < keys.length; i++) {
    const current = periodIndex(keys[i] as number, period);
    const skipped = current - previous - 1;
    if (skipped > 0) {
      after.push(i);
      missing += skipped;
    }
    previous = current;
  }
  if (after.length === 0) return [];
  const gaps = after.slice(0, listed).map((i) => [subgroup(i - 1), subgroup(i)] as const);
  return [{ code: "missing_periods", message: words.warnings.missingPeriods(missing, period, gaps, after.length > listed), indices: after }];
}

/** A period's place on a scale of whole periods (consecutive periods differ by 1). */
function periodIndex(time: number, period: Exclude<Period, "day">): number {
  if (period === "week") return Math.round(floorToPeriod(time, "week") / weekMs);
  const date = new Date(time);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth();
  return period === "month" ? year * 12 + month : period === "quarter" ? year * 4 + Math.floor(month / 3) : year;
}
