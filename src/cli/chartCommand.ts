import { basename, dirname, extname, resolve } from "node:path";
import { availableParallelism } from "node:os";
import { chartGroups, parallelFrom, type Group, type GroupChart, type GroupJob, type GroupOptions } from "./chartGroups.ts";
import { CliError, type CliIo } from "./io.ts";
import { parseNumberCell, parseXCell } from "./parseCell.ts";
import { parseChartOptions, type ChartOptions, type ValidChartOptions } from "./parseOptions.ts";
import { printable } from "./printable.ts";
import { readRows, type FileDialect } from "./readRows.ts";
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

  // Row by row into compact per-group columns: numbers in growing Float64Arrays (NaN = missing), no object per row.
  const groups = new Map<string, GroupColumns>();
  let columns: { y: number; x: number | null; n: number | null; group: number | null; notes: number | null; phase: number | null } | null = null;
  let dialect: FileDialect | null = null;
  await readRows(
    path,
    options.sheet,
    (found) => {
      dialect = found;
      const column = (name: string | undefined, flag: string): number | null => {
        if (name === undefined) return null;
        const index = found.header.indexOf(name);
        if (index < 0) throw new CliError(`${flag} ${name}: no such column in ${found.file} (columns: ${found.header.join(", ")})`, 2);
        return index;
      };
      columns = {
        y: column(options.y, "--y") as number,
        x: column(options.x, "--x"),
        n: column(options.n, "--n"),
        group: column(options.group, "--group"),
        notes: column(options.notes, "--notes"),
        phase: column(options.phase, "--phase"),
      };
    },
    (row, line) => {
      const c = columns as NonNullable<typeof columns>;
      const d = dialect as unknown as FileDialect;
      const cell = (index: number): string => row[index] ?? "";
      const place = (index: number) => ({ file: d.file, line, column: index + 1, name: d.header[index] ?? "" });
      const name = c.group === null ? "" : cell(c.group).trim();
      let group = groups.get(name);
      if (group === undefined) {
        group = new GroupColumns(name, c.n !== null);
        groups.set(name, group);
      }
      if (c.x !== null) {
        const x = cell(c.x).trim();
        if (x === "") throw new CliError(`${d.file}:${line}:${c.x + 1} (column "${d.header[c.x]}"): x is empty`, 1);
        group.x.push(parseXCell(x));
      }
      group.y.push(parseNumberCell(cell(c.y), place(c.y), d.decimalComma));
      if (c.n !== null) group.n?.push(parseNumberCell(cell(c.n), place(c.n), d.decimalComma));
      if (c.notes !== null) group.notes[group.y.length - 1] = cell(c.notes).trim();
      if (c.phase !== null) group.phases[group.y.length - 1] = cell(c.phase).trim();
      group.lines.push(line);
    },
  );

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
  const places = columns === null ? {} : placesOf(columns, dialect);
  const charts = await chartGroups(jobs, { ...options, fileName: basename(path), places }, threads, progress);
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
  if (!single) files.push(...reportPages(charts, options, basename(path)));
  writeFiles(folder, files);

  const lines: SummaryLine[] = charts.map((c) => c.line);
  io.stdout.write(formatSummary(lines, summaryFormat, { words, decimalMark: options.language === "da" ? "," : "." }));
  // Warnings go to stderr after the summary, each with its group (or the file, without groups); --quiet silences them.
  if (!options.quiet) {
    const where = (line: SummaryLine): string => (options.group === undefined ? basename(path) : line.group);
    for (const line of lines) for (const warning of line.warnings) io.stderr.write(`shewhart: ${words.warning}: ${printable(where(line))}: ${printable(warning.message)}\n`);
  }
}

/** The 1-based column and header of the x, y and n columns, for messages in file terms. */
function placesOf(columns: { y: number; x: number | null; n: number | null }, dialect: FileDialect | null): NonNullable<GroupOptions["places"]> {
  const header = (dialect as FileDialect | null)?.header ?? [];
  const place = (index: number | null) => (index === null ? undefined : { column: index + 1, name: header[index] ?? "" });
  const out: { x?: { column: number; name: string }; y?: { column: number; name: string }; n?: { column: number; name: string } } = {};
  const [x, y, n] = [place(columns.x), place(columns.y), place(columns.n)];
  if (x !== undefined) out.x = x;
  if (y !== undefined) out.y = y;
  if (n !== undefined) out.n = n;
  return out;
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
    // Without a group or a title (so no title drawn) the chart has no name of its own: the report numbers it in its language.
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
