import { formatDate } from "../prepare/floorToPeriod.ts";
import type { ChartColumns } from "./chartColumns.ts";

/**
 * The x values of `toJSON().points` from columns: the 1-based position, the
 * number, the date as `YYYY-MM-DD`, or the category.
 */
export function xValuesOf(columns: Pick<ChartColumns, "xType" | "x" | "labels">): (number | string)[] {
  const { x, xType, labels } = columns;
  const out: (number | string)[] = new Array(x.length);
  for (let i = 0; i < x.length; i++) {
    const key = x[i] as number;
    out[i] = xType === "date" ? formatDate(key) : xType === "category" ? ((labels as readonly string[])[i] as string) : key;
  }
  return out;
}
