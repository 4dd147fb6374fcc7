import { line } from "d3-shape";
import { formatCount, humanNumberFormatter, numberFormat, xFormatter } from "../format.ts";
import type { PointKind } from "../model.ts";
import { h, type SvgNode } from "../node.ts";
import { thinnedPath } from "./thinnedPath.ts";
import type { Frame } from "./frame.ts";

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
  const dense = model.length > options.maxPointMarks;
  const path = dense
    ? thinnedPath(model.length, (i) => x.position(i), (i) => y(model.value[i] as number), 0.5)
    : line<number>()
        .defined((i) => Number.isFinite(model.value[i] as number))
        .x((i) => x.position(i))
        .y((i) => y(model.value[i] as number))
        .digits(2)(Array.from({ length: model.length }, (_, i) => i));
  return h(
    "g",
    { class: "shewhart-data", "aria-label": "data", ...(dense ? scaleAttributes(frame) : {}) },
    h("path", { class: "shewhart-data-line", d: path ?? "", fill: "none", stroke: options.theme.data, "stroke-width": 1.5, "stroke-linejoin": "round" }),
    h("g", { class: "shewhart-points" }, dense ? groupedMarks(frame) : pointMarks(frame)),
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
    const kind = model.kind[i];
    const a = numerator[i] as number;
    const b = denominator === null ? Number.NaN : (denominator[i] as number);
    const label = `${formatXOf(model.xOf(i))}: ${human(value)}${Number.isFinite(b) && Number.isFinite(a) ? ` (${formatCount(counts, a)}/${formatCount(counts, b)})` : ""}`;
    // Excluded points are drawn hollow: still shown and tested against the limits, but not part of the baseline.
    const excluded = model.included[i] !== 1;
    const color = model.color[i];
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
      attributes.d = `M${r(px)},${r(py - 5.5)}L${r(px + 5.5)},${r(py)}L${r(px)},${r(py + 5.5)}L${r(px - 5.5)},${r(py)}Z`;
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

/** The outline of a mark of each kind at (px, py), as drawn by {@link pointMarks}. */
function markPath(kind: PointKind, px: number, py: number): string {
  if (kind === "sigma") return `M${r(px)},${r(py - 5.5)}L${r(px + 5.5)},${r(py)}L${r(px)},${r(py + 5.5)}L${r(px - 5.5)},${r(py)}Z`;
  if (kind === "pattern") return `M${r(px - 3.5)},${r(py - 3.5)}h7v7h-7Z`;
  return `M${r(px - 2.8)},${r(py)}a2.8,2.8 0 1,0 5.6,0a2.8,2.8 0 1,0 -5.6,0`;
}

/**
 * The marks of a dense chart (signals and excluded points only): one path per
 * look (kind, colour, excluded), in the order the looks first appear, each
 * mark a closed outline of the same shape, size, fill and stroke as its own
 * element would have (filled marks with their outline painted under the fills).
 */
function groupedMarks(frame: Frame): SvgNode[] {
  const { model, x, y, options } = frame;
  const { theme } = options;
  const looks = new Map<string, { kind: PointKind; excluded: boolean; color: string; d: string[] }>();
  for (let i = 0; i < model.length; i++) {
    const value = model.value[i] as number;
    if (!Number.isFinite(value)) continue;
    const kind = model.kind[i] as PointKind;
    const excluded = model.included[i] !== 1;
    if (kind === "plain" && !excluded) continue;
    const color = model.color[i] as string;
    const key = `${kind} ${excluded ? 1 : 0} ${color}`;
    let look = looks.get(key);
    if (look === undefined) looks.set(key, (look = { kind, excluded, color, d: [] }));
    look.d.push(markPath(kind, x.position(i), y(value)));
  }
  return [...looks.values()].map(({ kind, excluded, color, d }) =>
    h("path", {
      class: `shewhart-marks shewhart-marks-${kind}${excluded ? " shewhart-excluded" : ""}`,
      d: d.join(""),
      fill: excluded ? theme.background : color,
      stroke: excluded ? color : theme.background,
      "stroke-width": excluded ? 1.5 : kind === "plain" ? 0.8 : 1,
      // One path paints all its fills, then all its outlines: overlapping marks (a long run of thousands) would be
      // covered by their neighbours' white outlines. Outlines first, fills over them, as marks drawn one by one look
      // where they overlap; hollow (excluded) marks are their outline and keep it on top.
      "paint-order": excluded ? undefined : "stroke",
    }),
  );
}

function r(v: number): number {
  return Math.round(v * 100) / 100;
}
