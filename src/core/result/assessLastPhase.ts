import type { Assessment, AssuranceReason, Improvement, PhaseComparison, PhaseDirection, PhaseSummary, Signal, Untested, Variation } from "../types.ts";
import { fewUseful } from "../rules/applyRules.ts";
import { plainNumber } from "../words/plainNumber.ts";
import type { EarlierSignals, TargetContext, Words } from "../words/words.ts";

/** Inputs of {@link assessLastPhase}. @internal */
export interface AssessmentInput {
  readonly phases: readonly PhaseSummary[];
  /** Every signal of the result (the last phase's are picked out). */
  readonly signals: readonly Signal[];
  readonly target: number | null;
  readonly improvement: Improvement | null;
  /** The first subgroup of the last phase's move, when its direction was read in time. */
  readonly since: number | null;
  /** Why the runs rules were not applied to the last phase, or null. */
  readonly untested: Untested | null;
  /** The chart draws control limits. */
  readonly limits: boolean;
  readonly words: Words;
  /** The last phase against the one before it (`comparePhases`), or null. */
  readonly comparison: PhaseComparison | null;
  /** Subgroup i as a sentence names it ("week 13, 2020"). */
  readonly subgroup: (index: number) => string;
  /** The top of a proportion chart's scale (`multiply`: 1 for proportions, 100 for percent); null for other charts. */
  readonly scale: number | null;
}

/** At most this many earlier phases with signals are named in the message. */
const earlierNamed = 3;


/** A target outside a proportion chart's scale, 0 to `scale` (85 on a chart of proportions 0–1). @internal */
export function offScale(target: number, scale: number | null): boolean {
  return scale !== null && !(target >= 0 && target <= scale);
}

/** What the words of an unassessed target say of it, formatted in the language's way. @internal */
export function targetContext(target: number, scale: number | null, last: Pick<PhaseSummary, "phase" | "useful">, phases: number, words: Words): TargetContext {
  const format = (v: number): string => plainNumber(v, words);
  return {
    target: format(target),
    top: format(scale ?? 1),
    // 85 on a chart of proportions was meant as percent: 0.85, or the chart in percent.
    proportion: scale === 1 && target > 1 && target <= 100 ? format(target / 100) : null,
    phase: phases === 1 ? null : last.phase + 1,
    useful: last.useful,
    minimum: fewUseful,
  };
}

/**
 * The plain verdict on the last phase: has the process changed (any signal of
 * an included point: an excluded point is never evidence), which way (read in
 * time, `readDirection`), and — only for a stable process — can it be expected
 * to meet the target.
 *
 * Capability is judged only when no included point of the last phase signals by
 * any rule of the rule set: the limits then describe the process. A process
 * whose limits both lie on the good side of the target will meet it at nearly
 * every point; one whose limits straddle it only sometimes; one whose limits
 * both lie on the bad side not without a change to the process (Provost &
 * Murray 2011, *The Health Care Data Guide*, ch. 5 and 8: capability is
 * assessed for a stable process). After a signal the limits describe a process
 * that has since changed: the target is then left unassessed (`unstable`), and
 * the message says to start a new phase at the change. Nor is it assessed when
 * the last phase has fewer than 10 useful points (`few_points`: too few for the
 * runs rules to show it is stable), or when a proportion chart's target lies
 * outside its scale, 0 to `multiply` (`off_scale`: 85 on a chart of
 * proportions can never be met or missed; it was meant as 0.85 or in percent).
 * @internal
 */
