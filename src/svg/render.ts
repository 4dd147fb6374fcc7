import { SpcError } from "../core/errors.ts";
import type { ChartResult } from "../core/result/chartResult.ts";
import type { ChartResultJSON } from "../core/types.ts";
import { chartBody, plotLayout, type PlotLayout } from "./chartBody.ts";
import { describeChart } from "./describe.ts";
import { header } from "./header.ts";
import { buildModel, type ChartModel } from "./model.ts";
import { h, type SvgNode } from "./node.ts";
import { normalizeOptions, type NormalizedOptions, type RenderOptions } from "./options.ts";
import { nodeToDom, type DocumentLike, type ElementLike } from "./toDom.ts";
import { nodeToString } from "./toString.ts";
import { laneHeight, showAllFrom } from "./layout/placeLabels.ts";
import { plotMargins } from "./layout/plotMargins.ts";
import { buildXAxis, buildYAxis, xTickLabels } from "./scales.ts";

/** Margins above and below the plot area (px of the viewBox); those left and right fit what is drawn there (layout/plotMargins.ts). */
const margin = { top: 20, bottom: 34, year: 13, xLabel: 16 };
/** At most this many lanes of labels are reserved over a crowded plot. */
const maxLanes = 2;
/** The least height of the plot area, in px. */
const minimumPlot = 80;

/**
 * Builds the chart's element tree: `<svg role="img">` with `<title>` and a
 * plain-language `<desc>`, the header, and the plot. @internal
 */
export function chartTree(result: ChartResult | ChartResultJSON, options: RenderOptions, fn: string): SvgNode {
  const normalized = normalizeOptions(options, fn);
  return modelTree(buildModel(result, normalized, fn), normalized);
}

/** The chart's element tree from a model already read and checked ({@link buildModel}) with these options. @internal */
export function modelTree(model: ChartModel, normalized: NormalizedOptions): SvgNode {
  const layout = layoutChart(model, normalized);
  return chartRoot(normalized, 0, layout.height, describeChart(model, normalized), [layout.head.node, chartBody(layout.body)]);
}

/** A chart laid out: its height, header and plot, before anything is serialised. @internal */
export interface ChartLayout {
  readonly height: number;
  readonly head: ReturnType<typeof header>;
  readonly body: PlotLayout;
}

/** Lays out a chart: the header, the picture's height, and the plot under it with its labels placed. @internal */
export function layoutChart(model: ChartModel, normalized: NormalizedOptions): ChartLayout {
  const { width } = normalized;
  const head = header(model, normalized, 12);
  const years = model.json.xType === "date" && model.json.period !== "year";
  const under = margin.bottom + (years ? margin.year : 0) + (normalized.xLabel === undefined ? 0 : margin.xLabel);
  // The header is never cut: when it leaves the plot less than its least height, the picture grows taller.
  const height = Math.max(normalized.height, Math.ceil(head.height + margin.top + maxLanes * laneHeight + minimumPlot + under));
  const bottom = height - under;
  const xLabels = xTickLabels(model, normalized.texts, normalized.locale);
  // The y axis of the plot without lanes: its ticks set the margins, and it is the first try's.
  const yAxis = buildYAxis([model], head.height + margin.top, bottom, normalized.showSigmaLines);
  const { left, right } = plotMargins([model], normalized, yAxis.ticks, xLabels.widest, width);
  const bounds = { left: 0, right: width, top: head.bottom + 1, bottom: height };
  const giveWay = width < showAllFrom;
  const xAxis = buildXAxis(model, left, width - right, normalized.texts, normalized.locale, xLabels);
  // Lanes over the plot are reserved only when they give a label that found no free place one: the fewest lanes
  // with no crowded label, else, as long as each lane more leaves fewer crowded, the more lanes. A try is first
  // laid out as a probe, stopping at its first crowded label; how many are crowded is counted only when two tries are.
  const tries = (lanes: number, probe: boolean): PlotLayout =>
    plotLayout(model, normalized, { left, right: width - right, top: head.height + margin.top + lanes * laneHeight, bottom }, { bounds, lanes, giveWay, probe }, lanes === 0 ? yAxis : undefined, xLabels, xAxis);
  const probes: PlotLayout[] = [];
  const whole: PlotLayout[] = [];
  const probe = (lanes: number): PlotLayout => whole[lanes] ?? (probes[lanes] ??= tries(lanes, true));
  const full = (lanes: number): PlotLayout => {
    const probed = probes[lanes];
    return (whole[lanes] ??= probed !== undefined && probed.placement.crowded === 0 ? probed : tries(lanes, false));
  };
  let chosen = 0;
  if (probe(0).placement.crowded > 0) {
    for (let lanes = 1; lanes <= maxLanes; lanes++) {
      // No crowded label: fewer than the lanes chosen so far leave (at least one).
      if (probe(lanes).placement.crowded === 0) {
        chosen = lanes;
        break;
      }
      if (full(lanes).placement.crowded >= full(chosen).placement.crowded) break;
      chosen = lanes;
    }
  }
  return { height, head, body: full(chosen) };
}

