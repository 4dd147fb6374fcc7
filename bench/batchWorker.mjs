// A worker of the batch benchmark: analyses its share of the series and reports how many signalled.
import { parentPort, workerData } from "node:worker_threads";
import { analyze } from "../dist/index.js";

const { ys, ns } = workerData;
let signals = 0;
for (let k = 0; k < ys.length; k++) if (analyze({ chart: "p", y: ys[k], n: ns[k] }).phases[0].runsSignal) signals++;
parentPort.postMessage(signals);
