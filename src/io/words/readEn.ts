import type { TemporalKind, TimeProblem } from "../parseXText.ts";
import { quoteCell as q } from "../quoteCell.ts";
import type { OptionTerms, ReadPhrase, ReadWords } from "./readPhrase.ts";
import type { TitleLine } from "../types.ts";

const examples: Readonly<Record<TemporalKind, string>> = { date: `"2018-04-02" or "02-04-2018"`, week: `"2018-W40" or "Uge 40, 2018"`, month: `"2018-01" or "jan. 2018"`, quarter: `"2018-Q1" or "1. kvt. 2018"` };
const hex = (byte: number): string => `0x${byte.toString(16).toUpperCase()}`;
const give = (terms: OptionTerms): string => (terms.kind === "flags" ? "give" : "choose");

/** Where lines left out of a table are, with their texts: "line 1 ("…")", "rows 25–26 ("…"; "…")". */
function leftOut(lines: readonly TitleLine[], sheet: boolean | undefined): string {
  const one = lines.length === 1;
  const where = `${sheet === true ? "row" : "line"}${one ? "" : "s"} ${lines[0]!.line}${one ? "" : `–${lines[lines.length - 1]!.line}`}`;
  return `${where} (${lines.map((l) => q(l.text)).join("; ")})`;
}

/** An x cell that is not of its column's kind, as the rest of the column. */
function expectedOf(kind: TemporalKind | "number", text: string): string {
  return `expected ${kind === "number" ? "a number" : `a ${kind} like ${examples[kind]}`} as the rest of the column, found ${q(text)}`;
}

function timeProblem(p: TimeProblem): string {
  switch (p.key) {
    case "noMonth":
      return `there is no month ${p.month}`;
    case "noDay":
      return `${p.year}-${String(p.month).padStart(2, "0")} has no day ${p.day}`;
    case "noWeek":
      return `there is no week ${p.week}`;
    case "noWeek53":
      return `${p.year} has no week 53 (ISO 8601)`;
    case "noQuarter":
      return `there is no quarter ${p.quarter}`;
  }
}

