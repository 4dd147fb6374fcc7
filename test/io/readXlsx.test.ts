import writeXlsxFile from "write-excel-file/node";
import { describe, expect, it } from "vitest";
import { readNumberColumns } from "../../src/io/readNumberColumns.ts";
import { readTable } from "../../src/io/readTable.ts";
import { readXColumn } from "../../src/io/readXColumn.ts";

const workbook = async (rows: unknown[][]): Promise<Uint8Array> => {
  const buffer = (await writeXlsxFile(rows as never).toBuffer()) as Uint8Array;
  return new Uint8Array(buffer);
};

describe("readTable(bytes) for .xlsx", () => {
  it("reads text, number and date cells from bytes, with each row's number", async () => {
    const bytes = await workbook([
      [{ value: "uge" }, { value: "tæller" }, { value: "dato" }],
      [{ value: "Uge 40, 2018" }, { value: 1.002, type: Number }, { value: new Date(Date.UTC(2018, 9, 1)), type: Date, format: "yyyy-mm-dd" }],
      [{ value: "Uge 41, 2018" }, { value: "12,5" }, { value: new Date(Date.UTC(2018, 9, 8)), type: Date, format: "dd-mm-yyyy" }],
    ]);
    const table = await readTable(bytes);
    expect(table.detected).toEqual({ format: "xlsx", encoding: null, separator: null, sheet: 1, titleLines: [], footerLines: [] });
    expect(table.header).toEqual(["uge", "tæller", "dato"]);
    expect([...table.lines]).toEqual([2, 3]);
    // A number cell is a number whatever the decimal mark of the text cells around it.
    expect([...readNumberColumns(table, ["tæller"])[0]!.values]).toEqual([1.002, 12.5]);
    expect(readXColumn(table, "uge").values).toEqual(["2018-W40", "2018-W41"]);
    expect(readXColumn(table, "dato").values).toEqual(["2018-10-01", "2018-10-08"]);
  });

  it("leaves out a title row and a blank row above the table, and a source below it, and says which (a common Excel layout)", async () => {
    const bytes = await workbook([
      [{ value: "Andel udskrevne patienter med opdateret medicinliste" }, null, null],
      [null, null, null],
      [{ value: "Uge" }, { value: "Andel" }, { value: "Antal" }],
      [{ value: "Uge 40 2018" }, { value: 0.95, type: Number }, { value: 120, type: Number }],
      [{ value: "Uge 41 2018" }, { value: 0.93, type: Number }, { value: 118, type: Number }],
      [null, null, null],
      [{ value: "Kilde: Sundhedsdatastyrelsen" }, null, null],
    ]);
    const table = await readTable(bytes);
    expect(table.detected.footerLines).toEqual([{ line: 7, text: "Kilde: Sundhedsdatastyrelsen" }]);
    expect(table.rows).toBe(2);
    expect(table.detected.titleLines).toEqual([{ line: 1, text: "Andel udskrevne patienter med opdateret medicinliste" }]);
    expect(table.header).toEqual(["Uge", "Andel", "Antal"]);
    expect([...table.lines]).toEqual([4, 5]);
    expect([...readNumberColumns(table, ["Andel"])[0]!.values]).toEqual([0.95, 0.93]);
  });

  it("leaves out a title typed over the table's middle column", async () => {
    const bytes = await workbook([
      [null, { value: "Andel ajourført FMK" }, null],
      [{ value: "Uge" }, { value: "Tæller" }, { value: "Nævner" }],
      [{ value: "Uge 40 2018" }, { value: 18, type: Number }, { value: 20, type: Number }],
    ]);
    const table = await readTable(bytes);
    expect([table.header, table.rows, table.detected.titleLines]).toEqual([["Uge", "Tæller", "Nævner"], 1, [{ line: 1, text: "Andel ajourført FMK" }]]);
  });

  it("names the cell of a date out of range, and refuses what is not a workbook or has no such sheet", async () => {
    const bytes = await workbook([[{ value: "dato" }], [{ value: 1e9, type: Number, format: "yyyy-mm-dd" }]]);
    await expect(readTable(bytes)).rejects.toThrowErrorMatchingInlineSnapshot(`[SpcError: read: line 2, column 1 ("dato"): a date cell holds a value that is no date (out of range); check the cell's number format]`);
    await expect(readTable(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]))).rejects.toThrow(/cannot read the file as an Excel workbook/);
    await expect(readTable(await workbook([[{ value: "a" }]]), { sheet: "nope" })).rejects.toThrow(/no sheet "nope"/);
  });
});
