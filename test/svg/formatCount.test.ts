import { describe, expect, it } from "vitest";
import { formatCount, numberFormat } from "../../src/svg/format.ts";

// formatCount writes whole counts 0–999 without Intl; it must give exactly what Intl gives, in every locale.
describe("formatCount", () => {
  const locales = ["en-US", "da-DK", "de-DE", "fr-FR", "ar-EG", "hi-IN-u-nu-deva", "fa-IR", "zh-Hans-CN-u-nu-hanidec", "sv-SE"];
  const values = [0, -0, 1, 7, 42, 100, 999, 1000, 1234, 123456, -1, -999, 0.5, 12.345, 999.995, Number.MAX_SAFE_INTEGER];

  for (const locale of locales) {
    it(`gives Intl's text for ${locale}`, () => {
      const format = numberFormat(locale, { maximumFractionDigits: 2 });
      for (const value of values) expect(formatCount(format, value)).toBe(format.format(value));
    });
  }

  it("leaves formatters that do not write bare digits to Intl", () => {
    const formats = [
      numberFormat("en-US", { style: "percent" }),
      numberFormat("en-US", { minimumFractionDigits: 2 }),
      numberFormat("en-US", { minimumIntegerDigits: 3 }),
      numberFormat("en-US", { maximumSignificantDigits: 1 }),
      numberFormat("en-US", { notation: "compact" }),
      numberFormat("en-US", { style: "unit", unit: "day" }),
    ];
    for (const format of formats) for (const value of [0, 5, 123, 999]) expect(formatCount(format, value)).toBe(format.format(value));
  });
});
