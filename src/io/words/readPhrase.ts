import type { TimeProblem, TemporalKind } from "../parseXText.ts";
import type { ReadOption } from "../readError.ts";
import type { DateOrder, DecimalMark, TitleLine } from "../types.ts";

/**
 * Why a file cannot be read exactly right, as data: each language's
 * {@link ReadWords} words it. Cell texts are as written (the words quote and
 * cut them); lines are the file's, 1-based.
 */
export type ReadPhrase =
  // Bytes and records
  | { readonly key: "mixedEncoding"; readonly byte: number; readonly at: number }
  | { readonly key: "notUtf8"; readonly byte: number; readonly at: number }
  | { readonly key: "emptyFile" }
  | { readonly key: "unclosedQuote" }
  | { readonly key: "textAfterQuote" }
  | { readonly key: "cellCount"; readonly expected: number; readonly found: number }
  /** Not a problem but a note: lines above the table read as its title and left out (`detected.titleLines`); `sheet`: a workbook sheet's rows. */
  | { readonly key: "titleLeftOut"; readonly lines: readonly TitleLine[]; readonly sheet?: boolean }
  /** A note too: lines below the table read as notes on it and left out (`detected.footerLines`). */
  | { readonly key: "footerLeftOut"; readonly lines: readonly TitleLine[]; readonly sheet?: boolean }
  // Workbooks
  | { readonly key: "noSheet"; readonly sheet: string | number }
  /** `message`: the workbook reader's own words (English). */
  | { readonly key: "notXlsx"; readonly message: string }
  /** The workbook reader ran out of stack on a large sheet (`megabytes`: the file's size). */
  | { readonly key: "workbookTooLarge"; readonly megabytes: number }
  | { readonly key: "emptySheet" }
  | { readonly key: "cellRightOfHeader"; readonly width: number }
  | { readonly key: "dateCellOutOfRange" }
  // Columns
  /** `column`: 1-based. */
  | { readonly key: "noColumnNumber"; readonly column: number; readonly columns: number }
  | { readonly key: "noColumn"; readonly name: string; readonly header: readonly string[] }
  // Numbers
  | { readonly key: "notANumber"; readonly text: string }
  | { readonly key: "outOfRange"; readonly text: string }
  | { readonly key: "notDecimal"; readonly text: string; readonly decimal: DecimalMark }
  | { readonly key: "mixedMarks"; readonly comma: string; readonly commaLine: number; readonly dot: string; readonly dotLine: number }
  /** A column with numbers in percent and numbers without (`text` the odd one, `percent` whether it is the one with `%`; `example` the column's first number). */
  | { readonly key: "mixedPercent"; readonly text: string; readonly example: string; readonly percent: boolean }
  /** `examples`: cell texts that read both ways; `dot` and `comma`: the first one read each way. */
  | { readonly key: "ambiguousMark"; readonly examples: readonly string[]; readonly dot: number; readonly comma: number }
  // x
  | { readonly key: "xEmpty" }
  | { readonly key: "xMissing"; readonly text: string }
  | { readonly key: "notAYear"; readonly text: string }
  /** A cell of x at the end of the table with no values beside it, not of the column's kind: a note right under the rows? */
  | { readonly key: "noteBelowTable"; readonly kind: TemporalKind | "number"; readonly text: string }
  /** The same among the rows: a note written as a row of its own. */
  | { readonly key: "noteInTable"; readonly kind: TemporalKind | "number"; readonly text: string }
  /** The last row's x names totals ("I alt"): a row of totals, not a subgroup. */
  | { readonly key: "totalRow"; readonly kind: TemporalKind | "number"; readonly text: string }
  /** A column of numbers whose cells are days without a year (`01.10`, `05.11`): named at the first that shows it (read as numbers by `xType: "number"`). */
  | { readonly key: "dayWithoutYear"; readonly text: string }
  /** A column under a date's header of Excel's serial day numbers (`43466`, `date` the day it names): named at its first cell (read as numbers by `xType: "number"`). */
  | { readonly key: "excelSerialDate"; readonly text: string; readonly date: string }
  /** A cell no number in a column of numbers (read as text by `xType: "category"`). */
  | { readonly key: "notLikeNumbers"; readonly text: string }
  /** A cell not of the column's kind; `detected`: the kind was detected (not given), so reading the column as text settles it. */
  | { readonly key: "notOfKind"; readonly kind: TemporalKind; readonly text: string; readonly detected: boolean }
  /** Dates that read both ways, in calendar order only read the other way (`asRead` this way, `other` the other): named at the row where this reading breaks the order. */
  | { readonly key: "otherOrderInCalendar"; readonly text: string; readonly asRead: string; readonly other: string; readonly dateOrder: DateOrder }
  /** A spelling of the kind whose value does not exist; `otherOrder`: what the other date order would read (with `dateOrder` the order used). */
  | { readonly key: "noSuchTime"; readonly kind: TemporalKind; readonly text: string; readonly problem: TimeProblem; readonly otherOrder: string | null; readonly dateOrder: DateOrder };

/**
 * How a reading option is set where a message appears: on the command line a
 * flag (`--x-type category`, "give …"), in an interface a control ("choose …").
 */
export interface OptionTerms {
  /** `"flags"` on a command line, `"controls"` in an interface: the words' verb follows it ("give" or "choose"). */
  readonly kind: "flags" | "controls";
  /** The option set to a value, as the user sets it: `--decimal ,`, or `Decimal mark: comma (,)`. */
  name(option: ReadOption, value: string): string;
}

/** The reading layer's words in one language (a third language is a new table). */
export interface ReadWords {
  /** Why a file cannot be read, without the place, with the options named in `terms`. */
  reason(phrase: ReadPhrase, terms: OptionTerms): string;
  /** Why a spelling's value does not exist ("there is no month 13"). */
  timeProblem(problem: TimeProblem): string;
}
