import { escapeXml } from "../toString.ts";
import type { Assurance, Move, Variation } from "./readVerdict.ts";

/**
 * The report's icons, drawn by the project (not NHS England's artwork), in the
 * spirit of NHS England's "Making Data Count" summary icons: each meaning has
 * its own shape, colour and letter or sign, so that none depends on colour
 * alone (colours from the Okabe–Ito palette, Okabe & Ito 2008).
 *
 * Variation: grey circle with a wave (common cause only); blue circle
 * (improvement), vermilion triangle (concern), purple diamond (change without
 * a direction), each with H or L for the side the process moved to (± for both);
 * dashed grey circle with "?" (not tested).
 * Assurance: rounded squares: blue with a tick (meets), amber with "?" (may or
 * may not meet), vermilion with a cross (fails), dashed grey with a dash (not
 * assessed).
 *
 * Defined once per page as `<symbol>`s and used by reference, so a summary of
 * thousands of rows stays small.
 */
const letterAttributes = 'text-anchor="middle" font-size="11" font-weight="700" font-family="system-ui, -apple-system, &#39;Segoe UI&#39;, Roboto, Helvetica, Arial, &#39;DejaVu Sans&#39;, sans-serif"';
const letter = (text: string, y: number, fill: string): string => `<text x="12" y="${y}" ${letterAttributes} fill="${fill}">${text}</text>`;
const letters: Readonly<Record<Move | "none", string>> = { higher: "H", lower: "L", both: "±", none: "" };

const shapes = {
  improvement: (mark: string) => `<circle cx="12" cy="12" r="10.5" fill="#0072b2"/>${letter(mark, 16, "#ffffff")}`,
  concern: (mark: string) => `<path d="M12 1.5 L23 21.5 H1 Z" fill="#d55e00"/>${letter(mark, 19, "#ffffff")}`,
  change: (mark: string) => `<path d="M12 0.8 L23.2 12 L12 23.2 L0.8 12 Z" fill="#cc79a7"/>${letter(mark, 16, "#1a1a1a")}`,
};

/** The `<symbol>` elements of every icon, to put once in a page. @internal */
export function iconSymbols(): string {
  const symbols: string[] = [
    `<symbol id="icon-v-common" viewBox="0 0 24 24"><circle cx="12" cy="12" r="10.5" fill="#ffffff" stroke="#6b6b6b" stroke-width="1.5"/><path d="M5.5 12.5 q3.25 -5 6.5 0 t6.5 0" fill="none" stroke="#4d4d4d" stroke-width="2"/></symbol>`,
    `<symbol id="icon-v-untested" viewBox="0 0 24 24"><circle cx="12" cy="12" r="10.5" fill="#ffffff" stroke="#6b6b6b" stroke-width="1.5" stroke-dasharray="3 2"/>${letter("?", 16, "#4d4d4d")}</symbol>`,
  ];
  for (const kind of ["improvement", "concern", "change"] as const) {
    for (const move of ["higher", "lower", "both", "none"] as const) symbols.push(`<symbol id="icon-v-${kind}-${move}" viewBox="0 0 24 24">${shapes[kind](letters[move])}</symbol>`);
  }
  symbols.push(
    `<symbol id="icon-a-meets" viewBox="0 0 24 24"><rect x="1.5" y="1.5" width="21" height="21" rx="4" fill="#0072b2"/><path d="M6.5 12.5 l3.5 3.5 l7.5 -8" fill="none" stroke="#ffffff" stroke-width="2.6"/></symbol>`,
    `<symbol id="icon-a-inconsistent" viewBox="0 0 24 24"><rect x="1.5" y="1.5" width="21" height="21" rx="4" fill="#e69f00"/>${letter("?", 16, "#1a1a1a")}</symbol>`,
    `<symbol id="icon-a-fails" viewBox="0 0 24 24"><rect x="1.5" y="1.5" width="21" height="21" rx="4" fill="#d55e00"/><path d="M7.5 7.5 l9 9 M16.5 7.5 l-9 9" fill="none" stroke="#ffffff" stroke-width="2.6"/></symbol>`,
    `<symbol id="icon-a-unassessed" viewBox="0 0 24 24"><rect x="1.5" y="1.5" width="21" height="21" rx="4" fill="#ffffff" stroke="#6b6b6b" stroke-width="1.5" stroke-dasharray="3 2"/><path d="M7.5 12 h9" stroke="#4d4d4d" stroke-width="2.2"/></symbol>`,
  );
  return `<svg class="icon-symbols" aria-hidden="true" width="0" height="0" style="position:absolute">${symbols.join("")}</svg>`;
}

/** The symbol's id of a variation icon. @internal */
export function variationSymbol(variation: Variation, move: Move | null): string {
  return variation === "common" || variation === "untested" ? `icon-v-${variation}` : `icon-v-${variation}-${move ?? "none"}`;
}

/** An icon by reference, with its text alternative (`role="img"`, `aria-label` and `<title>`). @internal */
export function icon(symbol: string, kind: "variation" | "assurance", alternative: string, className: string): string {
  const text = escapeXml(alternative);
  return `<svg class="icon ${kind} ${className}" viewBox="0 0 24 24" width="24" height="24" role="img" aria-label="${text}"><title>${text}</title><use href="#${symbol}"/></svg>`;
}

/** The symbol's id of an assurance icon. @internal */
export function assuranceSymbol(assurance: Assurance): string {
  return `icon-a-${assurance}`;
}
