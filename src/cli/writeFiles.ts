import { closeSync, lstatSync, openSync, readdirSync, renameSync, rmdirSync, unlinkSync, writeSync } from "node:fs";
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
  const targets = files.map((file) => targetIn(root, file.name));
  makeFolder(root);
  const release = lockFolder(root);
  try {
    removeLeftovers(root);
    files.forEach((file, k) => moveIntoPlace(writeTemporary(targets[k] as string, file.content), targets[k] as string));
  } finally {
    release();
  }
  return targets;
}

/**
 * An output folder held for a run that writes its files in two steps, from
 * several threads: made and locked as by {@link writeFiles}, leftovers removed;
 * then each file written to its temporary ({@link stageFile}, in any thread),
 * and only when every file is written, all moved into place ({@link HeldFolder.commit}).
 * A run that fails instead removes its temporaries and the folders it made
 * ({@link HeldFolder.abandon}), so bad input leaves no files.
 */
export interface HeldFolder {
  readonly root: string;
  /** Moves each staged file into place (a folder at its name is an error), then releases the lock. */
  commit(staged: readonly StagedFile[]): void;
  /** Removes every temporary file in the folder, the folders this run made when empty, and releases the lock. */
  abandon(): void;
}

/** A file written to its temporary name, waiting to be moved into place. */
export type StagedFile = readonly [temporary: string, target: string];

/** Makes, locks and cleans the output folder ({@link writeFiles}' rules) for files staged from several threads. */
export function holdFolder(folder: string): HeldFolder {
  const root = resolve(folder);
  const created = makeFolder(root);
  const release = lockFolder(root);
  try {
    removeLeftovers(root);
  } catch (error) {
    release();
    throw error;
  }
  return {
    root,
    commit(staged) {
      try {
        for (const [temporary, target] of staged) moveIntoPlace(temporary, target);
      } catch (error) {
        removeLeftovers(root);
        throw error;
      } finally {
        release();
      }
    },
    abandon() {
      try {
        removeLeftovers(root);
      } finally {
        release();
        for (const made of [...created].reverse()) {
          try {
            rmdirSync(made);
          } catch {
            // Not empty (not ours alone) or gone: left as it is.
          }
        }
      }
    },
  };
}

/** A file's text in pieces, each text or UTF-8 bytes, written one after another (a report page of 200 charts is never made one text). */
export type TextParts = readonly (string | Uint8Array)[];

/**
 * Writes one file of a held folder to its temporary name (never an existing
 * file, never through a link), and says where it goes.
 * @throws CliError (exit 1) naming the file and the reason
 */
export function stageFile(root: string, name: string, content: string | Uint8Array | TextParts): StagedFile {
  const target = targetIn(root, name);
  return [writeTemporary(target, content), target];
}

/** The path of a file in the folder; a name that would leave it is refused. */
function targetIn(root: string, name: string): string {
  const target = resolve(root, name);
  const inside = relative(root, target);
  if (inside === "" || inside.startsWith("..") || inside.split(sep).includes("..") || inside.includes(sep)) {
    throw new CliError(`refusing to write ${name}: it is outside ${root}`, 1);
  }
  return target;
}

/** Writes the content to `<target>.tmp-<16 random hex digits>`, created exclusively (`O_EXCL | O_NOFOLLOW`); a partial file is removed. */
function writeTemporary(target: string, content: string | Uint8Array | TextParts): string {
  const temporary = `${target}.tmp-${randomBytes(8).toString("hex")}`;
  try {
    const fd = openSync(temporary, exclusive, 0o644);
    try {
      // Text goes through the thread's reused buffer: a Buffer per chart was an ArrayBuffer per file to allocate and collect.
      if (typeof content === "string") writeParts(fd, [content]);
      else if (content instanceof Uint8Array) writeBytes(fd, content);
      else writeParts(fd, content);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    removeQuietly(temporary);
    throw new CliError(`cannot write ${target}: ${systemReason(error)}`, 1);
  }
  return temporary;
}

function writeBytes(fd: number, bytes: Uint8Array): void {
  for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at, bytes.length - at);
}

/** The buffer text pieces are gathered in, one per thread: reused, so that writing allocates nothing in the megabytes. */
let gathered: Buffer | null = null;

/** Writes pieces (text as UTF-8) through a buffer of 1 MiB: a piece larger than it is written on its own. */
function writeParts(fd: number, parts: TextParts): void {
  const buffer = (gathered ??= Buffer.allocUnsafe(1 << 20));
  let used = 0;
  for (const part of parts) {
    const size = typeof part === "string" ? Buffer.byteLength(part, "utf8") : part.length;
    if (used + size > buffer.length) {
      writeBytes(fd, buffer.subarray(0, used));
      used = 0;
    }
    if (size > buffer.length) writeBytes(fd, typeof part === "string" ? Buffer.from(part, "utf8") : part);
    else if (typeof part === "string") used += buffer.write(part, used, "utf8");
    else {
      buffer.set(part, used);
      used += size;
    }
  }
  writeBytes(fd, buffer.subarray(0, used));
}

/** Renames a temporary into place: rename replaces a link at the target instead of writing through it. */
function moveIntoPlace(temporary: string, target: string): void {
  try {
    renameSync(temporary, target);
  } catch (error) {
    removeQuietly(temporary);
    // A file is never renamed over a folder (EISDIR; EPERM on Windows): asked only when the rename failed, so that a
    // run of 20,000 charts makes 20,000 system calls here rather than 40,000 (on the main thread, after every chart is drawn).
    if (isFolder(target)) throw new CliError(`cannot write ${target}: a folder has that name`, 1);
    throw new CliError(`cannot write ${target}: ${systemReason(error)}`, 1);
  }
}

function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // Never created, or already renamed.
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
