// Crowded charts for the golden set and the collision test: labels, notes, phases and targets
// close to each other and to the data, at narrow and wide sizes, in Danish and English (issue #14).
import { readFileSync } from "node:fs";
import type { ChartSpecInput } from "../../src/index.ts";
import type { RenderOptions, SmallMultiplesOptions } from "../../src/svg/index.ts";

interface Example {
  readonly title: string;
  readonly unit: string;
  readonly definition: string;
  readonly spec: ChartSpecInput;
}

/** The README's chart: examples/data/fmk-weekly.json (weekly P chart, 8-week baseline, target 95). */
const fmk = JSON.parse(readFileSync(new URL("../../examples/data/fmk-weekly.json", import.meta.url), "utf8")) as Example;
const fmkOptions: RenderOptions = {
  title: fmk.title,
  subtitle: fmk.unit,
  definition: fmk.definition,
  locale: "da-DK",
  notes: [{ index: 10, text: "PDSA 1: tjekliste ved udskrivelse" }],
};

/** A deterministic pseudo-random stream (a linear congruential generator, Numerical Recipes' constants). */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** ISO weeks from 2018-W14 on. */
function weeks(count: number, first = 14): string[] {
  return Array.from({ length: count }, (_, i) => {
    const week = first + i;
    return week <= 52 ? `2018-W${String(week).padStart(2, "0")}` : `2019-W${String(week - 52).padStart(2, "0")}`;
  });
}

/** A weekly proportion: about `level` of `size` a week, rising by `lift` after week `change`. */
function weeklyP(seed: number, count: number, level: number, lift: number, change: number, size = 120): { x: string[]; y: number[]; n: number[]; period: "week" } {
  const next = random(seed);
  const n = Array.from({ length: count }, () => Math.round(size * (0.8 + 0.4 * next())));
  const y = n.map((total, i) => Math.min(total, Math.round(total * (level + (i >= change ? lift : 0) + (next() - 0.5) * 0.08))));
  return { x: weeks(count), y, n, period: "week" as const };
}

const threeNotes = [
  { index: 9, text: "PDSA 1: tjekliste ved udskrivelse" },
  { index: 11, text: "PDSA 2: farmaceut på stuegang hver dag" },
  { index: 13, text: "Ny journal" },
];

/** Single charts: [golden name, spec, options]. */
export const crowdedGoldens: [name: string, spec: ChartSpecInput, options: RenderOptions][] = [
  ["crowded-readme", { ...fmk.spec, period: "week" }, fmkOptions],
  ["crowded-readme-380", { ...fmk.spec, period: "week" }, { ...fmkOptions, width: 380, idPrefix: "phone" }],
  ["crowded-readme-320", { ...fmk.spec, period: "week" }, { ...fmkOptions, width: 320, height: 360 }],
  ["crowded-readme-1600", { ...fmk.spec, period: "week" }, { ...fmkOptions, width: 1600, height: 500, locale: "en-GB", notes: [{ index: 10, text: "PDSA 1: discharge checklist" }] }],
  [
    "crowded-target-notes",
    { chart: "p", ...weeklyP(7, 30, 0.9, 0.02, 12), freeze: 10, multiply: 100, improvement: "up", target: 91 },
    {
      title: "Discharge letters sent within 24 hours",
      subtitle: "Medical ward 4",
      locale: "en-GB",
      notes: [
        { index: 2, text: "Audit of letters" },
        { index: 4, text: "New template in the record" },
        { index: 5, text: "Reminder at the board round" },
      ],
    },
  ],
  [
    "crowded-phases",
    { chart: "i", y: [31, 34, 29, 35, 33, 30, 36, 32, 28, 26, 27, 24, 25, 23, 26, 22, 24, 21, 19, 20, 18, 21, 17, 19, 18, 20, 16, 18], breaks: [9, 18], improvement: "down" },
    { title: "Ventetid til genoptræning (dage)", locale: "da-DK", phaseLabels: ["Før: papirhenvisning", "Elektronisk henvisning", "Fælles visitationsteam"], width: 600 },
  ],
  [
    "crowded-phases-380",
    { chart: "i", y: [31, 34, 29, 35, 33, 30, 36, 32, 28, 26, 27, 24, 25, 23, 26, 22, 24, 21, 19, 20, 18, 21, 17, 19, 18, 20, 16, 18], breaks: [9, 18], improvement: "down" },
    { title: "Ventetid til genoptræning (dage)", locale: "da-DK", phaseLabels: ["Før: papirhenvisning", "Elektronisk henvisning", "Fælles visitationsteam"], width: 380 },
  ],
  [
    "crowded-unit-three-notes",
    { chart: "p", ...weeklyP(3, 40, 0.7, 0.12, 24), freeze: 20, breaks: [30], multiply: 100, improvement: "up", target: 85 },
    { title: "Medicinafstemning ved indlæggelse", subtitle: "Kardiologisk Afsnit, Regionshospitalet Nordjylland", locale: "da-DK", notes: threeNotes },
  ],
];

const unitNames = [
  "Ortopædkirurgisk Afdeling, Aalborg",
  "Medicinsk Afdeling, Hjørring",
  "Kardiologisk Afsnit, Thisted",
  "Geriatrisk Afdeling, Frederikshavn",
  "Neurologisk Afdeling, Aalborg",
  "Lungemedicinsk Afsnit, Hobro",
  "Endokrinologisk Afdeling, Farsø",
  "Akutmodtagelsen, Aalborg Universitetshospital",
  "Infektionsmedicinsk Afsnit, Hjørring",
];

/** Small multiples: [golden name, specs, options]. */
export const crowdedSmallMultiples: [name: string, specs: ChartSpecInput[], options: SmallMultiplesOptions][] = [
  [
    "crowded-small-multiples-3x3",
    unitNames.map((_, k) => ({ chart: "p", ...weeklyP(11 + k, 40, 0.62 + 0.03 * k, 0.1, 24), freeze: 20, breaks: [30], multiply: 100, improvement: "up", target: 85 }) as ChartSpecInput),
    { title: "Medicinafstemning ved indlæggelse, ni afdelinger", panelTitles: unitNames, columns: 3, locale: "da-DK", width: 960, panelHeight: 240 },
  ],
  [
    "crowded-small-multiples-3x3-720",
    unitNames.map((_, k) => ({ chart: "p", ...weeklyP(11 + k, 40, 0.62 + 0.03 * k, 0.1, 24), freeze: 20, breaks: [30], multiply: 100, improvement: "up", target: 85 }) as ChartSpecInput),
    { title: "Medicinafstemning ved indlæggelse, ni afdelinger", panelTitles: unitNames, columns: 3, locale: "da-DK" },
  ],
];
