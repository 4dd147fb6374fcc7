import { once } from "../internal/once.ts";
import type { ReadSeries } from "../internal/readSeries.ts";
import { median } from "../stats/median.ts";
import { Sum } from "../stats/sum.ts";
import type { Aggregate, XType } from "../types.ts";
import type { ParsedX } from "./parseX.ts";

/**
 * Rows combined into subgroups, ordered by x: the columns every chart works from.
 * Rows whose y (or, with denominators, y or n) is missing count as missing: they
 * add to no sum, and a subgroup with no complete row has a missing value.
 * @internal
 */
export interface Subgroups {
  readonly length: number;
  readonly xType: XType;
  /** Subgroup keys (numbers, or UTC midnights for dates); null for index and category x. */
  readonly keys: Float64Array | null;
  /** Category labels per subgroup; null unless categorical. */
  readonly labels: readonly string[] | null;
  /** Aggregated y, or Σy/Σn with denominators; NaN for missing (and for a zero denominator). */
  readonly value: Float64Array;
  /** Complete rows per subgroup; made when first asked for where each row is its own subgroup (then 1, or 0 where y is missing). */
  readonly count: () => Uint32Array;
  /** Σy over complete rows; NaN where there are none. */
  readonly ySum: Float64Array;
  /** Σn over complete rows (0 where there are none); null without denominators. */
  readonly nSum: Float64Array | null;
  /** Mean and sample standard deviation of y per subgroup (NaN below 1 and 2 rows); null unless asked for. */
  readonly yMean: Float64Array | null;
  readonly ySd: Float64Array | null;
  /** Subgroups whose denominator sums to 0 while y does not vanish, or whose Σy/Σn is 0/0. */
  readonly zeroDenominators: readonly number[];
  /** Subgroups without a complete row (count 0). */
  readonly missing: number;
}

/** Options of {@link buildSubgroups}. @internal */
export interface SubgroupOptions {
  readonly aggregate: Aggregate;
  /** Compute yMean and ySd (Xbar and S charts). */
  readonly moments: boolean;
}

/**
 * Groups rows that share an x into subgroups and aggregates them (DESIGN.md §2).
 * `y` belongs to the analysis: where each row is its own subgroup, its values
 * become the value column as they are.
 * Numbers and dates are ordered ascending, categories keep their first-appearance
 * order. When x is absent or already strictly increasing, each row is its own
 * subgroup and no sorting happens (one pass).
 * @internal
 */
