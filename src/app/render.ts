// The page drawn from the state: detection, column lists, recommendation,
// the chart(s), the verdict and rules panel, the command line, the table.
import { headerProblem, seriesTitle } from "shewhart/io";
import { renderSmallMultiples, renderSvgElement } from "shewhart/svg";
import { localeOf, type WordKey } from "./i18n/words.ts";
import { leftOutNotes, type Table } from "./readFile.ts";
import { analyseGroups, readColumns, targetNumber, type GroupChart, type ReadColumns } from "./state/analyseGroups.ts";
import type { AppConfig } from "./state/config.ts";
import { prepareGroups, preparedKey, type PreparedGroup } from "./state/prepareGroups.ts";
import { defaultMultiply, isProportion, showsPercent } from "./state/proportionScale.ts";
import { commandLine } from "./state/commandLine.ts";
import { configToHash } from "./state/configHash.ts";
import { deferredWrite } from "./state/deferredWrite.ts";
import type { Role } from "./state/proposeColumns.ts";
import { recommendChart, type Recommendation } from "./state/recommendChart.ts";
import { baselineEnd, setConfig, state, w } from "./store.ts";
import { wirePoints } from "./ui/chartPoints.ts";
import { byId, el, setOptions, setText } from "./ui/dom.ts";
import { pointActions } from "./ui/pointMenu.ts";
import { rulesPanel } from "./ui/rulesPanel.ts";
import { saveConfig } from "./ui/storage.ts";
import { tableView } from "./ui/tableView.ts";
import { rehearsalSteps, rehearseChanges, rehearsedConfigs } from "./rehearseChanges.ts";
import { warmUp } from "./warmUp.ts";

/** Puts the interface's words in the chosen language into the page. */
export function applyWords(): void {
  document.documentElement.lang = state.language;
  for (const element of Array.from(document.querySelectorAll<HTMLElement>("[data-i18n]"))) element.textContent = w(element.dataset["i18n"] as WordKey);
  document.title = w("appTitle");
  byId<HTMLSelectElement>("language").value = state.language;
}

/**
 * Runs one part of drawing the page under a performance measure named `app:NAME`
 * (read by bench/app.mjs and the browser's profiler; nothing is sent anywhere).
 */
function timed<T>(name: string, part: () => T): T {
  const start = performance.now();
  try {
    return part();
  } finally {
    performance.measure(`app:${name}`, { start, end: performance.now() });
  }
}

/** The columns last read, kept while the table and the choices they are read with stay the same. */
let read: { table: Table; key: string; columns: ReadColumns } | null = null;

/** The chosen columns read from the table, read again only when the table, a column or a reading choice changed. */
function columnsOf(table: Table, config: AppConfig): ReadColumns {
  const key = JSON.stringify([config.x, config.y, config.n, config.decimal, config.xType, config.dateOrder, state.language]);
  if (read === null || read.table !== table || read.key !== key) read = { table, key, columns: timed("columns", () => readColumns(table, config, state.language)) };
  return read.columns;
}

/** The number of distinct x values of the columns last counted (the recommendation's), kept with them. */
let counted: { columns: ReadColumns; subgroups: number } | null = null;

function subgroupCount(table: Table, columns: ReadColumns): number {
  if (counted === null || counted.columns !== columns) counted = { columns, subgroups: columns.x === null ? table.rows.length : new Set(columns.x.values.map(String)).size };
  return counted.subgroups;
}

/** The recommendation last made, kept with the columns and names it was made from (a pass over every row). */
let recommended: { columns: ReadColumns; key: string; recommendation: Recommendation } | null = null;

function recommendationOf(columns: ReadColumns, subgroups: number, config: AppConfig): Recommendation {
  const key = JSON.stringify([subgroups, config.y, config.n]);
  if (recommended === null || recommended.columns !== columns || recommended.key !== key) {
    recommended = { columns, key, recommendation: recommendChart(columns.y as Float64Array, columns.n, subgroups, config.y, config.n) };
  }
  return recommended.recommendation;
}

/** The groups last prepared for analysis, kept while the columns read and the columns that split and annotate them stay the same. */
let prepared: { columns: ReadColumns; key: string; groups: PreparedGroup[] } | null = null;

