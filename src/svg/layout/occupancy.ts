/** An axis-aligned box in the chart's coordinates. @internal */
export interface Rect {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/** Side of a bucket in px: about a label's height, so a query reads a handful of buckets. */
const cell = 24;

/**
 * What is already drawn where a label must not go: boxes (texts, point
 * markers) and segments (the data line), held in a grid of buckets so that a
 * query reads only the buckets a box touches — placing labels stays linear in
 * points and labels rather than comparing all pairs. @internal
 */
export class Occupancy {
  private readonly rects: Rect[] = [];
  private readonly segments: [number, number, number, number][] = [];
  /** Bucket key → indices: rects as k >= 0, segments as -1 - k. */
  private readonly buckets = new Map<number, number[]>();
  private readonly stamps: number[] = [];
  private queries = 0;
  /** The item that made the last {@link free} query false. */
  private lastHit: number | null = null;

  /**
   * @param area Where labels can go (with room to spare): boxes and segments are bucketed only where they
   *   lie inside it, so a point drawn far outside the picture (a tampered or unsorted x) costs nothing.
   */
  constructor(private readonly area: Rect = { left: -1e6, top: -1e6, right: 1e6, bottom: 1e6 }) {}

  /** Adds a box. */
  addRect(rect: Rect): void {
    this.rects.push(rect);
    this.insert(rect, this.rects.length - 1);
  }

  /** Adds a segment from (x1, y1) to (x2, y2). */
  addSegment(x1: number, y1: number, x2: number, y2: number): void {
    // (Tested one by one: an array and a callback per segment were a tenth of laying out a chart of 100,000 points.)
    if (!(Number.isFinite(x1) && Number.isFinite(y1) && Number.isFinite(x2) && Number.isFinite(y2))) return;
    this.segments.push([x1, y1, x2, y2]);
    const k = this.segments.length - 1;
    // Only the part inside the area is bucketed (the whole segment is kept for the crossing test).
    const clipped = inside(this.area, x1, y1, x2, y2);
    if (clipped === null) return;
    const [t0, t1] = clipped;
    const dx = x2 - x1;
    const dy = y2 - y1;
    // A long steep segment is put in the buckets along it, not in its whole bounding box.
    const steps = Math.max(1, Math.ceil((Math.max(Math.abs(dx), Math.abs(dy)) * (t1 - t0)) / cell));
    for (let s = 0; s < steps; s++) {
      const a = t0 + ((t1 - t0) * s) / steps;
      const b = t0 + ((t1 - t0) * (s + 1)) / steps;
      const xa = x1 + dx * a;
      const xb = x1 + dx * b;
      const ya = y1 + dy * a;
      const yb = y1 + dy * b;
      this.insert({ left: Math.min(xa, xb), right: Math.max(xa, xb), top: Math.min(ya, yb), bottom: Math.max(ya, yb) }, -1 - k);
    }
  }

  /** How many boxes and segments a box touches (0: free), counting no further than `limit`. */
  count(rect: Rect, limit = Number.POSITIVE_INFINITY): number {
    // Items met in several buckets are counted once: each is stamped with the query's number.
    // The buckets are walked here rather than through visit(): every place a label tries is a query.
    const query = ++this.queries;
    let hits = 0;
    const { x0, x1, y0, y1 } = this.cells(rect);
    for (let gx = x0; gx <= x1; gx++) {
      for (let gy = y0; gy <= y1; gy++) {
        if (hits >= limit) return hits;
        const bucket = this.buckets.get(gx * 100_003 + gy);
        if (bucket === undefined) continue;
        for (const k of bucket) {
          const slot = k >= 0 ? 2 * k : -2 * k - 1;
          if (this.stamps[slot] === query) continue;
          this.stamps[slot] = query;
          if (k >= 0 ? overlaps(rect, this.rects[k] as Rect) : crosses(rect, this.segments[-1 - k] as [number, number, number, number])) hits++;
        }
      }
    }
    return hits;
  }

