import { SpcError } from "../../core/errors.ts";
import type { ChartResult } from "../../core/result/chartResult.ts";
import type { ChartResultJSON } from "../../core/types.ts";
import { dateFormat, formatNumberForHumans, formatX, formatXRange, numberFormat } from "../format.ts";
import { buildModel, type ChartModel, type ResultMeta } from "../model.ts";
import { normalizeOptions, type NormalizedOptions, type RenderOptions } from "../options.ts";
import { defaultTheme } from "../palette.ts";
import { renderSmallMultiples, type SmallMultiplesOptions } from "../smallMultiples.ts";
import { escapeXml } from "../toString.ts";
import { chartWithCopy } from "./chartWithCopy.ts";
import { assuranceSymbol, icon, iconSymbols, variationSymbol } from "./reportIcons.ts";
import { fill, reportWordsFor, type ReportWords } from "./reportWords.ts";
import { readVerdict, type Verdict } from "./readVerdict.ts";

/** One chart of a report. */
export interface ReportItem {
  /** A `ChartResult`, or its JSON. */
  readonly result: ChartResult | ChartResultJSON;
  /** The chart's name in the summary, e.g. the unit. Default: the render title, else "Chart 1", "Chart 2", …. */
  readonly name?: string;
  /**
   * How the chart is drawn (subtitle, notes, target, …), as for `renderSvg`. Its `title` becomes the chart's
   * heading on the page and is not drawn again in the SVG: the picture is the chart `renderSvg` draws with these
   * options, from under its title down (the same plot, shorter by the title's lines). The report sets `locale` and
   * `idPrefix`; facts are shown unless `showFacts` is false.
   */
  readonly options?: RenderOptions;
  /** Files beside the report that hold this chart (e.g. `["ward-a.svg"]`), linked under it. */
  readonly files?: readonly string[];
}

/** Options of {@link renderReport}. Every field is optional. */
export interface ReportOptions {
  /** The page's title and heading. Default "SPC report" / "SPC-rapport". */
  readonly title?: string;
  /** A line under the heading, e.g. where the data came from. */
  readonly subtitle?: string;
  /** BCP 47 locale of the whole page: `<html lang>`, words, numbers and dates (Danish for `da…`, English otherwise). Default `"en-GB"`. */
  readonly locale?: string;
  /** The day the report was made, `YYYY-MM-DD`, printed in the locale's words. Default: none (the same input gives the same page). */
  readonly date?: string;
  /** Charts per page; above it the report is split into pages that the first page's summary links to. Default 200. */
  readonly perPage?: number;
  /** Name of the first page without `.html`; the next are `NAME-2.html`, `NAME-3.html`, …. Default `"index"`. */
  readonly pageName?: string;
  /**
   * Also draw every chart as small multiples in one picture, after the summary on the first page
   * (`renderSmallMultiples` with these options; panels are titled with the charts' names). Default: none.
   */
  readonly panels?: SmallMultiplesOptions;
}

/** One page of a report: its file name and its self-contained HTML. */
export interface ReportPage {
  readonly name: string;
  readonly html: string;
}

/** The content-security policy of every page: nothing may be fetched, only the page's own styles and data: images. */
export const reportContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

const fn = "renderReport";

/** A chart of the report, read once. @internal */
export interface Entry {
  readonly index: number;
  readonly name: string;
  readonly heading: string;
  /** The item's result as given (the small multiples draw it). */
  readonly result: ChartResult | ChartResultJSON;
  /** Its fields and tables (its points are in the model's columns). */
  readonly json: ResultMeta;
  /** The chart read with its options (the title kept: the picture is laid out under it), once: the facts and the drawing use it. */
  readonly model: ChartModel;
  readonly normalized: NormalizedOptions;
  /** The report's copy of the chart when it was drawn together with the chart's own file ({@link chartWithCopy}); else it is drawn with the section. */
  readonly copy: string | undefined;
  readonly verdict: Verdict;
  readonly files: readonly string[];
}

