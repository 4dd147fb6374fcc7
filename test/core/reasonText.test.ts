import { describe, expect, it } from "vitest";
import { analyze, createMonitor, isSpcError, reasonText, SpcError, wordsFor, type ChartSpecInput } from "../../src/index.ts";
import { expectedBySpecField } from "../../src/core/schema/chartSpec.ts";
import { expectedBySpecFieldDa } from "../../src/core/words/errorsDa.ts";

/** The error analyze throws for a spec, with its reason in English and Danish. */
function texts(spec: unknown): { message: string; reason: string; da: string; en: string } {
  try {
    analyze(spec as ChartSpecInput);
  } catch (error) {
    if (!isSpcError(error)) throw error;
    return { message: error.message, reason: error.reason, da: reasonText(error, "da-DK"), en: reasonText(error, "en-GB") };
  }
  throw new Error("no error");
}

describe("SpcError.reason is the message without its place", () => {
  it("reason(expected, received) is the message after `analyze: invalid y[1]: `; reasonText(error, 'en') is the same", () => {
    const t = texts({ chart: "c", y: [3, -1] });
    expect(t.message).toBe("analyze: invalid y[1]: expected a count (an integer >= 0) or null in a c chart, received -1");
    expect(t.reason).toBe("expected a count (an integer >= 0) or null in a c chart, received -1");
    expect(t.en).toBe(t.reason);
  });

  it("a numerator's reason names no denominator index (its row's place names it)", () => {
    const t = texts({ chart: "p", y: [1, 12], n: [9, 10] });
    expect(t.message).toBe("analyze: invalid y[1]: numerator (12) exceeds denominator n[1] (10) in a p chart");
    expect(t.reason).toBe("numerator (12) exceeds denominator (10) in a p chart");
    expect(t.da).toBe("tælleren (12) er større end nævneren (10) i et P-diagram");
  });

  it("a positive numerator over a denominator of 0 is said of the denominator, not as a numerator that exceeds it", () => {
    const t = texts({ chart: "p", y: [1, 30, 2], n: [9, 0, 10] });
    expect(t.message).toBe("analyze: invalid n[1]: the denominator is 0 while the numerator is 30: no proportion can be computed in a p chart; check the denominator (a count of 0 is allowed only with a numerator of 0, and is shown as a gap)");
    expect(t.reason).toBe(t.message.slice("analyze: invalid n[1]: ".length));
    expect(t.da).toBe("nævneren er 0, mens tælleren er 30: der kan ikke beregnes en andel i et P-diagram; kontrollér nævneren (0 er kun tilladt med tælleren 0 og vises som et hul)");
    // A numerator of 0 over a denominator of 0 is no error: a gap with the warning zero_denominator.
    expect(analyze({ chart: "pp", y: [1, 0, 2], n: [9, 0, 10] }).warnings.map((w) => w.code)).toContain("zero_denominator");
    expect(texts({ chart: "pp", y: [1, 2], n: [9, 0] }).message).toMatch(/^analyze: invalid n\[1\]: the denominator is 0 while the numerator is 2: .* pp chart;/);
  });

  it("insufficient data keeps its words", () => {
    expect(texts({ y: [null, null] }).reason).toBe("insufficient data: every y is missing");
    expect(texts({ y: [null, null] }).da).toBe("for få data: alle y mangler");
  });

  it("an error built with free-form words has no phrase and says its English reason in any locale", () => {
    const error = new SpcError({ code: "invalid_option", path: ["width"], expected: "a number > 0", received: -1 });
    expect(error.phrase).toBeNull();
    expect(error.reason).toBe("expected a number > 0, received -1");
    expect(reasonText(error, "da-DK")).toBe("expected a number > 0, received -1");
  });
});

