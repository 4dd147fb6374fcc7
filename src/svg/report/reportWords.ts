import type { ChartType } from "../../core/types.ts";
import type { Assurance, AssuranceReason, Move, Untested, Variation } from "./readVerdict.ts";

/**
 * The words of the report page, one table per language (Danish for `da…`,
 * English otherwise). A third language is a new table. `{n}`, `{from}`,
 * `{to}`, `{total}` and `{date}` are filled in by the report.
 */
export interface ReportWords {
  /** The page's title when none is given. */
  readonly title: string;
  readonly summary: string;
  /** Heading of the summary on the first of several pages. */
  readonly summaryAll: string;
  readonly chart: string;
  readonly verdict: string;
  readonly variation: string;
  readonly assurance: string;
  readonly countCharts: string;
  /** The same for one chart. */
  readonly countChart: string;
  readonly made: string;
  readonly pages: string;
  readonly page: string;
  readonly chartsOnPage: string;
  readonly backToSummary: string;
  readonly chartType: string;
  readonly subgroups: string;
  readonly period: string;
  readonly centreLine: string;
  readonly limits: string;
  /** After the limits of a phase whose limits vary with the subgroup size: they are their mean. */
  readonly limitsMean: string;
  readonly target: string;
  readonly signals: string;
  readonly none: string;
  readonly since: string;
  readonly warnings: string;
  readonly files: string;
  /** Heading of the small multiples of every chart. */
  readonly panels: string;
  readonly chartNames: Readonly<Record<ChartType, string>>;
  readonly variations: Readonly<Record<Variation, string>>;
  readonly moves: Readonly<Record<Move, string>>;
  readonly untested: Readonly<Record<Untested, string>>;
  readonly assurances: Readonly<Record<Assurance, string>>;
  readonly reasons: Readonly<Record<AssuranceReason, string>>;
  /** The icon's words for a stable last phase that is a sustained shift against the previous phase's centre line (`{way}`: up or down, `{phase}`: the previous phase). */
  readonly shifted: Readonly<Record<"improvement" | "concern" | "change", string>>;
  readonly ways: Readonly<Record<"up" | "down", string>>;
}

const en: ReportWords = {
  title: "SPC report",
  summary: "Summary",
  summaryAll: "Summary of all charts",
  chart: "Chart",
  verdict: "Verdict",
  variation: "Variation",
  assurance: "Target",
  countCharts: "{n} charts",
  countChart: "1 chart",
  made: "Made {date}",
  pages: "Pages",
  page: "Page {n}",
  chartsOnPage: "Charts {from}–{to} of {total}",
  backToSummary: "Summary of all charts",
  chartType: "Chart type",
  subgroups: "Subgroups",
  period: "Period",
  centreLine: "Centre line (last phase)",
  limits: "Control limits",
  limitsMean: "their mean: they vary with the subgroup size",
  target: "Target",
  signals: "Signals",
  none: "none",
  since: "Changed from",
  warnings: "Warnings",
  files: "Files",
  panels: "All charts together",
  chartNames: { run: "Run chart", i: "I chart", mr: "MR chart", xbar: "Xbar chart", s: "S chart", t: "T chart", p: "P chart", pp: "P′ chart", c: "C chart", u: "U chart", up: "U′ chart", g: "G chart", ip: "I′ chart" },
  variations: {
    common: "Common cause variation only",
    improvement: "Special cause variation: improvement",
    concern: "Special cause variation: concern",
    change: "Special cause variation without a direction",
    untested: "Not tested",
  },
  moves: { higher: "higher values", lower: "lower values", both: "both higher and lower values" },
  untested: { unordered_x: "the x values are not in order", mr_chart: "the runs rules do not apply to an MR chart", no_runs_rules: "the rule set has no runs rule", no_useful_points: "no useful points" },
  assurances: {
    meets: "Will consistently meet the target",
    inconsistent: "May or may not meet the target",
    fails: "Will not meet the target without a change",
    unassessed: "Target not assessed",
  },
  reasons: {
    no_target: "no target given",
    no_improvement: "no improvement direction given",
    no_limits: "the chart has no control limits",
    unstable: "the last phase has signals, so its limits do not describe the process",
    off_scale: "the target is outside the chart's scale",
    few_points: "too few points in the last phase to judge the target",
  },
  shifted: {
    improvement: "Sustained shift {way} against phase {phase}: an improvement",
    concern: "Sustained shift {way} against phase {phase}: a deterioration",
    change: "Sustained shift {way} against phase {phase}",
  },
  ways: { up: "up", down: "down" },
};

