// BASE=/path/to/other/dist node bench/renderAb.mjs (after npm run build): renderSvg of an earlier build (BASE, e.g. a
// commit exported with `git archive` and built with `npx tsup`) against this one's dist, interleaved in one process on the
// same inputs (the chart of bench/render.mjs), so that both see the same load. Fails when their output differs.
import { fileURLToPath } from "node:url";

if (process.env.BASE === undefined) throw new Error("set BASE to the dist directory of the build to compare with");
const here = fileURLToPath(new URL("../dist/", import.meta.url));
const base = { core: await import(`${process.env.BASE}/index.js`), svg: await import(`${process.env.BASE}/svg.js`) };
const next = { core: await import(`${here}index.js`), svg: await import(`${here}svg.js`) };
function weekly(n, seed = 7) {
  let s = seed;
  const nx = () => (s = (s * 16807) % 2147483647) / 2147483647;
  const size = Array.from({ length: n }, () => 100 + Math.floor(nx() * 40));
  const y = size.map((d, i) => Math.min(d, Math.round(d * (0.86 + (i > n / 2 ? 0.06 : 0) + 0.08 * (nx() - 0.5)))));
  const x = Array.from({ length: n }, (_, i) => new Date(Date.UTC(2000, 0, 3 + 7 * i)).toISOString().slice(0, 10));
  return { chart: "p", x, y, n: size, period: "week", freeze: Math.min(20, n >> 1), breaks: n >= 200 ? [n >> 1] : [], multiply: 100, improvement: "up", target: 95 };
}
const options = (n) => ({ title: "FMK – ajourføring ved udskrivelse", subtitle: "Ortopædkirurgisk Afdeling M", definition: "Andel udskrevne med ajourført FMK senest 2 timer efter udskrivelse", locale: "da-DK",
  notes: [{ index: 10, text: "PDSA 1: tjekliste ved udskrivelse" }, ...(n >= 200 ? [{ index: n >> 1, text: "PDSA 2: farmaceut" }, { index: n - 5, text: "Ny leder" }] : [])] });
function time(fn, ms) { const times = []; const start = performance.now(); while (performance.now() - start < ms || times.length < 10) { const t = performance.now(); fn(); times.push(performance.now() - t); } return times; }
const stats = (t) => { t.sort((a, b) => a - b); return `${t[0].toFixed(3)} / ${t[t.length >> 1].toFixed(3)} (${t.length})`; };
console.log("| points | before min / median ms (runs) | after min / median ms (runs) |\n| --- | --- | --- |");
for (const n of (process.env.BENCH_SIZES ?? "52,1000").split(",").map(Number)) {
  const spec = weekly(n), o = options(n);
  const rb = base.core.analyze(spec), rn = next.core.analyze(spec);
  const a = base.svg.renderSvg(rb, o), b = next.svg.renderSvg(rn, o);
  if (a !== b) throw new Error(`output differs at ${n} points`);
  for (let k = 0; k < 30; k++) { base.svg.renderSvg(rb, o); next.svg.renderSvg(rn, o); }
  const tb = [], tn = [];
  for (let round = 0; round < 10; round++) { tb.push(...time(() => base.svg.renderSvg(rb, o), 150)); tn.push(...time(() => next.svg.renderSvg(rn, o), 150)); }
  console.log(`| ${n.toLocaleString("en")} | ${stats(tb)} | ${stats(tn)} |`);
}
