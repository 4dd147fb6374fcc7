import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/index.ts";
import { renderSmallMultiples, renderSvg } from "../../../src/svg/index.ts";
import { textWidth } from "../../../src/svg/textWidth.ts";
import { crowdedGoldens } from "../crowdedCharts.ts";

const [, readme, readmeOptions] = crowdedGoldens[0] as (typeof crowdedGoldens)[number];
const result = analyze(readme);
const manyNotes = Array.from({ length: 8 }, (_, k) => ({ index: 3 + 3 * k, text: `PDSA ${k + 1}: en ændring der skal afprøves` }));

/** The texts of elements with a class, their own text only (not a <title> child). */
function texts(svg: string, className: string): string[] {
  return [...svg.matchAll(new RegExp(`<(?:text|g) class="${className}"[^>]*>(?:<title>[^<]*</title>)?(?:<line[^>]*/>)?(?:<text[^>]*>)?([^<]*)<`, "g"))].map((m) => m[1] as string);
}

describe("label placement", () => {
  it("never leaves out the latest centre line, at any width from 320 px", () => {
    for (const width of [320, 380, 480, 600, 720, 1024, 1600]) {
      const svg = renderSvg(result, { ...readmeOptions, notes: manyNotes, width });
      expect(texts(svg, "shewhart-line-label shewhart-line-label-cl")).toEqual(["90,8\u00a0%"]);
    }
  });

  it("shows every label from 600 px wide; narrower charts may let notes give way", () => {
    for (const width of [600, 720, 1600]) {
      const svg = renderSvg(result, { ...readmeOptions, notes: manyNotes, width });
      expect(svg.match(/class="shewhart-note"/g)).toHaveLength(8);
      expect(svg).toContain('class="shewhart-baseline-label"');
      expect(svg).toContain("Mål 95,0\u00a0%");
    }
    const narrow = renderSvg(result, { ...readmeOptions, notes: manyNotes, width: 320 });
    expect((narrow.match(/class="shewhart-note"/g) ?? []).length).toBeLessThanOrEqual(8);
  });

  it("never writes a phase label over another: a phase too narrow for its label leaves it out, its divider drawn", () => {
    // Two phases of a point each at the end of a long series (a trial's 60,000 days, "Fase 3" over "Fase 4").
    const y = Array.from({ length: 400 }, (_, i) => 50 + ((i * 37) % 11));
    for (const width of [600, 1000]) {
      const svg = renderSvg(analyze({ chart: "i", y, breaks: [200, 398, 399] }), { width, maxPointMarks: 100 });
      const placed = [...svg.matchAll(/<text class="shewhart-phase-label"[^>]*x="([\d.]+)"[^>]*>(?:<title>[^<]*<\/title>)?([^<]*)</g)].map((m) => ({ x: Number(m[1]), text: m[2] as string }));
      expect(placed.length).toBeGreaterThanOrEqual(2);
      // Centred texts: apart by at least half of each one's width.
      for (let k = 1; k < placed.length; k++) expect(placed[k]!.x - placed[k - 1]!.x).toBeGreaterThanOrEqual((textWidth(placed[k]!.text, 10.5) + textWidth(placed[k - 1]!.text, 10.5)) / 2);
      expect(svg.match(/class="shewhart-phase-divider"/g)).toHaveLength(3);
    }
  });

  it("keeps a shortened label's whole text in a <title> child", () => {
    const svg = renderSvg(result, { ...readmeOptions, width: 320 });
    const label = /<text class="shewhart-baseline-label"[^>]*>(<title>[^<]*<\/title>)?([^<]*)<\/text>/.exec(svg);
    expect(label).not.toBeNull();
    const [, title, shown] = label as RegExpExecArray;
    if (shown !== "Gennemsnit (baseline): 90,8\u00a0% (uge 14–21, 2018)") {
      expect(title).toBe("<title>Gennemsnit (baseline): 90,8\u00a0% (uge 14–21, 2018)</title>");
      // Shortened at most down to its number and key word.
      expect(shown).toMatch(/^(Gns\.|Gennemsnit).*90,8\u00a0%/);
    }
  });

  it("wraps the header instead of cutting it: the latest centre line and its baseline are whole at 320 px", () => {
    const svg = renderSvg(result, { ...readmeOptions, width: 320 });
    const facts = [...svg.matchAll(/<text class="shewhart-facts"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join(" ");
    expect(facts).toContain("Seneste gennemsnit (baseline): 90,8\u00a0% (uge 14, 2018 – uge 21, 2018)");
    expect(svg).not.toMatch(/class="shewhart-(title|subtitle|definition|facts)"[^>]*>[^<]*…</);
  });

  it("keeps every text of a panel inside the panel: the right-edge labels fit the margin", () => {
    const units = [0, 1, 2].map((k) => analyze({ ...readme, target: 85 + k }));
    const svg = renderSmallMultiples(units, { panelTitles: ["Ortopædkirurgisk Afdeling, Aalborg", "Medicinsk Afdeling, Hjørring", "Kardiologisk Afsnit, Thisted"], columns: 3, locale: "da-DK" });
    const area = Number(/class="shewhart-panel-area" x="0" y="0" width="(\d+)"/.exec(svg)?.[1]);
    expect(area).toBe(240);
    for (const m of svg.matchAll(/<text class="shewhart-line-label[^"]*" x="([\d.]+)"/g)) expect(Number(m[1])).toBeLessThan(area - 30);
  });
});
