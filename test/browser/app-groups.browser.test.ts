// The app in English with cells pasted from a spreadsheet: groups one at a time and as small multiples.
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import writeXlsxFile from "write-excel-file/node";
import { join } from "node:path";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startAppServer, type AppServer } from "../../src/cli/appServer.ts";

const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const root = join(import.meta.dirname, "..", "..", "dist", "app");
let app: AppServer;
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(join(root, "index.html"))) throw new Error("dist/app is not built: run npm run build first");
  app = await startAppServer(root, 0);
  browser = await chromium.launch({ executablePath, args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

// Infections and bed days per month for three hospitals, as copied from Excel (tabs, English month names).
const months = ["Jan 2023", "Feb 2023", "Mar 2023", "Apr 2023", "May 2023", "Jun 2023", "Jul 2023", "Aug 2023", "Sep 2023", "Oct 2023", "Nov 2023", "Dec 2023", "Jan 2024", "Feb 2024"];
const pasted = ["Hospital\tMonth\tInfections\tBed days", ...["North", "South", "East"].flatMap((h, k) => months.map((m, i) => `${h}\t${m}\t${(i * 7 + k * 3) % 9}\t${1000 + ((i * 37 + k * 11) % 200)}`))].join("\n");

describe("pasted cells without their header row", () => {
  it("says the first row looks like data and is left out, in Danish, says nothing of a header that names the columns, and leaves a title line and a note below out", async () => {
    const page = await browser.newPage({ locale: "da-DK" });
    await page.goto(app.url);
    await page.locator("#paste-box summary").click();
    await page.getByTestId("paste").fill(["jan-19\t18\t37\t48,6", "feb-19\t20\t38\t52,6", "mar-19\t19\t40\t47,5", "apr-19\t22\t41\t53,7"].join("\n"));
    await page.getByTestId("paste-button").click();
    await page.waitForSelector('[data-testid="header-warning"]:not([hidden])');
    expect(await page.getByTestId("header-warning").textContent()).toBe(
      "Den første række ligner data, ikke kolonnenavne (jan-19 · 18 · 37 · 48,6): den læses som kolonnernes navne og er derfor ikke med i diagrammet. Tilføj en række med kolonnenavne øverst (i filen eller før du indsætter).",
    );
    await page.getByTestId("paste").fill(["Måned\tTæller\tNævner", "jan-19\t18\t37", "feb-19\t20\t38"].join("\n"));
    await page.getByTestId("paste-button").click();
    await expect.poll(() => page.getByTestId("header-warning").isHidden()).toBe(true);
    // A title line above the column names: left out of the table, and said with the file's facts.
    await page.getByTestId("paste").fill(["Andel ajourført FMK\t\t", "\t\t", "Måned\tTæller\tNævner", "jan-19\t18\t37", "feb-19\t20\t38", "\t\t", "Kilde: LPR\t\t"].join("\n"));
    await page.getByTestId("paste-button").click();
    await expect.poll(() => page.locator("#file-facts").textContent()).toContain('linje 1 ("Andel ajourført FMK") er en titel over tabellen, ikke en del af den: udeladt');
    expect(await page.locator("#file-facts").textContent()).toContain('linje 7 ("Kilde: LPR") er en note under tabellen, ikke en del af den: udeladt');
    expect(await page.getByTestId("x-column").inputValue()).toBe("Måned");
    expect(await page.getByTestId("y-column").inputValue()).toBe("Tæller");
    expect(await page.getByTestId("header-warning").isHidden()).toBe(true);
    await page.waitForSelector('[data-testid="chart"] svg');
    // Under a title whose names may be data (years), the title stays the header: the page says it is a title.
    await page.getByTestId("paste").fill(["Andel ajourført FMK\t\t", "Måned\t2019\t2020", "jan\t18\t37", "feb\t20\t38"].join("\n"));
    await page.getByTestId("paste-button").click();
    await expect.poll(() => page.getByTestId("header-warning").textContent()).toContain('Den første række ligner en titel, ikke kolonnenavne ("Andel ajourført FMK"');
    // The chart area names the title line as the cause, not the cells' advice (to read x as categories).
    expect(await page.getByTestId("read-problems").textContent()).toMatch(/^Intet diagram: Den første række ligner en titel/);
    // No column of values: the command line says what is missing, never a command without --y that cannot run.
    await page.getByTestId("paste").fill(["Afsnit\tLeder", "A\tHansen", "B\tJensen"].join("\n"));
    await page.getByTestId("paste-button").click();
    await expect.poll(() => page.getByTestId("command").textContent()).toBe("Vælg kolonnen med værdier (y) for at få kommandolinjen, der laver dette diagram.");
  });
});

describe("a baseline from a freeze column", () => {
  it("says why B on a point does not move it, and where to change it", async () => {
    const page = await browser.newPage({ locale: "da-DK" });
    await page.goto(app.url);
    await page.locator("#paste-box summary").click();
    const rows = Array.from({ length: 16 }, (_, k) => `2024-W${String(k + 1).padStart(2, "0")}\t${10 + (k % 3)}\t${k < 8 ? "x" : ""}`);
    await page.getByTestId("paste").fill(["Uge\tAntal\tFrys", ...rows].join("\n"));
    await page.getByTestId("paste-button").click();
    await page.waitForSelector('[data-testid="chart"] svg');
    await expect.poll(() => page.getByTestId("command").textContent()).toContain("--freeze 8");
    await page.locator('[data-testid="chart"] .shewhart-point[data-index="3"]').focus();
    await page.keyboard.press("b");
    expect(await page.getByTestId("status").textContent()).toBe("Baseline kommer fra kolonnen Frys; vælg (ingen) dér for at sætte den ved at klikke.");
    expect(await page.getByTestId("command").textContent()).toContain("--freeze 8");
    await page.close();
  });
});

describe("pasted cells with groups, in English", () => {
  it("proposes group, x, numerator and denominator; a U chart for infections per bed days; months on the axis", async () => {
    const page = await browser.newPage({ locale: "en-GB" });
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    await page.goto(app.url);
    expect(await page.locator("h1").textContent()).toContain("in your browser");
    await page.locator("#paste-box summary").click();
    await page.getByTestId("paste").fill(pasted);
    await page.getByTestId("paste-button").click();
    await page.waitForSelector('[data-testid="chart"] svg');
    expect(await page.getByTestId("group-column").inputValue()).toBe("Hospital");
    expect(await page.getByTestId("x-column").inputValue()).toBe("Month");
    expect(await page.getByTestId("y-column").inputValue()).toBe("Infections");
    expect(await page.getByTestId("n-column").inputValue()).toBe("Bed days");
    expect(await page.getByTestId("chart-type").inputValue()).toBe("u");
    // Per 1,000 bed days, as such rates are reported (two trials read the rate per day: 0.00465).
    expect(await page.locator("#multiply").inputValue()).toBe("1000");
    // And the target is typed on that scale, which the field says.
    expect(await page.locator("#target-hint").textContent()).toBe("on the chart's scale: 2.5 for 2.5 per 1,000");
    expect(await page.getByTestId("detected").textContent()).toContain("tab");
    expect(await page.getByTestId("x-facts").textContent()).toContain("months");
    // Points of one group at a time, the first group first, labelled as months.
    expect(await page.locator('[data-testid="chart"] .shewhart-point').count()).toBe(months.length);
    expect(await page.locator('[data-testid="chart"] .shewhart-x-tick text').first().textContent()).toBe("Jan");
    await page.getByTestId("shown-group").selectOption("South");
    expect(await page.locator('[data-testid="chart"] svg title').first().textContent()).toContain("South");
    // A point's menu on one group's chart says that what it sets applies to every group (a trial's exclusion in one
    // ward moved the others' centre lines without a word).
    await page.locator('[data-testid="chart"] .shewhart-point[data-index="3"]').click();
    expect(await page.getByTestId("point-menu-scope").textContent()).toBe("Baseline, phases and exclusions apply to the charts of all 3 groups.");
    await page.keyboard.press("Escape");
    await page.getByTestId("view").selectOption("all");
    expect(await page.locator('[data-testid="chart"] .shewhart-point').count()).toBe(3 * months.length);
    const verdict = (await page.getByTestId("verdict").textContent()) ?? "";
    for (const h of ["North", "South", "East"]) expect(verdict).toContain(`${h}:`);
    // Every group's chart, one group's panel: it says whose.
    expect(await page.locator('[data-testid="rules-panel"] caption').textContent()).toBe("The rules on the last phase of South (the group shown)");
    expect(await page.getByTestId("command").textContent()).toBe("npx shewhart chart pasted.tsv --x Month --y Infections --n 'Bed days' --group Hospital --chart u --period month --multiply 1000 --locale en-GB");
    expect(await page.getByTestId("command-note").textContent()).toBe("The pasted cells are not a file: to run this command, save them as pasted.tsv (text separated by tabs) in the folder you run it from.");
    // The report page holds every group, whichever is shown: one summary row and one inline chart each, in English.
    await page.getByTestId("view").selectOption("one");
    const [report] = await Promise.all([page.waitForEvent("download"), page.getByTestId("download-report").click()]);
    expect(report.suggestedFilename()).toBe("pasted.html");
    const html = readFileSync((await report.path()) as string, "utf8");
    expect(html).toContain('<html lang="en-GB">');
    expect(html.match(/<tr class="summary-row">.*?<\/tr>/g)?.map((row) => /<a [^>]*>([^<]*)<\/a>/.exec(row)?.[1])).toEqual(["North", "South", "East"]);
    expect(html.match(/<section class="chart"[^>]*>[^]*?<svg/g)).toHaveLength(3);
    // So do the results: named after the file, not the group shown (a trial found one group's name on all three).
    const [csv] = await Promise.all([page.waitForEvent("download"), page.getByTestId("download-csv").click()]);
    expect(csv.suggestedFilename()).toBe("pasted-results.csv");
    await page.getByTestId("view").selectOption("all");
    await page.getByTestId("chart-type").selectOption("c");
    expect(await page.getByTestId("command").textContent()).toContain("--chart c");
    expect(await page.getByTestId("recommendation").textContent()).toContain("Recommended: U");
    // Named as the chart type list names it (a trial read "Anbefalet: XBAR" beside "Xbar").
    await page.getByTestId("n-column").selectOption("");
    await expect.poll(() => page.getByTestId("recommendation").textContent()).toMatch(/^Recommended: (Run|I|Xbar)\./);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("a chart above 5,000 points", () => {
  it("marks only its signals and still reaches every point with the keys and the mouse", async () => {
    // 6,000 single measurements, steady but for one point far out (a signal).
    const rows = Array.from({ length: 6000 }, (_, k) => `${k + 1},${k === 3000 ? 500 : 100 + ((k * 7919) % 13)}`);
    const page = await browser.newPage({ locale: "en-GB", viewport: { width: 1100, height: 900 } });
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(app.url);
    await page.getByTestId("file").setInputFiles({ name: "long.csv", mimeType: "text/csv", buffer: Buffer.from(["Point,Value", ...rows].join("\n")) });
    await page.waitForSelector('[data-testid="chart"] svg');
    await page.getByTestId("chart-type").selectOption("i");
    // Above maxPointMarks the marks of each look are a group of paths that says how many points it marks; no element per point.
    const outlines = (svg: string): number => [...svg.matchAll(/class="shewhart-marks[^"]*" data-marks="(\d+)"/g)].reduce((n, m) => n + Number(m[1]), 0);
    const pageSvg = async (): Promise<string> => page.locator('[data-testid="chart"] svg').evaluate((svg) => new XMLSerializer().serializeToString(svg));
    const marks = outlines(await pageSvg());
    expect(marks).toBeGreaterThan(0);
    expect(marks).toBeLessThan(100);
    expect(await page.locator('[data-testid="chart"] .shewhart-point:not(.shewhart-cursor)').count()).toBe(0);
    const cursor = page.locator('[data-testid="chart"] .shewhart-cursor');
    expect(await cursor.count()).toBe(1);
    await cursor.focus();
    await page.keyboard.press("Home");
    for (let k = 0; k < 9; k++) await page.keyboard.press("ArrowRight");
    expect(await page.evaluate(() => (document.activeElement as SVGElement | null)?.dataset["index"])).toBe("9");
    expect(await page.locator("#announce").textContent()).toContain("10: 105. Point 10 of 6000.");
    await page.keyboard.press("b");
    expect(await page.getByTestId("baseline").inputValue()).toBe("10");
    // A click on the line opens the menu of the point nearest it (here some 9 points share a pixel column).
    const box = await page.locator('[data-testid="chart"] .shewhart-cursor').boundingBox();
    await page.mouse.click(box!.x + box!.width / 2, box!.y + box!.height / 2);
    expect(await page.getByTestId("point-menu").isHidden()).toBe(false);
    const clicked = Number(/\d+/.exec((await page.locator("#point-menu-title").textContent()) ?? "")?.[0]);
    expect(Math.abs(clicked - 10)).toBeLessThanOrEqual(40);
    await page.keyboard.press("Escape");
    // The focus mark belongs to the page, not to the downloaded picture.
    const [svg] = await Promise.all([page.waitForEvent("download"), page.getByTestId("download-svg").click()]);
    const svgText = readFileSync((await svg.path()) as string, "utf8");
    expect(svgText).not.toContain("shewhart-cursor");
    expect(outlines(svgText)).toBe(outlines(await pageSvg()));
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("an Excel workbook", () => {
  it("is read in the browser: dates, single measurements → an I chart", async () => {
    const folder = mkdtempSync(join(tmpdir(), "shewhart-app-xlsx-"));
    const header = [{ value: "Dato" }, { value: "Ventetid (dage)" }, { value: "Kommentar" }];
    const waits = [4.5, 3.2, 5.1, 4.4, 6.0, 3.9, 4.8, 5.5, 4.1, 3.7, 4.9, 5.2, 4.6, 3.8];
    const rows = waits.map((v, k) => [{ value: `${String(k + 1).padStart(2, "0")}-03-2024` }, { value: v, type: Number }, { value: k === 5 ? "Ny visitation" : "" }]);
    await writeXlsxFile([header, ...rows] as never).toFile(join(folder, "ventetid.xlsx"));
    const bytes = readFileSync(join(folder, "ventetid.xlsx"));
    rmSync(folder, { recursive: true, force: true });
    const page = await browser.newPage({ locale: "da-DK" });
    await page.goto(app.url);
    await page.getByTestId("file").setInputFiles({ name: "ventetid.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: bytes });
    await page.waitForSelector('[data-testid="chart"] svg');
    expect(await page.getByTestId("x-column").inputValue()).toBe("Dato");
    expect(await page.getByTestId("y-column").inputValue()).toBe("Ventetid (dage)");
    expect(await page.getByTestId("n-column").inputValue()).toBe("");
    expect(await page.getByTestId("notes-column").inputValue()).toBe("Kommentar");
    expect(await page.getByTestId("chart-type").inputValue()).toBe("i");
    expect(await page.getByTestId("detected").textContent()).toContain("Excel");
    expect(await page.getByTestId("x-facts").textContent()).toContain("datoer");
    expect(await page.locator('[data-testid="chart"] .shewhart-point').count()).toBe(waits.length);
    await page.close();
  });
});