export function assessLastPhase(input: AssessmentInput): Assessment {
  const { phases, words, target, improvement, untested } = input;
  const last = phases[phases.length - 1] as PhaseSummary;
  const evidence = input.signals.filter((s) => s.phase === last.phase && !s.excluded);
  const changed = evidence.length > 0;
  const direction = changed ? last.direction : null;
  const variation: Variation = changed
    ? direction === "improvement"
      ? "improvement"
      : direction === "deterioration"
        ? "concern"
        : "change"
    : untested !== null
      ? "untested"
      : "common";

  const subject = words.subject(phases.length === 1 ? null : last.phase + 1);
  const since = changed && input.since !== null && improvement !== null && (direction === "improvement" || direction === "deterioration") ? input.since : null;
  const sentences: string[] = [];
  if (untested !== null) {
    sentences.push(words.runsNotTested(subject, untested));
    // Points outside the control limits; a run chart has none (its astronomical points are another rule's signals).
    const outside = evidence.filter((s) => s.rule === "sigma").length;
    // Without runs rules, a trend, two-of-three, hugging or astronomical rule may still signal: said, never dropped.
    const patterns = evidence.length - outside;
    if (input.limits || outside > 0) sentences.push(words.outsideLimits(outside, outside > 0 && patterns === 0 ? direction : null));
    if (patterns > 0) sentences.push(words.nonRandom(subject, direction));
  } else if (since !== null) {
    const up = (direction === "improvement") === (improvement === "up");
    sentences.push(words.moved(subject, up, input.subgroup(since), direction as "improvement" | "deterioration"));
  } else {
    sentences.push(changed ? words.nonRandom(subject, direction, signalPlace(evidence, direction, input.subgroup, words)) : words.common(subject));
  }
  // "The process shows only random variation; few points: little power to detect a change (8 useful points)."
  if (untested === null && last.useful > 0 && last.useful < fewUseful) sentences[0] = `${(sentences[0] as string).slice(0, -1)}; ${words.fewPoints(last.useful)}.`;
  if (last.excludedSigmaSignals > 0) sentences.push(words.excludedOutside(last.excludedSigmaSignals));
  // Split at a change, the new phase is stable about its own centre line: whether the change moved the process is
  // read against the previous phase's centre line. A last phase with signals of its own is worded by them alone (a
  // second direction in the same message would contradict it); the comparison stays in the field.
  const comparison = untested === null ? input.comparison : null;
  if (comparison !== null && !changed) {
    const [before, after] = levelTexts(comparison.previousCl, comparison.cl, input.scale, words);
    sentences.push(words.compared(comparison.phase + 1, last.phase + 1, before, after, comparison.up, comparison.shifted, comparison.direction));
  }
  // Signals of included points in earlier phases (a point outside the frozen limits of the baseline, a run), briefly:
  // the verdict is on the last phase, but an unstable earlier phase is a weaker reference and the team should know.
  // The latest few, with a count of the rest: automatic phases can make thousands.
  const earlier = earlierSignals(phases, input.signals, last.phase);
  if (earlier.length > 0) sentences.push(words.earlier(earlier.slice(-earlierNamed), Math.max(0, earlier.length - earlierNamed)));

  // A target off the chart's scale is wrong whatever the process does: said first. A last phase too short to show it
  // is stable (fewer useful points than the runs rules need) says nothing yet about where it will fall.
  const reason: AssuranceReason | null =
    target === null
      ? "no_target"
      : offScale(target, input.scale)
        ? "off_scale"
        : improvement === null
          ? "no_improvement"
          : last.lcl === null || last.ucl === null
            ? "no_limits"
            : changed
              ? "unstable"
              : last.useful < fewUseful
                ? "few_points"
                : null;
  let verdict: Assessment["target"] = null;
  // A proportion chart's target in percent, as the chart prints it ("the target 85 %"); a target off its scale as typed.
  const shown = target === null ? "" : input.scale !== null && !offScale(target, input.scale) ? percentText(target / input.scale, words) : plainNumber(target, words);
  if (reason === null && target !== null && last.lcl !== null && last.ucl !== null) {
    const good = improvement === "up" ? last.lcl >= target : last.ucl <= target;
    const bad = improvement === "up" ? last.ucl < target : last.lcl > target;
    verdict = good ? "meets" : bad ? "fails" : "straddles";
    sentences.push(words.target(verdict, shown));
  } else if (reason === "unstable") {
    // Only points outside the limits (no run, trend or other pattern): special causes to find, not a level to begin a phase at.
    sentences.push(words.targetUnstable(shown, evidence.every((s) => s.rule === "sigma" || s.rule === "astronomical")));
  } else if ((reason === "off_scale" || reason === "few_points") && target !== null) {
    sentences.push(words.targetNotAssessed(reason, targetContext(target, input.scale, last, phases.length, words)));
  }
  return {
    phase: last.phase,
    changed,
    direction,
    variation,
    untested,
    target: verdict,
    assurance: verdict === null ? "unassessed" : verdict === "straddles" ? "inconsistent" : verdict,
    assuranceReason: reason,
    since,
    comparison,
    message: sentences.join(" "),
  };
}

