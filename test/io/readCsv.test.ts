import { describe, expect, it } from "vitest";
import { decodeText } from "../../src/io/decodeText.ts";
import { readCsv } from "../../src/io/readCsv.ts";
import { ReadError } from "../../src/io/readError.ts";
import { isSpcError } from "../../src/core/errors.ts";

const utf8 = (text: string) => new TextEncoder().encode(text);
/** Windows-1252 bytes of text made of Latin-1 characters. */
const cp1252 = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));
const utf16 = (text: string, bigEndian: boolean) => {
  const out = new Uint8Array(2 + text.length * 2);
  out.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[2 + 2 * i] = bigEndian ? c >> 8 : c & 0xff;
    out[3 + 2 * i] = bigEndian ? c & 0xff : c >> 8;
  }
  return out;
};

const danish = "afsnit;tæller;nævner\nAfsnit Æ;3;10\nAfsnit Ø;4;10\nAfsnit Å;5;10\n";

describe("decodeText(bytes)", () => {
  it("reads UTF-8 with and without BOM, UTF-16 LE/BE with BOM, and Windows-1252 when the bytes are not UTF-8", () => {
    expect(decodeText(utf8(danish))).toMatchObject({ text: danish, encoding: "utf-8", bom: false });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(danish)]))).toMatchObject({ text: danish, encoding: "utf-8", bom: true });
    expect(decodeText(utf16(danish, false))).toMatchObject({ text: danish, encoding: "utf-16le" });
    expect(decodeText(utf16(danish, true))).toMatchObject({ text: danish, encoding: "utf-16be" });
    expect(decodeText(cp1252(danish))).toMatchObject({ text: danish, encoding: "windows-1252" });
    expect(decodeText(new Uint8Array([0x80, 0x96, 0x93, 0x94])).text).toBe("€–“”");
  });

  it("decodes as told, and refuses bytes that are not the UTF-8 asked for", () => {
    expect(decodeText(utf8("æ"), "windows-1252").text).toBe("Ã¦");
    expect(() => decodeText(cp1252("a\næ"), "utf-8")).toThrowErrorMatchingInlineSnapshot(`[SpcError: read: line 2: the file is not valid UTF-8 (byte 0xE6 at byte 3); give its encoding (--encoding windows-1252 or utf-16)]`);
  });

  it("refuses a file that mixes UTF-8 and Windows-1252, naming the line", () => {
    const bytes = new Uint8Array([...utf8("afsnit;tæller\nAfsnit Æ;1\n"), ...cp1252("Afsnit Ø;2\n")]);
    expect(() => decodeText(bytes)).toThrowErrorMatchingInlineSnapshot(`[SpcError: read: line 3: the file mixes UTF-8 with another encoding (byte 0xD8 at byte 35 is not UTF-8, other letters are); save it in one encoding (or give --encoding windows-1252 to read it all as Windows-1252)]`);
    expect(decodeText(bytes, "windows-1252").encoding).toBe("windows-1252");
  });

  it("decodes a large Windows-1252 file without overflowing the stack", () => {
    const bytes = new Uint8Array(5_000_000).fill(0xe6);
    expect(decodeText(bytes).text.length).toBe(5_000_000);
  });
});

