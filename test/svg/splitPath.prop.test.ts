import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { splitPath } from "../../src/svg/splitPath.ts";

/** The commands of a path: letter and coordinates as written. */
const commands = (d: string): string[] => d.match(/[MLZ][^MLZ]*/g) ?? [];

/** A path of stretches (M then L…), some of them a lone point closed with Z, as the renderer writes them. */
const paths = fc
  .array(fc.array(fc.tuple(fc.integer({ min: 0, max: 999 }), fc.integer({ min: -50, max: 500 })), { minLength: 1, maxLength: 120 }), { minLength: 1, maxLength: 6 })
  .map((stretches) => stretches.map((points) => points.map(([x, y], k) => `${k === 0 ? "M" : "L"}${x / 10},${y / 4}`).join("") + (points.length === 1 ? "Z" : "")).join(""));

describe("splitPath", () => {
  it("leaves a short path as it is, and cuts a long one where two segments meet, the cut segment in both pieces", () => {
    expect(splitPath("M0,0L1,1L2,0", 8)).toEqual(["M0,0L1,1L2,0"]);
    expect(splitPath("", 8)).toEqual([""]);
    expect(splitPath("M0,0L1,1L2,0L3,1L4,0", 2)).toEqual(["M0,0L1,1L2,0", "M1,1L2,0L3,1", "M2,0L3,1L4,0"]);
    // Never at a move or after a lone point's Z.
    expect(splitPath("M0,0L1,1M5,5ZM6,6L7,7L8,8", 2)).toEqual(["M0,0L1,1M5,5ZM6,6L7,7", "M6,6L7,7L8,8"]);
    // One long stretch: every piece but the last holds the vertices asked for and the one the next repeats.
    const long = Array.from({ length: 1000 }, (_, k) => `${k === 0 ? "M" : "L"}${k},${k % 7}`).join("");
    const pieces = splitPath(long, 256);
    expect(pieces).toHaveLength(4);
    for (const piece of pieces.slice(0, -1)) expect(commands(piece)).toHaveLength(257);
  });

  test.prop([paths, fc.integer({ min: 2, max: 40 })])("gives pieces that together draw every segment of the path, each piece after the first beginning with the last segment of the one before", (d, size) => {
    const pieces = splitPath(d, size);
    let rebuilt = pieces[0]!;
    for (let k = 1; k < pieces.length; k++) {
      const [first, second, ...rest] = commands(pieces[k]!);
      const before = commands(pieces[k - 1]!);
      // The repeated segment: from the second-to-last vertex of the piece before to its last.
      expect(first).toBe(`M${before[before.length - 2]!.slice(1)}`);
      expect(second).toBe(before[before.length - 1]);
      expect(second!.startsWith("L")).toBe(true);
      rebuilt += rest.join("");
    }
    expect(rebuilt).toBe(d);
    // A piece is cut only once it holds the vertices asked for.
    for (const piece of pieces.slice(0, -1)) expect(commands(piece).filter((c) => c !== "Z").length).toBeGreaterThanOrEqual(size);
  });
});
