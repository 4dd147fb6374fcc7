/**
 * The words a chart uses, built in for Danish and English. Every entry can be
 * overridden through the `texts` option.
 */
export interface ChartTexts {
  readonly phase: string;
  readonly week: string;
  /** A quarter's name, `{q}` standing for its number: "Q{q}" (Q1), "{q}. kvt." (1. kvt.); without `{q}` the number follows. */
  readonly quarter: string;
  readonly target: string;
  readonly median: string;
  readonly mean: string;
  readonly centreLine: string;
  readonly lcl: string;
  readonly ucl: string;
  readonly baseline: string;
  readonly latest: string;
  readonly latestObservation: string;
  readonly meanObservation: string;
  readonly period: string;
  readonly chartOf: string;
  readonly subgroups: string;
  readonly from: string;
  readonly to: string;
  readonly noSignals: string;
  readonly signals: string;
  /** After the signals listed in the description, when there are more: `{n}` is how many more. */
  readonly moreSignals: string;
  readonly improvement: string;
  readonly deterioration: string;
  readonly points: string;
  readonly point: string;
  /** The mean's short name, for a label shortened to its number ("Gns. 70,4 %"). */
  readonly meanShort: string;
  /** The name of untitled small multiples, `{n}` standing for their number: "{n} charts". */
  readonly charts: string;
  /** Plain-language explanations of each rule, with `{n}` for a number of points and `{side}` for a side. */
  readonly rules: Readonly<Record<string, string>>;
  readonly sides: Readonly<Record<string, string>>;
}

const en: ChartTexts = {
  phase: "Phase",
  week: "week",
  quarter: "Q{q}",
  target: "Target",
  median: "median",
  mean: "mean",
  centreLine: "centre line",
  lcl: "LCL",
  ucl: "UCL",
  baseline: "baseline",
  latest: "Latest",
  latestObservation: "latest obs.",
  meanObservation: "Mean obs.",
  period: "Period",
  chartOf: "chart of",
  subgroups: "subgroups",
  from: "from",
  to: "to",
  noSignals: "No signals of non-random variation.",
  signals: "Signals",
  moreSignals: "and {n} more",
  improvement: "improvement",
  deterioration: "deterioration",
  points: "points",
  point: "point",
  meanShort: "Mean",
  charts: "{n} charts",
  rules: {
    longestRun: "an unusually long run of {n} points {side} the centre line",
    crossings: "unusually few crossings of the centre line",
    box: "few crossings together with a long run (cut box)",
    shift: "a shift of {n} points {side} the centre line",
    trend: "a trend of {n} {side} points",
    fewRuns: "too few runs",
    manyRuns: "too many runs",
    astronomical: "an astronomical point {side} the centre line",
    twoOfThree: "two of three points beyond 2 sigma {side} the centre line",
    hugging: "{n} points hugging the centre line",
    sigma: "a point {side} the control limits",
  },
  sides: { above: "above", below: "below", increasing: "increasing", decreasing: "decreasing" },
};

const da: ChartTexts = {
  phase: "Fase",
  week: "uge",
  quarter: "{q}. kvt.",
  target: "Mål",
  median: "median",
  mean: "gennemsnit",
  centreLine: "centerlinje",
  lcl: "NKG",
  ucl: "ØKG",
  baseline: "baseline",
  latest: "Seneste",
  latestObservation: "seneste obs.",
  meanObservation: "Gns. obs.",
  period: "Periode",
  chartOf: "-diagram med",
  subgroups: "målinger",
  from: "fra",
  to: "til",
  noSignals: "Ingen tegn på ikke-tilfældig variation.",
  signals: "Signaler",
  moreSignals: "og {n} mere",
  improvement: "forbedring",
  deterioration: "forværring",
  points: "punkter",
  point: "punkt",
  meanShort: "Gns.",
  charts: "{n} diagrammer",
  rules: {
    longestRun: "et usædvanligt langt serieforløb på {n} punkter {side} centerlinjen",
    crossings: "usædvanligt få kryds af centerlinjen",
    box: "få kryds sammen med et langt serieforløb (cut box)",
    shift: "et skift på {n} punkter {side} centerlinjen",
    trend: "en trend på {n} {side} punkter",
    fewRuns: "for få serieforløb",
    manyRuns: "for mange serieforløb",
    astronomical: "et astronomisk punkt {side} centerlinjen",
    twoOfThree: "to af tre punkter uden for 2 sigma {side} centerlinjen",
    hugging: "{n} punkter tæt på centerlinjen",
    sigma: "et punkt {side} kontrolgrænserne",
  },
  sides: { above: "over", below: "under", increasing: "stigende", decreasing: "faldende" },
};

/** Built-in texts for a locale: Danish for `da…`, English otherwise. @internal */
export function textsFor(locale: string, overrides: Partial<ChartTexts> = {}): ChartTexts {
  const base = locale.toLowerCase().startsWith("da") ? da : en;
  return {
    ...base,
    ...overrides,
    rules: { ...base.rules, ...(overrides.rules ?? {}) },
    sides: { ...base.sides, ...(overrides.sides ?? {}) },
  };
}
