// The README's first command (`npm start`): analyses the bundled example indicators
// with the built package, renders their charts into a folder (with an index page),
// and prints what an analyst reads off the charts.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { analyze, summary } from "shewhart";
import { renderSmallMultiples, renderSvg } from "shewhart/svg";

const out = resolve(process.argv[2] ?? "shewhart-demo");
mkdirSync(out, { recursive: true });
const files = [];

const load = (name) => JSON.parse(readFileSync(new URL(`./data/${name}`, import.meta.url), "utf8"));
const infections = load("infections.json");
const indicators = [load("fmk-weekly.json"), ...infections, load("waiting-days.json")];

const format = (value, percent) => (value === null ? "–" : percent ? `${value.toFixed(1)} %` : value.toFixed(2));

for (const [k, indicator] of indicators.entries()) {
  const result = analyze(indicator.spec);
  const file = `${String(k + 1).padStart(2, "0")}-${indicator.unit.toLowerCase().replace(/æ/g, "ae").replace(/ø/g, "oe").replace(/å/g, "aa").replace(/[^a-z0-9]+/g, "-")}.svg`;
  writeFileSync(join(out, file), renderSvg(result, { title: indicator.title, subtitle: indicator.unit, definition: indicator.definition, locale: "da-DK", idPrefix: `chart${k}` }));
  files.push({ file, title: `${indicator.title} · ${indicator.unit}` });
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

const panels = renderSmallMultiples(infections.map((i) => analyze(i.spec)), { title: infections[0].title, panelTitles: infections.map((i) => i.unit), locale: "da-DK", columns: 3, idPrefix: "panels" });
writeFileSync(join(out, "infections-by-hospital.svg"), panels);
files.push({ file: "infections-by-hospital.svg", title: `${infections[0].title} · small multiples` });
const escape = (text) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
writeFileSync(
  join(out, "index.html"),
  `<!doctype html><html lang="da"><meta charset="utf-8"><title>shewhart demo</title><body style="font-family:system-ui;max-width:760px;margin:2em auto">${files
    .map(({ file, title }) => `<h2>${escape(title)}</h2><img src="${escape(file)}" alt="${escape(title)}" style="width:100%">`)
    .join("\n")}</body></html>\n`,
);
console.log(`\n${files.length} charts and index.html written to ${out}`);
