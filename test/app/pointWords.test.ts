import { describe, expect, it } from "vitest";
import { analyze } from "shewhart";
import { pointSignals } from "../../src/app/ui/pointWords.ts";

const y = [5, 6, 5, 7, 6, 5, 6, 7, 5, 6, 9, 10, 9, 11, 10, 9, 10, 11, 10, 9];

describe("pointSignals: what is read out at a point", () => {
  it("says 'i baseline' only at the points of a frozen baseline, not after it, nor in a phase without one (a user's trial heard it everywhere)", () => {
    const frozen = analyze({ chart: "i", y, freeze: 6, breaks: [10] });
    expect(pointSignals(frozen, 2, "da").state).toEqual(["i baseline"]);
    expect(pointSignals(frozen, 7, "da").state).toEqual([]);
    expect(pointSignals(frozen, 14, "da").state).toEqual([]);
    const none = analyze({ chart: "i", y });
    expect(none.baseline[2]).toBe(1);
    expect(pointSignals(none, 2, "da").state).toEqual([]);
  });

  it("names too few crossings at a point as its phase's signal, not the point's own (a trial heard 'Signal: for få kryds' at every point)", () => {
    // A long run above the centre line after a shift: few crossings in the one phase.
    const shifted = analyze({ chart: "run", y: [...Array.from({ length: 12 }, (_, i) => 5 + (i % 2)), ...Array.from({ length: 12 }, (_, i) => 9 + (i % 2))] });
    expect(shifted.signals.some((s) => s.rule === "crossings")).toBe(true);
    const words = pointSignals(shifted, 2, "da");
    expect(words.phaseSignals).toEqual(["for få kryds"]);
    expect(words.signals).not.toContain("for få kryds");
  });
});
