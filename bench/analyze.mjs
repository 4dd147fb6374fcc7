// npm run bench: times the public analyze() — with its phases, signals and assessment read — on every chart type
// against a tight floor (bench/floors.mjs: the least work any correct implementation must do), and toColumns() and
// toJSON() against the analysis and against a plain loop; prints the ratios side by side. Uses the built package
// (npm run build first). BENCH_SIZES and BENCH_CHARTS choose the cases.
import { analyze } from "../dist/index.js";
import { floors } from "./floors.mjs";

const sizes = (process.env.BENCH_SIZES ?? "1000,100000,1000000,10000000").split(",").map(Number);
const charts = (process.env.BENCH_CHARTS ?? "run,i,mr,t,c,g,p,u,pp,up,ip,xbar,s").split(",");
const rowsPerSubgroup = 5; // Xbar and S charts: rows in subgroups of 5 (the points counted are rows)

/** Deterministic data: a Park–Miller generator, so every run measures the same series. */
function data(size, chart, seed = 42) {
  const y = new Float64Array(size);
  const d = new Float64Array(size);
  let s = seed;
  const next = () => (s = (s * 16807) % 2147483647) / 2147483647;
  for (let i = 0; i < size; i++) {
    if (chart === "p" || chart === "pp" || chart === "ip") {
      d[i] = 100 + Math.floor(next() * 20);
      y[i] = Math.min(d[i], Math.round(d[i] * (0.9 + 0.05 * (next() - 0.5))));
    } else if (chart === "u" || chart === "up") {
      d[i] = 3000 + Math.floor(next() * 1000);
      y[i] = Math.round(next() * 20);
    } else if (chart === "c") y[i] = Math.round(20 + 8 * (next() + next() + next() - 1.5));
    else if (chart === "g") y[i] = Math.floor(-Math.log(1 - next()) * 30);
    else if (chart === "t") y[i] = 0.01 - Math.log(1 - next()) * 10;
    else y[i] = 50 + 10 * (next() + next() + next() - 1.5);
  }
  const withN = chart === "p" || chart === "pp" || chart === "ip" || chart === "u" || chart === "up";
  const x = chart === "xbar" || chart === "s" ? Array.from({ length: size }, (_, i) => Math.floor(i / rowsPerSubgroup)) : undefined;
  return { y, n: withN ? d : undefined, x };
}

/**
 * The clock: wall time by default; BENCH_CLOCK=cpu takes this process's CPU time instead (user + system), which
 * a machine shared with other work disturbs less (a process waiting for a core is not charged).
 */
const now =
  process.env.BENCH_CLOCK === "cpu"
    ? () => {
        const { user, system } = process.cpuUsage();
        return (user + system) / 1000;
      }
    : () => performance.now();

/**
 * Times `a` and `b` alternately, so that both meet the same machine (other load,
 * garbage left by the previous run): the medians of their times.
 */
function timePair(a, b, repeats, between = () => {}) {
  const ta = [];
  const tb = [];
  let sink = 0;
  for (let r = 0; r < repeats; r++) {
    between();
    let t = now();
    sink += Number(a()) || 0;
    ta.push(now() - t);
    between();
    t = now();
    sink += Number(b()) || 0;
    tb.push(now() - t);
  }
  const median = (times) => times.sort((x, y) => x - y)[times.length >> 1];
  globalThis.benchSink = sink;
  return [median(ta), median(tb)];
}

/** The median time of `repeats` calls of `fn`. */
function time(fn, repeats) {
  const times = [];
  for (let r = 0; r < repeats; r++) {
    const t = now();
    fn();
    times.push(now() - t);
  }
  times.sort((a, b) => a - b);
  return { median: times[times.length >> 1] };
}

/** analyze() as a caller uses it: the result with its phases, signals and assessment read. */
function analyzeAndRead(spec) {
  const r = analyze(spec);
  return r.phases.length + r.signals.length + (r.assessment.changed ? 1 : 0) + r.value.length;
}

/** A plain loop that builds the same objects as toJSON().points (the reference for toJSON()). */
function plainPoints(r) {
  const { count, lcl, ucl, lcl95, ucl95, phase, value, numerator, denominator, cl, baseline, included, sigmaSignal, runsSignal, shift, trend, astronomical } = r;
  const num = (v) => (Number.isFinite(v) ? v : null);
  const points = new Array(r.length);
  for (let i = 0; i < r.length; i++) {
    points[i] = {
      x: r.xAt(i),
      value: num(value[i]),
      numerator: num(numerator[i]),
      denominator: denominator === null ? null : num(denominator[i]),
      count: count[i],
      cl: num(cl[i]),
      lcl: num(lcl[i]),
      ucl: num(ucl[i]),
      lcl95: num(lcl95[i]),
      ucl95: num(ucl95[i]),
      phase: phase[i],
      baseline: baseline[i] === 1,
      included: included[i] === 1,
      sigmaSignal: sigmaSignal[i] === 1,
      runsSignal: runsSignal[i] === 1,
      shift: shift[i] === 1,
      trend: trend[i] === 1,
      astronomical: astronomical[i] === 1,
      direction: r.directionAt(i),
    };
  }
  return { points, phases: r.phases, signals: r.signals, assessment: r.assessment, warnings: r.warnings };
}

