// Issue #14: no label on another text, on a point's mark or across the data line, and nothing outside
// the picture or its panel — measured in Chromium on every golden chart (test/svg/__golden__), with the
// real text boxes of the fonts this machine draws with. A chart built by hand to collide proves that the
// check finds each kind of collision (so it cannot pass by measuring nothing).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { analyze } from "../../src/index.ts";
import { renderSvg } from "../../src/svg/index.ts";
import { findCollisions, type Collision } from "./collisions.ts";

const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const goldenFolder = new URL("../svg/__golden__/", import.meta.url);
const goldens = readdirSync(goldenFolder)
  .filter((name) => name.endsWith(".svg"))
  .sort();

let browser: Browser;
let page: Page;

/** Puts charts on the page, each in a box as wide as its viewBox times `scale` (1: one unit, one CSS pixel), named by data-golden. */
async function show(charts: readonly { name: string; svg: string }[], scale = 1): Promise<void> {
  const html = charts
    .map(({ name, svg }) => {
      const width = Number(/viewBox="0 0 ([\d.]+) /.exec(svg)?.[1] ?? 720) * scale;
      return `<div style="width:${width}px;margin:0 0 8px">${svg.replace("<svg ", `<svg data-golden="${name}" `)}</div>`;
    })
    .join("");
  await page.setContent(`<!doctype html><html><body style="margin:0">${html}</body></html>`);
}

async function collisions(charts: readonly { name: string; svg: string }[], scale = 1): Promise<Collision[]> {
  await show(charts, scale);
  return page.evaluate(findCollisions);
}

beforeAll(async () => {
  if (!existsSync(executablePath)) throw new Error(`no Chromium at ${executablePath}: install Debian's chromium (apt-get install -y chromium)`);
  browser = await chromium.launch({ executablePath, args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
  page = await browser.newPage({ viewport: { width: 1700, height: 1000 } });
});

afterAll(async () => {
  await browser?.close();
});

describe("the collision check", () => {
  it("finds each kind of collision in a chart built to collide", async () => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" class="shewhart" viewBox="0 0 300 120" width="100%" font-family="sans-serif">
      <path class="shewhart-data-line" d="M10,60L150,60L290,20" fill="none" stroke="black"/>
      <circle class="shewhart-point" cx="150" cy="60" r="3"/>
      <text x="140" y="64" font-size="10.5">on the point</text>
      <text x="30" y="64" font-size="10.5">line</text>
      <text x="200" y="100" font-size="10.5">one</text>
      <text x="205" y="102" font-size="10.5">two</text>
      <text x="280" y="110" font-size="10.5">outside</text>
      <g class="shewhart-panel" transform="translate(0,80)"><rect class="shewhart-panel-area" x="0" y="0" width="60" height="40" fill="none"/><text x="40" y="20" font-size="10.5">past the panel</text></g>
    </svg>`;
    const found = await collisions([{ name: "by-hand", svg }]);
    const kinds = new Set(found.map((c) => c.kind));
    expect([...kinds].sort()).toEqual(["outside", "outside-panel", "text/line", "text/point", "text/text"]);
    expect(found.some((c) => c.kind === "text/point" && c.what.startsWith('"on the point"'))).toBe(true);
    expect(found.some((c) => c.kind === "text/line" && c.what.startsWith('"line"'))).toBe(true);
    expect(found.some((c) => c.kind === "text/text" && c.what === '"one" / "two"')).toBe(true);
  });

  it("finds a label moved onto the data of a rendered chart", async () => {
    const svg = renderSvg(analyze({ y: [5, 7, 6, 8, 7, 9, 8, 10, 9, 11] }), { title: "Moved by hand" });
    const point = /<circle class="shewhart-point[^"]*" data-index="4"[^>]* cx="([\d.]+)" cy="([\d.]+)"/.exec(svg);
    expect(point).not.toBeNull();
    const [, cx, cy] = point as RegExpExecArray;
    const moved = svg.replace("</svg>", `<text x="${Number(cx) - 10}" y="${Number(cy) + 3}" font-size="10.5">Moved</text></svg>`);
    expect(await collisions([{ name: "clean", svg }])).toEqual([]);
    const found = await collisions([{ name: "moved", svg: moved }]);
    expect(found.map((c) => c.kind)).toContain("text/point");
    expect(found.map((c) => c.kind)).toContain("text/line");
  });
});

describe("golden charts in Chromium", () => {
  let found: Collision[] = [];
  beforeAll(async () => {
    found = await collisions(goldens.map((file) => ({ name: file.replace(/\.svg$/, ""), svg: readFileSync(new URL(file, goldenFolder), "utf8") })));
  });

  it("include the crowded cases", () => {
    expect(goldens.filter((name) => name.startsWith("crowded-")).length).toBeGreaterThanOrEqual(9);
  });

  it("stay clear drawn smaller or larger than their viewBox, and on a 2x screen (font sizes round differently)", async () => {
    const charts = goldens.map((file) => ({ name: file.replace(/\.svg$/, ""), svg: readFileSync(new URL(file, goldenFolder), "utf8") }));
    for (const scale of [0.6, 0.8, 1.5]) expect(await collisions(charts, scale)).toEqual([]);
    const retina = await browser.newPage({ viewport: { width: 1700, height: 1000 }, deviceScaleFactor: 2 });
    const [previous, current] = [page, retina];
    page = current;
    try {
      for (const scale of [0.6, 1]) expect(await collisions(charts, scale)).toEqual([]);
    } finally {
      page = previous;
      await retina.close();
    }
  });

  for (const file of goldens) {
    const name = file.replace(/\.svg$/, "");
    it(`${name}: no collisions`, async () => {
      expect(await page.locator(`svg[data-golden="${name}"] text`).count()).toBeGreaterThan(3);
      expect(found.filter((c) => c.chart === name)).toEqual([]);
    });
  }
});
