import { textAscent, textDescent, textWidth } from "../textWidth.ts";
import type { Rect } from "./occupancy.ts";

/** Room kept around a label's estimated box, in px. */
export const labelPadding = 1;

/**
 * The box a text takes when drawn at (x, baseline y) with an anchor, by the
 * width estimate and the fonts' ascent and descent. @internal
 */
export function textBox(text: string, x: number, y: number, size: number, anchor: "start" | "middle" | "end" = "start", bold = false): Rect {
  const width = textWidth(text, size, bold);
  const left = anchor === "start" ? x : anchor === "middle" ? x - width / 2 : x - width;
  return { left, right: left + width, top: y - textAscent * size, bottom: y + textDescent * size };
}

/** A box grown by a margin on every side. @internal */
export function grow(rect: Rect, by: number): Rect {
  return { left: rect.left - by, right: rect.right + by, top: rect.top - by, bottom: rect.bottom + by };
}

/** Whether a box lies inside another. @internal */
export function inside(rect: Rect, bounds: Rect): boolean {
  return rect.left >= bounds.left && rect.right <= bounds.right && rect.top >= bounds.top && rect.bottom <= bounds.bottom;
}
