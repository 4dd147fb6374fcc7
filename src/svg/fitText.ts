import { textWidth } from "./textWidth.ts";

/** Grapheme clusters where the platform knows them (Intl.Segmenter), else code points. */
const segmenter: { segment(text: string): Iterable<{ segment: string }> } | null =
  typeof Intl === "object" && typeof (Intl as { Segmenter?: unknown }).Segmenter === "function"
    ? new (Intl as unknown as { Segmenter: new (locale?: string, options?: { granularity: string }) => { segment(text: string): Iterable<{ segment: string }> } }).Segmenter(undefined, { granularity: "grapheme" })
    : null;

/**
 * Texts of Latin-1 alone, without a carriage return: every character is a
 * grapheme cluster of its own (Unicode's combining marks begin at U+0300; a
 * carriage return followed by a line feed is one cluster, UAX #29 GB3), so
 * the segmenter, the costliest part of measuring a label, is not needed.
 */
const oneClusterEach = /^[\u0000-\u000c\u000e-\u00ff]*$/;

/** The characters of a text as a reader sees them, one at a time (lazily: a caller that stops early reads no further). */
function* graphemes(text: string): Generator<string> {
  if (segmenter === null || oneClusterEach.test(text)) yield* text;
  else for (const { segment } of segmenter.segment(text)) yield segment;
}

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
  let end = 0;
  let kept = 0;
  for (const character of graphemes(text)) {
    if (kept >= count) break;
    end += character.length;
    kept++;
  }
  return text.slice(0, end);
}

/**
 * Cuts a text with an ellipsis so that it fits a width at a font size, by the
 * estimate of {@link textWidth}, at a boundary between characters as a reader
 * sees them (see {@link truncate}); at least one character is kept. The whole
 * text stays available where the caller puts it in a `<title>` or `<desc>`.
 * Widths add up character by character, so one pass finds the longest start
 * that fits, reading no further than the width allows.
 *
 * @example
 * fitText("A very long title that goes on", 100, 12); // => "A very long ti…"
 */
export function fitText(text: string, width: number, size: number, bold = false): string {
  if (textWidth(text, size, bold) <= width) return text;
  const room = width - textWidth("…", size, bold);
  let used = 0;
  let end = 0;
  for (const character of graphemes(text)) {
    used += textWidth(character, size, bold);
    if (used > room) break;
    end += character.length;
  }
  const kept = end === 0 ? truncate(text, 1) : text.slice(0, end).trimEnd();
  return `${kept === "" ? truncate(text, 1) : kept}…`;
}

/**
 * Breaks a text into lines that fit a width, at spaces (a word longer than a
 * line is broken between characters where it must; a character wider than the
 * line gets a line of its own). Nothing is cut, unless the text needs more
 * than `maxLines`: then the last line is the rest cut with an ellipsis
 * ({@link fitText}; the caller keeps the whole text in a `<title>`). Reads no
 * further than the lines it keeps, so a label of a million characters costs
 * no more than a short one. @internal
 */
export function wrapText(text: string, width: number, size: number, bold = false, maxLines = Number.POSITIVE_INFINITY): string[] {
  if (maxLines <= 1) return [fitText(text, width, size, bold)];
  const lines: string[] = [];
  let current = "";
  let from = 0; // where `current` starts in the text
  let at = 0; // where the next word starts
  const rest = (start: number): string[] => {
    lines.push(fitText(text.slice(start), width, size, bold));
    return lines;
  };
  let end = text.indexOf(" ");
  while (at <= text.length) {
    const wordAt = at;
    const word = text.slice(wordAt, end === -1 ? text.length : end);
    at = end === -1 ? text.length + 1 : end + 1;
    end = end === -1 ? -1 : text.indexOf(" ", at);
    const next = current === "" ? word : `${current} ${word}`;
    if (textWidth(next, size, bold) <= width) {
      if (current === "") from = wordAt;
      current = next;
      continue;
    }
    if (current !== "") {
      lines.push(current);
      if (lines.length >= maxLines - 1) return rest(wordAt);
    }
    current = word;
    from = wordAt;
    if (textWidth(current, size, bold) <= width) continue;
    // A word wider than the line: pieces that fit, each at least one character.
    let piece = "";
    let used = 0;
    for (const character of graphemes(current)) {
      const advance = textWidth(character, size, bold);
      if (piece !== "" && used + advance > width) {
        lines.push(piece);
        from += piece.length;
        if (lines.length >= maxLines - 1) return rest(from);
        piece = "";
        used = 0;
      }
      piece += character;
      used += advance;
    }
    current = piece;
  }
  if (current !== "") lines.push(current);
  return lines;
}
