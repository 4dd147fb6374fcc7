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
import { flagTerms, readWordsFor, type ReadPhrase } from "../io/index.ts";
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
  const column = (name: string | undefined, flag: string): number | null => (name === undefined ? null : columnIndex(table, name, flag, fileName, options.language));
  const groupColumn = column(options.group, "--group");
  const notesColumn = column(options.notes, "--notes");
  const phaseColumn = column(options.phase, "--phase");
  const xColumn = options.x === undefined ? null : column(options.x, "--x");
  // Two passes over the rows: which group each is in, then every group's columns made at their size and filled
  // (columns grown row by row were most of the main thread's work between reading the file and handing out the charts).
  // A file's rows usually come group by group: a cell equal to the last row's names the same group, with no lookup
  // (and the comparison is of one string with itself, as the reader makes one string of each repeated cell).
  const index = new Map<string, number>();
  const names: string[] = [];
  const sizes: number[] = [];
  const rowGroup = new Int32Array(table.rows);
  let lastCell: string | undefined;
  let current = -1;
  for (let r = 0; r < table.rows; r++) {
    const cell = groupColumn === null ? "" : (table.columns[groupColumn]![r] as string);
    if (cell !== lastCell || current < 0) {
      const name = cell.trim();
      let known = index.get(name);
      if (known === undefined) {
        known = names.length;
        index.set(name, known);
        names.push(name);
        sizes.push(0);
      }
      current = known;
      lastCell = cell;
    }
    rowGroup[r] = current;
    sizes[current]!++;
  }
  const groups: Group[] = names.map((name, g) => {
    const size = sizes[g]!;
    return { name, x: x === null ? [] : new Array<string | number>(size), y: new Float64Array(size), n: n === null ? null : new Float64Array(size), notes: [], phases: [], lines: new Array<number>(size), xText: [] };
  });
  const filled = new Int32Array(groups.length);
  for (let r = 0; r < table.rows; r++) {
    const g = rowGroup[r]!;
    const group = groups[g]!;
    const k = filled[g]!++;
    if (x !== null) {
      const value = x.values[r] as string | number;
      group.x[k] = value;
      // Kept only where the file writes x otherwise than its reading (a Danish week, a dd-mm-yyyy date), for messages.
      const written = xColumn === null ? String(value) : (table.columns[xColumn]![r] as string).trim();
      if (written !== String(value)) group.xText![k] = written;
    }
    group.y[k] = y.values[r] as number;
    if (n !== null) group.n![k] = n.values[r] as number;
    if (notesColumn !== null) group.notes[k] = (table.columns[notesColumn]![r] as string).trim();
    if (phaseColumn !== null) group.phases[k] = (table.columns[phaseColumn]![r] as string).trim();
    (group.lines as number[])[k] = table.lines[r] as number;
  }

  if (groups.length === 0) throw new CliError(words.noRows(basename(path)), 1);
  const outPath = resolve(io.cwd, options.out);
  const single = extname(outPath).toLowerCase() === `.${format}`;
  if (single && groups.length > 1) throw new CliError(`--out ${options.out} names one file, but there are ${groups.length} groups: give a folder`, 2);

  const taken = new Set<string>(reserved);
  const jobs: GroupJob[] = groups.map((group) => {
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
        { ...(options.title === undefined ? {} : { title: options.title }), panelTitles: charts.flatMap((c) => c.titles), locale: options.locale, ...(options.percent === true ? { percent: true } : {}), columns: Math.min(3, jobs.length) },
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
    // Lines of title above the table and notes below it, left out of it: said, never dropped without a word.
    const { titleLines, footerLines } = table.detected;
    const note = (phrase: ReadPhrase): void => void io.stderr.write(`shewhart: ${words.note}: ${printable(fileName)}: ${printable(readWordsFor(options.locale).reason(phrase, flagTerms))}\n`);
    const sheet = table.detected.format === "xlsx";
    if (titleLines.length > 0) note({ key: "titleLeftOut", lines: titleLines, sheet });
    if (footerLines.length > 0) note({ key: "footerLeftOut", lines: footerLines, sheet });
    const where = (line: SummaryLine): string => (options.group === undefined ? basename(path) : line.group);
    for (const line of lines) for (const warning of line.warnings) io.stderr.write(`shewhart: ${words.warning}: ${printable(where(line))}: ${printable(warning.message)}\n`);
  }
}
