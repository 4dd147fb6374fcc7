// The CLI run in-process through main(argv, io): real files in a scratch folder, captured output.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import writeXlsxFile from "write-excel-file/node";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.ts";
import type { CliIo } from "../../src/cli/io.ts";

let folder = "";
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), "shewhart-cli-"));
});
afterEach(() => {
  rmSync(folder, { recursive: true, force: true });
});

async function run(argv: string[], stdin = ""): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const io: CliIo = {
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: (t: string) => (stderr += t) },
    stdin: async () => stdin,
    cwd: folder,
    interactive: false,
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

const danish = "\ufeffafsnit;uge;ajourført;udskrevne\n" + ["M;2018-W14;103;117", "M;2018-W15;101;114", "M;2018-W16;131;137", "M;2018-W17;122;134", "N;2018-W14;90;100", "N;2018-W15;91;100", "N;2018-W16;95;100", "N;2018-W17;89;100"].join("\n") + "\n";

describe("shewhart chart", () => {
  it("reads a Danish export (BOM, semicolons) and writes one SVG per group with an index page", async () => {
    writeFileSync(join(folder, "fmk.csv"), danish);
    const { code, stdout, stderr } = await run(["chart", "fmk.csv", "--x", "uge", "--y", "ajourført", "--n", "udskrevne", "--group", "afsnit", "--chart", "p", "--locale", "da-DK", "--out", "charts"]);
    expect(stderr.split("\n").filter((l) => l !== "").every((l) => l.startsWith("shewhart: advarsel: "))).toBe(true);
    expect(code).toBe(0);
    expect(readdirSync(join(folder, "charts")).sort()).toEqual(["index.html", "m.svg", "n.svg"]);
    expect(readFileSync(join(folder, "charts", "m.svg"), "utf8")).toContain("uge 14, 2018");
    expect(stdout).toMatch(/^gruppe\s+diagram\s+undergrupper/);
    expect(stdout).toMatch(/^M\s+p\s+4\s/m);
  });

  it("draws a run chart of proportions in percent with --percent (scale, facts and panels), and as numbers without it", async () => {
    writeFileSync(join(folder, "fmk.csv"), danish);
    const common = ["chart", "fmk.csv", "--x", "uge", "--y", "ajourført", "--n", "udskrevne", "--group", "afsnit", "--chart", "run", "--multiply", "100", "--locale", "da-DK", "--panels", "--quiet"];
    expect((await run([...common, "--percent", "--out", "percent"])).code).toBe(0);
    expect((await run([...common, "--out", "plain"])).code).toBe(0);
    // Group N: 90, 91, 95, 89 of 100 → median 90.5 (×100), its facts line and axis in percent.
    const percent = readFileSync(join(folder, "percent", "n.svg"), "utf8");
    expect(percent).toMatch(/Seneste median: 90,5\s%/); // Intl's Danish percent: a no-break space before %
    expect(percent).toMatch(/>9\d\s%</);
    expect(readFileSync(join(folder, "percent", "panels.svg"), "utf8")).toMatch(/>9\d\s%</);
    const plain = readFileSync(join(folder, "plain", "n.svg"), "utf8");
    expect(plain).toContain("Seneste median: 90,5<");
    expect(plain).not.toMatch(/\s%</);
  });

  it("leaves the report out with --no-report", async () => {
    writeFileSync(join(folder, "fmk.csv"), danish);
    const { code } = await run(["chart", "fmk.csv", "--x", "uge", "--y", "ajourført", "--n", "udskrevne", "--group", "afsnit", "--chart", "p", "--out", "bare", "--no-report", "--quiet"]);
    expect(code).toBe(0);
    expect(readdirSync(join(folder, "bare")).sort()).toEqual(["m.svg", "n.svg"]);
  });

  it("writes index.html as a report in the run's language: a summary row per group, then each chart inline", async () => {
    writeFileSync(join(folder, "fmk.csv"), danish);
    const { code } = await run(["chart", "fmk.csv", "--x", "uge", "--y", "ajourført", "--n", "udskrevne", "--group", "afsnit", "--chart", "p", "--locale", "da-DK", "--title", "FMK <ajourført>", "--out", "charts"]);
    expect(code).toBe(0);
    const html = readFileSync(join(folder, "charts", "index.html"), "utf8");
    expect(html.startsWith('<!doctype html>\n<html lang="da-DK">')).toBe(true);
    expect(html).toContain("<h1>FMK &lt;ajourført&gt;</h1>");
    expect(html).toContain('<p class="subtitle">fmk.csv</p>');
    expect(html.match(/<tr class="summary-row">/g)).toHaveLength(2);
    expect(html.match(/<svg xmlns="http:\/\/www.w3.org\/2000\/svg" class="shewhart"/g)).toHaveLength(2);
    expect(html).toContain('<h2 id="chart-1-heading">FMK &lt;ajourført&gt; · M</h2>');
    expect(html).toContain('<a href="m.svg">m.svg</a>');
    expect(html).toContain("<h2 id=\"summary-heading\">Oversigt</h2>");
    // A chart with neither a group nor a title is named by its y column, not numbered ("Diagram 1").
    writeFileSync(join(folder, "v.csv"), "ventetid\n1\n2\n3\n");
    expect((await run(["chart", "v.csv", "--y", "ventetid", "--locale", "da-DK", "--out", "one"])).code).toBe(0);
    const one = readFileSync(join(folder, "one", "index.html"), "utf8");
    expect(one).toContain('<a href="#chart-1">ventetid</a>');
    expect(one).not.toContain("Diagram 1");
    expect(one).toContain("<title>SPC-rapport</title>");
  });

  it("reads decimal commas", async () => {
    writeFileSync(join(folder, "days.csv"), "måned;dage\n2019-01-01;6,3\n2019-02-01;7,6\n2019-03-01;7,3\n2019-04-01;5,8\n");
    const { code, stdout } = await run(["chart", "days.csv", "--x", "måned", "--y", "dage", "--chart", "i", "--summary", "json", "--out", "out"]);
    expect(code).toBe(0);
    const [row] = JSON.parse(stdout) as { cl: number }[];
    expect(row?.cl).toBeCloseTo((6.3 + 7.6 + 7.3 + 5.8) / 4, 12);
  });

  it("names the file, line and column of a bad cell, exits 1 and writes nothing", async () => {
    writeFileSync(join(folder, "bad.csv"), "week,count\n2018-W14,5\n2018-W15,five\n");
    const { code, stderr } = await run(["chart", "bad.csv", "--x", "week", "--y", "count", "--out", "out"]);
    expect(code).toBe(1);
    expect(stderr).toBe('shewhart: bad.csv:3:2 (column "count"): expected a number, found "five"\n');
    expect(existsSync(join(folder, "out"))).toBe(false);
  });

  it("leaves a title line above the column names out of the table and says so; where it cannot tell, names the title as the likely cause of an unknown column", async () => {
    writeFileSync(join(folder, "titel.csv"), "Andel ajourført FMK;;\n;;\nMåned;Antal;I alt\njan 2019;141;168\nfeb 2019;150;170\n");
    const read = await run(["chart", "titel.csv", "--x", "Måned", "--y", "Antal", "--n", "I alt", "--chart", "p", "--summary", "json", "--out", "t"]);
    expect(read.code).toBe(0);
    expect(JSON.parse(read.stdout)[0]).toMatchObject({ subgroups: 2 });
    expect(read.stderr.split("\n")[0]).toBe('shewhart: note: titel.csv: line 1 ("Andel ajourført FMK") is a title above the table, not part of it: left out');
    // Without separators on its line (Excel did not pad it), in Danish, and silenced by --quiet.
    writeFileSync(join(folder, "titel2.csv"), "Andel ajourført FMK\nMåned;Antal;I alt\njan 2019;141;168\nfeb 2019;150;170\n");
    const danish = await run(["chart", "titel2.csv", "--x", "Måned", "--y", "Antal", "--locale", "da-DK", "--out", "t2"]);
    expect(danish.code).toBe(0);
    expect(danish.stderr.split("\n")[0]).toBe('shewhart: bemærk: titel2.csv: linje 1 ("Andel ajourført FMK") er en titel over tabellen, ikke en del af den: udeladt');
    expect((await run(["chart", "titel2.csv", "--x", "Måned", "--y", "Antal", "--quiet", "--out", "t3"])).stderr).toBe("");
    // In a workbook the lines are the sheet's rows.
    await writeXlsxFile([[{ value: "Andel ajourført FMK" }, null], [{ value: "Måned" }, { value: "Antal" }], [{ value: "jan 2019" }, { value: 141, type: Number }], [{ value: "feb 2019" }, { value: 150, type: Number }]] as never).toFile(join(folder, "titel.xlsx"));
    const sheet = await run(["chart", "titel.xlsx", "--x", "Måned", "--y", "Antal", "--locale", "da-DK", "--out", "tx"]);
    expect([sheet.code, sheet.stderr.split("\n")[0]]).toEqual([0, 'shewhart: bemærk: titel.xlsx: række 1 ("Andel ajourført FMK") er en titel over tabellen, ikke en del af den: udeladt']);
    // A source under a blank line below the table.
    writeFileSync(join(folder, "kilde.csv"), "Måned;Antal;I alt\njan 2019;141;168\nfeb 2019;150;170\n;;\nKilde: LPR;;\n");
    const below = await run(["chart", "kilde.csv", "--x", "Måned", "--y", "Antal", "--summary", "json", "--out", "k"]);
    expect([below.code, JSON.parse(below.stdout)[0].subgroups]).toEqual([0, 2]);
    expect(below.stderr.split("\n")[0]).toBe('shewhart: note: kilde.csv: line 5 ("Kilde: LPR") is a note below the table, not part of it: left out');
    // Names under the title that may be data (years) keep the title as the header: the hint names it.
    writeFileSync(join(folder, "titel3.csv"), "Andel ajourført FMK;;\nMåned;2019;2020\njan;141;168\n");
    const { code, stderr } = await run(["chart", "titel3.csv", "--x", "Måned", "--y", "2019", "--out", "t4"]);
    expect(code).toBe(2);
    expect(stderr).toBe('shewhart: --y 2019: no such column in titel3.csv (columns: Andel ajourført FMK, , ); the first row looks like a title ("Andel ajourført FMK" and empty cells), not the column names: remove it from the file\n');
     // A file without a header row: its first row of data is taken for the names.
    writeFileSync(join(folder, "uden.csv"), "2019-01;141;168\n2019-02;150;170\n2019-03;139;166\n");
    expect((await run(["chart", "uden.csv", "--x", "Måned", "--y", "Antal", "--out", "u"])).stderr).toBe(
      "shewhart: --y Antal: no such column in uden.csv (columns: 2019-01, 141, 168); the first row looks like data (2019-01, 141, 168), not column names: add a row of column names at the top\n",
    );
  });

  it("reports an empty file, inconsistent rows and unknown columns", async () => {
    writeFileSync(join(folder, "empty.csv"), "");
    expect((await run(["chart", "empty.csv", "--y", "v"])).stderr).toBe("shewhart: empty.csv: the file is empty\n");
    writeFileSync(join(folder, "ragged.csv"), "a,b\n1,2\n3\n");
    expect(await run(["chart", "ragged.csv", "--y", "b"])).toMatchObject({ code: 1, stderr: "shewhart: ragged.csv:3: expected 2 cells as in the header, found 1\n" });
    writeFileSync(join(folder, "ok.csv"), "a,b\n1,2\n");
    expect(await run(["chart", "ok.csv", "--y", "c"])).toMatchObject({ code: 2, stderr: "shewhart: --y c: no such column in ok.csv (columns: a, b)\n" });
    // In the run's language (a user's trial got it in English with --locale da-DK).
    expect(await run(["chart", "ok.csv", "--y", "c", "--locale", "da-DK"])).toMatchObject({ code: 2, stderr: "shewhart: --y c: ok.csv har ingen sådan kolonne (kolonner: a, b)\n" });
  });

  it("reports analysis errors with the group", async () => {
    writeFileSync(join(folder, "p.csv"), "unit,num,den\nA,5,4\nA,3,4\n");
    const { code, stderr } = await run(["chart", "p.csv", "--y", "num", "--n", "den", "--group", "unit", "--chart", "p"]);
    expect(code).toBe(1);
    expect(stderr).toBe('shewhart: p.csv:2:2 (column "num"): group "A": numerator (5) exceeds denominator (4) in a p chart\n');
  });

  it("writes nothing when a later group's analysis fails after earlier charts were drawn: no files, no folder", async () => {
    writeFileSync(join(folder, "p.csv"), "unit,num,den\nA,1,4\nA,2,4\nA,3,4\nB,1,4\nB,5,4\n");
    const { code, stderr } = await run(["chart", "p.csv", "--y", "num", "--n", "den", "--group", "unit", "--chart", "p", "--out", "new/out"]);
    expect(code).toBe(1);
    expect(stderr).toBe('shewhart: p.csv:6:2 (column "num"): group "B": numerator (5) exceeds denominator (4) in a p chart\n');
    expect(readdirSync(folder)).toEqual(["p.csv"]);
    // Into a folder that exists, the run leaves it as it was.
    const out = join(folder, "kept");
    mkdirSync(out);
    writeFileSync(join(out, "a.svg"), "earlier");
    expect((await run(["chart", "p.csv", "--y", "num", "--n", "den", "--group", "unit", "--chart", "p", "--out", "kept"])).code).toBe(1);
    expect(readdirSync(out)).toEqual(["a.svg"]);
    expect(readFileSync(join(out, "a.svg"), "utf8")).toBe("earlier");
  });

  it("takes --breaks and --exclude as x values from the file, and --phase as a column", async () => {
    const rows = Array.from({ length: 20 }, (_, i) => `2019-${String((i % 12) + 1).padStart(2, "0")}-01`.replace("2019", String(2019 + Math.floor(i / 12))) + `,${i < 10 ? 5 + (i % 3) : 9 + (i % 3)},${i < 10 ? "old" : "new"}`);
    writeFileSync(join(folder, "m.csv"), `month,v,process\n${rows.join("\n")}\n`);
    const breaks = await run(["chart", "m.csv", "--x", "month", "--y", "v", "--breaks", "2019-11-01", "--exclude", "2019-02-01", "--summary", "json", "--out", "a"]);
    expect(breaks.code).toBe(0);
    const phase = await run(["chart", "m.csv", "--x", "month", "--y", "v", "--phase", "process", "--summary", "json", "--out", "b"]);
    expect(JSON.parse(phase.stdout)[0].cl).toBe(JSON.parse(breaks.stdout)[0].cl);
    expect(JSON.parse(breaks.stdout)[0].cl).toBe(10);
    expect(await run(["chart", "m.csv", "--x", "month", "--y", "v", "--breaks", "2030-01-01"])).toMatchObject({ code: 1, stderr: "shewhart: --breaks 2030-01-01: no subgroup has that x\n" });
  });

  it("keeps file names from group values inside the output folder", async () => {
    writeFileSync(join(folder, "evil.csv"), 'unit,v\n"../../etc",1\n"../../etc",2\n"a/b",3\n"a/b",4\n".",5\n".",6\n');
    const { code } = await run(["chart", "evil.csv", "--y", "v", "--group", "unit", "--out", "out"]);
    expect(code).toBe(0);
    expect(readdirSync(join(folder, "out")).sort()).toEqual(["a-b.svg", "etc.svg", "group.svg", "index.html"]);
    expect(readdirSync(folder).sort()).toEqual(["evil.csv", "out"]);
  });

  it("treats __proto__ and constructor as ordinary column names and group values", async () => {
    writeFileSync(join(folder, "proto.csv"), "__proto__,constructor\nconstructor,1\nconstructor,2\n__proto__,3\n__proto__,4\n");
    const { code, stdout } = await run(["chart", "proto.csv", "--y", "constructor", "--group", "__proto__", "--summary", "json", "--out", "out"]);
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as { group: string; cl: number }[]).map((r) => [r.group, r.cl])).toEqual([["constructor", 1.5], ["__proto__", 3.5]]);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
    expect(readdirSync(join(folder, "out")).sort()).toEqual(["constructor.svg", "index.html", "proto.svg"]);
  });

  it("handles 2,000 groups", async () => {
    const lines = ["unit,v"];
    for (let g = 0; g < 2000; g++) for (let k = 0; k < 6; k++) lines.push(`u${g},${(g * 7 + k * 3) % 11}`);
    writeFileSync(join(folder, "many.csv"), `${lines.join("\n")}\n`);
    const { code, stdout } = await run(["chart", "many.csv", "--y", "v", "--group", "unit", "--summary", "csv", "--out", "out"]);
    expect(code).toBe(0);
    expect(stdout.trim().split("\n")).toHaveLength(2001);
    // 2,000 charts and a report of 10 pages of 200 charts each.
    const files = readdirSync(join(folder, "out"));
    expect(files).toHaveLength(2010);
    expect(files.filter((f) => f.endsWith(".html")).sort()).toEqual(["index.html", ...Array.from({ length: 9 }, (_, k) => `index-${k + 2}.html`)].sort());
  });

  it("reads the first sheet of an Excel workbook", async () => {
    const header = [{ value: "week" }, { value: "count" }];
    const rows = [1, 2, 3, 4, 5, 6].map((k) => [{ value: `2018-W${String(k + 10)}` }, { value: k * 2, type: Number }]);
    await writeXlsxFile([header, ...rows] as never).toFile(join(folder, "book.xlsx"));
    const { code, stdout, stderr } = await run(["chart", "book.xlsx", "--x", "week", "--y", "count", "--summary", "json", "--out", "x", "--quiet"]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(JSON.parse(stdout)[0]).toMatchObject({ subgroups: 6, cl: 7 });
  });

  it("reads the sheet named by --sheet", async () => {
    const header = [{ value: "count" }];
    const sheet = (values: number[]) => ({ data: [header, ...values.map((v) => [{ value: v, type: Number }])] });
    await writeXlsxFile([{ ...sheet([1, 2, 3]), sheet: "first" }, { ...sheet([10, 20, 30, 40]), sheet: "second" }] as never).toFile(join(folder, "two.xlsx"));
    const first = await run(["chart", "two.xlsx", "--y", "count", "--summary", "json", "--out", "a"]);
    const second = await run(["chart", "two.xlsx", "--y", "count", "--sheet", "second", "--summary", "json", "--out", "b"]);
    expect(JSON.parse(first.stdout)[0]).toMatchObject({ subgroups: 3, cl: 2 });
    expect(JSON.parse(second.stdout)[0]).toMatchObject({ subgroups: 4, cl: 25 });
  });

  it("writes PNG", async () => {
    writeFileSync(join(folder, "v.csv"), "v\n1\n2\n3\n2\n");
    expect((await run(["chart", "v.csv", "--y", "v", "--format", "png", "--out", "one.png"])).code).toBe(0);
    expect(readFileSync(join(folder, "one.png")).subarray(1, 4).toString()).toBe("PNG");
  });

  it("names every bad option value (exit 2)", async () => {
    writeFileSync(join(folder, "v.csv"), "x,v\n1,1\n2,2\n");
    const message = async (...args: string[]) => (await run(["chart", "v.csv", "--y", "v", ...args])).stderr;
    expect(await message("--format", "gif")).toBe("shewhart: --format gif: unknown; expected one of svg, png\n");
    expect(await message("--summary", "xml")).toBe("shewhart: --summary xml: unknown; expected one of text, csv, json\n");
    expect(await message("--threads", "0")).toBe("shewhart: --threads 0: expected a whole number of 1 or more (the number of worker threads)\n");
    expect(await message("--phase", "x", "--breaks", "2")).toBe("shewhart: give either --phase or --breaks, not both\n");
    expect(await message("--multiply", "lots")).toBe("shewhart: --multiply lots: expected a number such as 1000, 95.4 or 95,4 (no thousands separators)\n");
    writeFileSync(join(folder, "spec.json"), JSON.stringify({ y: [1, 2] }));
    expect((await run(["analyze", "spec.json", "--points", "csv"])).stderr).toBe("shewhart: --points csv: expected json or ndjson\n");
  });

  it("refuses one output file for several groups, and unknown options (exit 2)", async () => {
    writeFileSync(join(folder, "g.csv"), "u,v\na,1\nb,2\n");
    expect((await run(["chart", "g.csv", "--y", "v", "--group", "u", "--out", "one.svg"])).code).toBe(2);
    expect((await run(["chart", "g.csv", "--y", "v", "--colour", "red"])).code).toBe(2);
    expect((await run(["nonsense"])).code).toBe(2);
    expect((await run(["--help"])).code).toBe(0);
  });
});

