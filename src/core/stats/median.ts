/**
 * Median of the first `length` values of `values`, by selection (Hoare's
 * quickselect, expected O(n)) rather than sorting. The buffer is reordered in
 * place: pass a scratch copy. For an even count the median is the mean of the
 * two middle values, as in R's `median()`. Returns NaN for an empty buffer.
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
  const upper = select(values, half, 0, length - 1);
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

/** Places the k-th smallest value at index k (Floyd–Rivest style partitioning, median-of-three pivot). @internal */
function select(a: Float64Array, k: number, left: number, right: number): number {
  while (right > left) {
    const mid = (left + right) >>> 1;
    // median of three as pivot, moved to `left`
    if ((a[mid] as number) < (a[left] as number)) swap(a, mid, left);
    if ((a[right] as number) < (a[left] as number)) swap(a, right, left);
    if ((a[right] as number) < (a[mid] as number)) swap(a, right, mid);
    swap(a, mid, left);
    const pivot = a[left] as number;
    let i = left;
    let j = right + 1;
    for (;;) {
      do i++; while (i <= right && (a[i] as number) < pivot);
      do j--; while ((a[j] as number) > pivot);
      if (i >= j) break;
      swap(a, i, j);
    }
    swap(a, left, j);
    if (j === k) return a[k] as number;
    if (j < k) left = j + 1;
    else right = j - 1;
  }
  return a[k] as number;
}

function swap(a: Float64Array, i: number, j: number): void {
  const t = a[i] as number;
  a[i] = a[j] as number;
  a[j] = t;
}
