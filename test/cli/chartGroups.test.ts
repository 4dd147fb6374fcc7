// A chart's title when the command line gives neither --title nor --group (new-user trial: the report said "Chart 1").
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { CliIo } from "../../src/cli/io.ts";
import { main } from "../../src/cli/main.ts";

let folder = "";
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), "shewhart-title-"));
});
afterEach(() => {
  rmSync(folder, { recursive: true, force: true });
});

async function run(argv: string[]): Promise<number> {
  const io: CliIo = { stdout: { write: () => undefined }, stderr: { write: () => undefined }, stdin: async () => "", cwd: folder, interactive: false };
  return main(argv, io);
}

const titleOf = (svg: string): string | undefined => /<title id="[^"]*-title">([^<]*)<\/title>/.exec(svg)?.[1];

describe("shewhart chart without --title and --group: the chart is named from the data", () => {
  it("by its y column's header, drawn as the chart's title and used as its name in the report", async () => {
    writeFileSync(join(folder, "data.csv"), "uge;Ventetid (dage)\n2018-W01;4\n2018-W02;5\n2018-W03;6\n");
    expect(await run(["chart", "data.csv", "--x", "uge", "--y", "Ventetid (dage)", "--out", "out", "--quiet"])).toBe(0);
    expect(titleOf(readFileSync(join(folder, "out", "chart.svg"), "utf8"))).toBe("Ventetid (dage)");
    const report = readFileSync(join(folder, "out", "index.html"), "utf8");
    expect(report).toContain('<a href="#chart-1">Ventetid (dage)</a>');
    expect(report).not.toMatch(/Chart 1|Diagram 1/);
  });

  it("a ratio by both headers", async () => {
    writeFileSync(join(folder, "fmk.csv"), "uge;ajourført;udskrevne\n2018-W01;90;100\n2018-W02;95;100\n2018-W03;93;100\n");
    expect(await run(["chart", "fmk.csv", "--x", "uge", "--y", "ajourført", "--n", "udskrevne", "--chart", "p", "--out", "p.svg", "--quiet"])).toBe(0);
    expect(titleOf(readFileSync(join(folder, "p.svg"), "utf8"))).toBe("ajourført / udskrevne");
  });

  it("a y column without a header: the file's name", async () => {
    writeFileSync(join(folder, "infektioner.csv"), "uge;\n2018-W01;4\n2018-W02;5\n2018-W03;6\n");
    expect(await run(["chart", "infektioner.csv", "--x", "uge", "--y", "", "--out", "i.svg", "--quiet"])).toBe(0);
    expect(titleOf(readFileSync(join(folder, "i.svg"), "utf8"))).toBe("infektioner");
  });

  it("--title and groups still name the chart as before", async () => {
    writeFileSync(join(folder, "g.csv"), "afsnit;v\nA;1\nA;2\nA;3\nB;4\nB;5\nB;6\n");
    expect(await run(["chart", "g.csv", "--y", "v", "--group", "afsnit", "--title", "Fald", "--out", "g", "--quiet"])).toBe(0);
    expect(titleOf(readFileSync(join(folder, "g", "a.svg"), "utf8"))).toBe("Fald · A");
    expect(await run(["chart", "g.csv", "--y", "v", "--title", "Fald", "--out", "t.svg", "--quiet"])).toBe(0);
    expect(titleOf(readFileSync(join(folder, "t.svg"), "utf8"))).toBe("Fald");
  });
});

describe("shewhart chart with an x column of plain years (new-user trial: a Danish axis printed 2.018)", () => {
  it("read as numbers, printed as years on the axis, in the tooltips, the facts and the report", async () => {
    const rows = [2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022].map((year, i) => `${year};${[5, 6, 5, 7, 6, 5, 6, 6][i]}`);
    writeFileSync(join(folder, "år.csv"), `år;fald\n${rows.join("\n")}\n`);
    expect(await run(["chart", "år.csv", "--x", "år", "--y", "fald", "--chart", "i", "--locale", "da-DK", "--out", "out", "--quiet"])).toBe(0);
    const svg = readFileSync(join(folder, "out", "chart.svg"), "utf8");
    expect(svg).toContain(">2018</text>");
    expect(svg).toContain("<title>2018: 7,00</title>");
    const report = readFileSync(join(folder, "out", "index.html"), "utf8");
    expect(report).toContain("<dd>2015 – 2022</dd>");
    for (const text of [svg, report]) expect(text).not.toMatch(/\b2\.0[12]\d\b/);
  });
});
