/**
 * The one error class of shewhart, and the helpers that print a bad value safely.
 *
 * Messages follow one pattern, a single line with no trailing period, naming the
 * function, the field (with its index) and the value:
 * `analyze: invalid y[7]: expected a finite number or null, received NaN`.
 */

/** What kind of problem an {@link SpcError} reports. */
export type SpcErrorCode = "invalid_input" | "invalid_option" | "insufficient_data";

/** A path into the input, zod-style: `["y", 7]` prints as `y[7]`. */
export type SpcPath = readonly (string | number)[];

/** One problem found in the input (an {@link SpcError} lists every problem it knows of). */
export interface SpcIssue {
  readonly path: SpcPath;
  readonly message: string;
}

/** Options of the {@link SpcError} constructor. */
export interface SpcErrorOptions {
  /** The public function that raised the error, printed first. Default `"analyze"`. */
  readonly fn?: string;
  readonly code: SpcErrorCode;
  readonly path: SpcPath;
  /** What was expected, e.g. `"a finite number or null"`. */
  readonly expected?: string;
  /** The offending value; it is printed with {@link formatValue}. */
  readonly received?: unknown;
  /** A free-form description used instead of `expected …, received …`. */
  readonly detail?: string;
  readonly issues?: readonly SpcIssue[];
}

const brand = Symbol.for("shewhart.SpcError");

/**
 * Thrown for input that cannot be analysed. Prefer {@link isSpcError} to
 * `instanceof`: it also recognises errors from a second copy of the library
 * (an ESM and a CJS build loaded side by side).
 *
 * @example
 * try { analyze({ y: [1, NaN] }); } catch (e) { if (isSpcError(e)) e.path; } // => ["y", 1]
 */
export class SpcError extends Error {
  override readonly name = "SpcError";
  readonly code: SpcErrorCode;
  readonly path: SpcPath;
  /** What was expected, when the error is about a value. */
  readonly expected: string | undefined;
  /** The offending value, printed safely. */
  readonly received: string | undefined;
  /** Every problem found; the message names the first. */
  readonly issues: readonly SpcIssue[];

  constructor(options: SpcErrorOptions) {
    const fn = options.fn ?? "analyze";
    const where = formatPath(options.path);
    const received = "received" in options ? formatValue(options.received) : undefined;
    let text: string;
    if (options.code === "insufficient_data") {
      text = `${fn}: insufficient data: ${options.detail ?? "nothing can be computed"}`;
    } else if (options.detail !== undefined) {
      text = `${fn}: invalid ${where}: ${options.detail}`;
    } else {
      text = `${fn}: invalid ${where}: expected ${options.expected ?? "a valid value"}, received ${received ?? "nothing"}`;
    }
    super(text);
    this.code = options.code;
    this.path = options.path;
    this.expected = options.expected;
    this.received = received;
    this.issues = options.issues ?? [{ path: options.path, message: text }];
    Object.defineProperty(this, brand, { value: true });
  }
}

/**
 * True for an {@link SpcError}, from this or any other copy of the library.
 *
 * @example
 * isSpcError(new Error("x")); // => false
 */
export function isSpcError(error: unknown): error is SpcError {
  return typeof error === "object" && error !== null && (error as Record<symbol, unknown>)[brand] === true;
}

/** Prints a path as users write it: `["rules", "shift"]` → `rules.shift`, `["y", 7]` → `y[7]`. */
export function formatPath(path: SpcPath): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out === "" ? part : `.${part}`;
  }
  return out === "" ? "spec" : out;
}

const maxStringLength = 40;

/**
 * Prints any value short and safe for a one-line message: strings are quoted and
 * cut at 40 characters with control characters escaped, and `-0`, `NaN` and the
 * infinities are spelled out.
 *
 * @example
 * formatValue(NaN); // => "NaN"
 * formatValue("a\nb"); // => "\"a\\nb\""
 */
export function formatValue(value: unknown): string {
  switch (typeof value) {
    case "number":
      return Object.is(value, -0) ? "-0" : String(value);
    case "string": {
      const cut = value.length > maxStringLength ? `${value.slice(0, maxStringLength)}…` : value;
      return JSON.stringify(cut).replace(/[\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
    }
    case "bigint":
      return `${value}n`;
    case "undefined":
      return "undefined";
    case "boolean":
      return String(value);
    case "symbol":
      return "a symbol";
    case "function":
      return "a function";
    default:
      if (value === null) return "null";
      if (value instanceof Date) return Number.isNaN(value.getTime()) ? "an invalid Date" : `Date(${value.toISOString()})`;
      if (Array.isArray(value)) return `an array of length ${value.length}`;
      if (ArrayBuffer.isView(value)) return `a ${value.constructor.name}`;
      return "an object";
  }
}
