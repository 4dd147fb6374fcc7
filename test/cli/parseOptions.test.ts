import { describe, expect, it } from "vitest";
import { CliError } from "../../src/cli/io.ts";
import { commandLineNumber, parseChartOptions, parseLocale, type ChartOptions } from "../../src/cli/parseOptions.ts";

const base: ChartOptions = { y: "v", chart: "run", locale: "en-GB", out: "out", format: "svg", summary: "text" };
const usage = (f: () => unknown): string => {
  try {
    f();
  } catch (e) {
    if (e instanceof CliError && e.exitCode === 2) return e.message;
    throw e;
  }
  throw new Error("accepted");
};

describe("parseChartOptions", () => {
  it("suggests the chart type a near miss meant, and accepts upper case", () => {
    expect(usage(() => parseChartOptions({ ...base, chart: "pchart" }))).toBe("--chart pchart: unknown; did you mean p? expected one of run, i, mr, xbar, s, t, p, pp, c, u, up, g, ip");
    expect(usage(() => parseChartOptions({ ...base, chart: "x-bar chart" }))).toContain("did you mean xbar?");
    expect(usage(() => parseChartOptions({ ...base, chart: "I-chart" }))).toContain("did you mean i?");
    expect(usage(() => parseChartOptions({ ...base, chart: "zzzzzz" }))).not.toContain("did you mean");
    expect(parseChartOptions({ ...base, chart: "XBAR" }).chart).toBe("xbar");
    expect(usage(() => parseChartOptions({ ...base, chart: "p-kort" }))).toContain("did you mean p?");
    expect(usage(() => parseChartOptions({ ...base, chart: "XmR" }))).toContain("did you mean i?");
    expect(parseChartOptions({ ...base, chart: "U", n: "days" }).chart).toBe("u");
  });

  it("asks for --n with the charts of counts over denominators", () => {
    expect(usage(() => parseChartOptions({ ...base, chart: "p" }))).toBe("--chart p: a p chart needs denominators: give the column with --n");
  });

  it("refuses unknown improvement, rules, period, format and summary with the valid values", () => {
    expect(usage(() => parseChartOptions({ ...base, improvement: "higher" }))).toBe("--improvement higher: unknown; did you mean up? expected one of up, down (which direction is better)");
    expect(parseChartOptions({ ...base, improvement: "Down" }).improvement).toBe("down");
    expect(usage(() => parseChartOptions({ ...base, rules: "anhøj" }))).toContain("did you mean anhoej?");
    expect(usage(() => parseChartOptions({ ...base, period: "weekly" }))).toContain("did you mean week?");
    expect(usage(() => parseChartOptions({ ...base, format: "pdf" }))).toContain("--format pdf: unknown;");
    expect(usage(() => parseChartOptions({ ...base, summary: "xml" }))).toBe("--summary xml: unknown; expected one of text, csv, json");
  });

  it("takes --freeze and --threads as whole numbers of 1 or more", () => {
    for (const bad of ["1.5", "0", "-1", "", "1e3", "two"]) expect(usage(() => parseChartOptions({ ...base, freeze: bad }))).toMatch(/^--freeze .*: expected a whole number of 1 or more/);
    expect(usage(() => parseChartOptions({ ...base, threads: "2.5" }))).toMatch(/^--threads 2.5: expected a whole number/);
    expect(parseChartOptions({ ...base, freeze: "12", threads: "200" })).toMatchObject({ freeze: 12, threads: 200 });
  });
});

describe("commandLineNumber", () => {
  it("reads plain numbers with either decimal mark", () => {
    expect(commandLineNumber("--target", "95.4")).toBe(95.4);
    expect(commandLineNumber("--target", "95,4")).toBe(95.4);
    expect(commandLineNumber("--target", "0,125")).toBe(0.125);
    expect(commandLineNumber("--target", "-2,5")).toBe(-2.5);
    expect(commandLineNumber("--target", "\u22122.5")).toBe(-2.5);
    expect(commandLineNumber("--multiply", "1000")).toBe(1000);
    expect(commandLineNumber("--multiply", "1e3")).toBe(1000);
    expect(commandLineNumber("--target", "1234,5")).toBe(1234.5);
  });

  it("refuses what could be read two ways, whatever the data file uses", () => {
    expect(usage(() => commandLineNumber("--multiply", "1,000"))).toBe("--multiply 1,000: could mean 1000 or 1; write 1000 (or 1), without thousands separators");
    expect(usage(() => commandLineNumber("--multiply", "1.000"))).toBe("--multiply 1.000: could mean 1000 or 1; write 1000 (or 1), without thousands separators");
    expect(usage(() => commandLineNumber("--target", "-12.500"))).toContain("could mean -12500 or -12.5");
    expect(usage(() => commandLineNumber("--multiply", "1.000.000"))).toContain("no thousands separators");
    expect(usage(() => commandLineNumber("--multiply", "1,000.5"))).toContain("no thousands separators");
    expect(usage(() => commandLineNumber("--target", "95 %"))).toContain("expected a number");
    expect(usage(() => commandLineNumber("--target", "1e999"))).toContain("expected a finite number");
  });
});

describe("parseLocale", () => {
  it("canonicalises the locales of the languages it speaks", () => {
    expect(parseLocale("da-DK")).toEqual({ tag: "da-DK", language: "da" });
    expect(parseLocale("DA_dk")).toEqual({ tag: "da-DK", language: "da" });
    expect(parseLocale("en")).toEqual({ tag: "en", language: "en" });
  });

  it("refuses the others, never falling back to English in silence", () => {
    expect(usage(() => parseLocale("dk"))).toBe("--locale dk: shewhart speaks Danish and English: expected e.g. da-DK or en-GB (Danish is da-DK: da is the language, DK the country)");
    expect(usage(() => parseLocale("de-DE"))).toBe("--locale de-DE: shewhart speaks Danish and English: expected e.g. da-DK or en-GB");
    expect(usage(() => parseLocale("not a locale"))).toContain("not a locale");
  });
});
