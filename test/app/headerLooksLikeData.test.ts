import { describe, expect, it } from "vitest";
import { headerLooksLikeData } from "../../src/app/state/headerLooksLikeData.ts";

describe("headerLooksLikeData", () => {
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
