import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { woffToSfnt } from "./woffToSfnt.ts";

/** The family of the font bundled for PNG output (DejaVu Sans, from @fontsource/dejavu-sans; Bitstream Vera licence, DejaVu changes public domain). */
export const bundledFontFamily = "DejaVu Sans";

/** The bundled font's files: regular for text, bold for titles (the SVG asks for weight 600; resvg takes the nearest, 700). */
const bundledFontFiles = ["dejavu-sans-latin-400-normal.woff", "dejavu-sans-latin-700-normal.woff"];

/** Options of {@link svgToPng}, for tests: the fonts to render with (default the bundled font). */
export interface PngOptions {
  readonly fonts?: readonly Uint8Array[];
}

type Resvg = typeof import("@resvg/resvg-wasm").Resvg;
let ready: Promise<{ Resvg: Resvg; fonts: Uint8Array[] }> | undefined;

/** Loads resvg's WebAssembly build and the bundled font once, from the installed packages. */
function load(): Promise<{ Resvg: Resvg; fonts: Uint8Array[] }> {
  ready ??= (async () => {
    const require = createRequire(import.meta.url);
    const resvg = await import("@resvg/resvg-wasm");
    await resvg.initWasm(readFileSync(require.resolve("@resvg/resvg-wasm/index_bg.wasm")));
    const fonts = bundledFontFiles.map((file) => {
      const path = require.resolve(`@fontsource/dejavu-sans/files/${file}`);
      return woffToSfnt(readFileSync(path), path);
    });
    return { Resvg: resvg.Resvg, fonts };
  })();
  return ready;
}

/**
 * Renders an SVG string to PNG with resvg (a Rust SVG renderer, here its
 * WebAssembly build, so no platform-specific package is installed), at twice
 * the viewBox width for sharp slides and reports. Text is set in the bundled
 * DejaVu Sans, never in the machine's fonts, so a PNG looks the same on every
 * machine. Loaded only when PNG output is asked for.
 */
export async function svgToPng(svg: string, options: PngOptions = {}): Promise<Uint8Array> {
  const { Resvg, fonts } = await load();
  const width = Number(/viewBox="0 0 (\d+(?:\.\d+)?)/.exec(svg)?.[1] ?? 720);
  const renderer = new Resvg(svg, {
    fitTo: { mode: "width", value: Math.round(width * 2) },
    font: { fontBuffers: [...(options.fonts ?? fonts)], defaultFontFamily: bundledFontFamily, sansSerifFamily: bundledFontFamily },
    background: "white",
  });
  try {
    return renderer.render().asPng();
  } finally {
    renderer.free();
  }
}
