// The app shows the same analysis as `shewhart chart` run with the command line the app prints.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { JSDOM } from "jsdom";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startAppServer, type AppServer } from "../../src/cli/appServer.ts";
import type { CliIo } from "../../src/cli/io.ts";
import { main } from "../../src/cli/main.ts";
import { danishExport, denominators, numerators } from "../app/fixtures.ts";
import { shellWords } from "../app/shellWords.ts";

const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const root = join(import.meta.dirname, "..", "..", "dist", "app");
let app: AppServer;
let browser: Browser;
let folder = "";

beforeAll(async () => {
  if (!existsSync(join(root, "index.html"))) throw new Error("dist/app is not built: run npm run build first");
  app = await startAppServer(root, 0);
  browser = await chromium.launch({ executablePath, args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
  folder = mkdtempSync(join(tmpdir(), "shewhart-app-cli-"));
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
  rmSync(folder, { recursive: true, force: true });
});

/** What makes two drawings the same analysis: the points' kinds, the centre and limit lines, the phases, the description. */
const fingerprintScript = (svg: Element): Record<string, string[]> => {
  const all = (selector: string, read: (e: Element) => string): string[] => Array.from(svg.querySelectorAll(selector)).map(read);
  return {
    points: all(".shewhart-point", (e) => `${e.getAttribute("data-index")} ${(e.getAttribute("class") ?? "").split(" ").filter((c) => c.startsWith("shewhart-")).join(" ")}`),
    lines: all(".shewhart-centre-lines *, .shewhart-limits *, .shewhart-target, .shewhart-target *, .shewhart-baseline *", (e) => `${e.tagName} ${e.getAttribute("class")} ${["d", "x1", "x2", "y1", "y2", "x", "y", "width", "height"].map((a) => e.getAttribute(a) ?? "").join(" ")} ${e.children.length === 0 ? (e.textContent ?? "") : ""}`).sort(),
    phases: all(".shewhart-phase-divider", (e) => `${e.getAttribute("x1")}`),
    desc: all("desc", (e) => e.textContent ?? ""),
  };
};

async function cli(argv: string[]): Promise<{ code: number; stderr: string }> {
  let stderr = "";
  const io: CliIo = { stdout: { write: () => true }, stderr: { write: (t: string) => (stderr += t) }, stdin: async () => "", cwd: folder, interactive: false };
  return { code: await main(argv, io), stderr };
}

async function appCommand(page: Page): Promise<string> {
  return (await page.getByTestId("command").textContent()) ?? "";
}

/** A weekly proportion ("uge;ajourført;udskrevne", ISO weeks from 2018-W40), written to the folder as `name` and opened in the app in a page of `locale`. */
async function openWeekly(name: string, locale: string): Promise<Page> {
  const lines = ["uge;ajourført;udskrevne"];
  numerators.forEach((num, k) => lines.push(`${k < 13 ? "2018" : "2019"}-W${String(k < 13 ? 40 + k : k - 12).padStart(2, "0")};${num};${denominators[k]}`));
  const csv = `\ufeff${lines.join("\n")}\n`;
  writeFileSync(join(folder, name), csv);
  const page = await browser.newPage({ locale });
  await page.goto(app.url);
  await page.getByTestId("file").setInputFiles({ name, mimeType: "text/csv", buffer: Buffer.from(csv) });
  await page.waitForSelector('[data-testid="chart"] svg');
  return page;
}

describe("app and command line agree", () => {
  it("on a weekly P chart with baseline, target, direction, a phase and an exclusion", async () => {
    const page = await openWeekly("fmk.csv", "en-GB");
    expect(await page.getByTestId("chart-type").inputValue()).toBe("p");
    expect(await page.getByTestId("n-column").inputValue()).toBe("udskrevne");
    await page.getByTestId("improvement").selectOption("up");
    await page.getByTestId("target").fill("95");
    await page.getByTestId("target").press("Enter");
    await page.getByTestId("target").blur();
    await page.getByTestId("baseline").selectOption("10");
    await page.locator('[data-testid="chart"] .shewhart-point[data-index="14"]').focus();
    await page.keyboard.press("p");
    await page.locator('[data-testid="chart"] .shewhart-point[data-index="4"]').focus();
    await page.keyboard.press("x");
    await page.keyboard.press("Enter");
    const command = await appCommand(page);
    expect(command).toBe("npx shewhart chart fmk.csv --x uge --y ajourført --n udskrevne --chart p --period week --improvement up --target 95 --multiply 100 --freeze 10 --breaks 2019-W02 --exclude 2018-W44 --locale en-GB");
    const fromApp = await page.locator('[data-testid="chart"] svg').evaluate(fingerprintScript);

    const argv = shellWords(command).slice(2);
    const out = await cli([...argv, "--out", "chart.svg"]);
    expect(out).toEqual({ code: 0, stderr: "" });
    const svg = new JSDOM(readFileSync(join(folder, "chart.svg"), "utf8"), { contentType: "image/svg+xml" }).window.document.documentElement;
    expect(fromApp).toEqual(fingerprintScript(svg));
    expect(fromApp.points.filter((p) => p.includes("excluded"))).toEqual(["4 shewhart-point shewhart-point-plain shewhart-excluded"]);
    // The SVG the app downloads is the command's file, element for element and attribute for attribute.
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("download-svg").click()]);
    const canonical = (node: Element): string => {
      const attributes = Array.from(node.attributes).filter((a) => a.name !== "xmlns").map((a) => `${a.name}=${JSON.stringify(a.value)}`).sort();
      const children = Array.from(node.childNodes).map((c) => (c.nodeType === 1 ? canonical(c as Element) : (c.textContent ?? "").trim() === "" ? "" : JSON.stringify(c.textContent)));
      return `<${node.tagName} ${attributes.join(" ")}>${children.join("")}</${node.tagName}>`;
    };
    const serialise = (text: string): string => canonical(new JSDOM(text, { contentType: "image/svg+xml" }).window.document.documentElement);
    expect(serialise(readFileSync((await download.path()) as string, "utf8"))).toBe(serialise(readFileSync(join(folder, "chart.svg"), "utf8")));
    expect(fromApp.phases).toHaveLength(1);
    await page.close();
  });

  it("on a run chart of proportions, drawn in percent as the P chart is (--multiply 100 --percent), and the I chart of a rate not", async () => {
    const page = await openWeekly("share.csv", "da-DK");
    await page.getByTestId("chart-type").selectOption("run");
    await page.getByTestId("baseline").selectOption("10");
    await expect.poll(() => appCommand(page)).toContain("--freeze 10");
    const command = await appCommand(page);
    expect(command).toBe("npx shewhart chart share.csv --x uge --y ajourført --n udskrevne --chart run --period week --multiply 100 --percent --freeze 10 --locale da-DK");
    const facts = (await page.locator('[data-testid="chart"] svg .shewhart-facts').allTextContents()).join(" ");
    expect(facts).toMatch(/Seneste median \(baseline\): \d+,\d\s%/);
    const fromApp = await page.locator('[data-testid="chart"] svg').evaluate(fingerprintScript);
    const out = await cli([...shellWords(command).slice(2), "--out", "share.svg"]);
    expect(out.code).toBe(0);
    const svg = new JSDOM(readFileSync(join(folder, "share.svg"), "utf8"), { contentType: "image/svg+xml" }).window.document.documentElement;
    expect(fromApp).toEqual(fingerprintScript(svg));
    expect(Array.from(svg.querySelectorAll(".shewhart-facts"), (e) => e.textContent).join(" ")).toBe(facts);
    // Counts over bed days are a rate: its I chart stays at the scale it is read at, in numbers.
    const rate = `dag;infektioner;sengedage\n${Array.from({ length: 20 }, (_, k) => `2024-01-${String(k + 1).padStart(2, "0")};${k % 4};${300 + k}`).join("\n")}\n`;
    await page.getByTestId("file").setInputFiles({ name: "rate.csv", mimeType: "text/csv", buffer: Buffer.from(rate) });
    await expect.poll(() => appCommand(page)).toContain("rate.csv");
    await page.getByTestId("chart-type").selectOption("i");
    await expect.poll(() => appCommand(page)).toContain("--chart i");
    expect(await appCommand(page)).not.toMatch(/--multiply|--percent/);
    await page.close();
  });

  it("on daily dd-mm-yyyy dates, unordered and some twice, after a change of baseline, a phase and an exclusion (each analysed again from the same x)", async () => {
    // 400 days from 30-12-2023: every 7th row comes before the row above it and every 11th day has a second row, so
    // subgroups are formed by sorting; the app keeps the reading of x between its analyses, the CLI reads it once.
    const rows: string[] = [];
    for (let k = 0; k < 400; k++) {
      const d = new Date(Date.UTC(2023, 11, 30 + k));
      const date = `${String(d.getUTCDate()).padStart(2, "0")}-${String(d.getUTCMonth() + 1).padStart(2, "0")}-${d.getUTCFullYear()}`;
      const n = 80 + ((k * 37) % 41);
      const count = Math.round(n * (k > 250 ? 0.62 : 0.5)) - ((k * 13) % 7);
      rows.push(`${date};${count};${n}`);
      if (k % 11 === 0) rows.push(`${date};${Math.round(n * 0.4)};${n}`);
    }
    for (let r = 7; r < rows.length; r += 7) [rows[r - 1], rows[r]] = [rows[r]!, rows[r - 1]!];
    const csv = `Dato;Tæller;Nævner\n${rows.join("\n")}\n`;
    writeFileSync(join(folder, "daily.csv"), csv);
    const page = await browser.newPage({ locale: "en-GB" });
    await page.goto(app.url);
    await page.getByTestId("file").setInputFiles({ name: "daily.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
    await page.waitForSelector('[data-testid="chart"] svg');
    expect(await page.getByTestId("chart-type").inputValue()).toBe("p");
    await page.getByTestId("baseline").selectOption("40");
    await page.locator('[data-testid="chart"] .shewhart-point[data-index="0"]').focus();
    await page.keyboard.press("End");
    for (let k = 0; k < 99; k++) await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("p");
    await page.keyboard.press("Home");
    for (let k = 0; k < 5; k++) await page.keyboard.press("ArrowRight");
    await page.keyboard.press("x");
    await page.keyboard.press("Enter");
    const command = await appCommand(page);
    // Points named by their dates as written in the file: the 301st day from 30-12-2023, and the 6th.
    expect(command).toBe("npx shewhart chart daily.csv --x Dato --y Tæller --n Nævner --chart p --multiply 100 --freeze 40 --breaks 25-10-2024 --exclude 04-01-2024 --locale en-GB");
    const fromApp = await page.locator('[data-testid="chart"] svg').evaluate(fingerprintScript);
    const out = await cli([...shellWords(command).slice(2), "--out", "daily.svg"]);
    expect(out.code).toBe(0);
    // The same warnings (the rows combined into one subgroup among them), in the same words.
    const appWarnings = await page.locator("#warnings li").allTextContents();
    const cliWarnings = out.stderr.trimEnd().split("\n");
    expect(appWarnings.length).toBeGreaterThan(0);
    expect(cliWarnings).toHaveLength(appWarnings.length);
    // The command line also names the rows' lines in the file.
    appWarnings.forEach((message, k) => expect(cliWarnings[k]).toContain(`shewhart: warning: daily.csv: ${message}`));
    const svg = new JSDOM(readFileSync(join(folder, "daily.svg"), "utf8"), { contentType: "image/svg+xml" }).window.document.documentElement;
    expect(fromApp).toEqual(fingerprintScript(svg));
    expect(fromApp.points.filter((p) => p.includes("excluded")).map((p) => p.split(" ")[0])).toEqual(["5"]);
    expect(fromApp.phases).toHaveLength(1);
    await page.close();
  });

  it("on the Danish Windows-1252 export with 'Uge 40, 2018' weeks, in Danish", async () => {
    const { bytes } = danishExport();
    writeFileSync(join(folder, "fmk-da.csv"), bytes);
    const page = await browser.newPage({ locale: "da-DK" });
    await page.goto(app.url);
    await page.getByTestId("file").setInputFiles({ name: "fmk-da.csv", mimeType: "text/csv", buffer: Buffer.from(bytes) });
    await page.waitForSelector('[data-testid="chart"] svg');
    await page.getByTestId("baseline").selectOption("8");
    await page.locator('[data-testid="chart"] .shewhart-point[data-index="12"]').focus();
    await page.keyboard.press("p");
    await page.keyboard.press("Home");
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("x");
    await page.keyboard.type("Fejlregistrering");
    await page.keyboard.press("Enter");
    await page.locator('[data-testid="chart"] .shewhart-point[data-index="20"]').click();
    await page.getByTestId("menu-exclude").click();
    await page.getByTestId("exclude-confirm").click();
    const command = await appCommand(page);
    expect(command).toBe("npx shewhart chart fmk-da.csv --x Uge --y Tæller --n Nævner --notes Kommentar --chart p --period week --multiply 100 --freeze 8 --breaks 'Uge 52, 2018' --exclude 'Uge 42, 2018,Uge 8, 2019' --locale da-DK");
    const fromApp = await page.locator('[data-testid="chart"] svg').evaluate(fingerprintScript);
    const out = await cli([...shellWords(command).slice(2), "--out", "chart-da.svg"]);
    expect(out.code).toBe(0);
    // The same warnings, in the same words: the app lists them under the chart, the command line on stderr.
    const appWarnings = await page.locator("#warnings li").allTextContents();
    expect(appWarnings.length).toBeGreaterThan(0);
    expect(out.stderr).toBe(appWarnings.map((message) => `shewhart: advarsel: fmk-da.csv: ${message}\n`).join(""));
    const svg = new JSDOM(readFileSync(join(folder, "chart-da.svg"), "utf8"), { contentType: "image/svg+xml" }).window.document.documentElement;
    expect(fromApp).toEqual(fingerprintScript(svg));
    expect(fromApp.points.filter((p) => p.includes("excluded")).map((p) => p.split(" ")[0])).toEqual(["2", "20"]);
    // The axis reads as the file's period.
    const ticks = await page.locator('[data-testid="chart"] .shewhart-x-tick text').allTextContents();
    expect(ticks[0]).toBe("uge 40");
    await page.close();
  });
});
