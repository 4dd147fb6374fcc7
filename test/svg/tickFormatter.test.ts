import { describe, expect, it } from "vitest";
import { formatTick, tickFormatter } from "../../src/svg/format.ts";
import { textsFor } from "../../src/svg/texts.ts";

const dayMs = 86_400_000;

describe("tickFormatter", () => {
  // Every day of 1999–2001 (a leap year between two plain ones) and of 1896–1897 (1900 is not a leap year: around it too).
  const days = [...Array.from({ length: 3 * 366 }, (_, k) => Date.UTC(1999, 0, 1) + k * dayMs), ...Array.from({ length: 5 * 366 }, (_, k) => Date.UTC(1897, 0, 1) + k * dayMs)];
  // Gregorian locales reuse each day's text; ar-SA (Islamic calendar) and th-TH (Buddhist) format every day through Intl.
  const locales = ["da-DK", "en-GB", "en-US", "de-DE", "ar-SA", "th-TH", "fa-IR"];
  for (const period of [null, "day", "month", "week", "quarter", "year"] as const) {
    it(`gives formatTick's label and year for every day, period ${String(period)}`, () => {
      for (const locale of locales) {
        const texts = textsFor(locale);
        const tick = tickFormatter(period, locale, texts);
        for (const time of days) expect(tick(time), `${locale} ${new Date(time).toISOString()}`).toEqual(formatTick(time, period, locale, texts));
      }
    });
  }
});
