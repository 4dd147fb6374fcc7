// Fuzzing the renderer: any valid result renders to well-formed, deterministic XML with every label
// escaped; bad options raise only SpcError.
import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { analyze, chartTypes, isSpcError } from "../../src/index.ts";
import { renderSmallMultiples, renderSvg } from "../../src/svg/index.ts";

const runs = Number(process.env.FUZZ_RUNS ?? 1000);
const label = fc.oneof(fc.string(), fc.constantFrom("<script>alert(1)</script>", "]]>", "&amp;", "\u202e\u202d", "\u0000\u0007\u001b", "'\"<>&"), fc.string({ unit: "binary" }));

const result = fc
  .tuple(
    fc.constantFrom(...chartTypes),
    fc.array(fc.tuple(fc.option(fc.integer({ min: 0, max: 50 }), { nil: null, freq: 6 }), fc.integer({ min: 0, max: 60 })), { minLength: 1, maxLength: 40 }),
    fc.constantFrom("anhoej", "ihi", "hcdg" as const),
    fc.constantFrom(1, 100),
    fc.option(fc.constantFrom("up", "down" as const), { nil: undefined }),
    fc.oneof(fc.constant(undefined), fc.constant("dates"), fc.constant("categories")),
  )
  .map(([chart, rows, rules, multiply, improvement, xKind]) => {
    const y = rows.map(([v]) => (v === null ? null : chart === "t" ? v + 1 : v));
    const n = rows.map(([v, d]) => (v === null ? d : Math.max(v, d)));
    const x =
      xKind === "dates" ? rows.map((_, i) => new Date(Date.UTC(2018, 0, 1 + 7 * i))) : xKind === "categories" ? rows.map((_, i) => `unit ${i}`) : chart === "xbar" || chart === "s" ? rows.map((_, i) => Math.floor(i / 3)) : undefined;
    return { chart, y, n, x, rules, multiply, improvement };
  })
  .filter((s) => s.y.some((v) => v !== null));

/** Well-formed enough for XML: balanced tags, no raw < or & in text, no forbidden control characters. */
function expectWellFormed(svg: string): void {
  expect(svg).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
  const stack: string[] = [];
  for (const match of svg.matchAll(/<(\/?)([a-zA-Z][\w-]*)([^>]*?)(\/?)>/g)) {
    const [, closing, tag, , selfClosing] = match;
    if (selfClosing === "/") continue;
    if (closing === "/") expect(stack.pop()).toBe(tag);
    else stack.push(tag as string);
  }
  expect(stack).toEqual([]);
  const text = svg.replace(/<[^>]*>/g, "");
  expect(text).not.toMatch(/<|&(?!(amp|lt|gt|quot|#39);)/);
  expect(svg).not.toMatch(/<script|<img|<foreignObject/i);
}

describe("renderSvg under fuzzing", () => {
  test.prop([result, label, label, fc.option(fc.constantFrom("da-DK", "en-GB", "de-DE"), { nil: undefined })], { numRuns: runs })(
    "renders every valid result as well-formed, deterministic, escaped SVG",
    (spec, title, note, locale) => {
      let chart;
      try {
        chart = analyze(spec as never);
      } catch (error) {
        if (isSpcError(error)) return; // e.g. an S chart without a subgroup of two values
        throw error;
      }
      const options = { title, subtitle: title, notes: [{ index: 0, text: note }], ...(locale === undefined ? {} : { locale }) };
      const svg = renderSvg(chart, options);
      expectWellFormed(svg);
      expect(renderSvg(JSON.parse(JSON.stringify(chart.toJSON())), options)).toBe(svg);
      expectWellFormed(renderSmallMultiples([chart, chart], { panelTitles: [title, note] }));
    },
  );

  test.prop([fc.record({ width: fc.anything(), height: fc.anything(), locale: fc.anything(), decimals: fc.anything(), idPrefix: fc.anything(), notes: fc.anything() }, { requiredKeys: [] })], { numRuns: runs })(
    "raises only SpcError for bad options",
    (options) => {
      const chart = analyze({ y: [1, 2, 3, 4] });
      try {
        renderSvg(chart, options as never);
      } catch (error) {
        expect(isSpcError(error), String(error)).toBe(true);
      }
    },
  );
});

describe("renderSvg with something that is not a result", () => {
  test.prop([fc.anything()], { numRuns: runs })("raises only SpcError", (value) => {
    try {
      renderSvg(value as never);
    } catch (error) {
      expect(isSpcError(error), String(error)).toBe(true);
    }
  });
});
