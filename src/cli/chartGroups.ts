import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { analyze } from "../core/analyze.ts";
import { isSpcError, type SpcError } from "../core/errors.ts";
import { floorToPeriod } from "../core/prepare/floorToPeriod.ts";
import { parseDateString } from "../core/prepare/parseX.ts";
import type { ChartResult } from "../core/result/chartResult.ts";
import type { ChartSpecInput } from "../core/schema/chartSpec.ts";
import type { ChartType, Period } from "../core/types.ts";
import { buildModel, type ChartModel } from "../svg/model.ts";
import { normalizeOptions, type RenderOptions } from "../svg/options.ts";
import { modelTree } from "../svg/render.ts";
import { chartWithCopy } from "../svg/report/chartWithCopy.ts";
import { nodeToString } from "../svg/toString.ts";
import { CliError } from "./io.ts";
import { makeCharts, type BatchContext, type ChunkCharts } from "./makeCharts.ts";
import type { ValidChartOptions } from "./parseOptions.ts";
import { errorText, warningText, parseNumberText, parseXText, phasesFromColumn, seriesTitle, warningPlaces, type DateOrder, type DecimalMark, type XKind } from "../io/index.ts";
import { summaryDirection } from "./summaryDirection.ts";
import type { SummaryLine } from "./summaryTable.ts";
import type { CliWords } from "./words/en.ts";
import { wordsFor } from "./words/wordsFor.ts";

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
  /** The line (CSV) or row (xlsx) of the file each row of the group comes from, for messages. */
  readonly lines: readonly number[];
  /** x as the file writes it, per row, where that differs from `x` ("Uge 40, 2018" for 2018-W40; sparse: empty for an ISO file), for messages. */
  readonly xText?: string[];
}

/** One chart to make: a group and the file it goes to. Plain data, so it can cross to a worker thread. */
export interface GroupJob {
  readonly group: Group;
  readonly file: string;
}

/** A finished chart: the SVG, the result and the options it was drawn with, its title and its summary line. */
export interface GroupChart {
  readonly svg: string;
  /** The result read for drawing, with {@link GroupChart.render}. */
  readonly model: ChartModel;
  /** The report's copy of the chart ({@link chartWithCopy}), when one was asked for and the chart has a title; else undefined. */
  readonly copy: string | undefined;
  readonly title: string;
  readonly line: SummaryLine;
  readonly result: ChartResult;
  /** The options the SVG was drawn with (title, locale, notes), for the report page. */
  readonly render: RenderOptions;
}

/** Where a column is in the file: 1-based column number and header, for messages. */
export interface ColumnPlace {
  readonly column: number;
  readonly name: string;
}

/** How the file's x column was read (shewhart/io), so that x values named on the command line are read alike. */
export interface XReadingUsed {
  readonly kind: XKind;
  readonly dateOrder: DateOrder;
  readonly decimal: DecimalMark | null;
  /** The period the x values name (week, month, quarter, year), or null. */
  readonly period: Period | null;
}

/** The options a group's chart needs, with the input file's name, its columns' places for messages, and how x was read. */
export type GroupOptions = ValidChartOptions & {
  readonly fileName: string;
  readonly places?: { readonly x?: ColumnPlace; readonly y?: ColumnPlace; readonly n?: ColumnPlace };
  readonly xReading?: XReadingUsed;
};

/** From this many groups on, charts are made on worker threads (when the machine has more than one core). */
export const parallelFrom = 64;

/**
 * Makes every group's chart ({@link makeCharts}), in chunks of at most
 * `chunkSize` charts. With `threads` > 1 (and the built worker at hand) each
 * worker thread takes the next chunk when it is done with one, two at a time
 * so that it never waits; the chunks come back in order, the same as on one thread.
 * On an error the workers are stopped and the first error reported is thrown.
 */
