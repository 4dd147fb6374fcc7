// The national batch's data (#16 item 4): weekly proportions for UNITS × INDICATORS groups of WEEKS weeks,
// one CSV with the columns unit,week,num,den — `unit` names the group (unit and indicator), `week` is an ISO
// week (2019-W01, …). The same arguments always give the same bytes (a seeded generator, no clock, no Math.random).
//
//   node bench/nationalData.mjs OUT.csv [GROUPS=20000] [WEEKS=104]
//
// Each group has its own level (2–40 %) and denominators (30–400 a week); about one group in five shifts by a
// fifth of its level after week 70, so that the charts have signals to draw and the report verdicts differ.
import { createWriteStream } from "node:fs";

const [out, groupsText = "20000", weeksText = "104"] = process.argv.slice(2);
if (out === undefined) {
  process.stderr.write("usage: node bench/nationalData.mjs OUT.csv [GROUPS] [WEEKS]\n");
  process.exit(2);
}
const groups = Number(groupsText);
const weeks = Number(weeksText);
if (!Number.isInteger(groups) || groups < 1 || !Number.isInteger(weeks) || weeks < 1) {
  process.stderr.write("GROUPS and WEEKS must be positive integers\n");
  process.exit(2);
}

/** mulberry32 (Tommy Ettinger's 32-bit generator): deterministic, fast, good enough for test data. */
function generator(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = generator(20261201);

/** ISO week labels from 2019-W01 on (2019 has 52 ISO weeks, 2020 has 53, 2021 52, …). */
function weekLabels(count) {
  const weeksIn = (year) => {
    // A year has 53 ISO weeks when 1 January is a Thursday, or a Wednesday in a leap year.
    const day = new Date(Date.UTC(year, 0, 1)).getUTCDay();
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return day === 4 || (leap && day === 3) ? 53 : 52;
  };
  const labels = [];
  for (let year = 2019, week = 1; labels.length < count; ) {
    labels.push(`${year}-W${String(week).padStart(2, "0")}`);
    if (++week > weeksIn(year)) [year, week] = [year + 1, 1];
  }
  return labels;
}

/** A binomial draw by summing Bernoulli trials would be slow at 2 million rows: a normal approximation, rounded and clamped to 0…n. */
function binomial(n, p) {
  const u = Math.max(random(), 1e-12);
  const v = random();
  const z = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  return Math.min(n, Math.max(0, Math.round(n * p + z * Math.sqrt(n * p * (1 - p)))));
}

const labels = weekLabels(weeks);
const units = Math.max(1, Math.round(Math.sqrt(groups * 2)));
const file = createWriteStream(out);
let chunk = "unit,week,num,den\n";
for (let g = 0; g < groups; g++) {
  const name = `Enhed ${String(1 + (g % units)).padStart(3, "0")} indikator ${String(1 + Math.floor(g / units)).padStart(3, "0")}`;
  const level = 0.02 + random() * 0.38;
  const size = 30 + Math.floor(random() * 370);
  const shift = random() < 0.2 ? (random() < 0.5 ? -0.2 : 0.2) * level : 0;
  for (let w = 0; w < weeks; w++) {
    const den = Math.max(1, Math.round(size * (0.8 + random() * 0.4)));
    const p = Math.min(0.99, Math.max(0.001, level + (w >= 70 ? shift : 0)));
    chunk += `${name},${labels[w]},${binomial(den, p)},${den}\n`;
  }
  if (chunk.length > 1 << 20) {
    if (!file.write(chunk)) await new Promise((resolve) => file.once("drain", resolve));
    chunk = "";
  }
}
file.end(chunk);
await new Promise((resolve, reject) => file.on("finish", resolve).on("error", reject));
process.stderr.write(`${out}: ${groups} groups × ${weeks} weeks = ${groups * weeks} rows\n`);
