import { analyze, ChartSpecSchema, isSpcError, type ChartResult, type ChartSpecInput, type Period, type SpcError } from "shewhart";
import type { ChartNote } from "shewhart/svg";
import { phasesFromColumn, warningPlaces } from "shewhart/io";
import { say, type Language } from "../i18n/words.ts";
import { readNumbers, readReason, readXColumn, warningText, type CellProblem, type NumberRead, type Table, type XColumn } from "../readFile.ts";
import type { AppConfig } from "./config.ts";
import { prepareGroups, type PreparedGroup } from "./prepareGroups.ts";

/** The chosen columns read from the table. */
export interface ReadColumns {
  readonly x: XColumn | null;
  readonly y: Float64Array | null;
  readonly n: Float64Array | null;
  /** The decimal mark each number column was read with (null: none needed or not chosen). */
  readonly decimals: { readonly y: "," | "." | null; readonly n: "," | "." | null };
  /** Every unreadable cell of the chosen columns, at its place. */
  readonly problems: CellProblem[];
}

/** Reads the chosen x, y and n columns with the reading layer, with the reading choices of the config; problems are said in `language`. */
export function readColumns(table: Table, config: AppConfig, language: Language): ReadColumns {
  const decimal = config.decimal === "" ? undefined : config.decimal;
  const at = (name: string): number => (name === "" ? -1 : table.header.indexOf(name));
  const problems: CellProblem[] = [];
  const xc = at(config.x);
  const x = xc < 0 ? null : readXColumn(table, xc, { ...(config.xType === "" ? {} : { kind: config.xType }), ...(config.dateOrder === "" ? {} : { dateOrder: config.dateOrder }), ...(decimal === undefined ? {} : { decimal }) }, language);
  if (x !== null) problems.push(...x.problems);
  const number = (name: string): NumberRead | null => {
    const c = at(name);
    if (c < 0) return null;
    const read = readNumbers(table, c, decimal, language);
    problems.push(...read.problems);
    return read;
  };
  const y = number(config.y);
  const n = number(config.n);
  return { x, y: y?.values ?? null, n: n?.values ?? null, decimals: { y: y?.decimal ?? null, n: n?.decimal ?? null }, problems };
}

/** One group's chart, with what the interface needs to place notes and name points. */
export interface GroupChart {
  readonly name: string;
  readonly result: ChartResult | null;
  /** Why there is no chart (an analysis error, in the library's words). */
  readonly error: string | null;
  /** The result's warnings in the interface's language and terms (`warningText`); empty without a result. */
  readonly warnings: readonly string[];
  readonly notes: ChartNote[];
  /** Per subgroup: its x as written in the file (first row), for breaks and exclusions by x. */
  readonly xText: string[];
  /** The subgroup an x of a break, exclusion or note names, by its spelling or its value (`PreparedGroup.indexOfX`); -1 for none. */
  readonly indexOfX: (text: string) => number;
  /** The baseline in force (from the freeze column or the config). */
  readonly freeze: number | null;
  /** Phase breaks in force (subgroup indices). */
  readonly breaks: number[];
  /** The phases' names from the phase column's own values ("Før", "Efter"), as `shewhart chart --phase` draws them; null without a phase column. */
  readonly phaseLabels: string[] | null;
}

/**
 * Makes every group's analysis the way `shewhart chart` does with the same
 * columns and options (the command line the interface shows): one spec per
 * group (rows in file order, groups in order of first appearance), period
 * from the x column, phases from the phase column (a new phase where its
 * value changes) or from break x values, exclusions by x value, notes from
 * the notes column, the notes typed on points and the exclusion reasons.
 * `prepared` (from {@link prepareGroups}, kept while the file and its columns
 * stay the same) saves splitting and grouping the rows again on a change of
 * baseline, phase, exclusion, note or chart option.
 */
