import type { PlacedNote } from "../layout/placeLabels.ts";
import { h, type SvgNode } from "../node.ts";
import type { Frame } from "./frame.ts";

/**
 * Notes anchored to points (e.g. "PDSA 1: new discharge checklist"): the text
 * where layout/placeLabels.ts found room (above the point, below it, or in a
 * lane over the plot), cut at 32 characters or shorter where space is tight
 * (the whole text is in the note's `<title>`), and a short leader line from
 * the point (none when the text sits beside it). Notes on missing points are anchored at the centre line.
 * @internal
 */
export function notes(frame: Frame, placed: readonly (PlacedNote | null)[]): SvgNode | null {
  const { options } = frame;
  if (options.notes.length === 0) return null;
  const children: SvgNode[] = [];
  options.notes.forEach((note, k) => {
    const label = placed[k];
    if (label == null) return;
    children.push(
      h(
        "g",
        { class: "shewhart-note", "data-index": note.index },
        h("title", {}, note.text),
        label.from !== label.to && h("line", { x1: label.px, x2: label.px, y1: label.from, y2: label.to, stroke: options.theme.mutedText, "stroke-width": 0.8 }),
        h("text", { x: label.x, y: label.y, "text-anchor": label.anchor === "start" ? undefined : label.anchor, "font-size": 10.5, stroke: options.theme.background, "stroke-width": 3, "paint-order": "stroke", fill: options.theme.text }, label.text),
      ),
    );
  });
  return h("g", { class: "shewhart-notes" }, children);
}
