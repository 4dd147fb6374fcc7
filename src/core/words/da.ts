import { chartName, errorsDa } from "./errorsDa.ts";
import { specTerms, type SpecTerms } from "./specTerms.ts";
import type { TargetContext, Words } from "./words.ts";

/** Singular and plural of the periods. */
const periodNames = { week: ["uge", "uger"], month: ["måned", "måneder"], quarter: ["kvartal", "kvartaler"], year: ["år", "år"] } as const;

const plural = (n: number, one: string, many: string): string => (n === 1 ? one : many);

/** Faser 1, 2 og 3 → "fase 1, 2 og 3". */
function listPhases(phases: readonly number[]): string {
  if (phases.length === 1) return `fase ${phases[0]}`;
  return `fase ${phases.slice(0, -1).join(", ")} og ${phases[phases.length - 1]}`;
}

/** How to give a target that is off a proportion chart's scale. */
const scaleFix = (c: TargetContext, t: SpecTerms = specTerms): string =>
  c.proportion === null ? "angiv det på den skala" : `angiv det som ${c.proportion}, eller ${t.kind === "controls" ? "vælg" : "brug"} ${t.name("multiply", "100")} for procent`;

const fewPointsWhy = (c: TargetContext): string =>
  `for få punkter ${c.phase === null ? "" : `i den sidste fase (fase ${c.phase}) `}til at vurdere målet (${c.useful} ${plural(c.useful, "brugbart punkt", "brugbare punkter")}; der skal ${c.minimum} til at vise, at processen er stabil)`;

/**
 * Danish words, in the vocabulary Danish improvement teams use (as in
 * qicharts2's and the regions' teaching material): seriediagram,
 * kontroldiagram, median, centerlinje, (ikke-)tilfældig variation, skift,
 * trend, længste serie, kryds, forbedring, forværring, mål.
 */
