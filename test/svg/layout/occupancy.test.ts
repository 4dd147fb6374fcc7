import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/index.ts";
import { crosses, Occupancy } from "../../../src/svg/layout/occupancy.ts";
import { renderSvg } from "../../../src/svg/index.ts";

describe("Occupancy(area)", () => {
  it("buckets only the part of a segment inside its area, and still finds it there", () => {
    const occupancy = new Occupancy({ left: 0, top: 0, right: 100, bottom: 100 });
    // From far outside (1e10 px: bucketing it whole would need 4 × 10⁸ buckets) to inside the area.
    occupancy.addSegment(1e10, 50, 50, 50);
    expect(occupancy.free({ left: 40, top: 45, right: 60, bottom: 55 })).toBe(false);
    expect(occupancy.free({ left: 40, top: 60, right: 60, bottom: 70 })).toBe(true);
    // Wholly outside: nothing inside the area is taken.
    occupancy.addSegment(-1e12, -1e12, -1e11, 1e12);
    expect(occupancy.count({ left: 0, top: 0, right: 100, bottom: 40 })).toBe(0);
  });

  it("refuses a result whose x is out of order instead of drawing a point far outside the picture", () => {
    const json = analyze({ y: [10, 2, 39, 22, 22, 31, 27, 31, 28, 3], x: [0, 2.5, 5, 7.5, 10, 12.5, 15, 17.5, 20, 22.5] }).toJSON();
    const points = json.points.map((p, i) => (i === 7 ? { ...p, x: 4294967296 } : p));
    expect(() => renderSvg({ ...json, points })).toThrow("renderSvg: invalid result.points[8].x: expected a number above the previous point's (4294967296): x ascends, received 20");
  });
});

describe("crosses(rect, segment)", () => {
  it("does not count a segment that ends on a box's edge (the property test's reference once read 0.07 as 0.0699…)", () => {
    expect(crosses({ left: 0, top: 0, right: 0.02, bottom: 0.07 }, [0, 64.08, 0.01, 0.07])).toBe(false);
    expect(crosses({ left: 0, top: 0, right: 0.02, bottom: 0.07 }, [0, 64.08, 0.01, 0.05])).toBe(true);
  });
});
