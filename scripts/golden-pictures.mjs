// Screenshots SVG files in Chromium as PNG, to review the golden charts as pictures (and for docs/images).
// Run: [SCALE=1] node scripts/golden-pictures.mjs OUT_FOLDER [SVG files…]  (default: every test/svg/__golden__/*.svg; SCALE: device pixels per px, default 2)
import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { chromium } from "playwright-core";

const [out = "golden-pictures", ...given] = process.argv.slice(2);
const folder = new URL("../test/svg/__golden__/", import.meta.url).pathname;
const files = given.length > 0 ? given : readdirSync(folder).filter((f) => f.endsWith(".svg")).map((f) => join(folder, f));
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--headless", "--no-sandbox"] });
const page = await browser.newPage({ deviceScaleFactor: Number(process.env.SCALE ?? 2) });
for (const file of files) {
  const svg = readFileSync(file, "utf8");
  const width = Number(/viewBox="0 0 ([\d.]+) /.exec(svg)?.[1] ?? 720);
  await page.setViewportSize({ width: Math.ceil(width), height: 800 });
  await page.setContent(`<!doctype html><html><body style="margin:0"><div id="c" style="width:${width}px">${svg}</div></body></html>`);
  await page.locator("#c svg").screenshot({ path: join(out, basename(file).replace(/\.svg$/, ".png")) });
}
await browser.close();
console.log(`${files.length} pictures in ${out}`);
