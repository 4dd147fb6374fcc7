// Fuzzing the CLI in-process: any command line and any CSV end in exit code 0, 1 or 2, never a crash
// (main reports unexpected errors as "internal error", which must never happen), nothing is written
// outside the output folder, and no control character from the input reaches the terminal.
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fc, test } from "@fast-check/vitest";
import { afterAll, describe, expect } from "vitest";
import { main } from "../../src/cli/main.ts";

const runs = Number(process.env.FUZZ_RUNS ?? 1000);
const folder = mkdtempSync(join(tmpdir(), "shewhart-cli-fuzz-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

let printed = "";
const io = { stdout: { write: (t: string) => (printed += t) }, stderr: { write: (t: string) => (printed += t) }, stdin: async () => "", cwd: folder, interactive: false };
const cell = fc.oneof(fc.string({ maxLength: 8 }), fc.integer().map(String), fc.double().map(String), fc.constantFrom("", "NA", "2018-W14", "19-11-2018", "1,5", '"', "../x", "__proto__", "\u001b[2J", "=1+1", "a\u202eb", "1,000", "pchart", "dk", "1.5"));
const csv = fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { minLength: 0, maxLength: 12 }).map((rows) => rows.map((r) => r.join(fc.sample(fc.constantFrom(",", ";", "\t"), 1)[0])).join("\n"));
const flag = fc.constantFrom("--x", "--y", "--n", "--group", "--chart", "--breaks", "--exclude", "--freeze", "--multiply", "--period", "--rules", "--format", "--summary", "--out", "--locale", "--phase", "--notes", "--improvement", "--target", "--threads", "--quiet", "--panels");

describe("main(argv, io) under fuzzing", () => {
  test.prop([csv, fc.array(fc.oneof(flag, cell), { maxLength: 10 })], { numRuns: runs })("always ends in 0, 1 or 2 and writes only into its folder", async (text, args) => {
    writeFileSync(join(folder, "data.csv"), text);
    // Name a real column for --y most of the time, so that the analysis runs, not only the option checks.
    const first = text.replace(/^\ufeff/, "").split(/\r?\n/)[0]?.split(/[,;\t]/)[0]?.trim() ?? "";
    const y = first === "" || first.startsWith("-") ? [] : ["--y", first];
    printed = "";
    const code = await main(["chart", "data.csv", "--out", "out", ...y, ...args.map((a) => (a === "--out" ? "--title" : a))], io);
    expect([0, 1, 2]).toContain(code);
    expect(printed).not.toContain("internal error");
    expect(printed).not.toMatch(/[\u001b\u202e]/);
    expect(readdirSync(folder).filter((f) => f !== "data.csv" && f !== "out")).toEqual([]);
  });
});
