// Whatever the bytes or cell texts, the reading layer returns or throws a ReadError (an SpcError): never anything else.
import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { isSpcError } from "../../src/core/errors.ts";
import { readCsv } from "../../src/io/readCsv.ts";
import { readNumberColumns } from "../../src/io/readNumberColumns.ts";
import { readXColumn } from "../../src/io/readXColumn.ts";
import { parseNumberText } from "../../src/io/parseNumberText.ts";
import { parseXText } from "../../src/io/parseXText.ts";

const cellText = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.stringMatching(/^[-+\u2212]?[0-9., \u00a0%eE]{0,12}$/),
  fc.stringMatching(/^(uge|week|jan|maj|q|k|kvt)?[ .,\-/0-9wWqQkK]{0,14}$/),
);

describe("hostile input", () => {
  test.prop([fc.uint8Array({ maxLength: 300 })])("readCsv of any bytes returns a table or throws a ReadError", (bytes) => {
    try {
      const table = readCsv(bytes);
      for (const column of table.columns) expect(column.length).toBe(table.rows);
    } catch (error) {
      expect(isSpcError(error)).toBe(true);
    }
  });

  test.prop([fc.array(fc.tuple(cellText, cellText), { minLength: 1, maxLength: 20 })])("column readers return or throw a ReadError, and what they return is of their kind", (rows) => {
    const text = `x;y\n${rows.map(([a, b]) => `"${a.replaceAll('"', '""')}";"${b.replaceAll('"', '""')}"`).join("\n")}\n`;
    let table;
    try {
      table = readCsv(new TextEncoder().encode(text));
    } catch (error) {
      expect(isSpcError(error)).toBe(true);
      return;
    }
    try {
      const [y] = readNumberColumns(table, ["y"]);
      expect(y!.values.length).toBe(table.rows);
    } catch (error) {
      expect(isSpcError(error)).toBe(true);
    }
    try {
      const x = readXColumn(table, "x");
      for (const value of x.values) expect(typeof value === (x.kind === "number" ? "number" : "string")).toBe(true);
    } catch (error) {
      expect(isSpcError(error)).toBe(true);
    }
  });

  test.prop([cellText])("cell parsers never throw; an x reading has a value or a problem", (text) => {
    const number = parseNumberText(text);
    expect(typeof number.missing).toBe("boolean");
    const x = parseXText(text);
    if (x.kind !== null) expect((x.value === null) !== (x.problem === null)).toBe(true);
  });
});
