import type { ChartResultJSON } from "../../core/types.ts";

/** The variation icon's meaning (the core's `assessment.variation`). */
export type Variation = "common" | "improvement" | "concern" | "change" | "untested";
/** Why the runs rules were not applied (`assessment.untested`). */
export type Untested = "unordered_x" | "mr_chart" | "no_runs_rules" | "no_useful_points";
/** The target icon's meaning (`assessment.assurance`). */
export type Assurance = "meets" | "inconsistent" | "fails" | "unassessed";
/** Why the target was not assessed (`assessment.assuranceReason`). */
export type AssuranceReason = "no_target" | "off_scale" | "no_improvement" | "no_limits" | "unstable" | "few_points";
/** Which way the signals of the last phase moved the process: the icon's letter H (higher), L (lower), or ± (both). */
export type Move = "higher" | "lower" | "both";

/** What the report shows of a result's assessment. @internal */
export interface Verdict {
  readonly message: string;
  readonly variation: Variation;
  readonly untested: Untested | null;
  readonly move: Move | null;
  readonly assurance: Assurance;
  readonly reason: AssuranceReason | null;
  readonly since: number | null;
  /**
   * The last phase is stable about its own centre line but, against the previous phase's, a sustained shift
   * (`assessment.comparison`): the icon shows the improvement or deterioration the sentence names (a change without
   * a direction when no improvement direction was given). `phase` is the previous phase, 1-based.
   */
  readonly shift: { readonly phase: number; readonly up: boolean } | null;
}

const variations: readonly Variation[] = ["common", "improvement", "concern", "change", "untested"];
const untestedReasons: readonly Untested[] = ["unordered_x", "mr_chart", "no_runs_rules", "no_useful_points"];
const assurances: readonly Assurance[] = ["meets", "inconsistent", "fails", "unassessed"];
const reasons: readonly AssuranceReason[] = ["no_target", "off_scale", "no_improvement", "no_limits", "unstable", "few_points"];

const oneOf = <T extends string>(value: unknown, allowed: readonly T[]): T | undefined => (allowed.includes(value as T) ? (value as T) : undefined);

/**
 * Reads the verdict on the last phase: the assessment's `variation`,
 * `assurance`, `assuranceReason`, `untested` and `since` where the result has
 * them (results of shewhart ≥ the words-and-verdicts release), otherwise
 * derived from `changed`, `direction` and `target` the same way: a change for
 * the better is an improvement, for the worse a concern, any other change (no
 * improvement direction, neutral, mixed) a change without a direction; a
 * target is "inconsistent" when it lies between the limits. The letter (H or
 * L) is the side the last phase's signals lie on.
 * @internal
 */
export function readVerdict(json: Omit<ChartResultJSON, "points">): Verdict {
  const a = json.assessment as ChartResultJSON["assessment"] & Record<string, unknown>;
  const last = json.phases[json.phases.length - 1];
  const untested = oneOf(a["untested"], untestedReasons) ?? null;
  const variation =
    oneOf(a["variation"], variations) ??
    (a.changed
      ? a.direction === "improvement"
        ? "improvement"
        : a.direction === "deterioration"
          ? "concern"
          : "change"
      : last !== undefined && last.longestRun === null && (last.lcl === null || last.ucl === null)
        ? "untested"
        : "common");
  let assurance = oneOf(a["assurance"], assurances);
  let reason = oneOf(a["assuranceReason"], reasons) ?? null;
  if (assurance === undefined) {
    assurance = a.target === "meets" ? "meets" : a.target === "straddles" ? "inconsistent" : a.target === "fails" ? "fails" : "unassessed";
    if (assurance === "unassessed") {
      reason = json.target === null ? "no_target" : json.improvement === null ? "no_improvement" : last === undefined || last.lcl === null || last.ucl === null ? "no_limits" : null;
    }
  }
  const since = typeof a["since"] === "number" && Number.isInteger(a["since"]) ? (a["since"] as number) : null;
  const reasonOf = assurance === "unassessed" ? reason : null;
  // Split at a change, the new phase has no signal of its own: the sentence reads the move against the previous
  // phase's centre line, and the icon must say the same, not "common cause variation only" beside "an improvement".
  const shift = variation === "common" ? shiftOf(a["comparison"]) : null;
  if (shift !== null) {
    const shifted = shift.direction === "improvement" ? "improvement" : shift.direction === "deterioration" ? "concern" : "change";
    return { message: a.message, variation: shifted, untested: null, move: shift.up ? "higher" : "lower", assurance, reason: reasonOf, since, shift: { phase: shift.phase + 1, up: shift.up } };
  }
  return { message: a.message, variation, untested: variation === "untested" ? untested : null, move: moveOf(json, variation), assurance, reason: reasonOf, since, shift: null };
}

/** The comparison of the last phase with the one before, when it is a sustained shift (`direction` null without `improvement`); else null. */
function shiftOf(value: unknown): { phase: number; up: boolean; direction: "improvement" | "deterioration" | null } | null {
  if (typeof value !== "object" || value === null) return null;
  const c = value as Record<string, unknown>;
  const direction = c["direction"];
  if (c["shifted"] !== true || (direction !== "improvement" && direction !== "deterioration" && direction !== null)) return null;
  if (typeof c["phase"] !== "number" || !Number.isInteger(c["phase"]) || typeof c["up"] !== "boolean") return null;
  return { phase: c["phase"], up: c["up"], direction };
}

/** The side the process moved to: from the improvement direction for improvement and concern, from the signals' sides for a change without a direction. */
function moveOf(json: Omit<ChartResultJSON, "points">, variation: Variation): Move | null {
  if ((variation === "improvement" || variation === "concern") && json.improvement !== null) {
    return (variation === "improvement") === (json.improvement === "up") ? "higher" : "lower";
  }
  if (variation === "common" || variation === "untested") return null;
  const phase = json.phases[json.phases.length - 1]?.phase;
  let up = false;
  let down = false;
  for (const signal of json.signals) {
    if (signal.phase !== phase) continue;
    if (signal.side === "above" || signal.side === "increasing") up = true;
    if (signal.side === "below" || signal.side === "decreasing") down = true;
  }
  return up && down ? "both" : up ? "higher" : down ? "lower" : null;
}
