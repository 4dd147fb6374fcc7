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

// Report page
export { renderReport, reportContentSecurityPolicy } from "./report/renderReport.ts";
export type { ReportItem, ReportOptions, ReportPage } from "./report/renderReport.ts";
export type { Assurance, AssuranceReason, Move, Untested, Variation } from "./report/readVerdict.ts";
