// The real binary on the exports of #11 "Why": every spelling, number format and encoding gives exactly
// the analysis of the ISO-dated file, and what cannot be read right is refused naming file, line, column and value.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import writeXlsxFile from "write-excel-file/node";
import { afterAll, describe, expect, it } from "vitest";

const bin = join(import.meta.dirname, "..", "..", "bin", "shewhart.mjs");
const folder = mkdtempSync(join(tmpdir(), "shewhart-read-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const run = (args: string[]) => spawnSync(process.execPath, [bin, ...args], { cwd: folder, encoding: "utf8" });
let files = 0;
/** Writes a file and charts it: the summary as JSON (with the file name column dropped), exit code and stderr. */
function chart(content: string | Uint8Array, args: string[], extension = "csv") {
  const name = `f${files++}.${extension}`;
  writeFileSync(join(folder, name), content);
  const result = run(["chart", name, ...args, "--summary", "json", "--out", `out-${name}`]);
  const summary = result.status === 0 ? (JSON.parse(result.stdout) as Record<string, unknown>[]).map(({ file: _file, ...rest }) => rest) : null;
  return { status: result.status, stderr: result.stderr, summary };
}
const cp1252 = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));

// 30 weeks from ISO week 14 of 2018, with a clear shift up after week 20 of the series.
const weeks = Array.from({ length: 30 }, (_, k) => {
  const monday = Date.UTC(2018, 3, 2) + k * 7 * 86_400_000;
  return { iso: new Date(monday).toISOString().slice(0, 10), year: 2018, week: 14 + k, num: k < 18 ? 80 + ((k * 7) % 9) : 96 + ((k * 5) % 7), den: 110 };
});
const weekArgs = ["--x", "tid", "--y", "tæller", "--n", "nævner", "--chart", "p"];

describe("x spellings that used to become unordered categories", () => {
  const iso = chart(`tid,tæller,nævner\n${weeks.map((w) => `${w.iso},${w.num},${w.den}`).join("\n")}\n`, [...weekArgs, "--period", "week"]);

  it("the ISO-dated file signals the shift", () => {
    expect(iso.status).toBe(0);
    expect(iso.summary?.[0]).toMatchObject({ runsSignal: true });
  });

  it.each([
    ["Uge 40, 2018", (w: (typeof weeks)[number]) => `Uge ${w.week}, ${w.year}`],
    ["Uge 20 2023", (w: (typeof weeks)[number]) => `Uge ${w.week} ${w.year}`],
    ["2018 uge 40", (w: (typeof weeks)[number]) => `${w.year} uge ${w.week}`],
    ["uge 40-2018", (w: (typeof weeks)[number]) => `uge ${w.week}-${w.year}`],
    ["Week 40 2018", (w: (typeof weeks)[number]) => `Week ${w.week} ${w.year}`],
    ["2018W40", (w: (typeof weeks)[number]) => `${w.year}W${w.week}`],
  ])("weeks spelled %j give the ISO file's analysis", (_, spell) => {
    const spelled = chart(`tid;tæller;nævner\n${weeks.map((w) => `${spell(w)};${w.num};${w.den}`).join("\n")}\n`, weekArgs);
    expect(spelled.stderr).toBe("");
    expect(spelled.summary).toEqual(iso.summary);
  });

  const months = Array.from({ length: 24 }, (_, k) => ({ year: 2022 + Math.floor(k / 12), month: (k % 12) + 1, num: k < 14 ? 80 + ((k * 7) % 9) : 96 + ((k * 5) % 7) }));
  const da = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"];
  const isoMonths = chart(`tid,tæller,nævner\n${months.map((m) => `${m.year}-${String(m.month).padStart(2, "0")}-01,${m.num},110`).join("\n")}\n`, [...weekArgs, "--period", "month"]);
  it.each([
    ["2023-01", (m: (typeof months)[number]) => `${m.year}-${String(m.month).padStart(2, "0")}`],
    ["januar 2023", (m: (typeof months)[number]) => `${da[m.month - 1]} ${m.year}`],
    ["jan 2023", (m: (typeof months)[number]) => `${da[m.month - 1]!.slice(0, 3)} ${m.year}`],
    ["jan. 2023", (m: (typeof months)[number]) => `${da[m.month - 1]!.slice(0, 3)}. ${m.year}`],
  ])("months spelled %j give the ISO file's analysis", (_, spell) => {
    expect(isoMonths.summary?.[0]).toMatchObject({ runsSignal: true });
    const spelled = chart(`tid;tæller;nævner\n${months.map((m) => `${spell(m)};${m.num};110`).join("\n")}\n`, weekArgs);
    expect(spelled.stderr).toBe("");
    expect(spelled.summary).toEqual(isoMonths.summary);
  });

  const quarters = Array.from({ length: 20 }, (_, k) => ({ year: 2019 + Math.floor(k / 4), quarter: (k % 4) + 1, num: k < 11 ? 80 + ((k * 7) % 9) : 96 + ((k * 5) % 7) }));
  const isoQuarters = chart(`tid,tæller,nævner\n${quarters.map((q) => `${q.year}-${String(q.quarter * 3 - 2).padStart(2, "0")}-01,${q.num},110`).join("\n")}\n`, [...weekArgs, "--period", "quarter"]);
  it.each([
    ["2023-Q1", (q: (typeof quarters)[number]) => `${q.year}-Q${q.quarter}`],
    ["2023K1", (q: (typeof quarters)[number]) => `${q.year}K${q.quarter}`],
    ["1. kvt. 2023", (q: (typeof quarters)[number]) => `${q.quarter}. kvt. ${q.year}`],
  ])("quarters spelled %j give the ISO file's analysis", (_, spell) => {
    const spelled = chart(`tid;tæller;nævner\n${quarters.map((q) => `${spell(q)};${q.num};110`).join("\n")}\n`, weekArgs);
    expect(spelled.stderr).toBe("");
    expect(spelled.summary).toEqual(isoQuarters.summary);
  });

  it("--breaks given as a spelling resolves through the same reader", () => {
    const iso = chart(`tid,tæller,nævner\n${weeks.map((w) => `${w.iso},${w.num},${w.den}`).join("\n")}\n`, [...weekArgs, "--period", "week", "--breaks", weeks[18]!.iso]);
    const spelled = chart(`tid;tæller;nævner\n${weeks.map((w) => `Uge ${w.week}, ${w.year};${w.num};${w.den}`).join("\n")}\n`, [...weekArgs, "--breaks", "Uge 32, 2018"]);
    expect(spelled.stderr).toBe("");
    expect(spelled.summary).toEqual(iso.summary);
  });
});

