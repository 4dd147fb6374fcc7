// Issue #14: beyond the goldens, a seeded set of crowded charts — every chart type, phases, a frozen
// baseline, notes near each other, targets, widths from 320 to 1,600 px, Danish and English, and small
// multiples — rendered and measured in Chromium: no collision of any kind (test/browser/collisions.ts).
import { existsSync } from "node:fs";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { analyze, type ChartSpecInput } from "../../src/index.ts";
import { renderSmallMultiples, renderSvg, type RenderOptions } from "../../src/svg/index.ts";
import { crowdedGoldens } from "../svg/crowdedCharts.ts";
import { findCollisions, type Collision } from "./collisions.ts";

const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const words = ["PDSA 1: tjekliste ved udskrivelse", "Ny leder", "Audit", "Farmaceut på stuegang hver dag i afdelingen", "New template", "Reminder at the board round", "Weekend staffing changed", "IT-nedbrud"];
const charts = ["run", "i", "p", "u", "c", "g", "t", "mr", "pp", "up"] as const;
const widths = [320, 380, 480, 600, 720, 1024, 1600];

/** A chart spec and options from a seed: crowded on purpose. */
function crowded(seed: number): { spec: ChartSpecInput; options: RenderOptions } {
  const next = random(seed);
  const pick = <T,>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const chart = charts[seed % charts.length] as (typeof charts)[number];
  const length = 12 + Math.floor(next() * 60);
  const counts = chart === "p" || chart === "pp" || chart === "u" || chart === "up";
  const n = Array.from({ length }, () => 50 + Math.floor(next() * 100));
  const level = 0.2 + next() * 0.7;
  const y = Array.from({ length }, (_, i) =>
    counts ? Math.round((n[i] as number) * Math.min(1, level + (next() - 0.5) * 0.2 + (i > length / 2 ? 0.1 : 0))) : chart === "t" || chart === "g" ? 1 + Math.floor(next() * 30) : Math.round(20 + next() * 15 + (i > length / 2 ? 6 : 0)),
  );
  const spec: Record<string, unknown> = { chart, y, ...(counts ? { n } : {}), improvement: pick(["up", "down", undefined]) };
  if (chart === "p" || chart === "pp") spec["multiply"] = 100;
  const xKind = next();
  if (xKind < 0.35) {
    spec["x"] = Array.from({ length }, (_, i) => new Date(Date.UTC(2018, 3, 2 + 7 * i)).toISOString().slice(0, 10));
    spec["period"] = "week";
  } else if (xKind < 0.55) {
    spec["x"] = Array.from({ length }, (_, i) => new Date(Date.UTC(2015, i, 1)).toISOString().slice(0, 10));
    spec["period"] = "month";
  } else if (xKind < 0.7) {
    spec["x"] = Array.from({ length }, (_, i) => `Afsnit ${i + 1} ${i % 2 === 0 ? "Nord" : "Syd og Vest"}`);
  }
  const phases = Math.floor(next() * 3);
  if (phases > 0 && length >= 24) spec["breaks"] = phases === 1 ? [Math.floor(length / 2)] : [Math.floor(length / 3), Math.floor((2 * length) / 3)];
  if (next() < 0.6) spec["freeze"] = 8 + Math.floor(next() * 4);
  const options: RenderOptions = {
    title: pick(["Medicinafstemning ved indlæggelse på alle medicinske afdelinger", "Falls", "Discharge letters sent within 24 hours of discharge"]),
    ...(next() < 0.5 ? { subtitle: "Ortopædkirurgisk Afdeling M, Aalborg Universitetshospital" } : {}),
    locale: pick(["da-DK", "en-GB"]),
    width: widths[Math.floor(seed / charts.length) % widths.length] as number,
    notes: Array.from({ length: Math.floor(next() * 4) }, () => ({ index: Math.floor(next() * length), text: pick(words) })),
    ...(phases > 0 && next() < 0.5 ? { phaseLabels: ["Før", "Elektronisk henvisning til genoptræning", "Fælles visitationsteam"] } : {}),
    ...(next() < 0.3 ? { xLabel: "Uge" } : {}),
    ...(next() < 0.3 ? { yLabel: "Andel i procent af alle udskrevne" } : {}),
    ...(next() < 0.3 ? { showSigmaLines: true } : {}),
    height: pick([240, 300, 400, 400, 500]),
    idPrefix: `c${seed}`,
  };
  const result = analyze(spec as ChartSpecInput);
  const cl = result.toJSON().phases[0]?.cl;
  if (typeof cl === "number" && next() < 0.7) spec["target"] = cl * (0.95 + next() * 0.1);
  return { spec: spec as ChartSpecInput, options };
}

let browser: Browser;
let page: Page;
let found: Collision[] = [];
const cases = Array.from({ length: 90 }, (_, seed) => seed);

