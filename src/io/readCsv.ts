import { decodeText } from "./decodeText.ts";
import { ReadError } from "./readError.ts";
import { tableFooters } from "./footerRows.ts";
import { maxTitleRows, readsAsNames, titleRows, titleText } from "./titleRows.ts";
import type { ReadTableOptions, Separator, Table, TitleLine } from "./types.ts";
import { doubled } from "../core/internal/doubled.ts";

const quote = 34;
const lf = 10;
const cr = 13;
const separators: readonly Separator[] = ["\t", ";", ","];
/** Records looked at to detect the separator. */
const sampleRecords = 100;

/**
 * Reads a CSV (or tab-separated) file from its bytes into a {@link Table}.
 *
 * - Encoding: see {@link decodeText} (or `options.encoding`).
 * - Separator `,`, `;` or tab (or `options.separator`, or an Excel `sep=;`
 *   first line): the one that occurs, outside quotes, the same number of times
 *   (at least once) on the header line and each of the next 100 records; among
 *   several, the one making the most columns (ties: tab, then `;`, then `,`);
 *   else the one that does so on the records after up to four first lines
 *   without any (a title above the table). A file where none does is read with
 *   the most common one in the header, so that the first record with another
 *   number of cells is reported.
 * - Lines of title above the table ("Andel ajourført FMK", then the column
 *   names: {@link titleRows}) are left out of it and listed in
 *   `detected.titleLines`.
 * - Quoted fields (RFC 4180): `"…"` may hold separators, line breaks and `""`
 *   for a quote; spaces before the opening quote are ignored.
 * - Lines are `\n`, `\r\n` or `\r`. Records whose cells are all blank are
 *   skipped (blank lines, `;;;` lines). Each record's first line is kept for messages.
 *
 * Linear in the file's length: a scan for line breaks sizes the columns,
 * then one pass reads the records. A cell repeated in the file (a group's
 * name, a week, a count) is one string in every row it is in.
 *
 * @throws {ReadError} for an empty file, an unclosed quote, text after a closing quote, or a record with fewer cells than the header (or more, unless the extra cells are empty)
 */
export function readCsv(bytes: Uint8Array, options: ReadTableOptions = {}): Table {
  const decoded = decodeText(bytes, options.encoding);
  let text = decoded.text;
  let start = 0;
  let line = 1;
  let separator: Separator | null = options.separator ?? null;
  // Excel's "sep=;" line names the separator.
  const sep = /^sep=([,;\t])\r?\n/i.exec(text.slice(0, 8));
  if (sep !== null) {
    separator ??= sep[1] as Separator;
    start = sep[0].length;
    line = 2;
  }
  if (separator === null) separator = detectSeparator(text, start);
  const split = splitRecords(text, start, line, separator);
  text = "";
  const { titleLines, footerLines, ...table } = split;
  return { ...table, detected: { format: "csv", encoding: decoded.encoding, separator: split.header.length > 1 || separator !== null ? separator : null, sheet: null, titleLines, footerLines } };
}

/** Counts each candidate separator outside quotes on the first records, and picks the one that splits every record alike. */
function detectSeparator(text: string, start: number): Separator | null {
  const counts: number[][] = [[], [], []];
  const current = [0, 0, 0];
  // Where each counted record starts and ends in the text.
  const spans: [number, number][] = [];
  let recordStart = start;
  let inQuotes = false;
  let blank = true;
  const end = text.length;
  let i = start;
  for (; i < end && counts[0]!.length < sampleRecords; i++) {
    const c = text.charCodeAt(i);
    if (c === quote) inQuotes = !inQuotes;
    else if (inQuotes) continue;
    else if (c === lf || c === cr) {
      if (!blank) {
        for (let k = 0; k < 3; k++) counts[k]!.push(current[k]!);
        spans.push([recordStart, i]);
      }
      current.fill(0);
      blank = true;
      recordStart = i + 1;
      continue;
    } else if (c === 9) current[0]!++;
    else if (c === 59) current[1]!++;
    else if (c === 44) current[2]!++;
    if (c !== 32) blank = false;
  }
  if (!blank) {
    for (let k = 0; k < 3; k++) counts[k]!.push(current[k]!);
    spans.push([recordStart, i]);
  }
  let best: Separator | null = null;
  let bestCount = 0;
  // Notes below the table have no separator either ("Kilde: Sundhedsdatastyrelsen"): the last records without
  // the separator are not counted against it when the others split alike (footerRows.ts decides whether they are notes).
  const table = (list: number[]): number[] => {
    let end = list.length;
    while (end > 0 && list.length - end < maxTitleRows && list[end - 1] === 0) end--;
    return end >= 2 && end < list.length ? list.slice(0, end) : list;
  };
  for (let k = 0; k < 3; k++) {
    const list = table(counts[k]!);
    const header = list[0] ?? 0;
    if (header > bestCount && list.every((count) => count === header)) {
      best = separators[k]!;
      bestCount = header;
    }
  }
  if (best !== null) return best;
  // Lines of title above the table have no separator ("Andel ajourført FMK", then the column names): the one that
  // splits every record after them alike, at least twice (titleRows.ts decides whether they are a title).
  for (let k = 0; k < 3; k++) {
    const list = table(counts[k]!);
    let titles = 0;
    while (titles < list.length && list[titles] === 0) titles++;
    const header = list[titles] ?? 0;
    // The record under the title must read as column names: a column of decimal-comma numbers under its name
    // ("Andel", "0,95", "0,93") splits alike at its commas, and is one column.
    const span = spans[titles];
    const names = span === undefined ? [] : text.slice(span[0], span[1]).split(separators[k]!).map((cell) => cell.replace(/^\s*"|"\s*$/g, ""));
    if (titles >= 1 && titles <= maxTitleRows && list.length - titles >= 2 && header > bestCount && list.slice(titles).every((count) => count === header) && readsAsNames(names)) {
      best = separators[k]!;
      bestCount = header;
    }
  }
  if (best !== null) return best;
  for (let k = 0; k < 3; k++) {
    const header = counts[k]![0] ?? 0;
    if (header > bestCount) {
      best = separators[k]!;
      bestCount = header;
    }
  }
  return best;
}

