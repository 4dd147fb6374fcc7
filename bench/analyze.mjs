// npm run bench: times the public analyze() on run, I, P and U charts against a floor —
// a minimal hand-written loop in the same process that does only the unavoidable work —
// and prints the ratios side by side. Uses the built package (npm run build first).
import { analyze } from "../dist/index.js";

const sizes = (process.env.BENCH_SIZES ?? "1000,100000,1000000,10000000").split(",").map(Number);
const charts = (process.env.BENCH_CHARTS ?? "run,i,p,u").split(",");

/** Deterministic data: a Park–Miller generator, so every run measures the same series. */
function data(n, chart, seed = 42) {
  const y = new Float64Array(n);
  const d = new Float64Array(n);
  let s = seed;
  const next = () => (s = (s * 16807) % 2147483647) / 2147483647;
  for (let i = 0; i < n; i++) {
    if (chart === "p") {
      d[i] = 100 + Math.floor(next() * 20);
      y[i] = Math.min(d[i], Math.round(d[i] * (0.9 + 0.05 * (next() - 0.5))));
    } else if (chart === "u") {
      d[i] = 3000 + Math.floor(next() * 1000);
      y[i] = Math.round(next() * 20);
    } else y[i] = 50 + 10 * (next() + next() + next() - 1.5);
  }
  return { y, n: chart === "p" || chart === "u" ? d : undefined };
}

// The floor: what any correct implementation must do at least.
function selectMedian(a) {
  const k = a.length >> 1;
  let l = 0, r = a.length - 1;
  while (r > l) {
    const p = a[(l + r) >> 1];
    let i = l, j = r;
    while (i <= j) {
      while (a[i] < p) i++;
      while (a[j] > p) j--;
      if (i <= j) { const t = a[i]; a[i] = a[j]; a[j] = t; i++; j--; }
    }
    if (k <= j) r = j; else if (k >= i) l = i; else break;
  }
  return a[k];
}
function countRuns(y, center) {
  let side = 0, run = 0, longest = 0, crossings = 0, useful = 0;
  for (let i = 0; i < y.length; i++) {
    const d = y[i] - center[i];
    if (d === 0 || d !== d) continue;
    useful++;
    const s = d > 0 ? 1 : -1;
    if (s === side) run++; else { if (side !== 0) crossings++; side = s; run = 1; }
    if (run > longest) longest = run;
  }
  return longest + crossings + useful;
}
function floor(chart, { y, n }) {
  const len = y.length;
  const center = new Float64Array(len);
  if (chart === "run") {
    center.fill(selectMedian(y.slice()));
    return countRuns(y, center);
  }
  if (chart === "i") {
    let sum = 0, mr = 0;
    for (let i = 0; i < len; i++) { sum += y[i]; if (i > 0) mr += Math.abs(y[i] - y[i - 1]); }
    const mean = sum / len, sigma = mr / (len - 1) / 1.128;
    const lcl = new Float64Array(len).fill(mean - 3 * sigma), ucl = new Float64Array(len).fill(mean + 3 * sigma);
    center.fill(mean);
    let out = 0;
    for (let i = 0; i < len; i++) if (y[i] > ucl[i] || y[i] < lcl[i]) out++;
    return countRuns(y, center) + out;
  }
  let sy = 0, sn = 0;
  for (let i = 0; i < len; i++) { sy += y[i]; sn += n[i]; }
  const c = sy / sn;
  const value = new Float64Array(len), lcl = new Float64Array(len), ucl = new Float64Array(len);
  let out = 0;
  for (let i = 0; i < len; i++) {
    value[i] = y[i] / n[i];
    const s = chart === "p" ? Math.sqrt((c * (1 - c)) / n[i]) : Math.sqrt(c / n[i]);
    lcl[i] = c - 3 * s; ucl[i] = c + 3 * s;
    if (value[i] > ucl[i] || value[i] < lcl[i]) out++;
  }
  center.fill(c);
  return countRuns(value, center) + out;
}

