// Peak memory of one analysis, measured in child processes: the peak resident set of a process that only
// builds the input, and of one that also analyses it; the difference per point is what analyze() adds.
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const size = Number(process.env.BENCH_MEMORY_POINTS ?? 10_000_000);
const child = fileURLToPath(new URL("./memoryChild.mjs", import.meta.url));
const peak = (...args) => Number(execFileSync(process.execPath, [child, String(size), ...args], { encoding: "utf8" }).trim());
const rows = [];
for (const chart of ["run", "i", "p", "u"]) {
  const base = peak("none", chart);
  const used = peak("analyze", chart);
  rows.push({ chart, points: size.toLocaleString("en-GB"), "input only, MB": (base / 1024).toFixed(0), "with analyze, MB": (used / 1024).toFixed(0), "added bytes/point": Math.round(((used - base) * 1024) / size) });
}
console.table(rows);