describe("readCsv(bytes)", () => {
  it("keeps Danish letters in headers, groups and cells in every encoding", () => {
    for (const bytes of [utf8(danish), cp1252(danish), utf16(danish, false), utf16(danish, true)]) {
      const table = readCsv(bytes);
      expect(table.header).toEqual(["afsnit", "tæller", "nævner"]);
      expect(table.columns[0]).toEqual(["Afsnit Æ", "Afsnit Ø", "Afsnit Å"]);
      expect(table.detected.separator).toBe(";");
    }
  });

  it("detects the separator from all sampled lines, outside quotes", () => {
    expect(readCsv(utf8("uge;andel\nUge 40, 2018;95,4\nUge 41, 2018;96,1\n")).detected.separator).toBe(";");
    expect(readCsv(utf8("uge\tandel\nUge 40, 2018\t0,125\n")).detected.separator).toBe("\t");
    expect(readCsv(utf8('week,value\n"Week 40, 2018","1,234.5"\n')).columns[1]).toEqual(["1,234.5"]);
    expect(readCsv(utf8("sep=;\na,b;c\n1,2;3\n")).header).toEqual(["a,b", "c"]);
    expect(readCsv(utf8("value\n1\n2\n")).detected.separator).toBeNull();
  });

  it("reads quoted fields with separators, quotes and line breaks, and keeps the line each record starts on", () => {
    const table = readCsv(utf8('a,b\r\n1,"x, ""y""\r\nz"\r\n\r\n2, "w"\n3,\n'));
    expect(table.columns).toEqual([["1", "2", "3"], ['x, "y"\r\nz', "w", ""]]);
    expect([...table.lines]).toEqual([2, 5, 6]);
  });

  it("skips blank records and ignores empty extra cells", () => {
    const table = readCsv(utf8("a;b\n1;2;;\n;;\n\n3;4\n"));
    expect(table.columns).toEqual([["1", "3"], ["2", "4"]]);
    expect([...table.lines]).toEqual([2, 5]);
  });

  it("refuses a record with fewer cells, an unclosed quote and an empty file, as SpcErrors naming the line", () => {
    const error = (() => {
      try {
        readCsv(utf8("a;b\n1;2\n3\n"));
      } catch (e) {
        return e;
      }
    })() as ReadError;
    expect(isSpcError(error)).toBe(true);
    expect(error).toBeInstanceOf(ReadError);
    expect(error.line).toBe(3);
    expect(error.message).toMatchInlineSnapshot(`"read: line 3: expected 2 cells as in the header, found 1"`);
    expect(() => readCsv(utf8('a,b\n1,"2\n'))).toThrowErrorMatchingInlineSnapshot(`[SpcError: read: line 2, column 2 ("b"): a quoted field is never closed (a " without its closing ")]`);
    expect(() => readCsv(utf8("\n\n"))).toThrowErrorMatchingInlineSnapshot(`[SpcError: read: the file is empty]`);
  });

  it("reads 10^6 records in linear time", () => {
    const lines = ["uge;tæller;nævner"];
    for (let i = 0; i < 1_000_000; i++) lines.push(`${i};${i % 97};100`);
    const start = performance.now();
    const table = readCsv(utf8(lines.join("\n")));
    expect(table.rows).toBe(1_000_000);
    expect(table.lines[999_999]).toBe(1_000_001);
    expect(performance.now() - start).toBeLessThan(5000);
  });
});

describe("readCsv(bytes), large files", () => {
  it("reads cells that share the cache's hash as written, however often they repeat", () => {
    // "Aa" and "BB" hash alike (31·65 + 97 = 31·66 + 66), as do "AaAa", "AaBB", "BBAa" and "BBBB".
    const cells = ["Aa", "BB", "AaAa", "BBBB", "AaBB", "BBAa"];
    const rows = Array.from({ length: 3000 }, (_, r) => cells[(r * 7) % 6]!);
    const table = readCsv(new TextEncoder().encode(`g;v\n${rows.map((c, r) => `${c};${r % 50}`).join("\n")}\n`));
    expect(table.columns[0]).toEqual(rows);
    expect(table.columns[1]).toEqual(rows.map((_, r) => String(r % 50)));
    expect(table.rows).toBe(3000);
  });

  it("sizes its columns to the records read, with any line endings, blank lines and quoted line breaks", () => {
    const table = readCsv(new TextEncoder().encode('a,b\r\n1,2\r\r\n\n"x\ny",3\r4,5\r\n\r\n'));
    expect(table.columns).toEqual([["1", 'x\ny', "4"], ["2", "3", "5"]]);
    expect(table.columns.map((c) => c.length)).toEqual([3, 3]);
    expect([...table.lines]).toEqual([2, 5, 7]);
  });
});

describe("readCsv: lines of title above the table", () => {
  const read = (text: string) => readCsv(cp1252(text));

  it("leaves out a title line with no separator (Excel did not pad it), numbering the records by their own lines", () => {
    const table = read("Andel udskrevne patienter med opdateret medicinliste\r\nUge;Andel;Antal\r\nUge 40 2018;0,95;120\r\nUge 41 2018;0,93;118\r\n");
    expect(table.detected.separator).toBe(";");
    expect(table.detected.titleLines).toEqual([{ line: 1, text: "Andel udskrevne patienter med opdateret medicinliste" }]);
    expect(table.header).toEqual(["Uge", "Andel", "Antal"]);
    expect(table.columns[1]).toEqual(["0,95", "0,93"]);
    expect([...table.lines]).toEqual([3, 4]);
  });

  it("leaves out a padded title, a subtitle and the blank line under them", () => {
    const table = readCsv(utf8("Andel ajourført FMK – Afsnit M;;\r\nKilde: LPR;;\r\n;;\r\nMåned;Tæller;Nævner\r\njan 2019;141;168\r\n"));
    expect(table.detected.titleLines).toEqual([
      { line: 1, text: "Andel ajourført FMK – Afsnit M" },
      { line: 2, text: "Kilde: LPR" },
    ]);
    expect(table.header).toEqual(["Måned", "Tæller", "Nævner"]);
    expect(table.rows).toBe(1);
    expect([...table.lines]).toEqual([5]);
  });

  it("reads a file as it is where a first line may be the header: one column (of decimal-comma numbers too), unnamed columns over data, names that read as values, a table without a title", () => {
    const one = read("Andel\r\n0,95\r\n0,93\r\n");
    expect([one.header, one.columns, one.detected.titleLines]).toEqual([["Andel"], [["0,95", "0,93"]], []]);
    const weeks = read("x\nUge 40, 2018\nUge 41, 2018\n");
    expect([weeks.header, weeks.columns[0], weeks.detected.titleLines]).toEqual([["x"], ["Uge 40, 2018", "Uge 41, 2018"], []]);
    const unnamed = read("Uge;;\nUge 40 2018;0,95;120\nUge 41 2018;0,93;118\n");
    expect([unnamed.header, unnamed.rows, unnamed.detected.titleLines]).toEqual([["Uge", "", ""], 2, []]);
    const years = read("Andel ajourført FMK;;\nMåned;2019;2020\njan;141;168\n");
    expect([years.header, years.rows, years.detected.titleLines]).toEqual([["Andel ajourført FMK", "", ""], 2, []]);
    expect(read(danish).detected.titleLines).toEqual([]);
    // More lines above the table than a title has: read as they are (one column here, so the names are not found).
    const long = read("a\nb\nc\nd\ne\nUge;Andel\nUge 40 2018;0,95\n");
    expect([long.header, long.detected.titleLines]).toEqual([["a"], []]);
  });
});

