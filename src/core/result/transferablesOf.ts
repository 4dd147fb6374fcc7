import type { ChartColumns } from "./chartColumns.ts";

/**
 * The buffers of a result's columns, for `postMessage(columns, transferablesOf(columns))`:
 * the columns then move to the other thread without being copied (and become
 * empty here). Each buffer is listed once.
 *
 * @example
 * const columns = analyze(spec).toColumns();
 * self.postMessage(columns, transferablesOf(columns)); // in a Web Worker
 */
export function transferablesOf(columns: ChartColumns): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const value of Object.values(columns)) if (ArrayBuffer.isView(value) && value.buffer instanceof ArrayBuffer) buffers.add(value.buffer);
  return [...buffers];
}
