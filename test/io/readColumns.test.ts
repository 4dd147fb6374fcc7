import { describe, expect, it } from "vitest";
import { readCsv } from "../../src/io/readCsv.ts";
import { readNumberColumns } from "../../src/io/readNumberColumns.ts";
import { readXColumn } from "../../src/io/readXColumn.ts";

const table = (text: string) => readCsv(new TextEncoder().encode(text));
const numbers = (text: string, columns: string[], decimal?: "," | ".") =>
  readNumberColumns(table(text), columns, decimal === undefined ? {} : { decimal }).map((c) => ({ values: [...c.values], decimal: c.decimal }));

describe("readNumberColumns(table, columns)", () => {
  it("decides each column's decimal mark from all its cells, wherever the settling cell is", () => {
    const rows = Array.from({ length: 300 }, () => "1.002").join("\n");
    expect(numbers(`y\n${rows}\n12,5\n`, ["y"])[0]!.values.slice(-2)).toEqual([1002, 12.5]);
    expect(numbers(`y\n${rows}\n0.5\n`, ["y"])[0]!.values.slice(-2)).toEqual([1.002, 0.5]);
    expect(numbers("a\tb\n0,125\t1\n0,250\t2\n0,375\t3\n", ["a"])[0]).toEqual({ values: [0.125, 0.25, 0.375], decimal: "," });
    expect(numbers("y\n1.234,5\n2\n", ["y"])[0]).toEqual({ values: [1234.5, 2], decimal: "," });
    expect(numbers("y\n1,5\n", ["y"])[0]).toEqual({ values: [1.5], decimal: "," });
    expect(numbers("y\n12\n1 234\nNA\n\n-\n", ["y"])[0]).toEqual({ values: [12, 1234, Number.NaN, Number.NaN], decimal: null });
  });

  it("refuses a column that mixes numbers in percent and numbers without (read as they are, 0,931 stood beside 95,4)", () => {
    expect(() => numbers("uge;andel\n1;95,4 %\n2;0,931\n3;96 %\n", ["andel"])).toThrowErrorMatchingInlineSnapshot(`[SpcError: read: line 3, column 2 ("andel"): the column mixes numbers with and without %: "95,4 %" has a % sign, "0,931" has not (a share such as 0.931, or a percent without its sign?); write every value the same way]`);
    expect(() => numbers("uge;andel\n1;95,4\n2;93,1 %\n", ["andel"])).toThrow(/"93,1 %" has a % sign, "95,4" has not/);
    // All in percent, or none, or percent with missing cells among them: read.
    expect(numbers("uge;andel\n1;95,4 %\n2;\n3;96%\n", ["andel"])[0]!.values).toEqual([95.4, Number.NaN, 96]);
    expect(numbers("uge;andel\n1;95,4\n2;96\n", ["andel"])[0]!.values).toEqual([95.4, 96]);
  });

  it("settles an ambiguous column by the file's other number columns", () => {
    expect(numbers("y;n\n1.002;12,5\n2.004;13,5\n", ["y", "n"])[0]).toEqual({ values: [1002, 2004], decimal: "," });
    expect(numbers("y;rate\n1.002;12,5\n2.004;13,5\n", ["y"])[0]).toEqual({ values: [1002, 2004], decimal: "," });
    expect(numbers("y,n\n1.002,0.5\n", ["y", "n"])[0]).toEqual({ values: [1.002], decimal: "." });
  });

  it("refuses a column nothing settles, naming it, example values and the option", () => {
    expect(() => numbers("uge;y\n1;1.002\n2;2.004\n", ["y"])).toThrowErrorMatchingInlineSnapshot(`[SpcError: read: line 2, column 2 ("y"): cannot tell the decimal mark: "1.002", "2.004" read as 1.002 with a decimal point but as 1002 with a decimal comma, and no other value in the file settles it; give --decimal , (comma decimals, "." groups thousands) or --decimal . (point decimals)]`);
    expect(numbers("uge;y\n1;1.002\n2;2.004\n", ["y"], ",")[0]!.values).toEqual([1002, 2004]);
    expect(numbers("uge;y\n1;1.002\n2;2.004\n", ["y"], ".")[0]!.values).toEqual([1.002, 2.004]);
  });

  it("refuses mixed marks, cells that are no number, and cells that do not fit the given mark", () => {
    expect(() => numbers("y\n12,5\n1,234.5\n", ["y"])).toThrowErrorMatchingInlineSnapshot(`[SpcError: read: line 3, column 1 ("y"): the column mixes decimal marks: "12,5" (line 2) reads only with a decimal comma, "1,234.5" (line 3) only with a decimal point]`);
    expect(() => numbers("y\n1\nx\n", ["y"])).toThrowErrorMatchingInlineSnapshot(`[SpcError: read: line 3, column 1 ("y"): expected a number, found "x"]`);
    expect(() => numbers("y\n1\n12,5\n", ["y"], ".")).toThrowErrorMatchingInlineSnapshot(`[SpcError: read: line 3, column 1 ("y"): "12,5" is not a number written with the decimal mark "." given]`);
    expect(() => numbers("y\n1e999\n", ["y"])).toThrowErrorMatchingInlineSnapshot(`[SpcError: read: line 2, column 1 ("y"): the number "1e999" is out of range]`);
    expect(() => numbers("y\n1\n", ["z"])).toThrowErrorMatchingInlineSnapshot(`[SpcError: read: column "z": no column "z" (columns: "y")]`);
  });
});

