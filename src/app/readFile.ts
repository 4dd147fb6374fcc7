// The app's one door to file reading. Everything the app knows about bytes,
// encodings, separators, number and x spellings comes through here; the
// internals are a stand-in until the library's reading layer (shewhart/io) is
// merged, then they become calls to it.
import type { Period } from "shewhart";

/** What was found in the file, shown to the user and changeable. */
export interface Detected {
  readonly format: "csv" | "xlsx";
  readonly encoding: string;
  /** `,`, `;` or tab; null for a workbook. */
  readonly separator: string | null;
  /** Decimal mark of the numbers. */
  readonly decimal: "," | ".";
}

/** Choices that override detection. */
export interface ReadChoices {
  readonly encoding?: string;
  readonly separator?: string;
  readonly decimal?: "," | ".";
}

/** A table of cell texts, with the line each record starts on. */
export interface Table {
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
  /** 1-based line (CSV) or row (xlsx) of each record. */
  readonly lines: readonly number[];
  readonly detected: Detected;
}

/** An unreadable cell: row index into `Table.rows`, column index, and why. */
export interface CellProblem {
  readonly row: number;
  readonly column: number;
  readonly message: string;
}

/** The x column read into the core's canonical forms. */
export interface XColumn {
  readonly values: (string | number)[];
  /** What the column holds, for the detection panel. */
  readonly kind: "date" | "week" | "month" | "quarter" | "year" | "number" | "category";
  readonly period: Period | null;
  /** An example of the spelling as written in the file. */
  readonly example: string;
  readonly problems: CellProblem[];
}

/** Reads a file's bytes (CSV, TSV, or text pasted from a spreadsheet) into a table. */
export function readTable(bytes: Uint8Array, name: string, choices: ReadChoices = {}): Table {
  if (/\.xlsx$/i.test(name) || (bytes[0] === 0x50 && bytes[1] === 0x4b)) {
    throw new Error(`${name}: Excel workbooks are read by shewhart/io, which this build does not have yet; save the sheet as CSV`);
  }
  const encoding = choices.encoding ?? detectEncoding(bytes);
  const text = new TextDecoder(encoding).decode(bytes).replace(/^\ufeff/, "");
  if (text.trim() === "") throw new Error(`${name}: the file is empty`);
  const firstLine = text.split(/\r?\n/, 1)[0] ?? "";
  const separator = choices.separator ?? ["\t", ";", ","].map((s) => ({ s, count: firstLine.split(s).length - 1 })).reduce((a, b) => (b.count > a.count ? b : a)).s;
  const { records, lines } = splitRecords(text, separator);
  const [header = [], ...rows] = records;
  const decimal = choices.decimal ?? detectDecimal(rows, separator);
  return { header: header.map((h) => h.trim()), rows, lines: lines.slice(1), detected: { format: "csv", encoding, separator, decimal } };
}

function detectEncoding(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return "utf-8";
  } catch {
    return "windows-1252";
  }
}

function splitRecords(text: string, separator: string): { records: string[][]; lines: number[] } {
  const records: string[][] = [];
  const lines: number[] = [];
  let record: string[] = [];
  let cell = "";
  let quoted = false;
  let line = 1;
  let start = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else {
        if (c === "\n") line++;
        cell += c;
      }
    } else if (c === '"' && cell === "") quoted = true;
    else if (c === separator) record.push(cell), (cell = "");
    else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      record.push(cell);
      if (record.some((v) => v.trim() !== "")) records.push(record), lines.push(start);
      record = [];
      cell = "";
      line++;
      start = line;
    } else cell += c;
  }
  record.push(cell);
  if (record.some((v) => v.trim() !== "")) records.push(record), lines.push(start);
  return { records, lines };
}

function detectDecimal(rows: readonly (readonly string[])[], separator: string): "," | "." {
  let comma = 0;
  let point = 0;
  for (const row of rows) {
    for (const cell of row) {
      if (/^\s*-?\d+,\d+\s*%?\s*$/.test(cell) && !/^\s*-?\d{1,3},\d{3}\s*$/.test(cell)) comma++;
      else if (/^\s*-?\d+\.\d+\s*%?\s*$/.test(cell) && !/^\s*-?\d{1,3}\.\d{3}\s*$/.test(cell)) point++;
    }
  }
  if (comma === point) return separator === ";" ? "," : ".";
  return comma > point ? "," : ".";
}

const missing = /^(|na|n\/a|null|nan|-)$/i;

/** Reads a column of numbers (NaN = missing); every cell that is not a number is a problem at its place. */
export function readNumbers(table: Table, column: number, decimal: "," | "."): { values: Float64Array; problems: CellProblem[] } {
  const values = new Float64Array(table.rows.length);
  const problems: CellProblem[] = [];
  table.rows.forEach((row, r) => {
    const text = (row[column] ?? "").trim();
    if (missing.test(text)) return void (values[r] = Number.NaN);
    let t = text.replace(/[\s\u00a0]/g, "").replace(/%$/, "").replace(/\u2212/g, "-");
    t = decimal === "," ? t.replace(/\.(?=\d{3}(\D|$))/g, "").replace(",", ".") : t.replace(/,(?=\d{3}(\D|$))/g, "");
    const value = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(t) ? Number(t) : Number.NaN;
    values[r] = value;
    if (!Number.isFinite(value)) problems.push({ row: r, column, message: `"${text}" is not a number` });
  });
  return { values, problems };
}

