// The shewhart browser app: a file in, charts out, nothing sent anywhere.
// This module wires the page (index.html) to the app's state functions and
// the library's public entry points; each concern lives in its own module.
import { isSpcError } from "shewhart";
import { renderSmallMultiples, renderSvgElement } from "shewhart/svg";
import { languageFor, localeOf, say, type Language, type WordKey } from "./i18n/words.ts";
import { readTable, type Table } from "./readFile.ts";
import { analyseGroups, readColumns, type GroupChart, type ReadColumns } from "./state/analyseGroups.ts";
import { commandLine } from "./state/commandLine.ts";
import { emptyConfig, type AppConfig } from "./state/config.ts";
import { configFromHash, configToHash } from "./state/configHash.ts";
import { proposeColumns, type Role } from "./state/proposeColumns.ts";
import { recommendChart } from "./state/recommendChart.ts";
import { resultsCsv } from "./state/resultsCsv.ts";
import { wirePoints } from "./ui/chartPoints.ts";
import { byId, el, setOptions } from "./ui/dom.ts";
import { copyChart, download, fileStem, svgText, svgToPng } from "./ui/exports.ts";
import { rulesPanel } from "./ui/rulesPanel.ts";
import { forgetAll, loadConfig, loadFile, saveConfig, saveFile } from "./ui/storage.ts";
import { tableView } from "./ui/tableView.ts";

interface Loaded {
  readonly name: string;
  readonly bytes: Uint8Array;
}

const state = {
  language: "en" as Language,
  config: emptyConfig as AppConfig,
  loaded: null as Loaded | null,
  table: null as Table | null,
  columns: null as ReadColumns | null,
  charts: [] as GroupChart[],
  /** The user chose the chart type: stop following the recommendation. */
  chartChosen: false,
  /** The user chose the scale: stop following the chart type (percent for P and P′). */
  multiplyChosen: false,
  focus: null as number | null,
  menuIndex: null as number | null,
};

const w = (key: WordKey, values: Record<string, string | number> = {}): string => say(state.language, key, values);

function status(text: string): void {
  byId("status").textContent = text;
}

function applyWords(): void {
  document.documentElement.lang = state.language;
  for (const element of Array.from(document.querySelectorAll<HTMLElement>("[data-i18n]"))) element.textContent = w(element.dataset["i18n"] as WordKey);
  document.title = w("appTitle");
  byId<HTMLSelectElement>("language").value = state.language;
}

function setConfig(change: Partial<AppConfig>): void {
  state.config = { ...state.config, ...change };
  update();
}

// ---- data in ----

async function openBytes(bytes: Uint8Array, name: string, keep: AppConfig | null): Promise<void> {
  let table: Table;
  try {
    const c = keep ?? emptyConfig;
    table = await readTable(bytes, { ...(c.encoding === "" ? {} : { encoding: c.encoding }), ...(c.separator === "" ? {} : { separator: c.separator }) });
  } catch (error) {
    if (!isSpcError(error)) throw error;
    status(w("readError", { message: error.message }));
    return;
  }
  state.loaded = { name, bytes };
  state.table = table;
  state.focus = null;
  const proposal = proposeColumns(table);
  const base = keep ?? emptyConfig;
  const column = (role: Role): string => {
    const wanted = base[role];
    return keep !== null && (wanted === "" || table.header.includes(wanted)) ? wanted : proposal[role];
  };
  state.config = { ...base, x: column("x"), y: column("y"), n: column("n"), group: column("group"), notes: column("notes"), phase: column("phase"), freezeColumn: column("freezeColumn") };
  state.chartChosen = keep !== null && keep.chart !== emptyConfig.chart;
  state.multiplyChosen = keep !== null && keep.multiply !== emptyConfig.multiply;
  update();
  void saveFile({ name, bytes }).catch(() => undefined);
}

async function openFile(file: File): Promise<void> {
  // Arriving by a colleague's link: the settings in the address apply to the first file opened.
  const keep = state.loaded === null && location.hash.length > 1 ? configFromHash(location.hash) : null;
  await openBytes(new Uint8Array(await file.arrayBuffer()), file.name, keep);
  status("");
}

