/**
 * Output types of the core, written by hand (input types are inferred from the
 * zod schemas in `schema/`). The JSON shapes are the contract of DESIGN.md §3.
 */
import type { RuleSet, RuleSetName } from "./rules/ruleSets.ts";
import type { WarningPhrase } from "./words/warningPhrase.ts";

export type { RuleSet, RuleSetName };

/** Chart types. `pp` and `up` are Laney's P′ and U′; `ip` is the I′ chart for rates and proportions. */
export type ChartType = "run" | "i" | "mr" | "xbar" | "s" | "t" | "p" | "pp" | "c" | "u" | "up" | "g" | "ip";

/** Methods of the Anhøj runs analysis: the original bounds, or the best box or cut box of Anhøj & Wentzel-Larsen 2020. */
export type RunsMethod = "anhoej" | "bestbox" | "cutbox";

/** How rows of one subgroup are combined when there is no denominator. */
export type Aggregate = "mean" | "median" | "sum" | "sd";

/** Calendar periods that date `x` values are floored to before grouping. */
export type Period = "day" | "week" | "month" | "quarter" | "year";

/**
 * What the x axis holds: `index` (no `x` given: 1, 2, …, N), `number`, `date`
 * (ISO dates, ISO weeks or `Date`s, printed as `YYYY-MM-DD`) or `category`.
 */
export type XType = "index" | "number" | "date" | "category";

/** Which direction of change is better. */
export type Improvement = "up" | "down";

/** Rules that can raise a signal. */
/**
 * Rules that can raise a signal: `longestRun` and `crossings` (Anhøj, or the
 * best/cut box bounds), `box` (the cut corner of the cut box: neither bound is
 * crossed alone, but the pair is), `shift`, `trend`, `fewRuns` and `manyRuns`
 * (the IHI runs test), `astronomical` (on run charts), `twoOfThree` (two of
 * three points beyond 2 sigma), `hugging` (points within 1 sigma), and `sigma`
 * (a point outside the 3-sigma limits).
 */
export type SignalRule =
  | "longestRun"
  | "crossings"
  | "box"
  | "shift"
  | "trend"
  | "fewRuns"
  | "manyRuns"
  | "astronomical"
  | "twoOfThree"
  | "hugging"
  | "sigma";

/**
 * Where a signal lies: above or below the centre line, or, for a trend, which
 * way it goes (`null` for signals without a side, such as too few crossings).
 */
export type SignalSide = "above" | "below" | "increasing" | "decreasing";

/** A signal's meaning once the better direction is known. */
export type SignalDirection = "improvement" | "deterioration" | "neutral";

/** One rule hit: the rule, its phase and the subgroups that triggered it. */
export interface Signal {
  readonly rule: SignalRule;
  readonly phase: number;
  /** 0-based subgroup indices, ascending. */
  readonly indices: readonly number[];
  readonly side: SignalSide | null;
  /**
   * `null` unless `improvement` was given. By the signal's side; `neutral` for
   * signals without a side, and for the signals of the old level when the
   * phase's direction is read in time (docs/rules/rule-sets.md).
   */
  readonly direction: SignalDirection | null;
  /**
   * Made only of excluded points (a point outside the limits, or an
   * astronomical point, that the user has explained): shown, but never evidence
   * that the process changed.
   */
  readonly excluded: boolean;
}

/** Codes of the warnings a result can carry. */
export type WarningCode =
  | "missing_values"
  | "missing_periods"
  | "rows_combined"
  | "zero_denominator"
  | "baseline_exceeds_phase"
  | "baseline_too_short"
  | "few_useful_points"
  | "no_useful_points"
  | "rules_fallback"
  | "no_limits"
  | "runs_not_applicable"
  | "aggregate_ignored"
  | "options_ignored"
  | "target_unassessed"
  | "target_maybe_proportion";

/** The combined meaning of the signals of a phase or a point: `mixed` when improvement and deterioration both occur. */
export type PhaseDirection = SignalDirection | "mixed";

/**
 * The icon of a verdict: only random variation (`common`), a change for the
 * better or the worse, a change without a direction (neutral, mixed, or no
 * `improvement` given), or the runs rules could not be applied (`untested`).
 */