/** The table's groups made ready for analysis ({@link prepareGroups}), prepared again only when the columns or the group, notes, phase or freeze column changed. */
function groupsOf(table: Table, columns: ReadColumns, config: AppConfig): PreparedGroup[] {
  const key = preparedKey(config);
  if (prepared === null || prepared.columns !== columns || prepared.key !== key) prepared = { columns, key, groups: timed("prepare", () => prepareGroups(table, columns, config)) };
  return prepared.groups;
}

/** What the recommendation was last written from. */
let recommendationKey = "";

/** The recommendation, made again only when what it says changed (not on a change of baseline or phase). */
function drawRecommendation(blocked: boolean, recommendation: Recommendation | null): void {
  const text = byId("recommendation");
  const key = JSON.stringify([blocked, recommendation?.chart, recommendation?.reason, state.config.chart, state.language]);
  if (key === recommendationKey) return;
  recommendationKey = key;
  text.replaceChildren();
  if (blocked) text.append(w("recommendBlocked"));
  if (recommendation === null) return;
  // The chart named as the chart type list names it ("Xbar", "Run", "P′"), not as its code in capitals ("XBAR").
  const named = byId<HTMLSelectElement>("chart-type").querySelector<HTMLOptionElement>(`option[value="${recommendation.chart}"]`)?.textContent ?? recommendation.chart.toUpperCase();
  text.append(w("recommended", { chart: named, reason: w(`reason_${recommendation.reason}` as WordKey) }));
  if (state.config.chart !== recommendation.chart) {
    const use = el("button", { type: "button", "data-testid": "use-recommended" }, w("useRecommended"));
    use.addEventListener("click", () => {
      state.chartChosen = false;
      setConfig({ chart: recommendation.chart });
    });
    text.append(" ", use);
  }
}

/** What the data table was last drawn from: drawn again only when one of them changed (not on a change of baseline, phase or chart). */
let shownTable: { table: Table; problems: ReadColumns["problems"]; language: string } | null = null;