function reread(change: Partial<AppConfig>): void {
  state.config = { ...state.config, ...change };
  if (state.loaded !== null) void openBytes(state.loaded.bytes, state.loaded.name, state.config);
}

// ---- the page from the state ----

function update(): void {
  const { table, config } = state;
  for (const id of ["columns-section", "chart-section", "out-section", "table-section"]) byId(id).hidden = table === null;
  byId("detected").hidden = table === null;
  if (table === null) {
    byId("chart").replaceChildren();
    return;
  }
  const columns = readColumns(table, config);
  state.columns = columns;

  // Detection
  const d = table.detected;
  const mark = (m: string | null): string => (m === "," ? w("comma") : m === "." ? w("point") : "—");
  const facts = [`${state.loaded?.name ?? ""}: ${w("rowsRead", { rows: table.rows.length, columns: table.header.length })}`];
  if (d.format === "xlsx") facts.push("Excel (.xlsx)");
  if (d.encoding !== null) facts.push(`${w("encoding")}: ${d.encoding}`);
  if (d.separator !== null) facts.push(`${w("separator")}: ${d.separator === "\t" ? w("tab") : d.separator === ";" ? w("semicolon") : w("comma")}`);
  for (const [role, name] of [["y", config.y], ["n", config.n]] as const) if (name !== "") facts.push(`${w("decimal")} (${name}): ${mark(columns.decimals[role])}`);
  byId("file-facts").textContent = facts.join(" · ");
  byId<HTMLSelectElement>("encoding").value = config.encoding;
  byId<HTMLSelectElement>("separator").value = config.separator;
  byId<HTMLSelectElement>("decimal").value = config.decimal;
  byId<HTMLSelectElement>("x-type").value = config.xType;
  byId<HTMLSelectElement>("date-order").value = config.dateOrder;
  for (const id of ["encoding", "separator"]) byId(id).closest("label")!.hidden = d.format === "xlsx";
  byId("x-facts").textContent = columns.x === null ? "" : `${w("xRead")}: ${w(`kind_${columns.x.kind}` as WordKey)} (${columns.x.example}${columns.x.period === null ? "" : ` → ${String(columns.x.values[0] ?? "")}`})`;

  // Columns
  const options: [string, string][] = [["", w("none")], ...table.header.map((h): [string, string] => [h, h])];
  for (const select of Array.from(document.querySelectorAll<HTMLSelectElement>("#columns-section select"))) setOptions(select, options, config[select.dataset["role"] as Role]);

  // Recommendation
  const subgroups = columns.x === null ? table.rows.length : new Set(columns.x.values.map(String)).size;
  const recommendation = columns.y === null ? null : recommendChart(columns.y, columns.n, subgroups, config.y, config.n);
  if (recommendation !== null && !state.chartChosen && config.chart !== recommendation.chart) {
    state.config = { ...state.config, chart: recommendation.chart };
  }
  const recommendationText = byId("recommendation");
  recommendationText.replaceChildren();
  if (recommendation !== null) {
    recommendationText.append(w("recommended", { chart: recommendation.chart.toUpperCase(), reason: w(`reason_${recommendation.reason}` as WordKey) }));
    if (state.config.chart !== recommendation.chart) {
      const use = el("button", { type: "button", "data-testid": "use-recommended" }, w("useRecommended"));
      use.addEventListener("click", () => {
        state.chartChosen = false;
        setConfig({ chart: recommendation.chart });
      });
      recommendationText.append(" ", use);
    }
  }
  // Proportions read as percent (as Danish reports show them), so that a target is typed as 95, not 0.95.
  const scale = state.config.chart === "p" || state.config.chart === "pp" ? 100 : 1;
  if (!state.multiplyChosen && state.config.multiply !== scale) state.config = { ...state.config, multiply: scale };
  const c = state.config;
  byId<HTMLSelectElement>("chart-type").value = c.chart;
  byId<HTMLSelectElement>("rules").value = c.rules;
  byId<HTMLSelectElement>("improvement").value = c.improvement;
  byId<HTMLSelectElement>("multiply").value = String(c.multiply);
  const target = byId<HTMLInputElement>("target");
  if (document.activeElement !== target) target.value = c.target;
  const title = byId<HTMLInputElement>("title");
  if (document.activeElement !== title) title.value = c.title;

  // Analysis: never of a file read only in part (as the command line, which refuses it).
  state.charts = columns.problems.length > 0 ? [] : analyseGroups(table, columns, c, localeOf[state.language]);
  const groups = state.charts.map((g) => g.name);
  byId("groups-controls").hidden = groups.length < 2;
  byId<HTMLSelectElement>("view").value = c.view;
  setOptions(byId<HTMLSelectElement>("shown"), groups.map((g): [string, string] => [g, g]), groups.includes(c.shown) ? c.shown : (groups[0] ?? ""));
  const shown = state.charts.find((g) => g.name === c.shown) ?? state.charts[0] ?? null;

  drawBaseline(shown);
  drawChart(shown);
  drawVerdict(shown);
  tableView(table, columns.problems, state.language, byId<HTMLTableElement>("data-table"), byId("problems"));
  byId("command").textContent = commandLine(c, {
    fileName: state.loaded?.name ?? "data.csv",
    period: columns.x?.period ?? null,
    freeze: c.freezeColumn === "" ? c.freeze : (shown?.freeze ?? null),
    locale: localeOf[state.language],
  });
  const hash = configToHash(c);
  if (location.hash !== hash) history.replaceState(null, "", hash === "" ? location.pathname + location.search : hash);
  saveConfig(hash);
}

