import type { ChartResultJSON } from "../core/types.ts";
import { chartSection, readItem, reportPageParts, reportSettings, type ReportOptions, type ReportSettings, type SummaryEntry } from "../svg/report/renderReport.ts";
import { chartGroup, type GroupJob, type GroupOptions } from "./chartGroups.ts";
import type { SummaryLine } from "./summaryTable.ts";
import { svgToPng } from "./svgToPng.ts";
import { stageFile, type StagedFile } from "./writeFiles.ts";

/** What every chart of a run shares: plain data, so that it can cross to a worker thread. */
export interface BatchContext {
  readonly options: GroupOptions;
  /** The output folder, held by the run ({@link holdFolder}): files are staged into it. */
  readonly root: string;
  readonly format: "svg" | "png";
  /** The report's options (locale, title, subtitle, date, panels), or null without a report. */
  readonly report: ReportOptions | null;
  /** The number of charts in the run (the report's pages and counts). */
  readonly total: number;
  /** Keep each result's JSON for the small multiples (`--panels`). */
  readonly panels: boolean;
}

/** A report section that its chunk could not put on a page: the page is made where every chart of it is at hand. */
export interface LooseSection {
  readonly page: number;
  readonly index: number;
  readonly html: string;
}

/** What the run keeps of a chunk of charts: small rows, never the drawings (those are staged in the folder). */
export interface ChunkCharts {
  readonly start: number;
  readonly lines: SummaryLine[];
  /** Each chart's title for the small multiples. */
  readonly titles: string[];
  readonly staged: StagedFile[];
  /** The report's summary row of each chart (empty without a report). */
  readonly rows: SummaryEntry[];
  /** Sections of pages this chunk does not hold whole (always those of the first page, whose summary needs every chart). */
  readonly sections: LooseSection[];
  /** Each result's JSON, with `--panels` only. */
  readonly json: ChartResultJSON[];
}

/** Charts done between two progress reports. */
export const progressStep = 50;

/**
 * Makes a chunk of a run's charts — the charts `start`, `start + 1`, … of the
 * run — wherever it runs (the main thread or a worker): analyses each group,
 * draws its chart and stages the file, draws its report section, and stages
 * every report page other than the first that the chunk holds whole. Only the
 * rows the summary and the first page need go back, so that no thread holds
 * every chart's drawing.
 */
export async function makeCharts(jobs: readonly GroupJob[], start: number, context: BatchContext, done?: (count: number) => void): Promise<ChunkCharts> {
  const settings: ReportSettings | null = context.report === null ? null : reportSettings(context.report);
  const out: ChunkCharts = { start, lines: [], titles: [], staged: [], rows: [], sections: [], json: [] };
  // A page's sections as UTF-8 bytes until the page is whole: held outside the engine's heap, they cost its garbage collection nothing.
  const own = new Map<number, Uint8Array[]>();
  for (let k = 0; k < jobs.length; k++) {
    const job = jobs[k] as GroupJob;
    const index = start + k;
    const chart = chartGroup(job, context.options, settings === null ? undefined : `chart-${index + 1}`);
    out.lines.push(chart.line);
    out.titles.push(chart.title);
    out.staged.push(stageFile(context.root, job.file, context.format === "png" ? await svgToPng(chart.svg) : chart.svg));
    if (settings !== null) {
      // As renderReport reads an item. Every chart is titled (by --title, its group, or the data's y column: chartGroup); an untitled one would be numbered in the report's language.
      const item = { result: chart.result, ...(chart.render.title === undefined ? {} : { name: chart.title }), options: chart.render, files: [job.file] };
      // The copy drawn with the file is the report's when both are in the report's locale.
      const drawn = chart.copy !== undefined && chart.model.style.locale === settings.locale ? { model: chart.model, copy: chart.copy } : undefined;
      const entry = readItem(item, index, settings.locale, settings.words, drawn);
      out.rows.push({ index: entry.index, name: entry.name, verdict: entry.verdict });
      const html = chartSection(entry, settings.words, settings.locale, settings.number);
      const page = Math.floor(index / settings.perPage);
      if (page !== 0 && page * settings.perPage >= start && Math.min(context.total, (page + 1) * settings.perPage) <= start + jobs.length) {
        const sections = own.get(page) ?? [];
        sections.push(Buffer.from(html, "utf8"));
        own.set(page, sections);
      } else out.sections.push({ page, index, html });
    }
    if (context.panels) out.json.push(chart.result.toJSON());
    if (done !== undefined && (k + 1) % progressStep === 0) done(progressStep);
  }
  if (done !== undefined && jobs.length % progressStep !== 0) done(jobs.length % progressStep);
  if (settings !== null) {
    for (const [page, sections] of own) {
      const from = page * settings.perPage - start;
      const rows = out.rows.slice(from, from + sections.length);
      const html = reportPageParts(settings, page, context.total, rows, sections, []);
      out.staged.push(stageFile(context.root, html.name, html.parts));
    }
  }
  return out;
}
