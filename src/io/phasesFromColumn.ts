/** The phases a phase column makes ({@link phasesFromColumn}). */
export interface ColumnPhases {
  /** Where each phase after the first begins: subgroup indices, ascending. */
  readonly breaks: number[];
  /** Each phase's name, the column's own value ("Før", "Efter"); null when the column has no value at all. */
  readonly labels: string[] | null;
}

/**
 * The phases of a series from a phase column, given its value for each subgroup (the first non-empty value of the
 * subgroup's rows, "" for none): a new phase where the value changes, named by it; a subgroup without a value
 * continues the phase before it (an empty cell between two "Før" is no new phase). The command line's `--phase` and
 * the browser app read a phase column alike.
 *
 * @example
 * phasesFromColumn(["Før", "", "Før", "Efter", "Efter"]); // => { breaks: [3], labels: ["Før", "Efter"] }
 */
export function phasesFromColumn(values: readonly string[]): ColumnPhases {
  const breaks: number[] = [];
  let current = values.find((v) => v !== "") ?? "";
  const labels = [current];
  for (let i = 1; i < values.length; i++) {
    const value = values[i] ?? "";
    if (value !== "" && value !== current) {
      breaks.push(i);
      labels.push(value);
      current = value;
    }
  }
  return { breaks, labels: current === "" ? null : labels };
}
