import { describe, expect, it } from "vitest";
import { headerProblem } from "../../src/io/index.ts";

const headerLooksLikeData = (header: readonly string[]): readonly string[] => {
  const problem = headerProblem(header, []);
  return problem?.kind === "data" ? problem.cells : [];
};
const headerLooksLikeTitle = (header: readonly string[], rows: readonly (readonly string[])[]): string | null => {
  const problem = headerProblem(header, rows);
  return problem?.kind === "title" ? problem.title : null;
};

describe("headerProblem: a first row of data", () => {
  it("finds a first row of data taken for the header (cells pasted without their header row, a user's trial)", () => {
    expect(headerLooksLikeData(["jan-19", "18", "37", "48,6"])).toEqual(["jan-19", "18", "37", "48,6"]);
    expect(headerLooksLikeData(["Uge 40, 2018", "92", "100", ""])).toEqual(["Uge 40, 2018", "92", "100"]);
    expect(headerLooksLikeData(["2018-W40", "Kirurgi", "0,93"])).toEqual(["2018-W40", "0,93"]);
  });

  it("leaves names alone, also names with a number or a year in them", () => {
    expect(headerLooksLikeData(["Uge", "Tæller", "Nævner", "Kommentar"])).toEqual([]);
    expect(headerLooksLikeData(["Måned", "Antal", "I alt"])).toEqual([]);
    expect(headerLooksLikeData(["dato", "infektioner pr. 1000 sengedage", "2019"])).toEqual([]);
    expect(headerLooksLikeData(["Andel ajourført FMK – Afsnit M", "", "", ""])).toEqual([]);
    expect(headerLooksLikeData(["18"])).toEqual([]);
  });
});

describe("headerProblem: a title line", () => {
  it("finds a title line above the column names (a user's trial: the app then advised reading x as categories)", () => {
    const rows = [["Måned", "Antal", "I alt", "Andel"], ["jan 2019", "141", "168", "83,9"]];
    expect(headerLooksLikeTitle(["Andel ajourført FMK – Afsnit M", "", "", ""], rows)).toBe("Andel ajourført FMK – Afsnit M");
  });

  it("leaves a header of names alone, and a one-column file", () => {
    expect(headerLooksLikeTitle(["Måned", "Antal"], [["jan 2019", "141"]])).toBeNull();
    expect(headerLooksLikeTitle(["y"], [["3"], ["4"]])).toBeNull();
    // A second column without a name over a column of data is not a title line if its rows have one cell each.
    expect(headerLooksLikeTitle(["Uge", ""], [["Uge 1", ""], ["Uge 2", ""]])).toBeNull();
  });
});
