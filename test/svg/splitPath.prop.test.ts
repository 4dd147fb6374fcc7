import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { splitPath } from "../../src/svg/splitPath.ts";

/** The commands of a path: letter and coordinates as written. */
const commands = (d: string): string[] => d.match(/[MLZ][^MLZ]*/g) ?? [];
const point = (command: string): [number, number] => command.slice(1).split(",").map(Number) as [number, number];

/** A path of stretches (M then L…), some of them a lone point closed with Z, as the renderer writes them. */
const paths = fc
  .array(fc.array(fc.tuple(fc.integer({ min: 0, max: 999 }), fc.integer({ min: -50, max: 500 })), { minLength: 1, maxLength: 120 }), { minLength: 1, maxLength: 6 })
  .map((stretches) => stretches.map((points) => points.map(([x, y], k) => `${k === 0 ? "M" : "L"}${x / 10},${y / 4}`).join("") + (points.length === 1 ? "Z" : "")).join(""));

describe("splitPath", () => {
  it("leaves a short path as it is, and cuts a long one in the middle of a segment, the pieces overlapping by a pixel there", () => {
    expect(splitPath("M0,0L1,1L2,0", 8)).toEqual(["M0,0L1,1L2,0"]);
    expect(splitPath("", 8)).toEqual([""]);
    // (1,1)→(2,0) cut at (1.5,0.5): the first piece runs on to 0.5 px past it, the second starts 0.5 px before it.
    expect(splitPath("M0,0L1,1L2,0L3,1L4,0", 2)).toEqual(["M0,0L1,1L1.85,0.15", "M1.15,0.85L2,0L2.85,0.85", "M2.15,0.15L3,1L4,0"]);
    // A segment shorter than a pixel overlaps whole; never cut at a move or after a lone point's Z.
    expect(splitPath("M0,0L10,0L10.4,0L20,0", 2)).toEqual(["M0,0L10,0L10.4,0", "M10,0L10.4,0L20,0"]);
    expect(splitPath("M0,0L1,0M5,5ZM6,6L8,6L10,6", 2)).toEqual(["M0,0L1,0M5,5ZM6,6L7.5,6", "M6.5,6L8,6L10,6"]);
  });

  it("cuts one long stretch into pieces of the vertices asked for", () => {
    const long = Array.from({ length: 1000 }, (_, k) => `${k === 0 ? "M" : "L"}${k},${k % 7}`).join("");
    const pieces = splitPath(long, 256);
    expect(pieces).toHaveLength(4);
    for (const piece of pieces.slice(0, -1)) expect(commands(piece)).toHaveLength(257);
  });

  test.prop([paths, fc.integer({ min: 2, max: 40 })])("gives pieces that rebuild the path, each cut inside one segment with the pieces overlapping by up to a pixel", (d, size) => {
    const pieces = splitPath(d, size);
    let rebuilt = "";
    pieces.forEach((piece, k) => {
      let parts = commands(piece);
      if (k > 0) parts = parts.slice(1);
      if (k < pieces.length - 1) parts = parts.slice(0, -1);
      rebuilt += parts.join("");
    });
    expect(rebuilt).toBe(d);
    for (let k = 1; k < pieces.length; k++) {
      const before = commands(pieces[k - 1]!);
      const after = commands(pieces[k]!);
      expect(before[before.length - 1]!.startsWith("L") && after[0]!.startsWith("M") && after[1]!.startsWith("L")).toBe(true);
      const [ux, uy] = point(before[before.length - 2]!);
      const [ax, ay] = point(before[before.length - 1]!);
      const [bx, by] = point(after[0]!);
      const [vx, vy] = point(after[1]!);
      const length = Math.hypot(vx - ux, vy - uy);
      if (length === 0) {
        expect([ax, ay, bx, by]).toEqual([ux, uy, ux, uy]);
        continue;
      }
      // Where a and b lie along u→v (0 at u, 1 at v), and how far off the segment (rounding to hundredths: ≤ 0.01 each way).
      const along = (x: number, y: number): number => ((x - ux) * (vx - ux) + (y - uy) * (vy - uy)) / length ** 2;
      const off = (x: number, y: number): number => Math.abs((x - ux) * (vy - uy) - (y - uy) * (vx - ux)) / length;
      const slack = 0.015 / length;
      expect(off(ax, ay)).toBeLessThanOrEqual(0.015);
      expect(off(bx, by)).toBeLessThanOrEqual(0.015);
      expect(along(bx, by)).toBeGreaterThanOrEqual(-slack);
      expect(along(ax, ay)).toBeLessThanOrEqual(1 + slack);
      // The overlap: a pixel of the segment, or all of it when it is shorter.
      expect((along(ax, ay) - along(bx, by)) * length).toBeCloseTo(Math.min(1, length), 1);
    }
    // A piece is cut only once it holds the vertices asked for.
    for (const piece of pieces.slice(0, -1)) expect(commands(piece).filter((c) => c !== "Z").length).toBeGreaterThanOrEqual(size);
  });
});
