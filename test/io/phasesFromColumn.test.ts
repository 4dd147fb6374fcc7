import { describe, expect, it } from "vitest";
import { phasesFromColumn } from "../../src/io/index.ts";

describe("phasesFromColumn", () => {
  it("starts a phase where the value changes, named by it; an empty cell continues the phase before it", () => {
    expect(phasesFromColumn(["Før", "", "Før", "Efter", "", "Efter"])).toEqual({ breaks: [3], labels: ["Før", "Efter"] });
    expect(phasesFromColumn(["", "", "Før", "Før", "Efter"])).toEqual({ breaks: [4], labels: ["Før", "Efter"] });
    // A value that comes back is a phase of its own again.
    expect(phasesFromColumn(["A", "B", "A"])).toEqual({ breaks: [1, 2], labels: ["A", "B", "A"] });
  });

  it("gives no labels to a column without values, and one phase to a column of one value", () => {
    expect(phasesFromColumn(["", "", ""])).toEqual({ breaks: [], labels: null });
    expect(phasesFromColumn([])).toEqual({ breaks: [], labels: null });
    expect(phasesFromColumn(["Før", "Før"])).toEqual({ breaks: [], labels: ["Før"] });
  });
});
