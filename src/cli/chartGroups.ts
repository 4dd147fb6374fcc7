import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { analyze } from "../core/analyze.ts";
import { isSpcError } from "../core/errors.ts";
import { floorToPeriod } from "../core/prepare/floorToPeriod.ts";
import { parseDateString } from "../core/prepare/parseX.ts";
import type { ChartResult } from "../core/result/chartResult.ts";
import type { ChartSpecInput } from "../core/schema/chartSpec.ts";
import type { ChartResultJSON, ChartType, Period } from "../core/types.ts";
import { renderSvg } from "../svg/render.ts";
import type { ChartOptions } from "./chartCommand.ts";
import { CliError } from "./io.ts";
import { parseNumberText, parseXText, type DateOrder, type DecimalMark, type XKind } from "../io/index.ts";
import type { SummaryLine } from "./summaryTable.ts";

/** The rows of one group, as read from the file. */
export interface Group {
  readonly name: string;
  /** x per row; empty without an x column. */
  readonly x: (string | number)[];
  /** y and n per row, NaN for missing; n is null without a denominator column. */
  readonly y: Float64Array;
  readonly n: Float64Array | null;
  /** Notes and phase labels per row (sparse: only rows that have them). */
  readonly notes: string[];
  readonly phases: string[];
}

/** One chart to make: a group and the file it goes to. Plain data, so it can cross to a worker thread. */
export interface GroupJob {
  readonly group: Group;
  readonly file: string;
}

/** A finished chart: the SVG, its title for the index page, and its summary line. */
export interface GroupChart {
  readonly svg: string;
  readonly title: string;
  readonly line: SummaryLine;
  /** The result's JSON, for small multiples (`--panels`). */
  readonly json?: ChartResultJSON;
}

/** How the file's x column was read (shewhart/io), so that x values named on the command line are read alike. */
export interface XReadingUsed {
  readonly kind: XKind;
  readonly dateOrder: DateOrder;
  readonly decimal: DecimalMark | null;
  /** The period the x values name (week, month, quarter, year), or null. */
  readonly period: Period | null;
}

/** The options a group's chart needs, with the input file's name for messages. */
export type GroupOptions = ChartOptions & { readonly fileName: string; readonly xReading?: XReadingUsed };

/** From this many groups on, charts are made on worker threads (when the machine has more than one core). */
export const parallelFrom = 64;

/**
 * Makes every group's chart, in order. With `threads` > 1 (and the built
 * worker at hand) the groups are split into contiguous slices, one per worker
 * thread; the result is the same, in the same order, as on one thread.
 */
export async function chartGroups(jobs: readonly GroupJob[], options: GroupOptions, threads: number, progress?: (done: number) => void): Promise<GroupChart[]> {
  const worker = new URL("./batchWorker.js", import.meta.url);
  if (threads <= 1 || jobs.length < 2 || !existsSync(fileURLToPath(worker))) {
    return jobs.map((job, k) => {
      const chart = chartGroup(job, options);
      if (progress !== undefined && (k + 1) % 50 === 0) progress(k + 1);
      return chart;
    });
  }
  const count = Math.min(threads, jobs.length);
  const size = Math.ceil(jobs.length / count);
  let done = 0;
  const slices = Array.from({ length: count }, (_, t) => jobs.slice(t * size, (t + 1) * size));
  const results = await Promise.all(
    slices.map(
      (slice) =>
        new Promise<GroupChart[]>((resolve, reject) => {
          const thread = new Worker(worker, { workerData: { jobs: slice, options } });
          thread.on("message", (message: { charts?: GroupChart[]; error?: string; exitCode?: 1 | 2; done?: number }) => {
            if (message.done !== undefined) {
              done += message.done;
              progress?.(done);
            } else if (message.error !== undefined) reject(new CliError(message.error, message.exitCode ?? 1));
            else resolve(message.charts ?? []);
          });
          thread.on("error", reject);
        }),
    ),
  );
  return results.flat();
}

/** One group's chart: analyse (twice, when phases are named by x value), render, summarise. */
export function chartGroup(job: GroupJob, options: GroupOptions): GroupChart {
  const { group } = job;
  try {
    const base = specFor(group, options);
    const probe = analyze(base);
    const result = analyze({ ...base, ...phasesFor(group, probe, options) });
    const notes = notesFor(group, probe);
    const title = [options.title, group.name].filter((t) => t !== undefined && t !== "").join(" · ");
    const svg = renderSvg(result, { ...(title === "" ? {} : { title }), locale: options.locale, notes });
    const last = result.phases[result.phases.length - 1];
    return {
      ...(options.panels === true ? { json: result.toJSON() } : {}),
      svg,
      title: group.name === "" ? (options.title ?? "Chart") : group.name,
      line: {
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
        file: job.file,
      },
    };
  } catch (error) {
    if (isSpcError(error)) throw new CliError(`${options.fileName}${group.name === "" ? "" : `, group "${group.name}"`}: ${error.message}`, 1);
    throw error;
  }
}

