import { describe, expect, it } from "vitest";
import { analyze } from "../../src/index.ts";
import { escapeXml, renderSmallMultiples, renderSvg } from "../../src/svg/index.ts";
import { plotLayout, type PlotLayout } from "../../src/svg/chartBody.ts";
import { buildModel, type ChartModel } from "../../src/svg/model.ts";
import { normalizeOptions, type NormalizedOptions } from "../../src/svg/options.ts";
import { layoutChart, type ChartLayout } from "../../src/svg/render.ts";
import { crowdedGoldens } from "./crowdedCharts.ts";

const weekly = analyze({
  chart: "p",
  x: ["2018-W14", "2018-W15", "2018-W16", "2018-W17", "2018-W18", "2018-W19", "2018-W20", "2018-W21", "2018-W22", "2018-W23", "2018-W24", "2018-W25"],
  y: [103, 101, 131, 122, 103, 128, 115, 102, 116, 118, 120, 119],
  n: [117, 114, 137, 134, 115, 139, 129, 112, 118, 120, 121, 120],
  period: "week",
  freeze: 8,
  multiply: 100,
  improvement: "up",
  target: 95,
});

describe("renderSvg(result, options)", () => {
  it("writes an accessible, responsive SVG with a title and a plain-language description", () => {
    const svg = renderSvg(weekly, { title: "FMK", locale: "en-GB" });
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" class="shewhart" viewBox="0 0 720 400" width="100%" role="img" aria-labelledby="shewhart-title shewhart-desc"')).toBe(true);
    expect(svg).toContain('<title id="shewhart-title">FMK</title>');
    expect(svg).toMatch(/<desc id="shewhart-desc">FMK: P chart of 12 subgroups from week 14, 2018 to week 25, 2018\. Centre line 90\.8%, LCL [\d.]+%, UCL [\d.]+%\. Signals: .+<\/desc>/);
  });

  it("gives every point a data-index, a class and a <title> for tooltips", () => {
    const svg = renderSvg(weekly);
    const points = svg.match(/class="shewhart-point[^"]*" data-index="\d+"/g) ?? [];
    expect(points).toHaveLength(12);
    expect(svg).toContain("<title>week 14, 2018: 88.0% (103/117)</title>");
  });

  it("prints numbers and dates in the locale: Danish decimal commas and weeks", () => {
    const svg = renderSvg(weekly, { title: "FMK", locale: "da-DK" });
    // Intl puts a no-break space before the Danish percent sign.
    expect(svg).toContain("uge 14, 2018: 88,0\u00a0%");
    expect(svg).toContain("Gennemsnit (baseline): 90,8\u00a0% (uge 14–21, 2018)");
    expect(svg).toContain("Mål 95,0\u00a0%");
    // The facts of a Danish weekly report (DESIGN.md §6), wrapped where the line would run past the chart.
    expect(svg).toContain(">Gns. obs.: 115/123; seneste obs. (uge 25, 2018): 119/120 · Periode: uge 14, 2018 – uge 25, 2018</text>");
    expect(svg).toContain(">Seneste gennemsnit (baseline): 90,8\u00a0% (uge 14, 2018 – uge 21, 2018)</text>");
  });

  it("reads a proportion 0.954 with multiply 1 and 95.4 with multiply 100 alike, as percent", () => {
    const spec = { chart: "p" as const, y: [90, 95, 99], n: [100, 100, 100] };
    const one = renderSvg(analyze(spec));
    const hundred = renderSvg(analyze({ ...spec, multiply: 100 }));
    expect(one).toContain("95.0%");
    expect(hundred.replace(/(?:d|points|x|y|x1|x2|y1|y2|cx|cy)="[^"]*"/g, "")).toBe(one.replace(/(?:d|points|x|y|x1|x2|y1|y2|cx|cy)="[^"]*"/g, ""));
  });

  it("escapes every text: labels stay text, never markup", () => {
    const hostile = '<img src=x onerror=alert(1)></text><script>alert("x")</script>&\u0007';
    const svg = renderSvg(analyze({ y: [1, 2, 3, 4, 5, 6], x: ["a", "b", hostile, "d", "e", "f"] }), {
      title: hostile,
      subtitle: hostile,
      notes: [{ index: 1, text: hostile }],
      yLabel: hostile,
      phaseLabels: [hostile],
    });
    expect(svg).not.toContain("<script");
    expect(svg).not.toContain("<img");
    expect(svg).toContain("&lt;img src=x onerror=alert(1)&gt;&lt;/text&gt;&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;\ufffd");
    expect(escapeXml("'")).toBe("&#39;");
  });

  it("is deterministic: the same input gives the same bytes", () => {
    expect(renderSvg(weekly, { title: "x" })).toBe(renderSvg(weekly, { title: "x" }));
  });

  it("accepts the result's JSON, as computed on a server", () => {
    const json = JSON.parse(JSON.stringify(weekly.toJSON()));
    expect(renderSvg(json, { title: "FMK" })).toBe(renderSvg(weekly, { title: "FMK" }));
  });

  it("marks signals by shape as well as colour, and a runs signal on the centre line", () => {
    const svg = renderSvg(analyze({ chart: "i", y: [10, 11, 9, 10, 12, 10, 9, 11, 10, 30, 10, 11, 14, 14, 15, 14, 15, 16, 14, 15, 14, 15] }));
    expect(svg).toMatch(/<path class="shewhart-point shewhart-point-sigma"/); // diamond
    expect(svg).toMatch(/<rect class="shewhart-point shewhart-point-pattern"/); // square
    expect(svg).toMatch(/<circle class="shewhart-point shewhart-point-plain"/);
    expect(svg).toMatch(/class="shewhart-centre-line shewhart-runs-signal"[^>]*stroke-dasharray="6 4"/);
  });

  it("draws excluded points hollow and leaves gaps at missing values", () => {
    const svg = renderSvg(analyze({ chart: "i", y: [5, 6, null, 5, 7, 6, 19, 5], exclude: [6] }));
    expect(svg).toMatch(/class="shewhart-point shewhart-point-sigma shewhart-excluded" data-index="6" fill="#ffffff"/);
    const line = /class="shewhart-data-line" d="([^"]+)"/.exec(svg)?.[1] ?? "";
    expect(line.match(/M/g)).toHaveLength(2);
  });

  it("names bad options", () => {
    expect(() => renderSvg(weekly, { width: -1 })).toThrowErrorMatchingInlineSnapshot(`[SpcError: renderSvg: invalid width: expected a number > 0 and <= 100000, received -1]`);
    expect(() => renderSvg(weekly, { locale: "not a locale!" })).toThrowErrorMatchingInlineSnapshot(`[SpcError: renderSvg: invalid locale: expected a BCP 47 locale such as "da-DK" or "en-GB", received "not a locale!"]`);
    expect(() => renderSvg(weekly, { decimals: 1.5 })).toThrowErrorMatchingInlineSnapshot(`[SpcError: renderSvg: invalid decimals: expected an integer from 0 to 10, received 1.5]`);
    expect(() => renderSvg(weekly, { idPrefix: "1x" })).toThrowErrorMatchingInlineSnapshot(`[SpcError: renderSvg: invalid idPrefix: expected a letter followed by letters, digits, _ or -, received "1x"]`);
    expect(() => renderSvg(weekly, { notes: [{ index: 0.5, text: "x" }] })).toThrowErrorMatchingInlineSnapshot(`[SpcError: renderSvg: invalid notes[0]: expected { index: an integer, text: a string }, received an object]`);
    expect(() => renderSvg(weekly, { notes: "none" as never })).toThrowErrorMatchingInlineSnapshot(`[SpcError: renderSvg: invalid notes: expected an array of { index, text }, received "none"]`);
    expect(() => renderSvg(weekly, { showSigmaLines: "yes" as never })).toThrowErrorMatchingInlineSnapshot(`[SpcError: renderSvg: invalid showSigmaLines: expected a boolean, received "yes"]`);
    expect(() => renderSvg(weekly, null as never)).toThrowErrorMatchingInlineSnapshot(`[SpcError: renderSvg: invalid options: expected an options object, received null]`);
    expect(() => renderSmallMultiples([weekly], { columns: 0 })).toThrowErrorMatchingInlineSnapshot(`[SpcError: renderSmallMultiples: invalid columns: expected an integer >= 1, received 0]`);
    expect(() => renderSmallMultiples([weekly], { panelHeight: -5 })).toThrowErrorMatchingInlineSnapshot(`[SpcError: renderSmallMultiples: invalid panelHeight: expected a finite number > 0, received -5]`);
    expect(() => renderSvg({ points: [] } as never)).toThrowErrorMatchingInlineSnapshot(`[SpcError: renderSvg: invalid result.chart: expected one of "run", "i", "mr", "xbar", "s", "t", "p", "pp", "c", "u", "up", "g", "ip", received undefined]`);
    expect(() => renderSvg(weekly, { theme: "dark" as never })).toThrowErrorMatchingInlineSnapshot(`[SpcError: renderSvg: invalid theme: expected an object, received "dark"]`);
    expect(() => renderSvg(weekly, { phaseLabels: [1] as never })).toThrowErrorMatchingInlineSnapshot(`[SpcError: renderSvg: invalid phaseLabels[0]: expected a string, received 1]`);
    expect(() => renderSvg(weekly, { title: 5 as never })).toThrowErrorMatchingInlineSnapshot(`[SpcError: renderSvg: invalid title: expected a string, received 5]`);
    expect(() => renderSvg(weekly, { target: Number.NaN })).toThrowErrorMatchingInlineSnapshot(`[SpcError: renderSvg: invalid target: expected a finite number, received NaN]`);
    expect(() => renderSmallMultiples([])).toThrowErrorMatchingInlineSnapshot(`[SpcError: renderSmallMultiples: invalid results: expected a non-empty array of results, received an array of length 0]`);
  });
});

