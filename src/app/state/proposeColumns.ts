import type { Table } from "../readFile.ts";

/** The roles a column can play, with the header words (Danish and English) that suggest each. */
const words = {
  x: ["uge", "week", "dato", "date", "måned", "maaned", "month", "periode", "period", "kvartal", "quarter", "år", "year", "dag", "day", "tid", "time", "tidspunkt", "x"],
  freezeColumn: ["frys", "freeze", "baseline", "basislinje"],
  phase: ["fase", "phase", "faser", "phases"],
  notes: ["note", "noter", "notes", "kommentar", "kommentarer", "comment", "comments", "bemærkning", "bemærkninger", "annotation"],
  group: ["afsnit", "afdeling", "unit", "ward", "hospital", "sygehus", "group", "gruppe", "enhed", "region", "team", "klinik", "clinic", "site", "sted", "kommune", "indikator", "indicator"],
  n: ["nævner", "naevner", "denominator", "udskrevne", "total", "i alt", "n", "sengedage", "bed days", "beddays", "patientdage", "indlæggelser", "admissions", "opportunities", "muligheder", "population", "exposure", "eksponering"],
  y: ["tæller", "taeller", "numerator", "antal", "count", "værdi", "vaerdi", "value", "y", "måling", "measurement", "events", "hændelser", "infektioner", "infections", "gns", "gennemsnit", "gennemsnitlig", "mean", "average", "median", "ventetid", "liggetid", "waiting"],
} as const;

export type Role = keyof typeof words;

/** Proposed columns: header names as in the file, `""` for none. */
export type ColumnProposal = Record<Role, string>;

function normalise(header: string): string {
  return header.toLowerCase().replace(/[_\-.:()]+/g, " ").replace(/\s+/g, " ").trim();
}

/**
 * How well a header names a role: 3 the whole header is the word ("Udskrevne"), 2 it holds the word ("Udskrevne
 * med FMK"), 1 a word that starts with it (4+ letters), 0 none.
 */
function score(header: string, role: Role): number {
  const h = normalise(header);
  const tokens = h.split(" ");
  let best = 0;
  for (const word of words[role]) {
    if (h === word) best = Math.max(best, 3);
    else if ((word.includes(" ") && h.includes(word)) || tokens.includes(word)) best = Math.max(best, 2);
    else if (word.length >= 4 && tokens.some((t) => t.startsWith(word))) best = Math.max(best, 1);
  }
  return best;
}

/** Share of a column's non-empty cells that read as a number (either decimal mark, thousands, %). */
function numericShare(table: Table, column: number): { share: number; integers: boolean; values: number[] } {
  let filled = 0;
  let numbers = 0;
  let integers = true;
  const values: number[] = [];
  for (const row of table.rows) {
    const t = (row[column] ?? "").trim().replace(/[\s\u00a0%]/g, "");
    if (t === "" || /^(na|null|-)$/i.test(t)) continue;
    filled++;
    if (/^[-+\u2212]?\d+([.,]\d+)*$/.test(t)) {
      numbers++;
      const v = Number(t.replace(/\u2212/, "-").replace(/[.,](?=\d{3}$)/g, "").replace(",", "."));
      values.push(v);
      if (!Number.isInteger(v)) integers = false;
    }
  }
  return { share: filled === 0 ? 0 : numbers / filled, integers, values };
}

/** Share of a column's non-empty cells that look like a date, week, month or quarter in any supported spelling. */
function timeShare(table: Table, column: number): number {
  const time = /^(\d{1,2}\.\d{4}|\d{4}\.\d{2}|\d{4}[mM]\d{2}|\d{4}-\d{1,2}(-\d{1,2})?|\d{1,2}[-./]\d{1,2}[-./]\d{4}|\d{4}-?[wW]\d{1,2}|(uge|week)\s*\d{1,2}[\s,/-]+\d{4}|\d{4}\s*(uge|week)\s*\d{1,2}|[a-zæøå]+\.?[\s-]+\d{2,4}|\d{4}\s*-?[qkQK]\d|[qkQK]\d\s+\d{4}|\d\.\s*kvt\.?\s*\d{4})$/i;
  let filled = 0;
  let hits = 0;
  for (const row of table.rows) {
    const t = (row[column] ?? "").trim();
    if (t === "") continue;
    filled++;
    if (time.test(t)) hits++;
  }
  return filled === 0 ? 0 : hits / filled;
}

