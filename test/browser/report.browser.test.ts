// The report page as a reader gets it: written by `shewhart chart`, opened from disk in Debian's Chromium.
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.ts";

const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const folder = mkdtempSync(join(tmpdir(), "shewhart-report-"));
const hostile = '<img src=x onerror=alert(1)><script>alert("x")</script>';

let browser: Browser;
let page: Page;
const requests: string[] = [];
const problems: string[] = [];
const dialogs: string[] = [];
let url = "";

beforeAll(async () => {
  if (!existsSync(executablePath)) throw new Error(`no Chromium at ${executablePath}: install Debian's chromium (apt-get install -y chromium)`);
  const lines = ["afsnit;uge;ajourført;udskrevne"];
  const units = ["Afsnit M", "Afsnit N", hostile];
  units.forEach((unit, u) => {
    for (let k = 0; k < 20; k++) lines.push(`"${unit.replace(/"/g, '""')}";2018-W${String(k + 14).padStart(2, "0")};${100 + ((u * 7 + k * 5) % 17) + (k > 12 && u === 0 ? 15 : 0)};${140 + ((u * 3 + k) % 5)}`);
  });
  writeFileSync(join(folder, "fmk.csv"), `${lines.join("\n")}\n`);
  let stderr = "";
  const code = await main(
    ["chart", "fmk.csv", "--x", "uge", "--y", "ajourført", "--n", "udskrevne", "--group", "afsnit", "--chart", "p", "--multiply", "100", "--improvement", "up", "--target", "90", "--locale", "da-DK", "--title", "FMK", "--out", "out"],
    { stdout: { write: () => true }, stderr: { write: (t: string) => (stderr += t) }, stdin: async () => "", cwd: folder, interactive: false },
  );
  if (code !== 0) throw new Error(`shewhart chart failed: ${stderr}`);
  url = pathToFileURL(join(folder, "out", "index.html")).href;
  browser = await chromium.launch({ executablePath, args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
  page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
  page.on("request", (request) => requests.push(request.url()));
  page.on("console", (message) => problems.push(`${message.type()}: ${message.text()}`));
  page.on("pageerror", (error) => problems.push(error.message));
  page.on("dialog", async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  await page.goto(url, { waitUntil: "load" });
});

afterAll(async () => {
  await browser?.close();
  rmSync(folder, { recursive: true, force: true });
});

describe("the report page in Chromium", () => {
  it("is written beside the charts, in the run's language", async () => {
    expect(readdirSync(join(folder, "out")).sort()).toEqual(["afsnit-m.svg", "afsnit-n.svg", "img-src-x-onerror-alert-1-script-alert-x-script.svg", "index.html"]);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("da-DK");
    expect(await page.locator("h1").textContent()).toBe("FMK");
    expect(await page.locator("#summary-heading").textContent()).toBe("Oversigt");
  });

  it("has one summary row per chart, each with a visible variation and target icon and their text alternatives", async () => {
    const rows = await page.evaluate(() =>
      Array.from(document.querySelectorAll("tbody tr.summary-row")).map((row) => ({
        name: row.querySelector("th")?.textContent ?? "",
        icons: Array.from(row.querySelectorAll("svg.icon")).map((icon) => {
          const box = icon.getBoundingClientRect();
          const drawn = (icon.querySelector("use") as SVGGraphicsElement | null)?.getBBox();
          return { label: icon.getAttribute("aria-label") ?? "", title: icon.querySelector("title")?.textContent ?? "", width: box.width, drawn: drawn === undefined ? 0 : drawn.width * drawn.height };
        }),
      })),
    );
    expect(rows.map((r) => r.name)).toEqual(["Afsnit M", "Afsnit N", hostile]);
    for (const row of rows) {
      expect(row.icons).toHaveLength(2);
      for (const icon of row.icons) {
        expect(icon.label.length).toBeGreaterThan(5);
        expect(icon.title).toBe(icon.label);
        expect(icon.width).toBeGreaterThan(10);
        expect(icon.drawn).toBeGreaterThan(50);
      }
    }
    // The shifted unit shows an improvement, and the icons say so in Danish.
    expect(rows[0]!.icons[0]!.label).toMatch(/^Ikke-tilfældig variation/);
  });

  it("draws every chart inline, with its facts, and runs nothing from a hostile name", async () => {
    const charts = await page.evaluate(() =>
      Array.from(document.querySelectorAll("section.chart")).map((section) => {
        const svg = section.querySelector("svg.shewhart") as SVGSVGElement | null;
        // The picture is the chart's file from under its title down: everything drawn lies within its viewBox.
        const view = svg?.viewBox.baseVal;
        const drawn = [".shewhart-header", ".shewhart-plot"].map((name) => (svg?.querySelector(name) as SVGGraphicsElement | null)?.getBBox());
        const within = view !== undefined && drawn.every((box) => box !== undefined && box.height > 0 && box.y >= view.y - 0.5 && box.y + box.height <= view.y + view.height + 0.5);
        return { width: svg?.getBoundingClientRect().width ?? 0, points: svg?.querySelectorAll(".shewhart-point").length ?? 0, facts: section.querySelectorAll("dl.facts dt").length, top: view?.y ?? 0, within };
      }),
    );
    expect(charts).toHaveLength(3);
    for (const chart of charts) {
      expect(chart.width).toBeGreaterThan(600);
      expect(chart.points).toBe(20);
      expect(chart.facts).toBeGreaterThan(5);
      // A one-line title (21 px) left out above the view, nothing of the rest cut.
      expect(chart.top).toBe(21);
      expect(chart.within).toBe(true);
    }
    expect(await page.locator("img, script, iframe, object, embed, link").count()).toBe(0);
    expect(dialogs).toEqual([]);
  });

  it("makes no request outside the page", async () => {
    await page.waitForTimeout(200);
    expect(requests).toEqual([url]);
    expect(problems).toEqual([]);
  });

  it("prints to an A4 PDF with a page for the summary and one per chart", async () => {
    await page.emulateMedia({ media: "print" });
    const breaks = await page.evaluate(() => Array.from(document.querySelectorAll("section.chart")).map((s) => getComputedStyle(s).breakBefore));
    expect(breaks).toEqual(["page", "page", "page"]);
    const pdf = await page.pdf({ format: "A4", printBackground: true });
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const pages = pdf.toString("latin1").match(/\/Type\s*\/Page\b/g) ?? [];
    expect(pages.length).toBe(4);
    await page.emulateMedia({ media: "screen" });
  });
});
