import { describe, expect, it } from "vitest";
import { fitText, truncate, wrapText } from "../../src/svg/fitText.ts";
import { textWidth } from "../../src/svg/textWidth.ts";

describe("textWidth(text, size, bold)", () => {
  it("adds the measured advances: wider for wide letters, bold and unknown characters", () => {
    expect(textWidth("iiii", 10)).toBeLessThan(textWidth("WWWW", 10));
    expect(textWidth("Mål 85,0\u00a0%", 10.5, true)).toBeGreaterThan(textWidth("Mål 85,0\u00a0%", 10.5));
    expect(textWidth("", 12)).toBe(0);
    // A character outside the tables (CJK) counts 1.3 em: never less than a full-width glyph.
    expect(textWidth("漢", 10)).toBeCloseTo(13, 6);
    // DejaVu Sans's "0" is 0.637 em wide: the table holds the widest font's advance.
    expect(textWidth("0", 1000)).toBe(637);
    // Each advance is at least its whole-pixel rounding: "M" at 10 px is 8.63 px, drawn 9 px wide without subpixel positioning.
    expect(textWidth("M", 10)).toBe(9);
  });
});

describe("fitText(text, width, size)", () => {
  it("keeps a text that fits and cuts one that does not, with an ellipsis, within the width", () => {
    expect(fitText("Falls", 100, 12)).toBe("Falls");
    const cut = fitText("A very long title that goes on and on", 100, 12);
    expect(cut.endsWith("…")).toBe(true);
    expect(textWidth(cut, 12)).toBeLessThanOrEqual(100);
    expect("A very long title that goes on and on".startsWith(cut.slice(0, -1))).toBe(true);
  });
});

describe("wrapText(text, width, size)", () => {
  it("breaks at spaces into lines that fit, losing nothing", () => {
    const text = "Seneste gennemsnit (baseline): 90,8\u00a0% (uge 14, 2018 – uge 21, 2018)";
    const lines = wrapText(text, 150, 10.5);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(textWidth(line, 10.5)).toBeLessThanOrEqual(150);
    expect(lines.join(" ")).toBe(text);
    // The no-break space keeps "90,8 %" together.
    expect(lines.some((line) => line.includes("90,8\u00a0%"))).toBe(true);
  });

  it("breaks a word wider than the line where it must", () => {
    const lines = wrapText("Lungemedicinskafsnitsledelsessekretariatet", 60, 10);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(textWidth(line, 10)).toBeLessThanOrEqual(60);
    expect(lines.join("")).toBe("Lungemedicinskafsnitsledelsessekretariatet");
  });
});

describe("wrapText(text, width, size, bold, maxLines)", () => {
  it("keeps to maxLines: the last line is the rest cut with an ellipsis, or the rest whole when it fits", () => {
    const text = "one two three four five six seven eight nine ten eleven twelve";
    const all = wrapText(text, 60, 10);
    expect(all.length).toBeGreaterThan(3);
    const three = wrapText(text, 60, 10, false, 3);
    expect(three).toHaveLength(3);
    expect(three.slice(0, 2)).toEqual(all.slice(0, 2));
    expect(three[2]?.endsWith("…")).toBe(true);
    expect(textWidth(three[2] as string, 10)).toBeLessThanOrEqual(60);
    // Exactly as many lines as allowed: nothing is cut.
    expect(wrapText(text, 60, 10, false, all.length)).toEqual(all);
    expect(wrapText(text, 60, 10, false, 1)).toEqual([fitText(text, 60, 10)]);
  });

  it("cuts a word of a million characters after maxLines lines, never inside a grapheme", () => {
    const lines = wrapText("👩‍👩‍👧‍👦é".repeat(200_000), 120, 12, false, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]?.endsWith("…")).toBe(true);
    for (const line of lines) expect(line).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
  });
});

describe("truncate(text, count) on Latin-1 texts (read without the segmenter)", () => {
  it("counts a carriage return and line feed as one character, as the segmenter does", () => {
    expect(truncate("a\r\nb", 2)).toBe("a\r\n");
    expect(truncate("a\rb", 2)).toBe("a\r");
  });

  it("keeps as many characters as Intl.Segmenter finds clusters, for every Latin-1 character between two others", () => {
    const segmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" });
    for (let code = 0; code < 0x100; code++) {
      const text = `a${String.fromCharCode(code)}b\u00e6`;
      const clusters = [...segmenter.segment(text)].map((s) => s.segment);
      for (let count = 0; count <= 4; count++) expect(truncate(text, count)).toBe(clusters.slice(0, count).join(""));
    }
  });
});