const da: ReportWords = {
  title: "SPC-rapport",
  summary: "Oversigt",
  summaryAll: "Oversigt over alle diagrammer",
  chart: "Diagram",
  verdict: "Vurdering",
  variation: "Variation",
  assurance: "Mål",
  countCharts: "{n} diagrammer",
  countChart: "1 diagram",
  made: "Udarbejdet {date}",
  pages: "Sider",
  page: "Side {n}",
  chartsOnPage: "Diagram {from}–{to} af {total}",
  backToSummary: "Oversigt over alle diagrammer",
  chartType: "Diagramtype",
  subgroups: "Målinger",
  period: "Periode",
  centreLine: "Centerlinje (sidste fase)",
  limits: "Kontrolgrænser",
  limitsMean: "gennemsnittet: de varierer med undergruppens størrelse",
  target: "Mål",
  signals: "Signaler",
  none: "ingen",
  since: "Ændret fra",
  warnings: "Advarsler",
  files: "Filer",
  panels: "Alle diagrammer samlet",
  chartNames: { run: "Seriediagram", i: "I-diagram", mr: "MR-diagram", xbar: "Xbar-diagram", s: "S-diagram", t: "T-diagram", p: "P-diagram", pp: "P′-diagram", c: "C-diagram", u: "U-diagram", up: "U′-diagram", g: "G-diagram", ip: "I′-diagram" },
  variations: {
    common: "Kun tilfældig variation",
    improvement: "Ikke-tilfældig variation: forbedring",
    concern: "Ikke-tilfældig variation: forværring",
    change: "Ikke-tilfældig variation uden retning",
    untested: "Ikke testet",
  },
  moves: { higher: "højere værdier", lower: "lavere værdier", both: "både højere og lavere værdier" },
  untested: { unordered_x: "x-værdierne er ikke ordnede", mr_chart: "seriereglerne gælder ikke for et MR-diagram", no_runs_rules: "regelsættet har ingen serieregel", no_useful_points: "ingen brugbare punkter" },
  assurances: {
    meets: "Vil opfylde målet",
    inconsistent: "Vil kun opfylde målet en del af tiden",
    fails: "Vil ikke opfylde målet uden en ændring",
    unassessed: "Målopfyldelse ikke vurderet",
  },
  reasons: {
    no_target: "intet mål angivet",
    no_improvement: "ingen forbedringsretning angivet",
    no_limits: "diagrammet har ingen kontrolgrænser",
    unstable: "sidste fase har signaler, så dens grænser beskriver ikke processen",
    off_scale: "målet ligger uden for diagrammets skala",
    few_points: "for få punkter i sidste fase til at vurdere målet",
  },
  shifted: {
    improvement: "Vedvarende skift {way} i forhold til fase {phase}: en forbedring",
    concern: "Vedvarende skift {way} i forhold til fase {phase}: en forværring",
    change: "Vedvarende skift {way} i forhold til fase {phase}",
  },
  ways: { up: "op", down: "ned" },
};

/** The report's words for a locale: Danish for `da…`, English otherwise. @internal */
export function reportWordsFor(locale: string): ReportWords {
  return locale.toLowerCase().startsWith("da") ? da : en;
}

/** Fills `{name}` placeholders. @internal */
export function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
