/** The command line's own words in English: summary headers and values, warnings, notices. */
export const en = {
  columns: {
    group: "group",
    chart: "chart",
    subgroups: "subgroups",
    cl: "cl",
    lcl: "lcl",
    ucl: "ucl",
    runsSignal: "runsSignal",
    sigmaSignals: "sigmaSignals",
    direction: "direction",
    file: "file",
  },
  yes: "yes",
  no: "no",
  directions: { improvement: "improvement", deterioration: "deterioration", neutral: "neutral", mixed: "mixed" },
  /** The group of a file without `--group`. */
  all: "all",
  /** Title of the small multiples of every group. */
  allGroups: "All groups",
  warning: "warning",
  note: "note",
  /** Where a warning's subgroup is in the file: its x as written (when there is an x column) and the line of its first row. */
  place: (x: string | null, line: string) => (x === null ? `line ${line}` : `${x} on line ${line}`),
  threadsCapped: (asked: number, cores: number) => `--threads ${asked}: using ${cores}, the number of cores of this machine`,
  /** A column named after an error's place: `(column "tæller")`. */
  inColumn: (name: string) => `(column ${JSON.stringify(name)})`,
  /** The group an error is in, before its reason: `group "A": `. */
  inGroup: (name: string) => `group "${name}": `,
  /** A file with a header and no records. */
  noRows: (file: string) => `${file}: no rows of data below the header`,
  /** A `--breaks` / `--exclude` value that is the x of no subgroup (in the group, when grouped). */
  noSubgroupAt: (flag: string, text: string, group: string | null) => `${flag} ${text}: no subgroup has that x${group === null ? "" : ` in group "${group}"`}`,
  noColumn: (flag: string, name: string, file: string, columns: readonly string[]) => `${flag} ${name}: no such column in ${file} (columns: ${columns.join(", ")})`,
  titleHint: (title: string) => `; the first row looks like a title ("${title}" and empty cells), not the column names: remove it from the file`,
  dataHint: (cells: readonly string[]) => `; the first row looks like data (${cells.join(", ")}), not column names: add a row of column names at the top`,
} as const;

/** The shape of a table of the CLI's words (one per language). */
export type CliWords = {
  readonly columns: { readonly [K in keyof typeof en.columns]: string };
  readonly yes: string;
  readonly no: string;
  readonly directions: { readonly [K in keyof typeof en.directions]: string };
  readonly all: string;
  readonly allGroups: string;
  readonly warning: string;
  /** A reading note printed with the warnings ("note: file.csv: line 1 … left out"). */
  readonly note: string;
  readonly place: (x: string | null, line: string) => string;
  readonly threadsCapped: (asked: number, cores: number) => string;
  readonly inColumn: (name: string) => string;
  readonly inGroup: (name: string) => string;
  readonly noRows: (file: string) => string;
  readonly noSubgroupAt: (flag: string, text: string, group: string | null) => string;
  /** A column named on the command line that the file does not have, with the file's columns. */
  readonly noColumn: (flag: string, name: string, file: string, columns: readonly string[]) => string;
  /** After `noColumn`: the first row looks like a title line above the names. */
  readonly titleHint: (title: string) => string;
  /** After `noColumn`: the first row looks like data, not names. */
  readonly dataHint: (cells: readonly string[]) => string;
};
