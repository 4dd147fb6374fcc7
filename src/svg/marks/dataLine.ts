import { line } from "d3-shape";
import { formatCount, humanNumberFormatter, numberFormat, xFormatter } from "../format.ts";
import { h, type SvgNode } from "../node.ts";
import type { Frame } from "./frame.ts";

/**
 * The data: one line through the values, broken at missing values (d3-shape's
 * `line.defined`), and one mark per point with a `<title>` for native tooltips
 * and `data-index` for app-side interaction. Signals differ by colour and by
 * shape: squares for points in a run, shift or trend, diamonds outside the limits.
 * Above `maxPointMarks` points only signals and excluded points are marked.
 * @internal
 */
export function dataLine(frame: Frame): SvgNode {
  const { model, x, y, options } = frame;
  const path = line<number>()
    .defined((i) => Number.isFinite(model.value[i] as number))
    .x((i) => x.position(i))
    .y((i) => y(model.value[i] as number))
    .digits(2)(model.value.map((_, i) => i));
  const points: SvgNode[] = [];
  // Formatters looked up once for every point's tooltip (looking them up per point cost a tenth of the chart's time at 1,000 points).
  const counts = numberFormat(options.locale, { maximumFractionDigits: 2 });
  const everyPoint = model.length <= options.maxPointMarks;
  const human = humanNumberFormatter(model.style);
  const { xType, period } = model.json;
  const { locale, texts, theme } = options;
  const formatXOf = xFormatter(xType, period, locale, texts);
  for (let i = 0; i < model.length; i++) {
    const value = model.value[i] as number;
    if (!Number.isFinite(value)) continue;
    const point = model.json.points[i];
    if (point === undefined) continue;
    if (!everyPoint && model.kind[i] === "plain" && point.included) continue;
    const px = x.position(i);
    const py = y(value);
    const kind = model.kind[i];
    const label = `${formatXOf(point.x)}: ${human(value)}${
      point.denominator !== null && point.numerator !== null ? ` (${formatCount(counts, point.numerator)}/${formatCount(counts, point.denominator)})` : ""
    }`;
    // Excluded points are drawn hollow: still shown and tested against the limits, but not part of the baseline.
    const excluded = !point.included;
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
  return h(
    "g",
    { class: "shewhart-data", "aria-label": "data" },
    h("path", { class: "shewhart-data-line", d: path ?? "", fill: "none", stroke: options.theme.data, "stroke-width": 1.5, "stroke-linejoin": "round" }),
    h("g", { class: "shewhart-points" }, points),
  );
}

function r(v: number): number {
  return Math.round(v * 100) / 100;
}
