// The browser app (#15) in real Chromium: the built dist/app served by `shewhart app`'s server.
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startAppServer, type AppServer } from "../../src/cli/appServer.ts";
import { danishExport, danishWeek, numerators, windows1252 } from "../app/fixtures.ts";

const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const root = join(import.meta.dirname, "..", "..", "dist", "app");

let app: AppServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const requests: string[] = [];
const problems: string[] = [];

beforeAll(async () => {
  if (!existsSync(join(root, "index.html"))) throw new Error("dist/app is not built: run npm run build first");
  app = await startAppServer(root, 0);
  browser = await chromium.launch({ executablePath, args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
  context = await browser.newContext({ locale: "da-DK", acceptDownloads: true, viewport: { width: 1100, height: 900 } });
  page = await context.newPage();
  page.on("request", (r) => requests.push(r.url()));
  page.on("console", (m) => m.type() === "error" && problems.push(m.text()));
  page.on("pageerror", (e) => problems.push(e.message));
  await page.goto(app.url);
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

const testId = (id: string) => page.getByTestId(id);
const point = (i: number) => page.locator(`[data-testid="chart"] .shewhart-point[data-index="${i}"]`);

describe("the app with a Danish Windows-1252 export", () => {
  it("proposes the columns and the chart type", async () => {
    await testId("file").setInputFiles({ name: "fmk.csv", mimeType: "text/csv", buffer: Buffer.from(danishExport().bytes) });
    await page.waitForSelector('[data-testid="chart"] svg');
    expect(await testId("x-column").inputValue()).toBe("Uge");
    expect(await testId("y-column").inputValue()).toBe("Tæller");
    expect(await testId("n-column").inputValue()).toBe("Nævner");
    expect(await testId("group-column").inputValue()).toBe("");
    expect(await testId("notes-column").inputValue()).toBe("Kommentar");
    expect(await testId("chart-type").inputValue()).toBe("p");
    expect(await testId("detected").textContent()).toContain("windows-1252");
    expect(await testId("command-note").isHidden()).toBe(true);
    expect(await testId("x-facts").textContent()).toContain("uger");
    expect(await page.locator('[data-testid="chart"] .shewhart-point').count()).toBe(numerators.length);
  });

  it("reads the axis as weeks", async () => {
    const ticks = await page.locator('[data-testid="chart"] .shewhart-x-tick text').allTextContents();
    expect(ticks[0]).toBe("uge 40");
    expect(ticks).toContain("uge 3");
  });

  it("sets the baseline by clicking a point and choosing it in the menu", async () => {
    await point(7).click();
    await testId("menu-baseline").click();
    await expect.poll(() => testId("baseline").inputValue()).toBe("8");
    expect(await testId("command").textContent()).toContain("--freeze 8");
    expect(await page.locator('[data-testid="chart"] .shewhart-point-baseline, [data-testid="chart"] .shewhart-baseline').count()).toBeGreaterThanOrEqual(0);
    // The baseline's points are announced as such.
    await point(3).focus();
    // A sentence of its own, capitalised (a trial heard "… for få kryds. i baseline.").
    expect(await testId("announce").textContent()).toContain(". I baseline.");
    expect(await point(3).getAttribute("aria-label")).toContain(". I baseline.");
    // A P chart's value is announced in percent, as the chart prints it ("uge 43, 2018: 86,4 %").
    expect(await testId("announce").textContent()).toMatch(/^uge 43, 2018: \d+(,\d+)?\s%/);
  });

  it("starts a new phase with the keyboard alone", async () => {
    await point(7).focus();
    for (let k = 0; k < 5; k++) await page.keyboard.press("ArrowRight");
    expect(await page.evaluate(() => (document.activeElement as SVGElement | null)?.dataset["index"])).toBe("12");
    expect(await testId("announce").textContent()).toContain("uge 52, 2018");
    await page.keyboard.press("p");
    await expect.poll(() => testId("command").textContent()).toContain("--breaks 'Uge 52, 2018'");
    expect(await page.evaluate(() => (document.activeElement as SVGElement | null)?.dataset["index"])).toBe("12");
    expect(await page.locator('[data-testid="chart"] .shewhart-phase-divider, [data-testid="chart"] .shewhart-phase').count()).toBeGreaterThan(0);
  });

  it("moves the baseline's end with the keyboard alone (B on a point)", async () => {
    await point(12).focus();
    for (let k = 0; k < 7; k++) await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("b");
    await expect.poll(() => testId("baseline").inputValue()).toBe("6");
    expect(await testId("status").textContent()).toBe("Baseline: første fases punkter til og med Uge 45, 2018.");
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("b");
    await expect.poll(() => testId("command").textContent()).toContain("--freeze 8");
    // A point of the second phase cannot end the first phase's baseline.
    await point(14).focus();
    await page.keyboard.press("Enter");
    expect(await testId("menu-baseline").isDisabled()).toBe(true);
    await page.keyboard.press("Escape");
  });

  it("excludes a point by mouse, asking for the reason, which becomes a note", async () => {
    await point(2).click();
    await testId("menu-exclude").click();
    await testId("exclude-reason").fill("Registreringsfejl");
    await testId("exclude-confirm").click();
    await expect.poll(() => testId("command").textContent()).toContain("--exclude 'Uge 42, 2018'");
    expect(await page.locator('[data-testid="chart"] .shewhart-note text').allTextContents()).toContain("Registreringsfejl");
    expect(await point(2).getAttribute("class")).toContain("shewhart-excluded");
  });

  it("excludes a point with the keyboard alone", async () => {
    await point(12).focus();
    await page.keyboard.press("End");
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("x");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe("exclude-reason");
    await page.keyboard.type("Ferie");
    await page.keyboard.press("Enter");
    await expect.poll(() => testId("command").textContent()).toContain("'Uge 42, 2018,Uge 12, 2019'");
    expect(await page.evaluate(() => (document.activeElement as SVGElement | null)?.dataset["index"])).toBe(String(numerators.length - 2));
  });

  it("notes a point with the keyboard alone (N), shown on the chart", async () => {
    await point(20).focus();
    await page.keyboard.press("n");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe("note-text");
    await page.keyboard.type("PDSA 2");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.locator('[data-testid="chart"] .shewhart-note text').allTextContents()).toContain("PDSA 2");
    // The settings reach the address a moment after the chart is drawn (render.ts, keptSettings).
    await expect.poll(() => new URL(page.url()).hash).toContain("note=");
  });

  it("says what the chart shows, in Danish, with the rules panel", async () => {
    const verdict = (await testId("verdict").textContent()) ?? "";
    expect(verdict.length).toBeGreaterThan(10);
    const panel = (await testId("rules-panel").textContent()) ?? "";
    expect(panel).toContain("Længste serie");
    expect(panel).toContain("Antal kryds");
  });

  it("fits a phone's width: nothing runs over the edge of a 380 px page", async () => {
    // The page as drawn above: the chart, the verdict and the rules panel (the widest part) are there.
    expect(await testId("rules-panel").textContent()).toContain("Længste serie");
    await page.setViewportSize({ width: 380, height: 800 });
    try {
      const over = await page.evaluate(() => {
        const width = document.documentElement.clientWidth;
        // Elements whose right edge is past the page's, unless a box of theirs scrolls (the data table does).
        const scrolls = (e: Element | null): boolean => e !== null && (["auto", "scroll"].includes(getComputedStyle(e).overflowX) || scrolls(e.parentElement));
        return Array.from(document.querySelectorAll("body *"))
          .filter((e) => e.getBoundingClientRect().right > width + 0.5 && !scrolls(e.parentElement))
          .map((e) => `${e.tagName.toLowerCase()}${e.id === "" ? "" : `#${e.id}`}`);
      });
      expect(over).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(380);
    } finally {
      await page.setViewportSize({ width: 1100, height: 900 });
    }
  });

  it("passes an axe-core audit with no serious or critical violation, menu open too", async () => {
    const source = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
    await page.evaluate(source);
    const audit = async (): Promise<string[]> =>
      page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: { id: string; impact: string | null; nodes: { target: unknown[] }[] }[] }> } }).axe;
        const result = await axe.run(document, { resultTypes: ["violations"] });
        return result.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => JSON.stringify(n.target)).join(" ")}`);
      });
    expect(await audit()).toEqual([]);
    await point(5).click();
    expect(await testId("point-menu").isVisible()).toBe(true);
    expect(await audit()).toEqual([]);
    await page.keyboard.press("Escape");
    expect(await testId("point-menu").isHidden()).toBe(true);
    expect(await page.evaluate(() => (document.activeElement as SVGElement | null)?.dataset["index"])).toBe("5");
  });

  it("downloads the chart as PNG and the results as Danish CSV", async () => {
    const [png] = await Promise.all([page.waitForEvent("download"), testId("download-png").click()]);
    expect(png.suggestedFilename()).toBe("fmk.png");
    const pngBytes = readFileSync((await png.path()) as string);
    expect([...pngBytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    // Twice the chart's 720 × 400 viewBox.
    expect(pngBytes.readUInt32BE(16)).toBe(1440);
    const [csv] = await Promise.all([page.waitForEvent("download"), testId("download-csv").click()]);
    // Never the data file's own name (fmk.csv), which saving the results beside it would replace (a trial).
    expect(csv.suggestedFilename()).toBe("fmk-resultater.csv");
    const text = readFileSync((await csv.path()) as string, "utf8");
    expect(text.startsWith("\ufeffgruppe;punkt;x;værdi;tæller;nævner;centerlinje")).toBe(true);
    const lines = text.trim().split("\r\n");
    expect(lines).toHaveLength(numerators.length + 1);
    expect(lines[1]).toMatch(/^;1;Uge 40, 2018;92;92;100;90,5/);
    expect(lines[3]).toContain("Registreringsfejl");
    const [svg] = await Promise.all([page.waitForEvent("download"), testId("download-svg").click()]);
    const svgText = readFileSync((await svg.path()) as string, "utf8");
    expect(svgText).toContain("<svg");
    expect(svgText).not.toContain("tabindex");
    // The report page: in Danish, one summary row for the one group, its chart inline with the app's notes.
    const [report] = await Promise.all([page.waitForEvent("download"), testId("download-report").click()]);
    expect(report.suggestedFilename()).toBe("fmk.html");
    const html = readFileSync((await report.path()) as string, "utf8");
    expect(html).toContain('<html lang="da-DK">');
    expect(html.match(/<tr class="summary-row">/g)).toHaveLength(1);
    expect(html.match(/<section class="chart"[^>]*>[^]*?<svg/g)).toHaveLength(1);
    expect(html).toContain("Registreringsfejl");
    expect(html).not.toMatch(/<(script|link|img)\b[^>]*(src|href)="https?:/);
  });

  it("keeps the work when the page is reloaded", async () => {
    const command = await testId("command").textContent();
    await page.reload();
    await page.waitForSelector('[data-testid="chart"] svg');
    expect(await testId("command").textContent()).toBe(command);
    expect(await testId("y-column").inputValue()).toBe("Tæller");
    expect(await testId("baseline").inputValue()).toBe("8");
    expect(await testId("status").textContent()).toContain("fmk.csv");
  });

  it("keeps a chart type the user chose on reload and in a colleague's link, also the run chart (the default type), where another is recommended", async () => {
    expect(await testId("chart-type").inputValue()).toBe("p");
    expect(await page.locator("#target-hint").textContent()).toBe("på diagrammets skala: 95 for 95 %");
    await testId("chart-type").selectOption("run");
    await expect.poll(() => testId("command").textContent()).toContain("--chart run");
    await expect.poll(() => page.evaluate(() => location.hash)).toContain("chart=run");
    await page.reload();
    await page.waitForSelector('[data-testid="chart"] svg');
    expect(await testId("chart-type").inputValue()).toBe("run");
    expect(await testId("command").textContent()).toContain("--chart run");
    // A colleague opens the link in a browser of their own and chooses the same file.
    const colleague = await browser.newContext({ locale: "da-DK", viewport: { width: 1100, height: 900 } });
    const theirs = await colleague.newPage();
    // Their link also excludes a week their file does not have: left out of the chart and said, and left off the
    // command line, which would stop at it.
    await theirs.goto(`${page.url()}&exclude=2030-W01`);
    await theirs.getByTestId("file").setInputFiles({ name: "fmk.csv", mimeType: "text/csv", buffer: Buffer.from(danishExport().bytes) });
    await theirs.waitForSelector('[data-testid="chart"] svg');
    expect(await theirs.getByTestId("chart-type").inputValue()).toBe("run");
    // Said, so that the colleague knows where the settings came from.
    expect(await theirs.getByTestId("status").textContent()).toBe("Indstillingerne i adressen (diagram, baseline, faser, udeladelser, noter) er brugt på fmk.csv.");
    expect(await theirs.locator("body").textContent()).toContain("Udeladelsen ved 2030-W01: diagrammet har ingen undergruppe 2030-W01, så den er udeladt af dette diagram");
    expect(await theirs.getByTestId("command").textContent()).toBe(await testId("command").textContent());
    await colleague.close();
    await testId("chart-type").selectOption("p");
    await expect.poll(() => testId("command").textContent()).not.toContain("--chart run");
  });

  it("keeps the settings for next week's export with the same columns, and says so; a file with other columns starts afresh", async () => {
    const command = (await testId("command").textContent()) ?? "";
    expect(command).toContain("--freeze 8");
    const nextWeek = `${danishExport().text}${danishWeek(numerators.length)};95;100;\r\n`;
    await testId("file").setInputFiles({ name: "fmk-uge-14.csv", mimeType: "text/csv", buffer: Buffer.from(windows1252(nextWeek)) });
    await expect.poll(() => page.locator('[data-testid="chart"] .shewhart-point').count()).toBe(numerators.length + 1);
    expect(await testId("command").textContent()).toBe(command.replace("fmk.csv", "fmk-uge-14.csv"));
    expect(await testId("status").textContent()).toBe("fmk-uge-14.csv har de samme kolonner som filen før: dens indstillinger (diagram, baseline, faser, udeladelser, noter) er beholdt.");
    // A rolling export (one week later, its first week gone): the baseline still ends at Uge 47, 2018, now its 7th week.
    const rows = danishExport().text.split("\r\n");
    const rolling = [rows[0], ...rows.slice(2, -1), `${danishWeek(numerators.length)};95;100;`, ""].join("\r\n");
    await testId("file").setInputFiles({ name: "fmk-rullende.csv", mimeType: "text/csv", buffer: Buffer.from(windows1252(rolling)) });
    await expect.poll(() => testId("command").textContent()).toContain("fmk-rullende.csv");
    expect(await testId("command").textContent()).toContain("--freeze 7");
    expect(await testId("baseline").inputValue()).toBe("7");
    expect(await testId("status").textContent()).toBe("fmk-rullende.csv har de samme kolonner som filen før: dens indstillinger (diagram, baseline, faser, udeladelser, noter) er beholdt.");
    // A file that starts after the baseline's last week: no baseline, and said so.
    const late = [rows[0], ...rows.slice(10, -1), ""].join("\r\n");
    await testId("file").setInputFiles({ name: "fmk-sen.csv", mimeType: "text/csv", buffer: Buffer.from(windows1252(late)) });
    await expect.poll(() => testId("command").textContent()).toContain("fmk-sen.csv");
    expect(await testId("command").textContent()).not.toContain("--freeze");
    expect(await testId("status").textContent()).toContain("Baselinen sluttede ved Uge 47, 2018, som denne fil ikke har: ingen baseline.");
    const other = "Måned;Antal\n2020-01;5\n2020-02;7\n2020-03;6\n";
    await testId("file").setInputFiles({ name: "andet.csv", mimeType: "text/csv", buffer: Buffer.from(other) });
    await expect.poll(() => testId("command").textContent()).toContain("andet.csv");
    expect(await testId("command").textContent()).not.toMatch(/--freeze|--breaks|--exclude/);
    expect(await testId("status").textContent()).toBe("");
    // Back to the first file: the settings of the file in between (none) are what it gets now.
    await testId("file").setInputFiles({ name: "fmk.csv", mimeType: "text/csv", buffer: Buffer.from(danishExport().bytes) });
    await expect.poll(() => testId("command").textContent()).toContain("fmk.csv");
    expect(await testId("command").textContent()).not.toContain("--freeze");
  });

  it("forgets the data when asked, also after a reload", async () => {
    await testId("forget").click();
    await expect.poll(() => page.locator('[data-testid="chart"] svg').count()).toBe(0);
    expect(await page.locator("#columns-section").isHidden()).toBe(true);
    await page.reload();
    await page.waitForTimeout(300);
    expect(await page.locator('[data-testid="chart"] svg').count()).toBe(0);
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k !== "shewhart-app:language"))).toEqual([]);
    expect(new URL(page.url()).hash).toBe("");
  });

  it("says a cell it cannot read in Danish, naming its own control, never a command-line flag", async () => {
    const csv = "Uge;Tæller\nUge 40, 2018;3\nUge 41, 2018;4\nukendt;5\nUge 43, 2018;6\n";
    await testId("file").setInputFiles({ name: "uger.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
    await page.waitForSelector('[data-testid="read-problems"]');
    const text = (await testId("read-problems").textContent()) ?? "";
    expect(text).toContain('linje 4, kolonne "Uge": forventede en uge som "2018-W40" eller "Uge 40, 2018" ligesom resten af kolonnen, fandt "ukendt"; for at læse kolonnen som tekst: vælg "Læs x som: kategorier (ingen tidsorden)"');
    expect(text).not.toContain("--");
  });

  it("says the chart cannot be drawn until an unreadable cell is fixed, never that there are no values (trial: text_cell.csv, week54.csv)", async () => {
    const rows = Array.from({ length: 12 }, (_, i) => `Uge ${40 + i}, 2018;${30 + (i % 4)};50`);
    rows[4] = "Uge 44, 2018;ikke opgjort;50";
    await testId("file").setInputFiles({ name: "tekst.csv", mimeType: "text/csv", buffer: Buffer.from(`Uge;Tæller;Nævner\n${rows.join("\n")}\n`) });
    await page.waitForSelector('[data-testid="read-problems"]');
    const text = (await testId("read-problems").textContent()) ?? "";
    expect(text).toContain("Diagrammet kan ikke tegnes, før den markerede celle er rettet i filen");
    expect(text).toContain('1 celle kunne ikke læses: linje 6, kolonne "Tæller": forventede et tal, fandt "ikke opgjort"');
    expect(await testId("recommendation").textContent()).toBe("Ingen anbefaling, før cellerne der ikke kunne læses er rettet.");
    expect(await testId("verdict").textContent()).toContain("Diagrammet kan ikke tegnes");
    expect(await page.locator("body").textContent()).not.toContain("Ingen værdier endnu");
    const weeks = Array.from({ length: 10 }, (_, i) => `Uge ${45 + i}, 2020;${3 + (i % 3)}`).join("\n");
    await testId("file").setInputFiles({ name: "uge54.csv", mimeType: "text/csv", buffer: Buffer.from(`Uge;Antal\n${weeks}\n`) });
    await expect.poll(async () => (await testId("read-problems").textContent()) ?? "").toContain('"Uge 54, 2020" er ikke en gyldig uge');
    expect(await testId("verdict").textContent()).toContain("Diagrammet kan ikke tegnes");
    expect(await page.locator("#x-facts").textContent()).toBe("x kunne ikke læses: se de markerede celler");
  });

  it("says the same in English: one marked cell, then several", async () => {
    await testId("language").selectOption("en");
    const rows = Array.from({ length: 12 }, (_, i) => `Week ${40 + i}, 2018;${30 + (i % 4)};50`);
    rows[4] = "Week 44, 2018;not counted;50";
    await testId("file").setInputFiles({ name: "text.csv", mimeType: "text/csv", buffer: Buffer.from(`Week;Count;Total\n${rows.join("\n")}\n`) });
    await expect.poll(async () => (await testId("read-problems").textContent()) ?? "").toContain("The chart cannot be drawn until the marked cell is corrected in the file (or read otherwise, under Read as).");
    expect(await testId("verdict").textContent()).toBe("The chart cannot be drawn until the marked cell is corrected in the file (or read otherwise, under Read as).");
    rows[6] = "Week 46, 2018;see note;50";
    await testId("file").setInputFiles({ name: "text2.csv", mimeType: "text/csv", buffer: Buffer.from(`Week;Count;Total\n${rows.join("\n")}\n`) });
    await expect.poll(async () => (await testId("verdict").textContent()) ?? "").toBe("The chart cannot be drawn until the marked cells are corrected in the file (or read otherwise, under Read as).");
    await testId("language").selectOption("da");
  });

  it("says a file with a header and no rows has no data rows, not that a file should be chosen (trial: header_only.csv)", async () => {
    await testId("file").setInputFiles({ name: "tom.csv", mimeType: "text/csv", buffer: Buffer.from("Uge;Tæller;Nævner\n") });
    await expect.poll(async () => (await testId("no-rows").count()) > 0 ? await testId("no-rows").textContent() : "").toBe("Filen har en overskrift, men ingen datarækker under den.");
    expect(await page.locator("#problems").textContent()).toBe("Filen har en overskrift, men ingen datarækker under den.");
    expect(await page.locator("#x-facts").textContent()).toBe("");
  });

  it("says a file it cannot read in Danish, with the line", async () => {
    await testId("file").setInputFiles({ name: "skaev.csv", mimeType: "text/csv", buffer: Buffer.from("a;b\n1;2\n3\n") });
    await expect.poll(() => testId("status").textContent()).toBe("Filen kunne ikke læses: linje 3: forventede 2 celler som i overskriften, fandt 1");
  });

  it("made no request outside its own origin, and no errors", () => {
    const origin = new URL(app.url).origin;
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((url) => !url.startsWith("blob:") && new URL(url).origin !== origin)).toEqual([]);
    expect(problems).toEqual([]);
  });
});

describe("the server", () => {
  it("sends the Content-Security-Policy and serves only the app's files", async () => {
    const index = await fetch(app.url);
    expect(index.headers.get("content-security-policy")).toMatch(/^default-src 'self'/);
    expect(index.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect((await fetch(new URL("app.js", app.url))).headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect((await fetch(new URL("/../../package.json", app.url))).status).toBe(404);
    expect((await fetch(new URL("/%2e%2e/%2e%2e/package.json", app.url))).status).toBe(404);
    expect((await fetch(app.url, { method: "POST" })).status).toBe(405);
  });
});