export function analyseGroups(table: Table, columns: ReadColumns, config: AppConfig, locale: string, prepared: readonly PreparedGroup[] = prepareGroups(table, columns, config)): GroupChart[] {
  if (columns.y === null) return [];
  const period: Period | null = columns.x?.period ?? null;
  const withLocale = "locale" in ChartSpecSchema.shape;
  const target = targetNumber(config.target);
  return prepared.map((group) => {
    const { name, rows, xText, indexOfX } = group;
    const spec: Record<string, unknown> = { chart: config.chart, y: group.y };
    if (group.x !== null) spec["x"] = group.x;
    if (group.n !== null) spec["n"] = group.n;
    if (config.rules !== "anhoej") spec["rules"] = config.rules;
    if (period !== null) spec["period"] = period;
    if (config.improvement !== "") spec["improvement"] = config.improvement;
    if (config.multiply !== 1) spec["multiply"] = config.multiply;
    if (target !== null) spec["target"] = target;
    if (withLocale) spec["locale"] = locale;

    let breaks: number[] = [];
    let phaseLabels: string[] | null = null;
    if (group.phaseOf !== null) {
      // As the command line reads --phase (phasesFromColumn of shewhart/io): labelled with the column's values.
      ({ breaks, labels: phaseLabels } = phasesFromColumn(group.phaseOf));
    } else breaks = config.breaks.map(indexOfX).filter((i) => i > 0).sort((a, b) => a - b);
    breaks = [...new Set(breaks)];

    let freeze = config.freeze;
    if (group.freezeFlags !== null) {
      const end = breaks[0] ?? group.freezeFlags.length;
      const last = group.freezeFlags.slice(0, end).lastIndexOf(true);
      freeze = last < 0 ? null : last + 1;
    }
    if (freeze !== null) spec["freeze"] = freeze;
    if (breaks.length > 0) spec["breaks"] = breaks;
    const exclude = config.exclude.map((e) => indexOfX(e.x)).filter((i) => i >= 0);
    if (exclude.length > 0) spec["exclude"] = [...new Set(exclude)].sort((a, b) => a - b);

    const notes: ChartNote[] = [...group.columnNotes];
    for (const n of config.pointNotes) {
      const index = indexOfX(n.x);
      if (index >= 0 && n.text.trim() !== "") notes.push({ index, text: n.text.trim() });
    }
    for (const e of config.exclude) {
      const index = indexOfX(e.x);
      if (index >= 0 && e.reason.trim() !== "") notes.push({ index, text: e.reason.trim() });
    }
    try {
      const result = analyze(spec as ChartSpecInput);
      const language: Language = locale.toLowerCase().startsWith("da") ? "da" : "en";
      // A phase, exclusion or note set at an x this chart does not have (another group's, or a colleague's settings
      // on another file) is left out of it, and said so: never dropped without a word.
      const unmatched: string[] = [];
      const leftOut = (what: "xPhase" | "xExclusion" | "xNote", x: string): void => void unmatched.push(say(language, "xNotInChart", { what: say(language, what), x }));
      if (group.phaseOf === null) for (const x of new Set(config.breaks)) if (indexOfX(x) < 0) leftOut("xPhase", x);
      for (const e of config.exclude) if (indexOfX(e.x) < 0) leftOut("xExclusion", e.x);
      for (const n of config.pointNotes) if (indexOfX(n.x) < 0 && n.text.trim() !== "") leftOut("xNote", n.x);
      // Subgroups a warning names by index ("indeks 14") are named as the user finds them: x as written, and line.
      const placed = result.warnings.map((w) =>
        warningPlaces(warningText(w, language), w.indices ?? [], (i) => say(language, "placeAt", { x: xText[i] ?? "", line: table.lines[group.firstRows[i] as number] ?? "?" })),
      );
      return { name, result, error: null, warnings: [...unmatched, ...placed], notes, xText, indexOfX, freeze, breaks, phaseLabels };
    } catch (error) {
      if (!isSpcError(error)) throw error;
      return { name, result: null, error: inFileTerms(error, rows, table, config, locale), warnings: [], notes, xText, indexOfX, freeze, breaks, phaseLabels };
    }
  });
}

/** The target as typed (decimal comma or point), or null. */
export function targetNumber(text: string): number | null {
  // "95 %" on a chart in percent is 95: the sign is the scale's, as the chart prints it.
  const t = text.trim().replace(/\s*%$/u, "").replace(",", ".");
  if (t === "") return null;
  const v = Number(t);
  return Number.isFinite(v) ? v : null;
}

/**
 * An error of `analyze` in the terms of the file and the interface's language,
 * as the command line words it: a value of a row (`y[13]`, the 14th row of the
 * group) by the line it starts on in the file and its column's header ("linje
 * 15, kolonne "Tæller": tælleren (65) er større end nævneren (60) i et
 * P-diagram"); anything else by its reason alone (the interface sets
 * the options, so the library's field names mean nothing to its user).
 */
function inFileTerms(error: SpcError, rows: readonly number[], table: Table, config: AppConfig, locale: string): string {
  const [field, index] = error.path;
  const language: Language = locale.toLowerCase().startsWith("da") ? "da" : "en";
  const message = readReason(error, language);
  const column = field === "x" ? config.x : field === "y" ? config.y : field === "n" ? config.n : "";
  const row = typeof index === "number" ? rows[index] : undefined;
  const line = row === undefined ? undefined : table.lines[row];
  if (column === "" || line === undefined) return message;
  return say(language, "problemAt", { line, column, message });
}
