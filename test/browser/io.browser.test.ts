// shewhart/io in a real browser: the built module, bundled for the browser, reads an .xlsx and a
// Windows-1252 CSV from bytes exactly as Node does.
import { join } from "node:path";
import { build } from "esbuild";
import { chromium, type Browser } from "playwright-core";
import writeXlsxFile from "write-excel-file/node";
import { afterAll, beforeAll, expect, it } from "vitest";

const root = join(import.meta.dirname, "..", "..");
let browser: Browser;

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
});
afterAll(async () => {
  await browser?.close();
});

it("reads xlsx and Windows-1252 CSV bytes in Chromium", async () => {
  const bundle = await build({ entryPoints: [join(root, "dist", "io.js")], bundle: true, write: false, format: "iife", globalName: "shewhartIo", platform: "browser", logLevel: "silent" });
  const rows = [[{ value: "uge" }, { value: "tæller" }], ...[3, 4, 5].map((v, k) => [{ value: `Uge ${40 + k}, 2018` }, { value: v + 0.5, type: Number }])];
  const xlsx = Array.from(new Uint8Array((await writeXlsxFile(rows as never).toBuffer()) as Uint8Array));
  const csv = Array.from("afsnit;tæller\nAfsnit Æ;1,5\nAfsnit Ø;2,5\n", (c) => c.charCodeAt(0));
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.setContent("<!doctype html><title>io</title>");
  await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
  const read = await page.evaluate(
    async ({ xlsx, csv }) => {
      const io = (globalThis as unknown as { shewhartIo: typeof import("../../src/io/index.ts") }).shewhartIo;
      const book = await io.readTable(new Uint8Array(xlsx));
      const text = await io.readTable(new Uint8Array(csv));
      return {
        x: io.readXColumn(book, "uge").values,
        y: [...io.readNumberColumns(book, ["tæller"])[0]!.values],
        detected: text.detected,
        groups: text.columns[0],
        values: [...io.readNumberColumns(text, ["tæller"])[0]!.values],
      };
    },
    { xlsx, csv },
  );
  expect(errors).toEqual([]);
  expect(read).toEqual({
    x: ["2018-W40", "2018-W41", "2018-W42"],
    y: [3.5, 4.5, 5.5],
    detected: { format: "csv", encoding: "windows-1252", separator: ";", sheet: null, titleLines: [], footerLines: [] },
    groups: ["Afsnit Æ", "Afsnit Ø"],
    values: [1.5, 2.5],
  });
});