/**
 * Makes a report of charts as self-contained HTML pages a department can
 * e-mail or put on its intranet: a summary table first (one row per chart
 * with its verdict, a variation icon and a target icon, each with a text
 * alternative), then every chart inline as SVG with its facts. Everything is
 * in the locale's language; nothing is fetched from outside the page (a
 * content-security policy says so); print CSS gives A4 pages with one chart a
 * page. Above `perPage` charts the report is split, and the first page's
 * summary of every chart links to the others. Every text is escaped. Needs no
 * DOM; the same input gives the same pages.
 *
 * @param items - the charts, in the order they are shown
 * @param options - see {@link ReportOptions}
 * @returns the pages, the first named `index.html`
 * @throws {SpcError} `invalid_input` naming a bad item, `invalid_option` naming a bad option
 * @example
 * const [page] = renderReport([{ result: analyze(spec), name: "Ward A" }], { title: "Falls", locale: "da-DK" });
 * // page.name === "index.html"; page.html starts '<!doctype html>\n<html lang="da-DK">'
 */
export function renderReport(items: readonly ReportItem[], options: ReportOptions = {}): ReportPage[] {
  if (typeof options !== "object" || options === null) throw new SpcError({ fn, code: "invalid_option", path: ["options"], expected: "an options object", received: options });
  if (!Array.isArray(items)) throw new SpcError({ fn, code: "invalid_input", path: ["items"], expected: "an array of { result, name?, options?, files? }", received: items });
  const settings = reportSettings(options);
  const entries = items.map((item, k) => readItem(item, k, settings.locale, settings.words));
  const count = Math.max(1, Math.ceil(entries.length / settings.perPage));
  const pages: ReportPage[] = [];
  for (let page = 0; page < count; page++) {
    const own = entries.slice(page * settings.perPage, (page + 1) * settings.perPage);
    const sections = own.map((entry) => chartSection(entry, settings.words, settings.locale, settings.number));
    pages.push(reportPage(settings, page, entries.length, page === 0 ? entries : own, sections, page === 0 ? entries : []));
  }
  return pages;
}

/** A report's options, checked once, with the words and number format of its locale. @internal */
export interface ReportSettings {
  readonly locale: string;
  readonly words: ReportWords;
  readonly date: string | undefined;
  readonly perPage: number;
  readonly pageName: string;
  readonly title: string;
  readonly subtitle: string | undefined;
  readonly panels: SmallMultiplesOptions | undefined;
  /** A whole number in the locale. */
  readonly number: (n: number) => string;
}

/**
 * Checks a report's options (as {@link renderReport} does) and reads what its pages share, so that a
 * report can be made in pieces: each chart's section ({@link readItem}, {@link chartSection}) where the
 * chart is drawn, each page ({@link reportPage}) from its sections and the summary rows.
 * @internal
 */
export function reportSettings(options: ReportOptions): ReportSettings {
  if (typeof options !== "object" || options === null) throw new SpcError({ fn, code: "invalid_option", path: ["options"], expected: "an options object", received: options });
  const locale = normalizeOptions({ ...(options.locale === undefined ? {} : { locale: options.locale }) }, fn).locale;
  const text = (name: "title" | "subtitle" | "date" | "pageName"): string | undefined => {
    const value = options[name];
    if (value !== undefined && typeof value !== "string") throw new SpcError({ fn, code: "invalid_option", path: [name], expected: "a string", received: value });
    return value;
  };
  const date = text("date");
  if (date !== undefined && !(/^\d{4}-\d{2}-\d{2}$/.test(date) && !Number.isNaN(Date.parse(`${date}T00:00:00Z`)))) {
    throw new SpcError({ fn, code: "invalid_option", path: ["date"], expected: "a day as YYYY-MM-DD", received: date });
  }
  const perPage = options.perPage ?? 200;
  if (!Number.isInteger(perPage) || perPage < 1) throw new SpcError({ fn, code: "invalid_option", path: ["perPage"], expected: "an integer >= 1", received: perPage });
  const pageName = text("pageName") ?? "index";
  if (!/^[\w-]+$/.test(pageName)) throw new SpcError({ fn, code: "invalid_option", path: ["pageName"], expected: "letters, digits, _ or -", received: pageName });
  const words = reportWordsFor(locale);
  const format = numberFormat(locale, { maximumFractionDigits: 0 });
  return { locale, words, date, perPage, pageName, title: text("title") ?? words.title, subtitle: text("subtitle"), panels: options.panels, number: (n: number): string => format.format(n) };
}

/** What a page's summary shows of a chart: its number, name and verdict. @internal */
export type SummaryEntry = Pick<Entry, "index" | "name" | "verdict">;

/** What the small multiples show of a chart: its result's JSON and its name. @internal */
export type PanelEntry = Pick<Entry, "result" | "name">;

