/**
 * Median of the first `length` values of `values`, by selection rather than
 * sorting (Floyd & Rivest 1975, expected n + min(k, n − k) + o(n) comparisons,
 * about 1.5 n for the median). The buffer is reordered in place: pass a scratch
 * copy. For an even count the median is the mean of the two middle values, as in
 * R's `median()`. Returns NaN for an empty buffer.
 *
 * @param values - scratch buffer of finite numbers (no NaN)
 * @param length - how many leading values of the buffer to use
 * @example
 * median(Float64Array.of(3, 1, 2), 3); // => 2
 * median(Float64Array.of(4, 1, 3, 2), 4); // => 2.5
 */
export function median(values: Float64Array, length: number = values.length): number {
  if (length === 0) return Number.NaN;
  const half = length >>> 1;
  select(values, half, 0, length - 1);
  const upper = values[half] as number;
  if (length % 2 === 1) return upper;
  // After selecting index `half`, every value left of it is <= upper: the lower middle is their maximum.
  let lower = values[0] as number;
  for (let i = 1; i < half; i++) {
    const v = values[i] as number;
    if (v > lower) lower = v;
  }
  const mid = (lower + upper) / 2;
  return Number.isFinite(mid) ? mid : lower / 2 + upper / 2;
}

/** Above this many values, the pivot is chosen from a recursively selected sample. */
const sampleFrom = 600;

/**
 * Places the k-th smallest of `a[left…right]` at index k, with smaller or equal
 * values before it and larger or equal after it: SELECT of Floyd & Rivest
 * ("Algorithm 489: the algorithm SELECT — for finding the ith smallest of n
 * elements", Communications of the ACM 18(3):173, 1975). On long ranges it
 * first selects within a sample of about n^(2/3) values around k's expected
 * rank, so that the value it partitions by lies very close to the k-th and one
 * partition pass leaves a short range. @internal
 */
export function select(a: Float64Array, k: number, left: number, right: number): void {
  while (right > left) {
    if (right - left > sampleFrom) {
      // Sample size s and the deviation sd that keep the k-th value inside [from, to] with high probability.
      const n = right - left + 1;
      const i = k - left + 1;
      const z = Math.log(n);
      const s = 0.5 * Math.exp((2 * z) / 3);
      const sd = 0.5 * Math.sqrt((z * s * (n - s)) / n) * Math.sign(i - n / 2);
      const from = Math.max(left, Math.floor(k - (i * s) / n + sd));
      const to = Math.min(right, Math.floor(k + ((n - i) * s) / n + sd));
      select(a, k, from, to);
    }
    // Partition a[left…right] around t = a[k], keeping t at the boundary.
    const t = a[k] as number;
    let i = left;
    let j = right;
    swap(a, left, k);
    if ((a[right] as number) > t) swap(a, right, left);
    while (i < j) {
      swap(a, i, j);
      i++;
      j--;
      while ((a[i] as number) < t) i++;
      while ((a[j] as number) > t) j--;
    }
    if (a[left] === t) swap(a, left, j);
    else {
      j++;
      swap(a, j, right);
    }
    // t now sits at j: continue on the side that holds k.
    if (j <= k) left = j + 1;
    if (k <= j) right = j - 1;
  }
}

function swap(a: Float64Array, i: number, j: number): void {
  const t = a[i] as number;
  a[i] = a[j] as number;
  a[j] = t;
}
