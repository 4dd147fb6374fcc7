import { basename, dirname, extname, resolve } from "node:path";
import { availableParallelism } from "node:os";
import { chartGroups, parallelFrom, type Group, type GroupJob } from "./chartGroups.ts";
import { CliError, type CliIo } from "./io.ts";
import { columnIndex, readChartColumns } from "./readChartColumns.ts";
import { safeFileName } from "./safeFileName.ts";
import type { ChartResultJSON } from "../core/types.ts";
import { renderSmallMultiples } from "../svg/smallMultiples.ts";
import { formatSummary, type SummaryLine } from "./summaryTable.ts";
import { svgToPng } from "./svgToPng.ts";
import { writeFiles } from "./writeFiles.ts";

/** Options of `shewhart chart`, as commander gives them. */
export interface ChartOptions {
  readonly x?: string;
  readonly y: string;
  readonly n?: string;
  readonly group?: string;
  readonly notes?: string;
  readonly phase?: string;
  readonly breaks?: string;
  readonly exclude?: string;
  readonly freeze?: string;
  readonly chart: string;
  readonly rules?: string;
  readonly multiply?: string;
  readonly period?: string;
  readonly locale: string;
  readonly title?: string;
  readonly target?: string;
  readonly improvement?: string;
  readonly sheet?: string;
  readonly decimal?: string;
  readonly encoding?: string;
  readonly separator?: string;
  readonly xType?: string;
  readonly dateOrder?: string;
  readonly out: string;
  readonly format: string;
  readonly summary: string;
  readonly threads?: string;
  readonly panels?: boolean;
}


/**
 * `shewhart chart FILE`: reads a CSV or Excel export, makes one chart per group
 * (e.g. per unit), writes them with an index page, and prints a summary. Every
 * chart is computed before anything is written, so bad input leaves no files.
 */
