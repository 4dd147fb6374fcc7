// Properties of the reading layer: any supported number format reads back the value written, and a
// series written with any supported x spelling, separator and encoding gives exactly the analysis of
// the same series written with ISO dates.
import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { analyze, type ChartSpecInput } from "../../src/index.ts";
import { ReadError } from "../../src/io/readError.ts";
import { readCsv } from "../../src/io/readCsv.ts";
import { readNumberColumns } from "../../src/io/readNumberColumns.ts";
import { readXColumn } from "../../src/io/readXColumn.ts";

// ---- numbers ----------------------------------------------------------------------------------

interface NumberFormat {
  readonly decimal: "," | ".";
  readonly thousands: "" | "." | "," | " " | "\u00a0" | "\u202f";
  readonly minus: "-" | "\u2212";
  readonly percent: "" | "%" | " %";
}

const numberFormat = fc.record({
  decimal: fc.constantFrom(",", "."),
  thousands: fc.constantFrom("", ".", ",", " ", "\u00a0", "\u202f"),
  minus: fc.constantFrom("-", "\u2212"),
  percent: fc.constantFrom("", "%", " %"),
}).filter((f) => f.thousands !== f.decimal) as fc.Arbitrary<NumberFormat>;

/** A value as integer digits and fraction digits, so that it can be written exactly. */
const writtenValue = fc.record({ negative: fc.boolean(), integer: fc.integer({ min: 0, max: 2_000_000_000 }), fraction: fc.constantFrom("", "5", "25", "125", "002", "9") });
type Written = { negative: boolean; integer: number; fraction: string };

function write(value: Written, format: NumberFormat): string {
  let digits = String(value.integer);
  if (format.thousands !== "") digits = digits.replace(/\B(?=(\d{3})+$)/g, format.thousands);
  const text = `${value.negative ? format.minus : ""}${digits}${value.fraction === "" ? "" : `${format.decimal}${value.fraction}`}`;
  return `${text}${format.percent}`;
}

const valueOf = (value: Written): number => (value.negative ? -1 : 1) * Number(`${value.integer}${value.fraction === "" ? "" : `.${value.fraction}`}`);
const table = (text: string) => readCsv(new TextEncoder().encode(text));

describe("numbers in every supported format", () => {
  test.prop([fc.array(writtenValue, { minLength: 1, maxLength: 30 }), numberFormat])("read back exactly the values written, or are refused as ambiguous and then read right with --decimal", (values, format) => {
    const text = `y\n${values.map((v) => `"${write(v, format)}"`).join("\n")}\n`;
    const expected = values.map(valueOf);
    let read: number[];
    try {
      read = [...readNumberColumns(table(text), ["y"])[0]!.values];
    } catch (error) {
      // Refused only when every cell reads both ways: then the mark given settles it.
      expect(error).toBeInstanceOf(ReadError);
      expect((error as ReadError).option).toBe("decimal");
      read = [...readNumberColumns(table(text), ["y"], { decimal: format.decimal })[0]!.values];
    }
    expect(read).toEqual(expected);
  });

  test.prop([fc.array(writtenValue, { minLength: 1, maxLength: 30 }), numberFormat])("read exactly with the decimal mark given", (values, format) => {
    const text = `y\n${values.map((v) => `"${write(v, format)}"`).join("\n")}\n`;
    expect([...readNumberColumns(table(text), ["y"], { decimal: format.decimal })[0]!.values]).toEqual(values.map(valueOf));
  });
});

// ---- x spellings --------------------------------------------------------------------------------

const daMonths = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"];
const daShort = ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"];
const enMonths = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const enShort = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const two = (k: number) => String(k).padStart(2, "0");

const weekSpellings: ((year: number, week: number) => string)[] = [
  (y, w) => `${y}-W${two(w)}`,
  (y, w) => `${y}W${two(w)}`,
  (y, w) => `${y}-W${w}`,
  (y, w) => `Uge ${w}, ${y}`,
  (y, w) => `Uge ${w} ${y}`,
  (y, w) => `uge ${w}-${y}`,
  (y, w) => `${y} uge ${w}`,
  (y, w) => `Week ${w} ${y}`,
  (y, w) => `week ${w}, ${y}`,
  (y, w) => `UGE ${w}, ${y}`,
];
const monthSpellings: ((year: number, month: number) => string)[] = [
  (y, m) => `${y}-${two(m)}`,
  (y, m) => `${daMonths[m - 1]} ${y}`,
  (y, m) => `${daShort[m - 1]} ${y}`,
  (y, m) => `${daShort[m - 1]}. ${y}`,
  (y, m) => `${enMonths[m - 1]} ${y}`,
  (y, m) => `${enShort[m - 1]} ${y}`,
  (y, m) => `${enShort[m - 1]}-${two(y % 100)}`,
  (y, m) => `${daMonths[m - 1]!.toUpperCase()} ${y}`,
];
const quarterSpellings: ((year: number, quarter: number) => string)[] = [
  (y, q) => `${y}-Q${q}`,
  (y, q) => `Q${q} ${y}`,
  (y, q) => `${y}K${q}`,
  (y, q) => `K${q} ${y}`,
  (y, q) => `${q}. kvt. ${y}`,
  (y, q) => `${y}q${q}`,
];
const dateSpellings: ((year: number, month: number, day: number) => string)[] = [
  (y, m, d) => `${y}-${two(m)}-${two(d)}`,
  (y, m, d) => `${two(d)}-${two(m)}-${y}`,
  (y, m, d) => `${two(d)}.${two(m)}.${y}`,
  (y, m, d) => `${two(d)}/${two(m)}/${y}`,
  (y, m, d) => `${d}.${m}.${y}`,
];

