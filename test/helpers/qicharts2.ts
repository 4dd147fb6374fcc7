import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { ChartSpecInput } from "../../src/index.ts";

/** A qicharts2 reference case (test/fixtures/qicharts2/README.md describes the format). */
export interface ReferenceCase {
  name: string;
  description: string;
  x_type: "index" | "numeric" | "date" | "character";
  data: { x?: (number | string)[]; y: (number | null)[]; n?: (number | null)[] };
  options: Record<string, unknown>;
}

export type RNumber = number | null | "NaN" | "Inf" | "-Inf";

export interface ReferenceRow {
  x: number | string;
  y: RNumber;
  cl: RNumber;
  lcl: RNumber;
  ucl: RNumber;
  "lcl.95": RNumber;
  "ucl.95": RNumber;
  part: number;
  baseline: boolean;
  include: boolean;
  "sigma.signal": boolean;
  "runs.signal": boolean;
  "n.obs": number;
  "n.useful": number;
  "longest.run": number | null;
  "longest.run.max": number | null;
  "n.crossings": number | null;
  "n.crossings.min": number | null;
}

export interface ReferenceSummary {
  part: number;
  "n.obs": number;
  "n.useful": number;
  "longest.run": number | null;
  "longest.run.max": number | null;
  "n.crossings": number | null;
  "n.crossings.min": number | null;
  "runs.signal": number;
  aLCL: RNumber;
  "aLCL.95": RNumber;
  CL: RNumber;
  "aUCL.95": RNumber;
  aUCL: RNumber;
  "sigma.signal": number;
}

export interface ReferenceExpected {
  case: string;
  error: string | null;
  data: ReferenceRow[];
  summary: ReferenceSummary[];
}

const root = join(import.meta.dirname, "..", "fixtures", "qicharts2");

export function referenceNames(): string[] {
  return readdirSync(join(root, "cases"))
    .filter((f) => f.endsWith(".json"))
    .map((f) => f.replace(/\.json$/, ""))
    .sort();
}

export function loadReference(name: string): { input: ReferenceCase; expected: ReferenceExpected } {
  return {
    input: JSON.parse(readFileSync(join(root, "cases", `${name}.json`), "utf8")) as ReferenceCase,
    expected: JSON.parse(readFileSync(join(root, "expected", `${name}.json`), "utf8")) as ReferenceExpected,
  };
}

/** qicharts2's numbers as ours: R's NA, NaN and infinities are "no number" (null). */
export function toNumber(value: RNumber): number | null {
  return typeof value === "number" ? value : null;
}

/**
 * The shewhart spec for a qicharts2 case, following the README's mapping:
 * part → breaks, exclude − 1, screenedmr → screenMovingRanges, method → rules,
 * agg_fun → aggregate, x_period → period, y_neg → allowNegativeLimits.
 */
export function toSpec(input: ReferenceCase): ChartSpecInput {
  const o = input.options;
  const spec: Record<string, unknown> = { chart: o["chart"] ?? "run", y: input.data.y };
  if (input.data.n !== undefined) spec["n"] = input.data.n;
  if (input.x_type !== "index" && input.data.x !== undefined) spec["x"] = input.data.x;
  if (o["freeze"] != null) spec["freeze"] = o["freeze"];
  if (o["part"] != null) spec["breaks"] = [o["part"]].flat();
  if (o["exclude"] != null) spec["exclude"] = ([o["exclude"]].flat() as number[]).map((k) => k - 1);
  if (o["multiply"] != null) spec["multiply"] = o["multiply"];
  if (o["screenedmr"] === false) spec["screenMovingRanges"] = false;
  if (o["method"] != null) spec["rules"] = o["method"];
  if (o["agg_fun"] != null) spec["aggregate"] = o["agg_fun"];
  if (o["x_period"] != null) spec["period"] = o["x_period"];
  if (o["cl"] != null) spec["cl"] = o["cl"];
  if (o["target"] != null) spec["target"] = o["target"];
  if (o["y_neg"] === false) spec["allowNegativeLimits"] = false;
  return spec as ChartSpecInput;
}

/** Agreement to 1e-9 relative, or 1e-12 absolute near zero; null only with null. */
export function close(actual: number | null, expected: number | null): boolean {
  if (actual === null || expected === null) return actual === expected;
  const difference = Math.abs(actual - expected);
  return difference <= 1e-9 * Math.abs(expected) || difference <= 1e-12;
}