/**
 * One page of a report of `total` charts: `rows` are the charts its summary lists (every chart on the
 * first page, its own on the others), `sections` its own charts' sections ({@link chartSection}), and
 * `panels` the entries drawn as small multiples on the first page when the settings ask for them.
 * @internal
 */
export function reportPage(settings: ReportSettings, page: number, total: number, rows: readonly SummaryEntry[], sections: readonly string[], panels: readonly PanelEntry[]): ReportPage {
  const { name, parts } = reportPageParts(settings, page, total, rows, sections, panels);
  // Every piece is text: the sections are.
  return { name, html: (parts as readonly string[]).join("") };
}

/**
 * A report page as the pieces of its HTML in order: joined, the page; a caller that writes them one by
 * one never holds the page (megabytes) as one text. A piece is text, or a section given as its UTF-8 bytes.
 * @internal
 */
export interface ReportPageParts {
  readonly name: string;
  readonly parts: readonly (string | Uint8Array)[];
}

/**
 * {@link reportPage} in pieces: a piece per summary row, per section, and the page's head and foot. A
 * section may be given as its UTF-8 bytes: a caller that holds a page's 200 sections until the page is
 * whole keeps them out of the engine's heap (collecting garbage copies every string that lives on).
 * @internal
 */
export function reportPageParts(settings: ReportSettings, page: number, total: number, rows: readonly SummaryEntry[], sections: readonly (string | Uint8Array)[], panels: readonly PanelEntry[]): ReportPageParts {
  const { words, locale, perPage, pageName, title, subtitle, date, number } = settings;
  const count = Math.max(1, Math.ceil(total / perPage));
  const pageOf = (k: number): number => Math.floor(k / perPage);
  const fileOf = (p: number): string => (p === 0 ? `${pageName}.html` : `${pageName}-${p + 1}.html`);
  const hrefOf = (k: number): string => `${pageOf(k) === page ? "" : fileOf(pageOf(k))}#chart-${k + 1}`;
  const range = (p: number): string => fill(words.chartsOnPage, { from: number(p * perPage + 1), to: number(Math.min(total, (p + 1) * perPage)), total: number(total) });
  const meta = [(total === 1 ? words.countChart : fill(words.countCharts, { n: number(total) })), ...(date === undefined ? [] : [fill(words.made, { date: dateFormat(locale, { day: "numeric", month: "long", year: "numeric" }).format(new Date(`${date}T00:00:00Z`)) })])];
  const nav =
    count === 1
      ? ""
      : `<nav class="pages" aria-label="${escapeXml(words.pages)}"><ol>${Array.from({ length: count }, (_, p) => {
          const link = `<a href="${fileOf(p)}"${p === page ? ' aria-current="page"' : ""}>${escapeXml(fill(words.page, { n: number(p + 1) }))}</a>`;
          return `<li>${link} <span class="muted">(${escapeXml(range(p))})</span></li>`;
        }).join("")}</ol></nav>`;
  // The first page sums up every chart; the others their own, with a way back.
  const summaryHeading = page === 0 ? (count === 1 ? words.summary : words.summaryAll) : `${words.summary}: ${range(page)}`;
  const back = page === 0 ? "" : `<p><a href="${fileOf(0)}#summary">${escapeXml(words.backToSummary)}</a></p>`;
  const panelsHtml = page === 0 && settings.panels !== undefined && panels.length > 0 ? panelsSection(panels, settings.panels, locale, words) : "";
  const body = [
    iconSymbols(),
    `<header><h1>${escapeXml(title)}</h1>${subtitle === undefined ? "" : `<p class="subtitle">${escapeXml(subtitle)}</p>`}<p class="muted">${escapeXml(meta.join(" · "))}</p>${nav}</header>`,
    "<main>",
    `<section class="summary" id="summary" aria-labelledby="summary-heading"><h2 id="summary-heading">${escapeXml(summaryHeading)}</h2>${back}`,
    ...summaryTable(rows, words, hrefOf, number),
    "</section>",
    panelsHtml,
    ...sections,
    "</main>",
  ];
  return { name: fileOf(page), parts: document(locale, count === 1 ? title : `${title} – ${fill(words.page, { n: number(page + 1) })}`, body) };
}

/**
 * Checks an item and reads what the page shows of it. A caller that has drawn the chart's file already
 * passes `drawn`: the model it read and the copy {@link chartWithCopy} gave, both made with the options
 * {@link itemOptions} gives for this item (so the result is not read and laid out a second time).
 * @internal
 */
