// A run chart of 24 values with the Anhøj rules: is there non-random variation?
// Run: npm run build, then node examples/01-run-chart.mjs
import { pathToFileURL } from "node:url";
import { analyze } from "shewhart";

/** @returns {import("shewhart").ChartResult} */
export function main() {
  const y = [39.9, 43.9, 48.1, 55.2, 46.2, 44.4, 55.7, 48.3, 41.4, 48.5, 56.8, 49.2, 47.2, 55.1, 54.3, 55.5, 54.4, 50.2, 55.7, 50.2, 51.6, 52, 55.1, 43];
  // Median 50.2; 22 useful points (two lie on the median); the longest run, 8,
  // exceeds round(log2(22)) + 3 = 7: non-random variation.
  return analyze({ chart: "run", y });
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = main();
  const phase = result.phases[0];
  console.log(`median ${phase.cl}, ${phase.useful} useful points`);
  console.log(`longest run ${phase.longestRun} (signal above ${phase.longestRunMax}), crossings ${phase.crossings} (signal below ${phase.crossingsMin})`);
  console.log(result.assessment.message);
}
