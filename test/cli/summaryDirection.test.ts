// The summary's direction column after a split (new-user trial): the last phase's own signals, or its sustained shift against the previous phase.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { analyze } from "../../src/index.ts";
import type { CliIo } from "../../src/cli/io.ts";
import { main } from "../../src/cli/main.ts";
import { summaryDirection } from "../../src/cli/summaryDirection.ts";

let folder = "";
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), "shewhart-direction-"));
});
afterEach(() => {
  rmSync(folder, { recursive: true, force: true });
});

async function run(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const io: CliIo = { stdout: { write: (t: string) => (stdout += t) }, stderr: { write: (t: string) => (stderr += t) }, stdin: async () => "", cwd: folder, interactive: false };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

const stable = [10, 11, 9, 10, 12, 10, 9, 11, 10, 9, 11, 10, 12, 9, 10, 11];
const raised = stable.map((v) => v + 5);

describe("summaryDirection(assessment)", () => {
  it("a last phase without signals of its own takes the direction of its sustained shift against the previous phase", () => {
    const up = analyze({ chart: "i", y: [...stable, ...raised], breaks: [16], improvement: "up" }).assessment;
    expect(up).toMatchObject({ changed: false, direction: null, comparison: { shifted: true, direction: "improvement" } });
    expect(summaryDirection(up)).toBe("improvement");
    expect(summaryDirection(analyze({ chart: "i", y: [...stable, ...raised], breaks: [16], improvement: "down" }).assessment)).toBe("deterioration");
  });

  it("nothing when the difference may be chance, without improvement, or with one phase", () => {
    const close = analyze({ chart: "i", y: [...stable, ...stable.map((v, i) => v + (i % 2 === 0 ? 0.5 : -0.3))], breaks: [16], improvement: "up" }).assessment;
    expect(close.comparison).toMatchObject({ shifted: false });
    expect(summaryDirection(close)).toBeNull();
    expect(summaryDirection(analyze({ chart: "i", y: [...stable, ...raised], breaks: [16] }).assessment)).toBeNull();
    expect(summaryDirection(analyze({ chart: "i", y: stable, improvement: "up" }).assessment)).toBeNull();
  });

  it("a last phase with signals of its own keeps their direction", () => {
    const own = analyze({ chart: "i", y: [...stable, ...raised, 40], breaks: [16], improvement: "down" }).assessment;
    expect(own).toMatchObject({ changed: true, direction: "deterioration" });
    expect(summaryDirection(own)).toBe("deterioration");
  });
});

describe("shewhart chart --breaks: the summary's direction column of the last phase", () => {
  const csv = (): string => `måned;værdi\n${[...stable, ...raised].map((v, i) => `${2019 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}-01;${v}`).join("\n")}\n`;

  it("Danish CSV: 'retning' says forbedring, as the verdict does", async () => {
    writeFileSync(join(folder, "m.csv"), csv());
    const { code, stdout } = await run(["chart", "m.csv", "--x", "måned", "--y", "værdi", "--chart", "i", "--breaks", "2020-05-01", "--improvement", "up", "--locale", "da-DK", "--summary", "csv", "--out", "out", "--quiet"]);
    expect(code).toBe(0);
    const [header, row] = stdout.replace(/^\ufeff/, "").trim().split("\n").map((line) => line.split(";"));
    expect(row?.[header?.indexOf("retning") ?? -1]).toBe("forbedring");
    expect(readFileSync(join(folder, "out", "index.html"), "utf8")).toContain("et vedvarende skift op: en forbedring");
  });

  it("text and JSON alike; nothing without --improvement", async () => {
    writeFileSync(join(folder, "m.csv"), csv());
    const text = await run(["chart", "m.csv", "--x", "måned", "--y", "værdi", "--chart", "i", "--breaks", "2020-05-01", "--improvement", "down", "--out", "a", "--quiet"]);
    expect(text.stdout).toMatch(/^all\s+i\s+32\s.*\bdeterioration\s+chart\.svg$/m);
    const json = await run(["chart", "m.csv", "--x", "måned", "--y", "værdi", "--chart", "i", "--breaks", "2020-05-01", "--summary", "json", "--out", "b", "--quiet"]);
    expect(JSON.parse(json.stdout)[0]).toMatchObject({ direction: null, runsSignal: false });
  });
});
