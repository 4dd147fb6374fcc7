import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, relative, resolve, sep } from "node:path";
import { CliError } from "./io.ts";

/**
 * Writes files into a folder, each atomically (a temporary file renamed into
 * place, so no half-written chart is ever left), and refuses any path that
 * would leave the folder.
 */
export function writeFiles(folder: string, files: readonly { readonly name: string; readonly content: string | Uint8Array }[]): string[] {
  const root = resolve(folder);
  const written: string[] = [];
  for (const file of files) {
    const target = resolve(root, file.name);
    const inside = relative(root, target);
    if (inside === "" || inside.startsWith("..") || inside.split(sep).includes("..")) {
      throw new CliError(`refusing to write ${file.name}: it is outside ${root}`, 1);
    }
    mkdirSync(dirname(target), { recursive: true });
    const temporary = `${target}.tmp-${process.pid}`;
    try {
      writeFileSync(temporary, file.content);
      renameSync(temporary, target);
    } catch (error) {
      rmSync(temporary, { force: true });
      throw new CliError(`cannot write ${target}: ${(error as Error).message}`, 1);
    }
    written.push(target);
  }
  return written;
}
