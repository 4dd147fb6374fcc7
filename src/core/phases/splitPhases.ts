import { SpcError } from "../errors.ts";

/** A phase: subgroups `start…end`, inclusive. */
export interface PhaseRange {
  readonly start: number;
  readonly end: number;
}

/**
 * Splits N subgroups into phases: a new phase starts after the k-th subgroup
 * for each k in `breaks` (so `breaks: [24]` starts phase 2 at index 24).
 * Breaks must be integers, increasing, within 1 … N − 1.
 *
 * @throws {SpcError} `invalid_option` naming the first break out of order or range, and N
 * @example
 * splitPhases(36, [20]); // => [{ start: 0, end: 19 }, { start: 20, end: 35 }]
 */
export function splitPhases(length: number, breaks: readonly number[]): PhaseRange[] {
  const phases: PhaseRange[] = [];
  let start = 0;
  for (let k = 0; k < breaks.length; k++) {
    const at = breaks[k] as number;
    const lowest = k === 0 ? 1 : (breaks[k - 1] as number) + 1;
    if (!Number.isInteger(at) || at < lowest || at > length - 1) {
      throw new SpcError({
        code: "invalid_option",
        path: ["breaks", k],
        expected: { key: "breakIndex", lowest, subgroups: length, previous: k === 0 ? null : k - 1 },
        received: at,
      });
    }
    phases.push({ start, end: at - 1 });
    start = at;
  }
  phases.push({ start, end: length - 1 });
  return phases;
}
