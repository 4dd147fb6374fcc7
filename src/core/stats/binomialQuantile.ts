const logTwoPi = 1.8378770664093453;

/**
 * δ(k) = ln k! − [(k + ½) ln k − k + ½ ln 2π], the error of Stirling's formula
 * (Loader 2000, "Fast and accurate computation of binomial probabilities").
 * Exact factorials below 16 (they are exact in doubles), the asymptotic series above.
 */
function stirlingError(k: number): number {
  if (k < 16) {
    let factorial = 1;
    for (let i = 2; i <= k; i++) factorial *= i;
    return k === 0 ? -Infinity : Math.log(factorial) - ((k + 0.5) * Math.log(k) - k + logTwoPi / 2);
  }
  const k2 = k * k;
  return (1 / 12 - (1 / 360 - (1 / 1260 - (1 / 1680 - 1 / (1188 * k2)) / k2) / k2) / k2) / k;
}

/**
 * D(x, m) = x ln(x/m) + m − x, computed without cancellation when x ≈ m by the
 * series 2x·Σ v^(2j+1)/(2j+1) − … with v = (x − m)/(x + m) (Loader 2000, §2).
 */
function deviance(x: number, m: number): number {
  if (Math.abs(x - m) < 0.1 * (x + m)) {
    const v = (x - m) / (x + m);
    let sum = (x - m) * v;
    let term = 2 * x * v;
    const v2 = v * v;
    for (let j = 1; j < 1000; j++) {
      term *= v2;
      const next = sum + term / (2 * j + 1);
      if (next === sum) return next;
      sum = next;
    }
    return sum;
  }
  return x * Math.log(x / m) + m - x;
}

/**
 * P(X = k) for X ~ Binomial(trials, ½), accurate to a few ulps for any size,
 * by Loader's saddle-point expansion (Loader 2000). @internal
 */
export function binomialHalfProbability(k: number, trials: number): number {
  if (k < 0 || k > trials) return 0;
  if (k === 0 || k === trials) return Math.pow(0.5, trials);
  const half = trials / 2;
  const exponent =
    stirlingError(trials) - stirlingError(k) - stirlingError(trials - k) - deviance(k, half) - deviance(trials - k, half);
  return Math.exp(exponent) * Math.sqrt(trials / (2 * Math.PI * k * (trials - k)));
}

/**
 * Lower-tail quantile of the symmetric binomial distribution: the smallest c with
 * P(X ≤ c) ≥ p for X ~ Binomial(trials, ½). This is R's `qbinom(p, trials, 0.5)`.
 *
 * Starts at the normal approximation, computes P(X ≤ c) once by summing point
 * probabilities downwards (each from its neighbour, P(k − 1) = P(k)·k/(trials − k + 1)),
 * then steps to the answer. Exact for any number of trials a double can count
 * (no overflow at 10⁸ or 10¹²); cost O(√trials).
 *
 * @param p - probability in (0, 1)
 * @param trials - number of trials, a non-negative integer
 * @example
 * binomialHalfQuantile(0.05, 23); // => 8 (R: qbinom(0.05, 23, 0.5))
 */
export function binomialHalfQuantile(p: number, trials: number): number {
  if (trials === 0) return 0;
  const sd = Math.sqrt(trials) / 2;
  const z = normalQuantileApprox(p);
  let c = Math.min(trials, Math.max(0, Math.floor(trials / 2 + z * sd)));
  let cdf = binomialHalfCdf(c, trials);
  if (cdf >= p) {
    // step down while the smaller value still reaches p
    let probability = binomialHalfProbability(c, trials);
    while (c > 0 && cdf - probability >= p) {
      cdf -= probability;
      probability *= c / (trials - c + 1);
      c--;
    }
  } else {
    let probability = binomialHalfProbability(c + 1, trials);
    while (cdf < p && c < trials) {
      c++;
      cdf += probability;
      probability *= (trials - c) / (c + 1);
    }
  }
  return c;
}

/** P(X ≤ c) for X ~ Binomial(trials, ½), summing downwards until the terms no longer matter. @internal */
export function binomialHalfCdf(c: number, trials: number): number {
  if (c < 0) return 0;
  if (c >= trials) return 1;
  if (c > trials / 2) return 1 - binomialHalfCdf(trials - c - 1, trials);
  let probability = binomialHalfProbability(c, trials);
  let sum = 0;
  let compensation = 0;
  for (let k = c; k >= 0 && probability > 0; k--) {
    const t = sum + probability;
    compensation += sum >= probability ? sum - t + probability : probability - t + sum;
    sum = t;
    if (probability < (sum + compensation) * 1e-18) break;
    probability *= k / (trials - k + 1);
  }
  return sum + compensation;
}

/**
 * Normal quantile, good to about 1e-9 (Acklam's rational approximation); only
 * a starting point for the exact search above. @internal
 */
function normalQuantileApprox(p: number): number {
  const a = [-3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1, 2.506628277459239];
  const b = [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1];
  const c = [-7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
  const d = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];
  const tail = (q: number): number =>
    (((((c[0]! * q + c[1]!) * q + c[2]!) * q + c[3]!) * q + c[4]!) * q + c[5]!) / ((((d[0]! * q + d[1]!) * q + d[2]!) * q + d[3]!) * q + 1);
  if (p < 0.02425) return tail(Math.sqrt(-2 * Math.log(p)));
  if (p > 0.97575) return -tail(Math.sqrt(-2 * Math.log(1 - p)));
  const t = p - 0.5;
  const u = t * t;
  return ((((((a[0]! * u + a[1]!) * u + a[2]!) * u + a[3]!) * u + a[4]!) * u + a[5]!) * t) / (((((b[0]! * u + b[1]!) * u + b[2]!) * u + b[3]!) * u + b[4]!) * u + 1);
}