/** Draws the whole page from the state. */
export function render(): void {
  const { table, config } = state;
  for (const id of ["columns-section", "chart-section", "out-section", "table-section"]) byId(id).hidden = table === null;
  byId("detected").hidden = table === null;
  if (table === null) {
    byId("chart").replaceChildren();
    shownTable = null;
    return;
  }
  const columns = columnsOf(table, config);
  state.columns = columns;

  // Detection
  const d = table.detected;
  const mark = (m: string | null): string => (m === "," ? w("comma") : m === "." ? w("point") : "—");
  // Counts as the interface's language writes them ("100.000 rækker").
  const count = new Intl.NumberFormat(localeOf[state.language]);
  const facts = [`${state.loaded?.name ?? ""}: ${w("rowsRead", { rows: count.format(table.rows.length), columns: count.format(table.header.length) })}`];
  if (d.format === "xlsx") facts.push("Excel (.xlsx)");
  if (d.encoding !== null) facts.push(`${w("encoding")}: ${d.encoding}`);
  if (d.separator !== null) facts.push(`${w("separator")}: ${d.separator === "\t" ? w("tab") : d.separator === ";" ? w("semicolon") : w("comma")}`);
  for (const [role, name] of [["y", config.y], ["n", config.n]] as const) if (name !== "") facts.push(`${w("decimal")} (${name}): ${mark(columns.decimals[role])}`);
  // A title above the table and notes below it, left out of it, are said with the file's facts.
  facts.push(...leftOutNotes(table, state.language));
  setText(byId("file-facts"), facts.join(" · "));
  const headerText = headerWarningText(table);
  const headerWarning = byId("header-warning");
  headerWarning.hidden = headerText === null;
  setText(headerWarning, headerText ?? "");
  byId<HTMLSelectElement>("encoding").value = config.encoding;
  byId<HTMLSelectElement>("separator").value = config.separator;
  byId<HTMLSelectElement>("decimal").value = config.decimal;
  byId<HTMLSelectElement>("x-type").value = config.xType;
  byId<HTMLSelectElement>("date-order").value = config.dateOrder;
  for (const id of ["encoding", "separator"]) byId(id).closest("label")!.hidden = d.format === "xlsx";
  setText(byId("x-facts"), columns.x === null || table.rows.length === 0 ? "" : columns.x.problems.length > 0 ? w("xNotRead") : `${w("xRead")}: ${w(`kind_${columns.x.kind}` as WordKey)} (${columns.x.example}${columns.x.period === null ? "" : ` → ${String(columns.x.values[0] ?? "")}`})`);

  // Columns
  const options: [string, string][] = [["", w("none")], ...table.header.map((h): [string, string] => [h, h])];
  for (const select of Array.from(document.querySelectorAll<HTMLSelectElement>("#columns-section select"))) setOptions(select, options, config[select.dataset["role"] as Role]);

  // A baseline kept from another file (next month's rolling export, a colleague's link) ends at the x it ended at
  // there, not after as many points: one month later the same count ended a month later, without a word (a trial).
  if (state.baselineEndsAt !== null) {
    const at = state.baselineEndsAt;
    state.baselineEndsAt = null;
    const kept = state.config;
    if (kept.freeze !== null && kept.freezeColumn === "" && columns.y !== null && columns.problems.length === 0) {
      const groups = groupsOf(table, columns, kept);
      const group = groups.find((g) => g.name === kept.shown) ?? groups[0];
      const index = group === undefined ? -1 : group.indexOfX(at);
      state.baselineNote = index >= 0 ? null : w("baselineNotInFile", { x: at });
      if (index + 1 !== kept.freeze) state.config = { ...kept, freeze: index >= 0 ? index + 1 : null };
    }
  }

  // Recommendation
  const subgroups = subgroupCount(table, columns);
  // Nothing to recommend from a column read only in part (its values are all missing then).
  const blocked = columns.problems.length > 0;
  const recommendation = columns.y === null || blocked ? null : recommendationOf(columns, subgroups, config);
  if (recommendation !== null && !state.chartChosen && config.chart !== recommendation.chart) {
    state.config = { ...state.config, chart: recommendation.chart };
  }
  drawRecommendation(blocked, recommendation);
  // Proportions read as percent (as Danish reports show them), so that a target is typed as 95, not 0.95.
  const proportion = isProportion(config.n, recommendation);
  const scale = defaultMultiply(state.config.chart, proportion, state.config.n);
  if (!state.multiplyChosen && state.config.multiply !== scale) state.config = { ...state.config, multiply: scale };
  const c = state.config;
  state.percent = showsPercent(c.chart, c.multiply, proportion);
  byId<HTMLSelectElement>("chart-type").value = c.chart;
  byId<HTMLSelectElement>("rules").value = c.rules;
  byId<HTMLSelectElement>("improvement").value = c.improvement;
  byId<HTMLSelectElement>("multiply").value = String(c.multiply);
  // How a target is typed at the chart's scale: 95 for 95 %, 2,5 for 2,5 per 1,000.
  setText(byId("target-hint"), w(c.multiply === 100 ? "targetHintPercent" : c.multiply === 1000 ? "targetHintThousand" : "targetHint"));
  const target = byId<HTMLInputElement>("target");
  if (document.activeElement !== target) target.value = c.target;
  // A target the app cannot read as a number is not drawn nor judged: the field says so (a number like 95 or 95,5).
  const unreadTarget = c.target.trim() !== "" && targetNumber(c.target) === null;
  target.setAttribute("aria-invalid", String(unreadTarget));
  target.title = unreadTarget ? w("targetUnread") : "";
  const title = byId<HTMLInputElement>("title");
  if (document.activeElement !== title) title.value = c.title;

  // Analysis: never of a file read only in part (as the command line, which refuses it).
  state.charts = columns.problems.length > 0 ? [] : timed("analyse", () => analyseGroups(table, columns, c, localeOf[state.language], groupsOf(table, columns, c)));
  const groups = state.charts.map((g) => g.name);
  byId("groups-controls").hidden = groups.length < 2;
  byId<HTMLSelectElement>("view").value = c.view;
  setOptions(byId<HTMLSelectElement>("shown"), groups.map((g): [string, string] => [g, g]), groups.includes(c.shown) ? c.shown : (groups[0] ?? ""));
  const shown = state.charts.find((g) => g.name === c.shown) ?? state.charts[0] ?? null;

  timed("baseline", () => drawBaseline(shown));
  timed("chart", () => drawChart(shown));
  timed("verdict", () => drawVerdict(shown));
  if (shownTable === null || shownTable.table !== table || shownTable.problems !== columns.problems || shownTable.language !== state.language) {
    shownTable = { table, problems: columns.problems, language: state.language };
    timed("table", () => tableView(table, columns.problems, state.language, byId<HTMLTableElement>("data-table"), byId("problems")));
  }
  // Without a column of values there is no chart, and a command line without --y would not run: it says what is missing.
  // A phase or exclusion at an x no chart has is left out of every chart (and said so in its notes): left off the
  // command line too, which would stop at it (a colleague's settings on a file of other months, a trial).
  const inSome = (x: string): boolean => state.charts.some((g) => g.indexOfX(x) >= 0);
  // Breaks in the order of the shown chart's points, as the chart has them, not the order they were set in.
  const order = (x: string): number => shown?.indexOfX(x) ?? -1;
  const taken = state.charts.length === 0 ? c : { ...c, breaks: c.breaks.filter(inSome).sort((a, b) => order(a) - order(b)), exclude: c.exclude.filter((e) => inSome(e.x)) };
  setText(byId("command"), c.y === "" ? w("commandNeedsY") : commandLine(taken, {
    fileName: state.loaded?.name ?? "data.csv",
    period: columns.x?.period ?? null,
    freeze: c.freezeColumn === "" ? c.freeze : (shown?.freeze ?? null),
    locale: localeOf[state.language],
    percent: state.percent,
  }));
  const note = byId("command-note");
  note.hidden = state.loaded?.pasted !== true;
  setText(note, note.hidden ? "" : w("pastedCommand"));
  keptSettings.set(configToHash(c, { chart: state.chartChosen, multiply: state.multiplyChosen }, baselineEnd()));
}

