import type { ChartResult } from "shewhart";
import { say, type Language } from "../i18n/words.ts";

/** One chart's points for the results file. */
export interface CsvChart {
  readonly group: string;
  readonly result: ChartResult;
  /** x per subgroup as written in the file. */
  readonly xText: readonly string[];
  readonly notes: readonly { index: number; text: string }[];
}

/**
 * The results as CSV, one line per point of every chart: group, x as in the
 * file, value, numerator, denominator, centre line, limits, phase, baseline,
 * included, outside the limits, runs signal, note. In Danish as Danish Excel
 * opens it (`;`, decimal comma, a UTF-8 BOM); in English `,` and `.`.
 */
export function resultsCsv(charts: readonly CsvChart[], language: Language): string {
  const danish = language === "da";
  const separator = danish ? ";" : ",";
  const number = (v: number | null): string => (v === null || !Number.isFinite(v) ? "" : danish ? String(v).replace(".", ",") : String(v));
  const flag = (v: boolean): string => say(language, v ? "yes" : "no");
  // Quoted when it holds the separator, a quote or a line break; a leading = + - @ is defused so a spreadsheet never runs it as a formula.
  const formula = /^[=+\-@\t\r]/;
  const quote = (text: string): string => {
    const safe = formula.test(text) ? `'${text}` : text;
    return safe.includes(separator) || /["\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  const head = ["csvGroup", "csvPoint", "csvX", "csvValue", "csvNumerator", "csvDenominator", "csvCl", "csvLcl", "csvUcl", "csvPhase", "csvBaseline", "csvIncluded", "csvSigma", "csvRuns", "csvNote"] as const;
  const lines = [head.map((k) => say(language, k)).join(separator)];
  for (const chart of charts) {
    const json = chart.result.toJSON();
    json.points.forEach((p, i) => {
      const note = chart.notes.filter((n) => n.index === i).map((n) => n.text).join(" · ");
      lines.push(
        [
          quote(chart.group),
          String(i + 1),
          quote(chart.xText[i] ?? String(p.x)),
          number(p.value),
          number(p.numerator),
          number(p.denominator),
          number(p.cl),
          number(p.lcl),
          number(p.ucl),
          String(p.phase + 1),
          flag(p.baseline),
          // A gap (no value) is neither in the calculations nor excluded from them: left empty, not "ja".
          p.value === null ? "" : flag(p.included),
          flag(p.sigmaSignal),
          flag(p.runsSignal),
          quote(note),
        ].join(separator),
      );
    });
  }
  return `${danish ? "\ufeff" : ""}${lines.join("\r\n")}\r\n`;
}
