// A run's charts made in chunks (as worker threads make them) give the same files and report pages as
// renderReport given every chart at once, however the chunks fall across the pages (#16 item 4).
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { chartGroup, type GroupJob, type GroupOptions } from "../../src/cli/chartGroups.ts";
import { loosePages } from "../../src/cli/loosePages.ts";
import { makeCharts, type BatchContext, type ChunkCharts } from "../../src/cli/makeCharts.ts";
import { parseChartOptions } from "../../src/cli/parseOptions.ts";
import { holdFolder, stageFile } from "../../src/cli/writeFiles.ts";
import { renderReport, type ReportOptions } from "../../src/svg/report/renderReport.ts";

let folder = "";
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), "shewhart-chunks-"));
});
afterEach(() => {
  rmSync(folder, { recursive: true, force: true });
});

const weeks = Array.from({ length: 30 }, (_, k) => `2019-W${String(k + 1).padStart(2, "0")}`);
/** Seven groups of weekly proportions, one with a shift (signals), one with a note. */
const jobs: GroupJob[] = Array.from({ length: 7 }, (_, g) => {
  const n = Float64Array.from(weeks, (_, k) => 80 + ((g * 17 + k * 7) % 40));
  const y = Float64Array.from(n, (d, k) => Math.round(d * (0.2 + (g === 3 && k > 18 ? 0.15 : 0) + ((g + k * 5) % 9) / 100)));
  const notes: string[] = [];
  if (g === 5) notes[12] = "Ny <procedure> & skema";
  return { group: { name: `Afsnit ${g + 1}`, x: weeks, y, n, notes, phases: [], lines: weeks.map((_, k) => 2 + g * 30 + k) }, file: `afsnit-${g + 1}.svg` };
});
const options: GroupOptions = { ...parseChartOptions({ x: "week", y: "num", n: "den", group: "unit", chart: "p", locale: "da-DK", out: "out", freeze: "12", format: "svg", summary: "text" }), fileName: "data.csv" };
const report: ReportOptions & { perPage: number } = { title: "Andel", subtitle: "data.csv", locale: "da-DK", date: "2026-12-01", perPage: 3 };

/** Makes the charts in the chunks given (as [start, end) ranges), then the loose pages; returns every file by name. */
async function inChunks(ranges: readonly [number, number][], panels = false): Promise<Map<string, string>> {
  const out = join(folder, ranges.map(([a, b]) => `${a}-${b}`).join("_") + (panels ? "-panels" : ""));
  const held = holdFolder(out);
  const chosen: ReportOptions = panels ? { ...report, panels: { columns: 3 } } : report;
  const context: BatchContext = { options, root: held.root, format: "svg", report: chosen, total: jobs.length, panels };
  const chunks: ChunkCharts[] = [];
  for (const [start, end] of ranges) chunks.push(await makeCharts(jobs.slice(start, end), start, context));
  const staged = chunks.flatMap((c) => c.staged);
  for (const page of loosePages(chunks, chosen, jobs.length)) staged.push(stageFile(held.root, page.name, page.parts));
  held.commit(staged);
  return new Map(readdirSync(out).map((name) => [name, readFileSync(join(out, name), "utf8")]));
}

/** The same charts drawn one by one, and the report made at once by renderReport. */
function atOnce(panels = false): Map<string, string> {
  const files = new Map<string, string>();
  const items = jobs.map((job) => {
    const chart = chartGroup(job, options);
    files.set(job.file, chart.svg);
    return { result: chart.result.toJSON(), name: chart.title, options: chart.render, files: [job.file] };
  });
  for (const page of renderReport(items, panels ? { ...report, panels: { columns: 3 } } : report)) files.set(page.name, page.html);
  return files;
}

describe("makeCharts", () => {
  it("gives renderReport's pages and the charts' files, whether chunks hold whole pages or cut across them", async () => {
    const expected = atOnce();
    expect([...expected.keys()].sort()).toEqual(["afsnit-1.svg", "afsnit-2.svg", "afsnit-3.svg", "afsnit-4.svg", "afsnit-5.svg", "afsnit-6.svg", "afsnit-7.svg", "index-2.html", "index-3.html", "index.html"]);
    for (const ranges of [
      [[0, 7]],
      [[0, 3], [3, 6], [6, 7]],
      [[0, 4], [4, 7]],
      [[0, 1], [1, 2], [2, 5], [5, 7]],
    ] as [number, number][][]) {
      const files = await inChunks(ranges);
      expect([...files.keys()].sort()).toEqual([...expected.keys()].sort());
      for (const [name, content] of expected) expect(files.get(name), `${name} made in chunks ${JSON.stringify(ranges)}`).toBe(content);
    }
  });

  it("puts each chart's own picture in the report, from under its title down: the file's plot, byte for byte", async () => {
    const files = await inChunks([[0, 4], [4, 7]]);
    const pages = ["index.html", "index-2.html", "index-3.html"].map((name) => files.get(name) ?? "").join("\n");
    const plot = (svg: string): string => svg.slice(svg.indexOf('<g class="shewhart-plot">'), svg.indexOf("\n  </g>", svg.indexOf('<g class="shewhart-plot">')));
    jobs.forEach((job, k) => {
      const svg = files.get(job.file) ?? "";
      const section = pages.slice(pages.indexOf(`<section class="chart" id="chart-${k + 1}"`), pages.indexOf("</section>", pages.indexOf(`<section class="chart" id="chart-${k + 1}"`)));
      const copy = section.slice(section.indexOf("<svg"), section.indexOf("</svg>") + 6);
      expect(plot(copy).length).toBeGreaterThan(1000);
      expect(plot(copy)).toBe(plot(svg));
      const height = Number(/viewBox="0 0 720 (\d+)"/.exec(svg)?.[1]);
      expect(copy).toContain(`viewBox="0 21 720 ${height - 21}"`);
      expect(copy).toContain(`aria-labelledby="chart-${k + 1}-title chart-${k + 1}-desc"`);
      expect(copy).not.toContain("shewhart-title");
    });
  });

  it("keeps each result's JSON for the small multiples on the first page only when asked", async () => {
    const expected = atOnce(true);
    const files = await inChunks([[0, 2], [2, 7]], true);
    expect(files.get("index.html")).toBe(expected.get("index.html"));
    expect(files.get("index.html")).toContain('class="shewhart-panel"');
    const context: BatchContext = { options, root: holdFolder(join(folder, "plain")).root, format: "svg", report: null, total: jobs.length, panels: false };
    const plain = await makeCharts(jobs, 0, context);
    expect(plain.json).toEqual([]);
    expect(plain.rows).toEqual([]);
    expect(plain.sections).toEqual([]);
    expect(plain.lines.map((l) => l.group)).toEqual(jobs.map((j) => j.group.name));
  });

  it("reports progress every 50 charts and the rest at the end", async () => {
    const many = Array.from({ length: 120 }, (_, k) => ({ ...(jobs[k % jobs.length] as GroupJob), file: `c${k}.svg` }));
    const counts: number[] = [];
    const context: BatchContext = { options, root: holdFolder(join(folder, "many")).root, format: "svg", report: null, total: many.length, panels: false };
    await makeCharts(many, 0, context, (n) => counts.push(n));
    expect(counts).toEqual([50, 50, 20]);
  });
});
