import type { ChartResultJSON } from "../../core/types.ts";

/** The variation icon's meaning (the core's `assessment.variation`). */
export type Variation = "common" | "improvement" | "concern" | "change" | "untested";
/** Why the runs rules were not applied (`assessment.untested`). */
export type Untested = "unordered_x" | "mr_chart" | "no_runs_rules" | "no_useful_points";
/** The target icon's meaning (`assessment.assurance`). */
export type Assurance = "meets" | "inconsistent" | "fails" | "unassessed";
/** Why the target was not assessed (`assessment.assuranceReason`). */
export type AssuranceReason = "no_target" | "no_improvement" | "no_limits" | "unstable";
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
}

const variations: readonly Variation[] = ["common", "improvement", "concern", "change", "untested"];
const untestedReasons: readonly Untested[] = ["unordered_x", "mr_chart", "no_runs_rules", "no_useful_points"];
const assurances: readonly Assurance[] = ["meets", "inconsistent", "fails", "unassessed"];
const reasons: readonly AssuranceReason[] = ["no_target", "no_improvement", "no_limits", "unstable"];

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
export function readVerdict(json: ChartResultJSON): Verdict {
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
  return { message: a.message, variation, untested: variation === "untested" ? untested : null, move: moveOf(json, variation), assurance, reason: assurance === "unassessed" ? reason : null, since };
}

/** The side the process moved to: from the improvement direction for improvement and concern, from the signals' sides for a change without a direction. */
function moveOf(json: ChartResultJSON, variation: Variation): Move | null {
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
