import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { analyze } from "../core/analyze.ts";
import { isSpcError } from "../core/errors.ts";
import type { ChartSpecInput } from "../core/schema/chartSpec.ts";
import { CliError, type CliIo } from "./io.ts";

/**
 * `shewhart analyze [FILE | -]`: a spec as JSON gives the result's JSON
 * (DESIGN.md §3); NDJSON (one spec per line, `.ndjson` or several lines) gives
 * one result per line. A bad spec is reported with its line and nothing is
 * printed for it.
 */
export async function analyzeCommand(file: string | undefined, io: CliIo): Promise<void> {
  const source = file === undefined || file === "-" ? "stdin" : file;
  let text: string;
  if (source === "stdin") text = await io.stdin();
  else {
    try {
      text = readFileSync(resolve(io.cwd, source), "utf8");
    } catch (error) {
      throw new CliError(`cannot read ${source}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, 1);
    }
  }
  const trimmed = text.replace(/^\ufeff/, "").trim();
  if (trimmed === "") throw new CliError(`${source}: no spec to analyse`, 1);
  const lines = trimmed.split(/\r?\n/);
  const ndjson = source.endsWith(".ndjson") || (lines.length > 1 && lines.every((l) => l.trim() === "" || l.trim().startsWith("{")) && !isSingleJson(trimmed));
  const specs = ndjson ? lines.map((line, k) => ({ text: line, line: k + 1 })).filter((l) => l.text.trim() !== "") : [{ text: trimmed, line: 1 }];
  const output: string[] = [];
  for (const { text: item, line } of specs) {
    let spec: unknown;
    try {
      spec = JSON.parse(item);
    } catch (error) {
      throw new CliError(`${source}:${line}: not valid JSON: ${(error as Error).message}`, 1);
    }
    try {
      output.push(JSON.stringify(analyze(spec as ChartSpecInput).toJSON()));
    } catch (error) {
      if (isSpcError(error)) throw new CliError(`${source}${ndjson ? `:${line}` : ""}: ${error.message}`, 1);
      throw error;
    }
  }
  io.stdout.write(`${output.join("\n")}\n`);
}

function isSingleJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
