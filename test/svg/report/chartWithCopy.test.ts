// A chart and the report's copy of it, drawn from one layout (#16 item 4): the file is renderSvg's,
// the copy the same picture from under the title down.
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { analyze, type ChartSpecInput } from "../../../src/index.ts";
import { buildModel } from "../../../src/svg/model.ts";
import { normalizeOptions, type RenderOptions } from "../../../src/svg/options.ts";
import { renderSvg } from "../../../src/svg/render.ts";
import { chartWithCopy } from "../../../src/svg/report/chartWithCopy.ts";
import { crowdedGoldens } from "../crowdedCharts.ts";

const parse = (svg: string): SVGSVGElement => new JSDOM(svg, { contentType: "image/svg+xml" }).window.document.documentElement as unknown as SVGSVGElement;
/** The text of one element of the serialised SVG, found by its class: the serialiser writes it on its own lines. */
function block(svg: string, className: string): string {
  const start = svg.indexOf(`<g class="${className}"`);
  const indent = svg.lastIndexOf("\n", start) + 1;
  const end = svg.indexOf(`\n${svg.slice(indent, start)}</g>`, start);
  if (start < 0 || end < 0) throw new Error(`no ${className} in the SVG`);
  return svg.slice(start, end + svg.slice(indent, start).length + 5);
}
const viewBox = (svg: SVGSVGElement): number[] => (svg.getAttribute("viewBox") ?? "").split(" ").map(Number);
const lines = (svg: SVGSVGElement): { className: string; text: string; y: number; size: number }[] =>
  [...svg.querySelectorAll(".shewhart-header text")].map((t) => ({ className: t.getAttribute("class") ?? "", text: t.firstChild?.textContent ?? "", y: Number(t.getAttribute("y")), size: Number(t.getAttribute("font-size")) }));

const weeks = Array.from({ length: 104 }, (_, k) => `${2019 + Math.floor(k / 52)}-W${String((k % 52) + 1).padStart(2, "0")}`);
const n = weeks.map((_, k) => 100 + ((k * 7) % 50));
const weekly: ChartSpecInput = { chart: "p", x: weeks, y: n.map((d, k) => Math.round(d * (0.3 + ((k * 3) % 11) / 100 + (k > 70 ? 0.1 : 0)))), n, freeze: 52, locale: "da-DK" };
const run: ChartSpecInput = { y: [3, 5, 4, 6, 5, 7, 6, 8, 7, 9, 8, 10] };
const cases: [name: string, spec: ChartSpecInput, options: RenderOptions][] = [
  ["a weekly P chart of the national batch", weekly, { title: "Enhed 017 indikator 042", locale: "da-DK", notes: [{ index: 60, text: "Ny procedure" }] }],
  ["a title of three lines, a subtitle and a definition", weekly, { title: "Andel patienter med ajourført medicinliste ved udskrivelse fra afsnittet, opgjort uge for uge i hele perioden og sammenlignet med målet", subtitle: "Afsnit M", definition: "Tæller: ajourført; nævner: udskrevne", locale: "da-DK", width: 480 }],
  ["a run chart without facts", run, { title: "Ventetid", showFacts: false }],
  ["an untitled chart with facts", run, { showFacts: true }],
  ["an untitled chart", run, {}],
  ...crowdedGoldens,
];

describe("chartWithCopy(model, normalized, copyPrefix)", () => {
  for (const [name, spec, options] of cases) {
    it(`draws ${name}: the file as renderSvg does, the copy as the same plot under the header without its title`, () => {
      const result = analyze(spec);
      const normalized = normalizeOptions(options, "renderSvg");
      const { svg, copy } = chartWithCopy(buildModel(result, normalized, "renderSvg"), normalized, "chart-7");
      expect(svg).toBe(renderSvg(result, options));
      const file = parse(svg);
      const report = parse(copy);
      const [x, y, width, height] = viewBox(file) as [number, number, number, number];
      const title = lines(file).filter((line) => line.className === "shewhart-title");
      expect(title.length > 0).toBe(options.title !== undefined);
      if (name.startsWith("a title of three lines")) expect(title).toHaveLength(3);
      // The copy is the picture from the title's last line down: 21 px a line of the 16 px title.
      const top = 21 * title.length;
      expect(viewBox(report)).toEqual([x, y + top, width, height - top]);
      expect(report.querySelector(".shewhart-background")?.getAttribute("y")).toBe(String(top));
      expect(report.querySelector(".shewhart-background")?.getAttribute("height")).toBe(String(height - top));
      // The same plot, byte for byte, and the header's other lines where the file has them.
      expect(block(copy, "shewhart-plot")).toBe(block(svg, "shewhart-plot"));
      expect(lines(report)).toEqual(lines(file).filter((line) => line.className !== "shewhart-title"));
      // Nothing of the copy reaches above its view: the header's letters and the plot start below it.
      for (const line of lines(report)) expect(line.y - line.size).toBeGreaterThanOrEqual(top);
      // Its title and description are an untitled chart's, under the copy's ids; the plot has none.
      // (drawn with the facts where the file has them: a title shows them unless showFacts says otherwise)
      const { title: _title, ...rest } = options;
      const untitled = parse(renderSvg(result, { ...rest, showFacts: options.showFacts ?? options.title !== undefined, idPrefix: "chart-7" }));
      expect(report.querySelector("title")?.outerHTML).toBe(untitled.querySelector("title")?.outerHTML);
      expect(report.querySelector("desc")?.outerHTML).toBe(untitled.querySelector("desc")?.outerHTML);
      expect(report.getAttribute("aria-labelledby")).toBe("chart-7-title chart-7-desc");
      expect([...report.querySelectorAll("[id]")].map((e) => e.id)).toEqual(["chart-7-title", "chart-7-desc"]);
      expect(file.querySelector("desc")?.textContent).toBe(options.title === undefined ? untitled.querySelector("desc")?.textContent : `${options.title}: ${untitled.querySelector("desc")?.textContent}`);
      // That untitled chart shows the same header lines, as far below the top of its picture.
      expect(lines(report).map((line) => ({ ...line, y: line.y - top }))).toEqual(lines(untitled));
    });
  }

  it("draws a copy without a title as the chart with other ids", () => {
    const result = analyze(run);
    const normalized = normalizeOptions({ showFacts: true }, "renderSvg");
    const { svg, copy } = chartWithCopy(buildModel(result, normalized, "renderSvg"), normalized, "chart-2");
    expect(copy).toBe(svg.replaceAll("shewhart-title", "chart-2-title").replaceAll("shewhart-desc", "chart-2-desc"));
  });
});
