import { randomBytes } from "node:crypto";
import { closeSync, constants, linkSync, lstatSync, openSync, readFileSync, unlinkSync, writeSync } from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";
import { CliError } from "./io.ts";
import { systemReason } from "./systemReason.ts";

/** The lock file a run holds in its output folder while it writes. */
export const lockName = ".shewhart.lock";

/** Open flags for a file that must not exist yet, never through a symbolic link. */
export const exclusive = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0);

/**
 * Takes the output folder for this run: `.shewhart.lock` is created holding
 * the pid and host name, by one atomic step so that of two runs only one can
 * and no run ever sees it empty — written first to a temporary file of an
 * unpredictable name (`O_EXCL | O_NOFOLLOW`), then hard-linked to the lock's
 * name (a link never replaces an existing file nor follows a symbolic link
 * there). On a file system without hard links it is created exclusively and
 * then written. A lock left by a run of this machine whose process is gone
 * (killed, crashed) is stale and taken over; a lock held by a live run, by
 * another machine, or that cannot be read is a refusal that says what to do.
 *
 * @returns a function that releases the lock
 * @throws CliError (exit 1)
 */
export function lockFolder(folder: string): () => void {
  const path = join(folder, lockName);
  const mine = `${process.pid}\n${hostname()}\n`;
  const release = (): void => {
    try {
      if (readFileSync(path, "utf8") === mine) unlinkSync(path);
    } catch {
      // Already gone: nothing to release.
    }
  };
  const temporary = `${path}.tmp-${randomBytes(8).toString("hex")}`;
  writeNew(temporary, mine, folder);
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        linkSync(temporary, path);
        return release;
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === "EPERM" || code === "ENOTSUP" || code === "EOPNOTSUPP" || code === "ENOSYS") {
          // No hard links here (some network and FAT drives): create the lock itself exclusively.
          writeNew(path, mine, folder, () => refuse(folder, path));
          return release;
        }
        // The temporary file removed under us by another run's clean-up: that run holds the folder.
        if (code === "ENOENT") throw refuse(folder, path);
        if (code !== "EEXIST") throw new CliError(`cannot write into ${folder}: ${systemReason(error)}`, 1);
        const holder = readHolder(path);
        if (attempt === 0 && holder !== null && holder.host === hostname() && !alive(holder.pid)) {
          unlinkSync(path);
          continue;
        }
        throw refuse(folder, path, holder);
      }
    }
  } finally {
    try {
      unlinkSync(temporary);
    } catch {
      // Removed already (a later run's clean-up of leftovers).
    }
  }
}

/** A file that must not exist yet, created exclusively and never through a symbolic link, holding `text`. */
function writeNew(path: string, text: string, folder: string, exists?: () => CliError): void {
  let fd: number;
  try {
    fd = openSync(path, exclusive, 0o644);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST" && exists !== undefined) throw exists();
    throw new CliError(`cannot write into ${folder}: ${systemReason(error)}`, 1);
  }
  try {
    writeSync(fd, text);
  } finally {
    closeSync(fd);
  }
}

/** The refusal when another run holds the folder. */
function refuse(folder: string, path: string, holder = readHolder(path)): CliError {
  const who = holder === null ? "" : ` (pid ${holder.pid}${holder.host === hostname() ? "" : ` on ${holder.host}`})`;
  return new CliError(`another shewhart run is writing into ${folder}${who}; remove ${path} if it is stale`, 1);
}

/** The pid and host in a lock file; null when it is not a plain file or does not hold them. */
function readHolder(path: string): { pid: number; host: string } | null {
  try {
    if (!lstatSync(path).isFile()) return null;
    const [pid = "", host = ""] = readFileSync(path, "utf8").split("\n");
    return /^\d{1,10}$/.test(pid) ? { pid: Number(pid), host } : null;
  } catch {
    return null;
  }
}

/** The process exists (signal 0 checks without sending anything; EPERM means it exists but belongs to someone else). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