/** A column of identifiers: named so ("id", "nr", "løbenr", "patient"), or whole numbers counting up by one from row to row. */
function isRunningNumber(column: { integers: boolean; values: number[] } | undefined, name: string): boolean {
  if (/^(id|nr\.?|no\.?|nummer|number|løbenr\.?|loebenr\.?|lbnr\.?|patient(nr|id|nummer)?\.?|række|raekke|row|#)$/i.test(normalise(name))) return true;
  if (column === undefined || !column.integers || column.values.length < 3) return false;
  return column.values.every((v, k) => k === 0 || v === (column.values[k - 1] as number) + 1);
}

/**
 * Proposes a column for each role from the header words (Danish and English),
 * then from the cells: x is a column of dates/weeks/months when no header
 * says so, y the first numeric column left that is not a running number (a
 * patient's or row's number), and n a second count column that
 * is never below y (a denominator). Each column plays one role at most.
 */
export function proposeColumns(table: Table): ColumnProposal {
  const header = table.header;
  const used = new Set<number>();
  const out: Record<Role, string> = { x: "", y: "", n: "", group: "", notes: "", phase: "", freezeColumn: "" };
  const numeric = header.map((_, c) => numericShare(table, c));
  const take = (role: Role, c: number): void => {
    out[role] = header[c] ?? "";
    used.add(c);
  };
  const byWords = (role: Role, accept: (c: number) => boolean = () => true): void => {
    let best = -1;
    let bestScore = 0;
    header.forEach((h, c) => {
      if (used.has(c) || !accept(c)) return;
      const s = score(h, role);
      if (s > bestScore) (best = c), (bestScore = s);
    });
    if (best >= 0) take(role, best);
  };
  const isNumeric = (c: number): boolean => (numeric[c]?.share ?? 0) >= 0.8;
  // A column of numbers is x only when its header is a period's name ("Dato", "Måned"; whole numbers also "Uge nr"), never by a
  // word's start: "Indlagt over 24 timer" (hours) was taken for x by "time", over the dates beside it (a trial).
  // Numbers under such a header ("Dato" over 15.10, "Måned" over 11.2019) are x too: read as a period, or refused with
  // why (a day without a year), never charted as the values (a trial's "Dato" was proposed as y, its falls ignored).
  const namesPeriod = (c: number): boolean => score(header[c] ?? "", "x") === 3;
  byWords("x", (c) => !isNumeric(c) || timeShare(table, c) > 0.5 || /^(år|year|x)$/i.test(normalise(header[c] ?? "")) || namesPeriod(c) || (numeric[c]?.integers === true && score(header[c] ?? "", "x") >= 2));
  if (out.x === "") {
    const c = header.findIndex((_, c) => !used.has(c) && timeShare(table, c) >= 0.8);
    if (c >= 0) take("x", c);
  }
  byWords("freezeColumn");
  byWords("phase", (c) => !isNumeric(c) || numeric[c]?.integers === true);
  byWords("notes", (c) => !isNumeric(c));
  byWords("group", (c) => !isNumeric(c));
  // A "group" column whose every row names a group of its own is the x of one chart of categories ("Afsnit" per row:
  // a user's trial got twenty charts of one point each), when no column is x.
  if (out.x === "" && out.group !== "") {
    const c = header.indexOf(out.group);
    const names = table.rows.map((row) => (row[c] ?? "").trim()).filter((name) => name !== "");
    if (names.length >= 2 && new Set(names).size === names.length) {
      out.x = out.group;
      out.group = "";
    }
  }
  byWords("n", isNumeric);
  byWords("y", isNumeric);
  if (out.y === "") {
    const candidates = header.map((_, c) => c).filter((c) => !used.has(c) && isNumeric(c) && !/^(mål|target|maal|goal)$/i.test(normalise(header[c] ?? "")));
    // A running number (a patient's or row's number: 1, 2, 3, …) is an identifier, not a measurement: a user's
    // file of waiting days per patient had y proposed as its "Patient" column. Taken only when nothing else is left.
    const c = candidates.find((c) => !isRunningNumber(numeric[c], header[c] ?? "")) ?? candidates[0];
    if (c !== undefined) take("y", c);
  }
  // y and n named by no y word, whose counts say they are the other way round: y above n in most rows, and n never
  // above y (a file of "Udskrevne med FMK" and "Udskrevne", both read as denominators by their words, had its
  // ratio turned upside down). A y named as one ("Infektioner" over thousands of bed days) is left as it is.
  const yc = header.indexOf(out.y);
  const nc = header.indexOf(out.n);
  if (yc >= 0 && nc >= 0 && score(out.y, "y") === 0 && reversed(numeric[yc], numeric[nc])) {
    out.y = header[nc] ?? "";
    out.n = header[yc] ?? "";
  }
  if (out.n === "" && out.y !== "") {
    // A second count column never below y reads as y's denominator (e.g. "ajourført" of "udskrevne").
    const y = numeric[header.indexOf(out.y)];
    const c = header.findIndex((_, c) => {
      const candidate = numeric[c];
      if (used.has(c) || !isNumeric(c) || candidate === undefined || y === undefined || !y.integers || !candidate.integers) return false;
      return candidate.values.length === y.values.length && candidate.values.every((v, k) => v >= (y.values[k] as number) && v > 0) && y.values.every((v) => v >= 0);
    });
    if (c >= 0) take("n", c);
  }
  return out;
}

/** Whether counts y and n of the same rows are the other way round: y above n in most rows, never below it, and both whole and not negative. */
function reversed(y: { integers: boolean; values: number[] } | undefined, n: { integers: boolean; values: number[] } | undefined): boolean {
  if (y === undefined || n === undefined || !y.integers || !n.integers || y.values.length !== n.values.length || y.values.length === 0) return false;
  let above = 0;
  for (let k = 0; k < y.values.length; k++) {
    const a = y.values[k] as number;
    const b = n.values[k] as number;
    if (a < b || a < 0 || b < 0) return false;
    if (a > b) above++;
  }
  return above * 2 > y.values.length;
}