describe("maxPointMarks", () => {
  // Steady values but for one point far out, one excluded point.
  const y = Array.from({ length: 40 }, (_, k) => (k === 30 ? 200 : 100 + ((k * 7) % 11)));
  const result = analyze({ chart: "i", y, exclude: [5] });
  const marks = (svg: string): string[] => [...svg.matchAll(/class="shewhart-point ([^"]*)" data-index="(\d+)"/g)].map((m) => m[2]!);
  it("marks every point up to the limit, and above it only signals and excluded points, one path per look, with the line through all", () => {
    expect(marks(renderSvg(result, { maxPointMarks: 40 }))).toHaveLength(40);
    const full = renderSvg(result);
    const thinned = renderSvg(result, { maxPointMarks: 39 });
    expect(marks(thinned)).toEqual([]);
    // The point outside the limits as a diamond, the excluded point as a hollow circle, where their own marks are drawn.
    const diamond = /<path class="shewhart-point shewhart-point-sigma" data-index="30"[^>]* d="(M[^"]*Z)"/.exec(full)!;
    const fill = /<path class="shewhart-point shewhart-point-sigma" data-index="30"[^>]* fill="([^"]+)"/.exec(full)![1]!;
    // A lone filled mark: its own shape where its element draws it, in its colour, without the white outline.
    const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    expect(thinned).toMatch(new RegExp(`<g class="shewhart-marks shewhart-marks-sigma" data-marks="1">\\s*<path d="${escape(diamond[1]!)}" fill="${fill}"/>\\s*</g>`));
    const circle = /class="shewhart-point shewhart-point-plain shewhart-excluded" data-index="5"[^>]* cx="([\d.]+)" cy="([\d.]+)"/.exec(full)!;
    // A hollow (excluded) mark: one path, filled with the background and outlined in its colour, as its element.
    expect(thinned).toMatch(new RegExp(`<g class="shewhart-marks shewhart-marks-plain shewhart-excluded" data-marks="1">\\s*<path d="M${Math.round((Number(circle[1]) - 2.8) * 100) / 100},${Math.round(Number(circle[2]) * 100) / 100}a2.8[^"]*" fill="#ffffff" stroke="[^"]+" stroke-width="1.5"/>\\s*</g>`));
    expect([...thinned.matchAll(/class="shewhart-marks /g)]).toHaveLength(2);
    // 40 points across the plot, each in a column of its own: the line through all of them, as drawn in full.
    const line = (svg: string): string => /class="shewhart-data-line" d="([^"]*)"/.exec(svg)![1]!;
    expect(line(thinned).match(/-?\d*\.?\d+/g)).toHaveLength(80);
    expect(line(thinned)).toBe(line(full));
  });
  it("says where every point is drawn, by scales that place each where its own mark would be", () => {
    const dated = analyze({ chart: "i", y, x: y.map((_, k) => new Date(Date.UTC(2024, 0, 1 + 3 * k))) });
    const numbered = analyze({ chart: "run", y, x: y.map((_, k) => 1000 + k * 2.5) });
    for (const [chart, keyOf] of [
      [result, (i: number) => i],
      [dated, (i: number) => Date.UTC(2024, 0, 1 + 3 * i)],
      [numbered, (i: number) => 1000 + i * 2.5],
    ] as const) {
      const dense = renderSvg(chart, { maxPointMarks: 10 });
      const [a, b] = /data-x-scale="([^"]+)"/.exec(dense)![1]!.split(" ").map(Number) as [number, number];
      const [c, d] = /data-y-scale="([^"]+)"/.exec(dense)![1]!.split(" ").map(Number) as [number, number];
      const full = renderSvg(chart);
      // Plain points' circles as drawn in full (2 decimals): cx, cy by index.
      const circles = [...full.matchAll(/data-index="(\d+)"[^>]* cx="([-\d.]+)" cy="([-\d.]+)"/g)];
      expect(circles.length).toBeGreaterThan(30);
      for (const [, index, cx, cy] of circles) {
        const i = Number(index);
        // Within the half of a hundredth the drawn attribute was rounded to (and a rounding error of the scale's).
        expect(Math.abs(a + b * keyOf(i) - Number(cx))).toBeLessThan(0.00501);
        expect(Math.abs(c + d * chart.value[i]! - Number(cy))).toBeLessThan(0.00501);
      }
    }
  });
  it("refuses a count that is not a whole number >= 0", () => {
    expect(() => renderSvg(result, { maxPointMarks: -1 })).toThrow(/maxPointMarks/);
    expect(() => renderSvg(result, { maxPointMarks: 2.5 })).toThrow(/maxPointMarks/);
    expect(marks(renderSvg(result, { maxPointMarks: Number.POSITIVE_INFINITY }))).toHaveLength(40);
  });
});

