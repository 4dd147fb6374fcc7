// Huge inputs, run on demand with `npm run test:huge` (seconds of CPU and gigabytes of memory).
import { describe, expect, it } from "vitest";
import { analyze } from "../../src/index.ts";

describe("huge input", () => {
  it("10,000,000 rows in a Float64Array", () => {
    const n = 10_000_000;
    const y = new Float64Array(n);
    for (let i = 0; i < n; i++) y[i] = (i * 7919) % 1013;
    const result = analyze({ chart: "i", y });
    expect(result.length).toBe(n);
    expect(Number.isFinite(result.ucl[0])).toBe(true);
  });

  it("10,000,000 rows in 1,000,000 date subgroups", () => {
    const n = 10_000_000;
    const y = new Float64Array(n);
    const x: string[] = new Array<string>(n);
    const day = 86_400_000;
    for (let i = 0; i < n; i++) {
      y[i] = (i * 7919) % 1013;
      x[i] = new Date(Date.UTC(2000, 0, 1) + (i % 1_000_000) * day).toISOString().slice(0, 10);
    }
    const result = analyze({ y, x });
    expect(result.length).toBe(1_000_000);
  });
});
