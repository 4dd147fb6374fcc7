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
});
