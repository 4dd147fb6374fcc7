import type { Subgroups } from "../prepare/subgroups.ts";
import { once } from "./once.ts";
import type { PreparedSeries } from "./prepareSeries.ts";

/**
 * Subgroups `start…end` of a prepared series as a series of their own, sharing
 * the columns (typed-array views, no copy): what `autoPhase` computes a new
 * last phase from, in time proportional to its length. Indices of the slice
 * count from `start`. Warnings and the list of zero denominators are left out:
 * they belong to the whole series.
 * @internal
 */
export function sliceSeries(prepared: PreparedSeries, start: number, end: number): PreparedSeries {
  const { groups } = prepared;
  const to = end + 1;
  const view = (column: Float64Array | null): Float64Array | null => (column === null ? null : column.subarray(start, to));
  const sliced: Subgroups = {
    length: to - start,
    xType: groups.xType,
    keys: view(groups.keys),
    labels: groups.labels === null ? null : groups.labels.slice(start, to),
    value: groups.value.subarray(start, to),
    count: once(() => groups.count().subarray(start, to)),
    ySum: groups.ySum.subarray(start, to),
    nSum: view(groups.nSum),
    yMean: view(groups.yMean),
    ySd: view(groups.ySd),
    zeroDenominators: [],
    missing: 0,
  };
  return { ...prepared, groups: sliced, included: prepared.included.subarray(start, to), warnings: [] };
}
