import { line } from "d3-shape";
import { formatCount, humanNumberFormatter, numberFormat, xFormatter } from "../format.ts";
import { pointKinds, type PointKind } from "../model.ts";
import { h, type SvgNode } from "../node.ts";
import { denseMarks, markPath } from "./denseMarks.ts";
import { lineSummary } from "../layout/lineSummary.ts";
import { pathThrough } from "./thinnedPath.ts";
import { splitPath, verticesPerPiece } from "../splitPath.ts";
import { forScreen, type Frame } from "./frame.ts";

/**
 * The data: one line through the values, broken at missing values (d3-shape's
 * `line.defined`), and one mark per point with a `<title>` for native tooltips
 * and `data-index` for app-side interaction. Signals differ by colour and by
 * shape: squares for points in a run, shift or trend, diamonds outside the limits.
 *
 * Above `maxPointMarks` points the chart is drawn for the screen: the line
 * keeps, per half pixel of the viewBox, the points that give its pixels
 * ({@link thinnedPath}), only signals and excluded points are marked, and
 * the marks of each look are one path (no element nor tooltip per point: an
 * app reaches the points itself, as shewhart's app does with its focus mark).
 * @internal
 */
export function dataLine(frame: Frame): SvgNode {
  const { model, x, y, options } = frame;
  const dense = forScreen(frame);
  const path = dense
    ? pathThrough(lineSummary(x.positions, model.value).thinned, x.positions, model.value, y)
    : line<number>()
        .defined((i) => Number.isFinite(model.value[i] as number))
        .x((i) => x.position(i))
        .y((i) => y(model.value[i] as number))
        .digits(2)(Array.from({ length: model.length }, (_, i) => i));
  return h(
    "g",
    { class: "shewhart-data", "aria-label": "data", ...(dense ? scaleAttributes(frame) : {}) },
    // Drawn for the screen, the line is cut into pieces a browser paints only in the tiles they touch (splitPath).
    (dense ? splitPath(path ?? "", verticesPerPiece) : [path ?? ""]).map((d) => h("path", { class: "shewhart-data-line", d, fill: "none", stroke: options.theme.data, "stroke-width": 1.5, "stroke-linejoin": "round" })),
    h("g", { class: "shewhart-points" }, dense ? denseMarks(frame) : pointMarks(frame)),
  );
}

/**
 * Where a dense chart's points are, for an app that reaches them without a mark each: both scales are
 * linear, so `data-x-scale="a b"` and `data-y-scale="c d"` place point i at (a + b·key, c + d·value), the key
 * being its x for numbers, its time in milliseconds for dates, and its 0-based position otherwise.
 */
function scaleAttributes(frame: Frame): Record<string, string> {
  const { model, x, y } = frame;
  const keys = model.keys;
  const last = model.length - 1;
  // Quarters of the keys (exact) keep a span of -1e308 to 1e308 finite, as the x axis does.
  const span = (keys[last] as number) / 4 - (keys[0] as number) / 4;
  const slope = last > 0 && span !== 0 ? (x.position(last) - x.position(0)) / span / 4 : 0;
  const offset = x.position(0) - slope * (keys[0] as number);
  return { "data-x-scale": `${offset} ${slope}`, "data-y-scale": `${y(0)} ${y(1) - y(0)}` };
}

/** One element per point, with its tooltip. */
function pointMarks(frame: Frame): SvgNode[] {
  const { model, x, y, options } = frame;
  const points: SvgNode[] = [];
  // Formatters looked up once for every point's tooltip (looking them up per point cost a tenth of the chart's time at 1,000 points).
  const counts = numberFormat(options.locale, { maximumFractionDigits: 2 });
  const human = humanNumberFormatter(model.style);
  const { xType, period } = model.json;
  const { locale, texts, theme } = options;
  const formatXOf = xFormatter(xType, period, locale, texts, model.xYears);
  const { numerator, denominator } = model;
  for (let i = 0; i < model.length; i++) {
    const value = model.value[i] as number;
    if (!Number.isFinite(value)) continue;
    const px = x.position(i);
    const py = y(value);
    const kind = pointKinds[model.kind[i] as number] as PointKind;
    const a = numerator[i] as number;
    const b = denominator === null ? Number.NaN : (denominator[i] as number);
    const label = `${formatXOf(model.xOf(i))}: ${human(value)}${Number.isFinite(b) && Number.isFinite(a) ? ` (${formatCount(counts, a)}/${formatCount(counts, b)})` : ""}`;
    // Excluded points are drawn hollow: still shown and tested against the limits, but not part of the baseline.
    const excluded = model.included[i] !== 1;
    const color = model.colorAt(i);
    // Each point's node is built here rather than through h(), which copies its attributes: the same attributes, in the same order.
    const attributes: Record<string, string | number> = {
      class: `shewhart-point shewhart-point-${kind}${excluded ? " shewhart-excluded" : ""}`,
      "data-index": i,
    };
    const fill = excluded ? theme.background : color;
    const stroke = excluded ? color : theme.background;
    if (fill !== undefined) attributes.fill = fill;
    if (stroke !== undefined) attributes.stroke = stroke;
    attributes["stroke-width"] = excluded ? 1.5 : kind === "plain" ? 0.8 : 1;
    let tag: string;
    if (kind === "sigma") {
      tag = "path";
      attributes.d = markPath("sigma", px, py);
    } else if (kind === "pattern") {
      tag = "rect";
      attributes.x = px - 3.5;
      attributes.y = py - 3.5;
      attributes.width = 7;
      attributes.height = 7;
    } else {
      tag = "circle";
      attributes.cx = px;
      attributes.cy = py;
      attributes.r = 2.8;
    }
    points.push({ tag, attributes, children: [{ tag: "title", attributes: {}, children: [label] }] });
  }
  return points;
}
