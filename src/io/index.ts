// shewhart/io: the browser-safe reading layer (bytes → table → typed columns).

// Files
export { readTable, isXlsx } from "./readTable.ts";
export { readCsv } from "./readCsv.ts";
export { readXlsx } from "./readXlsx.ts";
export { decodeText } from "./decodeText.ts";
export type { DecodedText, Encoding, EncodingOption } from "./decodeText.ts";

// Columns
export { findColumn } from "./findColumn.ts";
export { readNumberColumns } from "./readNumberColumns.ts";
export type { ReadNumberOptions } from "./readNumberColumns.ts";
export { readXColumn } from "./readXColumn.ts";
export type { ReadXOptions } from "./readXColumn.ts";

// Naming
export { seriesTitle } from "./seriesTitle.ts";
export type { SeriesTitleSource } from "./seriesTitle.ts";
export { phasesFromColumn } from "./phasesFromColumn.ts";
export { headerProblem } from "./headerProblem.ts";
export { titleRows } from "./titleRows.ts";
export { footerRows } from "./footerRows.ts";
export type { HeaderProblem } from "./headerProblem.ts";
export type { ColumnPhases } from "./phasesFromColumn.ts";

// Cells
export { parseNumberText, missingMarkers } from "./parseNumberText.ts";
export type { NumberReading } from "./parseNumberText.ts";
export { parseCompactXText, parseXText } from "./parseXText.ts";
export type { TemporalKind, TimeProblem, XReading } from "./parseXText.ts";

// Errors and their words
export { ReadError } from "./readError.ts";
export type { ReadErrorOptions, ReadOption } from "./readError.ts";
export { errorText } from "./errorText.ts";
export type { ErrorTextOptions } from "./errorText.ts";
export { warningText } from "./warningText.ts";
export { warningPlaces } from "./warningPlaces.ts";
export type { WarningTextOptions } from "./warningText.ts";
export type { SpecOption, SpecTerms } from "../core/words/specTerms.ts";
export { flagTerms } from "./words/flagTerms.ts";
export { readWordsFor } from "./words/readWordsFor.ts";
export type { OptionTerms, ReadPhrase, ReadWords } from "./words/readPhrase.ts";

// Types
export type { DateOrder, DecimalMark, NumberColumn, ReadTableOptions, Separator, Table, TableDetected, TitleLine, XColumn, XKind } from "./types.ts";
