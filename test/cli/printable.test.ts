import { describe, expect, it } from "vitest";
import { printable, printableJson } from "../../src/cli/printable.ts";
import { spreadsheetText } from "../../src/cli/spreadsheetText.ts";

describe("printable", () => {
  it("writes control characters, escape sequences and bidi overrides as visible escapes", () => {
    expect(printable("A\nall,run")).toBe("A\\nall,run");
    expect(printable("\u001b[2J\u001b]0;title\u0007")).toBe("\\x1b[2J\\x1b]0;title\\x07");
    expect(printable("\u009b31m")).toBe("\\x9b31m");
    expect(printable("abc\u202edcba\u2066")).toBe("abc\\u202edcba\\u2066");
    expect(printable("Afsnit Æ – 95,4 % ✓")).toBe("Afsnit Æ – 95,4 % ✓");
  });

  it("keeps JSON valid and equal in value", () => {
    const value = { group: "a\u202eb\u0085c\u001bd\n" };
    const json = printableJson(JSON.stringify(value, null, 2));
    expect(json).not.toMatch(/[\u001b\u0085\u202e]/);
    expect(JSON.parse(json)).toEqual(value);
  });
});

describe("spreadsheetText", () => {
  it("puts a ' before text a spreadsheet would take for a formula (OWASP)", () => {
    for (const text of ["=1+1", "+1", "-1+cmd|' /C calc'!A0", "@SUM(A1)", "\t=1", "\r=1", "\uff1d1"]) expect(spreadsheetText(text)).toBe(`'${text}`);
    for (const text of ["Afsnit Æ", "1=1", "", "a-b"]) expect(spreadsheetText(text)).toBe(text);
  });
});
