// A weekly P chart in percent with an 8-week frozen baseline, from ISO week labels.
// Run: npm run build, then node examples/02-p-chart-with-baseline.mjs
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { analyze, summary } from "shewhart";

/** @returns {import("shewhart").SummaryRow[]} */
export function main() {
  const indicator = JSON.parse(readFileSync(new URL("./data/fmk-weekly.json", import.meta.url), "utf8"));
  // chart "p", x "2018-W14" …, freeze 8, multiply 100, improvement "up"
  return summary(analyze(indicator.spec));
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const row of main()) {
    console.log(`baseline ${row.baselineFrom} – ${row.baselineTo}: centre line ${row.cl?.toFixed(1)} %, limits ${row.lcl?.toFixed(1)} – ${row.ucl?.toFixed(1)} %`);
    console.log(`runs signal: ${row.runsSignal ? "yes" : "no"}, points outside the limits: ${row.sigmaSignals}`);
  }
}
