import { truncate } from "../fitText.ts";
import { h, type SvgNode } from "../node.ts";
import type { Frame } from "./frame.ts";

const maxLength = 32;

/**
 * Notes anchored to points (e.g. "PDSA 1: new discharge checklist"): a short
 * leader line up from the point and the text above it, cut at 32 characters
 * (the whole text is in the note's `<title>`). Notes on missing points are
 * anchored at the centre line.
 * @internal
 */
export function notes(frame: Frame): SvgNode | null {
  const { model, x, y, plot, options } = frame;
  if (options.notes.length === 0) return null;
  const children: SvgNode[] = [];
  options.notes.forEach((note, k) => {
    if (note.index < 0 || note.index >= model.length) return;
    const px = x.position(note.index);
    const anchor = Number.isFinite(model.value[note.index] as number) ? (model.value[note.index] as number) : (model.cl[note.index] as number);
    const py = Number.isFinite(anchor) ? y(anchor) : plot.top + 20;
    const top = Math.max(plot.top + 12 + (k % 2) * 12, py - 28 - (k % 2) * 12);
    const cut = note.text.length > maxLength ? truncate(note.text, maxLength - 1) : note.text;
    const text = cut.length < note.text.length ? `${cut}…` : note.text;
    const anchorSide = px > (plot.left + plot.right) / 2 ? "end" : "start";
    children.push(
      h(
        "g",
        { class: "shewhart-note", "data-index": note.index },
        h("title", {}, note.text),
        h("line", { x1: px, x2: px, y1: py - 6, y2: top + 2, stroke: options.theme.mutedText, "stroke-width": 0.8 }),
        h("text", { x: px, y: top, "text-anchor": anchorSide, "font-size": 10.5, stroke: options.theme.background, "stroke-width": 3, "paint-order": "stroke", fill: options.theme.text }, text),
      ),
    );
  });
  return h("g", { class: "shewhart-notes" }, children);
}
