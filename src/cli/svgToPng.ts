/**
 * Renders an SVG string to PNG with resvg (a Rust SVG renderer shipped as a
 * prebuilt binary in its npm package), at twice the viewBox width for sharp
 * slides and reports. Loaded only when PNG output is asked for.
 */
export async function svgToPng(svg: string): Promise<Uint8Array> {
  const { Resvg } = await import("@resvg/resvg-js");
  const width = Number(/viewBox="0 0 (\d+(?:\.\d+)?)/.exec(svg)?.[1] ?? 720);
  const renderer = new Resvg(svg, { fitTo: { mode: "width", value: Math.round(width * 2) }, font: { loadSystemFonts: true }, background: "white" });
  return renderer.render().asPng();
}
