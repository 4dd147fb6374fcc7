import { closeSync, constants, lstatSync, openSync, readFileSync, unlinkSync, writeSync } from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";
import { CliError } from "./io.ts";
import { systemReason } from "./systemReason.ts";

/** The lock file a run holds in its output folder while it writes. */
export const lockName = ".shewhart.lock";

/** Open flags for a file that must not exist yet, never through a symbolic link. */
export const exclusive = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0);

/**
 * Takes the output folder for this run: creates `.shewhart.lock` exclusively
 * (`O_EXCL`, so of two runs only one can), holding the pid and host name.
 * A lock left by a run of this machine whose process is gone (killed, crashed)
 * is stale and taken over; a lock held by a live run, by another machine, or
 * that cannot be read is a refusal that says what to do.
 *
 * @returns a function that releases the lock
 * @throws CliError (exit 1)
 */
export function lockFolder(folder: string): () => void {
  const path = join(folder, lockName);
  const mine = `${process.pid}\n${hostname()}\n`;
  for (let attempt = 0; ; attempt++) {
    let fd: number;
    try {
      fd = openSync(path, exclusive, 0o644);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw new CliError(`cannot write into ${folder}: ${systemReason(error)}`, 1);
      const holder = readHolder(path);
      if (attempt === 0 && holder !== null && holder.host === hostname() && !alive(holder.pid)) {
        unlinkSync(path);
        continue;
      }
      const who = holder === null ? "" : ` (pid ${holder.pid}${holder.host === hostname() ? "" : ` on ${holder.host}`})`;
      throw new CliError(`another shewhart run is writing into ${folder}${who}; remove ${path} if it is stale`, 1);
    }
    try {
      writeSync(fd, mine);
    } finally {
      closeSync(fd);
    }
    return () => {
      try {
        if (readFileSync(path, "utf8") === mine) unlinkSync(path);
      } catch {
        // Already gone: nothing to release.
      }
    };
  }
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