describe("categories", () => {
  it("a category that looks like a month is matched by --breaks as written", () => {
    const rows = ["Afsnit A", "Afsnit B", "2018-01", "Afsnit C", "Afsnit D", "Afsnit E"].map((unit, k) => `${unit};${k < 3 ? 5 : 9}`);
    const result = chart(`enhed;y\n${rows.join("\n")}\n`, ["--x", "enhed", "--y", "y", "--breaks", "Afsnit C"]);
    expect(result.stderr).toBe("");
    expect(result.summary?.[0]!["cl"]).toBe(9);
    const month = chart(`enhed;y\n${rows.join("\n")}\n`, ["--x", "enhed", "--y", "y", "--breaks", "2018-01"]);
    expect(month.stderr).toBe("");
  });
});

describe("one impossible date", () => {
  it.each([1, 3])("in row %d is an error naming file, line, column and value", (row) => {
    const dates = ["2024-02-27", "2024-02-28", "2024-02-29", "2024-03-01", "2024-03-02"];
    dates[row - 1] = "2024-02-30";
    const result = chart(`dato,y\n${dates.map((d, i) => `${d},${i}`).join("\n")}\n`, ["--x", "dato", "--y", "y"]);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(`shewhart: f${files - 1}.csv:${row + 1}:1 (column "dato"): "2024-02-30" is no date: 2024-02 has no day 30\n`);
  });
});

