// The browser app with a large file, in Chromium (playwright-core, Debian's chromium):
// time from choosing a 50,000-row CSV to the drawn chart, the split of that time by part
// (read, analyse, draw, table, …, from the page's own performance marks when the app sets
// them), and the redraw after a change of baseline and of phase: its total, the page's own parts, and the rest
// (the browser's style, layout and paint, and garbage collection), and the page thread's CPU time for each change;
// the first change comes a second after the chart is drawn (BENCH_PAUSE, ms), as a person reads the chart first,
// and the others follow one another at once, as a baseline dragged along does. Run by hand after `npm run build`:
// `node bench/app.mjs` (BENCH_ROWS=100000 for another size, BENCH_RUNS for the number of runs, BENCH_CHANGES for the changes of each kind made in each run, default 5;
// BENCH_PROFILE=/tmp/name writes a CPU profile of each run's first change of baseline and of phase to /tmp/name-baseline-RUN.cpuprofile and /tmp/name-phase-RUN.cpuprofile,
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
/** The page thread's CPU time per change (ms). */
const cpu = { baseline: [], phase: [] };
/** The changes after the first of each kind: wall and CPU time (ms). */
const changes = Number(process.env.BENCH_CHANGES ?? 5);
/** The pause between the chart drawn and the first change (ms): a person reads the chart before changing it. */
const pause = Number(process.env.BENCH_PAUSE ?? 1000);
const later = { baseline: [], phase: [] };
/** Per run: the page's work while idle after opening (ms). */
const idle = [];
const laterCpu = { baseline: [], phase: [] };
/** Per action, per run: the page's measures (name → ms) and the marks drawn after it. */
const parts = { open: [], baseline: [], phase: [] };
/** The same for the changes after the first (name → ms, per change). */
const laterParts = { baseline: [], phase: [] };
const marks = { open: [], baseline: [], phase: [] };
/** The page's parts that follow one another (the others are inside one of them: prepare in analyse, renderSvg in chart). */
const topLevel = new Set(["app:read", "app:columns", "app:analyse", "app:baseline", "app:chart", "app:verdict", "app:table"]);
try {
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext({ locale: "en-GB", viewport: { width: 1100, height: 900 } });
    const page = await context.newPage();
    let idleNow = 0;
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
        // Marked points: an element each, or (above maxPointMarks) counted by each look's data-marks.
        const dense = Array.from(document.querySelectorAll('[data-testid="chart"] .shewhart-marks')).reduce((n, g) => n + Number(g.getAttribute("data-marks") ?? 0), 0);
        return { list, marks: dense + document.querySelectorAll('[data-testid="chart"] .shewhart-point:not(.shewhart-cursor)').length };
      });
      const byName = new Map();
      // The page's idle work (app:warmUp) is not part of the action it happened to follow.
      for (const [name, duration] of found.list) if (name === "app:warmUp") idleNow += duration;
      else byName.set(name, (byName.get(name) ?? 0) + duration);
      parts[action].push(byName);
      marks[action].push(found.marks);
    };
    await measures("open");
    // A person reads the chart before changing it: the first change comes this long after the chart is drawn.
    await page.waitForTimeout(pause);
    // What the page did while idle in that time (app:warmUp, warmUp.ts), kept apart from the first change.
    idle.push(
      idleNow +
        (await page.evaluate(() => {
          const ms = performance.getEntriesByName("app:warmUp").reduce((sum, m) => sum + m.duration, 0);
          performance.clearMeasures();
          return ms;
        })),
    );
    const redraw = (act, step) => page.evaluate(async ([act, step]) => {
      const t0 = performance.now();
      if (act === "baseline") {
        const range = document.getElementById("baseline-range");
        range.value = String(20 + step);
        range.dispatchEvent(new Event("input", { bubbles: true }));
      } else {
        // The point in the tab order, moved to the (30 + step)th point by the arrow key; P starts a phase there (timed from P).
        const key = (key) => document.activeElement.dispatchEvent(new KeyboardEvent("keydown", { key, bubbles: true }));
        document.querySelector('[data-testid="chart"] .shewhart-point[tabindex="0"]').focus();
        key("Home");
        for (let k = 0; k < 29 + step; k++) key("ArrowRight");
        if (document.activeElement.dataset.index !== String(29 + step)) return NaN;
        const t1 = performance.now();
        key("p");
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
        return performance.now() - t1;
      }
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
      return performance.now() - t0;
    }, [act, step]);
    // The page thread's CPU time (CDP's ThreadTime) around each change: on a machine shared with other work, wall time
    // also counts the time the thread waited for a core; CPU time counts only the page's own work (not the raster threads').
    const metrics = await context.newCDPSession(page);
    await metrics.send("Performance.enable");
    const threadMs = async () => (await metrics.send("Performance.getMetrics")).metrics.find((m) => m.name === "ThreadTime").value * 1000;
    const cdp = process.env.BENCH_PROFILE ? await context.newCDPSession(page) : null;
    if (cdp !== null) {
      await cdp.send("Profiler.enable");
      await cdp.send("Profiler.setSamplingInterval", { interval: 100 });
      await cdp.send("Profiler.start");
    }
    // The first change after the file is opened, then more of the same kind (a baseline dragged along, phases added):
    // the page's code is warmer by then, as it is for someone at work on a chart.
    for (const action of ["baseline", "phase"]) {
      for (let step = 0; step < changes; step++) {
        const before = await threadMs();
        const profiling = cdp !== null && step === 0;
        if (profiling && action === "phase") await cdp.send("Profiler.start");
        const wall = await redraw(action, step);
        const used = (await threadMs()) - before;
        if (profiling) {
          const { profile } = await cdp.send("Profiler.stop");
          writeFileSync(`${process.env.BENCH_PROFILE}-${action}-${run}.cpuprofile`, JSON.stringify(profile));
        }
        if (step === 0) {
          (action === "baseline" ? baseline : phase).push(wall);
          cpu[action].push(used);
          await measures(action);
        } else {
          later[action].push(wall);
          laterCpu[action].push(used);
          const list = await page.evaluate(() => {
            const found = performance.getEntriesByType("measure").filter((m) => m.name.startsWith("app:")).map((m) => [m.name, m.duration]);
            performance.clearMeasures();
            return found;
          });
          const byName = new Map();
          for (const [name, duration] of list) if (name !== "app:warmUp") byName.set(name, (byName.get(name) ?? 0) + duration);
          laterParts[action].push(byName);
        }
      }
    }
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
  console.log(`  ${label}: ${ms(median(totals))}  (runs: ${totals.map(ms).join(", ")}; ${median(marks[action])} marked points)${action === "open" ? "" : `; the page thread's CPU time ${ms(median(cpu[action]))} (runs: ${cpu[action].map(ms).join(", ")})`}`);
  console.log(`    the page's parts ${ms(own)}: ${names.map((n) => `${n.slice(4)} ${ms(part(n))}`).join(", ")}`);
  if (action === "open") console.log(`    then, in the ${pause} ms before the first change, the page's idle work (app:warmUp): ${ms(median(idle))}`);
  if (action !== "open") console.log(`    the rest (style, layout, paint, garbage collection): ${ms(median(totals.map((t, k) => t - [...parts[action][k]].filter(([name]) => topLevel.has(name)).reduce((sum, [, d]) => sum + d, 0))))}`);
  if (action !== "open" && later[action].length > 0) console.log(`    the ${changes - 1} changes after it, in each run: median ${ms(median(later[action]))}, least ${ms(Math.min(...later[action]))}; the page thread's CPU time median ${ms(median(laterCpu[action]))}, least ${ms(Math.min(...laterCpu[action]))}; their parts: ${[...new Set(laterParts[action].flatMap((m) => [...m.keys()]))].map((n) => `${n.slice(4)} ${ms(median(laterParts[action].map((m) => m.get(n) ?? 0)))}`).join(", ")}`);
}