export function readItem(item: ReportItem, k: number, locale: string, words: ReportWords, drawn?: { readonly model: ChartModel; readonly copy: string }): Entry {
  if (typeof item !== "object" || item === null || !("result" in item)) throw new SpcError({ fn, code: "invalid_input", path: ["items", k], expected: "{ result, name?, options?, files? }", received: item });
  if (item.name !== undefined && typeof item.name !== "string") throw new SpcError({ fn, code: "invalid_input", path: ["items", k, "name"], expected: "a string", received: item.name });
  if (item.files !== undefined && !(Array.isArray(item.files) && item.files.every((f) => typeof f === "string"))) {
    throw new SpcError({ fn, code: "invalid_input", path: ["items", k, "files"], expected: "an array of file names", received: item.files });
  }
  if (item.options !== undefined && (typeof item.options !== "object" || item.options === null)) throw new SpcError({ fn, code: "invalid_option", path: ["items", k, "options"], expected: "an options object", received: item.options });
  const title = item.options?.title;
  if (title !== undefined && typeof title !== "string") throw new SpcError({ fn, code: "invalid_option", path: ["items", k, "options", "title"], expected: "a string", received: title });
  const normalized = normalizeOptions(itemOptions(item.options ?? {}, k, locale), fn);
  // The model checks the result (an SpcError names it) and gives the chart's number style.
  const model = drawn?.model ?? buildModel(item.result, normalized, fn);
  const json = model.json;
  const fallback = `${words.chart} ${k + 1}`;
  return {
    index: k,
    name: item.name ?? title ?? fallback,
    heading: title ?? item.name ?? fallback,
    result: item.result,
    json,
    model,
    normalized,
    copy: drawn?.copy,
    verdict: readVerdict(json),
    files: item.files ?? [],
  };
}

/**
 * The options a report draws an item's chart with: the item's, in the report's locale, with facts unless
 * `showFacts` is false, ids `chart-K` (K counted from 1). The title stays: the chart is laid out under it,
 * and {@link chartWithCopy} leaves it out of the report's copy.
 * @internal
 */
export function itemOptions(options: RenderOptions, k: number, locale: string): RenderOptions {
  return { showFacts: true, ...options, locale, idPrefix: `chart-${k + 1}` };
}

/** Every chart as small multiples in one SVG, titled with the charts' names; the picture's own title is the section's name (no heading repeats it). */
function panelsSection(entries: readonly PanelEntry[], panels: SmallMultiplesOptions, locale: string, words: ReportWords): string {
  if (typeof panels !== "object" || panels === null) throw new SpcError({ fn, code: "invalid_option", path: ["panels"], expected: "small-multiples options", received: panels });
  const svg = renderSmallMultiples(
    entries.map((e) => e.result),
    { panelTitles: entries.map((e) => e.name), ...panels, title: panels.title ?? words.panels, locale, idPrefix: "panels" },
  );
  return `<section class="panels" id="panels" aria-labelledby="panels-title">\n${svg}\n</section>`;
}

/** The text alternatives of a verdict's two icons. */
function iconTexts(verdict: Verdict, words: ReportWords): { variation: string; assurance: string } {
  const move = verdict.move === null ? "" : ` (${words.moves[verdict.move]})`;
  const untested = verdict.untested === null ? "" : `: ${words.untested[verdict.untested]}`;
  const reason = verdict.reason === null ? "" : `: ${words.reasons[verdict.reason]}`;
  const assurance = `${words.assurances[verdict.assurance]}${reason}`;
  // A shift against the previous phase is worded as the verdict's sentence words it.
  if (verdict.shift !== null && (verdict.variation === "improvement" || verdict.variation === "concern" || verdict.variation === "change")) {
    return { variation: fill(words.shifted[verdict.variation], { way: words.ways[verdict.shift.up ? "up" : "down"], phase: String(verdict.shift.phase) }), assurance };
  }
  return { variation: `${words.variations[verdict.variation]}${move}${untested}`, assurance };
}

function variationIcon(verdict: Verdict, alternative: string): string {
  return icon(variationSymbol(verdict.variation, verdict.move), "variation", alternative, `variation-${verdict.variation}`);
}

function assuranceIcon(verdict: Verdict, alternative: string): string {
  return icon(assuranceSymbol(verdict.assurance), "assurance", alternative, `assurance-${verdict.assurance}`);
}

