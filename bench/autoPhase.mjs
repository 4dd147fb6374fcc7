// npm run build && node bench/autoPhase.mjs: times analyze() with autoPhase on series that make it start many
// phases, at 1,000 to 128,000 subgroups. Issue 13: the loop that recomputed the whole series after each break took
// 11 s at 8,000 subgroups with a shift every two points. See docs/phases.md for the complexity.
import { analyze } from "../dist/index.js";

const sizes = (process.env.BENCH_SIZES ?? "1000,8000,32000,128000").split(",").map(Number);

const cases = [
  // A new phase every 25 subgroups: alternating levels 0 and 10 with noise.
  { name: "run chart, runs of 25, autoPhase: true", spec: (n) => ({ y: runsOf(n, 25), autoPhase: true }) },
  { name: "I chart, runs of 25, autoPhase: true", spec: (n) => ({ chart: "i", y: runsOf(n, 25), autoPhase: true }) },
  { name: "P chart, runs of 25, autoPhase: true", spec: (n) => ({ chart: "p", y: runsOf(n, 25), n: Array.from({ length: n }, () => 20), autoPhase: true }) },
  { name: "Xbar chart, runs of 25 subgroups of 2, autoPhase: true", spec: (n) => ({ chart: "xbar", y: runsOf(2 * n, 50), x: Array.from({ length: 2 * n }, (_, i) => i >> 1), autoPhase: true }) },
  // S charts recompute each new part's centre line (a pooled standard deviation): O(N · B).
  { name: "S chart, runs of 25 subgroups of 3, autoPhase: true", spec: (n) => ({ chart: "s", y: spreads(3 * n, 75), x: Array.from({ length: 3 * n }, (_, i) => Math.floor(i / 3)), autoPhase: true }), max: 32000 },
  // The reproduction of issue 13: a new phase every two subgroups. The result itself grows as N²: on half of the
  // parts the median equals one level, so one run lists the points of the rest of the series.
  { name: "run chart, pairs, { minLength: 2 }, shift 2", spec: (n) => ({ y: Array.from({ length: n }, (_, i) => (i % 4 < 2 ? 10 : 0)), autoPhase: { minLength: 2 }, rules: { shift: 2 } }), max: 32000 },
];

/** Subgroups of three whose spread alternates between small and large every `length` rows. */
function spreads(n, length) {
  return Array.from({ length: n }, (_, i) => (Math.floor(i / length) % 2 ? 10 : 1) * (i % 3) + (i % 7) / 10);
}

function runsOf(n, length) {
  let s = 42;
  const next = () => (s = (s * 16807) % 2147483647) / 2147483647;
  return Array.from({ length: n }, (_, i) => (Math.floor(i / length) % 2 ? 10 : 0) + Math.floor(next() * 3));
}

for (const { name, spec, max } of cases) {
  const row = [];
  for (const n of sizes) {
    if (max !== undefined && n > max) {
      row.push(`${n}: –`);
      continue;
    }
    const input = spec(n);
    analyze(spec(1000)); // warm up
    const started = performance.now();
    const result = analyze(input);
    const ms = performance.now() - started;
    row.push(`${n}: ${ms.toFixed(0)} ms (${result.autoBreaks.length} breaks)`);
  }
  console.log(`${name}\n  ${row.join("\n  ")}`);
}
