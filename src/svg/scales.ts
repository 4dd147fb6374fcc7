import { scaleLinear, scalePoint, scaleUtc, type ScaleLinear, type ScaleTime } from "d3-scale";
import { truncate } from "./fitText.ts";
import { civilDate } from "../core/prepare/civilDays.ts";
import { formatNumberForHumans, formatXNumber, labelsByMonthDay, tickFormatter } from "./format.ts";
import type { ChartModel } from "./model.ts";
import type { ChartTexts } from "./texts.ts";
import { textWidth } from "./textWidth.ts";

/** A horizontal position per subgroup and the ticks to label. @internal */
export interface XAxis {
  readonly position: (i: number) => number;
  /** Every subgroup's position (`position(i)` for i = 0 … length − 1), for the passes over every point. */
  readonly positions: Float64Array;
  readonly ticks: readonly { readonly position: number; readonly label: string; readonly year: number | null }[];
}

/** Font size of the tick labels. */
const tickSize = 10.5;

/**
 * The x axis: a linear scale for numbers and positions, a UTC time scale for
 * dates (never local time, so output does not depend on the time zone), and
 * evenly spaced points for categories. Ticks sit on subgroups, every k-th so
 * that labels do not collide. @internal
 */
export function buildXAxis(model: ChartModel, left: number, right: number, texts: ChartTexts, locale: string, labels = xTickLabels(model, texts, locale)): XAxis {
  // A chart laid out again with lanes over its plot keeps its x axis: the same points across the same width.
  const known = axes.get(model);
  if (known !== undefined && known.left === left && known.right === right && known.labels === labels) return known.axis;
  const axis = newXAxis(model, left, right, labels);
  axes.set(model, { left, right, labels, axis });
  return axis;
}

/**
 * The positions last computed from each array of x keys (a result's own, which the core keeps for an x array analysed
 * again), with the plot's edges and the scale they were computed for. Read, never written, by the marks.
 */
const positionsOf = new WeakMap<object, { left: number; right: number; k: number; date: boolean; positions: Float64Array }>();

/** The x axis last built for each model, with what it was built from. */
const axes = new WeakMap<ChartModel, { left: number; right: number; labels: XTickLabels; axis: XAxis }>();

function newXAxis(model: ChartModel, left: number, right: number, labels: XTickLabels): XAxis {
  const { json, keys, length } = model;
  // Every subgroup's position, computed once: the data, the layout and the marks ask for each several times.
  let positions: Float64Array;
  let at: (i: number) => number;
  if (json.xType === "category") {
    positions = new Float64Array(length);
    const scale = scalePoint<number>()
      .domain(Array.from({ length }, (_, i) => i))
      .range([left, right])
      .padding(0.5);
    at = (i) => scale(i) ?? left;
    for (let i = 0; i < length; i++) positions[i] = at(i);
  } else {
    // Keys a span apart too large for a number (-1e308 to 1e308) are placed at a quarter of their value, exactly.
    const k = Number.isFinite((keys[length - 1] ?? 0) - (keys[0] ?? 0)) ? 1 : 0.25;
    const first = (keys[0] ?? 0) * k;
    const last = (keys[length - 1] ?? 0) * k;
    const domain: [number, number] = first === last ? [first - 1, last + 1] : [first, last];
    // A UTC time scale maps a date's time linearly, as a linear scale maps a number (d3-scale's continuous scale with
    // an identity transform for both): one map, written out, for every subgroup (a call into d3 per point was a
    // tenth of drawing 100,000 points). A date's time is scaled as it is, a number times k.
    const scale = json.xType === "date" ? scaleUtc().domain(domain.map((t) => new Date(t)) as [Date, Date]).range([left, right]) : scaleLinear().domain(domain).range([left, right]);
    const map = linearMap(scale, json.xType === "date" ? 1 : k);
    at = (i) => map(keys[i] as number);
    // A result analysed again from the same x (a change of baseline or phase) has the same keys: their positions
    // across the same width are those of the last chart drawn from them.
    const known = positionsOf.get(keys);
    if (known !== undefined && known.left === left && known.right === right && known.k === k && known.date === (json.xType === "date")) positions = known.positions;
    else {
      positions = new Float64Array(length);
      for (let i = 0; i < length; i++) positions[i] = map(keys[i] as number);
      positionsOf.set(keys, { left, right, k, date: json.xType === "date", positions });
    }
  }
  const position = (i: number): number => (Number.isInteger(i) && i >= 0 && i < length ? (positions[i] as number) : at(i));
  const widest = labels.widest + 10;
  const step = Math.max(1, Math.ceil((widest * length) / Math.max(right - left, 1)));
  const ticks: { position: number; label: string; year: number | null }[] = [];
  let previousYear: number | null = null;
  let previousAt = Number.NaN;
  for (let i = 0; i < length; i += step) {
    // Every step-th subgroup is a label's width apart where subgroups are evenly spaced; on a time or number axis
    // they need not be (patients' dates cluster): a tick closer than that to the one before is left out.
    const at = position(i);
    if (Math.abs(at - previousAt) < widest) continue;
    previousAt = at;
    const { label, year } = labels.labelAt(i);
    ticks.push({ position: at, label, year: year !== null && year !== previousYear ? year : null });
    previousYear = year;
  }
  return { position, positions, ticks };
}

