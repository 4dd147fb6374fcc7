#!/usr/bin/env node
// The shewhart command line: see `shewhart --help`.
import { main } from "../dist/cli.js";

const io = {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: async () => {
    let text = "";
    for await (const chunk of process.stdin) text += chunk;
    return text;
  },
  cwd: process.cwd(),
  interactive: process.stderr.isTTY === true,
};
// Output piped into a program that stops reading (`shewhart analyze big.ndjson | head -1`): stop quietly, as Unix tools do.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
}
process.exitCode = await main(process.argv.slice(2), io);