export function buildSubgroups(series: ReadSeries, n: Float64Array | null, x: ParsedX, options: SubgroupOptions): Subgroups {
  const y = series.values;
  const rows = y.length;
  const grouping = groupRows(x, rows);
  const length = grouping === null ? rows : grouping.groups;
  // One row per subgroup without denominators: y is the value and the sum (the standard deviation of one row
  // is missing), and the count follows from y (1, or 0 where missing), so it is made on demand.
  const countOnDemand = grouping === null && n === null && !options.moments;
  // One row per subgroup with denominators: y and n (the analysis' own copies) become the sums, with a missing
  // y or n making both missing; the count follows from the sums and is made on demand too.
  const ratioRows = grouping === null && n !== null && !options.moments;
  const value = countOnDemand && options.aggregate !== "sd" ? y : new Float64Array(length);
  const count = new Uint32Array(countOnDemand || ratioRows ? 0 : length);
  const ySum = countOnDemand || ratioRows ? y : new Float64Array(length);
  const nSum = n === null ? null : ratioRows ? n : new Float64Array(length);
  const yMean = options.moments ? new Float64Array(length) : null;
  const ySd = options.moments ? new Float64Array(length) : null;
  const zeroDenominators: number[] = [];
  let missing = 0;

  if (countOnDemand) {
    missing = series.missing;
    if (value !== y) value.fill(Number.NaN);
  } else if (ratioRows) {
    const denominators = n as Float64Array;
    for (let i = 0; i < rows; i++) {
      const yi = y[i] as number;
      const ni = denominators[i] as number;
      if (!(yi === yi && ni === ni)) {
        missing++;
        y[i] = Number.NaN;
        denominators[i] = 0;
        value[i] = Number.NaN;
        continue;
      }
      const v = yi / ni;
      if (v - v !== 0) {
        zeroDenominators.push(i);
        value[i] = Number.NaN;
      } else value[i] = v;
    }
  } else if (grouping === null) {
    // One row per subgroup: a single pass, no sums to keep.
    for (let i = 0; i < rows; i++) {
      const yi = y[i] as number;
      const ni = n === null ? 1 : (n[i] as number);
      const complete = yi === yi && ni === ni;
      count[i] = complete ? 1 : 0;
      if (!complete) missing++;
      ySum[i] = complete ? yi : Number.NaN;
      if (nSum !== null) nSum[i] = complete ? ni : 0;
      let v = complete ? (n === null ? (options.aggregate === "sd" ? Number.NaN : yi) : yi / ni) : Number.NaN;
      if (complete && n !== null && !Number.isFinite(v)) {
        zeroDenominators.push(i);
        v = Number.NaN;
      }
      value[i] = v;
      if (yMean !== null && ySd !== null) {
        yMean[i] = complete ? yi : Number.NaN;
        ySd[i] = Number.NaN;
      }
    }
  } else {
    const { order, offsets } = grouping;
    const scratch = options.aggregate === "median" && n === null ? new Float64Array(maxGroupSize(offsets)) : null;
    for (let g = 0; g < length; g++) {
      const from = offsets[g] as number;
      const to = offsets[g + 1] as number;
      const sumY = new Sum();
      const sumN = new Sum();
      for (let k = from; k < to; k++) {
        const row = order[k] as number;
        const yi = y[row] as number;
        const ni = n === null ? 1 : (n[row] as number);
        if (yi !== yi || ni !== ni) continue;
        if (scratch !== null) scratch[sumY.count] = yi;
        sumY.add(yi);
        sumN.add(ni);
      }
      const c = sumY.count;
      count[g] = c;
      if (c === 0) missing++;
      ySum[g] = c === 0 ? Number.NaN : sumY.value();
      if (nSum !== null) nSum[g] = sumN.value();
      const mean = sumY.mean();
      let sd = Number.NaN;
      if ((ySd !== null || options.aggregate === "sd") && c > 1) {
        const squares = new Sum();
        for (let k = from; k < to; k++) {
          const row = order[k] as number;
          const yi = y[row] as number;
          const ni = n === null ? 1 : (n[row] as number);
          if (yi !== yi || ni !== ni) continue;
          squares.add((yi - mean) * (yi - mean));
        }
        sd = Math.sqrt(squares.value() / (c - 1));
      }
      if (yMean !== null && ySd !== null) {
        yMean[g] = mean;
        ySd[g] = sd;
      }
      let v: number;
      if (c === 0) v = Number.NaN;
      else if (n !== null) {
        v = sumY.value() / sumN.value();
        if (!Number.isFinite(v)) {
          zeroDenominators.push(g);
          v = Number.NaN;
        }
      } else if (options.aggregate === "mean") v = mean;
      else if (options.aggregate === "sum") v = sumY.value();
      else if (options.aggregate === "sd") v = sd;
      else v = median(scratch as Float64Array, c);
      value[g] = v;
    }
  }
  return {
    length,
    xType: x.type,
    keys: grouping === null ? x.keys : grouping.keys,
    labels: grouping === null ? (x.categories?.labels ?? null) : grouping.labels,
    value,
    count: countOnDemand || ratioRows ? once(() => presence(ySum)) : () => count,
    ySum,
    nSum,
    yMean,
    ySd,
    zeroDenominators,
    missing,
  };
}

interface Grouping {
  readonly groups: number;
  /** Row indices, grouped: rows of group g are order[offsets[g] … offsets[g + 1] − 1], in input order. */
  readonly order: Uint32Array;
  readonly offsets: Uint32Array;
  readonly keys: Float64Array | null;
  readonly labels: readonly string[] | null;
}

