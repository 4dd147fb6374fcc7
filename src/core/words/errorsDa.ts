import type { ValueKind } from "../charts/chartDefinitions.ts";
import { aggregates, chartTypes, periods, ruleSetNames, runsMethods } from "../schema/chartSpec.ts";
import type { ChartType, Period } from "../types.ts";
import { errorsEn } from "./errorsEn.ts";
import type { DetailPhrase, ErrorWords, ExpectedPhrase, ReasonPhrase } from "./errorPhrase.ts";

const kindWords: Readonly<Record<ValueKind, string>> = {
  any: "et endeligt tal",
  count: "et antal (et helt tal >= 0)",
  nonNegative: "et ikke-negativt tal",
  positive: "et tal > 0",
};

const oneOf = (names: readonly string[]): string => `én af ${names.map((c) => `"${c}"`).join(", ")}`;
const boolean = "en boolesk værdi (true eller false)";

/** What each field of the chart specification expects, in Danish (the keys of `expectedBySpecField`). */
export const expectedBySpecFieldDa: Readonly<Record<string, string>> = {
  chart: oneOf(chartTypes),
  y: "en liste af tal og null, eller en Float64Array",
  n: "en liste af tal og null, eller en Float64Array",
  x: "en liste af tal, tekster eller Date-objekter",
  aggregate: oneOf(aggregates),
  period: oneOf(periods),
  freeze: "et helt tal >= 1, eller en liste med ét helt tal >= 1 eller null pr. fase",
  "freeze[]": "et helt tal >= 1 eller null",
  breaks: "en liste af hele tal",
  "breaks[]": "et helt tal",
  exclude: "en liste af hele tal",
  "exclude[]": "et helt tal",
  rules: `${oneOf(ruleSetNames)} eller et regelsæt-objekt`,
  "rules.preset": oneOf(ruleSetNames),
  "rules.anhoej": `${oneOf(runsMethods)} eller false`,
  "rules.shift": "et helt tal >= 2 eller false",
  "rules.trend": "et helt tal >= 3 eller false",
  "rules.runs": boolean,
  "rules.astronomical": boolean,
  "rules.twoOfThree": boolean,
  "rules.hugging": "et helt tal >= 2 eller false",
  autoPhase: `${boolean} eller { minLength: et helt tal >= 2 }`,
  "autoPhase.minLength": "et helt tal >= 2",
  multiply: "et endeligt tal > 0",
  cl: "et endeligt tal",
  target: "et endeligt tal",
  improvement: `"up" eller "down"`,
  screenMovingRanges: boolean,
  allowNegativeLimits: boolean,
  locale: 'et BCP 47-sprogmærke som "da-DK" eller "en-GB"',
};

/** "et seriediagram", "et P-diagram", "et P′-diagram": the Danish chart names, as the report and the app name them. */
export const chartName = (chart: ChartType): string =>
  chart === "run" ? "et seriediagram" : `et ${({ xbar: "Xbar", pp: "P′", up: "U′", ip: "I′" } as Partial<Record<ChartType, string>>)[chart] ?? chart.toUpperCase()}-diagram`;

const periodNames: Readonly<Record<Period, string>> = { day: "dag", week: "uge", month: "måned", quarter: "kvartal", year: "år" };

function expected(p: ExpectedPhrase): string | undefined {
  switch (p.key) {
    case "value":
      return `${kindWords[p.kind]} eller ${{ null: "null", NaN: "NaN (mangler)", empty: "en tom celle" }[p.missing]}${p.chart === null ? "" : ` i ${chartName(p.chart)}`}`;
    case "denominators":
      return `nævnere (én pr. y) til ${chartName(p.chart)}`;
    case "field":
      return expectedBySpecFieldDa[p.field];
    case "subgroupIndex":
      return `et 0-baseret undergruppe-indeks fra 0 til ${p.subgroups - 1} (N = ${p.subgroups} undergrupper)`;
    case "breakIndex":
      return p.subgroups < 2
        ? `ingen faseskift (der er N = ${p.subgroups} undergrupper)`
        : `et helt tal fra ${p.lowest} til ${p.subgroups - 1} (N − 1, med N = ${p.subgroups} undergrupper)${p.previous === null ? "" : `, større end breaks[${p.previous}]`}`;
    case "dateRange":
      return `en dato fra 0001-01-01 til 9999-12-31${p.period === null ? "" : ` (også starten af dens ${periodNames[p.period]})`}`;
  }
}

function detail(p: DetailPhrase): string {
  switch (p.key) {
    case "empty":
      return "y er tom";
    case "allMissing":
      return "alle y mangler";
    case "shortSubgroups":
      return "et S-diagram kræver undergrupper med mindst 2 værdier, og alle undergrupper har færre";
    case "exceeds":
      return `tælleren (${p.numerator}) er større end nævneren${p.index === null ? "" : ` n[${p.index}]`} (${p.denominator}) i ${chartName(p.chart)}`;
    case "zeroDenominator":
      return `nævneren er 0, mens tælleren er ${p.numerator}: der kan ikke beregnes en andel i ${chartName(p.chart)}; kontrollér nævneren (0 er kun tilladt med tælleren 0 og vises som et hul)`;
    case "noDenominators":
      return `${chartName(p.chart)} bruger ikke nævnere; udelad n`;
    case "lengths":
      return `forventede ${p.expected} værdier (én pr. y), fik ${p.received}`;
    case "periodNeedsDates":
      return `kræver datoer i x, men ${p.x === "none" ? "der er ikke angivet noget x" : p.x === "numbers" ? "x indeholder tal" : "x indeholder kategorier"}`;
    case "freezeEntries":
      return `forventede én værdi pr. fase (${p.phases}), fik ${p.received}`;
  }
}

/** A received number as a Danish reader writes it ("83,9", as the cell was typed), where it was printed "83.9"; any other text as it is. */
function danishDecimal(received: string): string {
  return /^-?\d+\.\d+$/.test(received) ? received.replace(".", ",") : received;
}

/**
 * The errors' words in Danish. A field the table has no words for is said
 * in English (the whole reason), never left out.
 */
export const errorsDa: ErrorWords = {
  reason(p: ReasonPhrase): string {
    if (p.key === "expectedReceived") {
      const what = expected(p.expected);
      return what === undefined ? errorsEn.reason(p) : `forventede ${what}, fik ${danishDecimal(p.received)}`;
    }
    if (p.key === "insufficient") return `for få data: ${detail(p.detail)}`;
    return detail(p);
  },
};
