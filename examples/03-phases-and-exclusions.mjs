// An I chart with a new phase after a change, a baseline per phase, and one excluded outlier.
// Run: npm run build, then node examples/03-phases-and-exclusions.mjs
import { pathToFileURL } from "node:url";
import { analyze } from "shewhart";

/** @returns {import("shewhart").ChartResultJSON} */
export function main() {
  const waitingDays = [6.3, 7.6, 7.3, 5.8, 5.7, 3.5, 6.1, 8.7, 5.2, 6.0, 6.9, 4.5, 7.3, 7.0, 6.6, 5.8, 7.5, 19.5, 5.4, 7.4, 4.5, 4.1, 3.6, 3.6, 4.1, 4.3, 3.0, 3.8, 4.1, 4.0];
  return analyze({
    chart: "i",
    y: waitingDays,
    breaks: [20], // the new referral process started with subgroup 20
    freeze: [12, 8], // baselines: 12 subgroups before, 8 after
    exclude: [17], // 19.5 days: a known special cause (a closed ward)
    improvement: "down",
  }).toJSON();
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const json = main();
  for (const phase of json.phases) console.log(`phase ${phase.phase + 1} (subgroups ${phase.start + 1}–${phase.end + 1}): mean ${phase.cl?.toFixed(2)} days, limits ${phase.lcl?.toFixed(2)} – ${phase.ucl?.toFixed(2)}`);
  console.log(`subgroup 18 (${json.points[17]?.value} days) excluded: ${json.points[17]?.included === false}`);
  console.log(json.assessment.message);
}
