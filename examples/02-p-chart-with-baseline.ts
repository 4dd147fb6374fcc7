// A weekly P chart in percent with an 8-week frozen baseline, from ISO week labels.
import { readFileSync } from "node:fs";
import { analyze, summary, type SummaryRow } from "shewhart";

interface Indicator {
  spec: Parameters<typeof analyze>[0];
}

export function main(): SummaryRow[] {
  const indicator = JSON.parse(readFileSync(new URL("./data/fmk-weekly.json", import.meta.url), "utf8")) as Indicator;
  // chart "p", x "2018-W14" …, freeze 8, multiply 100, improvement "up"
  return summary(analyze(indicator.spec));
}
