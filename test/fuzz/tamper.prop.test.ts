// @vitest-environment jsdom
// Issue 13: fuzzing every renderer entry point with tampered results and options. A result's JSON (as a server
// would send it) has one field, at any depth, replaced by anything; options get a wrong type at any depth; labels
// and x values run to a million characters. Every call either draws well-formed SVG whose numbers are all finite,
// or raises an SpcError — never a TypeError, a RangeError, a hang or a crash.
import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { analyze, chartTypes, isSpcError, type ChartResultJSON } from "../../src/index.ts";
import { renderSmallMultiples, renderSvg, renderSvgElement, type RenderOptions } from "../../src/svg/index.ts";

// 400 cases each by default (FUZZ_RUNS for more): every case draws three times, once through jsdom.
const runs = Number(process.env.FUZZ_RUNS ?? 400);

/** A small valid result's JSON, of any chart type, with phases, signals, dates or categories. */
const resultJson = fc
  .tuple(
    fc.constantFrom(...chartTypes),
    fc.array(fc.option(fc.integer({ min: 0, max: 40 }), { nil: null, freq: 8 }), { minLength: 4, maxLength: 24 }),
    fc.constantFrom(undefined, "dates", "numbers", "categories"),
    fc.boolean(),
  )
  .map(([chart, y, xKind, split]) => {
    const values = y.map((v, i) => (v === null ? null : chart === "t" ? v + 1 : v + (i % 3)));
    const spec = {
      chart,
      y: values,
      ...(["p", "pp", "u", "up", "ip"].includes(chart) ? { n: values.map((v) => (v ?? 0) + 20) } : {}),
      ...(chart === "xbar" || chart === "s"
        ? { x: values.map((_, i) => Math.floor(i / 2)) }
        : xKind === "dates"
          ? { x: values.map((_, i) => new Date(Date.UTC(2020, 0, 1 + 7 * i))), period: "week" as const }
          : xKind === "numbers"
            ? { x: values.map((_, i) => i * 2.5) }
            : xKind === "categories"
              ? { x: values.map((_, i) => `unit ${i}`) }
              : {}),
      ...(split ? { breaks: [2] } : {}),
      improvement: "up" as const,
      target: 10,
    };
    try {
      return JSON.parse(JSON.stringify(analyze(spec as never).toJSON())) as Record<string, unknown>;
    } catch (error) {
      if (isSpcError(error)) return null;
      throw error;
    }
  })
  .filter((json): json is Record<string, unknown> => json !== null);

/** Every path into a value: object keys and array indices, at every depth. */
function paths(value: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((item, i) => paths(item, [...prefix, i], out));
  else if (typeof value === "object" && value !== null) for (const [key, item] of Object.entries(value)) paths(item, [...prefix, key], out);
  return out;
}