describe("renderSmallMultiples(results, options)", () => {
  it("draws one panel per result with a shared y scale by default", () => {
    const a = analyze({ y: [1, 2, 3, 4, 5, 6] });
    const b = analyze({ y: [10, 20, 30, 40, 50, 60] });
    const svg = renderSmallMultiples([a, b], { panelTitles: ["North", "South"], columns: 2 });
    expect(svg.match(/class="shewhart-panel"/g)).toHaveLength(2);
    const ticks = (panel: string) => (panel.match(/class="shewhart-y-tick"[\s\S]*?>([^<]+)<\/text>/g) ?? []).length;
    const [north, south] = svg.split('class="shewhart-panel"').slice(1) as [string, string];
    expect(ticks(north)).toBe(ticks(south));
    const free = renderSmallMultiples([a, b], { scales: "free" });
    expect(free).not.toBe(svg);
  });

  it("names untitled panels in the chart's language (a user's Danish panels.svg was titled '3 charts')", () => {
    const a = analyze({ y: [1, 2, 3, 4, 5, 6] });
    expect(renderSmallMultiples([a, a, a], { locale: "da-DK" })).toContain(">3 diagrammer</title>");
    expect(renderSmallMultiples([a, a], { locale: "en-GB" })).toContain(">2 charts</title>");
    expect(renderSmallMultiples([a, a], { locale: "da-DK", title: "Fald" })).toContain(">Fald</title>");
  });
});

