import { textWidth } from "./textWidth.ts";

/**
 * Cuts a text with an ellipsis so that it fits a width at a font size, by the
 * estimate of {@link textWidth}. The whole text stays available where the
 * caller puts it in a `<title>` or `<desc>`.
 *
 * @example
 * fitText("A very long title that goes on", 100, 12); // => "A very long ti…"
 */
export function fitText(text: string, width: number, size: number, bold = false): string {
  if (textWidth(text, size, bold) <= width) return text;
  const characters = Array.from(text);
  let low = 0;
  let high = characters.length;
  // The longest start that fits with the ellipsis (binary search: widths grow with length).
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (textWidth(`${characters.slice(0, middle).join("")}…`, size, bold) <= width) low = middle;
    else high = middle - 1;
  }
  return `${characters.slice(0, Math.max(1, low)).join("").trimEnd()}…`;
}

/**
 * Breaks a text into lines that fit a width, at spaces (a word longer than a
 * line is broken where it must). Nothing is cut. @internal
 */
export function wrapText(text: string, width: number, size: number, bold = false): string[] {
  const lines: string[] = [];
  let current = "";
  for (const word of text.split(" ")) {
    const next = current === "" ? word : `${current} ${word}`;
    if (textWidth(next, size, bold) <= width) {
      current = next;
      continue;
    }
    if (current !== "") lines.push(current);
    current = word;
    // A word wider than the line: break it into pieces that fit.
    while (textWidth(current, size, bold) > width && current.length > 1) {
      const characters = Array.from(current);
      let cut = 1;
      while (cut < characters.length && textWidth(characters.slice(0, cut + 1).join(""), size, bold) <= width) cut++;
      lines.push(characters.slice(0, cut).join(""));
      current = characters.slice(cut).join("");
    }
  }
  if (current !== "") lines.push(current);
  return lines;
}
