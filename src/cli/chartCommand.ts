import { basename, dirname, extname, resolve } from "node:path";
import { availableParallelism } from "node:os";
import { chartGroups, parallelFrom, type Group, type GroupChart, type GroupJob, type ColumnPlace } from "./chartGroups.ts";
import { CliError, type CliIo } from "./io.ts";
import { parseChartOptions, type ChartOptions, type ValidChartOptions } from "./parseOptions.ts";
import { printable } from "./printable.ts";
import { columnIndex, readChartColumns } from "./readChartColumns.ts";
import { safeFileName } from "./safeFileName.ts";
import type { ChartResultJSON } from "../core/types.ts";
import { renderReport } from "../svg/report/renderReport.ts";
import { renderSmallMultiples } from "../svg/smallMultiples.ts";
import { formatSummary, type SummaryLine } from "./summaryTable.ts";
import { svgToPng } from "./svgToPng.ts";
import { wordsFor } from "./words/wordsFor.ts";
import { writeFiles } from "./writeFiles.ts";

export type { ChartOptions } from "./parseOptions.ts";

/** File names the run itself writes into a folder: no group's chart may take them. */
const reserved = ["index", "panels"];

/**
 * `shewhart chart FILE`: reads a CSV or Excel export, makes one chart per group
 * (e.g. per unit), writes them with an index page, and prints a summary. Every
 * chart is computed before anything is written, so bad input leaves no files.
 */
export async function chartCommand(file: string, raw: ChartOptions, io: CliIo): Promise<void> {
  // Every option that does not depend on the file is checked before the file is read (usage errors, exit 2).
  const options = parseChartOptions(raw);
  const words = wordsFor(options.language);
  const path = resolve(io.cwd, file);
  const format = options.format;
  const summaryFormat = options.summary;

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
    group.lines.push(table.lines[r] as number);
  }

  if (groups.size === 0) throw new CliError(`${basename(path)}: no rows of data below the header`, 1);
  const outPath = resolve(io.cwd, options.out);
  const single = extname(outPath).toLowerCase() === `.${format}`;
  if (single && groups.size > 1) throw new CliError(`--out ${options.out} names one file, but there are ${groups.size} groups: give a folder`, 2);

  const taken = new Set<string>(reserved);
  const jobs: GroupJob[] = [...groups.values()].map((columns) => {
    const group = columns.finish();
    const label = group.name !== "" ? group.name : (options.title ?? "chart");
    return { group, file: single ? basename(outPath) : `${safeFileName(label, taken)}.${format}` };
  });
  // More threads than cores only costs memory (each holds its own copy of the library and its groups) and time.
  const cores = availableParallelism();
  if (options.threads !== undefined && options.threads > cores && !options.quiet) io.stderr.write(`shewhart: ${words.threadsCapped(options.threads, cores)}\n`);
  const threads = options.threads === undefined ? (jobs.length >= parallelFrom ? cores : 1) : Math.min(options.threads, cores);
  const progress = io.interactive && jobs.length >= parallelFrom ? (done: number) => io.stderr.write(`\rcharts: ${done}/${jobs.length}`) : undefined;
  const xReading = x === null ? undefined : { kind: x.kind, dateOrder: options.dateOrder === "mdy" ? ("mdy" as const) : ("dmy" as const), decimal: x.decimal, period: x.period };
  const place = (name: string | undefined, flag: string): ColumnPlace | undefined => {
    const index = column(name, flag);
    return index === null ? undefined : { column: index + 1, name: table.header[index] ?? "" };
  };
  const places: { x?: ColumnPlace; y?: ColumnPlace; n?: ColumnPlace } = {};
  const [xPlace, yPlace, nPlace] = [place(options.x, "--x"), place(options.y, "--y"), place(options.n, "--n")];
  if (xPlace !== undefined) places.x = xPlace;
  if (yPlace !== undefined) places.y = yPlace;
  if (nPlace !== undefined) places.n = nPlace;
  const charts = await chartGroups(jobs, { ...options, fileName, places, ...(xReading === undefined ? {} : { xReading }) }, threads, progress);
  if (progress !== undefined) io.stderr.write("\n");

  const folder = single ? dirname(outPath) : outPath;
  const files = await Promise.all(charts.map(async (c) => ({ name: c.line.file, content: format === "png" ? await svgToPng(c.svg) : c.svg })));
  if (options.panels && !single) {
    const name = "panels.svg";
    const panels = renderSmallMultiples(
      charts.map((c) => c.json as ChartResultJSON),
      { ...(options.title === undefined ? {} : { title: options.title }), panelTitles: charts.map((c) => c.title), locale: options.locale, columns: Math.min(3, charts.length) },
    );
    files.push({ name, content: panels });
  }
  if (!single && options.report) files.push(...reportPages(charts, options, basename(path)));
  writeFiles(folder, files);

  const lines: SummaryLine[] = charts.map((c) => c.line);
  io.stdout.write(formatSummary(lines, summaryFormat, { words, decimalMark: options.language === "da" ? "," : "." }));
  // Warnings go to stderr after the summary, each with its group (or the file, without groups); --quiet silences them.
  if (!options.quiet) {
    const where = (line: SummaryLine): string => (options.group === undefined ? basename(path) : line.group);
    for (const line of lines) for (const warning of line.warnings) io.stderr.write(`shewhart: ${words.warning}: ${printable(where(line))}: ${printable(warning.message)}\n`);
  }
}


/** A group's columns while the file is read: numbers in growing typed arrays. */
class GroupColumns {
  readonly x: (string | number)[] = [];
  readonly y = new GrowingColumn();
  readonly n: GrowingColumn | null;
  readonly notes: string[] = [];
  readonly phases: string[] = [];
  readonly lines: number[] = [];

  constructor(
    readonly name: string,
    withN: boolean,
  ) {
    this.n = withN ? new GrowingColumn() : null;
  }

  finish(): Group {
    return { name: this.name, x: this.x, y: this.y.values(), n: this.n?.values() ?? null, notes: this.notes, phases: this.phases, lines: this.lines };
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

/**
 * The report page (`index.html`, and `index-2.html` … above 200 charts): a
 * summary of every chart, then the charts inline, in the run's locale, made
 * by `renderReport`. (Pages end in .html, charts in .svg or .png: no clash.)
 */
function reportPages(charts: readonly GroupChart[], options: ValidChartOptions, source: string): { name: string; content: string }[] {
  const pages = renderReport(
    // Every chart is titled (by --title, its group, or the data's y column: chartGroup); an untitled one would be numbered in the report's language.
    charts.map((c) => ({ result: c.json, ...(c.render.title === undefined ? {} : { name: c.title }), options: c.render, files: [c.line.file] })),
    {
      ...(options.title === undefined ? {} : { title: options.title }),
      subtitle: source,
      locale: options.locale,
      date: new Date().toISOString().slice(0, 10),
      // --panels: the same small multiples as panels.svg, after the summary.
      ...(options.panels === true ? { panels: { columns: Math.min(3, charts.length) } } : {}),
    },
  );
  return pages.map((page) => ({ name: page.name, content: page.html }));
}