/** Baseline ends offered in the list at most. */
const maxListed = 1000;

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
  setOptions(select, [["", w("baselineNone")], ...listed.map((k): [string, string] => [String(k), w("baselineEnd", { x: shown?.xText[k - 1] ?? String(k) })])], freeze === null ? "" : String(Math.min(freeze, end)));
  range.max = String(end);
  range.value = String(freeze ?? 0);
  range.setAttribute("aria-valuetext", freeze === null ? w("baselineNone") : w("baselineEnd", { x: shown?.xText[freeze - 1] ?? String(freeze) }));
  select.disabled = range.disabled = fromColumn || result === null;
  facts.textContent = fromColumn ? w("baselineFromColumn", { column: state.config.freezeColumn, k: freeze ?? 0 }) : "";
}

function drawChart(shown: GroupChart | null): void {
  const holder = byId("chart");
  const c = state.config;
  const locale = localeOf[state.language];
  const ok = state.charts.filter((g) => g.result !== null);
  if (c.view === "all" && state.charts.length > 1 && ok.length > 0) {
    const svg = renderSmallMultiples(ok.map((g) => g.result!), { locale, panelTitles: ok.map((g) => g.name), columns: Math.min(3, ok.length), ...(c.title === "" ? {} : { title: c.title }) });
    const parsed = new DOMParser().parseFromString(svg, "image/svg+xml").documentElement;
    holder.replaceChildren(document.importNode(parsed, true));
    return;
  }
  const problems = state.columns?.problems ?? [];
  if (problems.length > 0 && state.table !== null) {
    const table = state.table;
    const first = problems[0]!;
    const where = w("problemAt", { line: table.lines[first.row] ?? first.row + 2, column: table.header[first.column] ?? "", message: first.message });
    holder.replaceChildren(el("p", { class: "error", "data-testid": "read-problems" }, `${w("problems", { count: problems.length })} ${where}${problems.length > 1 ? " …" : ""} `, el("a", { href: "#table-section" }, w("stepTable"))));
    return;
  }
  if (shown === null || shown.result === null) {
    holder.replaceChildren(el("p", { class: "error" }, shown?.error === null || shown === null ? w("noData") : w("chartError", { message: shown.error ?? "" })));
    return;
  }
  const title = [c.title, shown.name].filter((t) => t !== "").join(" · ");
  const svg = renderSvgElement<SVGSVGElement>(shown.result, { document, locale, notes: shown.notes, ...(title === "" ? {} : { title }) });
  const hadFocus = holder.contains(document.activeElement);
  holder.replaceChildren(svg);
  wirePoints(svg, shown.result, state.language, byId("announce"), pointActions, state.focus, (i) => (state.focus = i));
  if (hadFocus && state.menuIndex === null) svg.querySelector<SVGElement>('.shewhart-point[tabindex="0"]')?.focus();
}

