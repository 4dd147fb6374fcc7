import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { icon, iconSymbols } from "../../../src/svg/report/reportIcons.ts";

const symbols = (): Element[] => [...new JSDOM(`<!doctype html><body>${iconSymbols()}</body>`).window.document.querySelectorAll("symbol")];

describe("the report's icons", () => {
  it("tell every meaning apart without colour: by shape and letter alone no two are alike", () => {
    const all = symbols();
    expect(all).toHaveLength(2 + 3 * 4 + 4);
    // Drop every colour; what is left (shapes, dashes, letters) must still differ.
    const colourless = all.map((s) => s.innerHTML.replace(/ (fill|stroke)="[^"]*"/g, ""));
    expect(new Set(colourless).size).toBe(all.length);
    // Improvement, concern and a change without a direction differ by shape, not only by colour.
    const shape = (id: string) => all.find((s) => s.id === id)?.firstElementChild?.outerHTML.replace(/ (fill|stroke)="[^"]*"/g, "");
    expect(new Set([shape("icon-v-improvement-higher"), shape("icon-v-concern-higher"), shape("icon-v-change-higher")]).size).toBe(3);
  });

  it("carries its text alternative as aria-label and <title>, escaped", () => {
    const html = icon("icon-a-meets", "assurance", 'Meets <"target">', "assurance-meets");
    const svg = new JSDOM(`<!doctype html><body>${html}</body>`).window.document.querySelector("svg")!;
    expect(svg.getAttribute("role")).toBe("img");
    expect(svg.getAttribute("aria-label")).toBe('Meets <"target">');
    expect(svg.querySelector("title")?.textContent).toBe('Meets <"target">');
    expect(svg.querySelector("use")?.getAttribute("href")).toBe("#icon-a-meets");
  });
});
