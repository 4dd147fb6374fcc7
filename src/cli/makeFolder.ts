import { mkdirSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { CliError } from "./io.ts";
import { systemReason } from "./systemReason.ts";

/**
 * Makes a folder and its missing parents, one level at a time, and says in one
 * line why when it cannot: a part of the path is a file, permission denied, a
 * read-only or virtual file system. Node's own `mkdirSync(…, { recursive: true })`
 * loops for ever on paths such as `/proc/self/x` (mkdir says "no such file",
 * the parent exists, so it tries again); this walks each level once.
 *
 * @returns the folders it made, outermost first (none when the folder was there)
 * @throws CliError (exit 1)
 */
export function makeFolder(folder: string): string[] {
  const target = resolve(folder);
  const missing: string[] = [];
  for (let at = target; ; at = dirname(at)) {
    const kind = kindOf(at, target);
    if (kind === "folder") break;
    missing.push(at);
    if (dirname(at) === at) break;
  }
  const made: string[] = [];
  for (const at of missing.reverse()) {
    try {
      mkdirSync(at);
      made.push(at);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "EEXIST" && kindOf(at, target) === "folder") continue;
      throw new CliError(`cannot create the folder ${at}${at === target ? "" : ` (for ${target})`}: ${systemReason(error)}`, 1);
    }
  }
  return made;
}

function kindOf(path: string, target: string): "folder" | "missing" {
  try {
    if (statSync(path).isDirectory()) return "folder";
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return "missing";
    throw new CliError(`cannot use the folder ${target}: ${path === target ? "" : `${path}: `}${systemReason(error)}`, 1);
  }
  throw new CliError(`cannot use the folder ${target}: ${path === target ? "it" : path} is a file, not a folder`, 1);
}
