import { describe, expect, it } from "vitest";
import { deferredWrite } from "../../src/app/state/deferredWrite.ts";

/** A scheduler the test runs by hand. */
function manual(): { schedule: (run: () => void) => void; runAll: () => void; waiting: () => number } {
  let queue: (() => void)[] = [];
  return {
    schedule: (run) => void queue.push(run),
    runAll: () => {
      const now = queue;
      queue = [];
      for (const run of now) run();
    },
    waiting: () => queue.length,
  };
}

describe("deferredWrite", () => {
  it("writes only the last of a burst, once, when the pause ends", () => {
    const written: string[] = [];
    const clock = manual();
    const keep = deferredWrite<string>((v) => written.push(v), clock.schedule);
    keep.set("a");
    keep.set("b");
    keep.set("c");
    expect(written).toEqual([]);
    expect(clock.waiting()).toBe(1);
    clock.runAll();
    expect(written).toEqual(["c"]);
    clock.runAll();
    expect(written).toEqual(["c"]);
    keep.set("d");
    clock.runAll();
    expect(written).toEqual(["c", "d"]);
  });

  it("writes at once when flushed, and not again when the pause ends", () => {
    const written: string[] = [];
    const clock = manual();
    const keep = deferredWrite<string>((v) => written.push(v), clock.schedule);
    keep.set("a");
    keep.flush();
    expect(written).toEqual(["a"]);
    clock.runAll();
    keep.flush();
    expect(written).toEqual(["a"]);
  });

  it("never writes a value dropped by cancel, and writes the next one given", () => {
    const written: string[] = [];
    const clock = manual();
    const keep = deferredWrite<string>((v) => written.push(v), clock.schedule);
    keep.set("private");
    keep.cancel();
    clock.runAll();
    keep.flush();
    expect(written).toEqual([]);
    keep.set("next");
    clock.runAll();
    expect(written).toEqual(["next"]);
  });
});
