import { longestRunMax } from "../rules/anhoejThresholds.ts";
import { boxBounds } from "../rules/boxBounds.ts";
import type { RuleSet } from "../rules/ruleSets.ts";
import type { AutoBreak } from "../types.ts";

/**
 * The earliest sustained shift of subgroups `start…end` analysed as one phase,
 * as `applyRules` would list it: a run of useful points (included, not missing,
 * not on the centre line) on one side of the centre line longer than the Anhøj
 * (or box) limit for `useful` points — a `longestRun` — or than `shift − 1` — a
 * `shift`; of the runs that start at least `minLength` after `start` and leave
 * `minLength` subgroups from their first point to `end`, the first (a
 * `longestRun` before a `shift` of the same run, as the signals are listed).
 * Reads from the left only until that run ends.
 *
 * @param values - the plotted statistic on the raw scale
 * @param center - the centre line: one value, or one per subgroup
 * @param useful - useful points of `start…end`
 * @internal
 */
export function firstSustainedRun(
  values: Float64Array,
  center: number | Float64Array,
  included: Uint8Array,
  start: number,
  end: number,
  useful: number,
  ruleSet: RuleSet,
  minLength: number,
): AutoBreak | null {
  let anhoejLimit = Number.POSITIVE_INFINITY;
  if (ruleSet.anhoej !== false && useful > 0) {
    const box = ruleSet.anhoej === "anhoej" ? null : boxBounds(useful);
    anhoejLimit = box === null ? longestRunMax(useful) : box.lb;
  }
  const limit = Math.min(anhoejLimit, ruleSet.shift === false ? Number.POSITIVE_INFINITY : ruleSet.shift - 1);
  if (limit === Number.POSITIVE_INFINITY) return null;
  const constant = typeof center === "number";
  const sideOf = (i: number): number => {
    const v = values[i] as number;
    const c = constant ? center : (center[i] as number);
    const difference = v - c;
    return included[i] === 1 && difference !== 0 && difference === difference ? (v > c ? 1 : -1) : 0;
  };
  const latest = end - minLength + 1;
  let side = 0;
  let run = 0;
  let first = -1;
  let found = -1;
  for (let i = start; i <= end; i++) {
    const s = sideOf(i);
    if (s === 0) continue;
    if (s !== side) {
      if (found >= 0) break; // the qualifying run has ended
      if (i > latest) return null; // this run and every later one start too late
      side = s;
      run = 0;
      first = i;
    }
    run++;
    if (found < 0 && run > limit && first - start >= minLength) found = first;
  }
  if (found < 0) return null;
  const indices: number[] = [];
  for (let i = found; i <= end; i++) {
    const s = sideOf(i);
    if (s === 0) continue;
    if (s !== side) break;
    indices.push(i);
  }
  return { index: found, rule: run > anhoejLimit ? "longestRun" : "shift", indices };
}

/** Useful points of `start…end`: included, not missing, not on the centre line. @internal */
export function countUseful(values: Float64Array, center: number | Float64Array, included: Uint8Array, start: number, end: number): number {
  let useful = 0;
  for (let i = start; i <= end; i++) {
    const difference = (values[i] as number) - (typeof center === "number" ? center : (center[i] as number));
    if (included[i] === 1 && difference !== 0 && difference === difference) useful++;
  }
  return useful;
}
