import { pointKinds, type PointKind } from "../model.ts";
import { h, type SvgNode } from "../node.ts";
import { PathText } from "../pathText.ts";
import type { Frame } from "./frame.ts";

/** Outlines per path of a dense chart's marks: a path covers a narrow stretch of the plot, so it is painted only where it lies. */
const outlinesPerPath = 64;

/**
 * The marks of a dense chart (signals and excluded points only), drawn for the
 * screen: per look (kind, colour, excluded), in the order the looks first
 * appear, a `<g class="shewhart-marks shewhart-marks-KIND">` whose
 * `data-marks` counts the points it marks. Filled marks are drawn without the
 * white outline a mark of their own has (where thousands overlap it showed only
 * around their union), and those that touch within one half pixel of x are
 * one outline — squares (runs) one box from the lowest to the highest,
 * diamonds (outside the limits) less than a pixel apart one stretched diamond:
 * the same pixels but within half a pixel at their sides (their centres differ
 * by less than half a pixel across the column); a lone mark is its own shape.
 * They are split among paths of a few dozen outlines, each covering a narrow
 * stretch of the plot: a path is painted in every tile of the screen it spans,
 * and 10,000 marks in one path took longer to paint than the rest of the chart
 * to draw. A hollow (excluded) look is one path of its marks, each drawn as its
 * own element would be.
 * @internal
 */
export function denseMarks(frame: Frame): SvgNode[] {
  const { model, x, y, options } = frame;
  const { theme } = options;
  // The looks in the order they first appear, found by kind and exclusion, then colour (a few of each).
  const looks: Look[] = [];
  const byCode: Look[][] = [[], [], [], [], [], []];
  const positions = x.positions;
  const { kind: kinds, included, value: values, length } = model;
  for (let i = 0; i < length; i++) {
    const code = kinds[i] as number;
    const excluded = included[i] !== 1;
    if (code === 0 && !excluded) continue;
    const value = values[i] as number;
    if (!Number.isFinite(value)) continue;
    const color = model.colorAt(i);
    const same = byCode[code * 2 + (excluded ? 1 : 0)] as Look[];
    let look: Look | undefined;
    for (let k = 0; k < same.length && look === undefined; k++) if ((same[k] as Look).color === color) look = same[k];
    if (look === undefined) {
      look = new Look(pointKinds[code] as PointKind, excluded, color);
      same.push(look);
      looks.push(look);
    }
    look.add(positions[i] as number, y(value));
  }
  return looks.map((look) => {
    const paths = look.paths();
    const { kind, excluded, color } = look;
    const attributes = { class: `shewhart-marks shewhart-marks-${kind}${excluded ? " shewhart-excluded" : ""}`, "data-marks": look.count };
    // A hollow look is one path: all its fills, then all its outlines.
    if (excluded) return h("g", attributes, h("path", { d: paths.join(""), fill: theme.background, stroke: color, "stroke-width": 1.5 }));
    return h("g", attributes, paths.map((d) => h("path", { d, fill: color })));
  });
}

/** The marks of one look in a dense chart, gathered per half pixel of x and made into outlines ({@link denseMarks}). */
class Look {
  count = 0;
  /** The outlines written so far, all in one text; where each path of {@link outlinesPerPath} of them ends in it (a hollow look's: one path). */
  private readonly path = new PathText();
  private readonly ends: number[] = [];
  private outlines = 0;
  /** The current half pixel's marks: their x and y, in the order drawn. */
  private column = Number.NaN;
  private xs: number[] = [];
  private ys: number[] = [];

  constructor(
    readonly kind: PointKind,
    readonly excluded: boolean,
    readonly color: string,
  ) {}

  add(px: number, py: number): void {
    this.count++;
    const at = Math.floor(px * 2);
    if (at !== this.column) {
      this.flush();
      this.column = at;
    }
    this.xs.push(px);
    this.ys.push(py);
  }

