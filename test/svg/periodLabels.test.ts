import { describe, expect, it } from "vitest";
import { analyze } from "../../src/index.ts";
import { formatTick, formatX } from "../../src/svg/format.ts";
import { renderSvg } from "../../src/svg/index.ts";
import { textsFor } from "../../src/svg/texts.ts";

const time = Date.UTC(2018, 0, 1);

describe("period wording", () => {
  it("Danish: uge 40, 2018 · jan. 2018 · 1. kvt. 2018", () => {
    const da = textsFor("da-DK");
    expect(formatX("2018-10-01", "date", "week", "da-DK", da)).toBe("uge 40, 2018");
    expect(formatX("2018-01-01", "date", "month", "da-DK", da)).toBe("jan. 2018");
    expect(formatX("2018-01-01", "date", "quarter", "da-DK", da)).toBe("1. kvt. 2018");
    expect(formatTick(time, "quarter", "da-DK", da)).toEqual({ label: "1. kvt.", year: 2018 });
  });

  it("English: week 40, 2018 · Jan 2018 · Q1 2018", () => {
    const en = textsFor("en-GB");
    expect(formatX("2018-10-01", "date", "week", "en-GB", en)).toBe("week 40, 2018");
    expect(formatX("2018-01-01", "date", "month", "en-GB", en)).toBe("Jan 2018");
    expect(formatX("2018-01-01", "date", "quarter", "en-GB", en)).toBe("Q1 2018");
    expect(formatTick(time, "quarter", "en-GB", en)).toEqual({ label: "Q1", year: 2018 });
    expect(formatX("2018-01-01", "date", "quarter", "en-GB", textsFor("en-GB", { quarter: "Qtr " }))).toBe("Qtr 1 2018");
  });

  it("a chart of ISO quarters is labelled in quarters", () => {
    const result = analyze({ x: ["2018-Q1", "2018-Q2", "2018-Q3", "2018-Q4", "2019-Q1", "2019-Q2"], y: [5, 6, 4, 5, 7, 6] });
    expect(renderSvg(result, { locale: "da-DK" })).toContain("1. kvt. 2018");
    expect(renderSvg(result, { locale: "en-GB" })).toContain("Q1 2018");
  });
});
