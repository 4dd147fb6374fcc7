import { describe, expect, it } from "vitest";
import { analyze } from "../../src/index.ts";
import { renderSvg } from "../../src/svg/index.ts";
import { textWidth } from "../../src/svg/textWidth.ts";

/** The x tick labels of a drawn chart: their centres and texts, left to right. */
function xTicks(svg: string): { at: number; label: string }[] {
  return Array.from(svg.matchAll(/<g class="shewhart-x-tick">[\s\S]*?<text x="([^"]+)"[^>]*>([^<]+)<\/text>/g), (m) => ({ at: Number(m[1]), label: m[2] as string }));
}

describe("x tick labels", () => {
  it("never touch on a date axis whose subgroups cluster in time (patients' referral dates, a user's trial: '19. mar.27. mar.')", () => {
    // Dates 2–13 days apart, unevenly: every step-th subgroup was not a label's width apart.
    const gaps = [4, 4, 2, 13, 3, 5, 9, 2, 8, 6, 12, 3, 9, 8, 4, 13, 4, 9, 2, 13, 6, 3, 10, 2, 12, 5, 2, 7, 11, 4];
    let day = Date.UTC(2023, 0, 13);
    const x = gaps.map((g) => new Date((day += g * 86_400_000)).toISOString().slice(0, 10));
    const y = x.map((_, i) => 10 + ((i * 7) % 9));
    for (const width of [480, 720, 1000]) {
      const ticks = xTicks(renderSvg(analyze({ chart: "i", x, y, locale: "da-DK" }), { locale: "da-DK", width }));
      expect(ticks.length).toBeGreaterThan(2);
      for (let k = 1; k < ticks.length; k++) {
        const [a, b] = [ticks[k - 1]!, ticks[k]!];
        expect(b.at - a.at, `${a.label} and ${b.label} at ${width} px`).toBeGreaterThanOrEqual((textWidth(a.label, 10.5) + textWidth(b.label, 10.5)) / 2);
      }
    }
  });
});