function drawVerdict(shown: GroupChart | null): void {
  const verdict = byId("verdict");
  const c = state.config;
  if (c.view === "all" && state.charts.length > 1) {
    verdict.replaceChildren(...state.charts.map((g) => el("p", {}, el("span", { class: "group-name" }, `${g.name}: `), g.result?.assessment.message ?? w("chartError", { message: g.error ?? "" }))));
  } else verdict.textContent = shown?.result?.assessment.message ?? (shown?.error === null || shown === null ? "" : w("chartError", { message: shown.error ?? "" }));
  const panel = byId("rules-panel");
  panel.replaceChildren(...(shown?.result === null || shown === null ? [] : [rulesPanel(shown.result, state.language)]));
  const warnings = shown?.result?.warnings ?? [];
  byId("warnings").replaceChildren(...(warnings.length === 0 ? [] : [el("h4", {}, w("warnings")), el("ul", {}, ...warnings.map((x) => el("li", {}, x.message)))]));
}

// ---- points: baseline, phases, exclusions ----

function shownChart(): GroupChart | null {
  return state.charts.find((g) => g.name === state.config.shown) ?? state.charts[0] ?? null;
}

function closeMenu(returnFocus: boolean): void {
  const menu = byId("point-menu");
  menu.hidden = true;
  byId("exclude-form").hidden = true;
  const index = state.menuIndex;
  state.menuIndex = null;
  if (returnFocus && index !== null) byId("chart").querySelector<SVGElement>(`.shewhart-point[data-index="${index}"]`)?.focus();
}

const pointActions = {
  open(index: number, anchor: Element): void {
    const g = shownChart();
    if (g === null) return;
    state.menuIndex = index;
    const menu = byId("point-menu");
    byId("point-menu-title").textContent = w("pointMenu", { x: g.xText[index] ?? String(index + 1) });
    const excluded = state.config.exclude.some((e) => e.x === g.xText[index]);
    const startsPhase = g.breaks.includes(index);
    menu.querySelector<HTMLButtonElement>('[data-action="exclude"]')!.textContent = w(excluded ? "menuInclude" : "menuExclude");
    menu.querySelector<HTMLButtonElement>('[data-action="phase"]')!.textContent = w(startsPhase ? "menuRemovePhase" : "menuPhase");
    menu.querySelector<HTMLButtonElement>('[data-action="baseline"]')!.disabled = state.config.freezeColumn !== "" || (g.result !== null && index > (g.result.phases[0]?.end ?? 0));
    byId("exclude-form").hidden = true;
    menu.hidden = false;
    const holder = byId("chart").getBoundingClientRect();
    const box = anchor.getBoundingClientRect();
    menu.style.left = `${Math.max(0, Math.min(box.right - holder.left + 8, holder.width - 260))}px`;
    menu.style.top = `${box.bottom - holder.top + byId("chart").offsetTop + 8}px`;
    menu.querySelector<HTMLButtonElement>("button:not([disabled])")?.focus();
  },
  baseline(index: number): void {
    const g = shownChart();
    if (state.config.freezeColumn !== "" || g?.result == null) return;
    if (index > (g.result.phases[0]?.end ?? 0)) return status(w("baseline"));
    state.focus = index;
    setConfig({ freeze: state.config.freeze === index + 1 ? null : index + 1 });
    status(state.config.freeze === null ? w("baselineNone") : `${w("baseline")}: ${w("baselineEnd", { x: g.xText[index] ?? "" })}`);
  },
  phase(index: number): void {
    const g = shownChart();
    if (g === null || index === 0) return;
    if (state.config.phase !== "") return status(w("phaseFromColumn", { column: state.config.phase }));
    const x = g.xText[index] ?? "";
    state.focus = index;
    const breaks = state.config.breaks.includes(x) ? state.config.breaks.filter((b) => b !== x) : [...state.config.breaks, x];
    setConfig({ breaks });
  },
  exclude(index: number, anchor: Element): void {
    const g = shownChart();
    if (g === null) return;
    const x = g.xText[index] ?? "";
    if (state.config.exclude.some((e) => e.x === x)) {
      state.focus = index;
      setConfig({ exclude: state.config.exclude.filter((e) => e.x !== x) });
      return;
    }
    if (state.menuIndex !== index) pointActions.open(index, anchor);
    byId("exclude-form").hidden = false;
    const reason = byId<HTMLInputElement>("exclude-reason");
    reason.value = "";
    reason.focus();
  },
};

