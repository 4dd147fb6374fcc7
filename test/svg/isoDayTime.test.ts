import { describe, expect, it } from "vitest";
import { isoDayTime } from "../../src/svg/isoDayTime.ts";

describe("isoDayTime", () => {
  it("gives Date.parse's time for every day of 0000–0401, 1896–2104 and 9996–9999", () => {
    const iso = (time: number): string => new Date(time).toISOString().slice(0, 10).replace(/^\+0*(\d{4})/, "$1");
    const ranges: [string, string][] = [["0000-01-01", "0401-12-31"], ["1896-01-01", "2104-12-31"], ["9996-01-01", "9999-12-31"]];
    let days = 0;
    for (const [from, to] of ranges) {
      for (let time = Date.parse(`${from}T00:00:00Z`); time <= Date.parse(`${to}T00:00:00Z`); time += 86_400_000) {
        const x = iso(time);
        expect(x).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        if (isoDayTime(x) !== time) expect(isoDayTime(x), x).toBe(time);
        days++;
      }
    }
    expect(days).toBeGreaterThan(220_000);
  });
});