/** The summary table as the page's lines: its head, a row per chart, its foot. */
function summaryTable(entries: readonly SummaryEntry[], words: ReportWords, href: (k: number) => string, number: (n: number) => string): string[] {
  const head = `<thead><tr><th scope="col" class="n">#</th><th scope="col">${escapeXml(words.chart)}</th><th scope="col">${escapeXml(words.verdict)}</th><th scope="col">${escapeXml(words.variation)}</th><th scope="col">${escapeXml(words.assurance)}</th></tr></thead>`;
  const rows = entries.map((entry) => {
    const texts = iconTexts(entry.verdict, words);
    return (
      `<tr class="summary-row"><td class="n">${number(entry.index + 1)}</td><th scope="row"><a href="${escapeXml(href(entry.index))}">${escapeXml(entry.name)}</a></th>` +
      `<td class="verdict">${escapeXml(entry.verdict.message)}</td>` +
      `<td><div class="status">${variationIcon(entry.verdict, texts.variation)}<span aria-hidden="true">${escapeXml(texts.variation)}</span></div></td>` +
      `<td><div class="status">${assuranceIcon(entry.verdict, texts.assurance)}<span aria-hidden="true">${escapeXml(texts.assurance)}</span></div></td></tr>`
    );
  });
  return [`<div class="table">\n<table>${head}<tbody>`, ...(rows.length === 0 ? [""] : rows), "</tbody></table>\n</div>"];
}

/** A chart's section of its page: heading, the chart and its facts. @internal */
export function chartSection(entry: Entry, words: ReportWords, locale: string, number: (n: number) => string): string {
  const { json, verdict, model, normalized } = entry;
  const length = model.length;
  const last = json.phases[json.phases.length - 1];
  const value = (v: number): string => formatNumberForHumans(v, model.style);
  const x = (i: number): string => formatX(model.xOf(i), json.xType, json.period, locale, normalized.texts, model.xYears);
  const texts = iconTexts(verdict, words);
  const facts: [string, string][] = [
    [escapeXml(words.chartType), escapeXml(words.chartNames[json.chart] ?? json.chart)],
    [escapeXml(words.subgroups), escapeXml(number(length))],
    [escapeXml(words.period), escapeXml(length === 1 ? x(0) : formatXRange(model.xOf(0), model.xOf(length - 1), json.xType, json.period, locale, normalized.texts, model.xYears))],
  ];
  if (last !== undefined && last.cl !== null) facts.push([escapeXml(words.centreLine), escapeXml(value(model.cl[last.end] as number))]);
  if (last !== undefined && last.lcl !== null && last.ucl !== null) {
    // Limits that vary with the subgroup size (P, U, Xbar): the phase's are their mean, and the chart's edge shows the
    // last subgroup's; said, so that the two numbers do not read as a contradiction.
    let varies = false;
    for (let i = last.start; i <= last.end && !varies; i++) {
      const a = model.lcl[i] as number;
      const b = model.ucl[i] as number;
      if (Number.isFinite(a) && Number.isFinite(b) && (Math.abs(a - last.lcl) > 1e-9 * Math.max(1, Math.abs(a)) || Math.abs(b - last.ucl) > 1e-9 * Math.max(1, Math.abs(b)))) varies = true;
    }
    facts.push([escapeXml(words.limits), escapeXml(`${value(last.lcl)} – ${value(last.ucl)}${varies ? ` (${words.limitsMean})` : ""}`)]);
  }
  if (model.target !== null) facts.push([escapeXml(words.target), escapeXml(value(model.target))]);
  facts.push([escapeXml(words.signals), escapeXml(json.signals.length === 0 ? words.none : number(json.signals.length))]);
  facts.push([escapeXml(words.verdict), escapeXml(verdict.message)]);
  facts.push([escapeXml(words.variation), `<span class="status">${variationIcon(verdict, texts.variation)}<span aria-hidden="true">${escapeXml(texts.variation)}</span></span>`]);
  facts.push([escapeXml(words.assurance), `<span class="status">${assuranceIcon(verdict, texts.assurance)}<span aria-hidden="true">${escapeXml(texts.assurance)}</span></span>`]);
  if (verdict.since !== null && verdict.since >= 0 && verdict.since < length) facts.push([escapeXml(words.since), escapeXml(x(verdict.since))]);
  if (json.warnings.length > 0) facts.push([escapeXml(words.warnings), `<ul>${json.warnings.map((w) => `<li>${escapeXml(w.message)}</li>`).join("")}</ul>`]);
  if (entry.files.length > 0) {
    const links = entry.files.map((file) => `<a href="${escapeXml(file.split("/").map(encodeURIComponent).join("/"))}">${escapeXml(file)}</a>`);
    facts.push([escapeXml(words.files), links.join(", ")]);
  }
  const id = `chart-${entry.index + 1}`;
  // Concatenated, not joined: the picture (some 40 kB) is not copied until the page is written.
  const head = `<section class="chart" id="${id}" aria-labelledby="${id}-heading">\n<h2 id="${id}-heading">${escapeXml(entry.heading)}</h2>\n`;
  const tail = `\n<dl class="facts">${facts.map(([term, detail]) => `<dt>${term}</dt><dd>${detail}</dd>`).join("")}</dl>\n</section>`;
  return head + (entry.copy ?? chartWithCopy(model, normalized, id).copy) + tail;
}

