import { SpcError } from "../core/errors.ts";
import type { ChartResult } from "../core/result/chartResult.ts";
import type { ChartResultJSON } from "../core/types.ts";
import { chartBody, plotLayout, type PlotLayout } from "./chartBody.ts";
import { describeChart } from "./describe.ts";
import { buildModel } from "./model.ts";
import { fitText, wrapText } from "./fitText.ts";
import { headerLines } from "./header.ts";
import { h } from "./node.ts";
import { laneHeight, showAllFrom } from "./layout/placeLabels.ts";
import { plotMargins } from "./layout/plotMargins.ts";
import { maxSize, normalizeOptions, type RenderOptions } from "./options.ts";
import { buildYAxis, xTickLabels } from "./scales.ts";
import { nodeToString } from "./toString.ts";

/** Options of {@link renderSmallMultiples}. */
export interface SmallMultiplesOptions extends Omit<RenderOptions, "subtitle" | "definition" | "notes"> {
  /** A title per panel, e.g. the unit's name. */
  readonly panelTitles?: readonly string[];
  /** Panels per row. Default: about the square root of the number of panels. */
  readonly columns?: number;
  /** Height of one panel in px. Default 220. */
  readonly panelHeight?: number;
  /** `shared` (default): one y scale for all panels, so levels compare; `free`: each panel its own. */
  readonly scales?: "shared" | "free";
}

/**
 * Draws several results as panels of one SVG, e.g. one per hospital of a
 * region, with a shared or free y scale.
 *
 * @example
 * renderSmallMultiples(units.map((u) => analyze(u.spec)), { panelTitles: units.map((u) => u.name), columns: 3 });
 */
