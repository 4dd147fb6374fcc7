import type { PhaseDirection, WarningCode } from "../core/types.ts";
import { printable, printableJson } from "./printable.ts";
import { spreadsheetText } from "./spreadsheetText.ts";
import { en, type CliWords } from "./words/en.ts";

/** One row of the summary a chart run prints: a group's last phase in numbers and words. */
export interface SummaryLine {
  readonly group: string;
  readonly chart: string;
  readonly subgroups: number;
  readonly cl: number | null;
  readonly lcl: number | null;
  readonly ucl: number | null;
  readonly runsSignal: boolean;
  readonly sigmaSignals: number;
  readonly direction: PhaseDirection | null;
  readonly verdict: string;
  readonly file: string;
  /** The chart's warnings, in the words of the result, with the x values of the subgroups they name. */
  readonly warnings: readonly { readonly code: WarningCode; readonly message: string }[];
}

/** How the summary is written: the words and the decimal mark of the locale. */
export interface SummaryStyle {
  readonly words: CliWords;
  /** `,` for Danish: numbers are written with a decimal comma, and CSV is `;`-separated with a BOM (as Danish Excel opens it). */
  readonly decimalMark: "." | ",";
}

const english: SummaryStyle = { words: en, decimalMark: "." };

/**
 * The summary as an aligned text table, CSV (RFC 4180 quoting) or JSON.
 * Every text from the data is made safe: control characters are escaped for
 * terminals ({@link printable}) in every format, and CSV text cells that a
 * spreadsheet would take for a formula get a leading `'` ({@link spreadsheetText}).
 * With a decimal comma, CSV is what Danish Excel opens directly: a UTF-8 BOM,
 * `;` between cells, decimal commas. JSON keeps machine values (numbers, English keys).
 */
export function formatSummary(lines: readonly SummaryLine[], format: "text" | "csv" | "json", style: SummaryStyle = english): string {
  if (format === "json") return `${printableJson(JSON.stringify(lines, null, 2))}\n`;
  const { words, decimalMark } = style;
  // A row's centre line and limits to the same decimals (at most three, as many as the most precise needs):
  // "73,300  54,490  92,109", never "73,3  54,49  92,109".
  const rounded = (v: number): number => Math.round(v * 1000) / 1000;
  const decimalsOf = (v: number | null): number => (v === null ? 0 : (String(rounded(v)).split(".")[1] ?? "").length);
  const numbers = (line: SummaryLine): string[] => {
    const values = [line.cl, line.lcl, line.ucl];
    const decimals = Math.min(3, Math.max(...values.map(decimalsOf)));
    return values.map((v) => (v === null ? "" : rounded(v).toFixed(decimals).replace(".", decimalMark)));
  };
  const keys = ["group", "chart", "subgroups", "cl", "lcl", "ucl", "runsSignal", "sigmaSignals", "direction", "file"] as const;
  const text = format === "csv" ? (t: string) => printable(spreadsheetText(t)) : printable;
  const cells = lines.map((line) => [
    text(line.group),
    text(line.chart),
    String(line.subgroups),
    ...numbers(line),
    line.runsSignal ? words.yes : words.no,
    String(line.sigmaSignals),
    line.direction === null ? "" : text(words.directions[line.direction]),
    text(line.file),
  ]);
  const header = keys.map((k) => words.columns[k]);
  if (format === "csv") {
    const separator = decimalMark === "," ? ";" : ",";
    const quote = (c: string): string => (c.includes('"') || c.includes(separator) ? `"${c.replace(/"/g, '""')}"` : c);
    const bom = decimalMark === "," ? "\ufeff" : "";
    return `${bom}${[header, ...cells].map((row) => row.map(quote).join(separator)).join("\n")}\n`;
  }
  const widths = keys.map((_, k) => Math.max((header[k] ?? "").length, ...cells.map((row) => (row[k] ?? "").length)));
  const render = (row: readonly string[]): string => row.map((c, k) => c.padEnd(widths[k] ?? 0)).join("  ").trimEnd();
  const verdicts = lines.map((line) => `${printable(line.group)}: ${printable(line.verdict)}`);
  return `${[render(header), render(widths.map((w) => "-".repeat(w))), ...cells.map(render), ...verdicts].join("\n")}\n`;
}
