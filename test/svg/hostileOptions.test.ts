// @vitest-environment jsdom
// Issue 13: renderer options of the wrong type are refused with an SpcError naming the option (they escaped as
// TypeErrors), and any text — lone surrogates, emoji cut by fitText, control characters — gives well-formed XML
// in the string and in the DOM.
import { describe, expect, it } from "vitest";
import { analyze, isSpcError } from "../../src/index.ts";
import { renderSmallMultiples, renderSvg, renderSvgElement } from "../../src/svg/index.ts";
import { fitText, truncate } from "../../src/svg/fitText.ts";
import { headerLines } from "../../src/svg/header.ts";
import { escapeXml, xmlText } from "../../src/svg/toString.ts";

const result = analyze({ y: [3, 5, 4, 6, 5, 7] });

function message(action: () => unknown): string {
  try {
    action();
  } catch (error) {
    expect(isSpcError(error), String(error)).toBe(true);
    return (error as Error).message;
  }
  throw new Error("accepted");
}

describe("options of the wrong type", () => {
  it("theme and texts entries", () => {
    expect(message(() => renderSvg(result, { theme: { data: null } as never }))).toBe("renderSvg: invalid theme.data: expected a CSS colour as a string, received null");
    expect(message(() => renderSvg(result, { theme: { fontFamily: ["a"] } as never }))).toMatch(/^renderSvg: invalid theme\.fontFamily: expected a CSS font-family list as a string/);
    expect(message(() => renderSvg(result, { theme: { colour: "red" } as never }))).toMatch(/^renderSvg: invalid theme\.colour: unknown key/);
    expect(message(() => renderSvg(result, { texts: { target: null } as never }))).toBe("renderSvg: invalid texts.target: expected a string, received null");
    expect(message(() => renderSvg(result, { texts: { mean: [] } as never }))).toMatch(/^renderSvg: invalid texts\.mean: expected a string/);
    expect(message(() => renderSvg(result, { texts: { rules: { shift: 3 } } as never }))).toMatch(/^renderSvg: invalid texts\.rules\.shift: expected a string/);
    expect(message(() => renderSvg(result, { texts: { rules: [] } as never }))).toMatch(/^renderSvg: invalid texts\.rules: expected an object of strings/);
    expect(message(() => renderSvg(result, { texts: { sides: { up: "x" } } as never }))).toMatch(/^renderSvg: invalid texts\.sides\.up: unknown key/);
    // Right types still work.
    expect(renderSvg(result, { theme: { data: "#000" }, texts: { target: "Mål", rules: { shift: "skift" } } })).toContain('stroke="#000"');
  });

  it("renderSmallMultiples: panelTitles, scales, options", () => {
    expect(message(() => renderSmallMultiples([result, result], { panelTitles: [1, 2] as never }))).toBe("renderSmallMultiples: invalid panelTitles[0]: expected a string, received 1");
    expect(message(() => renderSmallMultiples([result], { panelTitles: "a" as never }))).toMatch(/invalid panelTitles: expected an array of strings/);
    expect(message(() => renderSmallMultiples([result], { scales: "same" as never }))).toMatch(/invalid scales/);
    expect(message(() => renderSmallMultiples([result], null as never))).toMatch(/invalid options/);
    expect(message(() => renderSmallMultiples([result], { theme: { data: 1 } as never }))).toMatch(/invalid theme\.data/);
  });

  it("renderSvgElement without a document", () => {
    expect(message(() => renderSvgElement(result, {} as never))).toMatch(/^renderSvgElement: invalid document: expected a DOM document/);
    expect(message(() => renderSvgElement(result, { document: {} } as never))).toMatch(/invalid document/);
    expect(message(() => renderSvgElement(result, null as never))).toMatch(/invalid options/);
    expect(message(() => renderSvgElement(result, { document, texts: { target: null } } as never))).toMatch(/invalid texts\.target/);
  });
});

