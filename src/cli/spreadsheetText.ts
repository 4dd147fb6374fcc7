/**
 * A text cell of CSV output made safe to open in a spreadsheet: a cell that
 * starts with `=`, `+`, `-`, `@`, a tab or a carriage return (or their
 * full-width forms) would be read as a formula by Excel, LibreOffice and
 * Google Sheets, so it gets a leading `'`, as OWASP's "CSV Injection"
 * guidance recommends (https://owasp.org/www-community/attacks/CSV_Injection).
 * Only for text columns: numbers are written as numbers, and negative numbers
 * stay negative.
 *
 * @example
 * spreadsheetText("=HYPERLINK(\"http://x\")"); // => "'=HYPERLINK(\"http://x\")"
 */
export function spreadsheetText(text: string): string {
  return /^[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/.test(text) ? `'${text}` : text;
}
