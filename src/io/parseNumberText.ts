/**
 * How one cell reads as a number: with a decimal point and with a decimal
 * comma. Both can be possible ("12" → 12 and 12; "1.002" → 1.002 and 1002),
 * one ("12,5" → comma only; "1,234.5" → point only) or neither ("x").
 */
export interface NumberReading {
  /** The cell is empty or a missing marker (see {@link missingMarkers}). */
  missing: boolean;
  /** The value read with a decimal point (`,` and spaces may group thousands); NaN when the cell does not read so. */
  dot: number;
  /** The value read with a decimal comma (`.` and spaces may group thousands); NaN when the cell does not read so. */
  comma: number;
}

/**
 * Cell texts that mean "missing", compared case-insensitively after trimming:
 * the empty cell, `NA`, `N/A`, `#N/A` (Danish Excel's `#I/T`), `NULL`, `NaN`, `-`, `–`, `.` and `..`.
 */
export const missingMarkers: readonly string[] = ["", "na", "n/a", "#n/a", "#i/t", "null", "nan", "-", "\u2013", ".", ".."];
const missing = new Set(missingMarkers);

const space = 32;
const nbsp = 0xa0;
const narrowNbsp = 0x202f;
const thinSpace = 0x2009;
const dot = 46;
const comma = 44;

function isSpace(c: number): boolean {
  return c === space || c === nbsp || c === narrowNbsp || c === thinSpace || c === 9;
}

/**
 * Reads a cell as a number the ways it can be read (linear time, no regular
 * expressions): an optional sign (`-`, `+` or the minus sign U+2212), digits
 * with at most one decimal mark, thousands separators only in valid groups
 * (the first group 1–3 digits not starting with 0, then groups of exactly 3:
 * `1.234.567,8`, `1 234,5`, `1,234.5`; a space, no-break space U+00A0, narrow
 * no-break space U+202F or thin space U+2009 groups under either decimal
 * mark), an optional exponent (`1.5E-3`), and an optional `%` after the value
 * (`95,4 %`: the value stays 95.4). Leading and trailing spaces are ignored.
 *
 * Writes into `out` (no allocation per cell) and returns it.
 */
export function parseNumberText(text: string, out: NumberReading = { missing: false, dot: Number.NaN, comma: Number.NaN }): NumberReading {
  out.missing = false;
  out.dot = Number.NaN;
  out.comma = Number.NaN;
  let start = 0;
  let end = text.length;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (end - start <= 4 && missing.has(text.slice(start, end).toLowerCase())) {
    out.missing = true;
    return out;
  }
  // A percent sign after the value, with or without a space before it.
  if (end > start && text.charCodeAt(end - 1) === 37) {
    end--;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  }
  let negative = false;
  const first = text.charCodeAt(start);
  if (first === 45 || first === 43 || first === 0x2212) {
    negative = first !== 43;
    start++;
  }
  // Exponent: the last e/E, followed by an optional sign and digits only.
  let exponent = "";
  for (let k = end - 1; k > start; k--) {
    const c = text.charCodeAt(k);
    if (c === 101 || c === 69) {
      let e = k + 1;
      let sign = "";
      const s = text.charCodeAt(e);
      if (s === 45 || s === 43 || s === 0x2212) {
        sign = s === 43 ? "" : "-";
        e++;
      }
      if (e >= end || !allDigits(text, e, end)) return out;
      exponent = `e${sign}${text.slice(e, end)}`;
      end = k;
      break;
    }
    if (c < 48 || c > 57) {
      if (c !== 45 && c !== 43 && c !== 0x2212) break;
    }
  }
  if (start >= end) return out;
  // Mantissa: digit groups and the separators between them.
  let separatorCount = 0;
  let lastSeparator = -1; // index of the last separator
  let dots = 0;
  let commas = 0;
  let spaces = 0;
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c >= 48 && c <= 57) continue;
    if (c === dot) dots++;
    else if (c === comma) commas++;
    else if (isSpace(c)) spaces++;
    else return out;
    // Two separators in a row, or one at the end, never read as a number.
    if (k === end - 1 || (k > start && !isDigit(text.charCodeAt(k - 1)))) return out;
    separatorCount++;
    lastSeparator = k;
  }
  if (separatorCount === 0) {
    out.dot = out.comma = finish(text.slice(start, end), exponent, negative);
    return out;
  }
  out.dot = readAs(text, start, end, dot, dots, commas, spaces, lastSeparator, exponent, negative);
  out.comma = readAs(text, start, end, comma, commas, dots, spaces, lastSeparator, exponent, negative);
  return out;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function allDigits(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!isDigit(text.charCodeAt(k))) return false;
  return true;
}

function finish(digits: string, exponent: string, negative: boolean): number {
  const value = Number(`${digits}${exponent}`);
  return negative ? -value : value;
}

/**
 * The value with `mark` as the decimal mark, or NaN. `marks` and `others`
 * count the decimal mark and the other mark; `spaces` the space-like separators.
 */
function readAs(text: string, start: number, end: number, mark: number, marks: number, others: number, spaces: number, lastSeparator: number, exponent: string, negative: boolean): number {
  if (marks > 1) return Number.NaN;
  if (others > 0 && spaces > 0) return Number.NaN; // one kind of thousands separator
  if (marks === 1 && text.charCodeAt(lastSeparator) !== mark) return Number.NaN; // the decimal mark comes last
  const integerEnd = marks === 1 ? lastSeparator : end;
  const grouped = others + spaces > 0;
  if (grouped) {
    // Groups: the first of 1–3 digits not starting with 0, each later one of exactly 3.
    let groupStart = start;
    let firstGroup = true;
    for (let k = start; k <= integerEnd; k++) {
      if (k < integerEnd && isDigit(text.charCodeAt(k))) continue;
      const size = k - groupStart;
      if (firstGroup ? size < 1 || size > 3 || text.charCodeAt(start) === 48 : size !== 3) return Number.NaN;
      firstGroup = false;
      groupStart = k + 1;
    }
  } else if (integerEnd === start && marks === 0) return Number.NaN;
  let digits = "";
  let from = start;
  for (let k = start; k < integerEnd; k++) {
    if (!isDigit(text.charCodeAt(k))) {
      digits += text.slice(from, k);
      from = k + 1;
    }
  }
  digits += text.slice(from, integerEnd);
  if (marks === 1) digits = `${digits === "" ? "0" : digits}.${text.slice(lastSeparator + 1, end)}`;
  return finish(digits, exponent, negative);
}
