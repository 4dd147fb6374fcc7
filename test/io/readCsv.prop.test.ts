// readCsv makes one string of each repeated short cell (a cache by hash) and sizes its columns from the line breaks
// before reading: whatever the cells and line endings, the table is the one a plain split of the records gives.
import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { readCsv } from "../../src/io/readCsv.ts";

// Few letters, so that cells repeat and differ by one character; "Aa" and "BB" share the cache's hash (31·65 + 97 = 31·66 + 66).
const cell = fc.oneof(fc.constantFrom("Aa", "BB", "AaBB", "BBAa", "AaAa", "", "1", "12", "x".repeat(70), "x".repeat(71)), fc.stringMatching(/^[AaBb1 ]{0,5}$/));
const ending = fc.constantFrom("\n", "\r\n", "\r");

describe("readCsv(bytes), repeated cells", () => {
  test.prop([fc.array(fc.tuple(cell, cell, cell), { minLength: 1, maxLength: 60 }), fc.array(ending, { minLength: 61, maxLength: 61 }), fc.array(fc.boolean(), { minLength: 61, maxLength: 61 })])(
    "every cell reads as written, in the record and line it is on, blank lines between records or not",
    (records, endings, blankAfter) => {
      let text = "a;b;c" + endings[60];
      let line = 2;
      const expected: string[][] = [[], [], []];
      const lines: number[] = [];
      records.forEach((record, r) => {
        const blank = record.every((c) => c.trim() === "");
        if (!blank) {
          record.forEach((c, k) => expected[k]!.push(c));
          lines.push(line);
        }
        text += record.join(";") + endings[r];
        line++;
        if (blankAfter[r]) {
          text += endings[r];
          line++;
        }
      });
      const table = readCsv(new TextEncoder().encode(text));
      expect(table.columns).toEqual(expected);
      for (const column of table.columns) expect(column.length).toBe(table.rows);
      expect([...table.lines]).toEqual(lines);
    },
  );
});