/**
 * The grouping of each reading of x that was grouped: a reading kept for an x array of strings (parseX) is grouped
 * once, not on every analysis of that array (sorting 100,000 unordered dates is most of the work of preparing them).
 * Groupings are only read, so that they can be shared.
 */
const groupings = new WeakMap<ParsedX, Grouping | null>();

/** Group ids per row, or null when every row is its own subgroup in input order. */
function groupRows(x: ParsedX, rows: number): Grouping | null {
  const before = groupings.get(x);
  if (before !== undefined) return before;
  const grouping = groupOnce(x, rows);
  groupings.set(x, grouping);
  return grouping;
}

function groupOnce(x: ParsedX, rows: number): Grouping | null {
  if (x.categories !== null) {
    const { ids, labels } = x.categories;
    if (labels.length === rows) return null; // all distinct: one row per subgroup, in input order
    return countingSort(ids, labels.length, null, labels);
  }
  const keys = x.keys;
  if (keys === null) return null;
  let increasing = true;
  let ascending = true; // non-decreasing: rows of one subgroup are next to each other, in order
  for (let i = 1; i < rows && ascending; i++) {
    const step = (keys[i] as number) - (keys[i - 1] as number);
    increasing &&= step > 0;
    ascending = step >= 0;
  }
  if (increasing) return null;
  if (ascending) return consecutiveGroups(keys, rows);
  // Rank the distinct keys ascending, then sort rows by rank (stable).
  const byKey = Array.from(identity(rows)).sort((a, b) => (keys[a] as number) - (keys[b] as number) || a - b);
  const ids = new Int32Array(rows);
  const distinct: number[] = [];
  for (const row of byKey) {
    const key = keys[row] as number;
    if (distinct.length === 0 || distinct[distinct.length - 1] !== key) distinct.push(key);
    ids[row] = distinct.length - 1;
  }
  return countingSort(ids, distinct.length, Float64Array.from(distinct), null);
}

/** Rows already ordered by x (non-decreasing keys): each run of equal keys is a subgroup, rows in input order. */
function consecutiveGroups(keys: Float64Array, rows: number): Grouping {
  let groups = rows === 0 ? 0 : 1;
  for (let i = 1; i < rows; i++) groups += +((keys[i] as number) !== (keys[i - 1] as number));
  const offsets = new Uint32Array(groups + 1);
  const distinct = new Float64Array(groups);
  let g = 0;
  for (let i = 0; i < rows; i++) {
    if (i === 0 || (keys[i] as number) !== (keys[i - 1] as number)) {
      offsets[g] = i;
      distinct[g++] = keys[i] as number;
    }
  }
  offsets[groups] = rows;
  return { groups, order: identity(rows), offsets, keys: distinct, labels: null };
}

function countingSort(ids: Int32Array, groups: number, keys: Float64Array | null, labels: readonly string[] | null): Grouping {
  const offsets = new Uint32Array(groups + 1);
  for (let i = 0; i < ids.length; i++) {
    const slot = (ids[i] as number) + 1;
    offsets[slot] = (offsets[slot] as number) + 1;
  }
  for (let g = 0; g < groups; g++) offsets[g + 1] = (offsets[g + 1] as number) + (offsets[g] as number);
  const next = offsets.slice(0, groups);
  const order = new Uint32Array(ids.length);
  for (let i = 0; i < ids.length; i++) {
    const g = ids[i] as number;
    order[next[g] as number] = i;
    next[g] = (next[g] as number) + 1;
  }
  return { groups, order, offsets, keys, labels };
}

function identity(length: number): Uint32Array {
  const out = new Uint32Array(length);
  for (let i = 0; i < length; i++) out[i] = i;
  return out;
}

function maxGroupSize(offsets: Uint32Array): number {
  let max = 0;
  for (let g = 1; g < offsets.length; g++) max = Math.max(max, (offsets[g] as number) - (offsets[g - 1] as number));
  return max;
}

/** 1 where a value is present, 0 where it is missing (NaN). */
function presence(values: Float64Array): Uint32Array {
  const out = new Uint32Array(values.length);
  for (let i = 0; i < values.length; i++) out[i] = +(values[i] === values[i]);
  return out;
}
