import { describe, expect, it } from "vitest";
import { analyze, specTerms, type ChartSpecInput, type SpcWarning, type SpecTerms } from "../../src/index.ts";
import { warningText } from "../../src/io/warningText.ts";
import { flagTerms } from "../../src/io/words/flagTerms.ts";

const stable = [10, 11, 9, 10, 12, 10, 9, 11, 10, 9, 11, 10, 12, 9, 10, 11];

/** The one warning of `code` in the result of `spec`. */
function warningOf(spec: ChartSpecInput, code: SpcWarning["code"]): SpcWarning {
  const found = analyze(spec).warnings.filter((w) => w.code === code);
  expect(found).toHaveLength(1);
  return found[0] as SpcWarning;
}

/** An app's controls, as a Danish interface might name them. */
const controls: SpecTerms = {
  kind: "controls",
  name: (option, value) => `"${option === "multiply" ? "Skala" : "Forbedring er"}: ${value}"`,
  option: (option) => (option === "freeze" ? "baseline" : option === "exclude" ? "udeladte punkter" : option),
};

const offScale: ChartSpecInput = { chart: "p", y: stable.map((v) => v - 5), n: stable.map(() => 10), target: 85, improvement: "up" };

describe("warningText(warning, { locale, terms })", () => {
  it("the library's message is unchanged and keeps the specification's field; the phrase says it with the command line's flags", () => {
    const warning = warningOf(offScale, "target_unassessed");
    expect(warning.message).toBe("the target 85 is outside the chart's scale 0–1: give it as 0.85, or use multiply 100 for percent");
    expect(warning.phrase).toMatchObject({ key: "targetUnassessed", reason: "off_scale", target: 85, scale: 1 });
    expect(warningText(warning)).toBe("the target 85 is outside the chart's scale 0–1: give it as 0.85, or use --multiply 100 for percent");
    expect(warningText(warning, { terms: specTerms })).toBe(warning.message);
  });

  it("in Danish, with the flags or an app's controls", () => {
    const warning = warningOf({ ...offScale, locale: "da-DK" }, "target_unassessed");
    expect(warning.message).toBe("målet 85 ligger uden for diagrammets skala 0–1: angiv det som 0,85, eller brug multiply 100 for procent");
    expect(warningText(warning, { locale: "da-DK" })).toBe("målet 85 ligger uden for diagrammets skala 0–1: angiv det som 0,85, eller brug --multiply 100 for procent");
    expect(warningText(warning, { locale: "da-DK", terms: controls })).toBe('målet 85 ligger uden for diagrammets skala 0–1: angiv det som 0,85, eller vælg "Skala: 100" for procent');
    // The phrase keeps numbers as numbers: said in English, the proportion has a decimal point.
    expect(warningText(warning, { locale: "en-GB" })).toContain("give it as 0.85, or use --multiply 100");
  });

  it("a target without improvement: which side is good, set where the user sets it", () => {
    const warning = warningOf({ chart: "i", y: stable, target: 12 }, "target_unassessed");
    expect(warning.message).toBe('the target is not assessed: give improvement ("up" or "down") to say which side of it is good');
    expect(warningText(warning, { terms: flagTerms })).toBe("the target is not assessed: give --improvement up or --improvement down to say which side of it is good");
    expect(warningText(warning, { locale: "da-DK", terms: controls })).toBe('målet er ikke vurderet: vælg "Forbedring er: up" eller "Forbedring er: down" for at sige, hvilken side af det der er god');
  });

  it("freeze and exclude on an I′ chart", () => {
    const warning = warningOf({ chart: "ip", y: stable, n: stable.map(() => 50), freeze: 10 }, "options_ignored");
    expect(warning.message).toBe("the I′ chart estimates sigma from every point of each phase: freeze and exclude affect only its centre line");
    expect(warningText(warning)).toBe("the I′ chart estimates sigma from every point of each phase: --freeze and --exclude affect only its centre line");
    expect(warningText(warning, { locale: "da", terms: controls })).toBe("I′-diagrammet estimerer sigma fra alle punkter i hver fase: baseline og udeladte punkter påvirker kun centerlinjen");
  });

  it("a warning that names no option is its message, in the analysis' words", () => {
    const warning = warningOf({ chart: "i", y: [...stable.slice(0, 5), null, ...stable.slice(5)], locale: "da-DK" }, "missing_values");
    expect(warning.phrase).toBeUndefined();
    expect(warningText(warning, { locale: "en-GB" })).toBe(warning.message);
  });
});