export type Variation = "common" | "improvement" | "concern" | "change" | "untested";

/**
 * Why the runs rules were not applied to the last phase: x without order, an MR chart, a rule set with no runs
 * rule (neither the Anhøj rules, a shift rule nor the IHI runs test), or no useful points.
 */
export type Untested = "unordered_x" | "mr_chart" | "no_runs_rules" | "no_useful_points";

/** The target icon: `inconsistent` when the target lies between the limits (the process may or may not meet it). */
export type Assurance = "meets" | "inconsistent" | "fails" | "unassessed";

/**
 * Why the target was not assessed: `off_scale` (a proportion chart's target outside 0 to `multiply`, such as 85 on a
 * chart of proportions 0–1), `no_improvement`, `no_limits`, `unstable` (the last phase signals, so its limits no
 * longer describe the process), `few_points` (the last phase has fewer than 10 useful points: too few to show it is
 * stable, so its limits cannot be trusted to say where it will fall).
 */
export type AssuranceReason = "no_target" | "off_scale" | "no_improvement" | "no_limits" | "unstable" | "few_points";

/**
 * The last phase held against the one before it (`comparePhases`): do its
 * points, against the previous phase's centre line, show a sustained shift by
 * the rule set's runs rules?
 */
export interface PhaseComparison {
  /** The previous phase (0-based). */
  readonly phase: number;
  /** The runs rules signal a shift of the last phase's points against the previous phase's centre line. */
  readonly shifted: boolean;
  /** The last phase's centre line lies above the previous one. */
  readonly up: boolean;
  /** What the move means with `improvement`; null without it. */
  readonly direction: "improvement" | "deterioration" | null;
  /** The last phase's centre line and the previous phase's. */
  readonly cl: number;
  readonly previousCl: number;
}

/**
 * The plain verdict on the last phase: has the process changed, which way, and
 * can it be expected to meet the target.
 */
export interface Assessment {
  readonly phase: number;
  /** Any signal of an included point (runs rules, 3-sigma, other rules) in the phase. */
  readonly changed: boolean;
  /** `null` when unchanged or when `improvement` was not given. */
  readonly direction: PhaseDirection | null;
  /**
   * The verdict's icon: `improvement` / `concern` for a change with that
   * direction, `change` for one without (neutral, mixed, no `improvement`),
   * `common` when nothing signals, `untested` when nothing signals and the runs
   * rules could not be applied (`untested` says why).
   */
  readonly variation: Variation;
  /** Why the runs rules were not applied to the last phase; `null` when they were. */
  readonly untested: Untested | null;
  /**
   * Capability, only for a stable process (Provost & Murray 2011, ch. 5): with a
   * target, an improvement direction, control limits and no signal in the last
   * phase, `meets` when both limits lie on the good side of the target, `fails`
   * when both lie on the bad side, `straddles` when the target lies between
   * them; `null` otherwise (`assuranceReason` says why).
   */
  readonly target: "meets" | "straddles" | "fails" | null;
  /** `target` as an icon: `meets`, `inconsistent` (= straddles), `fails`, or `unassessed`. */
  readonly assurance: Assurance;
  /** Why `target` is `null`; `null` when it was assessed. */
  readonly assuranceReason: AssuranceReason | null;
  /**
   * When the last phase's direction was read in time, where the move began
   * ("the process moved down from week 13"): the first subgroup of the later
   * kind's signals, or, when the phase began with a run on one side and only
   * that side signals, the subgroup after it (docs/rules/rule-sets.md);
   * `null` otherwise.
   */
  readonly since: number | null;
  /** A few sentences saying the above, in the language of `locale` (English by default). */
  /**
   * With two or more phases: the last phase against the one before it (null with one phase, or where it cannot be
   * judged: no centre line, no runs rule in the rule set, no useful point, runs not tested). `message` words it when
   * the last phase has no signal of its own.
   */
  readonly comparison: PhaseComparison | null;
  readonly message: string;
}

