import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The version in shewhart's package.json, found from the built CLI (dist/) or from the source (src/cli/). */
export function packageVersion(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  for (const candidate of [join(here, "..", "package.json"), join(here, "..", "..", "package.json")]) {
    if (!existsSync(candidate)) continue;
    const json = JSON.parse(readFileSync(candidate, "utf8")) as { name?: unknown; version?: unknown };
    if (json.name === "shewhart" && typeof json.version === "string") return json.version;
  }
  return "unknown";
}
