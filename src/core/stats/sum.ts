/**
 * Compensated sum (Neumaier's improvement of Kahan summation; Neumaier 1974,
 * "Rundungsfehleranalyse einiger Verfahren zur Summation endlicher Summen").
 * Keeps means and pooled variances accurate to the last bits on long series.
 * @internal
 */
export class Sum {
  private total = 0;
  private compensation = 0;
  /** Number of values added. */
  count = 0;

  add(value: number): void {
    const t = this.total + value;
    if (Math.abs(this.total) >= Math.abs(value)) this.compensation += this.total - t + value;
    else this.compensation += value - t + this.total;
    this.total = t;
    this.count++;
  }

  /** The sum of the values added (0 when none). */
  value(): number {
    return this.total + this.compensation;
  }

  /** Their mean (NaN when none). */
  mean(): number {
    return this.count === 0 ? Number.NaN : this.value() / this.count;
  }
}
