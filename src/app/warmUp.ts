// The browser's compiler warmed for large charts, while the page is idle.
import { analyze, type ChartSpecInput } from "shewhart";
import { renderSvgElement } from "shewhart/svg";
import { whenIdle } from "./whenIdle.ts";

/** The points of each warm-up chart: enough for every loop over points and signals to be compiled optimised. */
const warmUpPoints = 20_000;

/**
 * Two made-up series that take the paths a change of a large chart takes (bench/app.mjs): a P chart of daily
 * counts whose limits step with the denominator, and an I chart; each with a baseline frozen at its first 20
 * subgroups and a second phase, and thousands of points outside the limits and in runs. The numbers come
 * from a formula (no randomness), so that the warm-up is the same on every page.
 */
export function warmUpSpecs(): ChartSpecInput[] {
  const n = new Float64Array(warmUpPoints);
  const counts = new Float64Array(warmUpPoints);
  const values = new Float64Array(warmUpPoints);
  const x: string[] = [];
  const day0 = Date.UTC(2000, 0, 1);
  for (let i = 0; i < warmUpPoints; i++) {
    n[i] = 60 + ((i * 37) % 41);
    // A level that drifts slowly and steps up two thirds of the way, with a quick wobble around it.
    const p = 0.45 + 0.1 * Math.sin(i / 700) + (i > (warmUpPoints * 2) / 3 ? 0.1 : 0) + 0.12 * Math.sin(i * 0.7);
    counts[i] = Math.round((n[i] as number) * p);
    values[i] = 100 * p;
    x.push(new Date(day0 + i * 86_400_000).toISOString().slice(0, 10));
  }
  const phase = { freeze: 20, breaks: [Math.round(warmUpPoints * 0.75)] };
  return [
    { chart: "p", y: counts, n, x, ...phase },
    { chart: "i", y: values, x, ...phase },
  ] as unknown as ChartSpecInput[];
}

let started = false;

/**
 * Once per page, after the first chart above `maxPointMarks` points is drawn: analyses and draws each of
 * {@link warmUpSpecs} (never shown, nothing kept), each step in an idle moment of its own. The first change of
 * baseline on 100,000 points ran its code for thousands of signals and stepped limits with the engine still
 * compiling it: 132–229 ms in Chromium on the 2-core machine, against 70–100 ms for the changes after it
 * (bench/app.mjs, 2026-12-01). Drawn here first, it is compiled before a person makes that change (76–105 ms,
 * medians of four invocations); with the chart's own next changes rehearsed as well (rehearseChanges.ts), 54–59 ms.
 * About 180 ms of work in four pieces, when the page has nothing else to do; a change made before they ran is as
 * slow as it was.
 */
export function warmUp(document: Document, maxPointMarks: number, schedule: (run: () => void) => void = whenIdle): void {
  if (started) return;
  started = true;
  // The analysis and the drawing of each chart in idle moments of their own: a person who acts meanwhile waits at most for one of them.
  const timed = (work: () => void): (() => void) => () => {
    const start = performance.now();
    work();
    // Read by bench/app.mjs and the browser tests (nothing is sent anywhere).
    performance.measure("app:warmUp", { start, end: performance.now() });
  };
  for (const spec of warmUpSpecs()) {
    schedule(
      timed(() => {
        const result = analyze(spec);
        schedule(timed(() => void renderSvgElement(result, { document, maxPointMarks })));
      }),
    );
  }
}

