import { describe, expect, it } from "vitest";
import { analyze, isSpcError, SpcError } from "../../src/index.ts";
import { decodeText } from "../../src/io/decodeText.ts";
import { errorText } from "../../src/io/errorText.ts";
import { findColumn } from "../../src/io/findColumn.ts";
import type { ReadOption } from "../../src/io/readError.ts";
import { ReadError } from "../../src/io/readError.ts";
import { readCsv } from "../../src/io/readCsv.ts";
import { readNumberColumns } from "../../src/io/readNumberColumns.ts";
import { readXColumn } from "../../src/io/readXColumn.ts";
import { flagTerms } from "../../src/io/words/flagTerms.ts";
import { readDa } from "../../src/io/words/readDa.ts";
import { readEn } from "../../src/io/words/readEn.ts";
import type { OptionTerms, ReadPhrase } from "../../src/io/words/readPhrase.ts";

const table = (text: string) => readCsv(new TextEncoder().encode(text));

/** The error a reading throws. */
function caught(read: () => unknown): SpcError {
  try {
    read();
  } catch (error) {
    if (isSpcError(error)) return error;
    throw error;
  }
  throw new Error("no error");
}

/** An app's controls, named as its Danish interface names them. */
const controls: OptionTerms = {
  kind: "controls",
  name: (option: ReadOption, value: string) => `"${{ decimal: "Decimaltegn", dateOrder: "Datoer som 02-04-2018", xType: "Læs x som", encoding: "Tegnsæt", separator: "Skilletegn", sheet: "Ark" }[option]}: ${value}"`,
};

/** One phrase of each kind, with the reading options each names. */
const phrases: readonly ReadPhrase[] = [
  { key: "mixedEncoding", byte: 0xe6, at: 12 },
  { key: "notUtf8", byte: 0xf8, at: 3 },
  { key: "emptyFile" },
  { key: "unclosedQuote" },
  { key: "textAfterQuote" },
  { key: "cellCount", expected: 3, found: 4 },
  { key: "noSheet", sheet: "Ark2" },
  { key: "notXlsx", message: "zip: bad header" },
  { key: "workbookTooLarge", megabytes: 12.5 },
  { key: "emptySheet" },
  { key: "cellRightOfHeader", width: 3 },
  { key: "dateCellOutOfRange" },
  { key: "noColumnNumber", column: 5, columns: 3 },
  { key: "noColumn", name: "tæller", header: ["uge", "antal"] },
  { key: "notANumber", text: "mange" },
  { key: "outOfRange", text: "1e999" },
  { key: "notDecimal", text: "1.5", decimal: "," },
  { key: "mixedMarks", comma: "1,5", commaLine: 2, dot: "2.5", dotLine: 3 },
  { key: "ambiguousMark", examples: ["1.002"], dot: 1.002, comma: 1002 },
  { key: "xEmpty" },
  { key: "xMissing", text: "NA" },
  { key: "notAYear", text: "18" },
  { key: "notLikeNumbers", text: "ukendt" },
  { key: "dayWithoutYear", text: "05.11" },
  { key: "mixedPercent", text: "0,931", example: "95,4 %", percent: false },
  { key: "excelSerialDate", text: "43466", date: "2019-01-01" },
  { key: "otherOrderInCalendar", text: "02/01/2018", asRead: "2018-01-02", other: "2018-02-01", dateOrder: "dmy" },
  { key: "notOfKind", kind: "week", text: "ukendt", detected: true },
  { key: "notOfKind", kind: "month", text: "ukendt", detected: false },
  { key: "noSuchTime", kind: "date", text: "04/13/2018", problem: { key: "noMonth", month: 13 }, otherOrder: "2018-04-13", dateOrder: "dmy" },
  { key: "noSuchTime", kind: "date", text: "13/04/2018", problem: { key: "noMonth", month: 13 }, otherOrder: "2018-04-13", dateOrder: "mdy" },
  { key: "noSuchTime", kind: "date", text: "30-02-2024", problem: { key: "noDay", year: 2024, month: 2, day: 30 }, otherOrder: null, dateOrder: "dmy" },
  { key: "noSuchTime", kind: "week", text: "Uge 54, 2018", problem: { key: "noWeek", week: 54 }, otherOrder: null, dateOrder: "dmy" },
  { key: "noSuchTime", kind: "week", text: "2019-W53", problem: { key: "noWeek53", year: 2019 }, otherOrder: null, dateOrder: "dmy" },
  { key: "noSuchTime", kind: "quarter", text: "2018-Q5", problem: { key: "noQuarter", quarter: 5 }, otherOrder: null, dateOrder: "dmy" },
  { key: "titleLeftOut", lines: [{ line: 1, text: "Andel ajourført FMK" }] },
  { key: "titleLeftOut", lines: [{ line: 1, text: "Andel" }, { line: 2, text: "03-12-2018" }], sheet: true },
  { key: "footerLeftOut", lines: [{ line: 24, text: "Kilde: LPR" }] },
  { key: "noteBelowTable", kind: "week", text: "Kilde: LPR" },
  { key: "noteInTable", kind: "week", text: "Ny arbejdsgang" },
  { key: "totalRow", kind: "number", text: "I alt" },
];