const x = (cells: string[], options: Parameters<typeof readXColumn>[2] = {}) => {
  const column = readXColumn(table(`x\n${cells.join("\n")}\n`), "x", options);
  return { values: column.values, kind: column.kind, period: column.period };
};

describe("readXColumn(table, column)", () => {
  it("reads each spelling as the period it names", () => {
    expect(x(["Uge 40, 2018", "Uge 41, 2018"])).toEqual({ values: ["2018-W40", "2018-W41"], kind: "week", period: "week" });
    expect(x(["jan. 2018", "feb. 2018"])).toEqual({ values: ["2018-01", "2018-02"], kind: "month", period: "month" });
    expect(x(["1. kvt. 2018", "2. kvt. 2018"])).toEqual({ values: ["2018-Q1", "2018-Q2"], kind: "quarter", period: "quarter" });
    expect(x(["02-04-2018", "09-04-2018"])).toEqual({ values: ["2018-04-02", "2018-04-09"], kind: "date", period: null });
    expect(x(["2016", "2017", "2018"])).toEqual({ values: [2016, 2017, 2018], kind: "number", period: null });
    expect(x(["2016", "2017"], { kind: "year" })).toEqual({ values: ["2016-01-01", "2017-01-01"], kind: "year", period: "year" });
    expect(x(["Afsnit A", "Afsnit B", "2018-01"])).toEqual({ values: ["Afsnit A", "Afsnit B", "2018-01"], kind: "category", period: null });
  });

  it("reads months written with a point (Excel's mm.åååå) as months, in the calendar's order, and decimal numbers as numbers", () => {
    // Read as numbers these were 11.2019, 12.2019, 1.202, 2.202: January 2020 charted before November 2019, without a word.
    expect(x(["11.2019", "12.2019", "01.2020", "02.2020"])).toEqual({ values: ["2019-11", "2019-12", "2020-01", "2020-02"], kind: "month", period: "month" });
    expect(x(["2019.11", "2019.12", "2020.01"])).toEqual({ values: ["2019-11", "2019-12", "2020-01"], kind: "month", period: "month" });
    expect(x(["1.25", "1.2345", "2.5"])).toMatchObject({ values: [1.25, 1.2345, 2.5], kind: "number" });
    // Days without a year (01.10, 05.11) are no numbers: as numbers November's days came among October's.
    expect(() => x(["15.10", "22.10", "29.10", "05.11", "12.11"])).toThrowErrorMatchingInlineSnapshot(`[SpcError: read: line 5, column 1 ("x"): "05.11" looks like a day and a month without a year, not a number, and numbers are sorted as numbers, not as the calendar: write the year in x (such as "05.11.2018"); if they are numbers and not dates, give --x-type number]`);
    expect(() => x(["15.10", "22.10", "29.10", "5.11", "12.11"])).toThrowErrorMatchingInlineSnapshot(`[SpcError: read: line 5, column 1 ("x"): "5.11" looks like a day and a month without a year, not a number, and numbers are sorted as numbers, not as the calendar: write the year in x (such as "5.11.2018"); if they are numbers and not dates, give --x-type number]`);
    expect(x(["15.10", "22.10", "29.10", "5.11"], { kind: "number" })).toMatchObject({ values: [15.1, 22.1, 29.1, 5.11], kind: "number" });
    // Numbers that could be days but are not in the calendar's order stay numbers (1 Oct, 1 Nov, 2 May; 3.25 no day of a month).
    expect(x(["1.10", "1.11", "2.05"])).toMatchObject({ values: [1.1, 1.11, 2.05], kind: "number" });
    // A day written with a leading zero is no number, even where numbers would keep the order.
    expect(() => x(["01.10", "08.10"])).toThrow(/"01.10" looks like a day and a month without a year/);
    expect(x(["3.25", "1.10"])).toMatchObject({ kind: "number" });
    // A month whose trailing zero a spreadsheet dropped (2019.1 for October) is no month: named, never read as January.
    expect(() => x(["2019.08", "2019.09", "2019.1", "2019.11"])).toThrowErrorMatchingInlineSnapshot(`[SpcError: read: line 4, column 1 ("x"): expected a month like "2018-01" or "jan. 2018" as the rest of the column, found "2019.1"; to read the column as text, give --x-type category]`);
  });

  it("never turns a column that is mostly time into categories: the odd cell is an error, in whichever row", () => {
    expect(() => x(["2024-02-30", "2024-03-01", "2024-03-02"])).toThrowErrorMatchingInlineSnapshot(`[SpcError: read: line 2, column 1 ("x"): "2024-02-30" is no date: 2024-02 has no day 30]`);
    expect(() => x(["2024-03-01", "2024-03-02", "2024-02-30"])).toThrowErrorMatchingInlineSnapshot(`[SpcError: read: line 4, column 1 ("x"): "2024-02-30" is no date: 2024-02 has no day 30]`);
    expect(() => x(["Uge 40, 2018", "Uge 41 2018", "uge 42"])).toThrowErrorMatchingInlineSnapshot(`[SpcError: read: line 4, column 1 ("x"): expected a week like "2018-W40" or "Uge 40, 2018" as the rest of the column, found "uge 42"; to read the column as text, give --x-type category]`);
    expect(() => x(["1", "2", "3b"])).toThrowErrorMatchingInlineSnapshot(`[SpcError: read: line 4, column 1 ("x"): expected a number as in the rest of the column, found "3b"; to read the column as text, give --x-type category]`);
    expect(x(["1", "2", "3b"], { kind: "category" }).kind).toBe("category");
    expect(() => readXColumn(table("x;y\n1;5\n;6\n"), "x")).toThrowErrorMatchingInlineSnapshot(`[SpcError: read: line 3, column 1 ("x"): x is empty: every row needs its x]`);
  });

  it("says that an x cell with no values beside it at the end of the table may be a note below it, and how to have it left out", () => {
    const rows = (last: string) => readXColumn(table(`Uge;Andel\nUge 40 2018;0,95\nUge 41 2018;0,93\n${last}\n`), "Uge");
    expect(() => rows("Kilde: LPR;")).toThrowErrorMatchingInlineSnapshot(`[SpcError: read: line 4, column 1 ("Uge"): expected a week like "2018-W40" or "Uge 40, 2018" as the rest of the column, found "Kilde: LPR", with no values beside it, at the end of the table: if it is a note below the table, put a blank line above it and it is left out (or remove it)]`);
    expect(() => rows("Kilde: LPR;0,5")).toThrowErrorMatchingInlineSnapshot(`[SpcError: read: line 4, column 1 ("Uge"): expected a week like "2018-W40" or "Uge 40, 2018" as the rest of the column, found "Kilde: LPR"; to read the column as text, give --x-type category]`);
    expect(rows(";\nKilde: LPR;").values).toEqual(["2018-W40", "2018-W41"]);
    expect(() => readXColumn(table("Nr;Andel\n1;0,95\n2;0,93\nKilde: LPR;\n"), "Nr")).toThrowErrorMatchingInlineSnapshot(`[SpcError: read: line 4, column 1 ("Nr"): expected a number as the rest of the column, found "Kilde: LPR", with no values beside it, at the end of the table: if it is a note below the table, put a blank line above it and it is left out (or remove it)]`);
  });

  it("says a note among the rows, or a row of totals, is no subgroup, never to read x as categories (a user's trial charted them as points)", () => {
    const weeks = (rows: string) => readXColumn(table(`Uge;Andel;Antal\nUge 40 2018;0,95;120\n${rows}\n`), "Uge");
    expect(() => weeks("Ny arbejdsgang fra uge 41;;\nUge 41 2018;0,93;118")).toThrowErrorMatchingInlineSnapshot(`[SpcError: read: line 3, column 1 ("Uge"): expected a week like "2018-W40" or "Uge 40, 2018" as the rest of the column, found "Ny arbejdsgang fra uge 41", with no values beside it: a note written as a row of its own? Write it in a column of notes, in the row of the subgroup it is about (--notes), or remove it]`);
    expect(() => weeks("Uge 41 2018;0,93;118\nI alt;1,88;238")).toThrowErrorMatchingInlineSnapshot(`[SpcError: read: line 4, column 1 ("Uge"): expected a week like "2018-W40" or "Uge 40, 2018" as the rest of the column, found "I alt" in the last row: a row of totals is not a subgroup; remove it from the file]`);
    // A last row of another name with values is x with a typo, or a category: the advice stays.
    expect(() => weeks("Uge 41 2018;0,93;118\nuge 42;0,91;119")).toThrow(/--x-type category/);
  });

  it("refuses Excel's serial day numbers under a date's header, saying the day each names (read as numbers before, silently)", () => {
    const t = table("Date;Count\n43466;10\n43467;12\n43468;11\n");
    expect(() => readXColumn(t, "Date")).toThrowErrorMatchingInlineSnapshot(`[SpcError: read: line 2, column 1 ("Date"): "43466" looks like a date that Excel saved as its day number (43466 is 2019-01-01): format the column as dates in Excel before saving the file as CSV; if they are numbers and not dates, give --x-type number]`);
    expect(readXColumn(t, "Date", { kind: "number" })).toMatchObject({ values: [43466, 43467, 43468], kind: "number" });
    // Numbers under another header, or not five-digit days of 1950–2100, stay numbers.
    expect(readXColumn(table("Patient;Count\n43466;10\n43467;12\n"), "Patient")).toMatchObject({ kind: "number" });
    expect(readXColumn(table("Dag;Count\n1;10\n2;12\n"), "Dag")).toMatchObject({ kind: "number" });
  });

  it("refuses dates that read both ways when the rows are in calendar order only the other way (a US export read day first, silently)", () => {
    const us = ["01/05/2018", "01/12/2018", "02/01/2018", "02/09/2018", "03/02/2018"];
    expect(() => x(us)).toThrowErrorMatchingInlineSnapshot(`[SpcError: read: line 4, column 1 ("x"): every date reads both day first and month first, and the rows are in calendar order only month first: "02/01/2018" is 2018-01-02 read day first, 2018-02-01 read month first; give --date-order mdy if the file writes months first, or --date-order dmy to read it day first]`);
    expect(x(us, { dateOrder: "mdy" })).toMatchObject({ values: ["2018-01-05", "2018-01-12", "2018-02-01", "2018-02-09", "2018-03-02"], kind: "date" });
    // Told, it reads them day first as asked.
    expect(x(us, { dateOrder: "dmy" })).toMatchObject({ values: ["2018-05-01", "2018-12-01", "2018-01-02", "2018-09-02", "2018-02-03"] });
    // Newest first is calendar order too.
    expect(() => x([...us].reverse())).toThrow(/calendar order only month first/);
    // In order both ways, or neither (rows of several wards), or a day above 12: read day first as before.
    expect(x(["01/05/2018", "01/06/2018", "01/07/2018"])).toMatchObject({ values: ["2018-05-01", "2018-06-01", "2018-07-01"] });
    expect(x(["01/05/2018", "01/12/2018", "02/01/2018", "01/05/2018", "01/12/2018", "02/01/2018"])).toMatchObject({ kind: "date" });
    expect(x(["13/01/2018", "01/02/2018", "01/03/2018"])).toMatchObject({ values: ["2018-01-13", "2018-02-01", "2018-03-01"] });
  });

  it("reads month-first dates only when told, and says so when a date only reads month-first", () => {
    expect(() => x(["04/13/2018", "04/14/2018"])).toThrowErrorMatchingInlineSnapshot(`[SpcError: read: line 2, column 1 ("x"): "04/13/2018" is no date: there is no month 13; with month-first dates (--date-order mdy) it would be 2018-04-13]`);
    expect(x(["04/13/2018", "04/14/2018"], { dateOrder: "mdy" }).values).toEqual(["2018-04-13", "2018-04-14"]);
  });

  it("reads six-digit YYYYWW / YYYYMM as weeks / months when the header names them, else as numbers", () => {
    const headed = (header: string, cells: string[], options: Parameters<typeof readXColumn>[2] = {}) => {
      const column = readXColumn(table(`${header};y\n${cells.map((c) => `${c};1`).join("\n")}\n`), 0, options);
      return { values: column.values, kind: column.kind, period: column.period };
    };
    const weeks = ["201851", "201852", "201901", "201902"];
    expect(headed("Uge", weeks)).toEqual({ values: ["2018-W51", "2018-W52", "2019-W01", "2019-W02"], kind: "week", period: "week" });
    expect(headed("Week no.", weeks).kind).toBe("week");
    expect(headed("År-uge (YYYYWW)", weeks).kind).toBe("week");
    expect(headed("Måned", ["201811", "201812", "201901"])).toEqual({ values: ["2018-11", "2018-12", "2019-01"], kind: "month", period: "month" });
    expect(headed("Md", ["201811", "201812"]).kind).toBe("month");
    // No hint in the header: they may be numbers, and stay numbers.
    expect(headed("x", weeks)).toEqual({ values: [201851, 201852, 201901, 201902], kind: "number", period: null });
    expect(headed("Periode", ["201811", "201812"]).kind).toBe("number");
    // A hint, but cells that are not all six digits with a year 1900–2100, or mostly not weeks: numbers.
    expect(headed("Uge", ["201851", "20185"]).kind).toBe("number");
    expect(headed("Uge", ["189951", "189952"]).kind).toBe("number");
    expect(headed("Uge", ["201860", "201870", "201801"]).kind).toBe("number");
    expect(headed("Uger", ["1", "2"]).kind).toBe("number");
    // A header that says what is counted ("number of weeks", "amount per month") heads numbers, not periods.
    expect(headed("Antal uger", ["200001", "200002", "200003", "200004"]).kind).toBe("number");
    expect(headed("Beløb pr. md", ["201801", "201802", "201803"]).kind).toBe("number");
    expect(headed("Uge (YYYYWW)", weeks).kind).toBe("week");
    expect(headed("År-uge", weeks).kind).toBe("week");
    // "Måned" hints a month, not a week: mostly weeks under it stay numbers.
    expect(headed("Måned", ["201852", "201853", "201901"]).kind).toBe("number");
    // Mostly weeks: a week that does not exist is an error naming it.
    expect(() => headed("Uge", ["201851", "201852", "201854"])).toThrowErrorMatchingInlineSnapshot(`[SpcError: read: line 4, column 1 ("Uge"): "201854" is no week: there is no week 54]`);
    expect(() => headed("Uge", ["201952", "201953", "202001"])).toThrowErrorMatchingInlineSnapshot(`[SpcError: read: line 3, column 1 ("Uge"): "201953" is no week: 2019 has no week 53 (ISO 8601)]`);
    expect(() => headed("Måned", ["201811", "201812", "201813"])).toThrowErrorMatchingInlineSnapshot(`[SpcError: read: line 4, column 1 ("Måned"): "201813" is no month: there is no month 13]`);
    // A forced kind reads them whatever the header.
    expect(headed("x", weeks, { kind: "week" }).values).toEqual(["2018-W51", "2018-W52", "2019-W01", "2019-W02"]);
    expect(headed("x", ["201811", "201812"], { kind: "month" }).values).toEqual(["2018-11", "2018-12"]);
    expect(headed("Uge", weeks, { kind: "number" }).values).toEqual([201851, 201852, 201901, 201902]);
    expect(() => headed("x", ["201811", "201860"], { kind: "week" })).toThrowErrorMatchingInlineSnapshot(`[SpcError: read: line 3, column 1 ("x"): "201860" is no week: there is no week 60]`);
  });

  it("refuses cells of another kind when a kind is forced", () => {
    expect(() => x(["2018-W40", "2018-01"], { kind: "week" })).toThrowErrorMatchingInlineSnapshot(`[SpcError: read: line 3, column 1 ("x"): expected a week like "2018-W40" or "Uge 40, 2018", found "2018-01"]`);
  });
});

