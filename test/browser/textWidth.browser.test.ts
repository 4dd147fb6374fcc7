// Issue #14: the renderer estimates text widths without a DOM (src/svg/textWidth.ts). The estimate must
// never undershoot what Chromium draws in the fonts of the stack on Linux and in PNG output: DejaVu Sans
// and Liberation Sans, regular and bold — nor the theme's own font stack as this machine resolves it.
import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defaultTheme } from "../../src/svg/index.ts";
import { textWidth } from "../../src/svg/textWidth.ts";

const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
let browser: Browser;
const sizes = [9, 10, 10.5, 11, 12, 12.5, 14, 16, 20];

const samples = [
  "Gennemsnit (baseline): 90,8\u00a0% (uge 14–21, 2018)",
  "Mål 85,0\u00a0%",
  "Gns. 70,4\u00a0%",
  "Seneste gennemsnit (baseline): 90,8\u00a0% (uge 14, 2018 – uge 21, 2018)",
  "PDSA 1: tjekliste ved udskrivelse…",
  "WWWWWWWWWW MMMMMMMM @@@@ %%%% ÆØÅ æøå",
  "Latest median (baseline): 95.4% (week 40–47, 2018)",
  "Target 1,234.56 · UCL 99.9% · LCL 0.1%",
  "ijl1 ,.;:'|!",
  "Kardiologisk Afsnit, Regionshospitalet Nordjylland",
  "Ventetid til genoptræning (dage) — før og efter",
  "0123456789 −+×÷ ≤≥ “quoted” ‘single’",
];

beforeAll(async () => {
  if (!existsSync(executablePath)) throw new Error(`no Chromium at ${executablePath}: install Debian's chromium (apt-get install -y chromium)`);
  browser = await chromium.launch({ executablePath, args: ["--headless", "--no-sandbox", "--disable-gpu"] });
});

afterAll(async () => {
  await browser?.close();
});

describe("textWidth in Chromium", () => {
  it.each([1, 2])("never undershoots the drawn width, in every font of the stack, regular and bold (%dx screen)", async (deviceScaleFactor) => {
    const page = await browser.newPage({ deviceScaleFactor });
    await page.setContent("<!doctype html><svg xmlns='http://www.w3.org/2000/svg' width='2000' height='100'><text id='t' x='0' y='50'></text></svg>");
    const fonts = ['"DejaVu Sans"', '"Liberation Sans"', defaultTheme.fontFamily];
    const short: string[] = [];
    let measured = 0;
    for (const font of fonts) {
      for (const weight of ["400", "600"]) {
        for (const size of sizes) {
          const widths = await page.evaluate(
            ({ samples, font, weight, size }) => {
              const text = document.getElementById("t") as unknown as SVGTextElement;
              text.setAttribute("font-family", font);
              text.setAttribute("font-weight", weight);
              text.setAttribute("font-size", String(size));
              return samples.map((sample) => {
                text.textContent = sample;
                return text.getBBox().width;
              });
            },
            { samples, font, weight, size },
          );
          widths.forEach((real, k) => {
            measured++;
            const estimate = textWidth(samples[k] as string, size, weight !== "400");
            if (estimate < real - 0.01) short.push(`${font} ${weight} ${size}px "${samples[k]}": estimate ${estimate.toFixed(2)} < drawn ${real.toFixed(2)}`);
          });
        }
      }
    }
    expect(measured).toBe(fonts.length * 2 * sizes.length * samples.length);
    expect(short).toEqual([]);
  });
});
