import { Command, CommanderError } from "commander";
import { isSpcError } from "../core/errors.ts";
import { analyzeCommand } from "./analyzeCommand.ts";
import { appCommand, type AppOptions } from "./appCommand.ts";
import { chartCommand, type ChartOptions } from "./chartCommand.ts";
import { demoCommand } from "./demoCommand.ts";
import { CliError, type CliIo } from "./io.ts";
import { packageVersion } from "./packageVersion.ts";
import { internalError } from "./internalError.ts";
import { printable } from "./printable.ts";

/**
 * The `shewhart` command line, callable in-process (tests, fuzzing) with its
 * own input and output. Returns the exit code: 0 ok, 1 bad input (or an
 * internal error, reported in one line), 2 usage error. Nothing read from a
 * file reaches stderr unescaped ({@link printable}), and no stack trace is printed.
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const program = new Command("shewhart")
    .description("Statistical process control for healthcare improvement: run and control charts from CSV, Excel or JSON")
    .version(packageVersion(), "-V, --version", "print the version of shewhart")
    .exitOverride()
    .configureOutput({ writeOut: (text) => io.stdout.write(text), writeErr: (text) => io.stderr.write(text.split("\n").map(printable).join("\n")) })
    .showHelpAfterError(false);

  program
    .command("analyze")
    .description("analyse a chart spec (JSON) or many (NDJSON, one per line) and print the result JSON / NDJSON")
    .argument("[file]", "spec file, or - for standard input")
    .option("--points <format>", "json (default), or ndjson: a line with the result, then a line per point (automatic for results too large for one string)")
    .option("--columns", "print each result as columns (one array per field, DESIGN.md §3) instead of one object per point")
    .action(async (file: string | undefined, options: { points?: string; columns?: boolean }) => analyzeCommand(file, io, options));

  program
    .command("chart")
    .description("make one chart per group from a CSV or Excel (.xlsx) export, with an index page, and print a summary")
    .argument("<file>", "CSV (encoding, separator , ; or tab, and decimal marks detected) or .xlsx")
    .requiredOption("--y <column>", "values, counts or numerators")
    .option("--x <column>", "subgroup: dates (2018-04-02, 02-04-2018), weeks (2018-W40, Uge 40, 2018), months (2018-01, jan. 2018), quarters (2018-Q1, 1. kvt. 2018), numbers or categories")
    .option("--n <column>", "denominators")
    .option("--group <column>", "one chart per value of this column (e.g. the unit)")
    .option("--notes <column>", "notes shown at their points")
    .option("--phase <column>", "a new phase where this column's value changes")
    .option("--breaks <x,...>", "new phases start at these x values, as they appear in the file")
    .option("--exclude <x,...>", "leave these x values out of centre line and limits")
    .option("--freeze <k>", "baseline: the first k subgroups")
    .option("--chart <type>", "run, i, mr, xbar, s, t, p, pp, c, u, up, g, ip", "run")
    .option("--rules <name>", "anhoej, bestbox, cutbox, ihi, hcdg, nhs")
    .option("--multiply <k>", "e.g. 100 for percent, 1000 for per 1,000")
    .option("--percent", "show the values in percent: a run or I chart of proportions (P and P′ charts always are)")
    .option("--period <period>", "day, week, month, quarter or year")
    .option("--improvement <direction>", "up or down: which direction is better")
    .option("--target <value>", "target on the plotted scale")
    .option("--locale <locale>", "da-DK, en-GB, …", "en-GB")
    .option("--title <text>", "chart title (the group is added)")
    .option("--sheet <name>", "sheet of an .xlsx workbook (default: the first)")
    .option("--decimal <mark>", "decimal mark of the file's numbers: , or . (default: decided per column from all its cells)")
    .option("--encoding <encoding>", "utf-8, utf-16 or windows-1252 (default: from the BOM, else UTF-8 if valid, else windows-1252)")
    .option("--separator <separator>", "column separator of a CSV: , ; or tab (default: detected)")
    .option("--x-type <kind>", "read x as date, week, month, quarter, year, number or category (default: detected)")
    .option("--date-order <order>", "dmy (default: 02-04-2018 is 2 April) or mdy (month first)")
    .option("--out <path>", "folder for the charts, or a file.svg for one chart", "shewhart-charts")
    .option("--format <format>", "svg or png", "svg")
    .option("--summary <format>", "text, csv or json", "text")
    .option("--panels", "also draw every group as small multiples in one SVG (panels.svg), shared y scale")
    .option("--no-report", "do not write the report page (index.html): for batches of thousands of charts, whose report is drawn and held on one thread")
    .option("--threads <n>", "worker threads for many groups (default: all cores from 64 groups on; never more than the cores)")
    .option("-q, --quiet", "do not print the charts' warnings, the notes on reading (a title line left out), nor the notice when --threads is capped")
    .action(async (file: string, options: ChartOptions) => chartCommand(file, options, io));

  program
    .command("demo")
    .description("chart the bundled example indicators into a folder and print the summaries")
    .argument("[folder]", "where to write the charts", "shewhart-demo")
    .action(async (folder: string) => demoCommand(folder, io));

  program
    .command("app")
    .description("serve the browser app on 127.0.0.1 (your data stays in the browser) and print its URL")
    .option("--port <n>", "port (default: a free one)")
    .option("--open", "open it in the default browser")
    .action(async (options: AppOptions) => void (await appCommand(options, io)));

  if (argv.length === 0) {
    // No command is a usage error: the help goes to stderr, so that a script that forgot its arguments does not read it as output.
    io.stderr.write(program.helpInformation());
    return 2;
  }
  try {
    await program.parseAsync([...argv], { from: "user" });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === "commander.helpDisplayed" || error.code === "commander.version" || error.code === "commander.help") return 0;
      return 2;
    }
    if (error instanceof CliError) {
      io.stderr.write(`shewhart: ${printable(error.message)}\n`);
      return error.exitCode;
    }
    // A library error that no command turned into its own terms is still bad input, said as the library says it.
    if (isSpcError(error)) {
      io.stderr.write(`shewhart: ${printable(error.message)}\n`);
      return 1;
    }
    io.stderr.write(`shewhart: ${internalError(error)}\n`);
    return 1;
  }
}