  /** The look's paths: one text made once and cut where each path ends (a text per path cost a call into the browser each). */
  paths(): string[] {
    this.flush();
    const ends = this.ends;
    if (this.outlines > 0) ends.push(this.path.length);
    const text = this.path.text();
    return ends.map((end, k) => text.slice(k === 0 ? 0 : ends[k - 1], end));
  }

  /** Ends an outline: a filled look's path holds {@link outlinesPerPath} of them. */
  private outlined(): void {
    if (++this.outlines < outlinesPerPath || this.excluded) return;
    this.ends.push(this.path.length);
    this.outlines = 0;
  }

  private flush(): void {
    const { xs, ys, kind } = this;
    if (xs.length === 0) return;
    // Squares touch when their centres are at most a side (7) apart; diamonds are joined only within a pixel, where
    // the notch between two of them is at most half a pixel deep. Hollow marks and dots are drawn one by one.
    const reach = this.excluded ? -1 : kind === "pattern" ? 7 : kind === "sigma" ? 1 : -1;
    if (reach < 0 || xs.length === 1) {
      for (let k = 0; k < xs.length; k++) {
        writeMark(this.path, kind, xs[k] as number, ys[k] as number);
        this.outlined();
      }
    } else {
      // The column's marks by height (usually a handful, sorted by insertion).
      const order: number[] = [];
      if (ys.length > 16) for (let k = 0; k < ys.length; k++) order.push(k);
      else
        for (let k = 0; k < ys.length; k++) {
          let j = order.length;
          while (j > 0 && (ys[order[j - 1] as number] as number) > (ys[k] as number)) j--;
          order.splice(j, 0, k);
        }
      if (ys.length > 16) order.sort((a, b) => (ys[a] as number) - (ys[b] as number));
      let k = 0;
      while (k < order.length) {
        const first = order[k] as number;
        let low = ys[first] as number;
        let high = low;
        let left = xs[first] as number;
        let right = left;
        let j = k + 1;
        while (j < order.length && (ys[order[j] as number] as number) - high <= reach) {
          const m = order[j] as number;
          high = ys[m] as number;
          left = Math.min(left, xs[m] as number);
          right = Math.max(right, xs[m] as number);
          j++;
        }
        if (j === k + 1) writeMark(this.path, kind, left, low);
        else joinedPath(this.path, kind, left, right, low, high);
        this.outlined();
        k = j;
      }
    }
    this.xs = [];
    this.ys = [];
  }
}

/** The outline around marks of one kind centred within [left, right] × [low, high] (y down): a box, or a stretched diamond. */
function joinedPath(d: PathText, kind: PointKind, left: number, right: number, low: number, high: number): void {
  if (kind === "pattern") {
    d.char(77).point(left - 3.5, low - 3.5).char(72).number(right + 3.5).char(86).number(high + 3.5).char(72).number(left - 3.5).char(90);
    return;
  }
  d.char(77).point(left, low - 5.5).char(72).number(right).char(76).point(right + 5.5, low).char(86).number(high).char(76).point(right, high + 5.5);
  d.char(72).number(left).char(76).point(left - 5.5, high).char(86).number(low).char(90);
}

/** The outline of a mark of each kind at (px, py): a diamond's path as its own element has it (dataLine.ts), the others as theirs look. @internal */
export function markPath(kind: PointKind, px: number, py: number): string {
  const d = new PathText();
  writeMark(d, kind, px, py);
  return d.text();
}

/** {@link markPath} written into `d`. */
function writeMark(d: PathText, kind: PointKind, px: number, py: number): void {
  if (kind === "sigma") d.char(77).point(px, py - 5.5).char(76).point(px + 5.5, py).char(76).point(px, py + 5.5).char(76).point(px - 5.5, py).char(90);
  else if (kind === "pattern") d.char(77).point(px - 3.5, py - 3.5).ascii("h7v7h-7Z");
  else d.char(77).point(px - 2.8, py).ascii("a2.8,2.8 0 1,0 5.6,0a2.8,2.8 0 1,0 -5.6,0");
}
