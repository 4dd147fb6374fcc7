// Each finding of issues #11 ("Errors in the wrong terms", "Warnings never reach the user", "Danish out") and #13 (items 1 and 6, CLI parts), in-process through main(argv, io).
import { availableParallelism, tmpdir } from "node:os";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { CliIo } from "../../src/cli/io.ts";
import { main } from "../../src/cli/main.ts";

let folder = "";
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), "shewhart-findings-"));
});
afterEach(() => {
  rmSync(folder, { recursive: true, force: true });
});

async function run(argv: string[], stdin = ""): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const io: CliIo = { stdout: { write: (t: string) => (stdout += t) }, stderr: { write: (t: string) => (stderr += t) }, stdin: async () => stdin, cwd: folder, interactive: false };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

/** 20 weekly rows per unit: a p chart's numerators and denominators, a phase column and notes. */
function units(names: readonly string[], missingIn?: string): string {
  const rows = ["afsnit;uge;tæller;nævner;fase"];
  for (const name of names) {
    for (let w = 10; w < 30; w++) rows.push(`${name};2018-W${w};${name === missingIn && w === 12 ? "" : 40 + (w % 7)};${60 + (w % 5)};${w < 20 ? "Før" : "Efter"}`);
  }
  return `${rows.join("\n")}\n`;
}

const lines = (text: string): string[] => text.split("\n").filter((l) => l !== "");

describe("usage errors: exit 2, one line, before the file is read", () => {
  // The file does not exist: a usage error must be reported first, and never blamed on the file.
  const usage = async (...args: string[]) => run(["chart", "missing.csv", "--y", "v", ...args]);

  it.each([
    [["--chart", "pchart"], "shewhart: --chart pchart: unknown; did you mean p? expected one of run, i, mr, xbar, s, t, p, pp, c, u, up, g, ip\n"],
    [["--locale", "dk"], "shewhart: --locale dk: shewhart speaks Danish and English: expected e.g. da-DK or en-GB (Danish is da-DK: da is the language, DK the country)\n"],
    [["--improvement", "higher"], "shewhart: --improvement higher: unknown; did you mean up? expected one of up, down (which direction is better)\n"],
    [["--rules", "westgard"], "shewhart: --rules westgard: unknown; expected one of anhoej, bestbox, cutbox, ihi, hcdg, nhs\n"],
    [["--period", "fortnight"], "shewhart: --period fortnight: unknown; expected one of day, week, month, quarter, year\n"],
    [["--freeze", "1.5"], "shewhart: --freeze 1.5: expected a whole number of 1 or more (the number of subgroups in the baseline)\n"],
    [["--threads", "-2"], "shewhart: --threads -2: expected a whole number of 1 or more (the number of worker threads)\n"],
    [["--multiply", "1,000"], "shewhart: --multiply 1,000: could mean 1000 or 1; write 1000 (or 1), without thousands separators\n"],
    [["--multiply", "1.000"], "shewhart: --multiply 1.000: could mean 1000 or 1; write 1000 (or 1), without thousands separators\n"],
  ])("%j", async (args, message) => {
    expect(await usage(...args)).toEqual({ code: 2, stdout: "", stderr: message });
  });

  it("prints the help on stderr and exits 2 without a command; exits 2 on an unknown command; prints the version", async () => {
    const none = await run([]);
    expect(none.code).toBe(2);
    expect(none.stdout).toBe("");
    expect(none.stderr).toContain("Usage: shewhart");
    expect((await run(["chrat"])).code).toBe(2);
    const version = await run(["--version"]);
    expect(version).toEqual({ code: 0, stdout: `${JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "package.json"), "utf8")).version}\n`, stderr: "" });
  });

  it("reads --target 95,4 as 95.4, whatever the file's decimal mark", async () => {
    writeFileSync(join(folder, "v.csv"), "v\n1.5\n2.5\n");
    const { code, stdout } = await run(["chart", "v.csv", "--y", "v", "--chart", "i", "--target", "95,4", "--summary", "json", "--out", "o", "--quiet"]);
    expect(code).toBe(0);
    expect(readFileSync(join(folder, "o", "chart.svg"), "utf8")).toContain("Target 95.40");
    expect(JSON.parse(stdout)).toHaveLength(1);
  });
});

