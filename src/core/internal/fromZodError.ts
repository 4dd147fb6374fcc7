import type { $ZodError, $ZodIssue } from "zod/v4/core";
import { SpcError, type SpcErrorOptions } from "../errors.ts";
import { expectedBySpecField } from "../schema/chartSpec.ts";

/**
 * Turns a failed zod parse into an {@link SpcError}: the first issue becomes the
 * message, all of them go into `issues`. The expected value is described in our
 * own words (`expectedByField`), the received value is read from the input, so
 * zod's wording never reaches users.
 * @internal
 */
export function fromZodError(
  error: $ZodError,
  input: unknown,
  expectedByField: Readonly<Record<string, string>>,
  fn = "analyze",
): SpcError {
  const all = error.issues.map((issue) => describeIssue(issue, input, expectedByField, fn));
  const first = all[0] ?? { fn, code: "invalid_input" as const, path: [], detail: "the spec could not be read" };
  const issues = all.map((options) => ({ path: options.path, message: new SpcError(options).message }));
  return new SpcError({ ...first, issues });
}

function describeIssue(
  issue: $ZodIssue,
  input: unknown,
  expectedByField: Readonly<Record<string, string>>,
  fn: string,
): SpcErrorOptions {
  if (issue.code === "invalid_union") {
    // Report the alternative that got furthest into the value (e.g. freeze[1] inside an array).
    const deepest = issue.errors.flat().reduce<$ZodIssue | undefined>((best, candidate) => {
      return best === undefined || candidate.path.length > best.path.length ? candidate : best;
    }, undefined);
    if (deepest !== undefined && deepest.path.length > 0) {
      return describeIssue({ ...deepest, path: [...issue.path, ...deepest.path] } as $ZodIssue, input, expectedByField, fn);
    }
  }
  const path = issue.path.filter((p): p is string | number => typeof p !== "symbol");
  if (issue.code === "unrecognized_keys") {
    return {
      fn,
      code: "invalid_option",
      path: [...path, issue.keys[0] ?? ""],
      detail: `unknown option, expected one of ${optionNames(expectedByField, path).join(", ")}`,
    };
  }
  if (path.length === 0) {
    return { fn, code: "invalid_input", path: [], expected: "a chart specification object", received: input };
  }
  const field = String(path[0]);
  // The element's or nested field's words (`freeze[]`, `rules.shift`), else the field's; as a phrase when they are the spec's, which every language words.
  const element = typeof path[1] === "number" ? `${field}[]` : typeof path[1] === "string" ? `${field}.${path[1]}` : undefined;
  const key = element !== undefined && expectedByField[element] !== undefined ? element : expectedByField[field] !== undefined ? field : undefined;
  const words = key === undefined ? "a valid value" : (expectedByField[key] as string);
  return {
    fn,
    code: field === "y" || field === "n" || field === "x" ? "invalid_input" : "invalid_option",
    path,
    expected: key !== undefined && expectedByField === expectedBySpecField ? { key: "field", field: key } : words,
    received: valueAt(input, path),
  };
}

function valueAt(input: unknown, path: readonly (string | number)[]): unknown {
  let value = input;
  for (const key of path) {
    if (typeof value !== "object" || value === null || !Object.prototype.hasOwnProperty.call(value, key)) return undefined;
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
}

/** The option names at a path: top-level fields, or the fields of a nested object such as `rules`. */
function optionNames(expectedByField: Readonly<Record<string, string>>, path: readonly (string | number)[]): string[] {
  const prefix = path.length === 0 ? "" : `${path.join(".")}.`;
  return Object.keys(expectedByField)
    .filter((key) => key.startsWith(prefix) && !key.endsWith("[]") && !key.slice(prefix.length).includes("."))
    .map((key) => key.slice(prefix.length));
}
