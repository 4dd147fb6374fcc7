import { parentPort, workerData } from "node:worker_threads";
import { chartGroup, type GroupJob, type GroupOptions } from "./chartGroups.ts";
import { CliError } from "./io.ts";

// A worker thread of `shewhart chart`: makes the charts of its slice of groups and sends them back in order.
const { jobs, options } = workerData as { jobs: GroupJob[]; options: GroupOptions };
try {
  const charts = [];
  for (const [k, job] of jobs.entries()) {
    charts.push(chartGroup(job, options));
    if ((k + 1) % 50 === 0) parentPort?.postMessage({ done: 50 });
  }
  parentPort?.postMessage({ charts });
} catch (error) {
  parentPort?.postMessage({ error: error instanceof Error ? error.message : String(error), exitCode: error instanceof CliError ? error.exitCode : 1 });
}
