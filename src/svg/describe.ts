import { formatNumberForHumans, formatX, formatXRange } from "./format.ts";
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

/**
 * A plain-language paragraph for `<desc>` (screen readers): what the chart
 * shows, its centre line, and each signal in words, in the chart's locale.
 * @internal
 */
export function describeChart(model: ChartModel, options: NormalizedOptions): string {
  const { json } = model;
  const texts = options.texts;
  const points = json.points;
  const x = (i: number): string => formatX(points[i]?.x ?? i + 1, json.xType, json.period, options.locale, texts);
  const sentences: string[] = [];
  const danish = options.locale.toLowerCase().startsWith("da");
  sentences.push(
    danish
      ? `${chartNames[json.chart]}-kort med ${points.length} ${texts.subgroups} ${texts.from} ${x(0)} ${texts.to} ${x(points.length - 1)}.`
      : `${chartNames[json.chart]} chart of ${points.length} ${texts.subgroups} ${texts.from} ${x(0)} ${texts.to} ${x(points.length - 1)}.`,
  );
  for (const phase of json.phases) {
    if (phase.cl === null) continue;
    const prefix = json.phases.length > 1 ? `${texts.phase} ${phase.phase + 1}: ` : "";
    const limits = phase.lcl !== null && phase.ucl !== null ? `, ${texts.lcl} ${formatNumberForHumans(phase.lcl, model.style)}, ${texts.ucl} ${formatNumberForHumans(phase.ucl, model.style)}` : "";
    sentences.push(`${prefix}${capitalise(texts.centreLine)} ${formatNumberForHumans(model.cl[phase.end] as number, model.style)}${limits}.`);
  }
  if (json.signals.length === 0) sentences.push(texts.noSignals);
  else {
    const words = json.signals.map((signal) => {
      const template = texts.rules[signal.rule] ?? signal.rule;
      const side = signal.side === null ? "" : (texts.sides[signal.side] ?? signal.side);
      const what = template.replace("{n}", String(signal.indices.length)).replace("{side}", side);
      const first = signal.indices[0] ?? 0;
      const lastIndex = signal.indices[signal.indices.length - 1] ?? first;
      const where = first === lastIndex ? x(first) : formatXRange(points[first]?.x ?? first + 1, points[lastIndex]?.x ?? lastIndex + 1, json.xType, json.period, options.locale, texts);
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