describe("errorText(error, { locale, terms }) says a reading error in the user's language and terms", () => {
  it("in English with the command line's flags, it is ReadError.reason (the message after its place)", () => {
    for (const reason of phrases) {
      const error = new ReadError({ reason, line: 2, column: 1, columnName: "x", value: null });
      expect(errorText(error)).toBe(error.reason);
      expect(errorText(error, { locale: "en-GB", terms: flagTerms })).toBe(error.reason);
      expect(error.message).toBe(`read: line 2, column 1 ("x"): ${error.reason}`);
    }
  });

  it("every phrase has Danish words of its own, and names an option only as the terms name it", () => {
    for (const reason of phrases) {
      const da = readDa.reason(reason, flagTerms);
      expect(da).not.toBe(readEn.reason(reason, flagTerms));
      expect(readDa.reason(reason, controls)).not.toMatch(/--/);
      expect(readEn.reason(reason, controls)).not.toMatch(/--/);
    }
  });

  it("lines left out of a table, and x cells that may be no subgroup, in Danish", () => {
    const da = (phrase: ReadPhrase) => readDa.reason(phrase, flagTerms);
    expect(da({ key: "titleLeftOut", lines: [{ line: 1, text: "Andel" }, { line: 2, text: "03-12-2018" }], sheet: true })).toBe('række 1–2 ("Andel"; "03-12-2018") er en titel over tabellen, ikke en del af den: udeladt');
    expect(da({ key: "footerLeftOut", lines: [{ line: 24, text: "Kilde: LPR" }] })).toBe('linje 24 ("Kilde: LPR") er en note under tabellen, ikke en del af den: udeladt');
    expect(da({ key: "noteBelowTable", kind: "week", text: "Kilde: LPR" })).toBe('forventede en uge som "2018-W40" eller "Uge 40, 2018" ligesom resten af kolonnen, fandt "Kilde: LPR" uden værdier ved siden af, sidst i tabellen: er det en note under tabellen, så sæt en tom linje over den, så udelades den (eller fjern den)');
    expect(da({ key: "noteInTable", kind: "week", text: "Ny arbejdsgang" })).toBe('forventede en uge som "2018-W40" eller "Uge 40, 2018" ligesom resten af kolonnen, fandt "Ny arbejdsgang" uden værdier ved siden af: en note skrevet som sin egen række? Skriv den i en kolonne med noter, i rækken for den undergruppe, den handler om (--notes), eller fjern den');
    expect(da({ key: "otherOrderInCalendar", text: "02/01/2018", asRead: "2018-01-02", other: "2018-02-01", dateOrder: "dmy" })).toBe('hver dato kan læses både med dagen og med måneden først, og rækkerne står kun i kalenderens orden med måneden først: "02/01/2018" er 2018-01-02 med dagen først, 2018-02-01 med måneden først; angiv --date-order mdy, hvis filen skriver måneden først, eller --date-order dmy for at læse med dagen først');
    expect(da({ key: "mixedPercent", text: "0,931", example: "95,4 %", percent: false })).toBe('kolonnen blander tal med og uden %: "95,4 %" har %-tegn, "0,931" ikke (en andel som 0,931, eller procent uden tegnet?); skriv alle værdier på samme måde');
    expect(da({ key: "excelSerialDate", text: "43466", date: "2019-01-01" })).toBe('"43466" ligner en dato, som Excel har gemt som sit datonummer (43466 er 2019-01-01): formatér kolonnen som dato i Excel, før filen gemmes som CSV; er det tal og ikke datoer: angiv --x-type number');
    expect(da({ key: "dayWithoutYear", text: "05.11" })).toBe('"05.11" ligner en dag og en måned uden år, ikke et tal, og tal sorteres som tal, ikke som kalenderen: skriv året med i x (fx "05.11.2018"); er det tal og ikke datoer: angiv --x-type number');
    expect(da({ key: "totalRow", kind: "number", text: "I alt" })).toBe('forventede et tal ligesom resten af kolonnen, fandt "I alt" i sidste række: en række med totaler er ikke en undergruppe; fjern den fra filen');
  });

  it("a number that is no number, in Danish", () => {
    const error = caught(() => readNumberColumns(table("uge;antal\n1;4\n2;mange\n"), ["antal"]));
    expect(error.message).toBe('read: line 3, column 2 ("antal"): expected a number, found "mange"');
    expect(errorText(error, { locale: "da-DK" })).toBe('forventede et tal, fandt "mange"');
  });

  it("a decimal mark nothing settles: the flags on the command line, the control in an app", () => {
    const error = caught(() => readNumberColumns(table("uge;y\n1;1.002\n2;2.004\n"), ["y"]));
    expect(errorText(error, { locale: "da-DK" })).toBe(
      'decimaltegnet kan ikke afgøres: "1.002", "2.004" læses som 1.002 med decimalpunktum, men som 1002 med decimalkomma, og ingen anden værdi i filen afgør det; angiv --decimal , (decimalkomma, "." adskiller tusinder) eller --decimal . (decimalpunktum)',
    );
    expect(errorText(error, { locale: "da-DK", terms: controls })).toBe(
      'decimaltegnet kan ikke afgøres: "1.002", "2.004" læses som 1.002 med decimalpunktum, men som 1002 med decimalkomma, og ingen anden værdi i filen afgør det; vælg "Decimaltegn: ," (decimalkomma, "." adskiller tusinder) eller "Decimaltegn: ." (decimalpunktum)',
    );
  });

  it("an x cell unlike the rest of its column names --x-type on the command line and the control in an app", () => {
    const error = caught(() => readXColumn(table("uge;y\nUge 40, 2018;1\nUge 41, 2018;2\nukendt;3\n"), "uge"));
    expect(error.message).toContain("to read the column as text, give --x-type category");
    expect(errorText(error, { locale: "da-DK" })).toBe('forventede en uge som "2018-W40" eller "Uge 40, 2018" ligesom resten af kolonnen, fandt "ukendt"; for at læse kolonnen som tekst: angiv --x-type category');
    expect(errorText(error, { locale: "da-DK", terms: controls })).toBe('forventede en uge som "2018-W40" eller "Uge 40, 2018" ligesom resten af kolonnen, fandt "ukendt"; for at læse kolonnen som tekst: vælg "Læs x som: category"');
    expect(errorText(error, { locale: "en-GB", terms: controls })).toBe('expected a week like "2018-W40" or "Uge 40, 2018" as the rest of the column, found "ukendt"; to read the column as text, choose "Læs x som: category"');
  });

  it("a date that reads only in the other order says which order that is", () => {
    const error = caught(() => readXColumn(table("x\n04/13/2018\n04/14/2018\n"), "x"));
    expect(errorText(error, { locale: "da-DK" })).toBe('"04/13/2018" er ikke en gyldig dato: der er ingen måned 13; med måneden først (--date-order mdy) ville den være 2018-04-13');
    const dayFirst = caught(() => readXColumn(table("x\n13/04/2018\n14/04/2018\n"), "x", { dateOrder: "mdy" }));
    expect(dayFirst.message).toBe('read: line 2, column 1 ("x"): "13/04/2018" is no date: there is no month 13; with day-first dates (--date-order dmy) it would be 2018-04-13');
  });

  it("encodings, records and columns", () => {
    const mixed = caught(() => decodeText(new Uint8Array([...new TextEncoder().encode("uge;år\n1;"), 0xe6, 0x0a])));
    expect(errorText(mixed, { locale: "da-DK" })).toMatch(/^filen blander UTF-8 med et andet tegnsæt \(byte 0xE6 ved byte 11 er ikke UTF-8, andre bogstaver er\); gem den i ét tegnsæt \(eller angiv --encoding windows-1252/);
    expect(errorText(caught(() => table("a;b\n1;2;3\n")), { locale: "da" })).toBe("forventede 2 celler som i overskriften, fandt 3");
    expect(errorText(caught(() => table("")), { locale: "da" })).toBe("filen er tom");
    expect(errorText(caught(() => findColumn(table("uge;antal\n1;2\n"), "tæller")), { locale: "da" })).toBe('ingen kolonne "tæller" (kolonner: "uge", "antal")');
  });

  it("any other SpcError is said as reasonText says it; one without words in Danish in English", () => {
    const analysis = caught(() => analyze({ chart: "c", y: [3, -1] }));
    expect(errorText(analysis, { locale: "da-DK" })).toBe("forventede et antal (et helt tal >= 0) eller null i et C-diagram, fik -1");
    expect(errorText(analysis, { locale: "da-DK", cells: true })).toBe("forventede et antal (et helt tal >= 0) eller en tom celle i et C-diagram, fik -1");
    expect(errorText(analysis, { cells: true })).toBe("expected a count (an integer >= 0) or an empty cell in a c chart, received -1");
    expect(errorText(analysis)).toBe(analysis.reason);
    const plain = new SpcError({ code: "invalid_option", path: ["width"], expected: "a number > 0", received: -1 });
    expect(errorText(plain, { locale: "da-DK" })).toBe("expected a number > 0, received -1");
    const free = new ReadError({ reason: "the app's own words", line: null, column: null, columnName: null, value: null });
    expect(free.readPhrase).toBeNull();
    expect(errorText(free, { locale: "da-DK" })).toBe("the app's own words");
  });
});
