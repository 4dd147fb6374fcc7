import { describe, expect, it } from "vitest";
import { rehearsalSteps, rehearseChanges, rehearsedConfigs } from "../../src/app/rehearseChanges.ts";
import { emptyConfig } from "../../src/app/state/config.ts";

const weeks = (length: number): string[] => Array.from({ length }, (_, i) => `uge ${i + 1}`);

describe("rehearsedConfigs", () => {
  it("freezes the first 20 subgroups of a chart without a baseline, and starts a phase halfway along it", () => {
    const config = { ...emptyConfig, y: "Tæller" };
    expect(rehearsedConfigs(config, weeks(10_000))).toEqual([
      { ...config, freeze: 20 },
      { ...config, breaks: ["uge 5001"] },
    ]);
  });

  it("moves a baseline already set by one subgroup, and keeps the phases already made", () => {
    const config = { ...emptyConfig, freeze: 30, breaks: ["uge 9000"] };
    expect(rehearsedConfigs(config, weeks(10_000))).toEqual([
      { ...config, freeze: 31 },
      { ...config, breaks: ["uge 9000", "uge 5001"] },
    ]);
    // A baseline of the whole series is made one shorter, never longer than the series.
    expect(rehearsedConfigs({ ...emptyConfig, freeze: 10 }, weeks(10))[0]!.freeze).toBe(9);
    expect(rehearsedConfigs(emptyConfig, weeks(12))[0]!.freeze).toBe(12);
  });

  it("rehearses no phase where there is one already, and nothing without subgroups", () => {
    expect(rehearsedConfigs({ ...emptyConfig, breaks: ["uge 6"] }, weeks(10))).toHaveLength(1);
    expect(rehearsedConfigs(emptyConfig, [])).toEqual([]);
  });
});

describe("rehearsalSteps", () => {
  const configs = [{ ...emptyConfig, freeze: 20 }, { ...emptyConfig, breaks: ["uge 6"] }];

  it("analyses each config, then draws what that analysis gave, as steps of their own", () => {
    const done: string[] = [];
    const steps = rehearsalSteps(configs, (config) => `result ${config.freeze ?? config.breaks.join()}`, (result) => void done.push(`draw ${result}`), () => true);
    expect(steps).toHaveLength(4);
    for (const step of steps) step();
    expect(done).toEqual(["draw result 20", "draw result uge 6"]);
  });

  it("draws nothing for a config whose analysis gave no chart", () => {
    const done: string[] = [];
    for (const step of rehearsalSteps(configs, (config) => (config.freeze === null ? null : "result"), (result) => void done.push(result), () => true)) step();
    expect(done).toEqual(["result"]);
  });

  it("does nothing once the chart is no longer the one shown (a change made meanwhile)", () => {
    let shown = true;
    const done: string[] = [];
    const steps = rehearsalSteps(configs, (config) => (done.push("analyse"), String(config.freeze)), (result) => void done.push(`draw ${result}`), () => shown);
    steps[0]!();
    shown = false;
    for (const step of steps.slice(1)) step();
    expect(done).toEqual(["analyse"]);
  });
});

describe("rehearseChanges", () => {
  it("runs the steps in order, each in an idle moment of its own and only then, each measured as idle work", () => {
    const queued: (() => void)[] = [];
    const ran: number[] = [];
    performance.clearMeasures();
    rehearseChanges([() => ran.push(1), () => ran.push(2), () => ran.push(3)], (run) => queued.push(run));
    // The next step is asked for only when the one before it has run: a person who acts meanwhile waits for one step at most.
    expect([queued.length, ran]).toEqual([1, []]);
    queued[0]!();
    expect([queued.length, ran]).toEqual([2, [1]]);
    queued[1]!();
    queued[2]!();
    expect([queued.length, ran]).toEqual([3, [1, 2, 3]]);
    expect(performance.getEntriesByName("app:warmUp")).toHaveLength(3);
  });
});
