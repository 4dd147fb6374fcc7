// node bench/render.mjs (after npm run build): times renderSvg as string output — the label placement
// included — for a weekly P chart of 52 points (baseline, target, a note) and of 1,000 points (with
// phases, a baseline, a target and three notes), and shows that the time grows linearly with the points.
import { analyze } from "../dist/index.js";
import { renderSvg } from "../dist/svg.js";

/** Deterministic weekly proportions (a Park–Miller generator). */
function weekly(n, seed = 7) {
  let s = seed;
  const next = () => (s = (s * 16807) % 2147483647) / 2147483647;
  const size = Array.from({ length: n }, () => 100 + Math.floor(next() * 40));
  const y = size.map((d, i) => Math.min(d, Math.round(d * (0.86 + (i > n / 2 ? 0.06 : 0) + 0.08 * (next() - 0.5)))));
  const x = Array.from({ length: n }, (_, i) => new Date(Date.UTC(2000, 0, 3 + 7 * i)).toISOString().slice(0, 10));
  return { chart: "p", x, y, n: size, period: "week", freeze: Math.min(20, n >> 1), breaks: n >= 200 ? [n >> 1] : [], multiply: 100, improvement: "up", target: 95 };
}

// The machine is shared (a render is often preempted): the minimum is the time of a render that ran undisturbed,
// the median what a loaded machine gives.
function time(fn, budgetMs = 1500) {
  for (let k = 0; k < 20; k++) fn(); // warm the JIT
  const times = [];
  const start = performance.now();
  while (performance.now() - start < budgetMs || times.length < 30) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { min: times[0], median: times[times.length >> 1], runs: times.length };
}

const options = (n) => ({
  title: "FMK – ajourføring ved udskrivelse",
  subtitle: "Ortopædkirurgisk Afdeling M",
  definition: "Andel udskrevne med ajourført FMK senest 2 timer efter udskrivelse",
  locale: "da-DK",
  notes: [{ index: 10, text: "PDSA 1: tjekliste ved udskrivelse" }, ...(n >= 200 ? [{ index: n >> 1, text: "PDSA 2: farmaceut" }, { index: n - 5, text: "Ny leder" }] : [])],
});

console.log("| points | renderSvg min ms | median ms | µs per point (min) |");
console.log("| --- | --- | --- | --- |");
for (const n of (process.env.BENCH_SIZES ?? "52,250,1000,4000").split(",").map(Number)) {
  const result = analyze(weekly(n));
  const o = options(n);
  const { min, median } = time(() => renderSvg(result, o));
  console.log(`| ${n.toLocaleString("en")} | ${min.toFixed(3)} | ${median.toFixed(3)} | ${((min * 1000) / n).toFixed(2)} |`);
}
