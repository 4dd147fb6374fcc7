// examples/browser: the page imports the ESM build (npm run build first) and draws from pasted CSV.
import { readFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..", "..");
const types: Record<string, string> = { ".html": "text/html", ".js": "text/javascript", ".mjs": "text/javascript" };
let server: Server;
let browser: Browser;
let base = "";

beforeAll(async () => {
  // A static server on loopback for the project folder (the page needs dist/ and node_modules/).
  server = createServer(async (request, response) => {
    const path = normalize(join(root, decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname)));
    if (!path.startsWith(root)) return void response.writeHead(403).end();
    let body: Buffer;
    try {
      body = await readFile(path);
    } catch {
      return void response.writeHead(404).end();
    }
    response.writeHead(200, { "content-type": types[extname(path)] ?? "application/octet-stream" }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
});

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe("examples/browser/index.html", () => {
  it("draws the pasted series with the ESM build, and shows an SpcError's message for bad data", async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    page.on("console", (m) => {
      if (m.type() === "error") errors.push(m.text());
    });
    page.on("requestfailed", (r) => errors.push(`failed: ${r.url()}`));
    page.on("response", (r) => {
      if (r.status() >= 400) errors.push(`${r.status()}: ${r.url()}`);
    });
    await page.goto(`${base}/examples/browser/index.html`);
    await page.waitForSelector("#chart-area svg.shewhart", { timeout: 10_000 }).catch(() => expect(errors).toEqual([]));
    expect(await page.locator("#chart-area .shewhart-point").count()).toBe(20);
    await page.fill("#data", "week,value\n2018-W14,1\n2018-W15,abc\n");
    await page.click("#draw");
    expect(await page.textContent("#error")).toBe("analyze: invalid y[1]: expected a finite number or null, received NaN");
    expect(errors).toEqual([]);
  });
});
