import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { analyze } from "../core/analyze.ts";
import { isSpcError } from "../core/errors.ts";
import { columnsToJSON } from "../core/result/columnsToJSON.ts";
import type { ChartResult } from "../core/result/chartResult.ts";
import type { ChartSpecInput } from "../core/schema/chartSpec.ts";
import type { ChartResultJSON } from "../core/types.ts";
import { CliError, type CliIo } from "./io.ts";
import { internalError } from "./internalError.ts";
import { printableJson } from "./printable.ts";
import { systemReason } from "./systemReason.ts";

/**
 * `shewhart analyze [FILE | -]`: a spec as JSON gives the result's JSON
 * (DESIGN.md §3); NDJSON (one spec per line, `.ndjson` or several lines) gives
 * one output line per input line: the result, or for a line that cannot be
 * analysed `{"line": k, "error": {"code", "message", "path"}}` — the other
 * lines are still analysed, and the command exits 1 at the end when any line
 * failed. A blank input line gives a blank output line, so output line k
 * always answers input line k (unless `--points ndjson` asks for a line per point).
 */
export async function analyzeCommand(file: string | undefined, io: CliIo, options: { readonly points?: string; readonly columns?: boolean } = {}): Promise<void> {
  const pointsAsLines = options.points === "ndjson";
  if (options.points !== undefined && options.points !== "ndjson" && options.points !== "json") throw new CliError(`--points ${options.points}: expected json or ndjson`, 2);
  if (options.columns === true && options.points !== undefined) throw new CliError("--columns prints one array per field: leave --points out", 2);
  // One result as printed: the compact JSON of its columns, a line per point, or the §3 JSON.
  const format = (result: ChartResult): string => {
    if (options.columns === true) return JSON.stringify(columnsToJSON(result.toColumns()));
    const json = result.toJSON();
    return pointsAsLines ? asPointLines(json) : stringify(json);
  };
  const source = file === undefined || file === "-" ? "stdin" : file;
  let text: string;
  if (source === "stdin") text = await io.stdin();
  else {
    try {
      text = readFileSync(resolve(io.cwd, source), "utf8");
    } catch (error) {
      throw new CliError(`cannot read ${source}: ${systemReason(error)}`, 1);
    }
  }
  const body = text.replace(/^\ufeff/, "");
  const trimmed = body.trim();
  if (trimmed === "") throw new CliError(`${source}: no spec to analyse`, 1);
  const lines = body.replace(/\r?\n$/, "").split(/\r?\n/);
  // NDJSON: a .ndjson file, or several lines that are not one JSON value and start with an object (a bad line further on is that line's error).
  const nonBlank = lines.filter((l) => l.trim() !== "");
  const ndjson = source.endsWith(".ndjson") || (nonBlank.length > 1 && (nonBlank[0] ?? "").trim().startsWith("{") && !isSingleJson(trimmed) && isSingleJson(nonBlank[0] ?? ""));
  if (!ndjson) {
    let spec: unknown;
    try {
      spec = JSON.parse(trimmed);
    } catch (error) {
      throw new CliError(`${source}: not valid JSON: ${(error as Error).message}`, 1);
    }
    const result = analyzeOne(spec, (message) => new CliError(`${source}: ${message}`, 1));
    io.stdout.write(`${printableJson(format(result))}\n`);
    return;
  }
  let failed = 0;
  for (const [k, item] of lines.entries()) {
    const line = k + 1;
    let out = "";
    if (item.trim() !== "") {
      try {
        let spec: unknown;
        try {
          spec = JSON.parse(item);
        } catch (error) {
          throw new LineError("invalid_json", `not valid JSON: ${(error as Error).message}`, []);
        }
        out = format(analyzeOne(spec, (message, error) => new LineError(error.code, message, error.path)));
      } catch (error) {
        failed++;
        const { code, message, path } = error instanceof LineError ? error : new LineError("internal_error", internalError(error), []);
        out = JSON.stringify({ line, error: { code, message, path } });
      }
    }
    io.stdout.write(`${printableJson(out)}\n`);
  }
  if (failed > 0) throw new CliError(`${source}: ${failed} of ${nonBlank.length} lines could not be analysed (see their "error" lines)`, 1);
}

/** One line's failure: a code (`invalid_json`, an `SpcError` code, or `internal_error`), a message and the path into the spec. */
class LineError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly path: readonly (string | number)[],
  ) {
    super(message);
  }
}

/** `analyze(spec)`, with a bad spec (an `SpcError`) turned into the caller's error. */
function analyzeOne(spec: unknown, fail: (message: string, error: { code: string; path: readonly (string | number)[] }) => Error): ChartResult {
  try {
    return analyze(spec as ChartSpecInput);
  } catch (error) {
    if (isSpcError(error)) throw fail(error.message, error);
    throw error;
  }
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