describe("a target off a proportion chart's scale", () => {
  const y = [70, 72, 68, 71, 69, 73, 70, 72, 71, 69, 70, 72];
  const n = y.map(() => 100);
  it("is not drawn (85 on proportions 0–1 would flatten the data), while one on the scale is", () => {
    const off = analyze({ chart: "p", y, n, target: 85, improvement: "up" });
    expect(off.assessment.assuranceReason).toBe("off_scale");
    const svg = renderSvg(off);
    expect(svg).not.toContain('class="shewhart-target"');
    // The y axis stays near the data: no tick label reaches 85 (or 8,500 %).
    expect(svg).not.toMatch(/>[1-9][,.]?\d00\s?%</); // a tick of 1,000 % … 8,500 %: the axis stretched to 85
    const on = renderSvg(analyze({ chart: "p", y, n, target: 0.85, improvement: "up" }));
    expect(on).toContain('class="shewhart-target"');
    const percent = renderSvg(analyze({ chart: "p", y, n, target: 85, multiply: 100, improvement: "up" }));
    expect(percent).toContain('class="shewhart-target"');
  });
});

describe("a target given as a render option", () => {
  it("is drawn as given, even where the result's own off-scale target is left out", () => {
    const y = [70, 72, 68, 71, 69, 73, 70, 72, 71, 69, 70, 72];
    const off = analyze({ chart: "p", y, n: y.map(() => 100), target: 85, improvement: "up" });
    expect(renderSvg(off, { target: 0.85 })).toContain('class="shewhart-target"');
    expect(renderSvg(off)).not.toContain('class="shewhart-target"');
  });
});

