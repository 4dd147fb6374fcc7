import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { analyze } from "../core/analyze.ts";
import { isSpcError } from "../core/errors.ts";
import { columnsToJSON } from "../core/result/columnsToJSON.ts";
import type { ChartResult } from "../core/result/chartResult.ts";
import type { ChartSpecInput } from "../core/schema/chartSpec.ts";
import type { ChartResultJSON } from "../core/types.ts";
import { CliError, type CliIo } from "./io.ts";

/**
 * `shewhart analyze [FILE | -]`: a spec as JSON gives the result's JSON
 * (DESIGN.md §3); NDJSON (one spec per line, `.ndjson` or several lines) gives
 * one result per line. A bad spec is reported with its line and nothing is
 * printed for it.
 */
export async function analyzeCommand(file: string | undefined, io: CliIo, options: { readonly points?: string; readonly columns?: boolean } = {}): Promise<void> {
  const pointsAsLines = options.points === "ndjson";
  if (options.points !== undefined && options.points !== "ndjson" && options.points !== "json") throw new CliError(`--points ${options.points}: expected json or ndjson`, 2);
  if (options.columns === true && options.points !== undefined) throw new CliError("--columns prints one array per field: leave --points out", 2);
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
    let result: ChartResult;
    try {
      result = analyze(spec as ChartSpecInput);
    } catch (error) {
      if (isSpcError(error)) throw new CliError(`${source}${ndjson ? `:${line}` : ""}: ${error.message}`, 1);
      throw error;
    }
    if (options.columns === true) {
      output.push(JSON.stringify(columnsToJSON(result.toColumns())));
      continue;
    }
    const json: ChartResultJSON = result.toJSON();
    output.push(pointsAsLines ? asPointLines(json) : stringify(json));
  }
  io.stdout.write(`${output.join("\n")}\n`);
}

/**
 * The result as one JSON line, or — when it is too large for one JavaScript
 * string (about 5 × 10⁸ characters) — as NDJSON: a first line with everything
 * but the points (`points` holds their number) and one line per point.
 */
function stringify(json: ChartResultJSON): string {
  try {
    return JSON.stringify(json);
  } catch (error) {
    if (error instanceof RangeError) return asPointLines(json);
    throw error;
  }
}

function asPointLines(json: ChartResultJSON): string {
  const { points, ...rest } = json;
  const lines = [JSON.stringify({ ...rest, points: points.length })];
  for (const point of points) lines.push(JSON.stringify(point));
  return lines.join("\n");
}

function isSingleJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
