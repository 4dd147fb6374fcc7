// The page's controls wired to the state: file, drop, paste, reading
// choices, columns, chart options, baseline, groups, language, copy,
// downloads and "forget my data".
import { seriesTitle } from "shewhart/io";
import { localeOf } from "../i18n/words.ts";
import { openBytes, openFile, reread } from "../openData.ts";
import { applyWords, keptSettings, maxPointMarks } from "../render.ts";
import type { AppConfig } from "../state/config.ts";
import { emptyConfig } from "../state/config.ts";
import type { Role } from "../state/proposeColumns.ts";
import { reportHtml } from "../state/reportHtml.ts";
import { resultsCsv } from "../state/resultsCsv.ts";
import { rerender, setConfig, shownChart, state, status, w } from "../store.ts";
import { byId } from "./dom.ts";
import { copyChart, download, fileStem, svgText, svgToPng } from "./exports.ts";
import { forgetAll } from "./storage.ts";

/** Wires every control of the page. */
export function wireControls(): void {
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
    if (text.trim() !== "") void openBytes(new TextEncoder().encode(text), "pasted.tsv", null, true);
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
  // A slider dragged sends many input events: the chart is drawn once per frame, for the last position.
  let slid: number | null = null;
  byId<HTMLInputElement>("baseline-range").addEventListener("input", (event) => {
    const first = slid === null;
    slid = Number((event.target as HTMLInputElement).value);
    if (!first) return;
    requestAnimationFrame(() => {
      const v = slid as number;
      slid = null;
      setConfig({ freeze: v === 0 ? null : v });
    });
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
    rerender();
  });
  byId("copy-command").addEventListener("click", () => {
    navigator.clipboard.writeText(byId("command").textContent ?? "").then(
      () => status(w("copied")),
      () => status(w("copyFailed")),
    );
  });
  const chartSvg = (): SVGSVGElement | null => byId("chart").querySelector("svg");
  const stem = (): string => fileStem([state.config.title, state.config.view === "all" ? "" : shownChart()?.name ?? ""].filter((t) => t !== "").join("-") || (state.loaded?.name.replace(/\.[^.]+$/, "") ?? "chart"));
  const allGroupsStem = (fallback: string): string => fileStem(state.config.title || (state.loaded?.name.replace(/\.[^.]+$/, "") ?? fallback));
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
    // The results hold every group, so their name is the title or the file's, never the shown group's (as the report's).
    // Never the data file's own name: saved beside it, the results would take its place ("fmk-resultater.csv").
    download(new Blob([resultsCsv(charts, state.language)], { type: "text/csv;charset=utf-8" }), `${allGroupsStem("results")}-${w("resultsFileSuffix")}.csv`);
  });
  byId("download-report").addEventListener("click", () => {
    const fileName = state.loaded?.name ?? "";
    const untitled = seriesTitle({ y: state.config.y, n: state.config.n, fileName });
    const html = reportHtml(state.charts, { title: state.config.title, fileName, untitled, locale: localeOf[state.language], leftOut: (groups) => w("reportLeftOut", { groups }), maxPointMarks, percent: state.percent });
    // The report holds every group, so its name is the title or the file's, never one group's.
    download(new Blob([html], { type: "text/html;charset=utf-8" }), `${allGroupsStem("report")}.html`);
  });
  byId("copy-chart").addEventListener("click", () => {
    const svg = chartSvg();
    if (svg !== null) void copyChart(svg).then(() => status(w("chartCopied")), () => status(w("copyFailed")));
  });
  byId("forget").addEventListener("click", () => {
    keptSettings.cancel();
    void forgetAll().then(() => {
      // A redraw while storage was being cleared (the slider's pending frame) may have kept settings again.
      keptSettings.cancel();
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
      rerender();
      status(w("forgotten"));
    });
  });
}
