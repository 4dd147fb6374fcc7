// The browser app's analysis alone, in Chromium (playwright-core, Debian's chromium): the app's own
// prepareGroups and analyseGroups (src/app/state) on the CSV of bench/app.mjs (daily counts with
// denominators, dd-mm-yyyy dates, a P chart), bundled from source with esbuild, then BENCH_CHANGES
// changes of baseline and phase analysed again as the app does. Each is timed inside the page (wall)
// and by the page thread's CPU time (CDP Performance ThreadTime), which a machine busy with other work
// disturbs less. Other source trees (e.g. a `git worktree` of main) given as arguments are bundled and
// run the same way, interleaved page by page, and their results compared (a digest of every group's
// result as JSON, its notes, breaks and baseline). Run by hand: `node bench/appAnalysis.mjs [TREE …]`
// (BENCH_ROWS, default 100,000; BENCH_PAGES, fresh pages per tree, default 4; BENCH_CHANGES, default 12).
// Asserts nothing.
import { build } from "esbuild";
import { join, resolve } from "node:path";
import { chromium } from "playwright-core";
import { dailyCounts } from "./dailyCounts.mjs";

const here = resolve(import.meta.dirname, "..");
const trees = [here, ...process.argv.slice(2).map((t) => resolve(t))];
const rows = Number(process.env.BENCH_ROWS ?? 100_000);
const pages = Number(process.env.BENCH_PAGES ?? 4);
const changes = Number(process.env.BENCH_CHANGES ?? 12);

/** The app's analysis path of a source tree as one script for the page (the app's aliases; its dependencies from this tree). */
async function bundle(tree) {
  const entry = `import { readTable } from ${JSON.stringify(join(tree, "src/app/readFile.ts"))};
import { readColumns, analyseGroups } from ${JSON.stringify(join(tree, "src/app/state/analyseGroups.ts"))};
import { prepareGroups } from ${JSON.stringify(join(tree, "src/app/state/prepareGroups.ts"))};
import { emptyConfig } from ${JSON.stringify(join(tree, "src/app/state/config.ts"))};
globalThis.bench = { readTable, readColumns, analyseGroups, prepareGroups, emptyConfig };`;
  const out = await build({
    stdin: { contents: entry, resolveDir: tree, loader: "ts" },
    bundle: true,
    format: "iife",
    platform: "browser",
    target: "es2022",
    write: false,
    nodePaths: [join(here, "node_modules")],
    alias: { "shewhart/svg": join(tree, "src/svg/index.ts"), "shewhart/io": join(tree, "src/io/index.ts"), shewhart: join(tree, "src/index.ts") },
    logLevel: "warning",
  });
  return out.outputFiles[0].text;
}

// The file of bench/app.mjs.
const csv = dailyCounts(rows);

const scripts = await Promise.all(trees.map(bundle));
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--headless", "--no-sandbox", "--disable-gpu"] });
/** Per tree: the open (prepare and analyse), the changes' wall and CPU times, and the digests of what they gave. */
const runs = trees.map(() => ({ open: [], openCpu: [], wall: [], cpu: [], digests: new Set() }));
try {
  for (let p = 0; p < pages; p++) {
    // Alternate the order of the trees from page to page, so that each meets the machine alike.
    const order = trees.map((_, t) => t);
    if (p % 2 === 1) order.reverse();
    for (const t of order) {
      const page = await browser.newPage();
      const cdp = await page.context().newCDPSession(page);
      await cdp.send("Performance.enable");
      const threadMs = async () => (await cdp.send("Performance.getMetrics")).metrics.find((m) => m.name === "ThreadTime").value * 1000;
      await page.addScriptTag({ content: scripts[t] });
      await page.evaluate(async (csv) => {
        const { readTable, readColumns, emptyConfig } = globalThis.bench;
        const table = await readTable(new TextEncoder().encode(csv));
        const config = { ...emptyConfig, x: "Dato", y: "Tæller", n: "Nævner", chart: "p", multiply: 100 };
        globalThis.state = { table, config, columns: readColumns(table, config, "en") };
      }, csv);
      const digests = [];
      for (let k = -1; k < changes; k++) {
        const before = await threadMs();
        const ms = await page.evaluate((k) => {
          const { analyseGroups, prepareGroups } = globalThis.bench;
          const s = globalThis.state;
          // k = -1: the file opened; then, by turns, a baseline of 20–26 days and a new phase at the 30th–38th day.
          const config = k < 0 ? s.config : k % 2 === 0 ? { ...s.config, freeze: 20 + (k % 7) } : { ...s.config, freeze: 20, breaks: [s.xText[29 + (k % 9)]] };
          const start = performance.now();
          if (k < 0) s.prepared = prepareGroups(s.table, s.columns, config);
          s.charts = analyseGroups(s.table, s.columns, config, "en-GB", s.prepared);
          const ms = performance.now() - start;
          s.xText = s.charts[0].xText;
          return ms;
        }, k);
        const cpu = (await threadMs()) - before;
        if (k < 0) {
          runs[t].open.push(ms);
          runs[t].openCpu.push(cpu);
        } else {
          runs[t].wall.push(ms);
          runs[t].cpu.push(cpu);
        }
        digests.push(
          await page.evaluate(() => {
            const text = JSON.stringify(globalThis.state.charts.map((c) => ({ name: c.name, error: c.error, notes: c.notes, xText: c.xText, breaks: c.breaks, freeze: c.freeze, result: c.result?.toJSON() })));
            let h = 0x811c9dc5;
            for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
            return `${text.length}:${(h >>> 0).toString(16)}`;
          }),
        );
      }
      runs[t].digests.add(digests.join(","));
      await page.close();
    }
  }
} finally {
  await browser.close();
}
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const ms = (x) => `${Math.round(x)} ms`;
console.log(`${rows.toLocaleString("en")} rows, a P chart; ${pages} fresh pages per tree, the file opened and ${changes} changes each, in Chromium:`);
trees.forEach((tree, t) => {
  const r = runs[t];
  console.log(`  ${tree}: open (prepare and analyse) median ${ms(median(r.open))} (CPU ${ms(median(r.openCpu))}); a change analysed again: median ${ms(median(r.wall))}, least ${ms(Math.min(...r.wall))}; CPU median ${ms(median(r.cpu))}, least ${ms(Math.min(...r.cpu))}`);
});
const all = new Set(runs.flatMap((r) => [...r.digests]));
console.log(all.size === 1 ? "  every tree and page gave the same results" : "  THE RESULTS DIFFER between trees or pages");
