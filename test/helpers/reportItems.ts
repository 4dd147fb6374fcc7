// Hand-made results for report tests: real analyses whose assessment carries the
// fields of contract C3 (variation, assurance, assuranceReason, untested, since),
// so the report is tested as it will read results of the words-and-verdicts core.
import { analyze } from "../../src/index.ts";
import type { ChartResultJSON } from "../../src/core/types.ts";
import type { ReportItem } from "../../src/svg/index.ts";

const weeks = Array.from({ length: 20 }, (_, k) => `2018-W${String(k + 14).padStart(2, "0")}`);

/** A weekly P chart (improvement up, target 95 %) with the given C3 fields and message. */
export function withVerdict(fields: Record<string, unknown>, message: string, y: readonly number[] = [103, 101, 131, 122, 103, 128, 115, 102, 116, 118, 120, 119, 117, 121, 118, 116, 119, 120, 118, 117]): ChartResultJSON {
  const json = analyze({ chart: "p", x: weeks, y, n: y.map((v) => v + 12), period: "week", multiply: 100, improvement: "up", target: 95 }).toJSON();
  return { ...json, assessment: { ...json.assessment, ...fields, message } as ChartResultJSON["assessment"] };
}

/** One item of every icon: the five variations and the four assurances. */
export function everyVerdict(): ReportItem[] {
  return [
    { name: "Almindelig", result: withVerdict({ variation: "common", untested: null, assurance: "inconsistent", assuranceReason: null, since: null }, "Kun tilfældig variation.") },
    { name: "Bedre", result: withVerdict({ variation: "improvement", untested: null, assurance: "meets", assuranceReason: null, since: 12 }, "Forbedring fra uge 26.") },
    { name: "Værre", result: withVerdict({ variation: "concern", untested: null, assurance: "fails", assuranceReason: null, since: 10 }, "Forværring.") },
    { name: "Ændret", result: withVerdict({ variation: "change", untested: null, assurance: "unassessed", assuranceReason: "unstable", since: null }, "Ændring uden retning.") },
    { name: "Utestet", result: withVerdict({ variation: "untested", untested: "no_useful_points", assurance: "unassessed", assuranceReason: "no_limits", since: null }, "Ikke testet.") },
  ];
}
