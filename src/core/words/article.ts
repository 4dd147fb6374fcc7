import type { ChartType } from "../types.ts";

/** "an" before chart names read with a vowel sound (I, MR, S, Xbar, I′), "a" before the rest. @internal */
export function article(chart: ChartType): string {
  return chart === "i" || chart === "mr" || chart === "s" || chart === "ip" || chart === "xbar" ? "an" : "a";
}
