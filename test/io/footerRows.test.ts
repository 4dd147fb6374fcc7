import { describe, expect, it } from "vitest";
import { footerRows, type Apart } from "../../src/io/footerRows.ts";

const weeks = [["Uge 40 2018", "18", "20"], ["Uge 41 2018", "17", "20"]];
/** Every record stands apart (a blank line above it). */
const apart = (): Apart => "blank";

describe("footerRows", () => {
  it("counts the last records that hold a note in their first cell only, below a first column of values", () => {
    expect(footerRows([...weeks, ["Kilde: LPR", "", ""]], apart)).toBe(1);
    expect(footerRows([...weeks, ["Kilde: LPR", "", ""], ["Udtrukket 03-12-2018", "", ""]], apart)).toBe(2);
    expect(footerRows([["1", "5"], ["2", "6"], ["Note: tal fra 2019", ""]], apart)).toBe(1);
    expect(footerRows(weeks, apart)).toBe(0);
  });

  it("is 0 where a last record may be data: a value in its first cell, text in another, a first column of names, a row right under the others, one column, too few rows above, too many notes", () => {
    expect(footerRows([...weeks, ["Uge 42 2018", "", ""]], () => "none")).toBe(0);
    expect(footerRows([...weeks, ["Kilde: LPR", "", "x"]], apart)).toBe(0);
    expect(footerRows([["Afsnit Æ", "18"], ["Afsnit Ø", "17"], ["Afsnit Å", ""]], apart)).toBe(0);
    expect(footerRows([...weeks, ["uge 42", "", ""]], () => "none")).toBe(0);
    // A value written without separators is a row that lost them, not a note; under a blank line it is the extract's date.
    expect(footerRows([...weeks, ["Uge 42 2018", "", ""]], () => "bare")).toBe(0);
    expect(footerRows([...weeks, ["03-12-2018", "", ""]], () => "blank")).toBe(1);
    expect(footerRows([["1"], ["2"], ["3b"]], apart)).toBe(0);
    expect(footerRows([["Uge 40 2018", "18"], ["Kilde", ""]], apart)).toBe(0);
    expect(footerRows([...weeks, ...["a", "b", "c", "d", "e"].map((t) => [t, "", ""])], apart)).toBe(0);
  });
});
