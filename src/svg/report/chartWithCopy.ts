import { chartBody } from "../chartBody.ts";
import { describeChart, titledDescription } from "../describe.ts";
import type { ChartModel } from "../model.ts";
import { h } from "../node.ts";
import type { NormalizedOptions } from "../options.ts";
import { chartRoot, layoutChart } from "../render.ts";
import { elementToString, flatText, nodeToString } from "../toString.ts";

/** A chart drawn once: its own SVG and the copy a report shows of it. @internal */
export interface ChartWithCopy {
  /** The chart as `renderSvg` draws it with these options, byte for byte. */
  readonly svg: string;
  /** The report's copy: the same picture without its title, ids under the copy's prefix. */
  readonly copy: string;
}

/**
 * Draws a chart and, from the same layout, the copy a report shows under the
 * chart's heading (which names it, so the picture does not). The copy is the
 * chart's picture from below its title down: its viewBox starts where the
 * title's lines end (`0 T width height−T`, T their height), so it is shorter
 * by the title and its plot is the chart's own — laid out once (label
 * placement included) and serialised once for both. Its header keeps the
 * subtitle, definition and facts where the chart has them. Its `<title>` and
 * `<desc>` are an untitled chart's (the description's first sentence; the
 * description without "Title: "), with ids `copyPrefix-title` and
 * `copyPrefix-desc`; nothing inside the plot carries an id, so two copies on
 * one page never share one.
 *
 * The header shows the facts in both only if `normalized` says so (a title,
 * or `showFacts`): a report that shows facts under an untitled chart must draw
 * it with `showFacts: true`.
 * @internal
 */
export function chartWithCopy(model: ChartModel, normalized: NormalizedOptions, copyPrefix: string): ChartWithCopy {
  const layout = layoutChart(model, normalized);
  const { head, height } = layout;
  const untitled: NormalizedOptions = { ...normalized, title: undefined, idPrefix: copyPrefix };
  // The description is the untitled chart's, led by the title in the chart's own.
  const plain = describeChart(model, untitled);
  // Serialised once, and made one piece once (flatText): the chart's file and the report's page each copy it.
  const body = flatText(nodeToString(chartBody(layout.body), 1));
  const svg = elementToString(chartRoot(normalized, 0, height, titledDescription(normalized.title, plain), [head.node]), [body]);
  const top = head.titleHeight;
  // The header's lines under the title, where the chart has them; the viewBox leaves out the title's.
  const rest = head.node.children.filter((line) => typeof line === "string" || line.attributes["class"] !== "shewhart-title");
  const copyRoot = chartRoot(untitled, top, height - top, plain, [h("g", head.node.attributes, rest)]);
  return { svg, copy: elementToString(copyRoot, [body]) };
}
