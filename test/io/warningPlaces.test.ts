import { describe, expect, it } from "vitest";
import { warningPlaces } from "../../src/io/index.ts";

describe("warningPlaces", () => {
  const place = (i: number) => `Uge ${i + 1}, 2020 i linje ${i + 2}`;

  it("names the library's indices by place, the first five, separated by '; ' (a place may hold a comma)", () => {
    expect(warningPlaces("1 undergruppe har nævneren 0 (indeks 14); vist som huller", [14], place)).toBe("1 undergruppe har nævneren 0 (Uge 15, 2020 i linje 16); vist som huller");
    expect(warningPlaces("7 subgroups have no value (indices 0, 1, 2, 3, 4, …); shown as gaps", [0, 1, 2, 3, 4, 5, 6], place)).toBe(
      "7 subgroups have no value (Uge 1, 2020 i linje 2; Uge 2, 2020 i linje 3; Uge 3, 2020 i linje 4; Uge 4, 2020 i linje 5; Uge 5, 2020 i linje 6; …); shown as gaps",
    );
  });

  it("adds the places after a message that lists none, and leaves a message without indices alone", () => {
    expect(warningPlaces("the 4 rows are 2 points", [0, 1], place)).toBe("the 4 rows are 2 points (Uge 1, 2020 i linje 2; Uge 2, 2020 i linje 3)");
    expect(warningPlaces("a warning (indeks 3)", [], place)).toBe("a warning (indeks 3)");
  });
});