const day = 86_400_000;
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

/** Consecutive periods from a start: their ISO first days and their spellings. */
function periods(kind: "week" | "month" | "quarter" | "date", start: number, count: number, spelling: number): { iso: string[]; spelled: string[] } {
  const isoDays: string[] = [];
  const spelled: string[] = [];
  for (let k = 0; k < count; k++) {
    if (kind === "week") {
      // Monday of ISO week 1 of 2015 is 2014-12-29; walk week by week.
      const monday = Date.UTC(2014, 11, 29) + (start + k) * 7 * day;
      const thursday = new Date(monday + 3 * day);
      const year = thursday.getUTCFullYear();
      const week = 1 + Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * day));
      isoDays.push(iso(monday));
      spelled.push(weekSpellings[spelling % weekSpellings.length]!(year, week));
    } else if (kind === "month") {
      // Years 2000–2028: Excel's mmm-yy reads 00–29 as 20xx.
      const index = (start % 300) + k;
      const year = 2000 + Math.floor(index / 12);
      const month = (index % 12) + 1;
      isoDays.push(`${year}-${two(month)}-01`);
      spelled.push(monthSpellings[spelling % monthSpellings.length]!(year, month));
    } else if (kind === "quarter") {
      const index = start + k;
      const year = 2010 + Math.floor(index / 4);
      const quarter = (index % 4) + 1;
      isoDays.push(`${year}-${two(quarter * 3 - 2)}-01`);
      spelled.push(quarterSpellings[spelling % quarterSpellings.length]!(year, quarter));
    } else {
      const t = Date.UTC(2017, 0, 1) + (start + k) * day;
      const date = new Date(t);
      isoDays.push(iso(t));
      spelled.push(dateSpellings[spelling % dateSpellings.length]!(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()));
    }
  }
  return { iso: isoDays, spelled };
}

/** Bytes of a CSV in an encoding (Windows-1252 only for text it can hold). */
function encode(text: string, encoding: "utf-8" | "utf-8-bom" | "utf-16le" | "utf-16be" | "windows-1252"): Uint8Array {
  if (encoding === "windows-1252" && [...text].every((c) => c.charCodeAt(0) < 0x80 || (c.charCodeAt(0) >= 0xa0 && c.charCodeAt(0) <= 0xff))) return Uint8Array.from(text, (c) => c.charCodeAt(0));
  if (encoding === "utf-16le" || encoding === "utf-16be") {
    const out = new Uint8Array(2 + text.length * 2);
    out.set(encoding === "utf-16le" ? [0xff, 0xfe] : [0xfe, 0xff]);
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      out[2 + 2 * i] = encoding === "utf-16le" ? c & 0xff : c >> 8;
      out[3 + 2 * i] = encoding === "utf-16le" ? c >> 8 : c & 0xff;
    }
    return out;
  }
  const bytes = new TextEncoder().encode(text);
  return encoding === "utf-8-bom" ? new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]) : bytes;
}

function csv(rows: string[][], separator: string): string {
  const cell = (text: string) => (text.includes(separator) || text.includes('"') ? `"${text.replaceAll('"', '""')}"` : text);
  return `${rows.map((row) => row.map(cell).join(separator)).join("\r\n")}\r\n`;
}

describe("x spellings", () => {
  test.prop([
    fc.constantFrom("week" as const, "month" as const, "quarter" as const, "date" as const),
    fc.integer({ min: 0, max: 400 }),
    fc.integer({ min: 0, max: 99 }),
    fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 12, maxLength: 40 }),
    fc.constantFrom(",", ";", "\t"),
    fc.constantFrom("utf-8" as const, "utf-8-bom" as const, "utf-16le" as const, "utf-16be" as const, "windows-1252" as const),
    fc.constantFrom("", "%"),
  ])("give exactly the analysis of the same series with ISO dates, in any separator and encoding", (kind, start, spelling, counts, separator, encoding, percent) => {
    const { iso: isoDays, spelled } = periods(kind, start, counts.length, spelling);
    const comma = separator !== ",";
    const rows = [["tid", "tæller", "nævner"], ...spelled.map((x, i) => [x, `${comma ? String(counts[i]! + 0.5).replace(".", ",") : counts[i]! + 0.5}${percent}`, "200"])];
    const table = readCsv(encode(csv(rows, separator), encoding));
    expect(table.header).toEqual(["tid", "tæller", "nævner"]);
    const x = readXColumn(table, "tid");
    const [y, n] = readNumberColumns(table, ["tæller", "nævner"]);
    const spec = (xs: (string | number)[], period: ChartSpecInput["period"] | undefined): ChartSpecInput => ({ chart: "i", x: xs, y: y!.values, ...(period === undefined ? {} : { period }) });
    const read = analyze(spec(x.values, x.period ?? undefined));
    const expected = analyze(spec(isoDays, kind === "date" ? undefined : kind));
    expect(x.kind).toBe(kind);
    expect(read.toJSON()).toEqual(expected.toJSON());
    expect([...y!.values]).toEqual(counts.map((c) => c + 0.5));
    expect([...n!.values]).toEqual(counts.map(() => 200));
  });
});
