// The README's first command (`npm start`): analyses the bundled example indicators
// with the built package and prints what an analyst reads off the charts.
import { readFileSync } from "node:fs";
import { analyze, summary } from "shewhart";

const load = (name) => JSON.parse(readFileSync(new URL(`./data/${name}`, import.meta.url), "utf8"));
const indicators = [load("fmk-weekly.json"), ...load("infections.json"), load("waiting-days.json")];

const format = (value, percent) => (value === null ? "–" : percent ? `${value.toFixed(1)} %` : value.toFixed(2));

for (const indicator of indicators) {
  const result = analyze(indicator.spec);
  const percent = result.chart === "p" && result.multiply === 100;
  console.log(`\n${indicator.title} · ${indicator.unit}`);
  console.log(`${indicator.definition} (${result.chart} chart, ${result.length} subgroups)`);
  const rows = summary(result).map((row) => ({
    phase: row.phase + 1,
    period: `${row.from} – ${row.to}`,
    baseline: `${row.baselineFrom} – ${row.baselineTo}`,
    centre: format(row.cl, percent),
    limits: `${format(row.lcl, percent)} – ${format(row.ucl, percent)}`,
    "longest run": `${row.longestRun ?? "–"} (max ${row.longestRunMax ?? "–"})`,
    crossings: `${row.crossings ?? "–"} (min ${row.crossingsMin ?? "–"})`,
    "runs signal": row.runsSignal ? "yes" : "no",
    "outside limits": row.sigmaSignals,
  }));
  console.table(rows);
  for (const signal of result.signals) {
    const from = result.xAt(signal.indices[0]);
    const to = result.xAt(signal.indices[signal.indices.length - 1]);
    const what = {
      longestRun: `a run of ${signal.indices.length} points ${signal.side} the centre line`,
      crossings: "too few crossings of the centre line",
      box: "runs and crossings in the cut corner of the cut box",
      shift: `a shift of ${signal.indices.length} points ${signal.side} the centre line`,
      trend: `a trend of ${signal.indices.length} ${signal.side} points`,
      fewRuns: "too few runs",
      manyRuns: "too many runs",
      astronomical: `an astronomical point ${signal.side} the centre line`,
      twoOfThree: `two of three points beyond 2 sigma, ${signal.side} the centre line`,
      hugging: `${signal.indices.length} points hugging the centre line`,
      sigma: `a point ${signal.side} the control limits`,
    }[signal.rule];
    console.log(`  signal: ${what} (${from === to ? from : `${from} – ${to}`})${signal.direction ? `: ${signal.direction}` : ""}`);
  }
  console.log(`  verdict: ${result.assessment.message}`);
  for (const warning of result.warnings) console.log(`  note: ${warning.message}`);
}