/** Every subgroup's tick label (short form, year apart), made when asked for, and the widest one's width in px. @internal */
export interface XTickLabels {
  readonly labelAt: (i: number) => { readonly label: string; readonly year: number | null };
  readonly widest: number;
}

/** Every subgroup's tick label and the widest one's width ({@link XTickLabels}). @internal */
export function xTickLabels(model: ChartModel, texts: ChartTexts, locale: string): XTickLabels {
  const { json, keys, length } = model;
  // Widths by text: the labels of a long axis repeat (days of the year, weeks, months).
  const widths = new Map<string, number>();
  const widthOf = (label: string): number => {
    let width = widths.get(label);
    if (width === undefined) widths.set(label, (width = textWidth(label, tickSize)));
    return width;
  };
  const tickOf = json.xType === "date" ? tickFormatter(json.period, locale, texts) : null;
  if (tickOf !== null && labelsByMonthDay(json.period, locale)) {
    // A label is its date's month (and day): each that occurs is measured once, from the first point that has it,
    // the month and day read by arithmetic (a Date per point was a tenth of drawing 100,000 points).
    const firstAt = new Int32Array(12 * 32).fill(-1);
    const date = new Int32Array(3);
    const byMonth = json.period === "month";
    // Read until every month (or day of the year, 29 February included) has been seen: a year or so of a long series.
    const all = byMonth ? 12 : 366;
    let seen = 0;
    for (let i = 0; i < length && seen < all; i++) {
      civilDate(Math.floor((keys[i] as number) / 86_400_000), date);
      const key = ((date[1] as number) - 1) * 32 + (byMonth ? 0 : (date[2] as number));
      if (firstAt[key] === -1) {
        firstAt[key] = i;
        seen++;
      }
    }
    let widest = 0;
    for (const i of firstAt) if (i >= 0) widest = Math.max(widest, widthOf(tickOf(keys[i] as number).label));
    return { labelAt: (i) => tickOf(keys[i] as number), widest };
  }
  let widest = 0;
  const labels: { label: string; year: number | null }[] = new Array(length);
  for (let i = 0; i < length; i++) {
    let tick: { label: string; year: number | null };
    if (tickOf !== null) tick = tickOf(keys[i] as number);
    else {
      const x = model.xOf(i);
      const label = typeof x === "number" ? formatXNumber(x, json.xType, locale, model.xYears) : x;
      const cut = label.length > 18 ? truncate(label, 17) : label;
      tick = { label: cut.length < label.length ? `${cut}…` : label, year: null };
    }
    widest = Math.max(widest, widthOf(tick.label));
    labels[i] = tick;
  }
  return { labelAt: (i) => labels[i] as { label: string; year: number | null }, widest };
}

/** The y axis: positions and labelled ticks. @internal */
export interface YAxis {
  readonly position: (value: number) => number;
  readonly ticks: readonly { readonly position: number; readonly label: string }[];
}

/** The lowest and highest of a model's values and lines, read once per model (a chart is laid out up to three times). */
const ranges = new WeakMap<ChartModel, Map<boolean, readonly [number, number]>>();

