/**
 * Slow, obviously correct: the smallest c with P(X ≤ c) ≥ p for X ~ Binomial(trials, ½),
 * in exact integer arithmetic. With p = a/b: Σ_{k≤c} C(trials, k) · b ≥ a · 2^trials.
 */
export function exactBinomialHalfQuantile(p: number, trials: number): number {
  // p = 0.05 = 1/20 exactly as a fraction for the comparison.
  const [a, b] = p === 0.05 ? [1n, 20n] : fraction(p);
  const total = 1n << BigInt(trials);
  let coefficient = 1n;
  let sum = 0n;
  for (let k = 0; k <= trials; k++) {
    sum += coefficient;
    if (sum * b >= a * total) return k;
    coefficient = (coefficient * BigInt(trials - k)) / BigInt(k + 1);
  }
  return trials;
}

function fraction(p: number): [bigint, bigint] {
  const scale = 1_000_000_000n;
  return [BigInt(Math.round(p * 1e9)), scale];
}
