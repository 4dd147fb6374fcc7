import { floorToPeriod, type Period } from "shewhart";
import { parseNumberText, parseXText } from "shewhart/io";
import type { ChartNote } from "shewhart/svg";
import type { Table, XColumn } from "../readFile.ts";
import type { ReadColumns } from "./analyseGroups.ts";
import type { AppConfig } from "./config.ts";
import { subgroupRows, timeOf } from "./subgroupRows.ts";

/**
 * One group's part of the file, made ready for analysis: everything that
 * depends only on the file, the chosen columns and the group, notes, phase
 * and freeze columns — not on the baseline, phases, exclusions, notes typed
 * on points or the chart's options — so that a change of those analyses
 * again without reading, splitting or grouping the rows again.
 */
export interface PreparedGroup {
  readonly name: string;
  /** The group's rows (indices into the table), in file order. */
  readonly rows: readonly number[];
  /**
   * y, n and x of the group's rows, as `analyze` takes them, frozen (missing values as null): `analyze` keeps what
   * it read and grouped from frozen arrays, so that a change of baseline, phase or option does not read and group
   * them again (DESIGN.md, "Analysing again").
   */
  readonly y: readonly (number | null)[];
  readonly n: readonly (number | null)[] | null;
  readonly x: readonly (string | number)[] | null;
  /** Per subgroup: its x as written in the file (first row), for breaks and exclusions by x. */
  readonly xText: string[];
  /** Per subgroup: the table row of its first row, for naming it by its line in the file. */
  readonly firstRows: readonly number[];
  /**
   * The subgroup an x names (breaks, exclusions and notes are kept by x as written): the first whose x is written
   * so (trimmed); else the one whose x has the same value read as the x column was read (`2020-07` names the
   * subgroup written `jul. 2020`, as `shewhart chart --breaks` finds it); -1 for none.
   */
  readonly indexOfX: (text: string) => number;
  /** Per subgroup: the phase column's first non-empty value (null: no phase column). */
  readonly phaseOf: readonly string[] | null;
  /** Per subgroup: whether the freeze column flags it (null: no freeze column). */
  readonly freezeFlags: readonly boolean[] | null;
  /** Notes from the notes column, by subgroup. */
  readonly columnNotes: readonly ChartNote[];
}

/** A time x in canonical form as its subgroup's key (the UTC midnight, floored to the period); null for anything else. */
function keyOfTime(value: string, period: Period | null): number | null {
  const time = timeOf(value);
  if (Number.isNaN(time)) return null;
  return period === null ? time : floorToPeriod(time, period);
}

/** An x written as the user named it, read as the x column was read, as its subgroup's key; null where it does not read so (categories are matched as written). */
function xKeyOf(text: string, column: XColumn, period: Period | null): number | null {
  switch (column.kind) {
    case "category":
      return null;
    case "number": {
      const reading = parseNumberText(text);
      const value = column.decimal === "," ? reading.comma : column.decimal === "." ? reading.dot : Number.isNaN(reading.dot) ? reading.comma : reading.dot;
      return Number.isNaN(value) ? null : value;
    }
    case "year":
      return /^\d{4}$/.test(text) ? keyOfTime(`${text}-01-01`, period) : null;
    default: {
      const value = parseXText(text, column.dateOrder ?? "dmy").value;
      return value === null ? null : keyOfTime(value, period);
    }
  }
}

const flagged = (text: string): boolean => text !== "" && !/^(0|nej|no|false|falsk|n)$/i.test(text);

/** First non-empty value of a per-row column in each subgroup (as the CLI reads phases and notes). */
function perSubgroup(members: readonly number[][], cells: readonly string[]): string[] {
  return members.map((rows) => rows.map((r) => (cells[r] ?? "").trim()).find((v) => v !== "") ?? "");
}

/** The config's fields {@link prepareGroups} reads (besides the table and its read columns): a change of another field keeps its groups. */
export function preparedKey(config: AppConfig): string {
  return JSON.stringify([config.group, config.notes, config.phase, config.freezeColumn, config.x]);
}

