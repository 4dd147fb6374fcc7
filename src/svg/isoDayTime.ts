/**
 * The time (ms since 1970-01-01 UTC) of midnight UTC starting an ISO date
 * `YYYY-MM-DD` that names a day (checked before: validateResult), as
 * `Date.parse(x + "T00:00:00Z")` gives it, by arithmetic: days from the civil
 * date in the proleptic Gregorian calendar (H. Hinnant, "chrono-Compatible
 * Low-Level Date Algorithms", days_from_civil). Date.parse per point was a
 * fifth of drawing a chart of 100,000 days.
 * @internal
 */
export function isoDayTime(x: string): number {
  let year = (x.charCodeAt(0) - 48) * 1000 + (x.charCodeAt(1) - 48) * 100 + (x.charCodeAt(2) - 48) * 10 + (x.charCodeAt(3) - 48);
  const month = (x.charCodeAt(5) - 48) * 10 + (x.charCodeAt(6) - 48);
  const day = (x.charCodeAt(8) - 48) * 10 + (x.charCodeAt(9) - 48);
  // Years begin in March, so that the leap day is the last day of a year.
  if (month <= 2) year -= 1;
  const era = Math.floor(year / 400);
  const yearOfEra = year - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return (era * 146_097 + dayOfEra - 719_468) * 86_400_000;
}
