// A run chart of 24 values with the Anhøj rules: is there non-random variation?
import { analyze, type ChartResult } from "shewhart";

export function main(): ChartResult {
  const y = [39.9, 43.9, 48.1, 55.2, 46.2, 44.4, 55.7, 48.3, 41.4, 48.5, 56.8, 49.2, 47.2, 55.1, 54.3, 55.5, 54.4, 50.2, 55.7, 50.2, 51.6, 52, 55.1, 43];
  // Median 50.2; 22 useful points (two lie on the median); the longest run, 8,
  // exceeds round(log2(22)) + 3 = 7: non-random variation.
  return analyze({ chart: "run", y });
}
