import type { Lines } from "../charts/phaseContext.ts";

/**
 * Two of three consecutive points beyond 2 sigma on the same side of the
 * centre line ("two out of three consecutive points near a control limit, in
 * the outer one-third or beyond": Western Electric 1956; Provost & Murray 2011,
 * ch. 5, rule 4; NHS "Making Data Count"). Missing and excluded subgroups are
 * skipped. Returns the beyond-2-sigma points of the qualifying windows of
 * three; overlapping windows on the same side make one signal.
 */
export function detectTwoOfThree(
  values: Float64Array,
  lines: Lines,
  included: Uint8Array,
  start: number,
  end: number,
): { indices: number[]; side: "above" | "below" }[] {
  const found: { indices: number[]; side: "above" | "below" }[] = [];
  const recent: number[] = [];
  for (let i = start; i <= end; i++) {
    if (included[i] !== 1 || !((values[i] as number) === (values[i] as number))) continue;
    recent.push(i);
    if (recent.length > 3) recent.shift();
    if (recent.length < 3) continue;
    for (const side of ["above", "below"] as const) {
      const beyond = recent.filter((k) => (side === "above" ? (values[k] as number) > (lines.ucl95[k] as number) : (values[k] as number) < (lines.lcl95[k] as number)));
      if (beyond.length < 2) continue;
      // Overlapping windows on the same side make one signal.
      const previous = found[found.length - 1];
      if (previous !== undefined && previous.side === side && beyond.some((k) => previous.indices.includes(k))) {
        for (const k of beyond) if (!previous.indices.includes(k)) previous.indices.push(k);
      } else {
        found.push({ indices: beyond, side });
      }
    }
  }
  return found;
}
