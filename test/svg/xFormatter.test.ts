import { describe, expect, it } from "vitest";
import { formatX, xFormatter } from "../../src/svg/format.ts";
import { textsFor } from "../../src/svg/texts.ts";

describe("xFormatter", () => {
  const days = Array.from({ length: 3 * 366 }, (_, k) => new Date(Date.UTC(1999, 0, 1) + k * 86_400_000).toISOString().slice(0, 10));
  const locales = ["da-DK", "en-GB", "en-US", "ar-SA", "th-TH"];
  for (const period of [null, "day", "month", "week", "quarter", "year"] as const) {
    it(`gives formatX's text for every day of 1999–2001, period ${String(period)}`, () => {
      for (const locale of locales) {
        const texts = textsFor(locale);
        const format = xFormatter("date", period, locale, texts);
        for (const x of days) expect(format(x), `${locale} ${x}`).toBe(formatX(x, "date", period, locale, texts));
      }
    });
  }
  it("gives formatX's text for numbers and categories", () => {
    for (const locale of locales) {
      const texts = textsFor(locale);
      for (const x of [0, -1.5, 1234567.891, 2018]) expect(xFormatter("number", null, locale, texts)(x)).toBe(formatX(x, "number", null, locale, texts));
      expect(xFormatter("category", null, locale, texts)("Afsnit Ø")).toBe("Afsnit Ø");
    }
  });
});