export const da: Words = {
  intlLocale: "da-DK",
  variation: {
    common: "kun tilfældig variation",
    improvement: "forbedring",
    concern: "forværring",
    change: "ændring",
    untested: "ikke testet",
  },
  assurance: {
    meets: "når målet",
    inconsistent: "når måske målet",
    fails: "når ikke målet",
    unassessed: "målet ikke vurderet",
  },
  subject: (phase) => (phase === null ? "Processen" : `Den sidste fase (fase ${phase})`),
  compared: (previous, last, previousCl, cl, up, shifted, direction) =>
    shifted
      ? `Set mod centerlinjen i fase ${previous} (${previousCl}) er fase ${last} (${cl}) et vedvarende skift ${up ? "op" : "ned"}${direction === null ? "" : `: ${da.direction(direction)}`}.`
      : `Centerlinjen i fase ${last} (${cl}) ligger ${up ? "over" : "under"} centerlinjen i fase ${previous} (${previousCl}), men punkterne viser ikke et vedvarende skift i forhold til den: forskellen kan være tilfældig.`,
  direction: (direction) =>
    ({ improvement: "en forbedring", deterioration: "en forværring", neutral: "en ændring uden klar retning", mixed: "tegn på både forbedring og forværring" })[direction],
  common: (subject) => `${subject} viser kun tilfældig variation.`,
  nonRandom: (subject, direction, where) => `${subject} viser ikke-tilfældig variation${direction === null ? "" : `: ${da.direction(direction)}`}${where === undefined ? "" : ` (${where})`}.`,
  between: (first, last) => (first === last ? first : `${first} til ${last}`),
  atPoints: (points) => (points.length <= 1 ? (points[0] ?? "") : `${points.slice(0, -1).join(", ")} og ${points[points.length - 1]}`),
  moved: (subject, up, since, direction) => `${subject} har flyttet sig ${up ? "op" : "ned"} fra ${since}: ${da.direction(direction)}.`,
  runsNotTested: (subject, reason) =>
    `${subject}: serier ikke testet: ${
      {
        unordered_x: "x har ingen rækkefølge (kategorier)",
        mr_chart: "glidende variationsbredder er ikke uafhængige (MR-diagram)",
        no_runs_rules: "regelsættet har ingen serieregel (Anhøjs regler, skift eller test for antal serier)",
        no_useful_points: "ingen brugbare punkter (alle mangler, er udeladt eller ligger på centerlinjen)",
      }[reason]
    }.`,
  outsideLimits: (count, direction) =>
    count === 0
      ? "Intet punkt ligger uden for kontrolgrænserne."
      : `${count} ${plural(count, "punkt", "punkter")} ligger uden for kontrolgrænserne${direction === null ? "" : `: ${da.direction(direction)}`}.`,
  earlier: (phases, before) =>
    `Tidligere faser: ${phases
      .map(({ phase, outside, other }) => {
        const points = `${outside} ${plural(outside, "punkt", "punkter")} uden for kontrolgrænserne`;
        return other ? `fase ${phase} viste ikke-tilfældig variation${outside > 0 ? `, herunder ${points}` : ""}` : `fase ${phase} havde ${points}`;
      })
      .join("; ")}${before > 0 ? ` (og ${before} ${plural(before, "fase", "faser")} før ${plural(phases.length, "den", "dem")})` : ""}.`,
  fewPoints: (useful) => `få punkter: ringe styrke til at opdage en ændring (${useful} ${plural(useful, "brugbart punkt", "brugbare punkter")})`,
  excludedOutside: (count) => `${count} ${plural(count, "udeladt punkt", "udeladte punkter")} ligger uden for kontrolgrænserne og tælles ikke som en ændring.`,
  target: (verdict, target) =>
    ({
      meets: `Kontrolgrænserne ligger på den gode side af målet ${target}: processen kan forventes at nå det.`,
      straddles: `Målet ${target} ligger mellem kontrolgrænserne: processen når det kun en del af tiden.`,
      fails: `Kontrolgrænserne ligger på den forkerte side af målet ${target}: processen når det ikke uden en ændring.`,
    })[verdict],
  targetUnstable: (target, points) =>
    points
      ? `Målet ${target} er ikke vurderet: punkter uden for kontrolgrænserne viser særlige årsager, så grænserne beskriver endnu ikke en stabil proces. Find og håndtér årsagerne; målet vurderes, når processen er stabil.`
      : `Målet ${target} er ikke vurderet: processen har ændret sig, siden kontrolgrænserne blev beregnet, så de beskriver den ikke længere. Start en ny fase, hvor ændringen begyndte (et faseskift dér), og vurdér målet ud fra den nye fases kontrolgrænser.`,
  targetNotAssessed: (reason, c) =>
    `Målet ${c.target} er ikke vurderet: ${reason === "off_scale" ? `det ligger uden for diagrammets skala 0–${c.top}; ${scaleFix(c)}` : fewPointsWhy(c)}.`,
  point: (position) => `punkt ${position}`,
  week: (week, year) => `uge ${week}, ${year}`,
  quarter: (quarter, year) => `${quarter}. kvt. ${year}`,
  errors: errorsDa,
  warnings: {
    missingPeriods: (count, period, gaps, more) =>
      `${count} ${plural(count, periodNames[period][0], periodNames[period][1])} har ingen række (${gaps.map(([a, b]) => `mellem ${a} og ${b}`).join("; ")}${more ? "; …" : ""}); linjen trækkes hen over ${plural(count, "den", "dem")}: tjek for en manglende række eller en fejlskrevet dato`,
    rowsCombined: (count, where, more) =>
      `${count} ${plural(count, "undergruppe samler", "undergrupper samler")} flere rækker (${where.map(([x, rows]) => `${x}: ${rows} rækker`).join("; ")}${more ? "; …" : ""}) i ét punkt, hvor de øvrige undergrupper er én række hver: tjek for en dobbelt række eller en manglende gruppekolonne`,
    rowsAveraged: (rows, points, most) =>
      `de ${rows} rækker er ${points} punkter: hvert punkt er gennemsnittet af undergruppens rækker (op til ${most}), så diagrammet viser gennemsnit, ikke enkeltværdier; giv hver række sit eget x for et punkt pr. række, og brug et Xbar-diagram for undergrupper af flere målinger`,
    missingValues: (count, where) => `${count} ${plural(count, "undergruppe", "undergrupper")} har ingen værdi (${where}); vist som huller og udeladt af beregningerne`,
    zeroDenominator: (count, where) => `${count} ${plural(count, "undergruppe", "undergrupper")} har nævneren 0 (${where}); vist som huller`,
    singleValue: (count, where) => `${count} ${plural(count, "undergruppe", "undergrupper")} har kun én værdi og derfor ingen standardafvigelse (${where}); vist som huller og udeladt af beregningerne`,
    tooLarge: (count, where) => `${count} ${plural(count, "undergruppe", "undergrupper")} har en værdi, der er for stor til et tal (${where}); vist som huller og udeladt af beregningerne`,
    indices: (indices, more) => `${plural(indices.length, "indeks", "indekser")} ${indices.join(", ")}${more ? ", …" : ""}`,
    baselineExceedsPhase: (phase, wanted, size) => `baseline for fase ${phase} (${wanted} undergrupper) er længere end fasen (${size}); hele fasen bruges`,
    baselineTooShort: (phase, wanted, minimum) => `baseline for fase ${phase} har kun ${wanted} undergrupper; centerlinje og kontrolgrænser fra færre end ${minimum} er usikre`,
    fewUsefulPoints: (phases, minimum, runsTest) =>
      `${listPhases(phases.map((p) => p.phase))} har færre end ${minimum} brugbare punkter (${phases.map((p) => p.useful).join(", ")}): serieanalysen har ringe styrke til at opdage et skift${
        runsTest ? ", og testen for antal serier anvendes ikke" : ""
      }`,
    noUsefulPoints: (phase) => `fase ${phase} har ingen brugbare punkter (alle mangler, er udeladt eller ligger på centerlinjen): serier testes ikke`,
    rulesFallback: (method, min, max, phase, useful) =>
      `${method} er defineret for ${min}–${max} brugbare punkter, og fase ${phase} har ${useful}: Anhøjs regler (længste serie og antal kryds) er brugt`,
    noLimits: (phase) => `fase ${phase} har ingen kontrolgrænser (baseline har ingen variation, for få værdier eller værdier for store til at regne med)`,
    runsNotApplicable: (reason) =>
      reason === "unordered_x"
        ? "x er kategorier, så punkterne har ingen rækkefølge: serielængde, kryds, skift og trends testes ikke"
        : "glidende variationsbredder er ikke uafhængige, så serielængde, kryds, skift og trends testes ikke i et MR-diagram",
    aggregateIgnored: (aggregate, withDenominator, chart) =>
      withDenominator
        ? `aggregate "${aggregate}" bruges ikke: med nævnere er hver undergruppes værdi Σy/Σn`
        : `aggregate "${aggregate}" bruges ikke: ${chartName(chart)} viser undergruppens ${chart === "c" ? "sum" : "standardafvigelse"}`,
    ipOptionsIgnored: (t) => `I′-diagrammet estimerer sigma fra alle punkter i hver fase: ${t.option("freeze")} og ${t.option("exclude")} påvirker kun centerlinjen`,
    targetUnassessed: (reason, phase, chart, context, t) =>
      ({
        no_improvement: () =>
          `målet er ikke vurderet: ${t.kind === "spec" ? 'angiv improvement ("up" eller "down")' : `${t.kind === "controls" ? "vælg" : "angiv"} ${t.name("improvement", "up")} eller ${t.name("improvement", "down")}`} for at sige, hvilken side af det der er god`,
        no_limits: () => chart === "run" ? "målet er ikke vurderet: et seriediagram har en median, men ingen kontrolgrænser" : `målet er ikke vurderet: fase ${phase} har ingen kontrolgrænser`,
        unstable: () => `målet er ikke vurderet: fase ${phase} viser ikke-tilfældig variation, så kontrolgrænserne beskriver ikke længere processen; find årsagerne til signalerne, og start en ny fase, hvor processen har ændret sig (et faseskift dér)`,
        off_scale: () => `målet ${context.target} ligger uden for diagrammets skala 0–${context.top}: ${scaleFix(context, t)}`,
        few_points: () => `målet er ikke vurderet: ${fewPointsWhy(context)}`,
      })[reason](),
    targetMaybeProportion: (target, top, scaled) =>
      `målet ${target} er højst 1, mens alle værdier er over 1 på diagrammets skala 0–${top}: hvis det var ment som en andel, så angiv det som ${scaled}; det vurderes som ${target} på skalaen 0–${top}`,
  },
};
