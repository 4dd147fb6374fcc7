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
  readonly direction: string | null;
  readonly verdict: string;
  readonly file: string;
}

const round = (v: number | null): string => (v === null ? "" : String(Math.round(v * 1000) / 1000));

/** The summary as an aligned text table, CSV (RFC 4180 quoting) or JSON. */
export function formatSummary(lines: readonly SummaryLine[], format: "text" | "csv" | "json"): string {
  if (format === "json") return `${JSON.stringify(lines, null, 2)}\n`;
  const columns = ["group", "chart", "subgroups", "cl", "lcl", "ucl", "runsSignal", "sigmaSignals", "direction", "file"] as const;
  const cells = lines.map((line) => [
    line.group,
    line.chart,
    String(line.subgroups),
    round(line.cl),
    round(line.lcl),
    round(line.ucl),
    line.runsSignal ? "yes" : "no",
    String(line.sigmaSignals),
    line.direction ?? "",
    line.file,
  ]);
  if (format === "csv") {
    const quote = (c: string): string => (/[",\n\r]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
    return `${[columns as readonly string[], ...cells].map((row) => row.map(quote).join(",")).join("\n")}\n`;
  }
  const widths = columns.map((c, k) => Math.max(c.length, ...cells.map((row) => (row[k] ?? "").length)));
  const render = (row: readonly string[]): string => row.map((c, k) => c.padEnd(widths[k] ?? 0)).join("  ").trimEnd();
  return `${[render(columns), render(widths.map((w) => "-".repeat(w))), ...cells.map(render)].join("\n")}\n`;
}