export async function chartGroups(jobs: readonly GroupJob[], context: BatchContext, threads: number, chunkSize: number, progress?: (done: number) => void): Promise<ChunkCharts[]> {
  const worker = new URL("./batchWorker.js", import.meta.url);
  let done = 0;
  const count = (n: number): void => {
    done += n;
    progress?.(done);
  };
  if (threads <= 1 || jobs.length < 2 || !existsSync(fileURLToPath(worker))) {
    // Chunk by chunk on this thread too, so that no more than a chunk's report sections are held at a time.
    const results: ChunkCharts[] = [];
    for (let start = 0; start < jobs.length; start += chunkSize) results.push(await makeCharts(jobs.slice(start, start + chunkSize), start, context, progress === undefined ? undefined : count));
    return results;
  }
  const size = Math.max(1, Math.min(chunkSize, Math.ceil(jobs.length / threads)));
  const chunks = Math.ceil(jobs.length / size);
  const results = new Array<ChunkCharts>(chunks);
  const pool = Array.from({ length: Math.min(threads, chunks) }, () => new Worker(worker, { workerData: { context } }));
  try {
    await new Promise<void>((resolve, reject) => {
      let next = 0;
      let finished = 0;
      const send = (thread: Worker): void => {
        if (next >= chunks) return;
        const start = next++ * size;
        thread.postMessage({ start, jobs: jobs.slice(start, start + size) });
      };
      for (const thread of pool) {
        thread.on("message", (message: { result?: ChunkCharts; error?: string; exitCode?: 1 | 2; done?: number }) => {
          if (message.done !== undefined) count(message.done);
          else if (message.error !== undefined) reject(new CliError(message.error, message.exitCode ?? 1));
          else if (message.result !== undefined) {
            results[message.result.start / size] = message.result;
            if (++finished === chunks) resolve();
            else send(thread);
          }
        });
        thread.on("error", reject);
        thread.on("exit", (code) => {
          if (finished < chunks) reject(new Error(`a worker thread stopped (exit code ${code})`));
        });
        send(thread);
        send(thread);
      }
    });
  } finally {
    await Promise.all(pool.map((thread) => thread.terminate()));
  }
  return results;
}

/**
 * One group's chart: analyse (twice, when phases are named by x value), render, summarise. With
 * `copyPrefix` the report's copy of a titled chart is drawn from the same layout, its ids under that prefix.
 */
export function chartGroup(job: GroupJob, options: GroupOptions, copyPrefix?: string): GroupChart {
  const { group } = job;
  try {
    const words = wordsFor(options.language);
    const base = specFor(group, options);
    const probe = analyze(base);
    const { phaseLabels, ...phases } = phasesFor(group, probe, options);
    // Without breaks, exclusions or phases the probe is the chart.
    const result = phases.breaks === undefined && phases.exclude === undefined ? probe : analyze({ ...base, ...phases });
    const notes = notesFor(group, probe);
    const title = [options.title, group.name].filter((t) => t !== undefined && t !== "").join(" · ") || dataTitle(options);
    const render: RenderOptions = { ...(title === "" ? {} : { title }), locale: options.locale, ...(options.percent === true ? { percent: true } : {}), notes, ...(phaseLabels === undefined ? {} : { phaseLabels }) };
    // As renderSvg draws it, with the model kept for the report.
    const normalized = normalizeOptions(render, "renderSvg");
    const model = buildModel(result, normalized, "renderSvg");
    // A report shows every chart's facts; a titled chart shows them too, so its copy is its own picture without the title.
    const drawn = copyPrefix !== undefined && render.title !== undefined ? chartWithCopy(model, normalized, copyPrefix) : { svg: nodeToString(modelTree(model, normalized)), copy: undefined };
    const last = result.phases[result.phases.length - 1];
    return {
      result,
      render,
      svg: drawn.svg,
      model,
      copy: drawn.copy,
      title: group.name === "" ? title : group.name,
      line: {
        group: group.name === "" ? words.all : group.name,
        chart: result.chart,
        subgroups: result.length,
        cl: last?.cl ?? null,
        lcl: last?.lcl ?? null,
        ucl: last?.ucl ?? null,
        runsSignal: last?.runsSignal ?? false,
        sigmaSignals: last?.sigmaSignals ?? 0,
        direction: summaryDirection(result.assessment),
        verdict: result.assessment.message,
        file: job.file,
        // Said with the command line's flags (--multiply 100, not the library's multiply 100), in the chart's language.
        warnings: result.warnings.map((w) => {
          const text = warningText(w, { locale: options.locale });
          return { code: w.code, message: w.indices === undefined || w.indices.length === 0 ? text : inFilePlaces(text, w.indices, group, result, words.place) };
        }),
      },
    };
  } catch (error) {
    if (isSpcError(error)) throw new CliError(inFileTerms(error, group, options), 1);
    throw error;
  }
}

/** The title of a chart with neither `--title` nor a group: what the data call it (`seriesTitle`), never a number. */
function dataTitle(options: GroupOptions): string {
  return seriesTitle({ y: options.places?.y?.name ?? options.y, n: options.places?.n?.name ?? options.n, fileName: options.fileName });
}

