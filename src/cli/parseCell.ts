import { CliError } from "./io.ts";

/** Where a cell sits, for messages: `data.csv:12:3 (column "num")`. */
export interface CellPlace {
  readonly file: string;
  /** 1-based line of the file. */
  readonly line: number;
  /** 1-based column. */
  readonly column: number;
  readonly name: string;
}

function where(place: CellPlace): string {
  return `${place.file}:${place.line}:${place.column} (column "${place.name}")`;
}

/**
 * Reads a number as analysts export it: `12.5`, `12,5` (decimal comma),
 * `1.234,5` or `1,234.5` (thousands separators), `-3`, with spaces trimmed. An
 * empty cell (or NA, NULL, -) is missing: `null`. Anything else is an error
 * naming file, line and column.
 */
export function parseNumberCell(text: string, place: CellPlace, decimalComma: boolean): number | null {
  const t = text.trim();
  if (t === "" || /^(na|n\/a|null|nan|-|\.)$/i.test(t)) return null;
  let normal = t.replace(/[\s\u00a0]/g, "");
  if (decimalComma) normal = normal.replace(/\.(?=\d{3}(\D|$))/g, "").replace(",", ".");
  else normal = normal.replace(/,(?=\d{3}(\D|$))/g, "");
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(normal)) {
    throw new CliError(`${where(place)}: expected a number, found "${t.slice(0, 40)}"`, 1);
  }
  const value = Number(normal);
  if (!Number.isFinite(value)) throw new CliError(`${where(place)}: the number "${t.slice(0, 40)}" is out of range`, 1);
  return value;
}

const isoDate = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const danishDate = /^(\d{1,2})[-./](\d{1,2})[-./](\d{4})$/;
const isoWeek = /^(\d{4})-?W(\d{1,2})$/i;

/**
 * Reads an x cell: ISO dates (`2018-11-19`), day-first dates (`19-11-2018`,
 * `19.11.2018`, `19/11/2018`), ISO weeks (`2018-W47`) — all returned as
 * `YYYY-MM-DD` or `YYYY-Www` strings for the core — numbers, or else the text
 * as a category.
 */
export function parseXCell(text: string): string | number {
  const t = text.trim();
  const iso = isoDate.exec(t);
  if (iso !== null) return `${iso[1]}-${iso[2]!.padStart(2, "0")}-${iso[3]!.padStart(2, "0")}`;
  const danish = danishDate.exec(t);
  if (danish !== null) return `${danish[3]}-${danish[2]!.padStart(2, "0")}-${danish[1]!.padStart(2, "0")}`;
  const week = isoWeek.exec(t);
  if (week !== null) return `${week[1]}-W${week[2]!.padStart(2, "0")}`;
  if (/^[-+]?\d+(\.\d+)?$/.test(t)) return Number(t);
  return t;
}
