const halfLogTwoPi = 0.9189385332046727; // ln(2π)/2

/**
 * Natural logarithm of the gamma function for x > 0.
 *
 * Shifts x up to at least 15 with Γ(x + 1) = xΓ(x), then uses Stirling's series
 * ln Γ(x) = (x − ½) ln x − x + ½ ln 2π + 1/(12x) − 1/(360x³) + 1/(1260x⁵) − 1/(1680x⁷) + 1/(1188x⁹)
 * (Abramowitz & Stegun 1964, 6.1.40), whose truncation error there is below 1e-17.
 *
 * @example
 * logGamma(0.5); // => 0.5723649429247001 (ln √π)
 */
export function logGamma(x: number): number {
  if (!(x > 0)) return Number.NaN;
  let shift = 0;
  let product = 1;
  while (x < 15) {
    product *= x;
    x += 1;
    shift++;
  }
  const inverse = 1 / x;
  const inverse2 = inverse * inverse;
  const series =
    inverse * (1 / 12 - inverse2 * (1 / 360 - inverse2 * (1 / 1260 - inverse2 * (1 / 1680 - inverse2 / 1188))));
  const value = (x - 0.5) * Math.log(x) - x + halfLogTwoPi + series;
  return shift === 0 ? value : value - Math.log(product);
}
