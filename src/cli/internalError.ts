import { printable } from "./printable.ts";

/**
 * An error the CLI did not expect (a bug, or a limit of the JavaScript engine
 * such as a stack overflow on a huge input) as one line, without a stack trace:
 * `internal error: RangeError: Maximum call stack size exceeded`, with what to do.
 */
export function internalError(error: unknown): string {
  const what = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const why = error instanceof RangeError && /call stack/i.test(error.message) ? "the input is too large or too deeply nested to be handled here: " : "";
  return `internal error: ${why}${printable(what)} (please report it with the input and the command line)`;
}
