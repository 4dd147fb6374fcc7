import { readFileSync } from "node:fs";
import { basename, dirname, extname, resolve } from "node:path";
import { availableParallelism } from "node:os";
import { chartGroups, parallelFrom, type Group, type GroupJob } from "./chartGroups.ts";
import { CliError, type CliIo } from "./io.ts";
import { parseNumberCell, parseXCell } from "./parseCell.ts";
import { readCsv, type Table } from "./readTable.ts";
import { readXlsx } from "./readXlsx.ts";
import { safeFileName } from "./safeFileName.ts";
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
  readonly out: string;
  readonly format: string;
  readonly summary: string;
  readonly threads?: string;
}


/**
 * `shewhart chart FILE`: reads a CSV or Excel export, makes one chart per group
 * (e.g. per unit), writes them with an index page, and prints a summary. Every
 * chart is computed before anything is written, so bad input leaves no files.
 */
export async function chartCommand(file: string, options: ChartOptions, io: CliIo): Promise<void> {
  const path = resolve(io.cwd, file);
  const table = await readInput(path);
  const column = (name: string | undefined, flag: string): number | null => {
    if (name === undefined) return null;
    const index = table.header.indexOf(name);
    if (index < 0) throw new CliError(`${flag} ${name}: no such column in ${basename(path)} (columns: ${table.header.join(", ")})`, 2);
    return index;
  };
  const yColumn = column(options.y, "--y") as number;
  const xColumn = column(options.x, "--x");
  const nColumn = column(options.n, "--n");
  const groupColumn = column(options.group, "--group");
  const notesColumn = column(options.notes, "--notes");
  const phaseColumn = column(options.phase, "--phase");
  if (options.phase !== undefined && options.breaks !== undefined) throw new CliError("give either --phase or --breaks, not both", 2);
  const format = options.format;
  if (format !== "svg" && format !== "png") throw new CliError(`--format ${format}: expected svg or png`, 2);
  const summaryFormat = options.summary;
  if (summaryFormat !== "text" && summaryFormat !== "csv" && summaryFormat !== "json") throw new CliError(`--summary ${summaryFormat}: expected text, csv or json`, 2);

  const groups = new Map<string, Group>();
  table.rows.forEach((row, r) => {
    const line = table.lines[r] as number;
    const cell = (index: number): string => row[index] ?? "";
    const place = (index: number) => ({ file: basename(path), line, column: index + 1, name: table.header[index] ?? "" });
    const name = groupColumn === null ? "" : cell(groupColumn).trim();
    let group = groups.get(name);
    if (group === undefined) {
      group = { name, x: [], y: [], n: [], notes: [], phases: [] };
      groups.set(name, group);
    }
    if (xColumn !== null) {
      const x = cell(xColumn).trim();
      if (x === "") throw new CliError(`${basename(path)}:${line}:${xColumn + 1} (column "${table.header[xColumn]}"): x is empty`, 1);
      group.x.push(parseXCell(x));
    }
    group.y.push(parseNumberCell(cell(yColumn), place(yColumn), table.decimalComma));
    if (nColumn !== null) group.n.push(parseNumberCell(cell(nColumn), place(nColumn), table.decimalComma));
    group.notes.push(notesColumn === null ? "" : cell(notesColumn).trim());
    group.phases.push(phaseColumn === null ? "" : cell(phaseColumn).trim());
  });

  const outPath = resolve(io.cwd, options.out);
  const single = extname(outPath).toLowerCase() === `.${format}`;
  if (single && groups.size > 1) throw new CliError(`--out ${options.out} names one file, but there are ${groups.size} groups: give a folder`, 2);

  const taken = new Set<string>();
  const jobs: GroupJob[] = [...groups.values()].map((group) => {
    const label = group.name !== "" ? group.name : (options.title ?? "chart");
    return { group, file: single ? basename(outPath) : `${safeFileName(label, taken)}.${format}` };
  });
  const threads = options.threads === undefined ? (jobs.length >= parallelFrom ? availableParallelism() : 1) : Number(options.threads);
  if (!Number.isInteger(threads) || threads < 1) throw new CliError(`--threads ${options.threads}: expected a whole number >= 1`, 2);
  const progress = io.interactive && jobs.length >= parallelFrom ? (done: number) => io.stderr.write(`\rcharts: ${done}/${jobs.length}`) : undefined;
  const charts = await chartGroups(jobs, { ...options, fileName: basename(path) }, threads, progress);
  if (progress !== undefined) io.stderr.write("\n");

  const folder = single ? dirname(outPath) : outPath;
  const files = await Promise.all(charts.map(async (c) => ({ name: c.line.file, content: format === "png" ? await svgToPng(c.svg) : c.svg })));
  if (!single) files.push({ name: "index.html", content: indexPage(charts.map((c) => ({ file: c.line.file, title: c.title }))) });
  writeFiles(folder, files);

  const lines: SummaryLine[] = charts.map((c) => c.line);
  io.stdout.write(formatSummary(lines, summaryFormat));
  if (summaryFormat === "text") for (const line of lines) io.stdout.write(`${line.group}: ${line.verdict}\n`);
}

async function readInput(path: string): Promise<Table> {
  const extension = extname(path).toLowerCase();
  if (extension === ".xlsx") return readXlsx(path);
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new CliError(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, 1);
  }
  return readCsv(text, basename(path));
}

function indexPage(charts: readonly { file: string; title: string }[]): string {
  const escape = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  const items = charts.map((c) => `<section><h2>${escape(c.title)}</h2><img src="${escape(encodeURIComponent(c.file))}" alt="${escape(c.title)}" style="width:100%"></section>`);
  return `<!doctype html>\n<html><head><meta charset="utf-8"><title>shewhart charts</title></head>\n<body style="font-family:system-ui,sans-serif;max-width:800px;margin:2em auto">\n${items.join("\n")}\n</body></html>\n`;
}
