import { formatNumberForHumans } from "../format.ts";
import { h, type SvgNode } from "../node.ts";
import type { Frame } from "./frame.ts";

/**
 * Values of the last phase's centre line and limits at the right edge (the
 * limits' last values, as they vary), moved apart so they never overlap.
 * @internal
 */
export function lineLabels(frame: Frame, skip: number | null): SvgNode {
  const { model, y, plot, options } = frame;
  const last = model.length - 1;
  const candidates = [
    { name: "ucl", value: model.ucl[last] as number, color: options.theme.limits },
    { name: "cl", value: model.cl[last] as number, color: options.theme.centreLine },
    { name: "lcl", value: model.lcl[last] as number, color: options.theme.limits },
  ].filter((c) => Number.isFinite(c.value));
  const placed: { name: string; text: string; y: number; color: string }[] = [];
  for (const c of candidates) {
    let at = y(c.value) + 3.5;
    const previous = placed[placed.length - 1];
    if (previous !== undefined && at - previous.y < 12) at = previous.y + 12;
    placed.push({ name: c.name, text: formatNumberForHumans(c.value, model.style), y: at, color: c.color });
  }
  // Keep clear of the target's label.
  const avoided = skip === null ? placed : placed.map((p) => (Math.abs(p.y - skip) < 11 ? { ...p, y: p.y < skip ? skip - 11 : skip + 11 } : p));
  return h(
    "g",
    { class: "shewhart-line-labels" },
    avoided.map((p) => h("text", { class: `shewhart-line-label shewhart-line-label-${p.name}`, x: plot.right + 4, y: p.y, "font-size": 10.5, fill: p.color }, p.text)),
  );
}
