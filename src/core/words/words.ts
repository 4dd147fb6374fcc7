import type { ErrorWords } from "./errorPhrase.ts";
import type { SpecTerms } from "./specTerms.ts";
import type { Aggregate, Assurance, AssuranceReason, ChartType, PhaseDirection, Untested, Variation } from "../types.ts";

/** The direction of a move or a signal that has one. */
export type Meaning = "improvement" | "deterioration";

/** A phase before the last that signals: included points outside the control limits, and whether another rule signals. */
export interface EarlierSignals {
  /** 1-based. */
  readonly phase: number;
  /** Included points outside the control limits (`sigmaSignals` less `excludedSigmaSignals`). */
  readonly outside: number;
  /** Another rule of the rule set (runs, shift, trend, …) signals in the phase. */
  readonly other: boolean;
}

/** What the words of a target left unassessed say of it (numbers formatted in the language's way). */
export interface TargetContext {
  /** The target as given. */
  readonly target: string;
  /** The top of a proportion chart's scale (`multiply`: "1", "100"). */
  readonly top: string;
  /** The target read as percent (target / 100) when the chart shows proportions 0–1 and the target lies in (1, 100]; else null. */
  readonly proportion: string | null;
  /** The last phase (1-based) when there are several; null for one phase. */
  readonly phase: number | null;
  /** Useful points of the last phase, and the fewest that judge a target. */
  readonly useful: number;
  readonly minimum: number;
}

/**
 * Every sentence the core writes (the assessment's message and each warning's
 * message), in one language. One table per language (`en`, `da`), so a third
 * language is a new table. Numbers reach these functions already formatted in
 * the language's way (`number`), and x values as text (`point`, `week`, …).
 */
export interface Words {
  /** The BCP 47 tag `Intl` formats numbers and dates with ("en-GB", "da-DK"). */
  readonly intlLocale: string;

  /** The icon names of the verdict, for tables and legends. */
  readonly variation: Readonly<Record<Variation, string>>;
  /** The icon names of the target verdict. */
  readonly assurance: Readonly<Record<Assurance, string>>;

  /** "The process" (one phase) or "The last phase (phase 2)". */
  subject(phase: number | null): string;
  /** What a phase's signals mean together ("an improvement", …). */
  direction(direction: PhaseDirection): string;
  /** "{subject} shows only random variation." */
  common(subject: string): string;
  /** "{subject} shows non-random variation[: {meaning}][ ({where})]."; `where`: where the direction's signals lie ({@link Words.between} or {@link Words.atPoints}). */
  nonRandom(subject: string, direction: PhaseDirection | null, where?: string): string;
  /** From one subgroup to another: "week 4, 2024 to week 13, 2024". */
  between(first: string, last: string): string;
  /** A few single points: "week 27, 2018 and week 30, 2018". */
  atPoints(points: readonly string[]): string;
  /** "{subject} moved down from {since}: an improvement." */
  moved(subject: string, up: boolean, since: string, direction: Meaning): string;
  /** "{subject}: runs not tested: {reason}." */
  runsNotTested(subject: string, reason: Untested): string;
  /** How many included points lie outside the limits, and what they mean. */
  outsideLimits(count: number, direction: PhaseDirection | null): string;
  /** Under 10 useful points, joined to the verdict's sentence: "few points: little power to detect a change (8 useful points)". */
  fewPoints(useful: number): string;
  /** Excluded points outside the limits, not counted. */
  excludedOutside(count: number): string;
  /**
   * Signals in phases before the last, briefly (phases 1-based): "Earlier phases: phase 1 had 1 point outside the
   * control limits; phase 2 showed non-random variation." `before`: how many more earlier phases signal, before these.
   */
  earlier(phases: readonly EarlierSignals[], before: number): string;
  /** The target sentence when it is assessed. */
  target(verdict: "meets" | "straddles" | "fails", target: string): string;
  /**
   * The target sentence when the last phase changed: why it is not assessed and what to do. `points`: the last phase
   * signals only by points outside the limits (special causes to find, no new level to start a phase at).
   */
  targetUnstable(target: string, points: boolean): string;
  /**
   * The target sentence for `off_scale` ("The target 85 is not assessed: it is outside the chart's scale 0–1; give it
   * as 0.85, or use multiply 100 for percent.") and `few_points` (too few points in the last phase to judge it).
   */
  targetNotAssessed(reason: "off_scale" | "few_points", context: TargetContext): string;

  /**
   * The last phase against the one before it (phases 1-based, centre lines formatted): "Against the centre line of
   * phase 1 (80.2), phase 2 (93.3) is a sustained shift up: an improvement." or, without a shift, that the
   * difference may be chance.
   */
  compared(previous: number, last: number, previousCl: string, cl: string, up: boolean, shifted: boolean, direction: Meaning | null): string;

  /** x in a sentence: a 1-based position, an ISO week, a quarter. Months and days come from `Intl`. */
  point(position: number): string;
  week(week: number, year: number): string;
  quarter(quarter: number, year: number): string;

  /** The reasons of errors (`reasonText`); English is `SpcError.reason`. */
  readonly errors: ErrorWords;

  /** Warnings, one per code. `phases` are 1-based. */
  readonly warnings: {
    missingValues(count: number, where: string): string;
    zeroDenominator(count: number, where: string): string;
    /** Subgroups of one row whose plotted value is a standard deviation. */
    singleValue(count: number, where: string): string;
    /** Subgroups whose sum, mean or ratio is too large for a number. */
    tooLarge(count: number, where: string): string;
    /** Periods with no subgroup, in all; `gaps`: the subgroups before and after each of the first gaps. */
    missingPeriods(count: number, period: "week" | "month" | "quarter" | "year", gaps: readonly (readonly [string, string])[], more: boolean): string;
    /** Subgroups of several rows where most are one row; `where`: the first of them with their numbers of rows. */
    rowsCombined(count: number, where: readonly (readonly [string, number])[], more: boolean): string;
    /** `rows` rows made `points` points, each the mean of its subgroup's rows (at most `most` of them). */
    rowsAveraged(rows: number, points: number, most: number): string;
    /** "indices 3, 4, …" */
    indices(indices: readonly number[], more: boolean): string;
    baselineExceedsPhase(phase: number, wanted: number, size: number): string;
    baselineTooShort(phase: number, wanted: number, minimum: number): string;
    /** Phases (1-based) with fewer useful points than `minimum`, and how many each has; `runsTest`: the IHI runs test is not applied to them. */
    fewUsefulPoints(phases: readonly { readonly phase: number; readonly useful: number }[], minimum: number, runsTest: boolean): string;
    noUsefulPoints(phase: number): string;
    rulesFallback(method: string, min: number, max: number, phase: number, useful: number): string;
    noLimits(phase: number): string;
    runsNotApplicable(reason: "unordered_x" | "mr_chart"): string;
    aggregateIgnored(aggregate: Aggregate, withDenominator: boolean, chart: ChartType): string;
    /** `terms`: how the options it names (`freeze`, `exclude`) are named. */
    ipOptionsIgnored(terms: SpecTerms): string;
    /** `context` describes the target for `off_scale` and `few_points` (`targetWhy`); `terms` names the options (`improvement`, `multiply`). */
    targetUnassessed(reason: Exclude<AssuranceReason, "no_target">, phase: number, chart: ChartType, context: TargetContext, terms: SpecTerms): string;
    /** A target in (0, 1] on a proportion chart scaled by `multiply` > 1 whose every value is above 1: meant as a proportion? */
    targetMaybeProportion(target: string, top: string, scaled: string): string;
  };
}