function time(fn, repeats) {
  const times = [];
  let sink = 0;
  for (let r = 0; r < repeats; r++) {
    const t = performance.now();
    sink += fn() ? 1 : 0;
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { median: times[times.length >> 1], sink };
}

/**
 * Times `a` and `b` alternately, so that both meet the same machine (other load,
 * garbage left by the previous run): the medians of their times.
 */
function timePair(a, b, repeats) {
  const ta = [];
  const tb = [];
  for (let r = 0; r < repeats; r++) {
    let t = performance.now();
    a();
    ta.push(performance.now() - t);
    t = performance.now();
    b();
    tb.push(performance.now() - t);
  }
  const median = (times) => times.sort((x, y) => x - y)[times.length >> 1];
  return [median(ta), median(tb)];
}

const rows = [];
for (const chart of charts) {
  for (const size of sizes) {
    const input = data(size, chart);
    const repeats = size >= 1e7 ? 7 : size >= 1e6 ? 21 : size >= 1e5 ? 41 : 201;
    const spec = input.n === undefined ? { chart, y: input.y } : { chart, y: input.y, n: input.n };
    analyze(spec); floor(chart, input); // warm up
    globalThis.gc?.();
    const before = process.memoryUsage();
    const kept = analyze(spec);
    const after = process.memoryUsage();
    const bytes = after.rss - before.rss;
    void kept;
    const [analyzeMs, floorMs] = timePair(() => analyze(spec), () => floor(chart, input), repeats);
    // The same analysis with every column read: the lazily filled ones (limits constant within a phase, phase, count) made too.
    const everything = () => {
      const r = analyze(spec);
      return r.lcl[0] + r.ucl[0] + r.lcl95[0] + r.ucl95[0] + r.phase[0] + r.count[0];
    };
    const [allColumnsMs] = timePair(everything, () => 0, repeats);
    const a = { median: analyzeMs };
    const f = { median: floorMs };
    rows.push({
      chart,
      points: size.toLocaleString("en-GB"),
      "analyze ms": a.median.toFixed(size >= 1e5 ? 0 : 3),
      "floor ms": f.median.toFixed(size >= 1e5 ? 0 : 3),
      ratio: (a.median / f.median).toFixed(1),
      "with all columns read, ms": allColumnsMs.toFixed(size >= 1e5 ? 0 : 3),
      "points/s": Math.round(size / (a.median / 1000)).toLocaleString("en-GB"),
      "RSS added, bytes/point": Math.max(0, Math.round(bytes / size)),
    });
  }
}
console.log(`node ${process.version}, ${(await import("node:os")).cpus()[0]?.model ?? "?"} × ${(await import("node:os")).cpus().length}`);
console.table(rows);

// createMonitor: the cost of one push with 10³ and with 10⁶ points already pushed.
{
  const { createMonitor } = await import("../dist/index.js");
  const baseline = data(20, "p");
  const next = data(1_000_000, "p");
  // Warm the JIT on a monitor of its own, so that the first timing is not the compiler's.
  const warm = createMonitor({ chart: "p", y: baseline.y, n: baseline.n, freeze: 20 });
  for (let k = 0; k < 2000; k++) warm.push({ y: next.y[k], n: next.n[k] });
  const monitor = createMonitor({ chart: "p", y: baseline.y, n: baseline.n, freeze: 20 });
  const timings = [];
  let pushed = 0;
  for (const mark of [1_000, 1_000_000]) {
    while (pushed < mark - 1000) monitor.push({ y: next.y[pushed], n: next.n[pushed++] });
    const t = performance.now();
    for (let k = 0; k < 1000; k++) monitor.push({ y: next.y[pushed], n: next.n[pushed++] });
    timings.push({ "points already pushed": mark.toLocaleString("en-GB"), "µs per push": (((performance.now() - t) / 1000) * 1000).toFixed(1) });
  }
  console.log("createMonitor, P chart, 20-point frozen baseline:");
  console.table(timings);
}

// A national indicator set: 10,000 series × 520 weekly points, P charts with the Anhøj rules.
{
  const { Worker } = await import("node:worker_threads");
  const series = 10_000;
  const weeks = 520;
  const ys = [];
  const ns = [];
  for (let k = 0; k < series; k++) {
    const { y, n } = data(weeks, "p", k + 1);
    ys.push(y);
    ns.push(n);
  }
  let t = performance.now();
  let signals = 0;
  for (let k = 0; k < series; k++) if (analyze({ chart: "p", y: ys[k], n: ns[k] }).phases[0].runsSignal) signals++;
  const single = performance.now() - t;
  const threads = (await import("node:os")).availableParallelism();
  t = performance.now();
  const share = Math.ceil(series / threads);
  const counts = await Promise.all(
    Array.from({ length: threads }, (_, w) =>
      new Promise((resolve, reject) => {
        const worker = new Worker(new URL("./batchWorker.mjs", import.meta.url), { workerData: { ys: ys.slice(w * share, (w + 1) * share), ns: ns.slice(w * share, (w + 1) * share) } });
        worker.on("message", resolve);
        worker.on("error", reject);
      }),
    ),
  );
  const parallel = performance.now() - t;
  console.log(`10,000 × 520 P charts: ${(single / 1000).toFixed(2)} s on one thread, ${(parallel / 1000).toFixed(2)} s on ${threads} worker threads (signals: ${signals}, ${counts.reduce((a, b) => a + b, 0)})`);
}

// Rendering: a 1,000-point chart to a string, and 100 panels of small multiples.
{
  const { renderSvg, renderSmallMultiples } = await import("../dist/svg.js");
  const result = analyze({ chart: "i", y: data(1000, "i").y });
  const render = time(() => renderSvg(result), 100);
  const panels = Array.from({ length: 100 }, (_, k) => analyze({ chart: "i", y: data(52 + k, "i").y }));
  const multiples = time(() => renderSmallMultiples(panels, { columns: 10 }), 5);
  console.log(`renderSvg, 1,000 points: ${render.median.toFixed(1)} ms; renderSmallMultiples, 100 panels: ${multiples.median.toFixed(0)} ms`);
}