describe("layoutChart(model, options): lanes over a crowded plot", () => {
  // What layoutChart chooses, found by laying every try out whole: the plot without lanes unless a label found no
  // free place; then, as long as one lane more leaves fewer labels crowded, the more lanes (at most two).
  // layoutChart probes each try up to its first crowded label instead; the layout chosen must be the same.
  const laneHeight = 15;
  const marginTop = 20;
  function reference(model: ChartModel, normalized: NormalizedOptions, chosen: ChartLayout): { lanes: number; body: PlotLayout } {
    const { left, right, bottom } = chosen.body.frame.plot;
    const bounds = { left: 0, right: normalized.width, top: chosen.head.bottom + 1, bottom: chosen.height };
    const giveWay = normalized.width < 600;
    const layout = (lanes: number): PlotLayout => plotLayout(model, normalized, { left, right, top: chosen.head.height + marginTop + lanes * laneHeight, bottom }, { bounds, lanes, giveWay });
    let body = layout(0);
    let lanes = 0;
    for (let more = 1; more <= 2 && body.placement.crowded > 0; more++) {
      const next = layout(more);
      if (next.placement.crowded >= body.placement.crowded) break;
      [body, lanes] = [next, more];
    }
    return { lanes, body };
  }

  it("is the layout found by laying out every try whole, crowded or not, at any width", () => {
    const seen = { clear: 0, oneLane: 0, twoLanes: 0, crowdedKept: 0 };
    const notes = Array.from({ length: 8 }, (_, k) => ({ index: 2 + 3 * k, text: `PDSA ${k + 1}: en ændring der skal afprøves` }));
    const cases = crowdedGoldens.flatMap(([, spec, options]) =>
      [320, 380, 480, 600, 720, 1024].flatMap((width) => [
        { spec, options: { ...options, width } },
        { spec, options: { ...options, width, notes } },
      ]),
    );
    for (const { spec, options } of cases) {
      const normalized = normalizeOptions(options, "renderSvg");
      const model = buildModel(analyze(spec), normalized, "renderSvg");
      const chosen = layoutChart(model, normalized);
      const expected = reference(model, normalized, chosen);
      expect(chosen.body.frame.plot).toEqual(expected.body.frame.plot);
      expect(chosen.body.placement).toEqual(expected.body.placement);
      if (expected.lanes === 0) seen[expected.body.placement.crowded === 0 ? "clear" : "crowdedKept"]++;
      else seen[expected.lanes === 1 ? "oneLane" : "twoLanes"]++;
    }
    // Every way of choosing is met: no lanes needed, one lane, two lanes, and a crowded plot that lanes did not help.
    expect(Object.values(seen).every((count) => count > 0)).toBe(true);
  });
});
