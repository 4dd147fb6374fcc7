import { boldAdvances, regularAdvances } from "./advanceWidths.ts";

/** Advance of a character outside the measured tables (CJK, emoji, …), in em: wider than any of them. */
const unknownAdvance = 1.3;

/** Top and bottom of a line of text from its baseline, in em: the larger of DejaVu Sans's (0.928, 0.236) and Liberation Sans's (0.905, 0.212) ascent and descent, rounded up. @internal */
export const textAscent = 0.95;
/** @internal */
export const textDescent = 0.25;

const tables = new Map<boolean, Map<number, number>>();

function table(bold: boolean): Map<number, number> {
  let map = tables.get(bold);
  if (map === undefined) {
    map = new Map((bold ? boldAdvances : regularAdvances).map(([code, width]) => [code, width / 1000]));
    tables.set(bold, map);
  }
  return map;
}

/**
 * The width a text takes at a font size, estimated without a DOM from
 * per-character advance widths: the widest of the fonts the chart may be
 * drawn in (scripts/measure-advances.mjs), so the estimate never undershoots
 * what a browser or resvg draws.
 *
 * @example
 * textWidth("Mål 85,0 %", 10.5); // => about 60
 */
export function textWidth(text: string, size: number, bold = false): number {
  const advances = table(bold);
  let width = 0;
  for (const character of text) {
    const advance = (advances.get(character.codePointAt(0) as number) ?? unknownAdvance) * size;
    // Without subpixel positioning (Chromium on Linux) each advance is rounded to a whole device pixel — a whole or half
    // CSS pixel on 1x and 2x screens: take the largest.
    width += Math.max(advance, Math.round(advance), Math.round(2 * advance) / 2);
  }
  return width;
}
