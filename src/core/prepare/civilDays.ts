/**
 * Days since 1970-01-01 of a date of the proleptic Gregorian calendar (the calendar of `Date`), for any integer
 * year — years 0–99 included, which `Date.UTC` would read as 1900–1999 — month 1–12 and day 1–31 (a day past the
 * month's end counts on into the next month, as `Date.UTC` does).
 *
 * Arithmetic only, so that reading 100,000 dates costs no call into the engine's date functions: the year is
 * counted from March (February, with its leap day, last), so that the days before a month follow from the
 * month alone as ⌊(153·m′ + 2) / 5⌋ with m′ = 0 for March; whole 400-year eras have 146,097 days. The method is
 * H. Hinnant, "chrono-Compatible Low-Level Date Algorithms" (days_from_civil), written out here.
 * @internal
 */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400; // 0–399
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1; // from March 1st
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  // 719,468 days from 0000-03-01 (the start of era 0) to 1970-01-01.
  return era * 146_097 + dayOfEra - 719_468;
}

/**
 * The year, month (1–12) and day (1–31) of a day counted from 1970-01-01 (an integer), the inverse of
 * {@link daysFromCivil} (same source: civil_from_days), for the proleptic Gregorian calendar, written into `out`
 * so that a pass over 100,000 days (the renderer's day and month tick labels) allocates nothing.
 * @internal
 */
export function civilDate(days: number, out: Int32Array): Int32Array {
  const z = days + 719_468; // days since 0000-03-01
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097; // 0–146,096
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100)); // from March 1st
  const shifted = Math.floor((5 * dayOfYear + 2) / 153); // 0 for March … 11 for February
  const month = shifted < 10 ? shifted + 3 : shifted - 9;
  out[0] = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  out[1] = month;
  out[2] = dayOfYear - Math.floor((153 * shifted + 2) / 5) + 1;
  return out;
}

const scratch = new Int32Array(3);

/** The year and month (1–12) of a day counted from 1970-01-01 (an integer): {@link civilDate} without the day. @internal */
export function civilMonth(days: number): { readonly year: number; readonly month: number } {
  civilDate(days, scratch);
  return { year: scratch[0] as number, month: scratch[1] as number };
}
