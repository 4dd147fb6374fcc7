// The app with a large file (#15 item 6): a change of baseline and a new phase on a chart of 30,000 points
// (drawn with marks only for its signals) give the analysis `analyze` gives for the same data and options —
// the verdict, the rules panel, the marks. Correctness only: the timings are bench/app.mjs's.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startAppServer, type AppServer } from "../../src/cli/appServer.ts";
import { analyze, type ChartResult } from "../../src/index.ts";

const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const root = join(import.meta.dirname, "..", "..", "dist", "app");
let app: AppServer;
let browser: Browser;
let page: Page;
const errors: string[] = [];

// Daily counts with denominators, Danish style (semicolons, dd-mm-yyyy), a shift after day 20,000: a P chart.
const rows = 30_000;
const iso: string[] = [];
const y: number[] = [];
const n: number[] = [];
let seed = 7;
const random = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
for (let k = 0; k < rows; k++) {
  iso.push(new Date(Date.UTC(1950, 0, 1) + k * 86_400_000).toISOString().slice(0, 10));
  n.push(80 + ((k * 37) % 41));
  let count = 0;
  for (let j = 0; j < n[k]!; j++) if (random() < (k > 20_000 ? 0.56 : 0.5)) count++;
  y.push(count);
}
const csv = ["Dato;Tæller;Nævner", ...iso.map((d, k) => `${d.slice(8, 10)}-${d.slice(5, 7)}-${d.slice(0, 4)};${y[k]};${n[k]}`)].join("\r\n");

/** The analysis `shewhart chart` makes of this file with these options (the app shows the command). */
const expected = (options: { freeze?: number; breaks?: number[] }): ChartResult => analyze({ chart: "p", x: iso, y, n, multiply: 100, locale: "en-GB", ...options });

/** What the page shows: the verdict, the rules panel's rows (label, value, limit, signal), the baseline chosen, the signal marks. */
async function shown(): Promise<{ verdict: string; panel: string[][]; baseline: string; marks: number }> {
  return page.evaluate(() => ({
    verdict: document.querySelector('[data-testid="verdict"]')?.textContent ?? "",
    panel: Array.from(document.querySelectorAll('[data-testid="rules-panel"] tbody tr')).map((tr) => Array.from(tr.children).map((c) => c.textContent ?? "")),
    baseline: (document.querySelector('[data-testid="baseline"]') as HTMLSelectElement).value,
    // Above maxPointMarks each look of mark is a group of paths whose data-marks counts the points it marks.
    marks: Array.from(document.querySelectorAll('[data-testid="chart"] .shewhart-marks')).reduce((n, group) => n + Number(group.getAttribute("data-marks") ?? 0), 0),
  }));
}

/** The rules panel's rows as the app words them in English, from a result. */
function panelOf(result: ChartResult): string[][] {
  const phase = result.phases[result.phases.length - 1]!;
  const yesNo = (on: boolean): string => (on ? "yes" : "no");
  return [
    ["Longest run", String(phase.longestRun), `at most ${phase.longestRunMax}`, yesNo(phase.longestRun! > phase.longestRunMax!)],
    ["Crossings", String(phase.crossings), `at least ${phase.crossingsMin}`, yesNo(phase.crossings! < phase.crossingsMin!)],
    ["Points outside the limits", String(phase.sigmaSignals), "0", yesNo(phase.sigmaSignals > 0)],
    ["Useful points", String(phase.useful), "", ""],
  ];
}

/** The points the chart marks above 5,000 points: those in a signal of a point rule, outside the limits, or excluded. */
function marked(result: ChartResult): number {
  const on = new Uint8Array(result.length);
  for (const s of result.signals) if (["longestRun", "shift", "trend", "astronomical", "twoOfThree", "sigma"].includes(s.rule)) for (const i of s.indices) on[i] = 1;
  for (let i = 0; i < result.length; i++) if (result.sigmaSignal[i] === 1 || result.included[i] === 0) on[i] = 1;
  return on.reduce((a, b) => a + b, 0);
}

