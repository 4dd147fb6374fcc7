import { SpcError } from "../errors.ts";
import type { SpcWarning } from "../types.ts";
import type { Words } from "../words/words.ts";
import type { PhaseRange } from "./splitPhases.ts";

/** Fewer baseline subgroups than this draw a `baseline_too_short` warning. */
export const minimumBaseline = 10;

/** Where each phase's baseline ends, and the flags per subgroup. @internal */
export interface Baselines {
  readonly flags: Uint8Array;
  /** Last baseline subgroup of each phase (inclusive). */
  readonly ends: readonly number[];
  readonly warnings: readonly SpcWarning[];
}

/**
 * Marks the baseline of each phase: its first `freeze` subgroups, or the whole
 * phase. A number freezes the first phase; an array gives one length (or
 * `null`, no freeze) per phase. A baseline longer than its phase becomes the
 * whole phase, with a warning; one shorter than {@link minimumBaseline} subgroups
 * also warns (limits from few points are uncertain: Provost & Murray 2011, ch. 5,
 * recommend 20–25 subgroups for control limits, and the runs rules have little
 * power below 10 useful points, Anhøj & Olesen 2014).
 *
 * @throws {SpcError} `invalid_option` when an array does not have one entry per phase
 */
export function markBaseline(length: number, phases: readonly PhaseRange[], freeze: number | readonly (number | null)[] | undefined, words: Words): Baselines {
  const flags = new Uint8Array(length);
  const ends: number[] = [];
  const warnings: SpcWarning[] = [];
  if (Array.isArray(freeze) && freeze.length !== phases.length) {
    throw new SpcError({
      code: "invalid_option",
      path: ["freeze"],
      detail: { key: "freezeEntries", phases: phases.length, received: freeze.length },
    });
  }
  phases.forEach((phase, p) => {
    const size = phase.end - phase.start + 1;
    const wanted = freeze === undefined ? null : typeof freeze === "number" ? (p === 0 ? freeze : null) : (freeze[p] ?? null);
    let baseline = size;
    if (wanted !== null) {
      if (wanted > size) {
        warnings.push({
          code: "baseline_exceeds_phase",
          phase: p,
          message: words.warnings.baselineExceedsPhase(p + 1, wanted, size),
        });
      } else {
        baseline = wanted;
        if (wanted < minimumBaseline) {
          warnings.push({
            code: "baseline_too_short",
            phase: p,
            message: words.warnings.baselineTooShort(p + 1, wanted, minimumBaseline),
          });
        }
      }
    }
    flags.fill(1, phase.start, phase.start + baseline);
    ends.push(phase.start + baseline - 1);
  });
  return { flags, ends, warnings };
}