function splitRecords(text: string, start: number, firstLine: number, separator: Separator | null): Omit<Table, "detected"> & { titleLines: TitleLine[]; footerLines: TitleLine[] } {
  const sep = separator === null ? -1 : separator.charCodeAt(0);
  const end = text.length;
  let header: string[] | null = null;
  let columns: string[][] = [];
  // Arrays made at their final size (or more) are filled several times faster than arrays grown by push, which copy themselves as they grow.
  const room = recordBound(text, start);
  const presized = room <= maxPresized;
  let lines: Uint32Array = new Uint32Array(presized ? room : 1024);
  let rows = 0;
  let line = firstLine;
  let i = start;
  let fields: string[] = [];
  let recordLine = line;
  // The first records, held until the header is known; those above it that are a title, with their lines.
  const held: { fields: string[]; line: number }[] = [];
  let titleLines: TitleLine[] = [];
  // Lines without separators after the header, held until it is known whether anything but such lines follows.
  const tail: { fields: string[]; line: number }[] = [];
  const tooFew = (cells: readonly string[], at: number): never => {
    throw new ReadError({ reason: { key: "cellCount", expected: (header as string[]).length, found: cells.length }, line: at, column: null, columnName: null, value: null, option: "separator" });
  };
  const addRow = (cells: string[], at: number): void => {
    const width = (header as string[]).length;
    let count = cells.length;
    while (count > width && cells[count - 1]!.trim() === "") count--;
    if (count !== width) tooFew(cells, at);
    // At index rows: within the room made, or one past the end of a grown array.
    for (let c = 0; c < count; c++) columns[c]![rows] = cells[c]!;
    if (rows === lines.length) lines = doubled(lines);
    lines[rows++] = at;
  };
  const settle = (): void => {
    const titles = titleRows(held.map((record) => record.fields));
    titleLines = held.slice(0, titles).map((record) => ({ line: record.line, text: titleText(record.fields) }));
    const first = held[titles] as { fields: string[]; line: number };
    header = first.fields.map((h) => h.trim());
    columns = header.map(() => (presized ? new Array<string>(room) : []));
    for (const record of held.slice(titles + 1)) addRow(record.fields, record.line);
    held.length = 0;
  };
  const cache = new Array<string | undefined>(internSlots);
  while (i <= end) {
    // One field.
    let j = i;
    while (j < end && text.charCodeAt(j) === 32) j++;
    let value: string;
    if (j < end && text.charCodeAt(j) === quote) {
      let from = j + 1;
      value = "";
      for (;;) {
        const close = text.indexOf('"', from);
        if (close < 0) {
          throw new ReadError({ reason: { key: "unclosedQuote" }, line: recordLine, column: fields.length + 1, columnName: header?.[fields.length] ?? null, value: null });
        }
        for (let k = from; k < close; k++) {
          const c = text.charCodeAt(k);
          if (c === lf || (c === cr && text.charCodeAt(k + 1) !== lf)) line++;
        }
        if (text.charCodeAt(close + 1) === quote) {
          value += text.slice(from, close + 1);
          from = close + 2;
          continue;
        }
        value += text.slice(from, close);
        i = close + 1;
        break;
      }
      while (i < end && text.charCodeAt(i) === 32) i++;
      if (i < end) {
        const c = text.charCodeAt(i);
        if (c !== sep && c !== lf && c !== cr) {
          throw new ReadError({
            reason: { key: "textAfterQuote" },
            line,
            column: fields.length + 1,
            columnName: header?.[fields.length] ?? null,
            value: text.slice(j, Math.min(end, i + 20)),
          });
        }
      }
    } else {
      // The cell's hash is made in the scan for its end, so that a text seen before is found in the cache without a new string.
      let hash = 0;
      j = i;
      while (j < end) {
        const c = text.charCodeAt(j);
        if (c === sep || c === lf || c === cr) break;
        hash = (Math.imul(hash, 31) + c) | 0;
        j++;
      }
      value = j - i > internMaxLength ? text.slice(i, j) : intern(cache, hash, text, i, j);
      i = j;
    }
    fields.push(value);
    if (i < end && text.charCodeAt(i) === sep) {
      i++;
      continue;
    }
    // End of a record.
    if (!isBlank(fields)) {
      if (header === null) {
        // The first records wait until it is known whether they are a title above the table (titleRows.ts):
        // until one has text in two cells, or there are more than a title can have.
        held.push({ fields, line: recordLine });
        if (fields.filter((cell) => cell.trim() !== "").length >= 2 || held.length > maxTitleRows) settle();
      } else if (fields.length === 1 && (header as string[]).length > 1) {
        // A line without separators in a table of several columns: a note below the table when only such lines
        // follow (footerRows.ts decides), else a record with too few cells.
        tail.push({ fields, line: recordLine });
      } else {
        if (tail.length > 0) tooFew(tail[0]!.fields, tail[0]!.line);
        addRow(fields, recordLine);
      }
    }
    if (i >= end) break;
    if (text.charCodeAt(i) === cr && text.charCodeAt(i + 1) === lf) i++;
    i++;
    line++;
    recordLine = line;
    fields = [];
  }
  if (header === null && held.length > 0) settle();
  if (header === null) throw new ReadError({ reason: { key: "emptyFile" }, line: null, column: null, columnName: null, value: null });
  // Notes below the table, padded or not: the last records, left out when footerRows says so.
  const width = (header as string[]).length;
  for (const record of tail) addRow([...record.fields, ...Array<string>(width - 1).fill("")], record.line);
  // A note stands apart from the table: under a blank line, or written without separators.
  const footerLines = tableFooters(columns, lines, rows, new Set(tail.map((record) => record.line)));
  if (footerLines.length < tail.length) tooFew(tail[0]!.fields, tail[0]!.line);
  rows -= footerLines.length;
  for (const column of columns) column.length = rows;
  return { header, columns, lines: lines.slice(0, rows), rows, titleLines, footerLines };
}

