// Rendering
export { renderSvg, renderSvgElement } from "./render.ts";
export type { ElementOptions } from "./render.ts";
export { renderSmallMultiples } from "./smallMultiples.ts";
export type { SmallMultiplesOptions } from "./smallMultiples.ts";

// Options, theme and texts
export type { RenderOptions, ChartNote } from "./options.ts";
export { defaultTheme } from "./palette.ts";
export type { Theme } from "./palette.ts";
export type { ChartTexts } from "./texts.ts";

// Documents and escaping
export type { DocumentLike, ElementLike } from "./toDom.ts";
export { escapeXml } from "./toString.ts";