export async function chartCommand(file: string, options: ChartOptions, io: CliIo): Promise<void> {
  const path = resolve(io.cwd, file);
  if (options.phase !== undefined && options.breaks !== undefined) throw new CliError("give either --phase or --breaks, not both", 2);
  const format = options.format;
  if (format !== "svg" && format !== "png") throw new CliError(`--format ${format}: expected svg or png`, 2);
  const summaryFormat = options.summary;
  if (summaryFormat !== "text" && summaryFormat !== "csv" && summaryFormat !== "json") throw new CliError(`--summary ${summaryFormat}: expected text, csv or json`, 2);

  // The file through shewhart/io (as the browser app reads it), then row by row into compact per-group columns.
  const fileName = basename(path);
  const { table, y, n, x } = await readChartColumns(path, fileName, options);
  const column = (name: string | undefined, flag: string): number | null => (name === undefined ? null : columnIndex(table, name, flag, fileName));
  const groupColumn = column(options.group, "--group");
  const notesColumn = column(options.notes, "--notes");
  const phaseColumn = column(options.phase, "--phase");
  const groups = new Map<string, GroupColumns>();
  for (let r = 0; r < table.rows; r++) {
    const name = groupColumn === null ? "" : (table.columns[groupColumn]![r] as string).trim();
    let group = groups.get(name);
    if (group === undefined) {
      group = new GroupColumns(name, n !== null);
      groups.set(name, group);
    }
    if (x !== null) group.x.push(x.values[r] as string | number);
    group.y.push(y.values[r] as number);
    if (n !== null) group.n?.push(n.values[r] as number);
    if (notesColumn !== null) group.notes[group.y.length - 1] = (table.columns[notesColumn]![r] as string).trim();
    if (phaseColumn !== null) group.phases[group.y.length - 1] = (table.columns[phaseColumn]![r] as string).trim();
  }

  const outPath = resolve(io.cwd, options.out);
  const single = extname(outPath).toLowerCase() === `.${format}`;
  if (single && groups.size > 1) throw new CliError(`--out ${options.out} names one file, but there are ${groups.size} groups: give a folder`, 2);

  const taken = new Set<string>();
  const jobs: GroupJob[] = [...groups.values()].map((columns) => {
    const group = columns.finish();
    const label = group.name !== "" ? group.name : (options.title ?? "chart");
    return { group, file: single ? basename(outPath) : `${safeFileName(label, taken)}.${format}` };
  });
  const threads = options.threads === undefined ? (jobs.length >= parallelFrom ? availableParallelism() : 1) : Number(options.threads);
  if (!Number.isInteger(threads) || threads < 1) throw new CliError(`--threads ${options.threads}: expected a whole number >= 1`, 2);
  const progress = io.interactive && jobs.length >= parallelFrom ? (done: number) => io.stderr.write(`\rcharts: ${done}/${jobs.length}`) : undefined;
  const xReading = x === null ? undefined : { kind: x.kind, dateOrder: options.dateOrder === "mdy" ? ("mdy" as const) : ("dmy" as const), decimal: x.decimal, period: x.period };
  const charts = await chartGroups(jobs, { ...options, fileName, ...(xReading === undefined ? {} : { xReading }) }, threads, progress);
  if (progress !== undefined) io.stderr.write("\n");

  const folder = single ? dirname(outPath) : outPath;
  const files = await Promise.all(charts.map(async (c) => ({ name: c.line.file, content: format === "png" ? await svgToPng(c.svg) : c.svg })));
  const pages = charts.map((c) => ({ file: c.line.file, title: c.title }));
  if (options.panels === true && !single) {
    const taken = new Set(files.map((f) => f.name));
    const name = taken.has("panels.svg") ? "panels-all.svg" : "panels.svg";
    const panels = renderSmallMultiples(
      charts.map((c) => c.json as ChartResultJSON),
      { ...(options.title === undefined ? {} : { title: options.title }), panelTitles: charts.map((c) => c.title), locale: options.locale, columns: Math.min(3, charts.length) },
    );
    files.push({ name, content: panels });
    pages.unshift({ file: name, title: options.title ?? "All groups" });
  }
  if (!single) files.push({ name: "index.html", content: indexPage(pages) });
  writeFiles(folder, files);

  const lines: SummaryLine[] = charts.map((c) => c.line);
  io.stdout.write(formatSummary(lines, summaryFormat));
  if (summaryFormat === "text") for (const line of lines) io.stdout.write(`${line.group}: ${line.verdict}\n`);
}

/** A group's columns while the file is read: numbers in growing typed arrays. */
class GroupColumns {
  readonly x: (string | number)[] = [];
  readonly y = new GrowingColumn();
  readonly n: GrowingColumn | null;
  readonly notes: string[] = [];
  readonly phases: string[] = [];

  constructor(
    readonly name: string,
    withN: boolean,
  ) {
    this.n = withN ? new GrowingColumn() : null;
  }

  finish(): Group {
    return { name: this.name, x: this.x, y: this.y.values(), n: this.n?.values() ?? null, notes: this.notes, phases: this.phases };
  }
}

/** A Float64Array that doubles when full; `null` is stored as NaN (a gap). */
class GrowingColumn {
  private data = new Float64Array(16);
  length = 0;

  push(value: number | null): void {
    if (this.length === this.data.length) {
      const next = new Float64Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = value ?? Number.NaN;
  }

  values(): Float64Array {
    return this.data.slice(0, this.length);
  }
}

function indexPage(charts: readonly { file: string; title: string }[]): string {
  const escape = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  const items = charts.map((c) => `<section><h2>${escape(c.title)}</h2><img src="${escape(encodeURIComponent(c.file))}" alt="${escape(c.title)}" style="width:100%"></section>`);
  return `<!doctype html>\n<html><head><meta charset="utf-8"><title>shewhart charts</title></head>\n<body style="font-family:system-ui,sans-serif;max-width:800px;margin:2em auto">\n${items.join("\n")}\n</body></html>\n`;
}