const danishMonths = ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"];
const englishMonths = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

function monthOf(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, "").slice(0, 3);
  const k = danishMonths.indexOf(w);
  return k >= 0 ? k + 1 : englishMonths.indexOf(w) + 1;
}

const pad = (n: number | string): string => String(n).padStart(2, "0");

/** One x cell in canonical form, with its kind; null when unreadable. */
function readX(text: string): { value: string | number; kind: XColumn["kind"] } | null {
  const t = text.trim();
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t))) return validDate(+m[1]!, +m[2]!, +m[3]!);
  if ((m = /^(\d{1,2})[-./](\d{1,2})[-./](\d{4})$/.exec(t))) return validDate(+m[3]!, +m[2]!, +m[1]!);
  if ((m = /^(\d{4})-?W(\d{1,2})$/i.exec(t)) || (m = /^(?:uge|week|u|w)\.?\s*(\d{1,2})[\s,/-]+(\d{4})$/i.exec(t))) {
    const [year, week] = /^\d{4}/.test(t) ? [m[1]!, m[2]!] : [m[2]!, m[1]!];
    return +week >= 1 && +week <= 53 ? { value: `${year}-W${pad(week)}`, kind: "week" } : null;
  }
  if ((m = /^(\d{4})\s*(?:uge|week)\s*(\d{1,2})$/i.exec(t))) return +m[2]! >= 1 && +m[2]! <= 53 ? { value: `${m[1]}-W${pad(m[2]!)}`, kind: "week" } : null;
  if ((m = /^(\d{4})-(\d{1,2})$/.exec(t)) && +m[2]! >= 1 && +m[2]! <= 12) return { value: `${m[1]}-${pad(m[2]!)}-01`, kind: "month" };
  if ((m = /^([a-zæøå]+\.?)[\s-]+(\d{4})$/i.exec(t)) && monthOf(m[1]!) > 0) return { value: `${m[2]}-${pad(monthOf(m[1]!))}-01`, kind: "month" };
  if ((m = /^(\d{4})\s*-?\s*[QK](\d)$/i.exec(t)) || (m = /^[QK](\d)\s+(\d{4})$/i.exec(t)) || (m = /^(\d)\.\s*kvt\.?\s*(\d{4})$/i.exec(t))) {
    const [year, q] = /^\d{4}/.test(t) ? [m[1]!, m[2]!] : [m[2]!, m[1]!];
    return +q >= 1 && +q <= 4 ? { value: `${year}-${pad((+q - 1) * 3 + 1)}-01`, kind: "quarter" } : null;
  }
  if (/^(19|20)\d\d$/.test(t)) return { value: `${t}-01-01`, kind: "year" };
  if (/^[-+]?\d+([.,]\d+)?$/.test(t)) return { value: Number(t.replace(",", ".")), kind: "number" };
  return null;
}

function validDate(year: number, month: number, day: number): { value: string; kind: "date" } | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day ? { value: `${year}-${pad(month)}-${pad(day)}`, kind: "date" } : null;
}

const periodOf: Record<XColumn["kind"], Period | null> = { date: null, week: "week", month: "month", quarter: "quarter", year: "year", number: null, category: null };

/**
 * Reads the x column: dates, weeks ("Uge 40, 2018", "2018-W40"), months,
 * quarters, numbers; when most cells are one of these, a cell that is not is a
 * problem at its place (never a silent category). Otherwise categories.
 */
export function readXColumn(table: Table, column: number): XColumn {
  const cells = table.rows.map((row) => (row[column] ?? "").trim());
  const read = cells.map(readX);
  const counts = new Map<XColumn["kind"], number>();
  for (const r of read) if (r !== null) counts.set(r.kind, (counts.get(r.kind) ?? 0) + 1);
  // Numbers that all look like years (2018, 2019) are years; a column of plain numbers with a few of them is numbers.
  if ((counts.get("year") ?? 0) > 0 && (counts.get("number") ?? 0) > 0) {
    counts.set("number", (counts.get("number") ?? 0) + (counts.get("year") ?? 0));
    counts.delete("year");
  }
  const [kind, count] = [...counts.entries()].reduce<[XColumn["kind"], number]>((a, b) => (b[1] > a[1] ? b : a), ["category", 0]);
  const example = cells.find((c) => c !== "") ?? "";
  if (kind === "category" || count * 2 <= cells.length) return { values: cells, kind: "category", period: null, example, problems: [] };
  const problems: CellProblem[] = [];
  const values = read.map((r, row) => {
    if (kind === "number" && r?.kind === "year") return Number(cells[row]);
    if (r === null || r.kind !== kind) {
      problems.push({ row, column, message: cells[row] === "" ? "x is empty" : `"${cells[row]}" is not a ${kind} like "${example}"` });
      return cells[row] ?? "";
    }
    return r.value;
  });
  return { values, kind, period: periodOf[kind], example, problems };
}