beforeAll(async () => {
  if (!existsSync(join(root, "index.html"))) throw new Error("dist/app is not built: run npm run build first");
  app = await startAppServer(root, 0);
  browser = await chromium.launch({ executablePath, args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
  page = await browser.newPage({ locale: "en-GB", viewport: { width: 1100, height: 900 } });
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  await page.goto(app.url);
  await page.getByTestId("file").setInputFiles({ name: "daily.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await page.waitForSelector('[data-testid="chart"] svg');
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe("a change of baseline and a new phase on 30,000 points", () => {
  it("draws the file's analysis first", async () => {
    expect(await page.getByTestId("chart-type").inputValue()).toBe("p");
    const result = expected({});
    const now = await shown();
    expect(now.verdict).toBe(result.assessment.message);
    expect(now.panel).toEqual(panelOf(result));
    expect(now.marks).toBe(marked(result));
    expect(now.marks).toBeLessThan(rows);
    // Counts as the interface's language writes them.
    expect(await page.locator("#file-facts").textContent()).toContain(`${rows.toLocaleString("en-GB")} rows`);
  });

  it("rehearses a baseline and a new phase on the file's own chart and warms the compiler on two made-up charts, once, while idle, without an error and without a trace on the page", async () => {
    const before = { shown: await shown(), hash: await page.evaluate(() => location.hash), stored: await page.evaluate(() => JSON.stringify(localStorage)) };
    // rehearseChanges.ts: two changes, each analysed and drawn (4 steps); warmUp.ts: two charts, each analysed and drawn (4 steps).
    await expect.poll(() => page.evaluate(() => performance.getEntriesByName("app:warmUp").length), { timeout: 30_000 }).toBe(8);
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => performance.getEntriesByName("app:warmUp").length)).toBe(8);
    expect(errors).toEqual([]);
    // What the rehearsal analysed and drew is thrown away: the chart, the verdict, the panel, the URL and the stored work are as they were.
    expect(await shown()).toEqual(before.shown);
    expect(await page.evaluate(() => location.hash)).toBe(before.hash);
    expect(await page.evaluate(() => JSON.stringify(localStorage))).toBe(before.stored);
    expect(await page.locator('[data-testid="chart"] svg').count()).toBe(1);
  });

  it("gives the baseline's analysis after the slider moves (a burst of positions: the last counts)", async () => {
    await page.evaluate(() => {
      const range = document.getElementById("baseline-range") as HTMLInputElement;
      for (const v of ["5000", "9000", "25000"]) {
        range.value = v;
        range.dispatchEvent(new Event("input", { bubbles: true }));
      }
    });
    await expect.poll(async () => (await shown()).baseline, { timeout: 30_000 }).toBe("25000");
    const result = expected({ freeze: 25_000 });
    // The change is one the page must show: the panel and the marks differ from before it and from the burst's other positions.
    for (const other of [expected({}), expected({ freeze: 9000 })]) {
      expect(panelOf(other)).not.toEqual(panelOf(result));
      expect(marked(other)).not.toBe(marked(result));
    }
    const now = await shown();
    expect(now.verdict).toBe(result.assessment.message);
    expect(now.panel).toEqual(panelOf(result));
    expect(now.marks).toBe(marked(result));
    expect(await page.getByTestId("command").textContent()).toContain("--freeze 25000");
  });

  it("gives the new phase's analysis after P on a point reached with the keys, baseline kept", async () => {
    await page.locator('[data-testid="chart"] .shewhart-cursor').focus();
    await page.keyboard.press("End");
    for (let k = 0; k < 10; k++) await page.keyboard.press("PageDown");
    expect(await page.evaluate(() => (document.activeElement as SVGElement | null)?.dataset["index"])).toBe(String(rows - 101));
    await page.keyboard.press("p");
    await expect.poll(() => page.getByTestId("command").textContent(), { timeout: 30_000 }).toContain("--breaks");
    const result = expected({ freeze: 25_000, breaks: [rows - 101] });
    expect(result.phases).toHaveLength(2);
    expect(panelOf(result)).not.toEqual(panelOf(expected({ freeze: 25_000 })));
    const now = await shown();
    expect(now.verdict).toBe(result.assessment.message);
    expect(now.panel).toEqual(panelOf(result));
    expect(now.marks).toBe(marked(result));
    // The focus stays on the point, now the first of the new phase.
    expect(await page.evaluate(() => (document.activeElement as SVGElement | null)?.dataset["index"])).toBe(String(rows - 101));
    // The settings reach the address a moment later.
    await expect.poll(() => new URL(page.url()).hash).toContain("freeze=25000");
    expect(errors).toEqual([]);
  });
});
