/** Subgroups listed by index in a warning of the library ("(indices 3, 4, …)", "(indeks 14)"). */
const indexList = /\((?:index|indices|indeks|indekser) [\d, …]+\)/;

/**
 * A warning that names subgroups by 0-based index (`indices`), with them named where the user finds them instead:
 * `place(i)` for the first five ("Uge 15 2020 i linje 16"), separated by "; " (a place may hold a comma, as
 * "Uge 15, 2020" does). The list replaces the library's "(indices …)", or follows a message that has none.
 * The command line and the browser app say a warning's places alike.
 *
 * @example
 * warningPlaces("1 subgroup has a zero denominator (index 14); shown as gaps", [14], () => "2020-W15 on line 16");
 * // => "1 subgroup has a zero denominator (2020-W15 on line 16); shown as gaps"
 */
export function warningPlaces(message: string, indices: readonly number[], place: (index: number) => string): string {
  if (indices.length === 0) return message;
  const where = indices.slice(0, 5).map(place).join("; ") + (indices.length > 5 ? "; …" : "");
  return indexList.test(message) ? message.replace(indexList, `(${where})`) : `${message} (${where})`;
}
