// PNG output: resvg's WebAssembly build with the bundled DejaVu Sans, never the machine's fonts.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { bundledFontFamily, svgToPng } from "../../src/cli/svgToPng.ts";
import { woffToSfnt } from "../../src/cli/woffToSfnt.ts";
import { CliError } from "../../src/cli/io.ts";
import { defaultTheme } from "../../src/svg/palette.ts";
import { decodePng, inkBox } from "../helpers/decodePng.ts";

const require = createRequire(import.meta.url);
const text = (family: string, content = "MMMMMMMMMM") =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 700 100"><text x="10" y="70" font-size="50" font-family="${family}" fill="black">${content}</text></svg>`;

describe("svgToPng", () => {
  it("draws text in the bundled font, and nothing without it (no system font is loaded)", async () => {
    const svg = text(defaultTheme.fontFamily.replace(/'/g, "&#39;"));
    const bundled = inkBox(decodePng(await svgToPng(svg)));
    const none = inkBox(decodePng(await svgToPng(svg, { fonts: [] })));
    expect(none).toBeNull();
    expect(bundled).not.toBeNull();
    // Ten capital Ms at 50 px, drawn at twice the width: DejaVu Sans advances M by 1767/2048 em,
    // so the ink spans about 9 advances plus one M's ink (≈ 0.69 em): (9 × 0.8628 + 0.69) × 50 × 2 ≈ 846 px.
    const width = (bundled as NonNullable<typeof bundled>).right - (bundled as NonNullable<typeof bundled>).left + 1;
    expect(width).toBeGreaterThan(820);
    expect(width).toBeLessThan(870);
  });

  it("sets the system font stack, a generic family and the bundled family's name alike", async () => {
    expect(defaultTheme.fontFamily).toContain(`'${bundledFontFamily}'`);
    const boxes = await Promise.all(["system-ui, Helvetica, Arial", "sans-serif", bundledFontFamily].map(async (family) => inkBox(decodePng(await svgToPng(text(family, "Gns. 70,4 % · æøå"))))));
    expect(boxes[0]).toEqual(boxes[2]);
    expect(boxes[1]).toEqual(boxes[2]);
  });
});

describe("woffToSfnt", () => {
  it("unpacks the bundled WOFF into a TrueType font with the same tables", () => {
    const woff = new Uint8Array(readFileSync(require.resolve("@fontsource/dejavu-sans/files/dejavu-sans-latin-400-normal.woff")));
    const sfnt = woffToSfnt(woff);
    const view = new DataView(sfnt.buffer);
    const tables = new DataView(woff.buffer, woff.byteOffset).getUint16(12);
    expect(view.getUint32(0)).toBe(0x00010000);
    expect(view.getUint16(4)).toBe(tables);
    const tags = Array.from({ length: tables }, (_, k) => String.fromCharCode(...sfnt.subarray(12 + 16 * k, 16 + 16 * k)));
    expect(tags).toContain("glyf");
    expect(tags).toContain("cmap");
    expect([...tags].sort()).toEqual(tags);
    // The head table's magic number (0x5F0F3CF5, at byte 12 of head) survives the unpacking.
    const head = tags.indexOf("head");
    expect(view.getUint32(view.getUint32(12 + 16 * head + 8) + 12)).toBe(0x5f0f3cf5);
  });

  it("refuses what is not WOFF 1.0, naming the file", () => {
    expect(() => woffToSfnt(new Uint8Array(60), "x.woff")).toThrow(new CliError("x.woff: not a WOFF 1.0 font (no wOFF signature)", 1));
    expect(() => woffToSfnt(new Uint8Array(3), "x.woff")).toThrow(CliError);
  });
});
