import { basename, dirname, extname, resolve } from "node:path";
import { availableParallelism } from "node:os";
import { chartGroups, parallelFrom, type Group, type GroupJob, type ColumnPlace } from "./chartGroups.ts";
import { CliError, type CliIo } from "./io.ts";
import { parseChartOptions, type ChartOptions } from "./parseOptions.ts";
import { printable } from "./printable.ts";
import { columnIndex, readChartColumns } from "./readChartColumns.ts";
import { safeFileName } from "./safeFileName.ts";
import type { ReportOptions } from "../svg/report/renderReport.ts";
import { loosePages } from "./loosePages.ts";
import type { BatchContext, ChunkCharts } from "./makeCharts.ts";
import { renderSmallMultiples } from "../svg/smallMultiples.ts";
import { formatSummary, type SummaryLine } from "./summaryTable.ts";
import { wordsFor } from "./words/wordsFor.ts";
import { holdFolder, stageFile, type StagedFile } from "./writeFiles.ts";

export type { ChartOptions } from "./parseOptions.ts";

/** Charts a worker thread makes at a time: a report page's worth, so that the worker writes that page itself. */
const chunkSize = 200;

/** File names the run itself writes into a folder: no group's chart may take them. */
const reserved = ["index", "panels"];

/**
 * `shewhart chart FILE`: reads a CSV or Excel export, makes one chart per group
 * (e.g. per unit), writes them with an index page, and prints a summary. The
 * charts are drawn on worker threads, each written under a temporary name as
 * soon as it is drawn, and moved into place only when every chart is done, so
 * bad input leaves no files; the main thread keeps only a summary row per chart.
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
  // A file's rows usually come group by group: a cell equal to the last row's names the same group, with no lookup
  // (and the comparison is of one string with itself, as the reader makes one string of each repeated cell).
  let lastCell: string | undefined;
  let group: GroupColumns | undefined;
  for (let r = 0; r < table.rows; r++) {
    const cell = groupColumn === null ? "" : (table.columns[groupColumn]![r] as string);
    if (cell !== lastCell || group === undefined) {
      const name = cell.trim();
      group = groups.get(name);
      if (group === undefined) {
        group = new GroupColumns(name, n !== null);
        groups.set(name, group);
      }
      lastCell = cell;
    }
    if (x !== null) group.x.push(x.values[r] as string | number);
    group.y.push(y.values[r] as number);
    if (n !== null) group.n?.push(n.values[r] as number);
    if (notesColumn !== null) group.notes[group.y.length - 1] = (table.columns[notesColumn]![r] as string).trim();
    if (phaseColumn !== null) group.phases[group.y.length - 1] = (table.columns[phaseColumn]![r] as string).trim();
    group.lines.push(table.lines[r] as number);
  }

  if (groups.size === 0) throw new CliError(words.noRows(basename(path)), 1);
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
  const folder = single ? dirname(outPath) : outPath;
  const report: ReportOptions | null =
    !single && options.report
      ? {
          ...(options.title === undefined ? {} : { title: options.title }),
          subtitle: fileName,
          locale: options.locale,
          date: new Date().toISOString().slice(0, 10),
          // --panels: the same small multiples as panels.svg, after the summary.
          ...(options.panels === true ? { panels: { columns: Math.min(3, jobs.length) } } : {}),
        }
      : null;
  const panels = options.panels && !single;
  // The folder is held from here on: charts are staged into it as they are drawn, and moved into place only when every one is.
  const held = holdFolder(folder);
  let charts: ChunkCharts[];
  const staged: StagedFile[] = [];
  try {
    const context: BatchContext = { options: { ...options, fileName, places, ...(xReading === undefined ? {} : { xReading }) }, root: held.root, format, report, total: jobs.length, panels };
    charts = await chartGroups(jobs, context, threads, chunkSize, progress);
    for (const chunk of charts) for (const file of chunk.staged) staged.push(file);
    if (panels) {
      const svg = renderSmallMultiples(
        charts.flatMap((c) => c.json),
        { ...(options.title === undefined ? {} : { title: options.title }), panelTitles: charts.flatMap((c) => c.titles), locale: options.locale, columns: Math.min(3, jobs.length) },
      );
      staged.push(stageFile(held.root, "panels.svg", svg));
    }
    if (report !== null) for (const page of loosePages(charts, report, jobs.length)) staged.push(stageFile(held.root, page.name, page.parts));
  } catch (error) {
    held.abandon();
    throw error;
  }
  if (progress !== undefined) io.stderr.write("\n");
  held.commit(staged);

  const lines: SummaryLine[] = charts.flatMap((c) => c.lines);
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