describe("shewhart analyze", () => {
  it("prints the result JSON for a spec, and NDJSON for many", async () => {
    writeFileSync(join(folder, "spec.json"), JSON.stringify({ chart: "i", y: [1, 2, 3, 4, 5] }));
    const single = await run(["analyze", "spec.json"]);
    expect(single.code).toBe(0);
    expect(JSON.parse(single.stdout).phases[0].cl).toBe(3);
    const ndjson = await run(["analyze", "-"], `${JSON.stringify({ y: [1, 2, 3] })}\n${JSON.stringify({ y: [4, 5, 6] })}\n`);
    expect(ndjson.stdout.trim().split("\n").map((line) => JSON.parse(line).phases[0].cl)).toEqual([2, 5]);
  });

  it("writes a point per line with --points ndjson (as for results too large for one string)", async () => {
    writeFileSync(join(folder, "spec.json"), JSON.stringify({ chart: "i", y: [1, 2, 3, 4, 5] }));
    const { code, stdout } = await run(["analyze", "spec.json", "--points", "ndjson"]);
    expect(code).toBe(0);
    const [head, ...points] = stdout.trim().split("\n").map((line) => JSON.parse(line));
    expect(head.points).toBe(5);
    expect(head.phases[0].cl).toBe(3);
    expect(points.map((p: { value: number }) => p.value)).toEqual([1, 2, 3, 4, 5]);
  });

  it("prints columns (one array per field) with --columns, one line per spec", async () => {
    const spec = { chart: "i" as const, y: [1, null, 3, 4, 5], x: ["2018-W01", "2018-W02", "2018-W03", "2018-W04", "2018-W05"] };
    writeFileSync(join(folder, "spec.json"), JSON.stringify(spec));
    const { code, stdout } = await run(["analyze", "spec.json", "--columns"]);
    expect(code).toBe(0);
    const columns = JSON.parse(stdout);
    expect(columns.x).toEqual(["2018-01-01", "2018-01-08", "2018-01-15", "2018-01-22", "2018-01-29"]);
    expect(columns.value).toEqual([1, null, 3, 4, 5]);
    expect(columns.phases[0].cl).toBe(3.25);
    expect(columns).not.toHaveProperty("points");
    const many = await run(["analyze", "-", "--columns"], `${JSON.stringify({ y: [1, 2, 3] })}\n${JSON.stringify({ y: [4, 5, 6] })}\n`);
    expect(many.stdout.trim().split("\n").map((line) => JSON.parse(line).cl)).toEqual([[2, 2, 2], [5, 5, 5]]);
    expect((await run(["analyze", "spec.json", "--columns", "--points", "ndjson"])).stderr).toBe("shewhart: --columns prints one array per field: leave --points out\n");
  });

  it("names the line of a bad spec", async () => {
    const result = await run(["analyze", "-"], `${JSON.stringify({ y: [1, 2, 3] })}\n${JSON.stringify({ y: [1, "x"] })}\n`);
    expect(result).toMatchObject({ code: 1, stderr: 'shewhart: stdin: 1 of 2 lines could not be analysed (see their "error" lines)\n' });
    expect(JSON.parse(result.stdout.split("\n")[1] ?? "")).toEqual({ line: 2, error: { code: "invalid_input", message: 'analyze: invalid y[1]: expected a finite number or null, received "x"', path: ["y", 1] } });
    expect((await run(["analyze", "missing.json"])).stderr).toBe("shewhart: cannot read missing.json: no such file or folder (ENOENT)\n");
  });
});

describe("shewhart demo", () => {
  it("charts the bundled examples into a folder and prints the summaries", async () => {
    const { code, stdout } = await run(["demo", "demo"]);
    expect(code).toBe(0);
    expect(stdout).toContain("Hospital B");
    expect(readdirSync(join(folder, "demo")).sort()).toEqual(["fmk", "infections", "waiting-days"]);
    expect(readdirSync(join(folder, "demo", "infections")).sort()).toEqual(["hospital-a.svg", "hospital-b.svg", "hospital-c.svg", "index.html", "panels.svg"]);
    expect(readFileSync(join(folder, "demo", "infections", "panels.svg"), "utf8").match(/class="shewhart-panel"/g)).toHaveLength(3);
    // The report shows the same small multiples after its summary, then the three charts.
    const report = readFileSync(join(folder, "demo", "infections", "index.html"), "utf8");
    expect(report.match(/class="shewhart-panel"/g)).toHaveLength(3);
    expect(report.match(/<section class="chart"/g)).toHaveLength(3);
  });
});
