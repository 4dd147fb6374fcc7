import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { formatNumber } from "../../src/svg/node.ts";
import { PathText } from "../../src/svg/pathText.ts";

/** A path written with PathText, and the same path written as strings with formatNumber (what PathText replaces). */
function both(parts: readonly (number | string)[]): [string, string] {
  const d = new PathText();
  for (const part of parts) {
    if (typeof part === "number") d.number(part);
    else if (part.length === 1) d.char(part.charCodeAt(0));
    else d.ascii(part);
  }
  return [d.text(), parts.map((p) => (typeof p === "number" ? formatNumber(p) : p)).join("")];
}

describe("PathText", () => {
  it("writes numbers as formatNumber does, at its edges", () => {
    const edges = [0, -0, 0.004, -0.004, 0.005, -0.005, 0.05, -0.05, 0.1, 0.01, 0.09, 0.99, 1, -1, 9, 10, 99.995, 100, 123.4, 123.456, -123.456, 1e12, 9999999999999.99, 1e13, 2 ** 46, 7e13, 1e15, 1e21, 1e307, -1e308, Number.MAX_VALUE, Number.MIN_VALUE, 2 ** 53, Number.NaN, Infinity, -Infinity];
    for (const value of edges) {
      const [written, expected] = both([value]);
      expect(written, String(value)).toBe(expected);
    }
  });

  it("writes commands, text and points in order, and grows past its first buffer", () => {
    const d = new PathText();
    for (let k = 0; k < 3000; k++) d.char(k === 0 ? 77 : 76).point(k + 0.25, -k / 3);
    d.ascii("h7v7h-7Z");
    const expected = Array.from({ length: 3000 }, (_, k) => `${k === 0 ? "M" : "L"}${formatNumber(k + 0.25)},${formatNumber(-k / 3)}`).join("") + "h7v7h-7Z";
    expect(d.text()).toBe(expected);
  });

  it("gives each path its own text when one is written while another is open, and reuses the buffer after", () => {
    const outer = new PathText().char(77).point(1, 2);
    const inner = new PathText().char(77).point(3, 4);
    expect(inner.text()).toBe("M3,4");
    expect(outer.char(76).point(5, 6).text()).toBe("M1,2L5,6");
    // The buffer left behind is taken by the next path, which starts empty.
    const next = new PathText();
    expect(next.length).toBe(0);
    expect(next.char(90).text()).toBe("Z");
  });

  test.prop([fc.array(fc.oneof(fc.integer({ min: -(10 ** 15), max: 10 ** 15 }).map((n) => n / 100), fc.double(), fc.constantFrom("M", "L", "Z", ",", "h7v7h-7Z", "a2.8,2.8 0 1,0 5.6,0")), { maxLength: 200 })])(
    "writes any sequence of numbers and text as formatNumber and the text joined",
    (parts) => {
      const [written, expected] = both(parts);
      expect(written).toBe(expected);
    },
  );
});