beforeAll(async () => {
  if (!existsSync(executablePath)) throw new Error(`no Chromium at ${executablePath}: install Debian's chromium (apt-get install -y chromium)`);
  browser = await chromium.launch({ executablePath, args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
  page = await browser.newPage({ viewport: { width: 1700, height: 1000 } });
  const svgs = cases.map((seed) => {
    const { spec, options } = crowded(seed);
    return { name: `seed ${seed}`, width: options.width as number, svg: renderSvg(analyze(spec), options) };
  });
  // Edge cases: one, two and constant points; notes on one point, on a missing value and far too long; a target far
  // from the data; a hostile label; long phase labels on a wide chart.
  const long = "Farmaceut på stuegang hver dag i afdelingen, også i weekenden og på helligdage, efter aftale med ledelsen";
  const edges: [ChartSpecInput, RenderOptions][] = [
    [{ y: [5] }, { title: "One point", notes: [{ index: 0, text: long }] }],
    [{ y: [5, 6] }, { title: "Two points", width: 320, notes: [{ index: 1, text: "Audit" }] }],
    [{ chart: "i", y: [4, 4, 4, 4, 4, 4, 4, 4, 4, 4], target: 40 }, { title: "Constant, target far away", locale: "da-DK" }],
    [{ chart: "i", y: [3, 5, null, 4, 6, 5, null, 7, 6, 5, 8, 7], freeze: 6 }, { title: "Missing values", notes: [{ index: 2, text: "Ingen data" }, { index: 6, text: long }, { index: 6, text: "Same point" }, { index: 6, text: "Third on it" }] }],
    [{ chart: "p", y: [50, 52, 48, 51, 49, 53, 60, 62, 61, 63], n: [60, 60, 60, 60, 60, 60, 70, 70, 70, 70], breaks: [6], target: 0.99 }, { title: '<img src=x onerror=alert(1)> "quoted" & more', width: 1600, phaseLabels: ["Before the new discharge checklist was introduced on all wards", "After"] }],
    [{ chart: "c", y: Array.from({ length: 60 }, (_, i) => 3 + (i % 5)), breaks: [20, 40], freeze: 10 }, { title: "Three phases, narrow", width: 320, phaseLabels: ["Før", "Under", "Efter"], notes: [{ index: 19, text: "Ny praksis" }, { index: 20, text: "Audit" }, { index: 21, text: "Opfølgning" }] }],
  ];
  edges.forEach(([spec, options], k) => svgs.push({ name: `edge ${k}`, width: options.width ?? 720, svg: renderSvg(analyze(spec), { ...options, idPrefix: `e${k}` }) }));
  // The README's chart with eight notes close together, at the widths where every label must be shown.
  const readme = crowdedGoldens[0] as (typeof crowdedGoldens)[number];
  for (const width of [600, 720, 1024, 1600]) {
    const notes = Array.from({ length: 8 }, (_, k) => ({ index: 3 + 3 * k, text: `PDSA ${k + 1}: en ændring der skal afprøves` }));
    svgs.push({ name: `notes ${width}`, width, svg: renderSvg(analyze(readme[1]), { ...readme[2], notes, width, idPrefix: `n${width}` }) });
  }
  for (const [k, columns] of [[0, 3], [1, 2], [2, 4], [3, 3], [4, 2]] as const) {
    const specs = cases.slice(k * 9, k * 9 + 9).map((seed) => ({ ...crowded(seed).spec, chart: "p", n: Array.from({ length: 40 }, () => 100), y: Array.from({ length: 40 }, (_, i) => 60 + ((i * 7 + seed * 3) % 25)), x: undefined, period: undefined, multiply: 100, target: 85, freeze: 20, breaks: [30] }) as ChartSpecInput);
    const width = [720, 960, 1600, 320, 480][k] as number;
    svgs.push({ name: `multiples ${k}`, width, svg: renderSmallMultiples(specs.map((spec) => analyze(spec)), { title: "Ni afdelinger", panelTitles: specs.map((_, i) => `Afdeling ${i + 1} med et langt dansk navn, Regionshospitalet`), columns, width, locale: "da-DK", idPrefix: `m${k}` }) });
  }
  // DUMP_CROWDED=folder writes every chart as SVG, to look at them (node scripts/golden-pictures.mjs OUT folder/*.svg).
  if (process.env["DUMP_CROWDED"]) for (const { name, svg } of svgs) (await import("node:fs")).writeFileSync(`${process.env["DUMP_CROWDED"]}/${name.replace(" ", "-")}.svg`, svg);
  await page.setContent(`<!doctype html><html><body style="margin:0">${svgs.map(({ name, width, svg }) => `<div style="width:${width}px">${svg.replace("<svg ", `<svg data-golden="${name}" `)}</div>`).join("")}</body></html>`);
  found = await page.evaluate(findCollisions);
});

afterAll(async () => {
  await browser?.close();
});

describe("seeded crowded charts in Chromium", () => {
  it("have no collisions", async () => {
    expect(await page.locator("svg.shewhart").count()).toBe(cases.length + 15);
    // Every one of the eight notes is shown from 600 px wide.
    for (const width of [600, 720, 1024, 1600]) expect(await page.locator(`svg[data-golden="notes ${width}"] .shewhart-note`).count()).toBe(8);
    expect(await page.locator("svg.shewhart text").count()).toBeGreaterThan(cases.length * 20);
    expect(found).toEqual([]);
  });
});