function wireMenu(): void {
  const menu = byId("point-menu");
  menu.addEventListener("click", (event) => {
    const action = (event.target as HTMLElement).closest<HTMLElement>("[data-action]")?.dataset["action"];
    const index = state.menuIndex;
    if (action === undefined || index === null) return;
    if (action === "close") return closeMenu(true);
    const anchor = byId("chart").querySelector(`.shewhart-point[data-index="${index}"]`) ?? menu;
    if (action === "exclude") return pointActions.exclude(index, anchor);
    closeMenu(false);
    if (action === "baseline") pointActions.baseline(index);
    if (action === "phase") pointActions.phase(index);
    byId("chart").querySelector<SVGElement>(`.shewhart-point[data-index="${index}"]`)?.focus();
  });
  byId<HTMLFormElement>("exclude-form").addEventListener("submit", (event) => {
    event.preventDefault();
    const index = state.menuIndex;
    const g = shownChart();
    if (index === null || g === null) return;
    const reason = byId<HTMLInputElement>("exclude-reason").value.trim();
    closeMenu(false);
    state.focus = index;
    setConfig({ exclude: [...state.config.exclude, { x: g.xText[index] ?? "", reason }] });
    byId("chart").querySelector<SVGElement>(`.shewhart-point[data-index="${index}"]`)?.focus();
  });
  menu.addEventListener("keydown", (event) => {
    if (event.key === "Escape") {
      event.preventDefault();
      closeMenu(true);
    }
  });
  document.addEventListener("click", (event) => {
    if (!menu.hidden && !menu.contains(event.target as Node)) closeMenu(false);
  });
}

// ---- controls ----