describe("reasonText(error, 'da-DK') says the errors users meet most often in Danish", () => {
  it("values, denominators, lengths and periods", () => {
    const da = (spec: unknown): string => texts(spec).da;
    expect(da({ chart: "c", y: [3, -1] })).toBe("forventede et antal (et helt tal >= 0) eller null i et C-diagram, fik -1");
    expect(da({ chart: "i", y: [3, Number.NaN] })).toBe("forventede et endeligt tal eller null, fik NaN");
    // A decimal received is written with a decimal comma, as the cell was typed (a user's trial read "fik 83.9").
    expect(da({ chart: "c", y: [3, 83.9] })).toBe("forventede et antal (et helt tal >= 0) eller null i et C-diagram, fik 83,9");
    expect(da({ chart: "t", y: new Float64Array([3, 0]) })).toBe("forventede et tal > 0 eller NaN (mangler) i et T-diagram, fik 0");
    expect(da({ chart: "u", y: [3, 2], n: [3, -1] })).toBe("forventede et ikke-negativt tal eller null i et U-diagram, fik -1");
    expect(da({ chart: "p", y: [1, 2] })).toBe("forventede nævnere (én pr. y) til et P-diagram, fik undefined");
    expect(da({ chart: "c", y: [1, 2], n: [1, 2] })).toBe("et C-diagram bruger ikke nævnere; udelad n");
    expect(da({ y: [] })).toBe("for få data: y er tom");
    expect(da({ chart: "s", y: [1, 2, 3] })).toBe("for få data: et S-diagram kræver undergrupper med mindst 2 værdier, og alle undergrupper har færre");
    expect(da({ y: [1, 2], x: [1] })).toBe("forventede 2 værdier (én pr. y), fik 1");
    expect(da({ chart: "p", y: [1, 2], n: [3] })).toBe("forventede 2 værdier (én pr. y), fik 1");
    expect(da({ y: [1, 2, 3], period: "week" })).toBe("kræver datoer i x, men der er ikke angivet noget x");
    expect(da({ y: [1, 2, 3], x: [1, 2, 3], period: "week" })).toBe("kræver datoer i x, men x indeholder tal");
    expect(da({ y: [1, 2, 3], x: ["a", "b", "c"], period: "week" })).toBe("kræver datoer i x, men x indeholder kategorier");
    expect(da({ y: [1, 2], x: ["2018-01-01", new Date(Date.UTC(10000, 0, 1))] })).toBe("forventede en dato fra 0001-01-01 til 9999-12-31, fik Date(+010000-01-01T00:00:00.000Z)");
  });

  it("options", () => {
    const da = (spec: unknown): string => texts(spec).da;
    expect(da({ y: [1, 2, 3], rules: { shift: 1 } })).toBe("forventede et helt tal >= 2 eller false, fik 1");
    expect(da({ y: [1, 2, 3], freeze: [1, 2.5] })).toBe("forventede et helt tal >= 1 eller null, fik 2,5");
    expect(da({ y: [1, 2, 3], freeze: [1, 2] })).toBe("forventede én værdi pr. fase (1), fik 2");
    expect(da({ y: [1, 2, 3], exclude: [7] })).toBe("forventede et 0-baseret undergruppe-indeks fra 0 til 2 (N = 3 undergrupper), fik 7");
    expect(da({ y: [1, 2, 3], breaks: [1, 1] })).toBe("forventede et helt tal fra 2 til 2 (N − 1, med N = 3 undergrupper), større end breaks[0], fik 1");
    expect(da({ y: [1], breaks: [1] })).toBe("forventede ingen faseskift (der er N = 1 undergrupper), fik 1");
    expect(da({ y: [1, 2, 3], chart: "x" })).toBe('forventede én af "run", "i", "mr", "xbar", "s", "t", "p", "pp", "c", "u", "up", "g", "ip", fik "x"');
    expect(da({ y: [1, 2, 3], improvement: "better" })).toBe('forventede "up" eller "down", fik "better"');
  });

  it("what has no Danish words yet is said in English, never left out", () => {
    const t = texts({ y: [1, 2, 3], colour: 1 });
    expect(t.da).toBe(t.reason);
    expect(t.da).toMatch(/^unknown option, expected one of chart, y/);
  });

  it("the Danish table words every field the English one does", () => {
    expect(Object.keys(expectedBySpecFieldDa).sort()).toEqual(Object.keys(expectedBySpecField).sort());
  });

  it("a monitor's push keeps the reason's words (said of the pushed point)", () => {
    const monitor = createMonitor({ chart: "c", y: [1, 2, 3], freeze: 3 });
    let error: unknown = null;
    try {
      monitor.push({ y: -1 });
    } catch (e) {
      error = e;
    }
    expect(isSpcError(error)).toBe(true);
    expect((error as SpcError).path).toEqual(["point", "y"]);
    expect(reasonText(error as SpcError, "da-DK")).toBe("forventede et antal (et helt tal >= 0) eller null i et C-diagram, fik -1");
  });

  it("a monitor's push of a numerator over a denominator of 0 names the denominator", () => {
    const monitor = createMonitor({ chart: "p", y: [1, 2, 3], n: [5, 5, 5], freeze: 3 });
    let error: unknown = null;
    try {
      monitor.push({ y: 2, n: 0 });
    } catch (e) {
      error = e;
    }
    expect(isSpcError(error)).toBe(true);
    expect((error as SpcError).path).toEqual(["point", "n"]);
    expect(reasonText(error as SpcError, "en-GB")).toMatch(/^the denominator is 0 while the numerator is 2: no proportion can be computed in a p chart/);
    expect(reasonText(error as SpcError, "da-DK")).toMatch(/^nævneren er 0, mens tælleren er 2: /);
  });

  it("wordsFor(locale).errors is the table reasonText uses", () => {
    expect(wordsFor("da").errors.reason({ key: "insufficient", detail: { key: "allMissing" } })).toBe("for få data: alle y mangler");
    expect(wordsFor("en").errors.reason({ key: "insufficient", detail: { key: "allMissing" } })).toBe("insufficient data: every y is missing");
  });
});
