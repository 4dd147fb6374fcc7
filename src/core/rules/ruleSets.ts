import type { RunsMethod } from "../types.ts";

/**
 * A rule set: which tests for non-random variation are applied, with their
 * lengths. The 3-sigma rule (a point outside the control limits) is part of
 * every rule set on a control chart and is reported as `sigmaSignal`.
 */
export interface RuleSet {
  /** Anhøj runs analysis (longest run and crossings), with best-box or cut-box bounds, or off. */
  readonly anhoej: RunsMethod | false;
  /** Shift: this many or more consecutive useful points on one side of the centre line. */
  readonly shift: number | false;
  /** Trend: this many or more consecutive points all increasing or all decreasing (ties counted once). */
  readonly trend: number | false;
  /** IHI runs test: too few or too many runs for the number of useful points. */
  readonly runs: boolean;
  /** Astronomical point: outside the 3-sigma limits (of an I chart of the same phase, on a run chart). */
  readonly astronomical: boolean;
  /** Two of three consecutive points beyond 2 sigma on the same side of the centre line (control charts). */
  readonly twoOfThree: boolean;
  /** This many consecutive points within 1 sigma of the centre line (control charts). */
  readonly hugging: number | false;
}

const off: RuleSet = { anhoej: false, shift: false, trend: false, runs: false, astronomical: false, twoOfThree: false, hugging: false };

/**
 * The named rule sets.
 *
 * - `anhoej`, `bestbox`, `cutbox`: Anhøj & Olesen 2014; Anhøj & Wentzel-Larsen 2020.
 * - `ihi`: the run chart rules of Perla, Provost & Murray 2011 ("The run chart: a simple
 *   analytical tool for learning from variation in healthcare processes", BMJ Qual Saf 20:46–51):
 *   shift of 6, trend of 5, too few or too many runs, astronomical point.
 * - `hcdg`: the control chart rules of Provost & Murray, *The Health Care Data Guide* (2011),
 *   ch. 5: a point outside the limits, a shift of 8, a trend of 6, two of three points in the
 *   outer third, fifteen points in the inner third.
 * - `nhs`: NHS England's "Making Data Count" (2019), as the NHS-R community's
 *   implementation of it applies them: a point outside the limits, a shift of 7 points on
 *   one side of the mean, a trend of 7, two of three points beyond 2 sigma.
 */
export const ruleSetPresets = {
  anhoej: { ...off, anhoej: "anhoej" },
  bestbox: { ...off, anhoej: "bestbox" },
  cutbox: { ...off, anhoej: "cutbox" },
  ihi: { ...off, shift: 6, trend: 5, runs: true, astronomical: true },
  hcdg: { ...off, shift: 8, trend: 6, twoOfThree: true, hugging: 15 },
  nhs: { ...off, shift: 7, trend: 7, twoOfThree: true },
} as const satisfies Record<string, RuleSet>;

/** Names of the preset rule sets. */
export type RuleSetName = keyof typeof ruleSetPresets;

/** A rule set as given in a spec: a preset's name, or an object that may start from a preset. */
export type RuleSetInput =
  | RuleSetName
  | ({ readonly preset?: RuleSetName | undefined } & { readonly [K in keyof RuleSet]?: RuleSet[K] | undefined });

/**
 * Resolves a rule set given by name or as an object. An object starts from its
 * `preset` (or from no rules at all) and overrides what it names.
 *
 * @example
 * resolveRuleSet({ preset: "ihi", shift: 7 }).shift; // => 7
 * resolveRuleSet("anhoej").anhoej; // => "anhoej"
 */
export function resolveRuleSet(input: RuleSetInput): RuleSet {
  if (typeof input === "string") return ruleSetPresets[input];
  const { preset, ...overrides } = input;
  const base: RuleSet = preset === undefined ? off : ruleSetPresets[preset];
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(overrides)) if (value !== undefined) out[key] = value;
  return out as unknown as RuleSet;
}
