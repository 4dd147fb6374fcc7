import { scaleLinear, scalePoint, scaleUtc } from "d3-scale";
import { formatNumberForHumans, formatTick, numberFormat } from "./format.ts";
import type { ChartModel } from "./model.ts";
import type { ChartTexts } from "./texts.ts";

/** A horizontal position per subgroup and the ticks to label. @internal */
export interface XAxis {
  readonly position: (i: number) => number;
  readonly ticks: readonly { readonly position: number; readonly label: string; readonly year: number | null }[];
}

/** Characters' average width at the tick font size, to keep labels apart. */
const characterWidth = 6.2;

/**
 * The x axis: a linear scale for numbers and positions, a UTC time scale for
 * dates (never local time, so output does not depend on the time zone), and
 * evenly spaced points for categories. Ticks sit on subgroups, every k-th so
 * that labels do not collide. @internal
 */
export function buildXAxis(model: ChartModel, left: number, right: number, texts: ChartTexts, locale: string): XAxis {
  const { json, keys, length } = model;
  let position: (i: number) => number;
  if (json.xType === "category") {
    const scale = scalePoint<number>()
      .domain(keys.map((_, i) => i))
      .range([left, right])
      .padding(0.5);
    position = (i) => scale(i) ?? left;
  } else {
    const first = keys[0] ?? 0;
    const last = keys[length - 1] ?? first;
    const domain: [number, number] = first === last ? [first - 1, last + 1] : [first, last];
    const scale = json.xType === "date" ? scaleUtc().domain(domain.map((t) => new Date(t)) as [Date, Date]).range([left, right]) : scaleLinear().domain(domain).range([left, right]);
    position = (i) => scale((json.xType === "date" ? new Date(keys[i] as number) : keys[i]) as never) as number;
  }
  const labels = json.points.map((p, i) => {
    if (json.xType === "date") return formatTick(keys[i] as number, json.period, locale, texts);
    const label = typeof p.x === "number" ? numberFormat(locale).format(p.x) : p.x;
    return { label: label.length > 18 ? `${label.slice(0, 17)}…` : label, year: null };
  });
  // A loop, not Math.max(...labels): spreading 200,000 arguments overflows the call stack.
  const widest = labels.reduce((most, l) => Math.max(most, l.label.length), 1) * characterWidth + 10;
  const step = Math.max(1, Math.ceil((widest * length) / Math.max(right - left, 1)));
  const ticks: { position: number; label: string; year: number | null }[] = [];
  let previousYear: number | null = null;
  for (let i = 0; i < length; i += step) {
    const { label, year } = labels[i] as { label: string; year: number | null };
    ticks.push({ position: position(i), label, year: year !== null && year !== previousYear ? year : null });
    previousYear = year;
  }
  return { position, ticks };
}

/** The y axis: positions and labelled ticks. @internal */
export interface YAxis {
  readonly position: (value: number) => number;
  readonly ticks: readonly { readonly position: number; readonly label: string }[];
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
    const columns = [m.value, m.cl, m.lcl, m.ucl, ...(showSigmaLines ? [m.lcl95, m.ucl95] : [])];
    for (const column of columns) {
      for (const v of column) {
        if (v < low) low = v;
        if (v > high) high = v;
      }
    }
    if (m.target !== null) {
      low = Math.min(low, m.target);
      high = Math.max(high, m.target);
    }
  }
  if (!Number.isFinite(low)) [low, high] = [0, 1];
  if (low === high) [low, high] = [low - 1, high + 1];
  const scale = scaleLinear().domain([low, high]).range([bottom, top]).nice(6);
  if (model.style.percent) {
    // A proportion never leaves 0–100 %: keep the nice domain inside it.
    const [a, b] = scale.domain() as [number, number];
    scale.domain([Math.max(a, low >= 0 ? 0 : a), Math.min(b, high <= model.style.multiply ? model.style.multiply : b)]);
  }
  const ticks = scale.ticks(6).map((value) => ({ position: scale(value), label: formatNumberForHumans(value, { ...model.style, decimals: model.style.percent ? 0 : tickDecimals(scale.ticks(6)) }) }));
  return { position: (v: number) => scale(v), ticks };
}

function tickDecimals(ticks: readonly number[]): number {
  const step = ticks.length > 1 ? Math.abs((ticks[1] as number) - (ticks[0] as number)) : 1;
  return step >= 1 ? 0 : Math.min(6, Math.ceil(-Math.log10(step) - 1e-9));
}
