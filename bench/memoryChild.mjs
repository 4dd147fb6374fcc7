// One measurement for bench/memory.mjs: builds the input (and analyses it), then prints the peak RSS in kB.
import { analyze } from "../dist/index.js";

const [size, what, chart] = [Number(process.argv[2]), process.argv[3], process.argv[4]];
const y = new Float64Array(size);
const n = chart === "p" || chart === "u" ? new Float64Array(size) : null;
let s = 42;
for (let i = 0; i < size; i++) {
  s = (s * 16807) % 2147483647;
  if (n === null) y[i] = s / 2147483647;
  else {
    n[i] = 100 + (s % 50);
    y[i] = chart === "p" ? Math.round(n[i] * 0.9) : s % 20;
  }
}
if (what === "analyze") analyze(n === null ? { chart, y } : { chart, y, n });
console.log(process.resourceUsage().maxRSS);