/**
 * The phases before the last with a signal of an included point: how many included points of each lie outside the
 * control limits (its summary's `sigmaSignals` less `excludedSigmaSignals`, so the sentence and `summary()` agree),
 * and whether any other rule of the rule set signals there.
 */
function earlierSignals(phases: readonly PhaseSummary[], signals: readonly Signal[], lastPhase: number): EarlierSignals[] {
  const other = new Set<number>();
  for (const signal of signals) if (!signal.excluded && signal.phase !== lastPhase && signal.rule !== "sigma") other.add(signal.phase);
  const out: EarlierSignals[] = [];
  for (const phase of phases) {
    if (phase.phase === lastPhase) continue;
    const outside = phase.sigmaSignals - phase.excludedSigmaSignals;
    if (outside > 0 || other.has(phase.phase)) out.push({ phase: phase.phase + 1, outside, other: other.has(phase.phase) });
  }
  return out;
}

/**
 * Where the signals of a direction read by side lie: up to three lone points by name ("week 27, 2018 and week 30,
 * 2018"), anything else from its first to its last subgroup. An excursion in the middle of the phase, worded
 * without a time, read as "getting worse now" (a user's trial); said, the team can look there. Undefined for a
 * direction without a side (neutral, mixed, none).
 */
function signalPlace(evidence: readonly Signal[], direction: PhaseDirection | null, subgroup: (index: number) => string, words: Words): string | undefined {
  if (direction !== "improvement" && direction !== "deterioration") return undefined;
  const own = evidence.filter((s) => s.direction === direction);
  if (own.length === 0) return undefined;
  if (own.length <= 3 && own.every((s) => s.indices.length === 1)) return words.atPoints([...new Set(own.map((s) => s.indices[0] as number))].sort((a, b) => a - b).map(subgroup));
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const s of own) {
    first = Math.min(first, s.indices[0] as number);
    last = Math.max(last, s.indices[s.indices.length - 1] as number);
  }
  return words.between(subgroup(first), subgroup(last));
}

/**
 * Two centre lines as a sentence compares them: to the same decimals, three significant digits of the larger
 * ("13.5" and "9.9", not "13.5" and "9.93"), and on a proportion chart in percent as the chart prints them
 * ("78.9 %" beside its centre line's label "Mean 78.9 %", whatever the scale).
 */
function levelTexts(a: number, b: number, scale: number | null, words: Words): [string, string] {
  const [x, y] = scale === null ? [a, b] : [(a / scale) * 100, (b / scale) * 100];
  const largest = Math.max(Math.abs(x), Math.abs(y));
  const decimals = largest === 0 || !Number.isFinite(largest) ? 0 : Math.min(10, Math.max(0, 2 - Math.floor(Math.log10(largest))));
  const format = new Intl.NumberFormat(words.intlLocale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals, useGrouping: false, ...(scale === null ? {} : { style: "percent" }) });
  return scale === null ? [format.format(x), format.format(y)] : [format.format(x / 100), format.format(y / 100)];
}

/** A proportion (0–1) in percent with every decimal it has, as a sentence gives a user's target back ("85 %", "92,5 %"). */
function percentText(proportion: number, words: Words): string {
  // Rounded to ten significant digits first: 0.925 × 100 is 92.50000000000001 in binary.
  return new Intl.NumberFormat(words.intlLocale, { style: "percent", maximumFractionDigits: 8, useGrouping: false }).format(Number((proportion * 100).toPrecision(10)) / 100);
}
