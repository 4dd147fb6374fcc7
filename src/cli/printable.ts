/**
 * Characters that change what a terminal shows rather than being shown: C0
 * controls (newline, carriage return, tab, ESC, …), DEL, C1 controls (CSI
 * U+009B starts escape sequences on some terminals), the bidirectional marks,
 * embeddings, overrides and isolates (Trojan Source, CVE-2021-42574), and the
 * Unicode line and paragraph separators.
 */
const unsafe = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** {@link unsafe} but the C0 controls, which `JSON.stringify` escapes in strings (and uses, as newlines, between lines of indented JSON). */
const unsafeInJson = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const named: Readonly<Record<string, string>> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

/**
 * Text from a file (a cell, a group name, a file name) made safe to print on a
 * terminal: every character of {@link unsafe} is written as a visible escape
 * (`\n`, `\x1b`, `\u202e`), so that no cell can forge a summary row, move the
 * cursor, recolour the screen or reverse the reading order.
 *
 * @example
 * printable("A\n\u001b[2Jall,p"); // => "A\\n\\x1b[2Jall,p"
 */
export function printable(text: string): string {
  return text.replace(unsafe, (c) => named[c] ?? escapeCode(c.charCodeAt(0)));
}

/**
 * JSON text (from `JSON.stringify`, which escapes C0 controls already) with
 * the other characters of {@link unsafe} written as `\uXXXX` escapes: the
 * same JSON value, safe to print on a terminal.
 */
export function printableJson(json: string): string {
  return json.replace(unsafeInJson, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

function escapeCode(code: number): string {
  return code < 0x100 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
}
