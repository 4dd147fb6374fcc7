import { SpcError } from "../core/errors.ts";
import { chartTypes, periods } from "../core/schema/chartSpec.ts";
import type { ChartResultJSON } from "../core/types.ts";

const xTypes: ReadonlySet<string> = new Set(["index", "number", "date", "category"]);
const rules: ReadonlySet<string> = new Set(["longestRun", "crossings", "box", "shift", "trend", "fewRuns", "manyRuns", "astronomical", "twoOfThree", "hugging", "sigma"]);
const sides: ReadonlySet<string> = new Set(["above", "below", "increasing", "decreasing"]);
const directions: ReadonlySet<string> = new Set(["improvement", "deterioration", "neutral", "mixed"]);
const lineFields = ["value", "numerator", "denominator", "cl", "lcl", "ucl", "lcl95", "ucl95"] as const;
const phaseLines = ["cl", "lcl", "ucl", "lcl95", "ucl95"] as const;
/** An ISO date the renderer can place: years 0001–9999, as `analyze` writes them. */
const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Checks every field of a result's JSON the renderer reads before anything is
 * drawn, so that a result that did not come from `analyze` (JSON from a
 * server, edited or hostile) is either drawn or refused with an `SpcError`
 * naming the field — never a `TypeError`, a hang or memory without bound:
 *
 * - `chart`, `xType`, `period` among the known names; `multiply` a finite number > 0; `target` null or finite;
 * - `points` a non-empty array of objects whose `x` suits `xType` (an ISO date `YYYY-MM-DD` for dates, a
 *   finite number for numbers; both ascending, as `analyze` orders them), whose values and lines are finite numbers or null, `count` a whole number,
 *   `included` and `sigmaSignal` booleans, `direction` null or a known direction;
 * - `phases` non-empty objects, contiguous from 0 to the last point (each `start` the previous `end` + 1),
 *   `phase` its position, `baselineStart…baselineEnd` inside the phase, lines finite or null, `runsSignal` a boolean;
 * - `signals` objects with a known `rule`, a non-empty ascending list of point indices, a known side and direction.
 *
 * One pass over each array: linear in the size of the result.
 * @internal
 */
