import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chartCommand } from "./chartCommand.ts";
import { CliError, type CliIo } from "./io.ts";
import { printable } from "./printable.ts";

/** The example data shipped with the package (examples/data), found from the built CLI or from the source. */
function dataFolder(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  for (const candidate of [join(here, "..", "examples", "data"), join(here, "..", "..", "examples", "data")]) {
    if (existsSync(join(candidate, "fmk-weekly.csv"))) return candidate;
  }
  throw new CliError("the bundled example data (examples/data) is missing from this installation", 1);
}

/**
 * `shewhart demo [FOLDER]`: charts of the bundled example indicators — a weekly
 * proportion with a baseline and a change (Danish export: semicolons and decimal
 * commas), infections per 1,000 bed days for three hospitals (also as small
 * multiples), and waiting days —
 * written into FOLDER (default `shewhart-demo`) with index pages, and a summary on stdout.
 */
export async function demoCommand(folder: string | undefined, io: CliIo): Promise<void> {
  const data = dataFolder();
  const out = resolve(io.cwd, folder ?? "shewhart-demo");
  const base = { locale: "da-DK", format: "svg", summary: "text" };
  io.stdout.write("FMK – ajourføring ved udskrivelse (weekly P chart, 8-week baseline)\n");
  await chartCommand(join(data, "fmk-weekly.csv"), { ...base, x: "uge", y: "ajourført", n: "udskrevne", chart: "p", freeze: "8", multiply: "100", improvement: "up", target: "95", notes: "note", title: "FMK – ajourføring ved udskrivelse", out: join(out, "fmk") }, io);
  io.stdout.write("\nInfections per 1,000 bed days, by hospital (U chart)\n");
  await chartCommand(join(data, "infections.csv"), { ...base, x: "month", y: "infections", n: "bed_days", group: "hospital", phase: "phase", chart: "u", multiply: "1000", period: "month", improvement: "down", panels: true, title: "Infektioner pr. 1.000 sengedage", out: join(out, "infections") }, io);
  io.stdout.write("\nWaiting days before rehabilitation (I chart)\n");
  await chartCommand(join(data, "waiting-days.csv"), { ...base, x: "month", y: "days", chart: "i", period: "month", exclude: "2020-06-01", improvement: "down", rules: "ihi", title: "Ventedage før genoptræning", out: join(out, "waiting-days") }, io);
  io.stdout.write(`\nCharts written to ${printable(out)}\n`);
}
