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
  const arrays = [
    columns.x,
    columns.value,
    columns.numerator,
    columns.denominator,
    columns.count,
    columns.cl,
    columns.lcl,
    columns.ucl,
    columns.lcl95,
    columns.ucl95,
    columns.phase,
    columns.baseline,
    columns.included,
    columns.sigmaSignal,
    columns.runsSignal,
    columns.shift,
    columns.trend,
    columns.astronomical,
    columns.direction,
  ];
  const buffers = new Set<ArrayBuffer>();
  for (const array of arrays) if (array !== null && array.buffer instanceof ArrayBuffer) buffers.add(array.buffer);
  return [...buffers];
}