describe("numbers", () => {
  it("Danish thousands (1.002) settled by decimal commas elsewhere in the file, whatever line they are on", () => {
    const rows = Array.from({ length: 250 }, (_, k) => `${k + 1};${k % 2 === 0 ? "1.002" : "987"};${k < 249 ? "100" : "100,5"}`);
    const result = chart(`uge;infektioner;sengedage\n${rows.join("\n")}\n`, ["--x", "uge", "--y", "infektioner", "--n", "sengedage", "--chart", "u"]);
    expect(result.stderr).toBe("");
    expect(result.summary?.[0]!["cl"]).toBeCloseTo((125 * 1002 + 125 * 987) / (249 * 100 + 100.5), 3);
  });

  it("an ambiguous column is refused naming the column, the values and the option; --decimal settles it", () => {
    const text = `uge;y\n${Array.from({ length: 10 }, (_, k) => `${k + 1};${k % 2 === 0 ? "1.002" : "2.004"}`).join("\n")}\n`;
    const refused = chart(text, ["--x", "uge", "--y", "y", "--chart", "c"]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('(column "y"): cannot tell the decimal mark: "1.002", "2.004"');
    expect(refused.stderr).toContain("--decimal , ");
    expect(refused.stderr).toContain("--decimal .");
    expect(chart(text, ["--x", "uge", "--y", "y", "--chart", "c", "--decimal", ","]).summary?.[0]!["cl"]).toBe(1503);
    expect(chart(text, ["--x", "uge", "--y", "y", "--decimal", "."]).summary?.[0]!["cl"]).toBeCloseTo(1.503, 9);
  });

  it("a tab-separated Danish export with 0,125 0,250 0,375 reads decimal commas", () => {
    const result = chart(`uge\tandel\n${["0,125", "0,250", "0,375"].map((v, k) => `2018-W${10 + k}\t${v}`).join("\n")}\n`, ["--x", "uge", "--y", "andel"]);
    expect(result.summary?.[0]!["cl"]).toBe(0.25);
  });

  it("decimal commas first appearing after line 200 are decimals", () => {
    const rows = Array.from({ length: 260 }, (_, k) => `${k + 1};${k < 230 ? "1" : "0,125"}`);
    const result = chart(`k;y\n${rows.join("\n")}\n`, ["--x", "k", "--y", "y", "--chart", "i"]);
    expect(result.stderr).toBe("");
    expect(result.summary?.[0]!["cl"]).toBeCloseTo((230 + 30 * 0.125) / 260, 9);
  });

  it("1.234,5, 1 234,5, 95,4 % and the minus sign read as written", () => {
    const result = chart(`k;y\n1;1.234,5\n2;1 234,5\n3;1\u00a0234,5\n4;"1.234,5"\n`, ["--x", "k", "--y", "y", "--chart", "i"]);
    expect(result.summary?.[0]!["cl"]).toBe(1234.5);
    expect(chart(`k;y\n1;95,4 %\n2;\u221295,4 %\n`, ["--x", "k", "--y", "y", "--chart", "i"]).summary?.[0]!["cl"]).toBe(0);
  });
});

describe("separators", () => {
  it("a file where , and ; both split every line alike reads with ; and --separator says otherwise", () => {
    expect(chart("a;b,c\n1;2,5\n3;4,5\n", ["--y", "b,c"]).summary?.[0]!["cl"]).toBe(3.5);
    expect(chart("a;b,c\n1;2,5\n3;4,5\n", ["--y", "c", "--separator", ","]).summary?.[0]!["cl"]).toBe(5);
    expect(chart("a\tb\n1\t2\n", ["--y", "b", "--separator", "tab"]).status).toBe(0);
    expect(chart("a\n1\n", ["--y", "a", "--separator", "|"])).toMatchObject({ status: 2, stderr: "shewhart: --separator |: expected , ; or tab\n" });
  });
});

describe("encodings", () => {
  const text = "afsnit;uge;tæller;nævner\n" + ["Afsnit Æ", "Afsnit Ø"].flatMap((unit, u) => weeks.slice(0, 12).map((w) => `${unit};Uge ${w.week}, ${w.year};${w.num - u * 10};${w.den}`)).join("\r\n") + "\r\n";
  const args = ["--x", "uge", "--y", "tæller", "--n", "nævner", "--group", "afsnit", "--chart", "p"];

  it("Excel's CSV (semicolon separated), Windows-1252: Danish headers found, Æ and Ø two groups", () => {
    const utf8 = chart(text, args);
    const windows = chart(cp1252(text), args);
    expect(utf8.summary?.map((s) => s["group"])).toEqual(["Afsnit Æ", "Afsnit Ø"]);
    expect(windows.stderr).toBe("");
    expect(windows.summary).toEqual(utf8.summary);
  });

  it("UTF-16 with BOM and UTF-8 with BOM read alike", () => {
    const utf8 = chart(text, args);
    const le = new Uint8Array(2 + text.length * 2);
    le.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      le[2 + 2 * i] = text.charCodeAt(i) & 0xff;
      le[3 + 2 * i] = text.charCodeAt(i) >> 8;
    }
    expect(chart(le, args).summary).toEqual(utf8.summary);
    expect(chart(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]), args).summary).toEqual(utf8.summary);
  });
});

describe("xlsx", () => {
  it("a date cell out of range is an error naming the cell, not a crash", async () => {
    const name = "baddate.xlsx";
    await writeXlsxFile([[{ value: "dato" }, { value: "y" }], [{ value: 1e9, type: Number, format: "yyyy-mm-dd" }, { value: 1, type: Number }]] as never).toFile(join(folder, name));
    const result = run(["chart", name, "--x", "dato", "--y", "y"]);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('shewhart: baddate.xlsx:2:1 (column "dato"): a date cell holds a value that is no date (out of range); check the cell\'s number format\n');
  });

  it("number cells never depend on a decimal mark, text cells are read like CSV cells", async () => {
    const name = "mixed.xlsx";
    const rows = [[{ value: "uge" }, { value: "y" }], ...[1.002, 2.004, 3.5].map((v, k) => [{ value: `Uge ${40 + k}, 2018` }, { value: v, type: Number }])];
    await writeXlsxFile(rows as never).toFile(join(folder, name));
    const result = run(["chart", name, "--x", "uge", "--y", "y", "--chart", "i", "--summary", "json", "--out", "xl"]);
    expect(result.stderr).toBe("");
    expect(JSON.parse(result.stdout)[0].cl).toBeCloseTo(6.506 / 3, 9);
    expect(readdirSync(join(folder, "xl"))).toContain("chart.svg");
  });
});
