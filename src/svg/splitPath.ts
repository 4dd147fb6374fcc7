/** The vertices of a piece of a long line drawn for the screen (a few dozen pixels of the plot's width). @internal */
export const verticesPerPiece = 256;

/**
 * A path of `M`, `L` and `Z` commands cut into pieces of about `vertices`
 * vertices each, for a chart drawn for the screen: a browser rasterises a
 * path in every tile of the screen its box touches, so a line across the
 * whole plot was drawn in full once per tile (the data line of 100,000
 * points, a few thousand vertices, was most of the time a frame took to
 * paint after a change). Each piece after the first begins with the last
 * segment of the piece before, as a move to that segment's start: every
 * vertex where two pieces meet is drawn with its join by the later piece,
 * so the pieces cover the same pixels as the whole path (the one segment
 * drawn twice per cut only deepens its anti-aliased edge). Cuts are made only
 * between two line segments of one stretch, never at a move or a `Z`. A
 * path of fewer vertices is one piece, as it is.
 * @internal
 */
export function splitPath(d: string, vertices: number): string[] {
  const pieces: string[] = [];
  let start = 0;
  // Whether the piece starts with a segment repeated from the piece before (its first letter is then made a move).
  let repeated = false;
  let count = 0;
  // Where the command before the current one starts, and its letter (76 L, 77 M, 90 Z).
  let previous = -1;
  let previousLetter = 0;
  for (let i = 0; i < d.length; i++) {
    const c = d.charCodeAt(i);
    if (c !== 76 && c !== 77 && c !== 90) continue;
    if (c === 76 && count >= vertices && (previousLetter === 76 || previousLetter === 77)) {
      // End this piece after the segment that ends at this command's vertex; the next starts at that segment's start.
      const end = nextCommand(d, i + 1);
      if (end === d.length) break;
      pieces.push(piece(d, start, end, repeated));
      start = previous;
      repeated = true;
      count = 1;
    }
    if (c !== 90) count++;
    previous = i;
    previousLetter = c;
  }
  pieces.push(piece(d, start, d.length, repeated));
  return pieces;
}

function nextCommand(d: string, from: number): number {
  for (let k = from; k < d.length; k++) {
    const c = d.charCodeAt(k);
    if (c === 76 || c === 77 || c === 90) return k;
  }
  return d.length;
}

function piece(d: string, start: number, end: number, repeated: boolean): string {
  return repeated ? `M${d.slice(start + 1, end)}` : d.slice(start, end);
}
