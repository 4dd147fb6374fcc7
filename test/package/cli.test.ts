// The real binary, as users run it (after npm run build).
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const bin = join(import.meta.dirname, "..", "..", "bin", "shewhart.mjs");
const folder = mkdtempSync(join(tmpdir(), "shewhart-bin-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const run = (args: string[], input?: string) => spawnSync(process.execPath, [bin, ...args], { cwd: folder, encoding: "utf8", ...(input === undefined ? {} : { input }) });

describe("the shewhart binary", () => {
  it("prints help for every command and exits 0", () => {
    for (const args of [["--help"], ["chart", "--help"], ["analyze", "--help"], ["demo", "--help"]]) {
      const result = run(args);
      expect(result.status).toBe(0);
      expect(result.stdout).toContain("Usage: shewhart");
    }
  });

  it("runs the demo", () => {
    const result = run(["demo", "demo"]);
    expect(result.status).toBe(0);
    expect(readdirSync(join(folder, "demo", "fmk"))).toContain("index.html");
  });

  it("exits 1 on bad input and 2 on a usage error, with the message on stderr", () => {
    writeFileSync(join(folder, "bad.csv"), "v\n1\nx\n");
    const bad = run(["chart", "bad.csv", "--y", "v"]);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toBe('shewhart: bad.csv:3:1 (column "v"): expected a number, found "x"\n');
    expect(run(["chart"]).status).toBe(2);
  });

  it("gives the same charts and summary on worker threads as on one thread", () => {
    const lines = ["unit,week,num,den"];
    for (let g = 0; g < 150; g++) for (let k = 1; k <= 20; k++) lines.push(`u${g},2018-W${String(k).padStart(2, "0")},${60 + ((g * 31 + k * 17) % 40)},${100 + ((g * 13 + k * 7) % 40)}`);
    writeFileSync(join(folder, "many.csv"), `${lines.join("\n")}\n`);
    const args = (threads: number) => ["chart", "many.csv", "--x", "week", "--y", "num", "--n", "den", "--group", "unit", "--chart", "p", "--summary", "csv", "--threads", String(threads), "--out", `out${threads}`];
    const one = run(args(1));
    const two = run(args(2));
    expect(one.status).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    const files = readdirSync(join(folder, "out1")).sort();
    expect(readdirSync(join(folder, "out2")).sort()).toEqual(files);
    for (const file of files) expect(readFileSync(join(folder, "out2", file), "utf8")).toBe(readFileSync(join(folder, "out1", file), "utf8"));
  });

  it("reads a spec from standard input", () => {
    const result = run(["analyze", "-"], JSON.stringify({ chart: "c", y: [4, 5, 6] }));
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).phases[0].cl).toBe(5);
  });
});