/**
 * The `<svg>` element of a chart: the part of the drawing from `top` down, `height` px tall, with its `<title>`
 * (the title, or the description's first sentence) and `<desc>` under `idPrefix` ids, the background, then `children`.
 * @internal
 */
export function chartRoot(normalized: NormalizedOptions, top: number, height: number, description: string, children: readonly SvgNode[]): SvgNode {
  const { width, idPrefix, theme } = normalized;
  return h(
    "svg",
    {
      xmlns: "http://www.w3.org/2000/svg",
      class: "shewhart",
      viewBox: `0 ${top} ${width} ${height}`,
      width: "100%",
      role: "img",
      "aria-labelledby": `${idPrefix}-title ${idPrefix}-desc`,
      "font-family": theme.fontFamily,
      style: "max-width: 100%; height: auto",
    },
    h("title", { id: `${idPrefix}-title` }, normalized.title ?? description.split(". ")[0] ?? ""),
    h("desc", { id: `${idPrefix}-desc` }, description),
    h("rect", { class: "shewhart-background", x: 0, y: top, width, height, fill: theme.background }),
    children,
  );
}

/**
 * Draws a result as a standalone SVG string: run and control charts with
 * centre lines and limits per phase, baselines, signals (by colour and shape),
 * target and notes, a header of facts, and a plain-language `<desc>`. Needs no
 * DOM. The same input always gives the same bytes; every text is escaped.
 *
 * @param result - a `ChartResult`, or its JSON (e.g. computed on a server)
 * @param options - see {@link RenderOptions}
 * @throws {SpcError} `invalid_option` naming a bad option
 * @example
 * renderSvg(analyze({ y: [3, 5, 4, 6, 5, 7] }), { title: "Waiting days", locale: "da-DK" });
 * // => '<svg xmlns="http://www.w3.org/2000/svg" class="shewhart" viewBox="0 0 720 400" …'
 */
export function renderSvg(result: ChartResult | ChartResultJSON, options: RenderOptions = {}): string {
  return nodeToString(chartTree(result, options, "renderSvg"));
}

/** Options of {@link renderSvgElement}: the render options and the document to build in. */
export interface ElementOptions extends RenderOptions {
  /** A browser's `document`, or a jsdom document on a server. */
  readonly document: DocumentLike;
}

/**
 * Draws a result as an `<svg>` element built through the given document (a
 * browser's, or jsdom's): the same chart as {@link renderSvg}, element for
 * element. No markup is parsed: text goes in as text nodes.
 *
 * @throws {SpcError} `invalid_option` naming a bad option, or a missing `document`
 * @example
 * const svg = renderSvgElement(result, { document }); document.body.append(svg);
 */
export function renderSvgElement<E extends ElementLike = ElementLike>(result: ChartResult | ChartResultJSON, options: ElementOptions): E {
  const fn = "renderSvgElement";
  if (typeof options !== "object" || options === null) throw new SpcError({ fn, code: "invalid_option", path: ["options"], expected: "an options object with a document", received: options });
  const { document, ...rest } = options;
  const usable = typeof document === "object" && document !== null && typeof document.createElementNS === "function" && typeof document.createTextNode === "function";
  if (!usable) throw new SpcError({ fn, code: "invalid_option", path: ["document"], expected: "a DOM document (a browser's document, or jsdom's) with createElementNS and createTextNode", received: document });
  return nodeToDom<E>(chartTree(result, rest, fn), document);
}