function wireControls(): void {
  byId<HTMLInputElement>("file").addEventListener("change", (event) => {
    const file = (event.target as HTMLInputElement).files?.[0];
    if (file !== undefined) void openFile(file);
  });
  const drop = byId("drop");
  drop.addEventListener("dragover", (event) => {
    event.preventDefault();
    drop.classList.add("over");
  });
  drop.addEventListener("dragleave", () => drop.classList.remove("over"));
  drop.addEventListener("drop", (event) => {
    event.preventDefault();
    drop.classList.remove("over");
    const file = event.dataTransfer?.files[0];
    if (file !== undefined) void openFile(file);
  });
  byId("paste-button").addEventListener("click", () => {
    const text = byId<HTMLTextAreaElement>("paste").value;
    if (text.trim() !== "") void openBytes(new TextEncoder().encode(text), "pasted.tsv", null);
  });
  for (const id of ["encoding", "separator"] as const) byId<HTMLSelectElement>(id).addEventListener("change", (event) => reread({ [id]: (event.target as HTMLSelectElement).value }));
  byId<HTMLSelectElement>("decimal").addEventListener("change", (event) => setConfig({ decimal: (event.target as HTMLSelectElement).value as AppConfig["decimal"] }));
  byId<HTMLSelectElement>("x-type").addEventListener("change", (event) => setConfig({ xType: (event.target as HTMLSelectElement).value as AppConfig["xType"] }));
  byId<HTMLSelectElement>("date-order").addEventListener("change", (event) => setConfig({ dateOrder: (event.target as HTMLSelectElement).value as AppConfig["dateOrder"] }));
  for (const select of Array.from(document.querySelectorAll<HTMLSelectElement>("#columns-section select"))) {
    select.addEventListener("change", () => setConfig({ [select.dataset["role"] as Role]: select.value }));
  }
  byId<HTMLSelectElement>("chart-type").addEventListener("change", (event) => {
    state.chartChosen = true;
    setConfig({ chart: (event.target as HTMLSelectElement).value as AppConfig["chart"] });
  });
  byId<HTMLSelectElement>("rules").addEventListener("change", (event) => setConfig({ rules: (event.target as HTMLSelectElement).value as AppConfig["rules"] }));
  byId<HTMLSelectElement>("improvement").addEventListener("change", (event) => setConfig({ improvement: (event.target as HTMLSelectElement).value as AppConfig["improvement"] }));
  byId<HTMLSelectElement>("multiply").addEventListener("change", (event) => {
    state.multiplyChosen = true;
    setConfig({ multiply: Number((event.target as HTMLSelectElement).value) });
  });
  byId<HTMLInputElement>("target").addEventListener("change", (event) => setConfig({ target: (event.target as HTMLInputElement).value }));
  byId<HTMLInputElement>("title").addEventListener("change", (event) => setConfig({ title: (event.target as HTMLInputElement).value }));
  byId<HTMLSelectElement>("baseline-select").addEventListener("change", (event) => {
    const v = (event.target as HTMLSelectElement).value;
    setConfig({ freeze: v === "" ? null : Number(v) });
  });
  byId<HTMLInputElement>("baseline-range").addEventListener("input", (event) => {
    const v = Number((event.target as HTMLInputElement).value);
    setConfig({ freeze: v === 0 ? null : v });
  });
  byId<HTMLSelectElement>("view").addEventListener("change", (event) => setConfig({ view: (event.target as HTMLSelectElement).value as AppConfig["view"] }));
  byId<HTMLSelectElement>("shown").addEventListener("change", (event) => setConfig({ shown: (event.target as HTMLSelectElement).value }));
  byId<HTMLSelectElement>("language").addEventListener("change", (event) => {
    state.language = (event.target as HTMLSelectElement).value === "da" ? "da" : "en";
    try {
      localStorage.setItem("shewhart-app:language", state.language);
    } catch {
      // not kept
    }
    applyWords();
    update();
  });
  byId("copy-command").addEventListener("click", () => {
    navigator.clipboard.writeText(byId("command").textContent ?? "").then(
      () => status(w("copied")),
      () => status(w("copyFailed")),
    );
  });
  const chartSvg = (): SVGSVGElement | null => byId("chart").querySelector("svg");
  const stem = (): string => fileStem([state.config.title, state.config.view === "all" ? "" : shownChart()?.name ?? ""].filter((t) => t !== "").join("-") || (state.loaded?.name.replace(/\.[^.]+$/, "") ?? "chart"));
  byId("download-svg").addEventListener("click", () => {
    const svg = chartSvg();
    if (svg !== null) download(new Blob([svgText(svg)], { type: "image/svg+xml" }), `${stem()}.svg`);
  });
  byId("download-png").addEventListener("click", () => {
    const svg = chartSvg();
    if (svg !== null) void svgToPng(svg).then((png) => download(png, `${stem()}.png`), (e: Error) => status(e.message));
  });
  byId("download-csv").addEventListener("click", () => {
    const charts = state.charts.flatMap((g) => (g.result === null ? [] : [{ group: g.name, result: g.result, xText: g.xText, notes: g.notes }]));
    download(new Blob([resultsCsv(charts, state.language)], { type: "text/csv;charset=utf-8" }), `${stem()}.csv`);
  });
  byId("copy-chart").addEventListener("click", () => {
    const svg = chartSvg();
    if (svg !== null) void copyChart(svg).then(() => status(w("chartCopied")), () => status(w("copyFailed")));
  });
  byId("forget").addEventListener("click", () => {
    void forgetAll().then(() => {
      state.loaded = null;
      state.table = null;
      state.columns = null;
      state.charts = [];
      state.config = emptyConfig;
      state.chartChosen = false;
      state.multiplyChosen = false;
      byId<HTMLInputElement>("file").value = "";
      byId<HTMLTextAreaElement>("paste").value = "";
      history.replaceState(null, "", location.pathname + location.search);
      update();
      status(w("forgotten"));
    });
  });
}

// ---- start ----

async function start(): Promise<void> {
  let saved: string | null = null;
  try {
    saved = localStorage.getItem("shewhart-app:language");
  } catch {
    saved = null;
  }
  state.language = saved === "da" || saved === "en" ? saved : languageFor(navigator.languages ?? [navigator.language]);
  applyWords();
  wireControls();
  wireMenu();
  update();
  const fromHash = location.hash.length > 1 ? configFromHash(location.hash) : null;
  const file = await loadFile();
  if (file !== null) {
    const keptHash = loadConfig();
    await openBytes(file.bytes, file.name, fromHash ?? (keptHash === null ? null : configFromHash(keptHash)));
    status(w("restored", { file: file.name }));
  } else if (fromHash !== null) state.config = fromHash;
}

void start();
