// The hostile-input catalogue of issue 7: one test per kind of input that has broken other tools.
import { describe, expect, it } from "vitest";
import { analyze, isSpcError, type ChartResultJSON, type ChartSpecInput } from "../../src/index.ts";
import { renderSvg } from "../../src/svg/index.ts";

const finiteOrNull = (json: ChartResultJSON) =>
  json.points.every((p) => [p.value, p.cl, p.lcl, p.ucl, p.lcl95, p.ucl95].every((v) => v === null || Number.isFinite(v)));

describe("hostile input", () => {
  it("enormous values: 1e308 stays finite or becomes a reported error, never Infinity in the result", () => {
    const json = analyze({ chart: "i", y: [1e308, -1e308, 1e308, 1.7e308] }).toJSON();
    expect(finiteOrNull(json)).toBe(true);
    const scaled = () => analyze({ y: [1e308, 1e308, 1e308], multiply: 100 });
    expect(scaled).toThrowErrorMatchingInlineSnapshot(`[SpcError: analyze: invalid multiply: 100 makes the value of subgroup 0 (1e+308) too large for a number]`);
  });

  it("tiny values: 5e-324 and subnormals are ordinary numbers", () => {
    const json = analyze({ chart: "i", y: [5e-324, 0, 1e-320, 5e-324, 0] }).toJSON();
    expect(finiteOrNull(json)).toBe(true);
    expect(json.points[0]?.value).toBe(5e-324);
  });

  it("-0 is 0: in values, as x, and in the centre line", () => {
    const json = analyze({ y: [-0, 0, -0, 0, 1, 2], x: [-0, 1, 2, 3, 4, 5] }).toJSON();
    expect(json.points.map((p) => p.x)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(JSON.stringify(json)).not.toContain("-0");
  });

  it("__proto__ and constructor keys in a spec are unknown options, not prototype changes", () => {
    for (const key of ["__proto__", "constructor", "prototype"]) {
      const spec = JSON.parse(`{"y": [1, 2, 3], "${key}": {"polluted": true}}`) as ChartSpecInput;
      let error: unknown;
      try {
        analyze(spec);
      } catch (e) {
        error = e;
      }
      expect(isSpcError(error)).toBe(true);
      expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
    }
  });

  it("100,000 distinct categories", () => {
    const n = 100_000;
    const result = analyze({ y: Array.from({ length: n }, (_, i) => i % 17), x: Array.from({ length: n }, (_, i) => `unit ${i}`) });
    expect(result.length).toBe(n);
    expect(result.xAt(n - 1)).toBe(`unit ${n - 1}`);
  });

  it("deeply repeated x: 200,000 rows in 3 subgroups", () => {
    const n = 200_000;
    const result = analyze({ chart: "xbar", y: Array.from({ length: n }, (_, i) => (i * 7919) % 101), x: Array.from({ length: n }, (_, i) => i % 3) });
    expect(result.length).toBe(3);
    expect(Array.from(result.count)).toEqual([66667, 66667, 66666]);
  });

  it("labels with control characters, bidi overrides and markup render as inert, well-formed text", () => {
    const label = "\u202eevil\u202c <b>bold</b> \u0000\u0008 & \"quotes\" 'x'";
    const svg = renderSvg(analyze({ y: [1, 2, 3], x: [label, "b", "c"] }), { title: label, notes: [{ index: 0, text: label }] });
    expect(svg).not.toMatch(/[\u0000\u0008]/);
    expect(svg).not.toContain("<b>");
    expect(svg).toContain("\u202eevil\u202c &lt;b&gt;bold&lt;/b&gt; \ufffd\ufffd &amp; &quot;quotes&quot; &#39;x&#39;");
  });

});