describe("warnings reach people", () => {
  it("names the places of a warning by x as the file writes it, as the app does ('Uge 41, 2018', not 2018-W41), separated by '; '", async () => {
    writeFileSync(join(folder, "uger.csv"), "Uge;Tæller;Nævner\nUge 40, 2018;90;100\nUge 41, 2018;;98\nUge 42, 2018;91;101\nUge 43, 2018;NA;99\nUge 44, 2018;88;97\n");
    const { code, stderr } = await run(["chart", "uger.csv", "--x", "Uge", "--y", "Tæller", "--n", "Nævner", "--chart", "p", "--locale", "da-DK", "--out", "u"]);
    expect(code).toBe(0);
    expect(lines(stderr)).toContain("shewhart: advarsel: uger.csv: 2 undergrupper har ingen værdi (Uge 41, 2018 i linje 3; Uge 43, 2018 i linje 5); vist som huller og udeladt af beregningerne");
  });

  it("prints each chart's warnings on stderr with its group, where they are in the file; --summary json has them; --quiet silences them", async () => {
    writeFileSync(join(folder, "d.csv"), units(["Afsnit Æ", "Afsnit Ø"], "Afsnit Æ"));
    const args = ["chart", "d.csv", "--x", "uge", "--y", "tæller", "--n", "nævner", "--group", "afsnit", "--chart", "p", "--out", "o"];
    const text = await run(args);
    expect(text.code).toBe(0);
    expect(lines(text.stderr)).toContain("shewhart: warning: Afsnit Æ: 1 subgroup has no value (2018-W12 on line 4); shown as gaps and left out of the calculations");
    expect(lines(text.stderr).every((l) => /^shewhart: warning: Afsnit [ÆØ]: /.test(l))).toBe(true);
    const json = await run([...args, "--summary", "json", "--out", "o2"]);
    const [first, second] = JSON.parse(json.stdout) as { warnings: { code: string; message: string }[] }[];
    expect(first?.warnings.map((w) => w.code)).toContain("missing_values");
    expect(second?.warnings.map((w) => w.code)).not.toContain("missing_values");
    const quiet = await run([...args, "--quiet", "--out", "o3"]);
    expect(quiet).toMatchObject({ code: 0, stderr: "" });
  });

  it("prefixes the warnings of a file without groups with the file's name", async () => {
    writeFileSync(join(folder, "v.csv"), "v\n1\n2\n3\n");
    const { code, stderr } = await run(["chart", "v.csv", "--y", "v", "--out", "o"]);
    expect(code).toBe(0);
    expect(stderr).toBe("shewhart: warning: v.csv: phase 1 has fewer than 10 useful points (2): the runs rules have little power to detect a shift\n");
  });
});

