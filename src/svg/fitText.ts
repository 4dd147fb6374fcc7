/** Average advance of a character of a sans-serif font, as a share of the font size. */
const advance = 0.64;

/** Grapheme clusters where the platform knows them (Intl.Segmenter), else code points. */
const segmenter: { segment(text: string): Iterable<{ segment: string }> } | null =
  typeof Intl === "object" && typeof (Intl as { Segmenter?: unknown }).Segmenter === "function"
    ? new (Intl as unknown as { Segmenter: new (locale?: string, options?: { granularity: string }) => { segment(text: string): Iterable<{ segment: string }> } }).Segmenter(undefined, { granularity: "grapheme" })
    : null;

/**
 * The first `count` characters of a text as a reader sees them — grapheme
 * clusters (an emoji with its modifiers, a letter with its accents), or code
 * points where `Intl.Segmenter` is missing — never half a surrogate pair. Reads
 * no further than it keeps.
 *
 * @example
 * truncate("a👍🏽b", 2); // => "a👍🏽"
 */
export function truncate(text: string, count: number): string {
  if (count <= 0) return "";
  let end = 0;
  let kept = 0;
  if (segmenter !== null) {
    for (const { segment } of segmenter.segment(text)) {
      if (kept === count) break;
      end += segment.length;
      kept++;
    }
    return text.slice(0, end);
  }
  while (end < text.length && kept < count) {
    const code = text.charCodeAt(end);
    end += code >= 0xd800 && code <= 0xdbff && end + 1 < text.length && (text.charCodeAt(end + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
    kept++;
  }
  return text.slice(0, end);
}

/**
 * Cuts a text with an ellipsis so that it fits a width at a font size (an
 * estimate: SVG text cannot be measured without a browser), at a boundary
 * between characters as a reader sees them (see {@link truncate}). The whole
 * text stays available where the caller puts it in a `<title>` or `<desc>`.
 *
 * @example
 * fitText("A very long title that goes on", 100, 12); // => "A very lon…"
 */
export function fitText(text: string, width: number, size: number): string {
  const room = Math.max(1, Math.floor(width / (size * advance)));
  if (text.length <= room) return text;
  const kept = truncate(text, Math.max(1, room - 1));
  return kept.length === text.length ? text : `${kept}…`;
}
