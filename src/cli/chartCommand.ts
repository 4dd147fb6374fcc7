import { readFileSync } from "node:fs";
import { basename, dirname, extname, resolve } from "node:path";
import { analyze } from "../core/analyze.ts";
import { isSpcError } from "../core/errors.ts";
import { floorToPeriod } from "../core/prepare/floorToPeriod.ts";
import { parseDateString } from "../core/prepare/parseX.ts";
import type { ChartResult } from "../core/result/chartResult.ts";
import type { ChartSpecInput } from "../core/schema/chartSpec.ts";
import type { ChartType, Period } from "../core/types.ts";
import { renderSvg } from "../svg/render.ts";
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
}

interface Group {
  readonly name: string;
  readonly x: (string | number)[];
  readonly y: (number | null)[];
  readonly n: (number | null)[];
  readonly notes: string[];
  readonly phases: string[];
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
  const charts: { group: Group; result: ChartResult; svg: string; file: string }[] = [];
  for (const group of groups.values()) {
    const label = group.name !== "" ? group.name : (options.title ?? "chart");
    try {
      const base = specFor(group, options);
      const probe = analyze(base);
      const spec = { ...base, ...phasesFor(group, probe, options) };
      const result = analyze(spec);
      const notes = notesFor(group, probe);
      const title = [options.title, group.name].filter((t) => t !== undefined && t !== "").join(" · ");
      const svg = renderSvg(result, { ...(title === "" ? {} : { title }), locale: options.locale, notes });
      const file = single ? basename(outPath) : `${safeFileName(label, taken)}.${format}`;
      charts.push({ group, result, svg, file });
    } catch (error) {
      if (isSpcError(error)) throw new CliError(`${basename(path)}${group.name === "" ? "" : `, group "${group.name}"`}: ${error.message}`, 1);
      throw error;
    }
  }

  const folder = single ? dirname(outPath) : outPath;
  const files = await Promise.all(charts.map(async (c) => ({ name: c.file, content: format === "png" ? await svgToPng(c.svg) : c.svg })));
  if (!single) files.push({ name: "index.html", content: indexPage(charts.map((c) => ({ file: c.file, title: c.group.name === "" ? (options.title ?? "Chart") : c.group.name }))) });
  writeFiles(folder, files);

  const lines: SummaryLine[] = charts.map(({ group, result, file }) => {
    const last = result.phases[result.phases.length - 1];
    return {
      group: group.name === "" ? "all" : group.name,
      chart: result.chart,
      subgroups: result.length,
      cl: last?.cl ?? null,
      lcl: last?.lcl ?? null,
      ucl: last?.ucl ?? null,
      runsSignal: last?.runsSignal ?? false,
      sigmaSignals: last?.sigmaSignals ?? 0,
      direction: result.assessment.direction,
      verdict: result.assessment.message,
      file,
    };
  });
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

function specFor(group: Group, options: ChartOptions): ChartSpecInput {
  const number = (flag: string, value: string | undefined): number | undefined => {
    if (value === undefined) return undefined;
    const parsed = Number(value.replace(",", "."));
    if (!Number.isFinite(parsed)) throw new CliError(`${flag} ${value}: expected a number`, 2);
    return parsed;
  };
  const spec: Record<string, unknown> = { chart: options.chart as ChartType, y: group.y };
  if (group.x.length > 0) spec["x"] = group.x;
  if (group.n.length > 0) spec["n"] = group.n;
  if (options.rules !== undefined) spec["rules"] = options.rules;
  if (options.period !== undefined) spec["period"] = options.period;
  // ISO week labels (2018-W47) mean weekly data: label the chart in weeks.
  else if (group.x.length > 0 && group.x.every((x) => typeof x === "string" && /^\d{4}-W\d{2}$/.test(x))) spec["period"] = "week";
  if (options.improvement !== undefined) spec["improvement"] = options.improvement;
  const multiply = number("--multiply", options.multiply);
  if (multiply !== undefined) spec["multiply"] = multiply;
  const target = number("--target", options.target);
  if (target !== undefined) spec["target"] = target;
  const freeze = number("--freeze", options.freeze);
  if (freeze !== undefined) spec["freeze"] = freeze;
  return spec as ChartSpecInput;
}

/** The x of a subgroup as the result prints it, for matching the x values given on the command line. */
function keyOf(value: string | number, period: Period | null): string {
  if (typeof value === "number") return String(value);
  const time = parseDateString(value);
  if (Number.isNaN(time)) return value;
  const floored = period === null ? time : floorToPeriod(time, period);
  return new Date(floored).toISOString().slice(0, 10);
}

/** `--breaks` and `--exclude` name x values as they appear in the file; `--phase` names a column whose changes start phases. */
function phasesFor(group: Group, probe: ChartResult, options: ChartOptions): { breaks?: number[]; exclude?: number[] } {
  const index = new Map<string, number>();
  for (let i = 0; i < probe.length; i++) index.set(String(probe.xAt(i)), i);
  const lookup = (flag: string, text: string): number => {
    const key = keyOf(parseXCell(text), probe.period);
    const at = index.get(key) ?? (probe.xType === "index" ? Number(text) - 1 : undefined);
    if (at === undefined || !(at >= 0 && at < probe.length)) throw new CliError(`${flag} ${text}: no subgroup has that x${group.name === "" ? "" : ` in group "${group.name}"`}`, 1);
    return at;
  };
  const out: { breaks?: number[]; exclude?: number[] } = {};
  if (options.breaks !== undefined) out.breaks = options.breaks.split(",").map((t) => lookup("--breaks", t.trim())).sort((a, b) => a - b);
  if (options.exclude !== undefined) out.exclude = options.exclude.split(",").map((t) => lookup("--exclude", t.trim()));
  if (options.phase !== undefined) {
    const phaseOf = subgroupValues(group, probe, group.phases);
    const breaks: number[] = [];
    for (let i = 1; i < phaseOf.length; i++) if (phaseOf[i] !== "" && phaseOf[i] !== phaseOf[i - 1]) breaks.push(i);
    out.breaks = breaks;
  }
  return out;
}

/** The first non-empty value of a per-row column for each subgroup of the result. */
function subgroupValues(group: Group, probe: ChartResult, values: readonly string[]): string[] {
  const out = new Array<string>(probe.length).fill("");
  if (group.x.length === 0) return values.map((v) => v);
  const index = new Map<string, number>();
  for (let i = 0; i < probe.length; i++) index.set(String(probe.xAt(i)), i);
  group.x.forEach((x, row) => {
    const i = index.get(keyOf(x, probe.period));
    if (i !== undefined && out[i] === "" && values[row] !== "") out[i] = values[row] as string;
  });
  return out;
}

function notesFor(group: Group, probe: ChartResult): { index: number; text: string }[] {
  return subgroupValues(group, probe, group.notes)
    .map((text, index) => ({ index, text }))
    .filter((note) => note.text !== "");
}

function indexPage(charts: readonly { file: string; title: string }[]): string {
  const escape = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  const items = charts.map((c) => `<section><h2>${escape(c.title)}</h2><img src="${escape(encodeURIComponent(c.file))}" alt="${escape(c.title)}" style="width:100%"></section>`);
  return `<!doctype html>\n<html><head><meta charset="utf-8"><title>shewhart charts</title></head>\n<body style="font-family:system-ui,sans-serif;max-width:800px;margin:2em auto">\n${items.join("\n")}\n</body></html>\n`;
}
