import type { ChartResultJSON } from "../core/types.ts";
import { reportPageParts, reportSettings, type PanelEntry, type ReportOptions, type ReportPageParts, type SummaryEntry } from "../svg/report/renderReport.ts";
import type { ChunkCharts, LooseSection } from "./makeCharts.ts";

/**
 * The report's pages that no chunk held whole — always the first (`index.html`),
 * whose summary lists every chart — from the sections the chunks sent back.
 * (Pages end in .html, charts in .svg or .png: no clash.)
 */
export function loosePages(charts: readonly ChunkCharts[], report: ReportOptions, total: number): ReportPageParts[] {
  const settings = reportSettings(report);
  const rows = charts.flatMap((c) => c.rows);
  const sections = new Map<number, LooseSection[]>();
  for (const chunk of charts) {
    for (const section of chunk.sections) {
      const list = sections.get(section.page) ?? [];
      list.push(section);
      sections.set(section.page, list);
    }
  }
  const pages = [...sections.keys()];
  if (!pages.includes(0)) pages.unshift(0);
  return pages.map((page) => {
    const own = (sections.get(page) ?? []).sort((a, b) => a.index - b.index);
    const first = page * settings.perPage;
    // The first page sums up every chart; the others their own.
    const summary = page === 0 ? rows : rows.slice(first, first + settings.perPage);
    return reportPageParts(settings, page, total, summary, own.map((s) => s.html), page === 0 && settings.panels !== undefined ? panelEntries(charts, rows) : []);
  });
}

/** The small multiples on the report's first page: every chart's JSON (kept with `--panels`) and its name in the report. */
function panelEntries(charts: readonly ChunkCharts[], rows: readonly SummaryEntry[]): PanelEntry[] {
  const json = charts.flatMap((c) => c.json);
  return rows.map((row, k) => ({ name: row.name, result: json[k] as ChartResultJSON }));
}