function reason(p: ReadPhrase, terms: OptionTerms): string {
  switch (p.key) {
    case "mixedEncoding":
      return `the file mixes UTF-8 with another encoding (byte ${hex(p.byte)} at byte ${p.at} is not UTF-8, other letters are); save it in one encoding (or ${give(terms)} ${terms.name("encoding", "windows-1252")} to read it all as Windows-1252)`;
    case "notUtf8":
      return `the file is not valid UTF-8 (byte ${hex(p.byte)} at byte ${p.at}); ${give(terms)} its encoding (${terms.name("encoding", "windows-1252")} or utf-16)`;
    case "emptyFile":
      return "the file is empty";
    case "unclosedQuote":
      return 'a quoted field is never closed (a " without its closing ")';
    case "textAfterQuote":
      return 'text after a closing quote (a quote inside a quoted field is written "")';
    case "cellCount":
      return `expected ${p.expected} cells as in the header, found ${p.found}`;
    case "titleLeftOut":
      return `${leftOut(p.lines, p.sheet)} ${p.lines.length === 1 ? "is a title" : "are a title"} above the table, not part of it: left out`;
    case "footerLeftOut":
      return `${leftOut(p.lines, p.sheet)} ${p.lines.length === 1 ? "is a note" : "are notes"} below the table, not part of it: left out`;
    case "noSheet":
      return `the workbook has no sheet ${JSON.stringify(p.sheet)}`;
    case "notXlsx":
      return `cannot read the file as an Excel workbook (.xlsx): ${p.message}`;
    case "workbookTooLarge":
      return `the Excel reader ran out of room (its call stack) in this workbook of ${p.megabytes} MB, as it can on a large sheet, more so on a busy machine; save the sheet as CSV (UTF-8) and open that`;
    case "emptySheet":
      return "the sheet is empty";
    case "cellRightOfHeader":
      return `a cell to the right of the header's ${p.width} columns is not empty`;
    case "dateCellOutOfRange":
      return "a date cell holds a value that is no date (out of range); check the cell's number format";
    case "noColumnNumber":
      return `no column ${p.column}: the file has ${p.columns} columns`;
    case "noColumn":
      return `no column ${JSON.stringify(p.name)} (columns: ${p.header.map((h) => JSON.stringify(h)).join(", ")})`;
    case "notANumber":
      return `expected a number, found ${q(p.text)}`;
    case "outOfRange":
      return `the number ${q(p.text)} is out of range`;
    case "notDecimal":
      return `${q(p.text)} is not a number written with the decimal mark "${p.decimal}" given`;
    case "mixedMarks":
      return `the column mixes decimal marks: ${q(p.comma)} (line ${p.commaLine}) reads only with a decimal comma, ${q(p.dot)} (line ${p.dotLine}) only with a decimal point`;
    case "mixedPercent":
      return p.percent
        ? `the column mixes numbers with and without %: ${q(p.text)} has a % sign, ${q(p.example)} has not; write every value the same way (all in percent or all without the sign)`
        : `the column mixes numbers with and without %: ${q(p.example)} has a % sign, ${q(p.text)} has not (a share such as 0.931, or a percent without its sign?); write every value the same way`;
    case "ambiguousMark":
      return `cannot tell the decimal mark: ${p.examples.map(q).join(", ")} read as ${p.dot} with a decimal point but as ${p.comma} with a decimal comma, and no other value in the file settles it; ${give(terms)} ${terms.name("decimal", ",")} (comma decimals, "." groups thousands) or ${terms.name("decimal", ".")} (point decimals)`;
    case "xEmpty":
      return "x is empty: every row needs its x";
    case "xMissing":
      return `x is missing (${q(p.text)}): every row needs its x`;
    case "notAYear":
      return `expected a year like "2018", found ${q(p.text)}`;
    case "dayWithoutYear":
      return `${q(p.text)} looks like a day and a month without a year, not a number, and numbers are sorted as numbers, not as the calendar: write the year in x (such as ${q(`${p.text}.2018`)}); if they are numbers and not dates, ${give(terms)} ${terms.name("xType", "number")}`;
    case "excelSerialDate":
      return `${q(p.text)} looks like a date that Excel saved as its day number (${p.text} is ${p.date}): format the column as dates in Excel before saving the file as CSV; if they are numbers and not dates, ${give(terms)} ${terms.name("xType", "number")}`;
    case "notLikeNumbers":
      return `expected a number as in the rest of the column, found ${q(p.text)}; to read the column as text, ${give(terms)} ${terms.name("xType", "category")}`;
    case "noteInTable":
      return `${expectedOf(p.kind, p.text)}, with no values beside it: a note written as a row of its own? Write it in a column of notes, in the row of the subgroup it is about (${terms.kind === "flags" ? "--notes" : "the notes column"}), or remove it`;
    case "totalRow":
      return `${expectedOf(p.kind, p.text)} in the last row: a row of totals is not a subgroup; remove it from the file`;
    case "noteBelowTable":
      return `${expectedOf(p.kind, p.text)}, with no values beside it, at the end of the table: if it is a note below the table, put a blank line above it and it is left out (or remove it)`;
    case "notOfKind":
      return `expected a ${p.kind} like ${examples[p.kind]}${p.detected ? " as the rest of the column" : ""}, found ${q(p.text)}${p.detected ? `; to read the column as text, ${give(terms)} ${terms.name("xType", "category")}` : ""}`;
    case "otherOrderInCalendar": {
      const other = p.dateOrder === "dmy" ? "mdy" : "dmy";
      return `every date reads both day first and month first, and the rows are in calendar order only ${other === "mdy" ? "month" : "day"} first: ${q(p.text)} is ${p.asRead} read ${p.dateOrder === "dmy" ? "day" : "month"} first, ${p.other} read ${other === "mdy" ? "month" : "day"} first; ${give(terms)} ${terms.name("dateOrder", other)} if the file writes ${other === "mdy" ? "months" : "days"} first, or ${terms.name("dateOrder", p.dateOrder)} to read it ${p.dateOrder === "dmy" ? "day" : "month"} first`;
    }
    case "noSuchTime": {
      const other = p.dateOrder === "dmy" ? "mdy" : "dmy";
      const hint = p.otherOrder === null ? "" : `; with ${other === "mdy" ? "month" : "day"}-first dates (${terms.name("dateOrder", other)}) it would be ${p.otherOrder}`;
      return `${q(p.text)} is no ${p.kind}: ${timeProblem(p.problem)}${hint}`;
    }
  }
}

/** The reading layer's words in English: `ReadError.reason` with the command line's flags. */
export const readEn: ReadWords = { reason, timeProblem };