const style = `
:root { color-scheme: light; }
body { font-family: ${defaultTheme.fontFamily}; color: #1a1a1a; background: #ffffff; margin: 0 auto; max-width: 62rem; padding: 1.5rem; line-height: 1.4; }
h1 { font-size: 1.6rem; margin: 0 0 0.25rem; }
h2 { font-size: 1.2rem; margin: 1.5rem 0 0.5rem; }
.subtitle { margin: 0 0 0.25rem; font-size: 1.05rem; }
.muted { color: #595959; }
a { color: #0b5394; }
nav.pages ol { display: flex; flex-wrap: wrap; gap: 0.25rem 1.25rem; list-style: none; padding: 0; margin: 0.5rem 0 0; }
nav.pages a[aria-current] { font-weight: 700; }
table { border-collapse: collapse; width: 100%; font-size: 0.9rem; }
th, td { text-align: left; vertical-align: top; padding: 0.35rem 0.5rem; border-bottom: 1px solid #e0e0e0; }
thead th { border-bottom: 2px solid #595959; }
tbody th { font-weight: 600; min-width: 8rem; }
.n { text-align: right; color: #595959; font-variant-numeric: tabular-nums; }
.status { display: flex; gap: 0.4rem; align-items: flex-start; }
td.verdict { min-width: 12rem; }
.status > span { font-size: 0.8rem; color: #404040; }
svg.icon { width: 1.5rem; height: 1.5rem; flex: none; }
.panels svg.shewhart { display: block; width: 100%; height: auto; }
.chart { margin-top: 2rem; border-top: 1px solid #e0e0e0; padding-top: 0.5rem; }
.chart svg.shewhart { display: block; width: 100%; height: auto; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; font-size: 0.9rem; margin: 0.75rem 0 0; }
dl.facts dt { color: #595959; }
dl.facts dd { margin: 0; }
dl.facts ul { margin: 0; padding-left: 1.1rem; }
div.table { overflow-x: auto; }
@media (max-width: 40rem) {
  body { padding: 0.75rem; }
  tbody th { min-width: 0; }
  td.verdict { min-width: 9rem; }
  .status > span { display: none; }
}
@page { size: A4; margin: 14mm 12mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; }
  .chart, .panels { break-before: page; border-top: none; margin-top: 0; padding-top: 0; }
  .chart svg.shewhart, dl.facts, tr { break-inside: avoid; }
  thead { display: table-header-group; }
  a { color: inherit; text-decoration: none; }
  nav.pages { display: none; }
}
`;

/** The page around its body's lines, in pieces: each line with the line break after it. */
function document(locale: string, title: string, body: readonly (string | Uint8Array)[]): (string | Uint8Array)[] {
  const head = [
    "<!doctype html>",
    `<html lang="${escapeXml(locale)}">`,
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="${reportContentSecurityPolicy}">`,
    `<title>${escapeXml(title)}</title>`,
    `<style>${style}</style>`,
    "</head>",
    "<body>",
    "",
  ].join("\n");
  const parts: (string | Uint8Array)[] = [head];
  // A line break after each line: concatenated, not copied (a section of a chart is some 40 kB), or a piece of its own after bytes.
  for (const line of body) {
    if (typeof line === "string") parts.push(line + "\n");
    else parts.push(line, "\n");
  }
  parts.push("</body>\n</html>\n");
  return parts;
}
