/** Average advance of a character of a sans-serif font, as a share of the font size. */
const advance = 0.64;

/**
 * Cuts a text with an ellipsis so that it fits a width at a font size (an
 * estimate: SVG text cannot be measured without a browser). The whole text
 * stays available where the caller puts it in a `<title>` or `<desc>`.
 *
 * @example
 * fitText("A very long title that goes on", 100, 12); // => "A very lon…"
 */
export function fitText(text: string, width: number, size: number): string {
  const room = Math.max(1, Math.floor(width / (size * advance)));
  return text.length <= room ? text : `${text.slice(0, Math.max(1, room - 1))}…`;
}