/**
 * The settings written into the address (so a colleague can use them) and the
 * browser's storage (so the work is found again) a moment after the page is
 * drawn, at most once per pause and only the latest value of the changes in it: `history.replaceState` alone took
 * up to 180 ms on a large chart. Written at once when the page is left (main.ts).
 */
export const keptSettings = deferredWrite<string>((hash) => {
  if (location.hash !== hash) history.replaceState(null, "", hash === "" ? location.pathname + location.search : hash);
  saveConfig(hash);
}, (run) => setTimeout(run, 200));

/** Baseline ends offered in the list at most. */
const maxListed = 1000;

/** What the baseline list was last made from: the shown chart's x as written and the list's key. */
let baselineList: { xText: readonly string[] | undefined; key: string } | null = null;

function drawBaseline(shown: GroupChart | null): void {
  const select = byId<HTMLSelectElement>("baseline-select");
  const range = byId<HTMLInputElement>("baseline-range");
  const facts = byId("baseline-facts");
  const result = shown?.result ?? null;
  const fromColumn = state.config.freezeColumn !== "";
  const end = result === null ? 0 : (result.phases[0]?.end ?? -1) + 1;
  const freeze = shown?.freeze ?? null;
  // A list of every point up to a thousand; beyond, the slider and the points themselves (key B) reach the rest.
  const listed = Array.from({ length: Math.min(end, maxListed) }, (_, i) => i + 1);
  if (freeze !== null && freeze > maxListed && freeze <= end) listed.push(freeze);
  const chosen = freeze === null ? "" : String(Math.min(freeze, end));
  // The list (up to a thousand options) is made again only when the points it offers or their words changed.
  const key = JSON.stringify([end, listed.length > maxListed ? freeze : null, state.language]);
  if (baselineList === null || baselineList.xText !== shown?.xText || baselineList.key !== key) {
    baselineList = { xText: shown?.xText, key };
    setOptions(select, [["", w("baselineNone")], ...listed.map((k): [string, string] => [String(k), w("baselineEnd", { x: shown?.xText[k - 1] ?? String(k) })])], chosen);
  } else select.value = chosen;
  range.max = String(end);
  range.value = String(freeze ?? 0);
  range.setAttribute("aria-valuetext", freeze === null ? w("baselineNone") : w("baselineEnd", { x: shown?.xText[freeze - 1] ?? String(freeze) }));
  select.disabled = range.disabled = fromColumn || result === null;
  setText(facts, fromColumn ? w("baselineFromColumn", { column: state.config.freezeColumn, k: freeze ?? 0 }) : "");
}

