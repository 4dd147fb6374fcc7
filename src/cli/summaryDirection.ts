import type { Assessment, PhaseDirection } from "../core/types.ts";

/**
 * The direction a summary row shows for a chart's last phase: the direction
 * of its own signals, or — when it has none, as a phase split off at a change
 * usually has none about its own centre line — the direction of its sustained
 * shift against the previous phase's centre line (`assessment.comparison`,
 * DESIGN.md §3), which the verdict words the same way ("… is a sustained shift
 * up: an improvement"). Nothing when the shift may be chance or without
 * `improvement`.
 */
export function summaryDirection(assessment: Pick<Assessment, "changed" | "direction" | "comparison">): PhaseDirection | null {
  if (assessment.changed) return assessment.direction;
  const comparison = assessment.comparison;
  return comparison !== null && comparison.shifted ? comparison.direction : null;
}