  /** True when a box touches nothing. */
  free(rect: Rect): boolean {
    // A label tries places a few px apart: what blocked the last place tried most likely blocks this one too, so it is asked first.
    const last = this.lastHit;
    if (last !== null && this.hits(rect, last)) return false;
    const { x0, x1, y0, y1 } = this.cells(rect);
    for (let gx = x0; gx <= x1; gx++) {
      for (let gy = y0; gy <= y1; gy++) {
        const bucket = this.buckets.get(gx * 100_003 + gy);
        if (bucket === undefined) continue;
        for (const k of bucket) {
          if (this.hits(rect, k)) {
            this.lastHit = k;
            return false;
          }
        }
      }
    }
    return true;
  }

  /** Whether a box touches item k (a rect as k >= 0, a segment as -1 - k). */
  private hits(rect: Rect, k: number): boolean {
    return k >= 0 ? overlaps(rect, this.rects[k] as Rect) : crosses(rect, this.segments[-1 - k] as [number, number, number, number]);
  }

  private insert(rect: Rect, k: number): void {
    this.visit(rect, (key) => {
      const bucket = this.buckets.get(key);
      if (bucket === undefined) this.buckets.set(key, [k]);
      else if (bucket[bucket.length - 1] !== k) bucket.push(k);
    });
  }

  private visit(rect: Rect, fn: (key: number) => void): void {
    const { x0, x1, y0, y1 } = this.cells(rect);
    for (let gx = x0; gx <= x1; gx++) for (let gy = y0; gy <= y1; gy++) fn(gx * 100_003 + gy);
  }

  /** The cells a box covers, within the area. */
  private cells(rect: Rect): { x0: number; x1: number; y0: number; y1: number } {
    const { area } = this;
    return {
      x0: Math.floor(Math.max(rect.left, area.left) / cell),
      x1: Math.floor(Math.min(rect.right, area.right) / cell),
      y0: Math.floor(Math.max(rect.top, area.top) / cell),
      y1: Math.floor(Math.min(rect.bottom, area.bottom) / cell),
    };
  }
}

/** The part of a segment inside a box, as the interval [t0, t1] of its parameter, or null when it misses the box. */
function inside(box: Rect, x1: number, y1: number, x2: number, y2: number): [number, number] | null {
  const dx = x2 - x1;
  const dy = y2 - y1;
  const range = { t0: 0, t1: 1 };
  if (!clip(-dx, x1 - box.left, range) || !clip(dx, box.right - x1, range) || !clip(-dy, y1 - box.top, range) || !clip(dy, box.bottom - y1, range)) return null;
  return [range.t0, range.t1];
}

/** Boxes that share area (touching edges do not count). @internal */
export function overlaps(a: Rect, b: Rect): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/** Whether a segment passes through a box (Liang–Barsky clipping: Liang & Barsky 1984). @internal */
export function crosses(rect: Rect, segment: readonly [number, number, number, number]): boolean {
  const [x1, y1, x2, y2] = segment;
  // Most segments a query meets lie beside the box: their bounding boxes do not even touch.
  if ((x1 < rect.left && x2 < rect.left) || (x1 > rect.right && x2 > rect.right) || (y1 < rect.top && y2 < rect.top) || (y1 > rect.bottom && y2 > rect.bottom)) return false;
  const dx = x2 - x1;
  const dy = y2 - y1;
  const range = { t0: 0, t1: 1 };
  // The four edges in turn, without allocating: left, right, top, bottom.
  if (!clip(-dx, x1 - rect.left, range) || !clip(dx, rect.right - x1, range) || !clip(-dy, y1 - rect.top, range) || !clip(dy, rect.bottom - y1, range)) return false;
  return range.t0 < range.t1 || (range.t0 === range.t1 && dx === 0 && dy === 0);
}

/** One edge of Liang–Barsky clipping: narrows the segment's parameter range, false when nothing is left. */
function clip(p: number, q: number, range: { t0: number; t1: number }): boolean {
  if (p === 0) return q >= 0;
  const t = q / p;
  if (p < 0) {
    if (t > range.t1) return false;
    if (t > range.t0) range.t0 = t;
  } else {
    if (t < range.t0) return false;
    if (t < range.t1) range.t1 = t;
  }
  return true;
}