/**
 * A warning that names subgroups by 0-based index, with the indices replaced
 * by where the subgroups are in the file — x as the file writes it and the line
 * of the first row (the first five; `warningPlaces`) — so that it can be found there.
 */
function inFilePlaces(message: string, indices: readonly number[], group: Group, result: ChartResult, place: CliWords["place"]): string {
  // x as the file writes it, as the app names the same places ("30-12-2023", not 2023-12-30).
  const xs = group.x.length === 0 ? null : subgroupValues(group, result, group.x.map((x, row) => group.xText?.[row] ?? String(x)));
  const lines = subgroupValues(group, result, group.lines.map(String));
  return warningPlaces(message, indices, (i) => place(xs?.[i] ?? null, lines[i] ?? "?"));
}

/** Core fields that stand for a command-line option. */
const flags: Readonly<Record<string, string>> = { freeze: "--freeze", target: "--target", multiply: "--multiply", improvement: "--improvement", rules: "--rules", period: "--period", chart: "--chart", breaks: "--breaks", exclude: "--exclude" };

/**
 * An error of `analyze` in the user's terms and language: a value of a row
 * (`y[1]`, the second row of the group) is named by file, line, column and
 * column name; an option by its flag; anything else by file and group. The
 * reason is `errorText`'s, without the library's place.
 */
function inFileTerms(error: SpcError, group: Group, options: GroupOptions): string {
  const [field, index] = error.path;
  const words = wordsFor(options.language);
  const inGroup = group.name === "" ? "" : words.inGroup(group.name);
  const detail = errorText(error, { locale: options.locale, cells: true });
  const place = field === "x" || field === "y" || field === "n" ? options.places?.[field] : undefined;
  if (typeof index === "number" && place !== undefined) {
    const line = group.lines[index];
    if (line !== undefined) return `${options.fileName}:${line}:${place.column} ${words.inColumn(place.name)}: ${inGroup}${detail}`;
  }
  if (typeof field === "string" && flags[field] !== undefined) return `${flags[field]}: ${inGroup}${detail}`;
  return `${options.fileName}: ${inGroup}${detail}`;
}

function specFor(group: Group, options: GroupOptions): ChartSpecInput {
  const spec: Record<string, unknown> = { chart: options.chart satisfies ChartType, y: group.y, locale: options.locale };
  if (group.x.length > 0) spec["x"] = group.x;
  if (group.n !== null) spec["n"] = group.n;
  if (options.rules !== undefined) spec["rules"] = options.rules;
  if (options.period !== undefined) spec["period"] = options.period;
  // x read as weeks, months, quarters or years: the chart counts in them (the core also infers week, month and quarter from ISO x).
  else if (group.x.length > 0 && options.xReading?.period != null) spec["period"] = options.xReading.period;
  if (options.improvement !== undefined) spec["improvement"] = options.improvement;
  if (options.multiply !== undefined) spec["multiply"] = options.multiply;
  if (options.target !== undefined) spec["target"] = options.target;
  if (options.freeze !== undefined) spec["freeze"] = options.freeze;
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
function phasesFor(group: Group, probe: ChartResult, options: GroupOptions): { breaks?: number[]; exclude?: number[]; phaseLabels?: string[] } {
  const index = new Map<string, number>();
  if (options.breaks !== undefined || options.exclude !== undefined) for (let i = 0; i < probe.length; i++) index.set(String(probe.xAt(i)), i);
  const lookup = (flag: string, text: string): number => {
    const key = keyOf(xValueOf(text, options.xReading), probe);
    const at = index.get(key) ?? (probe.xType === "index" ? Number(text) - 1 : undefined);
    if (at === undefined || !(at >= 0 && at < probe.length)) throw new CliError(wordsFor(options.language).noSubgroupAt(flag, text, group.name === "" ? null : group.name), 1);
    return at;
  };
  const out: { breaks?: number[]; exclude?: number[]; phaseLabels?: string[] } = {};
  if (options.breaks !== undefined) out.breaks = splitXList(options.breaks, options.xReading).map((t) => lookup("--breaks", t)).sort((a, b) => a - b);
  if (options.exclude !== undefined) out.exclude = splitXList(options.exclude, options.xReading).map((t) => lookup("--exclude", t));
  if (options.phase !== undefined) {
    // Each phase is labelled with the column's own value ("Før", "Efter"), as the app reads the column.
    const { breaks, labels } = phasesFromColumn(subgroupValues(group, probe, group.phases));
    out.breaks = breaks;
    if (labels !== null) out.phaseLabels = labels;
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

