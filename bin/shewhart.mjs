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
process.exitCode = await main(process.argv.slice(2), io);