/** Cells of at most this many characters are interned (group names, labels, counts); longer ones are rarely repeated. */
const internMaxLength = 64;
/** Slots of the intern cache: a power of two, some times the distinct cells of a large file's repeated columns. */
const internSlots = 1 << 16;

/**
 * The cell `text[from, to)` as a string: the one the cache holds under its
 * hash when that one has the same characters, else a new one (which then
 * takes the slot). A national file of 2 million rows repeats a few thousand
 * distinct cells (group names, the 104 week labels, small counts); without
 * this each row made a string of each cell that lived until the file was
 * read, and collecting them was 40 % of the reading. Equal text, equal
 * string: nothing read changes.
 */
function intern(cache: (string | undefined)[], hash: number, text: string, from: number, to: number): string {
  const slot = hash & (internSlots - 1);
  const held = cache[slot];
  const length = to - from;
  if (held !== undefined && held.length === length) {
    let k = 0;
    while (k < length && held.charCodeAt(k) === text.charCodeAt(from + k)) k++;
    if (k === length) return held;
  }
  const value = text.slice(from, to);
  cache[slot] = value;
  return value;
}

/** Longest column made at its size beforehand: longer arrays are kept by V8 as dictionaries, slower than arrays grown by push. */
const maxPresized = 1 << 24;

/** At least the number of records from `start` on: one more than the line breaks (`\n`, and `\r` not followed by `\n`). */
function recordBound(text: string, start: number): number {
  let count = 1;
  for (let at = text.indexOf("\n", start); at >= 0; at = text.indexOf("\n", at + 1)) count++;
  for (let at = text.indexOf("\r", start); at >= 0; at = text.indexOf("\r", at + 1)) if (text.charCodeAt(at + 1) !== lf) count++;
  return count;
}

function isBlank(fields: readonly string[]): boolean {
  for (const field of fields) if (field.trim() !== "") return false;
  return true;
}