describe("reading repeated cells once", () => {
  it("readNumberColumns: a repeated cell that is no number, or missing, is reported and counted in every row it is in", () => {
    const rows = Array.from({ length: 500 }, (_, r) => String(r % 7));
    expect(() => numbers(`y\n${rows.join("\n")}\nx\n1\nx\n`, ["y"])).toThrowErrorMatchingInlineSnapshot(`[SpcError: read: line 502, column 1 ("y"): expected a number, found "x"]`);
    const read = readNumberColumns(table(`y\n${rows.join("\n")}\nNA\n3\nNA\n`), ["y"])[0]!;
    expect(read.missing).toBe(2);
    expect([...read.values.slice(-4)]).toEqual([rows[499]!, "NaN", "3", "NaN"].map(Number));
    expect(() => numbers(`y\n${rows.join("\n")}\n1.002\n1.002\n`, ["y"])).toThrowErrorMatchingInlineSnapshot(`[SpcError: read: line 502, column 1 ("y"): cannot tell the decimal mark: "1.002", "1.002" read as 1.002 with a decimal point but as 1002 with a decimal comma, and no other value in the file settles it; give --decimal , (comma decimals, "." groups thousands) or --decimal . (point decimals)]`);
  });

  it("readNumberColumns: more distinct cells than are kept still read, and the first bad one is named", () => {
    const rows = Array.from({ length: 70_000 }, (_, r) => String(r));
    expect(readNumberColumns(table(`y\n${rows.join("\n")}\n`), ["y"])[0]!.values).toEqual(Float64Array.from(rows, Number));
    expect(() => numbers(`y\n${rows.join("\n")}\n12x\n`, ["y"])).toThrowErrorMatchingInlineSnapshot(`[SpcError: read: line 70002, column 1 ("y"): expected a number, found "12x"]`);
  });

  it("readXColumn: repeated labels read alike in every row, and a week that does not exist is named in the first row it is in", () => {
    const weeks = Array.from({ length: 3000 }, (_, r) => `Uge ${(r % 52) + 1}, 2019`);
    expect(x(weeks).values).toEqual(weeks.map((_, r) => `2019-W${String((r % 52) + 1).padStart(2, "0")}`));
    expect(() => x([...weeks, "Uge 53, 2019", "Uge 1, 2019", "Uge 53, 2019"])).toThrowErrorMatchingInlineSnapshot(`[SpcError: read: line 3002, column 1 ("x"): "Uge 53, 2019" is no week: 2019 has no week 53 (ISO 8601)]`);
  });

  it("readXColumn: more distinct cells than are kept still read", () => {
    const days = Array.from({ length: 70_000 }, (_, d) => new Date(Date.UTC(1900, 0, 1 + d)).toISOString().slice(0, 10));
    expect(x(days).values).toEqual(days);
    expect(() => x([...days, "2024-02-30"])).toThrowErrorMatchingInlineSnapshot(`[SpcError: read: line 70002, column 1 ("x"): "2024-02-30" is no date: 2024-02 has no day 30]`);
  });
});
