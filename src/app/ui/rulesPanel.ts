import type { ChartResult } from "shewhart";
import { say, type Language } from "../i18n/words.ts";
import { el } from "./dom.ts";

/**
 * The rules panel Danish teams know, for the last phase: longest run and its
 * limit, crossings and their limit, points outside the limits, and for the
 * IHI rules the number of runs and its bounds. `group` names the chart's group in the caption, where the page shows
 * every group's chart and the panel one of them.
 */
export function rulesPanel(result: ChartResult, language: Language, group?: string): HTMLElement {
  const phase = result.phases[result.phases.length - 1];
  const w = (key: Parameters<typeof say>[1], values: Record<string, string | number> = {}): string => say(language, key, values);
  if (phase === undefined) return el("p");
  const na = w("notApplicable");
  const cell = (v: number | null): string => (v === null ? na : String(v));
  const signal = (on: boolean | null): HTMLElement => (on === null ? el("td", {}, na) : el("td", on ? { class: "signal" } : {}, w(on ? "yes" : "no")));
  // Where the runs rules were not applied (x without an order, an MR chart, a rule set without them), their counts
  // are shown as the library reports them, but signal nothing: a red "yes" beside a verdict of "not tested" contradicted it.
  const untested = result.assessment.untested;
  const runsSignal = (on: boolean): HTMLElement => (untested === null || untested === "no_useful_points" ? signal(on) : el("td", {}, w("notTested")));
  const rows: HTMLElement[] = [];
  const longest = phase.longestRun !== null && phase.longestRunMax !== null;
  if (longest) rows.push(el("tr", {}, el("th", { scope: "row" }, w("panelLongest")), el("td", { class: "num" }, cell(phase.longestRun)), el("td", {}, w("maxLimit", { v: cell(phase.longestRunMax) })), runsSignal((phase.longestRun as number) > (phase.longestRunMax as number))));
  if (phase.crossings !== null && phase.crossingsMin !== null) rows.push(el("tr", {}, el("th", { scope: "row" }, w("panelCrossings")), el("td", { class: "num" }, cell(phase.crossings)), el("td", {}, w("minLimit", { v: cell(phase.crossingsMin) })), runsSignal(phase.crossings < phase.crossingsMin)));
  if (phase.runsMin !== null && phase.runsMax !== null && phase.runs !== null) rows.push(el("tr", {}, el("th", { scope: "row" }, w("panelRuns")), el("td", { class: "num" }, cell(phase.runs)), el("td", {}, w("between", { a: phase.runsMin, b: phase.runsMax })), runsSignal(phase.runs < phase.runsMin || phase.runs > phase.runsMax)));
  if (result.chart !== "run") rows.push(el("tr", {}, el("th", { scope: "row" }, w("panelOutside")), el("td", { class: "num" }, String(phase.sigmaSignals)), el("td", {}, "0"), signal(phase.sigmaSignals > 0)));
  rows.push(el("tr", {}, el("th", { scope: "row" }, w("panelPoints")), el("td", { class: "num" }, String(phase.useful)), el("td", {}, ""), el("td", {}, "")));
  return el(
    "table",
    { class: "rules-table" },
    el("caption", {}, group === undefined ? w("panelTitle") : w("panelTitleGroup", { group })),
    el("thead", {}, el("tr", {}, el("th", { scope: "col" }, ""), el("th", { scope: "col" }, w("panelValue")), el("th", { scope: "col" }, w("panelLimit")), el("th", { scope: "col" }, w("panelSignal")))),
    el("tbody", {}, ...rows),
  );
}
