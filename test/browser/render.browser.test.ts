// Real-browser tests (npm run test:browser): Debian's Chromium driven by playwright-core.
import { existsSync } from "node:fs";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { analyze } from "../../src/index.ts";
import { renderSmallMultiples, renderSvg } from "../../src/svg/index.ts";
import { loadReference, toSpec } from "../helpers/qicharts2.ts";

const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const hostile = '<img src=x onerror=alert(1)></text><script>alert("x")</script>';

let browser: Browser;
let page: Page;
const consoleErrors: string[] = [];
const dialogs: string[] = [];

beforeAll(async () => {
  if (!existsSync(executablePath)) throw new Error(`no Chromium at ${executablePath}: install Debian's chromium (apt-get install -y chromium)`);
  browser = await chromium.launch({ executablePath, args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
  page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
  page.on("console", (message) => {
    if (message.type() === "error") consoleErrors.push(message.text());
  });
  page.on("pageerror", (error) => consoleErrors.push(error.message));
  page.on("dialog", async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  const charts = [
    renderSvg(analyze(toSpec(loadReference("v_p_weekly_freeze").input)), { title: "FMK – ajourføring ved udskrivelse", subtitle: "Ortopædkirurgisk Afdeling M", locale: "da-DK", idPrefix: "a", notes: [{ index: 10, text: "PDSA 1" }] }),
    renderSvg(analyze(toSpec(loadReference("v_u_infections").input)), { title: "Infections per 1,000 bed days", idPrefix: "b", yLabel: "per 1,000 bed days" }),
    renderSvg(analyze({ y: [1, 2, 3, 4, 5, 6, 7, 8], x: ["a", "b", hostile, "d", "e", "f", "g", "h"] }), { title: hostile, subtitle: hostile, notes: [{ index: 2, text: hostile }], idPrefix: "c" }),
    renderSmallMultiples([analyze({ y: [1, 3, 2, 4, 3, 5] }), analyze({ y: [2, 2, 3, 1, 4, 2] })], { panelTitles: ["North", hostile], idPrefix: "d" }),
  ];
  await page.setContent(`<!doctype html><html><body>${charts.map((svg) => `<div style="width:720px">${svg}</div>`).join("")}</body></html>`);
});

afterAll(async () => {
  await browser?.close();
});

describe("charts in Chromium", () => {
  it("render with no console errors, and hostile labels run nothing", async () => {
    expect(await page.locator("svg.shewhart").count()).toBe(4);
    expect(await page.locator("script").count()).toBe(0);
    expect(await page.locator("img").count()).toBe(0);
    await page.waitForTimeout(100);
    expect(dialogs).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  it("have a non-empty plot area and keep every text inside the viewBox", async () => {
    const problems = await page.evaluate(() => {
      const out: string[] = [];
      for (const svg of Array.from(document.querySelectorAll("svg.shewhart"))) {
        const box = svg.getBoundingClientRect();
        const plot = svg.querySelector(".shewhart-data") as SVGGraphicsElement | null;
        const plotBox = plot?.getBBox();
        if (plotBox === undefined || plotBox.width <= 0 || plotBox.height <= 0) out.push("empty plot");
        // Screen boxes, so that rotated and translated texts are measured where they are drawn.
        for (const text of Array.from(svg.querySelectorAll("text"))) {
          const b = text.getBoundingClientRect();
          if (b.left < box.left - 0.5 || b.top < box.top - 0.5 || b.right > box.right + 0.5 || b.bottom > box.bottom + 0.5) {
            out.push(`outside: "${text.textContent}" ${Math.round(b.left - box.left)},${Math.round(b.top - box.top)} ${Math.round(b.width)}×${Math.round(b.height)}`);
          }
        }
      }
      return out;
    });
    expect(problems).toEqual([]);
  });

  it("never overlap two axis or line labels", async () => {
    const overlaps = await page.evaluate(() => {
      const out: string[] = [];
      for (const svg of Array.from(document.querySelectorAll("svg.shewhart"))) {
        const groups = [".shewhart-x-tick text:not(.shewhart-x-year)", ".shewhart-y-tick text", ".shewhart-line-label"];
        for (const selector of groups) {
          const boxes = Array.from(svg.querySelectorAll(selector)).map((t) => ({ text: t.textContent, box: t.getBoundingClientRect() }));
          for (let i = 0; i < boxes.length; i++) {
            for (let j = i + 1; j < boxes.length; j++) {
              const a = boxes[i]!.box;
              const b = boxes[j]!.box;
              if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) out.push(`${boxes[i]!.text} / ${boxes[j]!.text}`);
            }
          }
        }
      }
      return out;
    });
    expect(overlaps).toEqual([]);
  });
});
