// The browser app with a large file, in Chromium (playwright-core, Debian's chromium):
// time from choosing a 50,000-row CSV to the drawn chart, the split of that time by part
// (read, analyse, draw, table, …, from the page's own performance marks when the app sets
// them), and the redraw after a change of baseline and of phase: its total, the page's own parts, and the rest
// (the browser's style, layout and paint, and garbage collection). Run by hand after `npm run build`:
// `node bench/app.mjs` (BENCH_ROWS=100000 for another size, BENCH_RUNS for the number of runs;
// BENCH_PROFILE=/tmp/name writes a CPU profile of each run's change of baseline to /tmp/name-baseline-RUN.cpuprofile,
// best read with the app built unminified). Asserts nothing.
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { spawn } from "node:child_process";
import { dailyCounts } from "./dailyCounts.mjs";

const rows = Number(process.env.BENCH_ROWS ?? 50_000);
const runs = Number(process.env.BENCH_RUNS ?? 3);
const root = join(import.meta.dirname, "..", "dist", "app");
if (!existsSync(join(root, "index.html"))) throw new Error("dist/app is not built: run npm run build first");

const csv = Buffer.from(dailyCounts(rows), "utf8");

// The app as users get it: `shewhart app` on a free port, its address read from what it prints.
const server = spawn(process.execPath, [join(import.meta.dirname, "..", "bin", "shewhart.mjs"), "app", "--port", "0"], { stdio: ["ignore", "pipe", "inherit"] });
const url = await new Promise((resolve, reject) => {
  let out = "";
  server.stdout.on("data", (chunk) => {
    out += chunk;
    const found = /http:\/\/[^\s]+/.exec(out);
    if (found !== null) resolve(found[0]);
  });
  server.on("exit", () => reject(new Error(`shewhart app stopped: ${out}`)));
});
const app = { url, close: async () => void server.kill() };
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--headless", "--no-sandbox", "--disable-gpu"] });
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const open = [], baseline = [], phase = [];
/** Per action, per run: the page's measures (name → ms) and the marks drawn after it. */
const parts = { open: [], baseline: [], phase: [] };
const marks = { open: [], baseline: [], phase: [] };
/** The page's parts that follow one another (the others are inside one of them: prepare in analyse, renderSvg in chart). */
const topLevel = new Set(["app:read", "app:columns", "app:analyse", "app:baseline", "app:chart", "app:verdict", "app:table"]);
try {
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext({ locale: "en-GB", viewport: { width: 1100, height: 900 } });
    const page = await context.newPage();
    await page.goto(app.url);
    // Time inside the page: from the input's change to the first frame after the chart is in the document.
    const t = await page.evaluate(() => {
      window.__t0 = 0;
      const input = document.querySelector('[data-testid="file"]');
      input.addEventListener("change", () => (window.__t0 = performance.now()), { capture: true });
      return 0;
    }) ;
    void t;
    const wait = page.evaluate(() => new Promise((resolve) => {
      const holder = document.querySelector('[data-testid="chart"]');
      const check = () => (holder.querySelector("svg, canvas") ? requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - window.__t0))) : setTimeout(check, 5));
      check();
    }));
    await page.getByTestId("file").setInputFiles({ name: "big.csv", mimeType: "text/csv", buffer: csv });
    open.push(await wait);
    const measures = async (action) => {
      const found = await page.evaluate(() => {
        const list = performance.getEntriesByType("measure").filter((m) => m.name.startsWith("app:")).map((m) => [m.name, m.duration]);
        performance.clearMeasures();
        return { list, marks: document.querySelectorAll('[data-testid="chart"] .shewhart-point:not(.shewhart-cursor)').length };
      });
      const byName = new Map();
      for (const [name, duration] of found.list) byName.set(name, (byName.get(name) ?? 0) + duration);
      parts[action].push(byName);
      marks[action].push(found.marks);
    };
    await measures("open");
    const redraw = (act) => page.evaluate(async (act) => {
      const t0 = performance.now();
      if (act === "baseline") {
        const range = document.getElementById("baseline-range");
        range.value = "20";
        range.dispatchEvent(new Event("input", { bubbles: true }));
      } else {
        // The point in the tab order, moved to the 30th point by the arrow key; P starts a phase there (timed from P).
        const key = (key) => document.activeElement.dispatchEvent(new KeyboardEvent("keydown", { key, bubbles: true }));
        document.querySelector('[data-testid="chart"] .shewhart-point[tabindex="0"]').focus();
        key("Home");
        for (let k = 0; k < 29; k++) key("ArrowRight");
        if (document.activeElement.dataset.index !== "29") return NaN;
        const t1 = performance.now();
        key("p");
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
        return performance.now() - t1;
      }
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
      return performance.now() - t0;
    }, act);
    const cdp = process.env.BENCH_PROFILE ? await context.newCDPSession(page) : null;
    if (cdp !== null) {
      await cdp.send("Profiler.enable");
      await cdp.send("Profiler.setSamplingInterval", { interval: 100 });
      await cdp.send("Profiler.start");
    }
    baseline.push(await redraw("baseline"));
    if (cdp !== null) {
      const { profile } = await cdp.send("Profiler.stop");
      writeFileSync(`${process.env.BENCH_PROFILE}-baseline-${run}.cpuprofile`, JSON.stringify(profile));
    }
    await measures("baseline");
    phase.push(await redraw("phase"));
    await measures("phase");
    await context.close();
  }
} finally {
  await browser.close();
  await app.close();
}
const ms = (x) => (Number.isNaN(x) ? "—" : `${Math.round(x)} ms`);
console.log(`${rows.toLocaleString("en")} rows (${(csv.length / 1e6).toFixed(1)} MB), median of ${runs} runs in Chromium:`);
for (const [action, label, totals] of [["open", "open the file → chart drawn", open], ["baseline", "change of baseline → redrawn", baseline], ["phase", "new phase at a point → redrawn", phase]]) {
  const names = [...new Set(parts[action].flatMap((m) => [...m.keys()]))];
  const part = (name) => median(parts[action].map((m) => m.get(name) ?? 0));
  const own = median(parts[action].map((m) => [...m].filter(([name]) => topLevel.has(name)).reduce((sum, [, d]) => sum + d, 0)));
  console.log(`  ${label}: ${ms(median(totals))}  (runs: ${totals.map(ms).join(", ")}; ${median(marks[action])} point marks)`);
  console.log(`    the page's parts ${ms(own)}: ${names.map((n) => `${n.slice(4)} ${ms(part(n))}`).join(", ")}`);
  if (action !== "open") console.log(`    the rest (style, layout, paint, garbage collection): ${ms(median(totals.map((t, k) => t - [...parts[action][k]].filter(([name]) => topLevel.has(name)).reduce((sum, [, d]) => sum + d, 0))))}`);
}
