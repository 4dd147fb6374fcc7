// The real binary, as users run it (after npm run build).
import { spawn, spawnSync } from "node:child_process";
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { availableParallelism, hostname, tmpdir } from "node:os";
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

  it("says a warning with the command line's flags, in the chart's language (the library's message says multiply 100)", () => {
    const rows = Array.from({ length: 12 }, (_, k) => `2018-W${String(k + 1).padStart(2, "0")};${7 + (k % 3)};10`);
    writeFileSync(join(folder, "scale.csv"), `uge;tal;n\n${rows.join("\n")}\n`);
    const args = ["chart", "scale.csv", "--x", "uge", "--y", "tal", "--n", "n", "--chart", "p", "--improvement", "up", "--target", "85", "--out", "scale"];
    const en = run(args);
    expect(en.status).toBe(0);
    expect(en.stderr).toContain("shewhart: warning: scale.csv: the target 85 is outside the chart's scale 0–1: give it as 0.85, or use --multiply 100 for percent\n");
    const da = run([...args, "--locale", "da-DK"]);
    expect(da.stderr).toContain("shewhart: advarsel: scale.csv: målet 85 ligger uden for diagrammets skala 0–1: angiv det som 0,85, eller brug --multiply 100 for procent\n");
    const summary = run([...args, "--summary", "json"]);
    expect(summary.stdout).toContain("use --multiply 100 for percent");
    expect(summary.stdout).not.toContain("use multiply 100 for percent\"");
  });

  it("exits 1 on bad input and 2 on a usage error, with the message on stderr", () => {
    writeFileSync(join(folder, "bad.csv"), "v\n1\nx\n");
    const bad = run(["chart", "bad.csv", "--y", "v"]);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toBe('shewhart: bad.csv:3:1 (column "v"): expected a number, found "x"\n');
    expect(run(["chart"]).status).toBe(2);
  });

  it("gives the same charts, report pages and summary on worker threads as on one thread", () => {
    // 450 groups: chunks of 200 charts, two report pages written by the workers that hold them, the first by the main thread.
    const lines = ["unit,week,num,den"];
    for (let g = 0; g < 450; g++) for (let k = 1; k <= 20; k++) lines.push(`u${g},2018-W${String(k).padStart(2, "0")},${60 + ((g * 31 + k * 17) % 40)},${100 + ((g * 13 + k * 7) % 40)}`);
    writeFileSync(join(folder, "many.csv"), `${lines.join("\n")}\n`);
    const args = (threads: number) => ["chart", "many.csv", "--x", "week", "--y", "num", "--n", "den", "--group", "unit", "--chart", "p", "--summary", "csv", "--threads", String(threads), "--out", `out${threads}`];
    const one = run(args(1));
    const two = run(args(2));
    expect(one.status).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    const files = readdirSync(join(folder, "out1")).sort();
    expect(readdirSync(join(folder, "out2")).sort()).toEqual(files);
    expect(files.filter((f) => f.endsWith(".html"))).toEqual(["index-2.html", "index-3.html", "index.html"]);
    for (const file of files) expect(readFileSync(join(folder, "out2", file), "utf8")).toBe(readFileSync(join(folder, "out1", file), "utf8"));
  });

  it("writes nothing when a group fails on a worker thread after others were drawn", () => {
    const lines = ["unit,num,den"];
    for (let g = 0; g < 300; g++) for (let k = 0; k < 10; k++) lines.push(`u${g},${g === 280 && k === 4 ? 9 : 1},4`);
    writeFileSync(join(folder, "late.csv"), `${lines.join("\n")}\n`);
    const result = run(["chart", "late.csv", "--y", "num", "--n", "den", "--group", "unit", "--chart", "p", "--threads", "2", "--out", "late/out"]);
    expect(result.stderr).toBe(`shewhart: late.csv:${2 + 280 * 10 + 4}:2 (column "num"): group "u280": numerator (9) exceeds denominator (4) in a p chart\n`);
    expect(result.status).toBe(1);
    expect(existsSync(join(folder, "late"))).toBe(false);
  });

  it("reads a spec from standard input", () => {
    const result = run(["analyze", "-"], JSON.stringify({ chart: "c", y: [4, 5, 6] }));
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).phases[0].cl).toBe(5);
  });
});

