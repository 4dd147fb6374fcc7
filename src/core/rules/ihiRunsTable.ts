/**
 * The IHI runs table: for 10 to 60 useful observations (points not on the
 * median), the lower and upper limit for the number of runs, as printed in
 * Perla RJ, Provost LP, Murray SK. "The run chart: a simple analytical tool for
 * learning from variation in healthcare processes". *BMJ Quality & Safety*
 * 2011;20:46–51, Table 1 ("Table is based on about a 5% risk of failing the run
 * test for random patterns of data"; "Source: Adapted from Swed and
 * Eisenhart"). Fewer runs than the lower limit are too few, more than the upper
 * limit too many; a count equal to a limit is not a signal.
 *
 * Kept as printed, irregularities included (docs/rules/ihi.md lists the 18 rows
 * where the exact Wald–Wolfowitz distribution at 2.5 % per tail gives another
 * bound, and why). Entry k is for 10 + k useful observations; every entry is
 * tested against test/fixtures/ihi-runs-table/table.csv.
 * @internal
 */
export const ihiRunsTable: readonly (readonly [lower: number, upper: number])[] = [
  [3, 9],
  [3, 10],
  [3, 11],
  [4, 11],
  [4, 12],
  [5, 12],
  [5, 13],
  [5, 13],
  [6, 14],
  [6, 15],
  [6, 16],
  [7, 16],
  [7, 17],
  [7, 17],
  [8, 18],
  [8, 18],
  [9, 19],
  [10, 19],
  [10, 20],
  [10, 20],
  [11, 21],
  [11, 22],
  [11, 23],
  [12, 23],
  [12, 24],
  [12, 24],
  [13, 25],
  [13, 25],
  [14, 26],
  [14, 26],
  [15, 27],
  [15, 27],
  [16, 28],
  [16, 28],
  [17, 29],
  [17, 30],
  [17, 31],
  [18, 31],
  [18, 32],
  [19, 32],
  [19, 33],
  [20, 33],
  [20, 34],
  [21, 34],
  [21, 35],
  [22, 35],
  [22, 35],
  [23, 36],
  [23, 37],
  [24, 38],
  [24, 38],
];

/** The fewest and most useful observations the published table covers. @internal */
export const ihiRunsTableRange = { min: 10, max: 60 } as const;
