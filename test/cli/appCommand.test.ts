// shewhart app: the static server of the browser app (started in-process on a scratch folder).
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { appCommand } from "../../src/cli/appCommand.ts";
import type { CliIo } from "../../src/cli/io.ts";
import { main } from "../../src/cli/main.ts";

let folder = "";
let stdout = "";
let stderr = "";
const io: CliIo = { stdout: { write: (t: string) => (stdout += t) }, stderr: { write: (t: string) => (stderr += t) }, stdin: async () => "", cwd: "/", interactive: false };

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), "shewhart-app-"));
  mkdirSync(join(folder, "app"));
  writeFileSync(join(folder, "app", "index.html"), "<!doctype html><title>t</title>");
  writeFileSync(join(folder, "app", "app.js"), "1");
  writeFileSync(join(folder, "secret.txt"), "not to be served");
  symlinkSync(join(folder, "secret.txt"), join(folder, "app", "link.txt"));
  stdout = "";
  stderr = "";
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

describe("shewhart app", () => {
  it("serves the app's files with their types and the CSP, and nothing else", async () => {
    const app = await appCommand({ port: "0", root: join(folder, "app") }, io);
    try {
      expect(stdout).toBe(`shewhart app: ${app.url}\n(the data you open stays in your browser; press Ctrl+C to stop)\n`);
      expect(app.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      const index = await fetch(app.url);
      expect(index.status).toBe(200);
      expect(index.headers.get("content-type")).toBe("text/html; charset=utf-8");
      expect(index.headers.get("content-security-policy")).toContain("default-src 'self'");
      expect(index.headers.get("x-content-type-options")).toBe("nosniff");
      expect((await fetch(new URL("app.js", app.url))).headers.get("content-type")).toBe("text/javascript; charset=utf-8");
      expect((await fetch(new URL("/secret.txt", app.url))).status).toBe(404);
      expect((await fetch(new URL("/%2e%2e/secret.txt", app.url))).status).toBe(404);
      expect((await fetch(new URL("/link.txt", app.url))).status).toBe(404);
      expect((await fetch(new URL("/missing.js", app.url))).status).toBe(404);
      expect((await fetch(app.url, { method: "PUT", body: "x" })).status).toBe(405);
      expect((await fetch(app.url, { method: "HEAD" })).status).toBe(200);
    } finally {
      await app.close();
    }
  });

  it("refuses a bad port (usage, exit 2) and says when the app is not built (exit 1)", async () => {
    expect(await main(["app", "--port", "70000"], io)).toBe(2);
    expect(stderr).toBe("shewhart: --port 70000: expected a whole number from 0 to 65535\n");
    await expect(appCommand({ root: join(folder, "nothing") }, io)).rejects.toThrow(/the app is not built/);
  });
});