describe("readCsv: notes below the table", () => {
  const read = (text: string) => readCsv(utf8(text));

  it("leaves out notes below a table whose first column holds values, with or without separators, and says which", () => {
    const bare = read("Uge;Andel;Antal\r\nUge 40 2018;0,95;120\r\nUge 41 2018;0,93;118\r\n\r\nKilde: Sundhedsdatastyrelsen, udtrukket 3. december 2018\r\n");
    expect(bare.detected.separator).toBe(";");
    expect(bare.rows).toBe(2);
    expect(bare.detected.footerLines).toEqual([{ line: 5, text: "Kilde: Sundhedsdatastyrelsen, udtrukket 3. december 2018" }]);
    const padded = read("Andel ajourført\r\nUge;Andel;Antal\r\nUge 40 2018;0,95;120\r\nUge 41 2018;0,93;118\r\n;;\r\nKilde: LPR;;\r\nUdtrukket 03-12-2018;;\r\n");
    expect([padded.rows, [...padded.lines]]).toEqual([2, [3, 4]]);
    expect(padded.detected.titleLines).toEqual([{ line: 1, text: "Andel ajourført" }]);
    expect(padded.detected.footerLines).toEqual([
      { line: 6, text: "Kilde: LPR" },
      { line: 7, text: "Udtrukket 03-12-2018" },
    ]);
  });

  it("leaves out the extract's date under a blank line, which a daily table had read as one more day (a user's trial)", () => {
    const table = read("Dato;Antal;I alt\r\n01-11-2018;5;10\r\n02-11-2018;6;10\r\n;;\r\n03-12-2018;;\r\n");
    expect([table.rows, table.detected.footerLines]).toEqual([2, [{ line: 5, text: "03-12-2018" }]]);
    // Without separators and without a blank line, a date is a row that lost its separators: refused as before.
    expect(() => read("Dato;Antal;I alt\r\n01-11-2018;5;10\r\n02-11-2018;6;10\r\n03-11-2018\r\n")).toThrow(ReadError);
  });

  it("keeps a padded line right under the rows, which may be a row of data with a typo, for the columns' reading to name", () => {
    const kept = read("Uge;Andel;Antal\r\nUge 40 2018;0,95;120\r\nUge 41 2018;0,93;118\r\nKilde: LPR;;\r\n");
    expect([kept.rows, kept.detected.footerLines]).toEqual([3, []]);
  });

  it("keeps a last row that may be data: a week without values yet, a unit without values; a line without separators inside the table is refused", () => {
    const week = read("Uge;Andel;Antal\nUge 40 2018;0,95;120\nUge 41 2018;0,93;118\nUge 42 2018;;\n");
    expect([week.rows, week.detected.footerLines]).toEqual([3, []]);
    const units = read("Afsnit;Andel;Antal\nAfsnit Æ;0,95;120\nAfsnit Ø;0,93;118\nAfsnit Å;;\n");
    expect([units.rows, units.detected.footerLines]).toEqual([3, []]);
    expect(() => read("Uge;Andel;Antal\nUge 40 2018;0,95;120\nKilde\nUge 41 2018;0,93;118\n")).toThrowErrorMatchingInlineSnapshot(`[SpcError: read: line 3: expected 3 cells as in the header, found 1]`);
    // A line without separators below a table of units: not known to be a note, so refused as before.
    expect(() => read("Afsnit;Andel\nAfsnit Æ;0,95\nAfsnit Ø;0,93\nKilde: LPR\n")).toThrowErrorMatchingInlineSnapshot(`[SpcError: read: line 4: expected 2 cells as in the header, found 1]`);
  });
});