/**
 * Splits the table into its groups (in order of first appearance, rows in
 * file order) and makes each ready for analysis: y, n and x of its rows, its
 * subgroups (as `analyze` forms them), their x as written, and the phase,
 * freeze and notes columns per subgroup, as `shewhart chart` reads them.
 * Empty when no y column is chosen.
 */
export function prepareGroups(table: Table, columns: ReadColumns, config: AppConfig): PreparedGroup[] {
  if (columns.y === null) return [];
  const header = table.header;
  const cellsOf = (name: string): string[] | null => {
    const c = name === "" ? -1 : header.indexOf(name);
    return c < 0 ? null : table.rows.map((row) => (row[c] ?? "").trim());
  };
  const groupCells = cellsOf(config.group);
  const notesCells = cellsOf(config.notes);
  const phaseCells = cellsOf(config.phase);
  const freezeCells = cellsOf(config.freezeColumn);
  const xc = config.x === "" ? -1 : header.indexOf(config.x);
  const groups = new Map<string, number[]>();
  for (let r = 0; r < table.rows.length; r++) {
    const name = groupCells?.[r] ?? "";
    const rows = groups.get(name);
    if (rows === undefined) groups.set(name, [r]);
    else rows.push(r);
  }
  const period: Period | null = columns.x?.period ?? null;
  const all = groups.size === 1;
  return [...groups.entries()].map(([name, rows]): PreparedGroup => {
    const pick = (values: Float64Array): readonly (number | null)[] => {
      // Pushed, not written into new Array(length): an array made with holes stays one the engine reads slowly.
      const out: (number | null)[] = [];
      for (let k = 0; k < rows.length; k++) {
        const v = values[rows[k] as number] as number;
        out.push(v === v ? v : null);
      }
      return Object.freeze(out);
    };
    const x = columns.x === null ? null : Object.freeze(all ? columns.x.values.slice() : rows.map((r) => columns.x!.values[r] as string | number)) as readonly (string | number)[];
    const members = subgroupRows(x, rows.length, period);
    const local = (cells: string[] | null): string[] | null => (cells === null ? null : all ? cells : rows.map((r) => cells[r] ?? ""));
    const xText = members.rows.map((m) => (xc < 0 ? String((m[0] ?? 0) + 1) : (table.rows[rows[m[0] ?? 0] ?? 0]?.[xc] ?? "").trim()));
    const firstIndex = new Map<string, number>();
    xText.forEach((text, i) => {
      if (!firstIndex.has(text)) firstIndex.set(text, i);
    });
    // Each subgroup's x by its value (made on the first x not found as written, then kept with the group).
    let byValue: Map<number | string, number> | null = null;
    const sameValue = (text: string): number => {
      if (x === null || columns.x === null) return -1;
      const key = xKeyOf(text, columns.x, period);
      if (key === null) return -1;
      if (byValue === null) {
        byValue = new Map();
        for (let i = members.rows.length - 1; i >= 0; i--) {
          const value = x[members.rows[i]![0]!]!;
          const own = typeof value === "number" ? value : keyOfTime(value, period);
          if (own !== null) byValue.set(own, i);
        }
      }
      return byValue.get(key) ?? -1;
    };
    const phases = local(phaseCells);
    const freezes = local(freezeCells);
    const noteTexts = local(notesCells);
    const columnNotes: ChartNote[] = [];
    if (noteTexts !== null) perSubgroup(members.rows, noteTexts).forEach((text, index) => text !== "" && columnNotes.push({ index, text }));
    return {
      name,
      rows,
      y: pick(columns.y as Float64Array),
      n: columns.n === null ? null : pick(columns.n),
      x,
      xText,
      firstRows: members.rows.map((m) => rows[m[0] ?? 0] ?? 0),
      indexOfX: (text) => firstIndex.get(text.trim()) ?? sameValue(text.trim()),
      phaseOf: phases === null ? null : perSubgroup(members.rows, phases),
      freezeFlags: freezes === null ? null : perSubgroup(members.rows, freezes).map(flagged),
      columnNotes,
    };
  });
}
