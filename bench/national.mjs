// The national batch (#16 item 4), timed: `shewhart chart` on GROUPS weekly P charts of WEEKS points
// (bench/nationalData.mjs makes the CSV once), with the report unless BENCH_ARGS says --no-report.
// Prints wall time, user and system CPU, peak resident set (from /usr/bin/time -v, which counts the
// worker threads: they are threads of the one process) and what was written. Run `npm run build` first.
//
//   BENCH_GROUPS=2000 node bench/national.mjs          # while iterating
//   node bench/national.mjs                            # 20,000 charts
//   BENCH_ARGS="--no-report" node bench/national.mjs
//
// BENCH_DIR (default: the system's temporary folder) holds the CSV and the output folder; BENCH_BIN runs another build.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readdirSync, rmSync, statSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const groups = Number(process.env.BENCH_GROUPS ?? 20_000);
const weeks = Number(process.env.BENCH_WEEKS ?? 104);
const dir = process.env.BENCH_DIR ?? tmpdir();
const extra = (process.env.BENCH_ARGS ?? "").split(" ").filter((a) => a !== "");
const csv = join(dir, `shewhart-national-${groups}x${weeks}.csv`);
const out = join(dir, `shewhart-national-${groups}x${weeks}-out`);
// BENCH_BIN: another build's bin/shewhart.mjs (e.g. a checkout of the commit before a change, built), for before and after.
const bin = process.env.BENCH_BIN ?? fileURLToPath(new URL("../bin/shewhart.mjs", import.meta.url));

if (!existsSync(csv)) execFileSync(process.execPath, [fileURLToPath(new URL("./nationalData.mjs", import.meta.url)), csv, String(groups), String(weeks)], { stdio: "inherit" });
rmSync(out, { recursive: true, force: true });
const args = [bin, "chart", csv, "--x", "week", "--y", "num", "--n", "den", "--group", "unit", "--chart", "p", "--freeze", "52", "--locale", "da-DK", "--out", out, "--summary", "csv", ...extra];
const load = loadavg()[0];
const run = spawnSync("/usr/bin/time", ["-v", process.execPath, ...args], { encoding: "utf8", maxBuffer: 1 << 30 });
if (run.status !== 0) {
  process.stderr.write(run.stderr);
  process.exit(run.status ?? 1);
}
// GNU time's lines are "\tName (unit): value"; the wall time's value is h:mm:ss or m:ss.
const field = (name) => {
  const line = run.stderr.split("\n").find((l) => l.trim().startsWith(name)) ?? "";
  return line.slice(line.lastIndexOf(": ") + 2).trim();
};
const wall = field("Elapsed (wall clock) time");
const seconds = wall.split(":").reduce((total, part) => total * 60 + Number(part), 0);
const user = Number(field("User time"));
const system = Number(field("System time"));
const files = readdirSync(out);
const bytes = files.reduce((sum, name) => sum + statSync(join(out, name)).size, 0);
console.table([
  {
    charts: groups.toLocaleString("en-GB"),
    args: extra.join(" ") || "(report)",
    "wall s": seconds.toFixed(1),
    "user s": user.toFixed(1),
    "system s": system.toFixed(1),
    "CPU / wall": ((user + system) / seconds).toFixed(2),
    "peak RSS MB": Math.round(Number(field("Maximum resident set size")) / 1024),
    files: files.length,
    "written MB": Math.round(bytes / 1e6),
    "load before": load.toFixed(1),
    "load after": loadavg()[0].toFixed(1),
  },
]);
rmSync(out, { recursive: true, force: true });
