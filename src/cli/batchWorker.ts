import { parentPort, workerData } from "node:worker_threads";
import type { GroupJob } from "./chartGroups.ts";
import { CliError } from "./io.ts";
import { makeCharts, type BatchContext } from "./makeCharts.ts";

// A worker thread of `shewhart chart`: makes each chunk of charts it is sent (analysis, drawing, staged files,
// report sections and pages) and sends back the chunk's small rows; progress every 50 charts.
const { context } = workerData as { context: BatchContext };
const port = parentPort;
port?.on("message", (message: { start: number; jobs: GroupJob[] }) => {
  makeCharts(message.jobs, message.start, context, (done) => port.postMessage({ done })).then(
    (result) => port.postMessage({ result }),
    (error: unknown) => port.postMessage({ error: error instanceof Error ? error.message : String(error), exitCode: error instanceof CliError ? error.exitCode : 1 }),
  );
});