export function renderSmallMultiples(results: readonly (ChartResult | ChartResultJSON)[], options: SmallMultiplesOptions = {}): string {
  const fn = "renderSmallMultiples";
  if (!Array.isArray(results) || results.length === 0) throw new SpcError({ fn, code: "invalid_input", path: ["results"], expected: "a non-empty array of results", received: results });
  if (typeof options !== "object" || options === null) throw new SpcError({ fn, code: "invalid_option", path: ["options"], expected: "an options object", received: options });
  const columns = options.columns ?? Math.ceil(Math.sqrt(results.length));
  if (!Number.isInteger(columns) || columns < 1) throw new SpcError({ fn, code: "invalid_option", path: ["columns"], expected: "an integer >= 1", received: columns });
  const panelHeight = options.panelHeight ?? 220;
  if (!(typeof panelHeight === "number" && panelHeight > 0 && Number.isFinite(panelHeight))) throw new SpcError({ fn, code: "invalid_option", path: ["panelHeight"], expected: "a finite number > 0", received: panelHeight });
  if (!(typeof panelHeight === "number" && panelHeight <= maxSize)) throw new SpcError({ fn, code: "invalid_option", path: ["panelHeight"], expected: `a number > 0 and <= ${maxSize}`, received: panelHeight });
  const panelTitles = options.panelTitles;
  if (panelTitles !== undefined) {
    if (!Array.isArray(panelTitles)) throw new SpcError({ fn, code: "invalid_option", path: ["panelTitles"], expected: "an array of strings", received: panelTitles });
    // An index loop, so that a hole is refused as the core refuses one in y.
    for (let k = 0; k < panelTitles.length; k++) {
      const title: unknown = panelTitles[k];
      if (typeof title !== "string") throw new SpcError({ fn, code: "invalid_option", path: ["panelTitles", k], expected: "a string", received: title });
    }
  }
  if (options.scales !== undefined && options.scales !== "shared" && options.scales !== "free") {
    throw new SpcError({ fn, code: "invalid_option", path: ["scales"], expected: '"shared" or "free"', received: options.scales });
  }
  const normalized = normalizeOptions({ ...options, showFacts: false }, fn);
  const width = normalized.width;
  const panelWidth = width / columns;
  const rows = Math.ceil(results.length / columns);
  // The title wraps like a chart's header, to at most its lines (whole in the root's <title>).
  const titleLines = normalized.title === undefined ? [] : wrapText(normalized.title, width - 24, 16, true, headerLines.title);
  const titleHeight = titleLines.length === 0 ? 0 : 9 + 21 * titleLines.length;
  const height = titleHeight + rows * panelHeight;
  const models = results.map((result) => buildModel(result, normalized, fn));
  // Room under the plot for the tick labels, the years and the x label.
  const inner = { top: 38, bottom: normalized.xLabel === undefined ? 44 : 52 };
  const shared = (options.scales ?? "shared") === "shared";
  // One set of margins for every panel, so that the plots line up: room for the widest labels of any panel.
  const probe = [inner.top, panelHeight - inner.bottom] as const;
  const yTicks = shared ? buildYAxis(models, ...probe, normalized.showSigmaLines).ticks : models.flatMap((model) => buildYAxis([model], ...probe, normalized.showSigmaLines).ticks);
  const xLabels = models.map((model) => xTickLabels(model, normalized.texts, normalized.locale));
  const widestXTick = Math.max(...xLabels.map((labels) => labels.widest));
  const { left, right } = plotMargins(models, normalized, yTicks, widestXTick, Math.floor(panelWidth));
  // A panel is a chart of its own width: narrower than 600 px, its labels may give way.
  const giveWay = panelWidth < showAllFrom;
  const bounds = { left: 0, right: Math.floor(panelWidth), top: 20, bottom: Math.floor(panelHeight) };
  const bodies = (lanes: number): PlotLayout[] => {
    const top = inner.top + lanes * laneHeight;
    // A shared scale: the y extent over every panel.
    const yAxis = shared ? buildYAxis(models, top, panelHeight - inner.bottom, normalized.showSigmaLines) : undefined;
    const plot = { left, right: Math.floor(panelWidth) - right, top, bottom: panelHeight - inner.bottom };
    return models.map((model, k) => plotLayout(model, { ...normalized, idPrefix: `${normalized.idPrefix}-${k}` }, plot, { bounds, lanes, giveWay }, yAxis, xLabels[k]));
  };
  const crowding = (list: readonly PlotLayout[]): number => list.reduce((sum, body) => sum + body.placement.crowded, 0);
  let drawn = bodies(0);
  for (let lanes = 1; lanes <= 2 && crowding(drawn) > 0; lanes++) {
    const next = bodies(lanes);
    if (crowding(next) >= crowding(drawn)) break;
    drawn = next;
  }
  const panels = models.map((_, k) => {
    const column = k % columns;
    const row = Math.floor(k / columns);
    const title = options.panelTitles?.[k] ?? `${k + 1}`;
    return h(
      "g",
      { class: "shewhart-panel", "data-panel": k, transform: `translate(${Math.round(column * panelWidth)},${Math.round(titleHeight + row * panelHeight)})`, "aria-label": title },
      h("title", {}, title),
      // The panel's area, drawn as nothing: what its texts must stay inside (checked in Chromium).
      h("rect", { class: "shewhart-panel-area", x: 0, y: 0, width: Math.floor(panelWidth), height: Math.floor(panelHeight), fill: "none" }),
      h("text", { class: "shewhart-panel-title", x: Math.min(left, 12), y: 16, "font-size": 12.5, "font-weight": "600", fill: normalized.theme.text }, fitText(title, Math.floor(panelWidth) - Math.min(left, 12) - 4, 12.5, true)),
      drawn[k] !== undefined && chartBody(drawn[k]),
    );
  });
  const description = models.map((model, k) => `${options.panelTitles?.[k] ?? k + 1}: ${describeChart(model, { ...normalized, title: undefined })}`).join(" ");
  const tree = h(
    "svg",
    {
      xmlns: "http://www.w3.org/2000/svg",
      class: "shewhart shewhart-small-multiples",
      viewBox: `0 0 ${width} ${height}`,
      width: "100%",
      role: "img",
      "aria-labelledby": `${normalized.idPrefix}-title ${normalized.idPrefix}-desc`,
      "font-family": normalized.theme.fontFamily,
      style: "max-width: 100%; height: auto",
    },
    h("title", { id: `${normalized.idPrefix}-title` }, normalized.title ?? normalized.texts.charts.replace("{n}", String(results.length))),
    h("desc", { id: `${normalized.idPrefix}-desc` }, description),
    h("rect", { x: 0, y: 0, width, height, fill: normalized.theme.background }),
    titleLines.map((line, k) => h("text", { class: "shewhart-title", x: 12, y: 22 + 21 * k, "font-size": 16, "font-weight": "600", fill: normalized.theme.text }, line)),
    panels,
  );
  return nodeToString(tree);
}