// The findings of issues #11 and #13 (CLI parts), through the real binary.
describe("the shewhart binary on hostile and mistaken input", () => {
  const fresh = (name: string): string => {
    const dir = join(folder, name);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    return dir;
  };
  const at = (cwd: string, args: string[], timeout = 60_000) => spawnSync(process.execPath, [bin, ...args], { cwd, encoding: "utf8", timeout });

  it("prints its version, refuses no command with the help on stderr, and usage errors before reading the file", () => {
    const version = run(["--version"]);
    expect(version.status).toBe(0);
    expect(version.stdout).toBe(`${JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "package.json"), "utf8")).version}\n`);
    const none = run([]);
    expect(none.status).toBe(2);
    expect(none.stderr).toContain("Usage: shewhart");
    const chart = run(["chart", "no-such-file.csv", "--y", "v", "--chart", "pchart"]);
    expect(chart.status).toBe(2);
    expect(chart.stderr).toContain("--chart pchart: unknown; did you mean p?");
    expect(run(["chart", "no-such-file.csv", "--y", "v", "--multiply", "1,000"]).status).toBe(2);
  });

  it("never writes through a symbolic link planted at a final or at a pid-guessed temporary name", () => {
    const dir = fresh("links");
    writeFileSync(join(dir, "v.csv"), "v\n1\n2\n3\n");
    mkdirSync(join(dir, "out"));
    writeFileSync(join(dir, "victim"), "precious");
    symlinkSync(join(dir, "victim"), join(dir, "out", "chart.svg"));
    // The old temporary name was <name>.tmp-<pid>: spray links over the pids the next processes will likely get.
    const next = (spawnSync(process.execPath, ["-e", "0"]).pid as number) + 1;
    for (let pid = next; pid < next + 400; pid++) symlinkSync(join(dir, "victim"), join(dir, "out", `index.html.tmp-${pid}`));
    const result = at(dir, ["chart", "v.csv", "--y", "v", "--out", "out"]);
    expect(result.status).toBe(0);
    expect(readFileSync(join(dir, "victim"), "utf8")).toBe("precious");
    expect(lstatSync(join(dir, "out", "chart.svg")).isSymbolicLink()).toBe(false);
    expect(lstatSync(join(dir, "out", "index.html")).isFile()).toBe(true);
    // The leftovers of an interrupted run are removed.
    expect(readdirSync(join(dir, "out")).sort()).toEqual(["chart.svg", "index.html"]);
  });

  it("refuses a run into a folder a live run holds, takes over a dead run's lock, and lets one of two concurrent runs write at a time", async () => {
    const dir = fresh("lock");
    const lines = ["unit,v"];
    for (let g = 0; g < 300; g++) for (let k = 0; k < 5; k++) lines.push(`u${g},${(g + k) % 7}`);
    writeFileSync(join(dir, "v.csv"), `${lines.join("\n")}\n`);
    mkdirSync(join(dir, "out"));
    writeFileSync(join(dir, "out", ".shewhart.lock"), `${process.pid}\n${hostname()}\n`);
    const refused = at(dir, ["chart", "v.csv", "--y", "v", "--group", "unit", "--out", "out"]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toBe(`shewhart: another shewhart run is writing into ${join(dir, "out")} (pid ${process.pid}); remove ${join(dir, "out", ".shewhart.lock")} if it is stale\n`);
    expect(readdirSync(join(dir, "out"))).toEqual([".shewhart.lock"]);
    writeFileSync(join(dir, "out", ".shewhart.lock"), `${spawnSync(process.execPath, ["-e", "0"]).pid}\n${hostname()}\n`);
    expect(at(dir, ["chart", "v.csv", "--y", "v", "--group", "unit", "--out", "out", "--quiet"]).status).toBe(0);
    expect(readdirSync(join(dir, "out"))).toHaveLength(302);
    // Two at once: each either writes everything or is refused with the message; never a lock left behind.
    const both = await Promise.all(
      [0, 1].map(
        () =>
          new Promise<{ status: number | null; stderr: string }>((resolvePromise) => {
            const child = spawn(process.execPath, [bin, "chart", "v.csv", "--y", "v", "--group", "unit", "--out", "out", "--quiet", "--summary", "json"], { cwd: dir });
            let stderr = "";
            child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
            child.on("close", (status) => resolvePromise({ status, stderr }));
          }),
      ),
    );
    for (const { status, stderr } of both) expect(status === 0 ? stderr : stderr.replace(/\(pid \d+\)/, "(pid N)")).toBe(status === 0 ? "" : `shewhart: another shewhart run is writing into ${join(dir, "out")} (pid N); remove ${join(dir, "out", ".shewhart.lock")} if it is stale\n`);
    expect(both.some((b) => b.status === 0)).toBe(true);
    expect(readdirSync(join(dir, "out"))).toHaveLength(302);
  }, 120_000);

  it("recovers from a run killed with SIGKILL while writing: its lock is taken over and its temporary files removed", async () => {
    const dir = fresh("killed");
    const lines = ["unit,v"];
    for (let g = 0; g < 1500; g++) for (let k = 0; k < 5; k++) lines.push(`u${g},${(g + k) % 7}`);
    writeFileSync(join(dir, "v.csv"), `${lines.join("\n")}\n`);
    const out = join(dir, "out");
    const child = spawn(process.execPath, [bin, "chart", "v.csv", "--y", "v", "--group", "unit", "--out", "out", "--quiet", "--threads", "1"], { cwd: dir });
    const closed = new Promise((resolvePromise) => child.on("close", resolvePromise));
    // Kill it as soon as it holds the lock (it is writing), or when it ends first.
    for (let waited = 0; waited < 60_000 && child.exitCode === null; waited += 5) {
      if (existsSync(join(out, ".shewhart.lock"))) {
        child.kill("SIGKILL");
        break;
      }
      await new Promise((r) => setTimeout(r, 5));
    }
    await closed;
    const again = at(dir, ["chart", "v.csv", "--y", "v", "--group", "unit", "--out", "out", "--quiet", "--summary", "json"]);
    expect(again.stderr).toBe("");
    expect(again.status).toBe(0);
    expect(readdirSync(out).filter((f) => f.includes(".tmp-") || f === ".shewhart.lock")).toEqual([]);
    expect(readdirSync(out)).toHaveLength(1508);
  }, 120_000);

  it("caps --threads at the number of cores with a message", () => {
    const dir = fresh("threads");
    const lines = ["unit,v"];
    for (let g = 0; g < 100; g++) for (let k = 0; k < 5; k++) lines.push(`u${g},${(g + k) % 7}`);
    writeFileSync(join(dir, "v.csv"), `${lines.join("\n")}\n`);
    const result = at(dir, ["chart", "v.csv", "--y", "v", "--group", "unit", "--threads", "200", "--out", "out", "--summary", "csv"]);
    expect(result.status).toBe(0);
    expect(result.stderr.split("\n")[0]).toBe(`shewhart: --threads 200: using ${availableParallelism()}, the number of cores of this machine`);
    expect(result.stdout.trim().split("\n")).toHaveLength(101);
  });

  it("escapes terminal control sequences and defuses spreadsheet formulas in the summary; keeps the panels and the group apart", () => {
    const dir = fresh("evil");
    const evil = "\u001b[2J\u001b]0;pwned\u0007=cmd|'/C calc'!A0\nall    run    3";
    writeFileSync(join(dir, "e.csv"), `unit,v\n"${evil}",1\n"${evil}",2\n"panels all",3\n"panels all",4\n"panels",5\n"panels",6\n`);
    for (const summary of ["text", "csv"]) {
      const result = at(dir, ["chart", "e.csv", "--y", "v", "--group", "unit", "--summary", summary, "--panels", "--out", `out-${summary}`]);
      expect(result.status).toBe(0);
      expect(`${result.stdout}${result.stderr}`).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
      expect(result.stdout.split("\n").filter((l) => l.startsWith("all    run"))).toEqual([]);
    }
    const csv = readFileSync(join(dir, "out-csv", "panels-all.svg"), "utf8");
    expect(csv).toContain("panels all");
    expect(readdirSync(join(dir, "out-csv")).sort()).toEqual(["index.html", "panels-2.svg", "panels-all.svg", "panels.svg", "2j-0-pwned-cmd-c-calc-a0-all-run-3.svg"].sort());
    writeFileSync(join(dir, "f.csv"), "unit,v\n\"=cmd|'/C calc'!A0\u001b[31m\",-1\n\"=cmd|'/C calc'!A0\u001b[31m\",-2\n");
    const formula = at(dir, ["chart", "f.csv", "--y", "v", "--group", "unit", "--summary", "csv", "--out", "out-f"]);
    expect(formula.stdout.split("\n")[1]).toBe("'=cmd|'/C calc'!A0\\x1b[31m,run,2,-1.5,,,no,0,,cmd-c-calc-a0-31m.svg");
  });

  it("ends at once with one line when --out is /proc/self/x, a file, or beneath a file", () => {
    const dir = fresh("out");
    writeFileSync(join(dir, "v.csv"), "v\n1\n2\n3\n");
    writeFileSync(join(dir, "file"), "");
    for (const out of [...(process.platform === "linux" ? ["/proc/self/x"] : []), "file", "file/sub"]) {
      const result = at(dir, ["chart", "v.csv", "--y", "v", "--out", out], 10_000);
      expect(result.status).toBe(1);
      expect(result.stderr.split("\n").filter((l) => l !== "")).toHaveLength(1);
      expect(result.stderr).toMatch(/^shewhart: cannot (create|use) the folder /);
    }
  });

  it("answers every NDJSON line, and never prints a stack trace (a 10 MB spec of 1,000,000 exclude strings)", () => {
    const dir = fresh("analyze");
    writeFileSync(join(dir, "s.ndjson"), `${JSON.stringify({ chart: "c", y: [4, 5, 6] })}\n{"y":[1,"a"]}\n${JSON.stringify({ chart: "c", y: [1, 2, 3] })}\n`);
    const ndjson = at(dir, ["analyze", "s.ndjson"]);
    expect(ndjson.status).toBe(1);
    const out = ndjson.stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(out.map((o) => o.phases?.[0]?.cl ?? o.error.code)).toEqual([5, "invalid_input", 2]);
    expect(out[1]).toMatchObject({ line: 2, error: { path: ["y", 1] } });
    writeFileSync(join(dir, "big.json"), JSON.stringify({ y: [1, 2, 3], exclude: Array.from({ length: 1_000_000 }, (_, i) => `x${i}`) }));
    const big = at(dir, ["analyze", "big.json"]);
    expect(big.status).toBe(1);
    expect(big.stderr.split("\n").filter((l) => l !== "")).toHaveLength(1);
    expect(big.stderr).not.toMatch(/\n\s+at /);
  }, 60_000);
});
