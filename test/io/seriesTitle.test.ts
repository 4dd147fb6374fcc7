import { describe, expect, it } from "vitest";
import { seriesTitle } from "../../src/io/index.ts";

describe("seriesTitle({ y, n, fileName })", () => {
  it("the y column's header, with the denominator's for a ratio", () => {
    expect(seriesTitle({ y: "Ventetid (dage)", fileName: "data.csv" })).toBe("Ventetid (dage)");
    expect(seriesTitle({ y: " ajourført ", n: "udskrevne", fileName: "fmk.csv" })).toBe("ajourført / udskrevne");
    expect(seriesTitle({ y: "tæller", n: "", fileName: "fmk.csv" })).toBe("tæller");
    expect(seriesTitle({ y: "tæller", n: null, fileName: "fmk.csv" })).toBe("tæller");
  });

  it("without a y header, the file's name without its extension", () => {
    expect(seriesTitle({ y: "", fileName: "infektioner.2024.csv" })).toBe("infektioner.2024");
    expect(seriesTitle({ y: "  ", n: "nævner", fileName: "fald.xlsx" })).toBe("fald");
    expect(seriesTitle({ y: "", fileName: ".csv" })).toBe(".csv");
    expect(seriesTitle({ y: "", fileName: "data" })).toBe("data");
  });
});