function valueRange(m: ChartModel, showSigmaLines: boolean): readonly [number, number] {
  let known = ranges.get(m);
  if (known === undefined) ranges.set(m, (known = new Map()));
  let range = known.get(showSigmaLines);
  if (range === undefined) {
    let low = Number.POSITIVE_INFINITY;
    let high = Number.NEGATIVE_INFINITY;
    for (const column of [m.value, m.cl, m.lcl, m.ucl, ...(showSigmaLines ? [m.lcl95, m.ucl95] : [])]) {
      for (let i = 0; i < column.length; i++) {
        const v = column[i] as number;
        if (v < low) low = v;
        if (v > high) high = v;
      }
    }
    known.set(showSigmaLines, (range = [low, high]));
  }
  return range;
}

/**
 * The y axis: a linear scale over the values, lines and targets of one chart
 * (or of several panels sharing it), made nice, with ticks formatted like the
 * values. @internal
 */
export function buildYAxis(models: readonly ChartModel[], top: number, bottom: number, showSigmaLines: boolean): YAxis {
  const model = models[0] as ChartModel;
  let low = Number.POSITIVE_INFINITY;
  let high = Number.NEGATIVE_INFINITY;
  for (const m of models) {
    const [lowest, highest] = valueRange(m, showSigmaLines);
    if (lowest < low) low = lowest;
    if (highest > high) high = highest;
    if (m.target !== null) {
      low = Math.min(low, m.target);
      high = Math.max(high, m.target);
    }
  }
  if (!Number.isFinite(low)) [low, high] = [0, 1];
  if (low === high) [low, high] = [low - 1, high + 1];
  // Values a span apart too large for a number (an I chart of ±1e308) are placed at a quarter of their value,
  // exactly (a power of two), so that no position becomes NaN; ticks whose value would not be finite are left out.
  const k = Number.isFinite(high - low) ? 1 : 0.25;
  const scale = scaleLinear()
    .domain([low * k, high * k])
    .range([bottom, top])
    .nice(6);
  if (model.style.percent && k === 1) {
    // A proportion never leaves 0–100 %: keep the nice domain inside it.
    const [a, b] = scale.domain() as [number, number];
    scale.domain([Math.max(a, low >= 0 ? 0 : a), Math.min(b, high <= model.style.multiply ? model.style.multiply : b)]);
  }
  // About six ticks, fewer on a short plot: at least 20 px apart, so their labels never touch.
  const count = Math.max(2, Math.min(6, Math.floor(Math.abs(bottom - top) / 20)));
  let values = scale.ticks(count).filter((t) => Number.isFinite(t / k));
  while (values.length > 2 && Math.abs(scale(values[1] as number) - scale(values[0] as number)) < 15) values = values.filter((_, j) => j % 2 === 0);
  const decimals = model.style.percent ? 0 : tickDecimals(values.map((t) => t / k));
  const ticks = values.map((t) => ({ position: scale(t), label: formatNumberForHumans(t / k, { ...model.style, decimals }) }));
  return { position: linearMap(scale, k), ticks };
}

/**
 * `v => scale(v * k)` for a d3 linear scale, written out: d3-scale maps a number through a chain
 * of closures (its bimap of normalize and d3-interpolate's interpolateNumber), which was a tenth of
 * drawing 100,000 points' lines in Chromium. The same operations in the same order — t = (x − d0) / (d1 − d0),
 * then r0·(1 − t) + r1·t, domain and range swapped together when the domain descends, undefined for NaN
 * as d3's `unknown` — so the same numbers; a degenerate domain is left to d3.
 */
function linearMap(scale: ScaleLinear<number, number> | ScaleTime<number, number>, k: number): (v: number) => number {
  // A time scale's domain is dates: their times, as d3 reads them (+date).
  let [d0, d1] = scale.domain().map(Number) as [number, number];
  let [r0, r1] = scale.range() as [number, number];
  if (d1 < d0) [d0, d1, r0, r1] = [d1, d0, r1, r0];
  const span = d1 - d0;
  if (!span || scale.clamp()) return (v) => scale((v * k) as never) as number;
  return (v) => {
    const x = v * k;
    if (Number.isNaN(x)) return undefined as unknown as number;
    const t = (x - d0) / span;
    return r0 * (1 - t) + r1 * t;
  };
}

function tickDecimals(ticks: readonly number[]): number {
  const step = ticks.length > 1 ? Math.abs((ticks[1] as number) - (ticks[0] as number)) : 1;
  return step >= 1 ? 0 : Math.min(6, Math.ceil(-Math.log10(step) - 1e-9));
}
