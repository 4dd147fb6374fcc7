/**
 * The one error class of shewhart, and the helpers that print a bad value safely.
 *
 * Messages follow one pattern, a single line with no trailing period, naming the
 * function, the field (with its index) and the value:
 * `analyze: invalid y[7]: expected a finite number or null, received NaN`.
 * The messages are English; the errors users meet most often also carry their
 * reason as data (`phrase`), which `reasonText` says in Danish.
 */
import type { ExpectedPhrase, ReasonPhrase } from "./words/errorPhrase.ts";
import { errorsEn, expectedEn } from "./words/errorsEn.ts";

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
  /** What was expected, e.g. `"a finite number or null"`, or as a phrase each language words. */
  readonly expected?: string | ExpectedPhrase;
  /** The offending value; it is printed with {@link formatValue}. */
  readonly received?: unknown;
  /** A description used instead of `expected …, received …`: free-form, or as a phrase each language words (another error's `phrase` too). */
  readonly detail?: string | ReasonPhrase;
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
  /**
   * The message without its place (`fn: invalid y[7]: `), in English:
   * `expected a finite number or null, received NaN`, `insufficient data:
   * every y is missing`. For callers that say the place their own way (a
   * file's line and column); a numerator's error names no denominator index
   * here (`numerator (12) exceeds denominator (10) in a p chart`).
   */
  readonly reason: string;
  /** The reason as data, when the error has words in other languages than English (`reasonText` says it); else null. */
  readonly phrase: ReasonPhrase | null;

  constructor(options: SpcErrorOptions) {
    const fn = options.fn ?? "analyze";
    const where = formatPath(options.path);
    const received = "received" in options ? formatValue(options.received) : undefined;
    const { detail, expected } = options;
    let phrase: ReasonPhrase | null = null;
    if (typeof detail === "object") phrase = options.code === "insufficient_data" && detail.key !== "insufficient" && detail.key !== "expectedReceived" ? { key: "insufficient", detail } : detail;
    else if (typeof expected === "object") phrase = { key: "expectedReceived", expected, received: received ?? "nothing" };
    let tail: string;
    let reason: string;
    if (phrase !== null) {
      // An insufficient-data phrase says "insufficient data: …" itself.
      tail = errorsEn.reason(phrase);
      reason = errorsEn.reason(placeless(phrase));
    } else if (options.code === "insufficient_data") {
      tail = reason = `insufficient data: ${(detail as string | undefined) ?? "nothing can be computed"}`;
    } else if (detail !== undefined) {
      tail = reason = detail as string;
    } else {
      tail = reason = `expected ${(expected as string | undefined) ?? "a valid value"}, received ${received ?? "nothing"}`;
    }
    super(phrase?.key === "insufficient" || (phrase === null && options.code === "insufficient_data") ? `${fn}: ${tail}` : `${fn}: invalid ${where}: ${tail}`);
    this.code = options.code;
    this.path = options.path;
    this.expected = typeof expected === "object" ? expectedEn(expected) : expected;
    this.received = received;
    this.reason = reason;
    this.phrase = phrase;
    this.issues = options.issues ?? [{ path: options.path, message: this.message }];
    Object.defineProperty(this, brand, { value: true });
  }
}

/** A phrase as said without its place: a numerator's error names no denominator index. @internal */
export function placeless(phrase: ReasonPhrase): ReasonPhrase {
  return phrase.key === "exceeds" ? { ...phrase, index: null } : phrase;
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
