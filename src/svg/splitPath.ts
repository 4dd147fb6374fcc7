import { formatNumber } from "./node.ts";

/** The vertices of a piece of a long line drawn for the screen (a few dozen pixels of the plot's width). @internal */
export const verticesPerPiece = 256;

/**
 * A path of `M`, `L` and `Z` commands cut into pieces of about `vertices`
 * vertices each, for a chart drawn for the screen: a browser rasterises a
 * path in every tile of the screen its box touches, so a line across the
 * whole plot was drawn in full once per tile (the data line of 100,000
 * points, a few thousand vertices, was most of the time a frame took to
 * paint after a change). A cut is made in the middle of a line segment: the
 * piece before ends half a pixel past the segment's midpoint and the piece
 * after starts half a pixel before it, so that every vertex keeps its join in
 * one piece and the two overlap by a pixel of straight line (no seam where
 * they meet; only the anti-aliased edge of that pixel is drawn twice). Cuts
 * are made only in a segment between two vertices of one stretch, never at a
 * move or a `Z`. A path of fewer vertices is one piece, as it is.
 * @internal
 */
export function splitPath(d: string, vertices: number): string[] {
  const pieces: string[] = [];
  let start = 0;
  // How the current piece begins when it continues a cut segment ("M…", the overlap's start), else "".
  let head = "";
  let count = 0;
  // Where the command before the current one starts, and its letter (76 L, 77 M, 90 Z).
  let previous = -1;
  let previousLetter = 0;
  for (let i = 0; i < d.length; i++) {
    const c = d.charCodeAt(i);
    if (c !== 76 && c !== 77 && c !== 90) continue;
    if (c === 76 && count >= vertices && (previousLetter === 76 || previousLetter === 77)) {
      const end = nextCommand(d, i + 1);
      if (end === d.length) break;
      // The segment from the previous vertex u to this one, v, cut at its midpoint with half a pixel of overlap.
      const [ux, uy] = pointAt(d, previous + 1, i);
      const [vx, vy] = pointAt(d, i + 1, end);
      const length = Math.hypot(vx - ux, vy - uy);
      const reach = length === 0 ? 0 : Math.min(0.5, length / 2) / length;
      const mx = (ux + vx) / 2;
      const my = (uy + vy) / 2;
      const dx = (vx - ux) * reach;
      const dy = (vy - uy) * reach;
      pieces.push(`${head}${d.slice(start, i)}L${formatNumber(mx + dx)},${formatNumber(my + dy)}`);
      head = `M${formatNumber(mx - dx)},${formatNumber(my - dy)}`;
      start = i;
      count = 1;
    }
    if (c !== 90) count++;
    previous = i;
    previousLetter = c;
  }
  pieces.push(`${head}${d.slice(start)}`);
  return pieces;
}

function nextCommand(d: string, from: number): number {
  for (let k = from; k < d.length; k++) {
    const c = d.charCodeAt(k);
    if (c === 76 || c === 77 || c === 90) return k;
  }
  return d.length;
}

/** The point "x,y" written in `d` from `from` to `to`. */
function pointAt(d: string, from: number, to: number): [number, number] {
  const comma = d.indexOf(",", from);
  return [Number(d.slice(from, comma)), Number(d.slice(comma + 1, to))];
}
