// The workbook reader (read-excel-file) parses a sheet in chunks that halve whenever one takes over 7 ms and recurses
// once per chunk: on a large sheet, and more so on a busy machine, it can exhaust the call stack (a valid 200,000-row
// workbook did, test/huge/readXlsx.huge.test.ts). The reader is made to fail that way here, every time.
import { describe, expect, it, vi } from "vitest";

vi.mock("read-excel-file/universal", () => ({
  readSheet: async (): Promise<never> => {
    throw new RangeError("Maximum call stack size exceeded");
  },
}));

const { readXlsx } = await import("../../src/io/readXlsx.ts");

describe("readXlsx when the workbook reader runs out of stack", () => {
  it("says the workbook was too large for the reader and to save the sheet as CSV, not that the file is no workbook", async () => {
    const bytes = new Uint8Array(12_345_678);
    await expect(readXlsx(bytes)).rejects.toThrowErrorMatchingInlineSnapshot(`[SpcError: read: the Excel reader ran out of room (its call stack) in this workbook of 12.3 MB, as it can on a large sheet, more so on a busy machine; save the sheet as CSV (UTF-8) and open that]`);
  });
});