export function validateResult(value: unknown, fn: string): ChartResultJSON {
  const fail = (path: readonly (string | number)[], expected: string, received: unknown): never => {
    throw new SpcError({ fn, code: "invalid_input", path: ["result", ...path], expected, received });
  };
  const object = (v: unknown, path: readonly (string | number)[], expected: string): Record<string, unknown> => {
    if (typeof v !== "object" || v === null || Array.isArray(v)) fail(path, expected, v);
    return v as Record<string, unknown>;
  };
  const json = object(value, [], "a ChartResult or its JSON");
  const oneOf = (key: string, names: ReadonlySet<string> | readonly string[], nullable = false): void => {
    const v = json[key];
    if (nullable && v === null) return;
    const known = Array.isArray(names) ? names.includes(v as string) : (names as ReadonlySet<string>).has(v as string);
    if (typeof v !== "string" || !known) fail([key], `one of ${[...names].map((n) => `"${n}"`).join(", ")}${nullable ? ", or null" : ""}`, v);
  };
  oneOf("chart", chartTypes);
  oneOf("xType", xTypes);
  oneOf("period", periods, true);
  const multiply = json["multiply"];
  if (typeof multiply !== "number" || !Number.isFinite(multiply) || multiply <= 0) fail(["multiply"], "a finite number > 0", multiply);
  const finiteOrNull = (v: unknown, path: readonly (string | number)[]): void => {
    if (v !== null && !(typeof v === "number" && Number.isFinite(v))) fail(path, "a finite number or null", v);
  };
  finiteOrNull(json["target"] ?? null, ["target"]);
  const integerIn = (v: unknown, low: number, high: number, path: readonly (string | number)[]): number => {
    if (typeof v !== "number" || !Number.isInteger(v) || v < low || v > high) fail(path, `an integer from ${low} to ${high}`, v);
    return v as number;
  };
  const boolean = (v: unknown, path: readonly (string | number)[]): void => {
    if (typeof v !== "boolean") fail(path, "true or false", v);
  };
  const direction = (v: unknown, path: readonly (string | number)[]): void => {
    if (v !== null && !(typeof v === "string" && directions.has(v))) fail(path, `null or one of ${[...directions].map((d) => `"${d}"`).join(", ")}`, v);
  };

  const points = json["points"];
  if (!Array.isArray(points) || points.length === 0) fail(["points"], "a non-empty array of points", points);
  const list = points as unknown[];
  const length = list.length;
  const xType = json["xType"];
  for (let i = 0; i < length; i++) {
    const point = object(list[i], ["points", i], "a point object");
    const x = point["x"];
    // analyze orders numbers and dates ascending, one subgroup per x: an x out of order would be drawn off the axis.
    const previous = i === 0 ? null : (list[i - 1] as Record<string, unknown>)["x"] as string | number;
    if (xType === "date") {
      if (!isCalendarDate(x)) fail(["points", i, "x"], "an ISO date YYYY-MM-DD", x);
      if (previous !== null && !((x as string) > previous)) fail(["points", i, "x"], `a date after the previous point's (${String(previous)}): x ascends`, x);
    } else if (xType === "number") {
      if (typeof x !== "number" || !Number.isFinite(x)) fail(["points", i, "x"], "a finite number", x);
      if (previous !== null && !((x as number) > (previous as number))) fail(["points", i, "x"], `a number above the previous point's (${String(previous)}): x ascends`, x);
    } else if (!(typeof x === "string" || (typeof x === "number" && Number.isFinite(x)))) fail(["points", i, "x"], "a string or a finite number", x);
    for (const key of lineFields) finiteOrNull(point[key], ["points", i, key]);
    integerIn(point["count"], 0, Number.MAX_SAFE_INTEGER, ["points", i, "count"]);
    boolean(point["included"], ["points", i, "included"]);
    boolean(point["sigmaSignal"], ["points", i, "sigmaSignal"]);
    direction(point["direction"], ["points", i, "direction"]);
  }

  const phases = json["phases"];
  if (!Array.isArray(phases) || phases.length === 0) fail(["phases"], "a non-empty array of phases", phases);
  let next = 0;
  // Index loops, not forEach: a hole in an array (`delete a[1]`, or `[, x]` in a literal) must be checked too.
  for (let k = 0; k < (phases as unknown[]).length; k++) {
    const phase = object((phases as unknown[])[k], ["phases", k], "a phase object");
    integerIn(phase["phase"], k, k, ["phases", k, "phase"]);
    const start = integerIn(phase["start"], next, next, ["phases", k, "start"]);
    const end = integerIn(phase["end"], start, length - 1, ["phases", k, "end"]);
    const baselineStart = integerIn(phase["baselineStart"], start, end, ["phases", k, "baselineStart"]);
    integerIn(phase["baselineEnd"], baselineStart, end, ["phases", k, "baselineEnd"]);
    boolean(phase["runsSignal"], ["phases", k, "runsSignal"]);
    direction(phase["direction"], ["phases", k, "direction"]);
    for (const key of phaseLines) finiteOrNull(phase[key], ["phases", k, key]);
    next = end + 1;
  }
  if (next !== length) fail(["phases", (phases as unknown[]).length - 1, "end"], `${length - 1} (the last point: phases cover every point)`, next - 1);

  const signals = json["signals"];
  if (!Array.isArray(signals)) fail(["signals"], "an array of signals", signals);
  for (let k = 0; k < (signals as unknown[]).length; k++) {
    const signal = object((signals as unknown[])[k], ["signals", k], "a signal object");
    const rule = signal["rule"];
    if (typeof rule !== "string" || !rules.has(rule)) fail(["signals", k, "rule"], `one of ${[...rules].map((r) => `"${r}"`).join(", ")}`, rule);
    integerIn(signal["phase"], 0, (phases as unknown[]).length - 1, ["signals", k, "phase"]);
    const indices = signal["indices"];
    if (!Array.isArray(indices) || indices.length === 0 || indices.length > length) fail(["signals", k, "indices"], `a non-empty array of at most ${length} point indices`, indices);
    let previous = -1;
    for (let j = 0; j < (indices as unknown[]).length; j++) previous = integerIn((indices as unknown[])[j], previous + 1, length - 1, ["signals", k, "indices", j]);
    const side = signal["side"];
    if (side !== null && !(typeof side === "string" && sides.has(side))) fail(["signals", k, "side"], `null or one of ${[...sides].map((s) => `"${s}"`).join(", ")}`, side);
    direction(signal["direction"], ["signals", k, "direction"]);
  }
  return value as ChartResultJSON;
}

/** `YYYY-MM-DD` naming a day that exists (Date.parse would take 2018-02-30 for 2 March). @internal */
export function isCalendarDate(x: unknown): boolean {
  if (typeof x !== "string" || !isoDate.test(x)) return false;
  // The day within its month of the proleptic Gregorian calendar (year 0000 a leap year, as Date reads it), by arithmetic:
  // a Date per point was a tenth of drawing a chart of 100,000 days.
  const year = Number(x.slice(0, 4));
  const month = Number(x.slice(5, 7));
  const day = Number(x.slice(8, 10));
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 ? (leap ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31);
}
