import { closeSync, lstatSync, openSync, readdirSync, renameSync, unlinkSync, writeSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { join, relative, resolve, sep } from "node:path";
import { CliError } from "./io.ts";
import { makeFolder } from "./makeFolder.ts";
import { exclusive, lockFolder } from "./outputLock.ts";
import { systemReason } from "./systemReason.ts";

/** Temporary files of this and earlier versions: `<name>.<svg|png|html>.tmp-<hex>`, and the lock's `.shewhart.lock.tmp-<hex>`. */
const leftover = /\.(?:svg|png|html|lock)\.tmp-[0-9a-f]+$/;

/**
 * Writes files into a folder, safely on a folder others can write to too:
 * - the folder (and its parents) is created one level at a time ({@link makeFolder});
 * - the run holds `.shewhart.lock` while it writes, so a second run into the same folder is refused ({@link lockFolder});
 * - temporary files of an interrupted run (`*.svg.tmp-…`) are removed first;
 * - each file is written to a temporary name chosen at random (64 bits from
 *   `crypto.randomBytes`), created exclusively (`O_EXCL | O_NOFOLLOW`: never an
 *   existing file, never through a symbolic link), then renamed into place —
 *   rename replaces a symbolic link at the final name instead of writing
 *   through it, and no half-written chart is ever left;
 * - any name that would leave the folder is refused.
 *
 * @throws CliError (exit 1) with one line naming the file and the reason
 */
export function writeFiles(folder: string, files: readonly { readonly name: string; readonly content: string | Uint8Array }[]): string[] {
  const root = resolve(folder);
  const targets = files.map((file) => {
    const target = resolve(root, file.name);
    const inside = relative(root, target);
    if (inside === "" || inside.startsWith("..") || inside.split(sep).includes("..") || inside.includes(sep)) {
      throw new CliError(`refusing to write ${file.name}: it is outside ${root}`, 1);
    }
    return target;
  });
  makeFolder(root);
  const release = lockFolder(root);
  try {
    removeLeftovers(root);
    files.forEach((file, k) => writeOne(targets[k] as string, file.content));
  } finally {
    release();
  }
  return targets;
}

function writeOne(target: string, content: string | Uint8Array): void {
  const temporary = `${target}.tmp-${randomBytes(8).toString("hex")}`;
  try {
    const fd = openSync(temporary, exclusive, 0o644);
    try {
      const bytes = typeof content === "string" ? Buffer.from(content, "utf8") : content;
      for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at, bytes.length - at);
    } finally {
      closeSync(fd);
    }
    if (isFolder(target)) throw new CliError(`cannot write ${target}: a folder has that name`, 1);
    renameSync(temporary, target);
  } catch (error) {
    try {
      unlinkSync(temporary);
    } catch {
      // Never created, or already renamed.
    }
    if (error instanceof CliError) throw error;
    throw new CliError(`cannot write ${target}: ${systemReason(error)}`, 1);
  }
}

function isFolder(path: string): boolean {
  try {
    return lstatSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Removes the temporary files an interrupted run (kill -9, power cut) left; the lock is held, so no other run is writing them. */
function removeLeftovers(root: string): void {
  let names: string[];
  try {
    names = readdirSync(root);
  } catch (error) {
    throw new CliError(`cannot read the folder ${root}: ${systemReason(error)}`, 1);
  }
  for (const name of names) {
    if (!leftover.test(name)) continue;
    try {
      unlinkSync(join(root, name));
    } catch {
      // Gone already, or not ours to remove: it is never written to.
    }
  }
}
