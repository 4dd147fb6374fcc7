/**
 * Critical values of the "best box" and "cut box" modifications of the Anhøj
 * rules for 10 to 100 useful data points, from the exact joint distribution of
 * the number of crossings C and the longest run L (Anhøj & Wentzel-Larsen 2020,
 * "Smooth operator: Modifying the Anhøj rules to improve runs analysis in
 * statistical process control", PLoS ONE 15(6): e0233920).
 *
 * Best box: no signal while C ≥ cb and L ≤ lb. Cut box additionally cuts the
 * corner of that box where it is a border case: where a border pair (cbord,
 * lbord) is given, C = cb is accepted only with L ≤ lbord and L = lb only with
 * C ≥ cbord.
 */
export interface BoxBounds {
  readonly cb: number;
  readonly lb: number;
  readonly cbord: number | null;
  readonly lbord: number | null;
}

/** First and last number of useful points the tables cover. */
export const boxRange = { min: 10, max: 100 } as const;

// Columns for useful = 10, 11, …, 100 (91 entries each); 0 marks "no border case".
const cb = [
  2, 3, 3, 3, 3, 4, 5, 5, 5, 5, 6, 7, 6, 6, 6, 6, 9, 9, 9, 10, 11, 11, 11, 11, 11, 12, 13, 14, 13, 15, 15, 15, 14, 14, 17, 17,
  17, 17, 19, 19, 19, 19, 19, 21, 21, 21, 21, 23, 23, 23, 23, 23, 25, 25, 26, 26, 27, 27, 27, 28, 29, 29, 29, 30, 30, 31, 31,
  31, 32, 33, 33, 33, 34, 33, 35, 35, 35, 35, 37, 37, 38, 37, 39, 39, 39, 39, 39, 41, 41, 42, 41,
];
const lb = [
  6, 7, 6, 6, 6, 7, 8, 7, 7, 7, 7, 8, 7, 7, 7, 7, 9, 8, 8, 8, 10, 9, 8, 8, 8, 8, 9, 10, 8, 11, 9, 9, 8, 8, 10, 9, 9, 9, 12, 10, 9,
  9, 9, 11, 10, 9, 9, 12, 10, 10, 9, 9, 11, 10, 11, 10, 12, 10, 10, 11, 14, 11, 10, 11, 10, 12, 11, 10, 11, 13, 11, 10, 11, 10,
  11, 11, 10, 10, 12, 11, 12, 10, 13, 11, 11, 10, 10, 12, 11, 12, 10,
];
const cbord = [
  3, 4, 0, 0, 0, 6, 6, 0, 6, 6, 0, 0, 7, 7, 7, 0, 10, 10, 11, 0, 12, 14, 0, 12, 13, 0, 15, 0, 0, 0, 0, 17, 0, 0, 0, 0, 19, 20, 20,
  21, 0, 21, 21, 23, 23, 0, 23, 25, 24, 26, 0, 24, 27, 27, 27, 27, 29, 0, 29, 29, 30, 31, 30, 31, 0, 32, 34, 33, 33, 37, 35, 0,
  36, 36, 0, 38, 36, 38, 38, 39, 0, 39, 41, 40, 42, 0, 41, 42, 44, 43, 42,
];
const lbord = [
  5, 6, 0, 0, 0, 6, 7, 0, 6, 5, 0, 0, 6, 6, 6, 0, 7, 7, 7, 0, 9, 8, 0, 7, 7, 0, 8, 0, 0, 0, 0, 8, 0, 0, 0, 0, 8, 7, 11, 9, 0, 8,
  7, 9, 8, 0, 8, 11, 9, 8, 0, 8, 9, 9, 10, 9, 10, 0, 8, 8, 13, 9, 9, 10, 0, 9, 8, 9, 8, 11, 9, 0, 10, 7, 0, 8, 9, 8, 10, 9, 0, 9,
  12, 10, 8, 0, 8, 9, 9, 10, 9,
];

/**
 * The best-box and cut-box bounds for a number of useful points, or `null`
 * outside 10–100 where the tables do not reach.
 *
 * @example
 * boxBounds(24); // => { cb: 6, lb: 7, cbord: 7, lbord: 6 }
 */
export function boxBounds(useful: number): BoxBounds | null {
  if (!Number.isInteger(useful) || useful < boxRange.min || useful > boxRange.max) return null;
  const i = useful - boxRange.min;
  const border = cbord[i] as number;
  return {
    cb: cb[i] as number,
    lb: lb[i] as number,
    cbord: border === 0 ? null : border,
    lbord: border === 0 ? null : (lbord[i] as number),
  };
}
