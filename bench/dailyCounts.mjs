/**
 * The browser benchmarks' file (bench/app.mjs, bench/appAnalysis.mjs): daily counts with a denominator,
 * Danish style — semicolons, dates as dd-mm-yyyy, CRLF — a P chart of `rows` days from 1900-01-01, binomial
 * counts from a linear congruential generator (the same file on every run) with a shift after row 40,000.
 */
export function dailyCounts(rows) {
  const lines = ["Dato;Tæller;Nævner"];
  let seed = 1;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const day0 = Date.UTC(1900, 0, 1);
  for (let k = 0; k < rows; k++) {
    const d = new Date(day0 + k * 86_400_000);
    const date = `${String(d.getUTCDate()).padStart(2, "0")}-${String(d.getUTCMonth() + 1).padStart(2, "0")}-${d.getUTCFullYear()}`;
    const n = 80 + ((k * 37) % 41);
    let count = 0;
    for (let j = 0; j < n; j++) if (random() < (k > 40_000 ? 0.55 : 0.5)) count++;
    lines.push(`${date};${count};${n}`);
  }
  return lines.join("\r\n");
}