/**
 * Above this many points only signals and excluded points get a mark (the renderer's
 * `maxPointMarks`): 50,000 marks took seconds to build and lay out; the focus mark
 * reaches every point.
 */
export const maxPointMarks = 5000;

const valueFormats = new Map<string, Intl.NumberFormat>();
/** A point's value as it is announced: in percent on a chart drawn in percent (its value over the scale, as the chart prints it), else as a number. */
function valueFormat(locale: string, percent: boolean): Intl.NumberFormat {
  const key = `${locale} ${percent}`;
  let format = valueFormats.get(key);
  if (format === undefined) valueFormats.set(key, (format = new Intl.NumberFormat(locale, { maximumFractionDigits: 2, ...(percent ? { style: "percent" } : {}) })));
  return format;
}

/**
 * What is wrong with the header, in the interface's words, or null: a first row of data taken for it (cells pasted
 * without theirs), left out of the chart; or a title line above the column names, whose names are then read as data.
 */
function headerWarningText(table: Table): string | null {
  const problem = headerProblem(table.header, table.rows);
  if (problem === null) return null;
  return problem.kind === "data" ? w("headerLooksLikeData", { cells: problem.cells.join(" · ") }) : w("headerLooksLikeTitle", { title: problem.title });
}

/** renderSvg's `percent` for a run or I chart of proportions in percent; absent otherwise (P and P′ charts are in percent by default). */
function percentOption(): { percent?: true } {
  return state.percent ? { percent: true } : {};
}

function drawChart(shown: GroupChart | null): void {
  const holder = byId("chart");
  const c = state.config;
  const locale = localeOf[state.language];
  const ok = state.charts.filter((g) => g.result !== null);
  if (c.view === "all" && state.charts.length > 1 && ok.length > 0) {
    const svg = renderSmallMultiples(ok.map((g) => g.result!), { locale, ...percentOption(), panelTitles: ok.map((g) => g.name), columns: Math.min(3, ok.length), ...(c.title === "" ? {} : { title: c.title }) });
    const parsed = new DOMParser().parseFromString(svg, "image/svg+xml").documentElement;
    holder.replaceChildren(document.importNode(parsed, true));
    return;
  }
  const problems = state.columns?.problems ?? [];
  // A title line or a row of data taken for the header is the cause of a chart that cannot be drawn, not the cells:
  // said instead of their advice (which, for names read as data, was to read x as categories).
  const header = state.table === null ? null : headerWarningText(state.table);
  if (header !== null && (problems.length > 0 || shown === null || shown.result === null)) {
    holder.replaceChildren(el("p", { class: "error", "data-testid": "read-problems" }, w("chartError", { message: header })));
    return;
  }
  if (problems.length > 0 && state.table !== null) {
    const table = state.table;
    const first = problems[0]!;
    const where = w("problemAt", { line: table.lines[first.row] ?? first.row + 2, column: table.header[first.column] ?? "", message: first.message });
    const one = problems.length === 1;
    holder.replaceChildren(
      el("p", { class: "error", "data-testid": "read-problems" }, `${w(one ? "chartBlockedOne" : "chartBlocked")} ${one ? w("problem") : w("problems", { count: problems.length })} ${where}${one ? "" : " …"} `, el("a", { href: "#table-section" }, w("stepTable"))),
    );
    return;
  }
  if (shown === null || shown.result === null) {
    const empty = shown === null && state.table !== null && state.table.rows.length === 0;
    holder.replaceChildren(el("p", { class: "error", ...(empty ? { "data-testid": "no-rows" } : {}) }, shown?.error === null || shown === null ? w(empty ? "noRows" : "noData") : w("chartError", { message: shown.error ?? "" })));
    return;
  }
  // Untitled and ungrouped, the chart is named from the data as the command line names it (never "Chart 1").
  const title = [c.title, shown.name].filter((t) => t !== "").join(" · ") || seriesTitle({ y: c.y, n: c.n, fileName: state.loaded?.name ?? "" });
  const options = { document, locale, ...percentOption(), notes: shown.notes, ...(shown.phaseLabels === null ? {} : { phaseLabels: shown.phaseLabels }), maxPointMarks, ...(title === "" ? {} : { title }) };
  const svg = timed("renderSvg", () => renderSvgElement<SVGSVGElement>(shown.result!, options));
  const percent = state.percent || c.chart === "p" || c.chart === "pp";
  const format = valueFormat(locale, percent);
  const value = (v: number): string => format.format(percent ? v / c.multiply : v);
  const hadFocus = holder.contains(document.activeElement);
  timed("insert", () => holder.replaceChildren(svg));
  timed("wirePoints", () => wirePoints(svg, shown.result!, state.language, byId("announce"), pointActions, state.focus, (i) => (state.focus = i), (i) => `${shown.xText[i] ?? String(i + 1)}: ${value(shown.result!.value[i]!)}`));
  if (hadFocus && state.menuIndex === null) svg.querySelector<SVGElement>('.shewhart-point[tabindex="0"]')?.focus();
  if (shown.result.length > maxPointMarks && state.table !== null && state.columns !== null) {
    // The next change of this chart made once on its own data, then the code a change of a large chart runs compiled
    // on made-up charts, while the page is idle (rehearseChanges.ts, warmUp.ts).
    if (rehearsed !== state.table) rehearse(state.table, state.columns, shown, options);
    warmUp(document, maxPointMarks);
  }
}

