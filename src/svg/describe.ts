import { formatNumberForHumans, formatX, formatXRange, numberFormat } from "./format.ts";
import type { ChartModel } from "./model.ts";
import type { NormalizedOptions } from "./options.ts";

const chartNames: Readonly<Record<string, string>> = {
  run: "Run",
  i: "I",
  mr: "MR",
  xbar: "Xbar",
  s: "S",
  t: "T",
  p: "P",
  pp: "P′",
  c: "C",
  u: "U",
  up: "U′",
  g: "G",
  ip: "I′",
};

/** Signals named one by one in the description at most; more are counted ("and 2,968 more"). */
const maxListed = 20;

/**
 * A plain-language paragraph for `<desc>` (screen readers): what the chart
 * shows, its centre line, and each signal in words, in the chart's locale.
 * @internal
 */
export function describeChart(model: ChartModel, options: NormalizedOptions): string {
  const { json } = model;
  const texts = options.texts;
  const length = model.length;
  const x = (i: number): string => formatX(model.xOf(i), json.xType, json.period, options.locale, texts, model.xYears);
  const sentences: string[] = [];
  const danish = options.locale.toLowerCase().startsWith("da");
  sentences.push(
    danish
      ? `${json.chart === "run" ? "Seriediagram med" : `${chartNames[json.chart]}-diagram med`} ${length} ${texts.subgroups} ${texts.from} ${x(0)} ${texts.to} ${x(length - 1)}.`
      : `${chartNames[json.chart]} chart of ${length} ${texts.subgroups} ${texts.from} ${x(0)} ${texts.to} ${x(length - 1)}.`,
  );
  for (const phase of json.phases) {
    if (phase.cl === null) continue;
    const prefix = json.phases.length > 1 ? `${texts.phase} ${phase.phase + 1}: ` : "";
    const limits = phase.lcl !== null && phase.ucl !== null ? `, ${texts.lcl} ${formatNumberForHumans(phase.lcl, model.style)}, ${texts.ucl} ${formatNumberForHumans(phase.ucl, model.style)}` : "";
    sentences.push(`${prefix}${capitalise(texts.centreLine)} ${formatNumberForHumans(model.cl[phase.end] as number, model.style)}${limits}.`);
  }
  if (json.signals.length === 0) sentences.push(texts.noSignals);
  else {
    // A screen reader reads the whole description: the first signals are named, the rest counted.
    const listed = json.signals.length > maxListed ? json.signals.slice(0, maxListed) : json.signals;
    const words = listed.map((signal) => {
      const template = texts.rules[signal.rule] ?? signal.rule;
      const side = signal.side === null ? "" : (texts.sides[signal.side] ?? signal.side);
      const what = template.replace("{n}", String(signal.indices.length)).replace("{side}", side);
      const first = signal.indices[0] ?? 0;
      const lastIndex = signal.indices[signal.indices.length - 1] ?? first;
      const where = first === lastIndex ? x(first) : formatXRange(model.xOf(first), model.xOf(lastIndex), json.xType, json.period, options.locale, texts, model.xYears);
      // An excluded point is shown but is not evidence of a change: it gets no direction (as in the result's assessment).
      const direction = signal.excluded
        ? danish
          ? " (udeladt)"
          : " (excluded)"
        : signal.direction === "improvement"
          ? ` (${texts.improvement})`
          : signal.direction === "deterioration"
            ? ` (${texts.deterioration})`
            : "";
      return `${what}, ${where}${direction}`;
    });
    if (listed.length < json.signals.length) words.push(texts.moreSignals.replace("{n}", numberFormat(options.locale, { maximumFractionDigits: 0 }).format(json.signals.length - listed.length)));
    sentences.push(`${texts.signals}: ${words.join("; ")}.`);
  }
  return titledDescription(options.title, sentences.join(" "));
}

/** A description led by the chart's title, "Title: P chart of …", when it has one (so a chart and its untitled copy share the rest). @internal */
export function titledDescription(title: string | undefined, description: string): string {
  return title === undefined ? description : `${title}: ${description}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
