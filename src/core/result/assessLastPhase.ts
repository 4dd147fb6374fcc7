import type { Assessment, Improvement, PhaseSummary } from "../types.ts";

/**
 * The plain verdict on the last phase: has the process changed (any signal),
 * which way (from the signals' directions), and can it be expected to meet the
 * target. A process whose limits both lie on the good side of the target will
 * meet it at nearly every point; one whose limits straddle the target will meet
 * it only sometimes; one whose limits both lie on the bad side will not meet it
 * without a change to the process (Provost & Murray 2011, ch. 5, on capability).
 * @internal
 */
export function assessLastPhase(
  phases: readonly PhaseSummary[],
  hasSignal: boolean,
  target: number | null,
  improvement: Improvement | null,
  since: number | null,
  xLabel: (index: number) => string,
): Assessment {
  const last = phases[phases.length - 1] as PhaseSummary;
  const where = phases.length === 1 ? "The process" : `The last phase (phase ${last.phase + 1})`;
  const moved = hasSignal && since !== null && (last.direction === "improvement" || last.direction === "deterioration") && improvement !== null;
  let message = moved
    ? `${where} moved ${(last.direction === "improvement") === (improvement === "up") ? "up" : "down"} from ${xLabel(since)}: ${describe(last.direction as "improvement")}.`
    : hasSignal
      ? `${where} shows non-random variation${last.direction === null ? "" : `: ${describe(last.direction)}`}.`
      : `${where} shows only random variation.`;
  if (last.excludedSigmaSignals > 0) {
    const n = last.excludedSigmaSignals;
    message += ` ${n} excluded point${n === 1 ? " lies" : "s lie"} outside the limits and ${n === 1 ? "is" : "are"} not counted as a change.`;
  }
  let verdict: Assessment["target"] = null;
  if (target !== null && improvement !== null && last.lcl !== null && last.ucl !== null) {
    const good = improvement === "up" ? last.lcl >= target : last.ucl <= target;
    const bad = improvement === "up" ? last.ucl < target : last.lcl > target;
    verdict = good ? "meets" : bad ? "fails" : "straddles";
    message += {
      meets: ` Its limits lie on the good side of the target ${target}: it can be expected to meet it.`,
      straddles: ` The target ${target} lies between its limits: it will meet it only some of the time.`,
      fails: ` Its limits lie on the wrong side of the target ${target}: it will not meet it without a change.`,
    }[verdict];
  }
  return { phase: last.phase, changed: hasSignal, direction: hasSignal ? last.direction : null, target: verdict, since: moved ? since : null, message };
}

function describe(direction: NonNullable<PhaseSummary["direction"]>): string {
  return { improvement: "an improvement", deterioration: "a deterioration", neutral: "a change with no clear direction", mixed: "signals of both improvement and deterioration" }[direction];
}