/** A phase started automatically at a sustained shift (`autoPhase`), with the rule and points that caused it. */
export interface AutoBreak {
  /** The first subgroup of the new phase. */
  readonly index: number;
  readonly rule: SignalRule;
  /** The points of the shift that caused the break. */
  readonly indices: readonly number[];
}

/** Valid but weak input, explained. Warnings never stop the analysis. */
export interface SpcWarning {
  readonly code: WarningCode;
  readonly message: string;
  readonly phase?: number;
  readonly indices?: readonly number[];
  /**
   * The reason as data, on the warnings whose message names an option of the specification (`target_unassessed`,
   * `options_ignored`): `warningText` (shewhart/io) says it in a command line's or an app's terms and language.
   */
  readonly phrase?: WarningPhrase;
}

/** Per-phase results: the runs analysis and the mean limits (like qicharts2's `summary()`). */
export interface PhaseSummary {
  readonly phase: number;
  /** First and last subgroup index of the phase, inclusive. */
  readonly start: number;
  readonly end: number;
  /** First and last subgroup of the baseline the centre line and limits come from. */
  readonly baselineStart: number;
  readonly baselineEnd: number;
  /** Included subgroups. */
  readonly observations: number;
  /** Included subgroups that are not missing and not on the centre line. */
  readonly useful: number;
  readonly longestRun: number | null;
  /** A longest run above this signals (Anhøj: round(log2(useful)) + 3). */
  readonly longestRunMax: number | null;
  readonly crossings: number | null;
  /** Fewer crossings than this signal (Anhøj: 5th percentile of Binomial(useful − 1, 0.5)). */
  readonly crossingsMin: number | null;
  /** Number of runs (crossings + 1). */
  readonly runs: number | null;
  /** IHI runs-test bounds; `null` for the rule sets that do not use them. */
  readonly runsMin: number | null;
  readonly runsMax: number | null;
  readonly runsSignal: boolean;
  /** The combined meaning of the phase's signals; `null` without signals or without `improvement`. */
  readonly direction: PhaseDirection | null;
  /** Points of the phase strictly outside the 3-sigma limits, excluded ones too (as qicharts2 counts them). */
  readonly sigmaSignals: number;
  /** Of `sigmaSignals`, the excluded points: shown, but not evidence of a change. */
  readonly excludedSigmaSignals: number;
  /** Means over the phase of the plotted lines, `null` where there are none. */
  readonly cl: number | null;
  readonly lcl: number | null;
  readonly ucl: number | null;
  readonly lcl95: number | null;
  readonly ucl95: number | null;
}

/** One subgroup in the JSON form of a result. */
export interface ChartPointJSON {
  readonly x: number | string;
  readonly value: number | null;
  readonly numerator: number | null;
  readonly denominator: number | null;
  readonly count: number;
  readonly cl: number | null;
  readonly lcl: number | null;
  readonly ucl: number | null;
  readonly lcl95: number | null;
  readonly ucl95: number | null;
  readonly phase: number;
  readonly baseline: boolean;
  readonly included: boolean;
  readonly sigmaSignal: boolean;
  readonly runsSignal: boolean;
  readonly shift: boolean;
  readonly trend: boolean;
  readonly astronomical: boolean;
  /** The combined meaning of the signals this point is part of; `null` without any or without `improvement`. */
  readonly direction: PhaseDirection | null;
}

/** The JSON form of a {@link ChartResult} (what `toJSON()` returns and the CLI prints). */
export interface ChartResultJSON {
  readonly chart: ChartType;
  /** The rule set's name, or `"custom"` for an object. */
  readonly rules: RuleSetName | "custom";
  /** The rules that were applied. */
  readonly ruleSet: RuleSet;
  readonly multiply: number;
  readonly points: readonly ChartPointJSON[];
  readonly phases: readonly PhaseSummary[];
  readonly signals: readonly Signal[];
  readonly xType: XType;
  readonly period: Period | null;
  readonly target: number | null;
  readonly improvement: Improvement | null;
  readonly assessment: Assessment;
  /** Phases started automatically (`autoPhase`); empty otherwise. */
  readonly autoBreaks: readonly AutoBreak[];
  readonly warnings: readonly SpcWarning[];
}
