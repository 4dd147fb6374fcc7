// #13: a valid 200,000-row .xlsx must read and chart (it used to end in a stack overflow after 49 s:
// the renderer spread 200,000 tick labels into Math.max).
import writeXlsxFile from "write-excel-file/node";
import { expect, it } from "vitest";
import { analyze } from "../../src/index.ts";
import { readNumberColumns, readTable, readXColumn } from "../../src/io/index.ts";
import { renderSvg } from "../../src/svg/index.ts";

it("reads and charts a 200,000-row workbook", async () => {
  const rows: unknown[][] = [[{ value: "dato" }, { value: "y" }]];
  for (let i = 0; i < 200_000; i++) rows.push([{ value: new Date(Date.UTC(2000, 0, 1) + i * 86_400_000), type: Date, format: "yyyy-mm-dd" }, { value: i % 17, type: Number }]);
  const bytes = new Uint8Array((await writeXlsxFile(rows as never).toBuffer()) as Uint8Array);
  const table = await readTable(bytes);
  expect(table.rows).toBe(200_000);
  const x = readXColumn(table, "dato");
  const [y] = readNumberColumns(table, ["y"]);
  const result = analyze({ chart: "i", x: x.values, y: y!.values });
  expect(result.length).toBe(200_000);
  expect(renderSvg(result).startsWith("<svg")).toBe(true);
});