/** The table whose chart's next changes were last rehearsed: once per file read. */
let rehearsed: Table | null = null;

/** Analyses and draws `shown` as each of {@link rehearsedConfigs} would, in idle moments, and keeps nothing (rehearseChanges.ts). */
function rehearse(table: Table, columns: ReadColumns, shown: GroupChart, options: Parameters<typeof renderSvgElement>[1]): void {
  rehearsed = table;
  const config = state.config;
  const locale = localeOf[state.language];
  const steps = rehearsalSteps(
    rehearsedConfigs(config, shown.xText),
    (changed) => analyseGroups(table, columns, changed, locale, groupsOf(table, columns, config)).find((g) => g.name === shown.name)?.result ?? null,
    (result) => void renderSvgElement(result, options),
    () => state.table === table && state.columns === columns && state.config === config,
  );
  rehearseChanges(steps);
}

function drawVerdict(shown: GroupChart | null): void {
  const verdict = byId("verdict");
  const c = state.config;
  if (c.view === "all" && state.charts.length > 1) {
    verdict.replaceChildren(...state.charts.map((g) => el("p", {}, el("span", { class: "group-name" }, `${g.name}: `), g.result?.assessment.message ?? w("chartError", { message: g.error ?? "" }))));
  } else {
    const problems = state.columns?.problems.length ?? 0;
    const none = problems === 0 ? "" : w(problems === 1 ? "chartBlockedOne" : "chartBlocked");
    verdict.textContent = shown?.result?.assessment.message ?? (shown?.error === null || shown === null ? none : w("chartError", { message: shown.error ?? "" }));
  }
  const panel = byId("rules-panel");
  // With every group's chart shown, the panel is the shown group's, and says so.
  const all = c.view === "all" && state.charts.length > 1;
  panel.replaceChildren(...(shown?.result === null || shown === null ? [] : [rulesPanel(shown.result, state.language, all ? shown.name : undefined)]));
  // The warnings in the interface's language and terms (its controls, never a --flag).
  const warnings = shown?.result === null || shown === null ? [] : shown.warnings;
  byId("warnings").replaceChildren(...(warnings.length === 0 ? [] : [el("h4", {}, w("warnings")), el("ul", {}, ...warnings.map((x) => el("li", {}, x)))]));
}
