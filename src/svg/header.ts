import { formatNumberForHumans, formatX, numberFormat } from "./format.ts";
import type { ChartModel } from "./model.ts";
import { wrapText } from "./fitText.ts";
import { h, type SvgNode } from "./node.ts";
import type { NormalizedOptions } from "./options.ts";
import { textDescent, textWidth } from "./textWidth.ts";

/**
 * The line of facts under the title, from the result alone:
 * "Mean obs.: 105/114; latest obs. (week 47, 2018): 128/133 · Period: week 14, 2018 – week 47, 2018 ·
 * Latest median (baseline): 95.4 % (week 40, 2018 – week 47, 2018)" (in full, as a Danish weekly report has it; the centre line's own label shortens it to "week 40–47, 2018").
 * @internal
 */
export function factsLine(model: ChartModel, options: NormalizedOptions): string {
  const { json } = model;
  const texts = options.texts;
  const { length, value, numerator, denominator } = model;
  const x = (i: number): string => formatX(model.xOf(i), json.xType, json.period, options.locale, texts, model.xYears);
  const finite = (v: number | undefined): v is number => v !== undefined && Number.isFinite(v);
  const count = (v: number): string => numberFormat(options.locale, { maximumFractionDigits: 0 }).format(v);
  const parts: string[] = [];
  let last = length - 1;
  while (last > 0 && !finite(value[last])) last--;
  if (last >= 0) {
    let withCounts = false;
    if (denominator !== null) for (let i = 0; i < length && !withCounts; i++) withCounts = finite(denominator[i]);
    if (withCounts && denominator !== null) {
      let sumNumerator = 0;
      let sumDenominator = 0;
      let observed = 0;
      // Subgroups with a numerator and a denominator and at least one complete row (the rows read only then).
      let rows: ArrayLike<number> | null = null;
      for (let i = 0; i < length; i++) {
        const a = numerator[i] as number;
        const b = denominator[i] as number;
        if (!(Number.isFinite(a) && Number.isFinite(b))) continue;
        if ((rows ??= model.count)[i] === 0) continue;
        sumNumerator += a;
        sumDenominator += b;
        observed++;
      }
      const mean = observed === 0 ? "–" : `${count(sumNumerator / observed)}/${count(sumDenominator / observed)}`;
      const latestNumerator = numerator[last];
      const latestDenominator = denominator[last];
      parts.push(`${texts.meanObservation}: ${mean}; ${texts.latestObservation} (${x(last)}): ${count(finite(latestNumerator) ? latestNumerator : 0)}/${count(finite(latestDenominator) ? latestDenominator : 0)}`);
    } else {
      const latest = value[last];
      // A C chart plots counts (each subgroup's sum of counts): a whole number, never "147,0" in the chart's decimals.
      if (finite(latest)) parts.push(`${capitalise(texts.latestObservation)} (${x(last)}): ${json.chart === "c" && Number.isInteger(latest) ? count(latest) : formatNumberForHumans(latest, model.style)}`);
    }
  }
  if (length > 0) parts.push(`${texts.period}: ${x(0)} – ${x(length - 1)}`);
  const phase = json.phases[json.phases.length - 1];
  if (phase !== undefined && phase.cl !== null) {
    const name = json.chart === "run" || json.chart === "g" ? texts.median : texts.mean;
    const frozen = phase.baselineEnd < phase.end;
    // Spelled out in full, as the facts line of a Danish weekly report has it: "(uge 40, 2018 – uge 47, 2018)".
    const range = phase.baselineStart === phase.baselineEnd ? x(phase.baselineStart) : `${x(phase.baselineStart)} – ${x(phase.baselineEnd)}`;
    parts.push(`${texts.latest} ${name}${frozen ? ` (${texts.baseline})` : ""}: ${formatNumberForHumans(model.cl[phase.end] as number, model.style)}${frozen ? ` (${range})` : ""}`);
  }
  return parts.join(" · ");
}

/** The most lines each part of the header takes (each part of the facts line: mean, period, centre line, its own). @internal */
export const headerLines = { title: 4, subtitle: 3, definition: 4, facts: 6 } as const;

/**
 * Title, subtitle, definition and facts, top left, each wrapped to as many
 * lines as it needs up to {@link headerLines} (text beyond them is cut with an
 * ellipsis, whole in the last line's `<title>`); returns the nodes, the height they take,
 * where the lowest line's text ends, and the height the title's lines take (every
 * line below them is that much lower than in the same header without a title).
 * @internal
 */
export function header(model: ChartModel, options: NormalizedOptions, left: number): { node: SvgNode; height: number; bottom: number; titleHeight: number } {
  const lines: SvgNode[] = [];
  let y = 4;
  let bottom = 0;
  const width = options.width - 2 * left;
  // Each part wraps to as many lines as it needs up to a few; beyond them (a pasted paragraph, a hostile label) the last
  // line is cut with an ellipsis and carries the whole text in its <title>.
  const add = (text: string | undefined, size: number, weight: string, color: string, className: string, maxLines: number): void => {
    if (text === undefined || text === "") return;
    const wrapped = wrapText(text, width, size, weight !== "400", maxLines);
    const last = wrapped[wrapped.length - 1] ?? "";
    const cut = wrapped.length === maxLines && last.endsWith("…") && !text.endsWith(last);
    wrapped.forEach((line, k) => {
      y += size + 5;
      bottom = y + textDescent * size;
      const whole = cut && k === wrapped.length - 1 ? h("title", {}, text) : null;
      lines.push(h("text", { class: className, x: left, y, "font-size": size, "font-weight": weight, fill: color }, line, whole));
    });
  };
  const top = y;
  add(options.title, 16, "600", options.theme.text, "shewhart-title", headerLines.title);
  const titleHeight = y - top;
  add(options.subtitle, 12.5, "400", options.theme.text, "shewhart-subtitle", headerLines.subtitle);
  add(options.definition, 11, "400", options.theme.mutedText, "shewhart-definition", headerLines.definition);
  if (options.showFacts ?? options.title !== undefined) {
    for (const line of wrapFacts(factsLine(model, options), width, 10.5)) add(line, 10.5, "400", options.theme.mutedText, "shewhart-facts", headerLines.facts);
  }
  return { node: h("g", { class: "shewhart-header" }, lines), height: y, bottom, titleHeight };
}

/** Splits the facts at their " · " separators into lines that fit a width (a part wider than a line is wrapped by the caller). @internal */
export function wrapFacts(facts: string, width: number, size: number): string[] {
  const lines: string[] = [];
  let current = "";
  for (const part of facts.split(" · ")) {
    const next = current === "" ? part : `${current} · ${part}`;
    if (textWidth(next, size) > width && current !== "") {
      lines.push(current);
      current = part;
    } else current = next;
  }
  if (current !== "") lines.push(current);
  return lines;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