function specFor(group: Group, options: GroupOptions): ChartSpecInput {
  const number = (flag: string, value: string | undefined): number | undefined => {
    if (value === undefined) return undefined;
    const parsed = Number(value.replace(",", "."));
    if (!Number.isFinite(parsed)) throw new CliError(`${flag} ${value}: expected a number`, 2);
    return parsed;
  };
  const spec: Record<string, unknown> = { chart: options.chart as ChartType, y: group.y };
  if (group.x.length > 0) spec["x"] = group.x;
  if (group.n !== null) spec["n"] = group.n;
  if (options.rules !== undefined) spec["rules"] = options.rules;
  if (options.period !== undefined) spec["period"] = options.period;
  // x read as weeks, months, quarters or years: the chart counts in them (the core also infers week, month and quarter from ISO x).
  else if (group.x.length > 0 && options.xReading?.period != null) spec["period"] = options.xReading.period;
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
function keyOf(value: string | number, probe: ChartResult): string {
  if (typeof value === "number") return String(value);
  // Categories are matched as written, even one that looks like a date.
  if (probe.xType !== "date") return value;
  const period = probe.period;
  const time = parseDateString(value);
  if (Number.isNaN(time)) return value;
  const floored = period === null ? time : floorToPeriod(time, period);
  return new Date(floored).toISOString().slice(0, 10);
}

/** An x value named on the command line ("Uge 40, 2018", "2018-W40", "jan. 2018", 12), read as the file's x column was read. */
function xValueOf(text: string, reading: XReadingUsed | undefined): string | number {
  if (reading === undefined || reading.kind === "category") return text;
  if (reading.kind === "number") {
    const r = parseNumberText(text);
    const value = reading.decimal === "," ? r.comma : reading.decimal === "." ? r.dot : Number.isNaN(r.dot) ? r.comma : r.dot;
    return Number.isNaN(value) ? text : value;
  }
  if (reading.kind === "year") return /^\d{4}$/.test(text) ? `${text}-01-01` : text;
  return parseXText(text, reading.dateOrder).value ?? text;
}

/**
 * A list of x values from the command line: separated by `;` when there is
 * one, else by `,` — except where a comma belongs to a spelling ("Uge 40, 2018").
 */
function splitXList(text: string, reading: XReadingUsed | undefined): string[] {
  if (text.includes(";")) return text.split(";").map((t) => t.trim());
  const parts = text.split(",").map((t) => t.trim());
  const temporal = reading !== undefined && reading.kind !== "number" && reading.kind !== "category" && reading.kind !== "year";
  const out: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] as string;
    const next = parts[i + 1];
    if (temporal && next !== undefined && parseXText(part, reading.dateOrder).kind === null && parseXText(`${part}, ${next}`, reading.dateOrder).kind !== null) {
      out.push(`${part}, ${next}`);
      i++;
    } else out.push(part);
  }
  return out;
}

/** `--breaks` and `--exclude` name x values as they appear in the file; `--phase` names a column whose changes start phases. */
function phasesFor(group: Group, probe: ChartResult, options: GroupOptions): { breaks?: number[]; exclude?: number[] } {
  const index = new Map<string, number>();
  if (options.breaks !== undefined || options.exclude !== undefined) for (let i = 0; i < probe.length; i++) index.set(String(probe.xAt(i)), i);
  const lookup = (flag: string, text: string): number => {
    const key = keyOf(xValueOf(text, options.xReading), probe);
    const at = index.get(key) ?? (probe.xType === "index" ? Number(text) - 1 : undefined);
    if (at === undefined || !(at >= 0 && at < probe.length)) throw new CliError(`${flag} ${text}: no subgroup has that x${group.name === "" ? "" : ` in group "${group.name}"`}`, 1);
    return at;
  };
  const out: { breaks?: number[]; exclude?: number[] } = {};
  if (options.breaks !== undefined) out.breaks = splitXList(options.breaks, options.xReading).map((t) => lookup("--breaks", t)).sort((a, b) => a - b);
  if (options.exclude !== undefined) out.exclude = splitXList(options.exclude, options.xReading).map((t) => lookup("--exclude", t));
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
  if (group.x.length === 0) return Array.from({ length: probe.length }, (_, i) => values[i] ?? "");
  const index = new Map<string, number>();
  for (let i = 0; i < probe.length; i++) index.set(String(probe.xAt(i)), i);
  group.x.forEach((x, row) => {
    const i = index.get(keyOf(x, probe));
    const value = values[row] ?? "";
    if (i !== undefined && out[i] === "" && value !== "") out[i] = value;
  });
  return out;
}

function notesFor(group: Group, probe: ChartResult): { index: number; text: string }[] {
  if (group.notes.length === 0) return [];
  return subgroupValues(group, probe, group.notes)
    .map((text, index) => ({ index, text }))
    .filter((note) => note.text !== "");
}

