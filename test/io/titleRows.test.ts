import { describe, expect, it } from "vitest";
import { maxTitleRows, titleRows } from "../../src/io/titleRows.ts";

describe("titleRows", () => {
  it("counts the records above the column names that hold a title in one cell only", () => {
    expect(titleRows([["Andel ajourført FMK", "", ""], ["Uge", "Tæller", "Nævner"], ["Uge 40 2018", "18", "20"]])).toBe(1);
    expect(titleRows([["Andel ajourført FMK"], ["Afsnit M"], ["Uge", "Tæller"]])).toBe(2);
    // A date under the title, as a report's.
    expect(titleRows([["Andel ajourført FMK", "", ""], ["03-12-2018", "", ""], ["Uge", "Tæller", "Nævner"]])).toBe(2);
    // A sheet's title typed over its middle column.
    expect(titleRows([["", "Andel ajourført FMK", ""], ["Uge", "Tæller", "Nævner"]])).toBe(1);
    expect(titleRows([["Uge", "Tæller", "Nævner"], ["Uge 40 2018", "18", "20"]])).toBe(0);
  });

  it("is 0 where the first record may be the header: a value as title, names that may be data, no names below", () => {
    expect(titleRows([["2018", "", ""], ["Uge", "Tæller", "Nævner"]])).toBe(0);
    expect(titleRows([["Uge 40, 2018"], ["Uge", "Tæller"]])).toBe(0);
    expect(titleRows([["Uge", "", ""], ["Uge 40 2018", "0,95", "120"]])).toBe(0);
    expect(titleRows([["Andel"], ["Måned", "2019", "2020"]])).toBe(0);
    expect(titleRows([["Andel"], ["0,95"], ["0,93"]])).toBe(0);
    expect(titleRows([["Andel"]])).toBe(0);
  });

  it("takes at most maxTitleRows lines for a title", () => {
    const lines = (k: number) => [...Array.from({ length: k }, (_, i) => [`Linje ${String.fromCharCode(97 + i)}`]), ["Uge", "Tæller"], ["Uge 40 2018", "18"]];
    expect(titleRows(lines(maxTitleRows))).toBe(maxTitleRows);
    expect(titleRows(lines(maxTitleRows + 1))).toBe(0);
  });
});