/** Parses SVG text as XML: true when well-formed. */
function wellFormed(svg: string): boolean {
  return new DOMParser().parseFromString(svg, "image/svg+xml").querySelector("parsererror") === null;
}
const loneSurrogates = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

describe("text always well-formed", () => {
  it("lone surrogates become U+FFFD, pairs stay", () => {
    expect(xmlText("a\ud83db\ude00c👍")).toBe("a\ufffdb\ufffdc👍");
    expect(escapeXml("<\ud800>")).toBe("&lt;\ufffd&gt;");
    const label = "x\ud800y\udfffz";
    const svg = renderSvg(analyze({ y: [1, 2, 3], x: [label, "b", "c"] }), { title: label, notes: [{ index: 0, text: label }], phaseLabels: [label] });
    expect(svg).not.toMatch(loneSurrogates);
    expect(wellFormed(svg)).toBe(true);
  });

  it("fitText and the other cuts never split an emoji or a grapheme", () => {
    expect(truncate("a👍🏽b", 2)).toBe("a👍🏽");
    expect(truncate("e\u0301e\u0301", 1)).toBe("e\u0301");
    for (let width = 10; width < 200; width += 3) {
      const cut = fitText("👍".repeat(40), width, 12);
      expect(cut).not.toMatch(loneSurrogates);
    }
    const emoji = "👩‍👩‍👧‍👦".repeat(30);
    const svg = renderSvg(analyze({ y: [1, 2, 3], x: [emoji, "b", "c"] }), { title: emoji, notes: [{ index: 1, text: emoji }], phaseLabels: [emoji] });
    expect(svg).not.toMatch(loneSurrogates);
    expect(wellFormed(svg)).toBe(true);
    expect(wellFormed(renderSmallMultiples([result, result], { panelTitles: [emoji, "🙂".repeat(99)], title: emoji }))).toBe(true);
  });

  it("control characters in renderSvgElement's text nodes and attributes are replaced as in the string output", () => {
    const label = "a\u0000b\u0007c\u001bd\ufffe\ud800";
    const element = renderSvgElement<SVGSVGElement>(analyze({ y: [1, 2, 3], x: [label, "b", "c"] }), { document, title: label, notes: [{ index: 0, text: label }] });
    const serialised = new XMLSerializer().serializeToString(element);
    expect(serialised).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/);
    expect(serialised).not.toMatch(loneSurrogates);
    expect(element.querySelector("title")?.textContent).toBe("a\ufffdb\ufffdc\ufffdd\ufffd\ufffd");
    expect(wellFormed(serialised)).toBe(true);
  });

  // Time is left to the test's timeout (and bench/); what is checked is that the picture stays a picture.
  it("labels of a million characters are cut on screen and kept whole in <title>", () => {
    const long = "é".repeat(1_000_000);
    const svg = renderSvg(analyze({ y: [1, 2, 3], x: [long, "b", "c"] }), { title: long, subtitle: `${long} ${long}`, definition: long, notes: [{ index: 0, text: long }] });
    expect(wellFormed(svg)).toBe(true);
    const header = svg.slice(svg.indexOf('<g class="shewhart-header"'), svg.indexOf("</g>", svg.indexOf('<g class="shewhart-header"')));
    expect(header.match(/<text class="shewhart-title"/g)).toHaveLength(headerLines.title);
    expect(header.match(/<text class="shewhart-subtitle"/g)).toHaveLength(headerLines.subtitle);
    expect(header.match(/<text class="shewhart-definition"/g)).toHaveLength(headerLines.definition);
    // No line of text on screen is long; the whole label is there to read in the titles.
    const onScreen = [...svg.matchAll(/<text[^>]*>([^<]*)/g)].map((m) => m[1] as string);
    for (const line of onScreen) expect(line.length).toBeLessThan(200);
    expect(svg).toContain(`<title>${long}</title>`);
  });
});
