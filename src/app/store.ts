// The app's state while it runs, and what every part of the page shares:
// the words in the chosen language, the status line, and a change of config
// that redraws the page.
import { say, type Language, type WordKey } from "./i18n/words.ts";
import type { Table } from "./readFile.ts";
import type { GroupChart, ReadColumns } from "./state/analyseGroups.ts";
import { emptyConfig, type AppConfig } from "./state/config.ts";
import { byId } from "./ui/dom.ts";

/** The file open now: its name and bytes (kept for re-reading with other choices). */
export interface Loaded {
  readonly name: string;
  readonly bytes: Uint8Array;
  /** Cells pasted, not a file: the command line's pasted.tsv must first be saved. */
  readonly pasted?: boolean;
}

export const state = {
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
  /** A run or I chart of proportions is drawn in percent (state/proportionScale.ts), set as the page is drawn. */
  percent: false,
  focus: null as number | null,
  menuIndex: null as number | null,
  /**
   * The x (as written) that a baseline kept from another file ends at — next month's export, a colleague's link —
   * to be found in the file just opened, so that the baseline ends at the same x, not after the same number of
   * points; null when there is none to find.
   */
  baselineEndsAt: null as string | null,
  /** What finding it said (the x is not in this file: no baseline), for the status line; null when nothing. */
  baselineNote: null as string | null,
};

/** A word of the interface in the chosen language. */
export const w = (key: WordKey, values: Record<string, string | number> = {}): string => say(state.language, key, values);

/** Says something in the status line (a live region). */
export function status(text: string): void {
  byId("status").textContent = text;
}

let redraw: () => void = () => undefined;

/** Sets what redraws the page from the state. */
export function onRedraw(fn: () => void): void {
  redraw = fn;
}

/** Redraws the page from the state. */
export function rerender(): void {
  redraw();
}

/** Changes the configuration and redraws. */
export function setConfig(change: Partial<AppConfig>): void {
  state.config = { ...state.config, ...change };
  redraw();
}

/** The chart shown (one group at a time), or the first. */
export function shownChart(): GroupChart | null {
  return state.charts.find((g) => g.name === state.config.shown) ?? state.charts[0] ?? null;
}

/** The x (as written) the shown chart's baseline set in the app ends at, or null (none, or one from a freeze column). */
export function baselineEnd(): string | null {
  const { freeze, freezeColumn } = state.config;
  if (freeze === null || freezeColumn !== "") return null;
  return shownChart()?.xText[freeze - 1] ?? null;
}
