import type { ChartResult } from "shewhart";
import { renderReport, type ChartNote, type ReportItem } from "shewhart/svg";

/** One group's chart as the report takes it. */
export interface ReportChart {
  readonly name: string;
  readonly result: ChartResult | null;
  readonly notes: readonly ChartNote[];
  /** The phases' names from the phase column, or null. */
  readonly phaseLabels?: readonly string[] | null;
}

/** What the report page says about itself. */
export interface ReportHtmlOptions {
  /** The chart title the user typed ("" for none): the page's title, and each chart's heading with its group. */
  readonly title: string;
  /** The file the data came from, shown under the heading. */
  readonly fileName: string;
  /** The name of a chart with neither a title nor a group (`seriesTitle`: the y column's header), as the app draws it; numbered when left out. */
  readonly untitled?: string;
  /** BCP 47 locale of the page (the app's language). */
  readonly locale: string;
  /** The sentence that names groups without a chart, given their names joined; shown under the heading when any. */
  readonly leftOut: (groups: string) => string;
  /** The renderer's `maxPointMarks`, as the app draws its chart. */
  readonly maxPointMarks: number;
  /** A run or I chart of proportions drawn in percent, as the app draws it (renderSvg's `percent`). */
  readonly percent?: boolean;
}

/**
 * The report page (`renderReport`, the page `shewhart report` and `chart --report` write as
 * index.html) for every group's chart, drawn with the options the app draws its chart with
 * (title and group as the heading, the notes, marks only for signals above `maxPointMarks`). Always one self-contained HTML file: every chart
 * on one page (`perPage` = the number of charts), so that a single download holds all of them.
 * Groups whose analysis failed cannot be drawn; the page names them under its heading.
 */
export function reportHtml(charts: readonly ReportChart[], options: ReportHtmlOptions): string {
  const drawn = charts.filter((g): g is ReportChart & { result: ChartResult } => g.result !== null);
  const missing = charts.filter((g) => g.result === null).map((g) => g.name || "—");
  const items: ReportItem[] = drawn.map((g) => {
    const heading = [options.title, g.name].filter((t) => t !== "").join(" · ") || (options.untitled ?? "");
    return { result: g.result, ...(heading === "" ? {} : { name: g.name === "" ? heading : g.name }), options: { notes: g.notes, ...(g.phaseLabels === null || g.phaseLabels === undefined ? {} : { phaseLabels: g.phaseLabels }), maxPointMarks: options.maxPointMarks, ...(options.percent === true ? { percent: true } : {}), ...(heading === "" ? {} : { title: heading }) } };
  });
  const subtitle = [options.fileName, missing.length === 0 ? "" : options.leftOut(missing.join(", "))].filter((t) => t !== "").join(" · ");
  const [page] = renderReport(items, {
    locale: options.locale,
    perPage: Math.max(1, items.length),
    ...(options.title === "" ? {} : { title: options.title }),
    ...(subtitle === "" ? {} : { subtitle }),
  });
  return page!.html;
}
