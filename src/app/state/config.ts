import type { ChartType, RuleSetName } from "shewhart";
import type { XKind } from "shewhart/io";

/** An exclusion set on a point: its x as written in the file, and why. */
export interface Exclusion {
  readonly x: string;
  readonly reason: string;
}

/** A note typed on a point: its x as written in the file, and the text. */
export interface PointNote {
  readonly x: string;
  readonly text: string;
}

/**
 * Everything the user chose — never the data. It travels in the URL hash (so a
 * colleague can apply it to their own file) and is kept in the browser's
 * storage with the last file. Columns are header names as in the file, `""`
 * for none; points are named by their x as written in the file.
 */
export interface AppConfig {
  readonly x: string;
  readonly y: string;
  readonly n: string;
  readonly group: string;
  readonly notes: string;
  readonly phase: string;
  readonly freezeColumn: string;
  readonly chart: ChartType;
  readonly rules: RuleSetName;
  readonly improvement: "" | "up" | "down";
  /** Target on the plotted scale, as typed ("" for none). */
  readonly target: string;
  /** 100 for percent, 1000 per thousand; 1 for none. */
  readonly multiply: number;
  /** Baseline: the first `freeze` subgroups of the first phase (null: none). Ignored when a freeze column is chosen. */
  readonly freeze: number | null;
  /** x values (as in the file) at which new phases start. Ignored when a phase column is chosen. */
  readonly breaks: readonly string[];
  readonly exclude: readonly Exclusion[];
  /** Notes typed on points, by x as in the file (shown on the chart; the notes column's come with the file). */
  readonly pointNotes: readonly PointNote[];
  /** Small multiples of every group, or one group at a time. */
  readonly view: "one" | "all";
  /** The group shown when `view` is "one" ("" for the first). */
  readonly shown: string;
  readonly title: string;
  /** Reading choices that override detection ("" for detected). */
  readonly encoding: string;
  readonly separator: string;
  readonly decimal: "" | "," | ".";
  /** How x is read ("" detected): a kind of time, numbers or categories. */
  readonly xType: "" | XKind;
  /** Order of 02-04-2018-like dates ("" the Danish day-first default). */
  readonly dateOrder: "" | "dmy" | "mdy";
}

/** A fresh configuration: nothing chosen yet. */
export const emptyConfig: AppConfig = {
  x: "",
  y: "",
  n: "",
  group: "",
  notes: "",
  phase: "",
  freezeColumn: "",
  chart: "run",
  rules: "anhoej",
  improvement: "",
  target: "",
  multiply: 1,
  freeze: null,
  breaks: [],
  exclude: [],
  pointNotes: [],
  view: "one",
  shown: "",
  title: "",
  encoding: "",
  separator: "",
  decimal: "",
  xType: "",
  dateOrder: "",
};