const fixed = (ms, size) => ms.toFixed(size >= 1e5 ? 0 : 3);
const rows = [];
const outputRows = [];
for (const chart of charts) {
  for (const size of sizes) {
    const input = data(size, chart);
    const repeats = size >= 1e7 ? 7 : size >= 1e6 ? 15 : size >= 1e5 ? 41 : 201;
    const spec = { chart, y: input.y, ...(input.n === undefined ? {} : { n: input.n }), ...(input.x === undefined ? {} : { x: input.x }) };
    const floor = floors[chart];
    analyzeAndRead(spec); floor(input); analyzeAndRead(spec); floor(input); // warm up
    globalThis.gc?.();
    const [analyzeMs, floorMs] = timePair(() => analyzeAndRead(spec), () => floor(input), repeats);
    rows.push({
      chart,
      points: size.toLocaleString("en-GB"),
      "analyze ms": fixed(analyzeMs, size),
      "floor ms": fixed(floorMs, size),
      ratio: (analyzeMs / floorMs).toFixed(2),
      "points/s": Math.round(size / (analyzeMs / 1000)).toLocaleString("en-GB"),
    });
    // Results out, at up to 10⁶ points (toJSON of 10⁷ points needs gigabytes): toColumns() against the analysis,
    // toJSON() against a plain loop that builds the same objects.
    if (size <= 1e6 && process.env.BENCH_OUTPUT !== "0") {
      const result = analyze(spec);
      const outRepeats = size >= 1e6 ? 9 : size >= 1e5 ? 21 : 101;
      // Each repeat: a new analysis (timed), then its columns (timed): toColumns() pays for the lazily filled columns too.
      let fresh = null;
      const [againMs, columnsMs] = timePair(() => (fresh = analyze(spec)).phases.length, () => fresh.toColumns().length, outRepeats);
      fresh = null;
      globalThis.gc?.();
      // Garbage collected between the timings (untimed), so that neither pays for the other's million objects.
      const [jsonMs, loopMs] = timePair(() => result.toJSON().points.length, () => plainPoints(result).points.length, Math.max(5, outRepeats >> 1), () => globalThis.gc?.());
      outputRows.push({
        chart,
        points: size.toLocaleString("en-GB"),
        "analyze ms": fixed(againMs, size),
        "toColumns ms": fixed(columnsMs, size),
        "toColumns / analyze": (columnsMs / againMs).toFixed(2),
        "toJSON ms": fixed(jsonMs, size),
        "plain loop ms": fixed(loopMs, size),
        "toJSON / loop": (jsonMs / loopMs).toFixed(2),
      });
    }
  }
}
console.log(`${process.env.BENCH_CLOCK === "cpu" ? "CPU time" : "wall time"}; node ${process.version}, ${(await import("node:os")).cpus()[0]?.model ?? "?"} × ${(await import("node:os")).cpus().length}`);
console.log("analyze (phases, signals and assessment read) against the tight floor:");
console.table(rows);
if (outputRows.length > 0) {
  console.log("results out: toColumns() (time over analyze alone) and toJSON() against a plain loop building the same objects:");
  console.table(outputRows);
}
if (process.env.BENCH_ONLY_ANALYZE === "1") process.exit(0);

// createMonitor: the cost of one push with 10³ and with 10⁶ points already pushed — the median of 21 windows of
// 1,000 pushes around each mark (a shared machine stalls whole windows now and then), for a P and an I chart.
{
  const { createMonitor } = await import("../dist/index.js");
  const timings = [];
  for (const chart of ["p", "i"]) {
    const baseline = data(20, "p");
    const next = data(1_030_000, "p");
    const spec = { chart, y: baseline.y, ...(chart === "p" ? { n: baseline.n } : {}), freeze: 20 };
    // Warm the JIT on a monitor of its own, so that the first timing is not the compiler's.
    const warm = createMonitor(spec);
    for (let k = 0; k < 30_000; k++) warm.push({ y: next.y[k], n: next.n[k] });
    const monitor = createMonitor(spec);
    let pushed = 0;
    for (const mark of [1_000, 1_000_000]) {
      const windows = [];
      while (pushed < mark - 1000) monitor.push({ y: next.y[pushed], n: next.n[pushed++] });
      for (let w = 0; w < 21; w++) {
        const t = performance.now();
        for (let k = 0; k < 1000; k++) monitor.push({ y: next.y[pushed], n: next.n[pushed++] });
        windows.push(performance.now() - t);
      }
      windows.sort((a, b) => a - b);
      timings.push({ chart, "points already pushed": mark.toLocaleString("en-GB"), "µs per push (median)": windows[10].toFixed(2), "µs per push (worst window)": windows[20].toFixed(2) });
    }
  }
  console.log("createMonitor, 20-point frozen baseline:");
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
