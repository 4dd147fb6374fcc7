import fc from "fast-check";
import { afterEach, beforeEach, expect, vi } from "vitest";

// Dates are read and printed in UTC; the test scripts pin the zone.
if (process.env.TZ !== "UTC") throw new Error(`tests must run with TZ=UTC (got ${process.env.TZ ?? "unset"})`);

fc.configureGlobal({ numRuns: Number(process.env.FC_NUM_RUNS ?? 200), ...(process.env.FC_SEED === undefined ? {} : { seed: Number(process.env.FC_SEED) }) });

// The library never writes to the console: any call fails the test.
const methods = ["log", "info", "warn", "error", "debug"] as const;
beforeEach(() => {
  for (const method of methods) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      expect.fail(`console.${method} was called: ${args.map(String).join(" ")}`);
    });
  }
});
afterEach(() => {
  vi.restoreAllMocks();
});