describe("errors in the user's terms", () => {
  it("names file, line, column and group for a value analyze refuses, not y[1]", async () => {
    writeFileSync(join(folder, "p.csv"), "unit,num,den\nA,1,4\nB,1,4\nA,5,4\n");
    const { code, stderr } = await run(["chart", "p.csv", "--y", "num", "--n", "den", "--group", "unit", "--chart", "p"]);
    expect(code).toBe(1);
    expect(stderr).toBe('shewhart: p.csv:4:2 (column "num"): group "A": numerator (5) exceeds denominator (4) in a p chart\n');
  });

  it("a numerator over a denominator of 0 is said of the denominator's column", async () => {
    writeFileSync(join(folder, "z.csv"), "uge;tæller;nævner\n1;26;44\n2;30;0\n3;20;40\n");
    const { code, stderr } = await run(["chart", "z.csv", "--y", "tæller", "--n", "nævner", "--chart", "p", "--locale", "da-DK"]);
    expect(code).toBe(1);
    expect(stderr).toBe(
      'shewhart: z.csv:3:3 (kolonne "nævner"): nævneren er 0, mens tælleren er 30: der kan ikke beregnes en andel i et P-diagram; kontrollér nævneren (0 er kun tilladt med tælleren 0 og vises som et hul)\n',
    );
  });

  it("takes a valid --improvement for every group, and names --freeze for a baseline longer than the data", async () => {
    writeFileSync(join(folder, "v.csv"), "unit,v\nA,1\nA,2\nA,3\nB,1\nB,2\nB,3\n");
    const { code, stderr } = await run(["chart", "v.csv", "--y", "v", "--group", "unit", "--improvement", "UP", "--freeze", "10", "--out", "o"]);
    expect(code).toBe(0);
    expect(lines(stderr)).toContain("shewhart: warning: A: the baseline of phase 1 (10 subgroups) is longer than the phase (3); the whole phase is used");
  });

  it("says in one line when --out is a file or cannot be created, without a stack trace", async () => {
    writeFileSync(join(folder, "v.csv"), "v\n1\n2\n3\n");
    writeFileSync(join(folder, "taken"), "");
    expect(await run(["chart", "v.csv", "--y", "v", "--out", "taken"])).toEqual({ code: 1, stdout: "", stderr: `shewhart: cannot use the folder ${join(folder, "taken")}: it is a file, not a folder\n` });
    expect(await run(["chart", "v.csv", "--y", "v", "--out", "taken/sub"])).toMatchObject({ code: 1, stdout: "" });
  });

  it("says a file with a header and no rows has no data (with and without --panels)", async () => {
    writeFileSync(join(folder, "h.csv"), "v\n");
    expect(await run(["chart", "h.csv", "--y", "v", "--panels"])).toEqual({ code: 1, stdout: "", stderr: "shewhart: h.csv: no rows of data below the header\n" });
    expect(existsSync(join(folder, "shewhart-charts"))).toBe(false);
    expect(await run(["chart", "h.csv", "--y", "v", "--locale", "da-DK"])).toEqual({ code: 1, stdout: "", stderr: "shewhart: h.csv: ingen datarækker under overskriften\n" });
  });

  it("says a --breaks or --exclude x that no subgroup has in the run's language (trial: --breaks \"Uge 30, 2019\")", async () => {
    writeFileSync(join(folder, "u.csv"), `afsnit;uge;v\n${Array.from({ length: 12 }, (_, i) => `A;Uge ${40 + i}, 2018;${i % 3}`).join("\n")}\n`);
    expect(await run(["chart", "u.csv", "--x", "uge", "--y", "v", "--breaks", "Uge 30, 2019", "--locale", "da-DK"])).toMatchObject({ code: 1, stderr: "shewhart: --breaks Uge 30, 2019: ingen undergruppe har den x-værdi\n" });
    expect(await run(["chart", "u.csv", "--x", "uge", "--y", "v", "--group", "afsnit", "--exclude", "Uge 30, 2019", "--locale", "da-DK"])).toMatchObject({ code: 1, stderr: 'shewhart: --exclude Uge 30, 2019: ingen undergruppe har den x-værdi i gruppen "A"\n' });
    expect(await run(["chart", "u.csv", "--x", "uge", "--y", "v", "--breaks", "Uge 30, 2019"])).toMatchObject({ code: 1, stderr: "shewhart: --breaks Uge 30, 2019: no subgroup has that x\n" });
  });

  it("ends at once with --out /proc/self/x", async () => {
    if (process.platform !== "linux") return;
    writeFileSync(join(folder, "v.csv"), "v\n1\n2\n3\n");
    expect(await run(["chart", "v.csv", "--y", "v", "--out", "/proc/self/x"])).toEqual({ code: 1, stdout: "", stderr: "shewhart: cannot create the folder /proc/self/x: no such file or folder (ENOENT)\n" });
  }, 5000);
});

describe("shewhart analyze with NDJSON", () => {
  it("answers every line: a result, or {line, error} for a bad one; exits 1 at the end", async () => {
    const input = [JSON.stringify({ chart: "c", y: [4, 5, 6] }), "", JSON.stringify({ y: [1, "a"] }), "{not json", JSON.stringify({ chart: "c", y: [1, 2, 3] })].join("\n");
    const { code, stdout, stderr } = await run(["analyze", "-"], `${input}\n`);
    expect(code).toBe(1);
    const out = stdout.split("\n");
    expect(out).toHaveLength(6);
    expect(JSON.parse(out[0] ?? "").phases[0].cl).toBe(5);
    expect(out[1]).toBe("");
    expect(JSON.parse(out[2] ?? "")).toEqual({ line: 3, error: { code: "invalid_input", message: 'analyze: invalid y[1]: expected a finite number or null, received "a"', path: ["y", 1] } });
    expect(JSON.parse(out[3] ?? "")).toMatchObject({ line: 4, error: { code: "invalid_json", path: [] } });
    expect(JSON.parse(out[4] ?? "").phases[0].cl).toBe(2);
    expect(stderr).toBe('shewhart: stdin: 2 of 4 lines could not be analysed (see their "error" lines)\n');
  });

  it("answers a line that is not JSON at all with its error, and CRLF line ends keep the numbering", async () => {
    const { code, stdout } = await run(["analyze", "-"], `${JSON.stringify({ chart: "c", y: [1, 2, 3] })}\r\ngarbage\r\n${JSON.stringify({ chart: "c", y: [4, 5, 6] })}\r\n`);
    expect(code).toBe(1);
    const out = stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(out.map((o) => o.phases?.[0]?.cl ?? o.line)).toEqual([2, 2, 5]);
    expect(out[1].error.code).toBe("invalid_json");
  });

  it("never prints a stack trace: a spec whose exclude holds 1,000,000 strings gives one line and exit 1", async () => {
    const exclude = Array.from({ length: 1_000_000 }, (_, i) => `x${i}`);
    writeFileSync(join(folder, "big.json"), JSON.stringify({ y: [1, 2, 3], exclude }));
    const { code, stdout, stderr } = await run(["analyze", "big.json"]);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(lines(stderr)).toHaveLength(1);
    expect(stderr).toMatch(/^shewhart: /);
    expect(stderr).not.toMatch(/\n\s+at /);
  }, 30_000);
});

