// `npm install shewhart` as a user gets it: the packed tarball installed into an empty project.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decodePng, inkBox } from "../helpers/decodePng.ts";

const root = join(import.meta.dirname, "..", "..");
const folder = mkdtempSync(join(tmpdir(), "shewhart-install-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const npm = (args: string[], cwd: string): string => execFileSync("npm", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });

beforeAll(() => {
  if (!existsSync(join(root, "dist", "cli.js"))) throw new Error("run `npm run build` first (npm test does)");
  const packed = JSON.parse(npm(["pack", "--json", "--pack-destination", folder], root)) as { filename: string }[];
  writeFileSync(join(folder, "package.json"), JSON.stringify({ name: "user", version: "1.0.0", private: true }));
  npm(["install", "--omit=dev", "--ignore-scripts", "--prefer-offline", "--no-audit", "--no-fund", join(folder, packed[0]!.filename)], folder);
});

/** Every package.json under node_modules, scoped packages and nested node_modules included. */
function manifests(dir: string): { name: string; os?: unknown; cpu?: unknown }[] {
  const found: { name: string; os?: unknown; cpu?: unknown }[] = [];
  if (!existsSync(dir)) return found;
  for (const entry of readdirSync(dir)) {
    if (entry.startsWith(".")) continue;
    const packages = entry.startsWith("@") ? readdirSync(join(dir, entry)).map((name) => join(dir, entry, name)) : [join(dir, entry)];
    for (const path of packages) {
      const manifest = join(path, "package.json");
      if (existsSync(manifest)) found.push(JSON.parse(readFileSync(manifest, "utf8")));
      found.push(...manifests(join(path, "node_modules")));
    }
  }
  return found;
}

describe("the installed package", () => {
  it("installs no platform-specific package (none with an os or cpu field)", () => {
    const installed = manifests(join(folder, "node_modules"));
    expect(installed.map((m) => m.name)).toContain("shewhart");
    expect(installed.map((m) => m.name)).toContain("@resvg/resvg-wasm");
    expect(installed.filter((m) => m.os !== undefined || m.cpu !== undefined).map((m) => m.name)).toEqual([]);
    const own = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as Record<string, unknown>;
    expect(own["optionalDependencies"]).toBeUndefined();
  });

  it("writes a PNG whose text is set in the bundled font", () => {
    writeFileSync(join(folder, "v.csv"), "uge,v\n2018-W01,3\n2018-W02,5\n2018-W03,4\n2018-W04,6\n2018-W05,5\n2018-W06,7\n");
    const bin = join(folder, "node_modules", "shewhart", "bin", "shewhart.mjs");
    const result = spawnSync(process.execPath, [bin, "chart", "v.csv", "--x", "uge", "--y", "v", "--title", "Ventetid på æøå", "--locale", "da-DK", "--format", "png", "--out", "v.png", "--quiet"], { cwd: folder, encoding: "utf8" });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    const image = decodePng(readFileSync(join(folder, "v.png")));
    expect(image.width).toBe(1440);
    // The title's dark ink, top left (the data line and axes lie lower).
    const title = inkBox({ width: image.width, height: 50, pixels: image.pixels.subarray(0, image.width * 50 * 4) }, 60);
    expect(title).not.toBeNull();
    expect(title!.count).toBeGreaterThan(1500);
  });
});
