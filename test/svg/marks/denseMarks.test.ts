import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/core/analyze.ts";
import { renderSvg } from "../../../src/svg/render.ts";

// 6,000 points across a 720 px chart (about nine per pixel): a shift after the first third (a long run of marked
// squares, overlapping by the hundred, and many of its points beyond the limits as diamonds) and every 97th point far
// above the limits (diamonds within a hundredth of each other).
const y = Array.from({ length: 6000 }, (_, k) => (k % 97 === 50 ? 200 + (k % 3) * 0.01 : 100 + ((k * 7919) % 7) - 3 + (k >= 3000 ? 8 : 0)));
const result = analyze({ chart: "i", y, freeze: 2000 });
const full = renderSvg(result);
const dense = renderSvg(result, { maxPointMarks: 5000 });

type Point = readonly [number, number];
/** The outlines of a look's paths: each closed subpath's vertices (absolute; h/v/H/V followed). */
function outlines(svg: string, kind: string): { marks: number; shapes: Point[][] } {
  const group = new RegExp(`<g class="shewhart-marks shewhart-marks-${kind}" data-marks="(\\d+)">([\\s\\S]*?)</g>`).exec(svg)!;
  const shapes: Point[][] = [];
  for (const [, d] of group[2]!.matchAll(/d="([^"]*)"/g)) {
    for (const sub of d!.split("M").slice(1)) {
      let [x, y] = sub.split(/[A-Za-z]/)[0]!.split(",").map(Number) as [number, number];
      const shape: Point[] = [[x, y]];
      for (const [, command, args] of sub.matchAll(/([LHVhvZ])([^A-Za-z]*)/g)) {
        if (command === "Z") break;
        const a = args!.split(",").map(Number);
        if (command === "L") [x, y] = [a[0]!, a[1]!];
        else if (command === "H") x = a[0]!;
        else if (command === "V") y = a[0]!;
        else if (command === "h") x += a[0]!;
        else if (command === "v") y += a[0]!;
        shape.push([x, y]);
      }
      shapes.push(shape);
    }
  }
  return { marks: Number(group[1]), shapes };
}

/** Whether p lies in the convex polygon (either winding), within eps. */
function inside(shape: readonly Point[], p: Point, eps = 0.011): boolean {
  let sign = 0;
  for (let k = 0; k < shape.length; k++) {
    const [ax, ay] = shape[k]!;
    const [bx, by] = shape[(k + 1) % shape.length]!;
    const length = Math.hypot(bx - ax, by - ay);
    if (length === 0) continue;
    const cross = ((bx - ax) * (p[1] - ay) - (by - ay) * (p[0] - ax)) / length;
    if (Math.abs(cross) <= eps) continue;
    if (sign === 0) sign = Math.sign(cross);
    else if (Math.sign(cross) !== sign) return false;
  }
  return true;
}

/** A shape's bounding box. */
function extent(shape: readonly Point[]): { left: number; right: number; top: number; bottom: number } {
  const xs = shape.map(([x]) => x);
  const ys = shape.map(([, y]) => y);
  return { left: Math.min(...xs), right: Math.max(...xs), top: Math.min(...ys), bottom: Math.max(...ys) };
}

const squares = [...full.matchAll(/class="shewhart-point shewhart-point-pattern"[^>]* x="([-\d.]+)" y="([-\d.]+)" width="7" height="7"/g)].map(([, x, y]) => [Number(x), Number(y)] as const);
const diamonds = [...full.matchAll(/class="shewhart-point shewhart-point-sigma"[^>]* d="M([-\d.]+),([-\d.]+)L/g)].map(([, x, top]) => [Number(x), Number(top) + 5.5] as const);

describe("the marks of a dense chart", () => {
  it("mark the points their elements mark, touching squares in a half pixel joined into one box", () => {
    const { marks, shapes } = outlines(dense, "pattern");
    expect(squares.length).toBeGreaterThan(1000);
    expect(marks).toBe(squares.length);
    expect(shapes.length).toBeLessThan(squares.length / 2);
    // Every square drawn in full lies within an outline; no outline reaches further than half a pixel beyond them.
    for (const [x, y] of squares) {
      const corners: Point[] = [[x, y], [x + 7, y], [x + 7, y + 7], [x, y + 7]];
      expect(shapes.some((shape) => corners.every((c) => inside(shape, c)))).toBe(true);
    }
    for (const shape of shapes) {
      const { left, right, top, bottom } = extent(shape);
      expect(right - left).toBeLessThanOrEqual(7.51);
      // Its top and bottom are a square's; the squares inside it (by their centres) cover it from top to bottom.
      const within = squares.filter(([x, y]) => x + 3.5 >= left + 3.49 && x + 3.5 <= right - 3.49 && y >= top - 0.011 && y + 7 <= bottom + 0.011).map(([, y]) => y).sort((a, b) => a - b);
      expect(within.length).toBeGreaterThan(0);
      expect(Math.abs(within[0]! - top)).toBeLessThan(0.011);
      expect(Math.abs(within.at(-1)! + 7 - bottom)).toBeLessThan(0.011);
      for (let k = 1; k < within.length; k++) expect(within[k]! - within[k - 1]!).toBeLessThanOrEqual(7.011);
    }
  });

  it("draw each diamond within an outline that is no more than half a pixel wider than the diamonds it holds", () => {
    const { marks, shapes } = outlines(dense, "sigma");
    expect(marks).toBe(diamonds.length);
    expect(diamonds.length).toBeGreaterThan(50);
    for (const [x, y] of diamonds) {
      const corners: Point[] = [[x, y - 5.5], [x + 5.5, y], [x, y + 5.5], [x - 5.5, y]];
      expect(shapes.some((shape) => corners.every((c) => inside(shape, c)))).toBe(true);
    }
    for (const shape of shapes) {
      const { left, right, top, bottom } = extent(shape);
      expect(right - left).toBeLessThanOrEqual(11.51);
      // Its top and bottom are a diamond's; the diamonds it holds are less than a pixel apart from one to the next.
      const within = diamonds.filter(([x, y]) => x >= left + 5.49 && x <= right - 5.49 && y - 5.5 >= top - 0.011 && y + 5.5 <= bottom + 0.011).map(([, y]) => y).sort((a, b) => a - b);
      expect(within.length).toBeGreaterThan(0);
      expect(Math.abs(within[0]! - 5.5 - top)).toBeLessThan(0.011);
      expect(Math.abs(within.at(-1)! + 5.5 - bottom)).toBeLessThan(0.011);
      for (let k = 1; k < within.length; k++) expect(within[k]! - within[k - 1]!).toBeLessThanOrEqual(1.011);
    }
  });

  it("splits a look's outlines among paths of a few dozen, filled without an outline", () => {
    const group = /<g class="shewhart-marks shewhart-marks-pattern"[^>]*>([\s\S]*?)<\/g>/.exec(dense)![1]!;
    const paths = [...group.matchAll(/<path d="([^"]*)" fill="[^"]+"\/>/g)];
    expect(paths.length).toBeGreaterThan(1);
    for (const [, d] of paths) expect(d!.split("M").length - 1).toBeLessThanOrEqual(64);
    expect(group).not.toMatch(/stroke/);
  });
});
