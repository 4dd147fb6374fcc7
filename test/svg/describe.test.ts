import { describe, expect, it } from "vitest";
import { analyze } from "../../src/index.ts";
import { renderSvg } from "../../src/svg/index.ts";

const desc = (svg: string): string => /<desc id="shewhart-desc">(.*?)<\/desc>/.exec(svg)?.[1] ?? "";
const stable = [10, 11, 9, 10, 12, 10, 9, 11, 10, 9, 11, 10, 12, 9, 10, 11];

describe("the chart's description agrees with the verdict", () => {
  it("an excluded point outside the limits is described as excluded, not as a deterioration (English and Danish)", () => {
    const result = analyze({ chart: "i", y: [...stable, 40], exclude: [16], improvement: "down" });
    expect(desc(renderSvg(result))).toMatch(/a point above the control limits, 17 \(excluded\)\.$/);
    expect(desc(renderSvg(result, { locale: "da-DK" }))).toContain("(udeladt)");
    expect(desc(renderSvg(result))).not.toContain("deterioration");
  });

  it("a step change: the old level's run has no direction, the new level's is the improvement", () => {
    const before = [80, 82, 79, 81, 78, 80, 83, 79, 81, 80, 82, 78];
    const after = [60, 62, 59, 61, 58, 60, 63, 59, 61, 60, 62, 58];
    const text = desc(renderSvg(analyze({ y: [...before, ...after], improvement: "down" })));
    expect(text).not.toContain("deterioration");
    expect(text).toMatch(/13 – 24 \(improvement\)/);
  });

  it("names the first 20 signals and counts the rest, in the chart's language", () => {
    // 30 points far out, each a signal of its own, between steady stretches.
    const y = Array.from({ length: 400 }, (_, k) => (k % 13 === 12 && k > 20 ? 60 : stable[k % stable.length]!));
    const result = analyze({ chart: "i", y, freeze: 20 });
    expect(result.signals.length).toBeGreaterThan(21);
    const text = desc(renderSvg(result));
    expect(text.split("; ")).toHaveLength(21);
    expect(text).toMatch(new RegExp(`; and ${result.signals.length - 20} more\\.$`));
    expect(desc(renderSvg(result, { locale: "da-DK" }))).toMatch(new RegExp(`; og ${result.signals.length - 20} mere\\.$`));
    // Up to 20, every signal is named.
    const few = analyze({ chart: "i", y: y.slice(0, 100), freeze: 20 });
    expect(few.signals.length).toBeLessThanOrEqual(20);
    expect(desc(renderSvg(few))).not.toContain("more");
  });
});
