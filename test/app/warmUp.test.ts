import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { analyze } from "../../src/index.ts";
import { warmUp, warmUpSpecs } from "../../src/app/warmUp.ts";

describe("warmUpSpecs", () => {
  // The warm-up is worth its time only if its charts take the paths a change of a large chart takes:
  // thousands of signals of both kinds, limits that step, a frozen baseline and a second phase.
  it("makes a P chart with stepping limits and an I chart, each with thousands of signals of both kinds, a baseline and two phases", () => {
    const [p, i] = warmUpSpecs().map((spec) => analyze(spec));
    for (const result of [p!, i!]) {
      expect(result.length).toBe(20_000);
      expect(result.phases).toHaveLength(2);
      expect([result.phases[0]!.baselineStart, result.phases[0]!.baselineEnd]).toEqual([0, 19]);
      expect(result.phases[0]!.sigmaSignals).toBeGreaterThan(1000);
      expect(result.phases.every((phase) => phase.runsSignal)).toBe(true);
    }
    expect(new Set(Array.from(p!.ucl.slice(100, 200))).size).toBeGreaterThan(10);
  });
});

describe("warmUp", () => {
  it("draws each chart once per page, when the page is idle, and leaves the document as it was", () => {
    const { document } = new JSDOM("<!doctype html><body><p>page</p></body>").window;
    const queued: (() => void)[] = [];
    warmUp(document as unknown as Document, 5000, (run) => queued.push(run));
    warmUp(document as unknown as Document, 5000, (run) => queued.push(run));
    // Each chart's analysis first, in a moment of its own, then its drawing in another.
    expect(queued).toHaveLength(2);
    for (let k = 0; k < queued.length; k++) queued[k]!();
    expect(queued).toHaveLength(4);
    expect(document.body.innerHTML).toBe("<p>page</p>");
  });
});
