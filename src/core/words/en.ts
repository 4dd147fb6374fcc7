import { errorsEn } from "./errorsEn.ts";
import { specTerms, type SpecTerms } from "./specTerms.ts";
import type { TargetContext, Words } from "./words.ts";

const plural = (n: number, one: string, many: string): string => (n === 1 ? one : many);

/** Phases 1, 2 and 3 → "phases 1, 2 and 3". */
function listPhases(phases: readonly number[]): string {
  if (phases.length === 1) return `phase ${phases[0]}`;
  return `phases ${phases.slice(0, -1).join(", ")} and ${phases[phases.length - 1]}`;
}

/** How to give a target that is off a proportion chart's scale. */
const scaleFix = (c: TargetContext, t: SpecTerms = specTerms): string =>
  c.proportion === null ? "give it on that scale" : `give it as ${c.proportion}, or ${t.kind === "controls" ? "choose" : "use"} ${t.name("multiply", "100")} for percent`;

const fewPointsWhy = (c: TargetContext): string =>
  `too few points ${c.phase === null ? "" : `in the last phase (phase ${c.phase}) `}to judge the target (${c.useful} useful ${plural(c.useful, "point", "points")}; it takes ${c.minimum} to show that the process is stable)`;

/** English words (the default). */
export const en: Words = {
  intlLocale: "en-GB",
  variation: {
    common: "only random variation",
    improvement: "improvement",
    concern: "concern",
    change: "change",
    untested: "not tested",
  },
  assurance: {
    meets: "meets the target",
    inconsistent: "may or may not meet the target",
    fails: "fails the target",
    unassessed: "target not assessed",
  },
  subject: (phase) => (phase === null ? "The process" : `The last phase (phase ${phase})`),
  compared: (previous, last, previousCl, cl, up, shifted, direction) =>
    shifted
      ? `Against the centre line of phase ${previous} (${previousCl}), phase ${last} (${cl}) is a sustained shift ${up ? "up" : "down"}${direction === null ? "" : `: ${en.direction(direction)}`}.`
      : `The centre line of phase ${last} (${cl}) is ${up ? "above" : "below"} that of phase ${previous} (${previousCl}), but its points show no sustained shift against it: the difference may be chance.`,
  direction: (direction) =>
    ({ improvement: "an improvement", deterioration: "a deterioration", neutral: "a change with no clear direction", mixed: "signals of both improvement and deterioration" })[direction],
  common: (subject) => `${subject} shows only random variation.`,
  nonRandom: (subject, direction, where) => `${subject} shows non-random variation${direction === null ? "" : `: ${en.direction(direction)}`}${where === undefined ? "" : ` (${where})`}.`,
  between: (first, last) => (first === last ? first : `${first} to ${last}`),
  atPoints: (points) => (points.length <= 1 ? (points[0] ?? "") : `${points.slice(0, -1).join(", ")} and ${points[points.length - 1]}`),
  moved: (subject, up, since, direction) => `${subject} moved ${up ? "up" : "down"} from ${since}: ${en.direction(direction)}.`,
  runsNotTested: (subject, reason) =>
    `${subject}: runs not tested: ${
      {
        unordered_x: "x has no order (categories)",
        mr_chart: "moving ranges are not independent (MR chart)",
        no_runs_rules: "the rule set has no runs rule (Anhøj rules, shift or runs test)",
        no_useful_points: "no useful points (all missing, excluded or on the centre line)",
      }[reason]
    }.`,
  outsideLimits: (count, direction) =>
    count === 0
      ? "No point lies outside the control limits."
      : `${count} ${plural(count, "point lies", "points lie")} outside the control limits${direction === null ? "" : `: ${en.direction(direction)}`}.`,
  earlier: (phases, before) =>
    `Earlier phases: ${phases
      .map(({ phase, outside, other }) => {
        const points = `${outside} ${plural(outside, "point", "points")} outside the control limits`;
        return other ? `phase ${phase} showed non-random variation${outside > 0 ? `, including ${points}` : ""}` : `phase ${phase} had ${points}`;
      })
      .join("; ")}${before > 0 ? ` (and ${before} ${plural(before, "phase", "phases")} before ${plural(phases.length, "it", "them")})` : ""}.`,
  fewPoints: (useful) => `few points: little power to detect a change (${useful} useful ${plural(useful, "point", "points")})`,
  excludedOutside: (count) => `${count} excluded ${plural(count, "point lies", "points lie")} outside the limits and ${plural(count, "is", "are")} not counted as a change.`,
  target: (verdict, target) =>
    ({
      meets: `Its limits lie on the good side of the target ${target}: it can be expected to meet it.`,
      straddles: `The target ${target} lies between its limits: it will meet it only some of the time.`,
      fails: `Its limits lie on the wrong side of the target ${target}: it will not meet it without a change.`,
    })[verdict],
  targetUnstable: (target, points) =>
    points
      ? `The target ${target} is not assessed: points outside the limits show special causes, so the limits do not yet describe a stable process. Find and act on their causes; the target is judged once the process is stable.`
      : `The target ${target} is not assessed: the process has changed since its limits were computed, so they no longer describe it. Start a new phase where the change began (a break there) and judge the target against the new phase's limits.`,
  targetNotAssessed: (reason, c) =>
    `The target ${c.target} is not assessed: ${reason === "off_scale" ? `it is outside the chart's scale 0–${c.top}; ${scaleFix(c)}` : fewPointsWhy(c)}.`,
  point: (position) => `point ${position}`,
  week: (week, year) => `week ${week}, ${year}`,
  quarter: (quarter, year) => `Q${quarter} ${year}`,
  errors: errorsEn,
  warnings: {
    missingPeriods: (count, period, gaps, more) =>
      `${count} ${period}${count === 1 ? " has" : "s have"} no row (${gaps.map(([a, b]) => `between ${a} and ${b}`).join("; ")}${more ? "; …" : ""}); the line is drawn across ${count === 1 ? "it" : "them"}: check for a missing row or a mistyped date`,
    rowsCombined: (count, where, more) =>
      `${count} ${plural(count, "subgroup combines", "subgroups combine")} several rows (${where.map(([x, rows]) => `${x}: ${rows} rows`).join("; ")}${more ? "; …" : ""}) into one point, where the other subgroups are one row each: check for a duplicated row or a missing group column`,
    rowsAveraged: (rows, points, most) =>
      `the ${rows} rows are ${points} points: each point is the mean of its subgroup's rows (up to ${most}), so the chart shows means, not single values; for a point per row give each row its own x, and for subgroups of several measurements use an Xbar chart`,
    missingValues: (count, where) => `${count} ${plural(count, "subgroup has", "subgroups have")} no value (${where}); shown as gaps and left out of the calculations`,
    zeroDenominator: (count, where) => `${count} ${plural(count, "subgroup has", "subgroups have")} a zero denominator (${where}); shown as gaps`,
    singleValue: (count, where) => `${count} ${plural(count, "subgroup has", "subgroups have")} a single value and so no standard deviation (${where}); shown as gaps and left out of the calculations`,
    tooLarge: (count, where) => `${count} ${plural(count, "subgroup's", "subgroups'")} value is too large for a number (${where}); shown as gaps and left out of the calculations`,
    indices: (indices, more) => `${plural(indices.length, "index", "indices")} ${indices.join(", ")}${more ? ", …" : ""}`,
    baselineExceedsPhase: (phase, wanted, size) => `the baseline of phase ${phase} (${wanted} subgroups) is longer than the phase (${size}); the whole phase is used`,
    baselineTooShort: (phase, wanted, minimum) => `the baseline of phase ${phase} has only ${wanted} subgroups; limits and centre line from fewer than ${minimum} are uncertain`,
    fewUsefulPoints: (phases, minimum, runsTest) =>
      `${listPhases(phases.map((p) => p.phase))} ${phases.length === 1 ? "has" : "have"} fewer than ${minimum} useful points (${phases.map((p) => p.useful).join(", ")}): the runs rules have little power to detect a shift${
        runsTest ? ", and the runs test is not applied" : ""
      }`,
    noUsefulPoints: (phase) => `phase ${phase} has no useful points (all missing, excluded or on the centre line): runs are not tested`,
    rulesFallback: (method, min, max, phase, useful) => `${method} is defined for ${min}–${max} useful points and phase ${phase} has ${useful}: the Anhøj rules were used`,
    noLimits: (phase) => `phase ${phase} has no control limits (its baseline has no variation, too few values, or values too large to compute with)`,
    runsNotApplicable: (reason) =>
      reason === "unordered_x"
        ? "x is categorical, so the points have no order: runs, crossings, shifts and trends are not tested"
        : "moving ranges are not independent, so runs, crossings, shifts and trends are not tested on an MR chart",
    aggregateIgnored: (aggregate, withDenominator, chart) =>
      withDenominator
        ? `aggregate "${aggregate}" is not used: with denominators each subgroup's value is Σy/Σn`
        : `aggregate "${aggregate}" is not used: ${chart === "s" ? "an" : "a"} ${chart} chart plots the subgroup ${chart === "c" ? "sum" : "standard deviation"}`,
    ipOptionsIgnored: (t) => `the I′ chart estimates sigma from every point of each phase: ${t.option("freeze")} and ${t.option("exclude")} affect only its centre line`,
    targetUnassessed: (reason, phase, chart, context, t) =>
      ({
        no_improvement: () =>
          `the target is not assessed: ${t.kind === "spec" ? 'give improvement ("up" or "down")' : `${t.kind === "controls" ? "choose" : "give"} ${t.name("improvement", "up")} or ${t.name("improvement", "down")}`} to say which side of it is good`,
        no_limits: () => chart === "run" ? "the target is not assessed: a run chart has a median but no control limits" : `the target is not assessed: phase ${phase} has no control limits`,
        unstable: () => `the target is not assessed: phase ${phase} shows non-random variation, so its limits no longer describe the process; find the causes of its signals, and where the process changed, start a new phase (a break there)`,
        off_scale: () => `the target ${context.target} is outside the chart's scale 0–${context.top}: ${scaleFix(context, t)}`,
        few_points: () => `the target is not assessed: ${fewPointsWhy(context)}`,
      })[reason](),
    targetMaybeProportion: (target, top, scaled) =>
      `the target ${target} is at most 1 while every value is above 1 on the chart's scale 0–${top}: if it was meant as a proportion, give it as ${scaled}; it is judged as ${target} on the scale 0–${top}`,
  },
};