function replaceAt(root: unknown, path: readonly (string | number)[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  if (replacement === deleted) delete node[last];
  else node[last] = replacement;
  return copy;
}

const deleted = Symbol("deleted");
const hostileValue = fc.oneof(
  fc.anything({ maxDepth: 2 }),
  fc.constantFrom(deleted, null, undefined, -1, 0, 1e7, 2 ** 32, 1e308, -1e308, Number.NaN, Number.POSITIVE_INFINITY, 0.5, "", "x", "2018-13-45", [], {}, [null], [{}], [1e9], true),
);

/** Well-formed XML (balanced tags, nothing raw in text, no character XML forbids), no script, finite numbers. */
function expectDrawn(svg: string): void {
  expect(svg).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
  const stack: string[] = [];
  for (const match of svg.matchAll(/<(\/?)([a-zA-Z][\w-]*)(?:\s[^>]*?)?(\/?)>/g)) {
    const [, closing, tag, selfClosing] = match;
    if (selfClosing === "/") continue;
    if (closing === "/") expect(stack.pop()).toBe(tag);
    else stack.push(tag as string);
  }
  expect(stack).toEqual([]);
  expect(svg.replace(/<[^>]*>/g, "")).not.toMatch(/<|&(?!(amp|lt|gt|quot|#39|nbsp);)/); // outerHTML (the element renderer's serialisation here) writes U+00A0, as in "95,4 %", as &nbsp;
  expect(svg).not.toMatch(/="[^"]*(NaN|Infinity)[^"]*"/);
  expect(svg).not.toMatch(/<script|<foreignObject/i);
}

/** The element's markup as the document would write it. */
function serialise(element: Element): string {
  return element.outerHTML;
}

function onlySpcError(action: () => void): void {
  try {
    action();
  } catch (error) {
    expect(isSpcError(error), String(error)).toBe(true);
  }
}

const tamperedResult = resultJson.chain((json) => fc.tuple(fc.constant(json), fc.constantFrom(...paths(json)), hostileValue));

describe("renderers with a tampered result", () => {
  test.prop([tamperedResult], { numRuns: runs })("renderSvg, renderSvgElement and renderSmallMultiples draw or raise SpcError", ([json, path, value]) => {
    const input = replaceAt(json, path, value) as ChartResultJSON;
    onlySpcError(() => expectDrawn(renderSvg(input)));
    onlySpcError(() => {
      const element = renderSvgElement<SVGSVGElement>(input, { document });
      expectDrawn(serialise(element));
    });
    onlySpcError(() => expectDrawn(renderSmallMultiples([json as unknown as ChartResultJSON, input], { panelTitles: ["a", "b"] })));
  });
});

/** Options with every field filled, so that a wrong type can be put at any depth. */
const fullOptions: RenderOptions & Record<string, unknown> = {
  width: 600,
  height: 300,
  title: "t",
  subtitle: "s",
  definition: "d",
  xLabel: "x",
  yLabel: "y",
  locale: "da-DK",
  percent: false,
  decimals: 1,
  target: 5,
  notes: [{ index: 1, text: "n" }],
  phaseLabels: ["a", "b"],
  showBaselineLabel: true,
  showSigmaLines: true,
  showFacts: true,
  theme: { data: "#000", fontFamily: "serif" },
  texts: { target: "Mål", rules: { shift: "skift" }, sides: { above: "over" } },
  idPrefix: "c1",
};
const smallMultiplesExtras = { panelTitles: ["a", "b"], columns: 2, panelHeight: 200, scales: "free" };

describe("renderers with options of wrong types at any depth", () => {
  const chart = analyze({ y: [3, 5, 4, 6, 5, 7, 9, 9, 9, 9, 9], breaks: [5] });
  test.prop([fc.constantFrom(...paths({ ...fullOptions, ...smallMultiplesExtras }).filter((p) => p.length > 0)), hostileValue], { numRuns: runs })(
    "draw or raise SpcError",
    (path, value) => {
      const options = replaceAt({ ...fullOptions, ...smallMultiplesExtras }, path, value) as Record<string, unknown>;
      const { panelTitles, columns, panelHeight, scales, ...single } = options;
      onlySpcError(() => expectDrawn(renderSvg(chart, single as RenderOptions)));
      onlySpcError(() => expectDrawn(serialise(renderSvgElement<SVGSVGElement>(chart, { ...(single as RenderOptions), document }))));
      onlySpcError(() => expectDrawn(renderSmallMultiples([chart, chart], { ...(single as RenderOptions), panelTitles, columns, panelHeight, scales } as never)));
    },
  );
});

describe("renderers with very long texts", () => {
  const long = fc.tuple(fc.constantFrom("a", "é", "👍", "e\u0301", "\ud800", "<&>", "\u0000"), fc.integer({ min: 100_000, max: 1_000_000 })).map(([unit, length]) => unit.repeat(Math.ceil(length / unit.length)));
  test.prop([long, fc.constantFrom("title", "x", "note", "phaseLabel", "panelTitle")], { numRuns: Math.min(runs, 12) })("a label or x of up to a million characters", (text, where) => {
    const result = analyze({ y: [1, 2, 3, 4], ...(where === "x" ? { x: [text, "b", "c", "d"] } : {}), breaks: [2] });
    const options = where === "title" ? { title: text } : where === "note" ? { notes: [{ index: 0, text }] } : where === "phaseLabel" ? { phaseLabels: [text, text] } : {};
    expectDrawn(renderSvg(result, options));
    expectDrawn(serialise(renderSvgElement<SVGSVGElement>(result, { ...options, document })));
    expectDrawn(renderSmallMultiples([result, result], where === "panelTitle" ? { panelTitles: [text, text] } : options));
  });
});
