/** What {@link seriesTitle} names a series by. */
export interface SeriesTitleSource {
  /** The header of the y column, as the file has it. */
  readonly y: string;
  /** The header of the denominator column, when there is one. */
  readonly n?: string | null | undefined;
  /** The name of the file ("fmk.csv"). */
  readonly fileName: string;
}

/**
 * The name of a series read from a file that gives it none (no title, no
 * group), so that a chart is never called "Chart 1": the y column's header,
 * with the denominator's for a ratio ("ajourført / udskrevne"), or — when the
 * y header is blank — the file's name without its extension ("fmk"). The
 * command line and the browser app title such a chart alike.
 *
 * @example
 * seriesTitle({ y: "ajourført", n: "udskrevne", fileName: "fmk.csv" }); // => "ajourført / udskrevne"
 * seriesTitle({ y: " ", fileName: "fmk.csv" }); // => "fmk"
 */
export function seriesTitle(source: SeriesTitleSource): string {
  const y = source.y.trim();
  const n = source.n?.trim() ?? "";
  if (y !== "") return n === "" ? y : `${y} / ${n}`;
  const dot = source.fileName.lastIndexOf(".");
  return dot > 0 ? source.fileName.slice(0, dot) : source.fileName;
}