describe("Danish out with --locale da-DK", () => {
  it("writes CSV as Danish Excel opens it: BOM, semicolons, decimal commas, Danish headers", async () => {
    writeFileSync(join(folder, "d.csv"), units(["Afsnit Æ"]));
    const { code, stdout } = await run(["chart", "d.csv", "--x", "uge", "--y", "tæller", "--n", "nævner", "--group", "afsnit", "--chart", "p", "--multiply", "100", "--locale", "da-DK", "--summary", "csv", "--out", "o"]);
    expect(code).toBe(0);
    expect(stdout.startsWith("\ufeffgruppe;diagram;undergrupper;CL;LCL;UCL;seriesignal;uden for grænser;retning;fil\n")).toBe(true);
    const row = lines(stdout)[1]?.split(";") ?? [];
    expect(row.slice(0, 3)).toEqual(["Afsnit Æ", "p", "20"]);
    expect(row[3]).toMatch(/^\d+,\d+$/);
    expect(row[9]).toBe("afsnit-ae.svg");
  });

  it("writes the text summary in Danish, and labels phases from a --phase column with its own values", async () => {
    writeFileSync(join(folder, "d.csv"), units(["Afsnit Æ"]));
    const { code, stdout } = await run(["chart", "d.csv", "--x", "uge", "--y", "tæller", "--n", "nævner", "--group", "afsnit", "--phase", "fase", "--chart", "p", "--locale", "da-DK", "--out", "o"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^gruppe\s+diagram\s+undergrupper\s+CL\s+LCL\s+UCL\s+seriesignal/);
    const svg = readFileSync(join(folder, "o", "afsnit-ae.svg"), "utf8");
    expect(svg).toContain(">Før<");
    expect(svg).toContain(">Efter<");
    expect(svg).not.toContain(">Fase 1<");
  });
});

describe("hostile files (#13)", () => {
  it("escapes control characters, escape sequences and bidi overrides from cells and group names in everything printed", async () => {
    const evil = "A\u001b[2J\u001b[1;31m\u202e";
    writeFileSync(join(folder, "e.csv"), `unit,v\n"${evil}\nB    run    9",1\n"${evil}\nB    run    9",2\n"${evil}\nB    run    9",3\n`);
    for (const summary of ["text", "csv", "json"]) {
      const { code, stdout, stderr } = await run(["chart", "e.csv", "--y", "v", "--group", "unit", "--summary", summary, "--out", `o-${summary}`]);
      expect(code).toBe(0);
      expect(`${stdout}${stderr}`).not.toMatch(/[\u001b\u202e]/);
      if (summary !== "json") expect(stdout).toContain("A\\x1b[2J\\x1b[1;31m\\u202e\\nB    run    9");
      expect(lines(stdout).filter((l) => /^B\s+run\s+9/.test(l))).toEqual([]);
    }
    const bad = await run(["chart", "e.csv", "--y", "unit"]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).not.toMatch(/[\u001b\u202e]/);
    expect(lines(bad.stderr)).toHaveLength(1);
  });

  it("puts a ' before text cells of --summary csv that a spreadsheet would read as a formula; numbers stay numbers", async () => {
    const rows = ["unit,v"];
    for (const unit of ["=HYPERLINK(\"http://evil\";\"x\")", "+1", "-2", "@SUM(A1)", "Tab"]) for (const v of [-3, -1, -2]) rows.push(`"${unit.replace(/"/g, '""')}",${v}`);
    writeFileSync(join(folder, "f.csv"), `${rows.join("\n")}\n`);
    const { code, stdout } = await run(["chart", "f.csv", "--y", "v", "--group", "unit", "--chart", "i", "--summary", "csv", "--out", "o"]);
    expect(code).toBe(0);
    const body = lines(stdout).slice(1);
    expect(body.map((l) => l.slice(0, 2))).toEqual(["\"'", "'+", "'-", "'@", "Ta"]);
    for (const line of body) expect(line).toMatch(/,i,3,-2\.000,/);
  });

  it("never lets a group's chart be overwritten by --panels or take index.html's name", async () => {
    writeFileSync(join(folder, "g.csv"), "unit,v\npanels all,1\npanels all,2\npanels,5\npanels,6\nindex,7\nindex,8\n");
    const { code } = await run(["chart", "g.csv", "--y", "v", "--group", "unit", "--panels", "--summary", "json", "--out", "o"]);
    expect(code).toBe(0);
    expect(readdirSync(join(folder, "o")).sort()).toEqual(["index-2.svg", "index.html", "panels-2.svg", "panels-all.svg", "panels.svg"]);
    expect(readFileSync(join(folder, "o", "panels-all.svg"), "utf8")).toContain("panels all");
    expect(readFileSync(join(folder, "o", "panels.svg"), "utf8")).toContain('class="shewhart-panel"');
  });

  it("caps --threads at the number of cores, with a message", async () => {
    writeFileSync(join(folder, "v.csv"), "v\n1\n2\n3\n");
    const { code, stderr } = await run(["chart", "v.csv", "--y", "v", "--threads", "200", "--out", "o"]);
    expect(code).toBe(0);
    expect(lines(stderr)[0]).toBe(`shewhart: --threads 200: using ${availableParallelism()}, the number of cores of this machine`);
  });

  it("refuses a second run into a folder another run is writing into", async () => {
    writeFileSync(join(folder, "v.csv"), "v\n1\n2\n3\n");
    const out = join(folder, "o");
    expect((await run(["chart", "v.csv", "--y", "v", "--out", "o", "--quiet"])).code).toBe(0);
    writeFileSync(join(out, ".shewhart.lock"), `${process.pid}\n${(await import("node:os")).hostname()}\n`);
    expect(await run(["chart", "v.csv", "--y", "v", "--out", "o"])).toMatchObject({ code: 1, stderr: `shewhart: another shewhart run is writing into ${out} (pid ${process.pid}); remove ${join(out, ".shewhart.lock")} if it is stale\n` });
    expect(existsSync(join(out, "chart.svg"))).toBe(true);
  });
});

describe("errors in the run's language (new-user trial: --locale da-DK)", () => {
  it("says a value analyze refuses in Danish, at its place in the file", async () => {
    writeFileSync(join(folder, "p.csv"), "afsnit;tæller;nævner\nA;1;4\nB;1;4\nA;65;60\n");
    const { code, stderr } = await run(["chart", "p.csv", "--y", "tæller", "--n", "nævner", "--group", "afsnit", "--chart", "p", "--locale", "da-DK"]);
    expect(code).toBe(1);
    expect(stderr).toBe('shewhart: p.csv:4:2 (kolonne "tæller"): gruppe "A": tælleren (65) er større end nævneren (60) i et P-diagram\n');
    writeFileSync(join(folder, "c.csv"), "uge;fald\n1;3\n2;-1\n");
    expect((await run(["chart", "c.csv", "--y", "fald", "--chart", "c", "--locale", "da-DK"])).stderr).toBe('shewhart: c.csv:3:2 (kolonne "fald"): forventede et antal (et helt tal >= 0) eller en tom celle i et C-diagram, fik -1\n');
    writeFileSync(join(folder, "tom.csv"), "uge;v\n1;\n2;NA\n");
    expect((await run(["chart", "tom.csv", "--y", "v", "--locale", "da-DK"])).stderr).toBe("shewhart: tom.csv: for få data: alle y mangler\n");
  });

  it("names the group of a refused value in English too (the inGroup prefix), at a line or for the whole group", async () => {
    writeFileSync(join(folder, "pg.csv"), "unit;num;den\nA;1;4\nB;1;4\nA;65;60\n");
    const line = await run(["chart", "pg.csv", "--y", "num", "--n", "den", "--group", "unit", "--chart", "p"]);
    expect(line).toMatchObject({ code: 1, stderr: 'shewhart: pg.csv:4:2 (column "num"): group "A": numerator (65) exceeds denominator (60) in a p chart\n' });
    writeFileSync(join(folder, "eg.csv"), "unit;v\nA;\nA;NA\nB;1\nB;2\n");
    expect(await run(["chart", "eg.csv", "--y", "v", "--group", "unit"])).toMatchObject({ code: 1, stderr: 'shewhart: eg.csv: group "A": insufficient data: every y is missing\n' });
    // Without a group there is no prefix.
    writeFileSync(join(folder, "e.csv"), "v\n\nNA\n");
    expect((await run(["chart", "e.csv", "--y", "v"])).stderr).toBe("shewhart: e.csv: insufficient data: every y is missing\n");
  });

  it("says reading errors in Danish, naming the flag that settles them", async () => {
    writeFileSync(join(folder, "d.csv"), "uge;y\n1;1.002\n2;2.004\n");
    expect((await run(["chart", "d.csv", "--y", "y", "--locale", "da-DK"])).stderr).toBe(
      'shewhart: d.csv:2:2 (kolonne "y"): decimaltegnet kan ikke afgøres: "1.002", "2.004" læses som 1.002 med decimalpunktum, men som 1002 med decimalkomma, og ingen anden værdi i filen afgør det; angiv --decimal , (decimalkomma, "." adskiller tusinder) eller --decimal . (decimalpunktum)\n',
    );
    writeFileSync(join(folder, "x.csv"), "uge;y\nUge 40, 2018;1\nUge 41, 2018;2\nukendt;3\n");
    expect((await run(["chart", "x.csv", "--x", "uge", "--y", "y", "--locale", "da-DK"])).stderr).toBe(
      'shewhart: x.csv:4:1 (kolonne "uge"): forventede en uge som "2018-W40" eller "Uge 40, 2018" ligesom resten af kolonnen, fandt "ukendt"; for at læse kolonnen som tekst: angiv --x-type category\n',
    );
    // Windows-1252 letters in a file that is otherwise UTF-8.
    writeFileSync(join(folder, "w.csv"), Buffer.concat([Buffer.from("afsnit;år\nø;1\n", "utf8"), Buffer.from([0xe6, 0x3b, 0x32, 0x0a])]));
    expect((await run(["chart", "w.csv", "--y", "år", "--locale", "da-DK"])).stderr).toMatch(/^shewhart: w\.csv:3: filen blander UTF-8 med et andet tegnsæt .*angiv --encoding windows-1252 for at læse det hele som Windows-1252\)\n$/);
    writeFileSync(join(folder, "r.csv"), "a;b\n1;2\n3\n");
    expect((await run(["chart", "r.csv", "--y", "b", "--locale", "da-DK"])).stderr).toBe("shewhart: r.csv:3: forventede 2 celler som i overskriften, fandt 1\n");
  });

  it("reads six-digit YYYYWW / YYYYMM x as weeks / months when the header names them, or with --x-type", async () => {
    const weeks = ["201850", "201851", "201852", "201901", "201902", "201903"];
    writeFileSync(join(folder, "w.csv"), `Uge;Antal\n${weeks.map((w, i) => `${w};${10 + (i % 3)}`).join("\n")}\n`);
    expect((await run(["chart", "w.csv", "--y", "Antal", "--x", "Uge", "--locale", "da-DK"])).code).toBe(0);
    const svg = readFileSync(join(folder, "shewhart-charts", "chart.svg"), "utf8");
    expect(svg).toContain("Periode: uge 50, 2018 – uge 3, 2019");
    expect(svg).not.toContain("201.850");
    // Windows-1252 "Måned", as Excel saves it.
    writeFileSync(join(folder, "m.csv"), Buffer.from("Måned;Antal\n201811;3\n201812;4\n201901;5\n", "latin1"));
    expect((await run(["chart", "m.csv", "--x", "Måned", "--y", "Antal", "--locale", "da-DK", "--out", "m"])).code).toBe(0);
    expect(readFileSync(join(folder, "m", "chart.svg"), "utf8")).toContain("Periode: nov. 2018 – jan. 2019");
    // No header hint: numbers, unless --x-type says weeks.
    writeFileSync(join(folder, "n.csv"), `x;Antal\n${weeks.map((w) => `${w};1`).join("\n")}\n`);
    expect((await run(["chart", "n.csv", "--x", "x", "--y", "Antal", "--x-type", "week", "--locale", "da-DK", "--out", "n"])).code).toBe(0);
    expect(readFileSync(join(folder, "n", "chart.svg"), "utf8")).toContain("Periode: uge 50, 2018 – uge 3, 2019");
    writeFileSync(join(folder, "e.csv"), "Uge;Antal\n201851;1\n201852;2\n201854;3\n");
    expect((await run(["chart", "e.csv", "--x", "Uge", "--y", "Antal", "--locale", "da-DK"])).stderr).toBe('shewhart: e.csv:4:1 (kolonne "Uge"): "201854" er ikke en gyldig uge: der er ingen uge 54\n');
  });

  it("reads months written with a point (01.2020, Excel's mm.åååå) as months in the calendar's order, never as numbers", async () => {
    // Read as numbers, 01.2020 was 1.202 and came before 11.2019: the latest observation was December 2019, without a word.
    writeFileSync(join(folder, "p.csv"), Buffer.from("Måned;Antal\n11.2019;3\n12.2019;4\n01.2020;5\n02.2020;6\n03.2020;7\n", "latin1"));
    expect((await run(["chart", "p.csv", "--x", "Måned", "--y", "Antal", "--chart", "run", "--locale", "da-DK", "--out", "p"])).code).toBe(0);
    const svg = readFileSync(join(folder, "p", "chart.svg"), "utf8");
    expect(svg).toContain("Seneste obs. (mar. 2020): 7,00");
    expect(svg).toContain("Periode: nov. 2019 – mar. 2020");
  });

  it("refuses a US export of month-first dates, every day up to 12, whose rows are in calendar order only month first (read day first before, silently)", async () => {
    writeFileSync(join(folder, "us.csv"), "Date,Count\n01/05/2018,10\n01/12/2018,12\n02/01/2018,11\n02/09/2018,9\n03/02/2018,13\n");
    const refused = await run(["chart", "us.csv", "--x", "Date", "--y", "Count", "--chart", "run"]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('us.csv:4:1 (column "Date"): every date reads both day first and month first, and the rows are in calendar order only month first');
    expect((await run(["chart", "us.csv", "--x", "Date", "--y", "Count", "--chart", "run", "--date-order", "mdy", "--out", "us"])).code).toBe(0);
    expect(readFileSync(join(folder, "us", "chart.svg"), "utf8")).toContain("Period: 5 Jan 2018 – 2 Mar 2018");
  });

  it("keeps the English text in English runs", async () => {
    writeFileSync(join(folder, "d.csv"), "uge;y\n1;1.002\n2;2.004\n");
    expect((await run(["chart", "d.csv", "--y", "y"])).stderr).toBe(
      'shewhart: d.csv:2:2 (column "y"): cannot tell the decimal mark: "1.002", "2.004" read as 1.002 with a decimal point but as 1002 with a decimal comma, and no other value in the file settles it; give --decimal , (comma decimals, "." groups thousands) or --decimal . (point decimals)\n',
    );
    writeFileSync(join(folder, "c.csv"), "uge;fald\n1;3\n2;-1\n");
    expect((await run(["chart", "c.csv", "--y", "fald", "--chart", "c", "--locale", "en-GB"])).stderr).toBe('shewhart: c.csv:3:2 (column "fald"): expected a count (an integer >= 0) or an empty cell in a c chart, received -1\n');
  });
});

describe("the summary's numbers", () => {
  it("gives a row's centre line and limits to the same decimals (a user's trial read '73,3  54,49  92,109')", async () => {
    const { formatSummary } = await import("../../src/cli/summaryTable.ts");
    const line = { group: "alle", chart: "p", subgroups: 30, cl: 73.2997, lcl: 54.4903, ucl: 92.10912, runsSignal: true, sigmaSignals: 3, direction: null, verdict: "", file: "chart.svg", warnings: [] } as const;
    expect(formatSummary([line], "csv")).toContain(",73.300,54.490,92.109,");
    expect(formatSummary([{ ...line, chart: "c", cl: 12, lcl: 1.5, ucl: 22.4 }], "csv")).toContain(",12.0,1.5,22.4,");
    expect(formatSummary([{ ...line, chart: "run", cl: 12, lcl: null, ucl: null }], "csv")).toContain(",12,,,");
  });
});
