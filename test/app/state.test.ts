// The app's state as pure functions: column proposal, chart recommendation, config ↔ URL, command line, results CSV.
import { describe, expect, it } from "vitest";
import { analyze, isSpcError, type SpcError } from "../../src/index.ts";
import { languageFor, say } from "../../src/app/i18n/words.ts";
import { readErrorText, readTable, warningText, type Table } from "../../src/app/readFile.ts";
import { analyseGroups, readColumns } from "../../src/app/state/analyseGroups.ts";
import { commandLine } from "../../src/app/state/commandLine.ts";
import { targetNumber } from "../../src/app/state/analyseGroups.ts";
import { emptyConfig, type AppConfig } from "../../src/app/state/config.ts";
import { configFromHash, configToHash, settingsFromHash } from "../../src/app/state/configHash.ts";
import { proposeColumns } from "../../src/app/state/proposeColumns.ts";
import { recommendChart } from "../../src/app/state/recommendChart.ts";
import { reportHtml } from "../../src/app/state/reportHtml.ts";
import { resultsCsv } from "../../src/app/state/resultsCsv.ts";
import { subgroupRows } from "../../src/app/state/subgroupRows.ts";
import { danishExport, numerators } from "./fixtures.ts";
import { shellWords } from "./shellWords.ts";

const table = (text: string): Promise<Table> => readTable(new TextEncoder().encode(text));

describe("proposeColumns", () => {
  it("reads Danish headers", async () => {
    const t = await readTable(danishExport().bytes);
    expect(proposeColumns(t)).toEqual({ x: "Uge", y: "Tæller", n: "Nævner", group: "", notes: "Kommentar", phase: "", freezeColumn: "" });
  });

  it("takes a column of dates for x by its cells when its header names no period, never a count whose header starts like one (\"timer\", hours)", async () => {
    const t = await table("Ugens mandag\tScreenet for delir\tIndlagt over 24 timer\tAndel screenet\n02-01-2023\t18\t36\t50,0%\n09-01-2023\t35\t47\t74,5%\n16-01-2023\t36\t48\t75,0%\n");
    expect(proposeColumns(t)).toMatchObject({ x: "Ugens mandag", y: "Screenet for delir", n: "Indlagt over 24 timer" });
    // Whole numbers under a header that names the period outright are x.
    expect(proposeColumns(await table("Uge nr;Antal\n1;5\n2;7\n3;6\n"))).toMatchObject({ x: "Uge nr", y: "Antal" });
  });

  it("takes a measure named so (an average, a median, a waiting time) for y before the count beside it (a trial got the patients counted)", async () => {
    const t = await table("Måned;Ventetid, gns. dage;Antal patienter\njan. 2019;29,0;146\nfeb. 2019;28,1;154\nmar. 2019;27,4;139\n");
    expect(proposeColumns(t)).toMatchObject({ x: "Måned", y: "Ventetid, gns. dage", n: "" });
    expect(proposeColumns(await table("Month,Average length of stay,Admissions\n2019-01,4.1,310\n2019-02,3.9,298\n"))).toMatchObject({ y: "Average length of stay" });
  });

  it("takes a column named as a period for x whatever its cells read as, and never for y (a trial's day-month dates were charted as the values)", async () => {
    // Days without a year read as decimals: x all the same, where reading refuses them with why, never y.
    expect(proposeColumns(await table("Dato;Faldhændelser\n15.10;4\n22.10;2\n29.10;5\n05.11;3\n"))).toMatchObject({ x: "Dato", y: "Faldhændelser" });
    // Months written with a point are x by their cells too.
    expect(proposeColumns(await table("Periode;Antal\n11.2019;4\n12.2019;2\n01.2020;5\n"))).toMatchObject({ x: "Periode", y: "Antal" });
    expect(proposeColumns(await table("Dato;Antal\n15.10;4\n22.10;2\n"))).toMatchObject({ y: "Antal" });
    // A measure whose name holds a time word ("Dør-til-nål-tid") is still y.
    expect(proposeColumns(await table("Uge;Dør-til-nål-tid (min)\nUge 1, 2023;42\nUge 2, 2023;38\n"))).toMatchObject({ x: "Uge", y: "Dør-til-nål-tid (min)" });
  });

  it("reads English headers, groups, phases and a freeze flag", async () => {
    const t = await table("Ward,Week,Count,Total,Comment,Phase,Freeze\nA,2018-W40,3,10,,before,1\nA,2018-W41,4,10,,before,1\n");
    expect(proposeColumns(t)).toEqual({ x: "Week", y: "Count", n: "Total", group: "Ward", notes: "Comment", phase: "Phase", freezeColumn: "Freeze" });
  });

  it("falls back to the cells: a date column for x, the first number column for y, a larger count column for n", async () => {
    const t = await table("periode start;ajourført;udskrevne\n01-10-2018;92;100\n08-10-2018;90;99\n15-10-2018;95;97\n");
    expect(proposeColumns(t)).toMatchObject({ x: "periode start", y: "ajourført", n: "udskrevne" });
    const dates = await table("when;waiting days\n2018-10-01;4.5\n2018-10-02;3.2\n");
    expect(proposeColumns(dates)).toMatchObject({ x: "when", y: "waiting days", n: "" });
  });

  it("does not take a column whose values are sometimes below y as its denominator", async () => {
    const t = await table("dato;systolisk;diastolisk\n2018-10-01;120;80\n2018-10-02;75;85\n");
    expect(proposeColumns(t)).toMatchObject({ y: "systolisk", n: "" });
  });

  it("knows udskrevne, afsnit, afdeling, måned, frys and fase", async () => {
    const t = await table("Afdeling;Måned;Antal;Udskrevne;Fase;Frys;Bemærkning\nA;jan 2020;3;40;1;x;\n");
    expect(proposeColumns(t)).toEqual({ x: "Måned", y: "Antal", n: "Udskrevne", group: "Afdeling", notes: "Bemærkning", phase: "Fase", freezeColumn: "Frys" });
  });
});

describe("recommendChart", () => {
  const f = (v: number[]) => Float64Array.from(v);
  const many = (v: number) => Array.from({ length: 20 }, (_, i) => v + (i % 3));
  it("P when numerators never exceed denominators, U otherwise", () => {
    expect(recommendChart(f([3, 4, 5]), f([10, 10, 10]), 3)).toEqual({ chart: "p", reason: "proportion" });
    expect(recommendChart(f([3, 14, 5]), f([10, 10, 10]), 3)).toEqual({ chart: "u", reason: "rate" });
    expect(recommendChart(f([3, 4, 5]), f([1000, 1100, 1200]), 3, "Infektioner", "Sengedage")).toEqual({ chart: "u", reason: "rate" });
    // A computed share with decimals kept beside its total (a user's trial: y "Andel" 83,9 with n "I alt"): not counts,
    // so no P chart that would then refuse every value.
    expect(recommendChart(f([83.9, 88.6, 95.6]), f([168, 114, 137]), 3, "Andel", "I alt")).toEqual({ chart: "i", reason: "not_counts" });
    expect(recommendChart(f([-2, 4, 5]), f([10, 10, 10]), 3)).toEqual({ chart: "i", reason: "not_counts" });
    expect(recommendChart(f([3, 4, 5]), f([1000, 1100, 1200]), 3, "Infections", "Bed days")).toEqual({ chart: "u", reason: "rate" });
    expect(recommendChart(f([90, 92, 95]), f([100, 100, 100]), 3, "ajourført", "udskrevne")).toEqual({ chart: "p", reason: "proportion" });
    // A unit after a number is whom the count is of, not an exposure (a trial: U hid three points outside a P chart's limits).
    expect(recommendChart(f([18, 35, 36]), f([36, 47, 48]), 3, "Screenet for delir", "Indlagt over 24 timer")).toEqual({ chart: "p", reason: "proportion" });
    expect(recommendChart(f([18, 35, 36]), f([36, 47, 48]), 3, "Genindlagt", "Udskrevne, opfulgt i 30 dage")).toEqual({ chart: "p", reason: "proportion" });
    expect(recommendChart(f([3, 4, 5]), f([1000, 1100, 1200]), 3, "Infektioner", "Risikotid (timer)")).toEqual({ chart: "u", reason: "rate" });
    expect(recommendChart(f([3, 4, 5]), f([1000, 1100, 1200]), 3, "Infektioner", "pr. 1.000 sengedage")).toEqual({ chart: "u", reason: "rate" });
    // "i år" is this year, not patient-years (a user's trial got a U chart for "Indlæggelser i år"); "til tid" is on time.
    expect(recommendChart(f([90, 92, 95]), f([100, 100, 100]), 3, "Færdigbehandlede", "Indlæggelser i år")).toEqual({ chart: "p", reason: "proportion" });
    expect(recommendChart(f([90, 92, 95]), f([100, 100, 100]), 3, "Set", "Patienter set til tid")).toEqual({ chart: "p", reason: "proportion" });
    expect(recommendChart(f([3, 4, 5]), f([100, 100, 100]), 3, "Tryksår", "Patientår")).toEqual({ chart: "u", reason: "rate" });
    expect(recommendChart(f([3, 4, 5]), f([100, 100, 100]), 3, "Fald", "Observationstid")).toEqual({ chart: "u", reason: "rate" });
  });
  it("keeps P when only a few numerators exceed their denominators (typing errors), and says so", () => {
    const y = f([...Array.from({ length: 87 }, (_, i) => 40 + (i % 9)), 65]);
    const n = f([...Array.from({ length: 87 }, () => 60), 60]);
    expect(recommendChart(y, n, 44, "Tæller", "Nævner")).toEqual({ chart: "p", reason: "proportion_exceeded" });
    // One row in ten above: a rate.
    const many = f(Array.from({ length: 20 }, (_, i) => (i % 10 === 0 ? 70 : 40)));
    expect(recommendChart(many, f(Array.from({ length: 20 }, () => 60)), 20)).toEqual({ chart: "u", reason: "rate" });
  });
  it("I for single measurements, Xbar for several per subgroup, run when unsure", () => {
    expect(recommendChart(f(many(4.5)), null, 20)).toEqual({ chart: "i", reason: "measurements" });
    expect(recommendChart(f(many(4)), null, 20, "ventedage")).toEqual({ chart: "i", reason: "measurements" });
    expect(recommendChart(f(many(4)), null, 20, "Antal fald")).toEqual({ chart: "run", reason: "counts_without_denominator" });
    expect(recommendChart(f([...many(4.5), ...many(4.5)]), null, 20)).toEqual({ chart: "xbar", reason: "subgroups" });
    expect(recommendChart(f([1.5, 2.5, 3.5]), null, 3)).toEqual({ chart: "run", reason: "few_points" });
    expect(recommendChart(f([Number.NaN, Number.NaN]), null, 2)).toEqual({ chart: "run", reason: "no_values" });
  });
  it("has words for every reason in both languages", () => {
    for (const reason of ["proportion", "proportion_exceeded", "rate", "subgroups", "measurements", "few_points", "counts_without_denominator", "no_values"] as const) {
      expect(say("da", `reason_${reason}`)).not.toBe(say("en", `reason_${reason}`));
    }
  });
});

describe("config ↔ URL hash", () => {
  const config: AppConfig = {
    ...emptyConfig,
    x: "Uge",
    y: "Tæller",
    n: "Nævner",
    chart: "p",
    rules: "ihi",
    improvement: "up",
    target: "95,5",
    multiply: 100,
    freeze: 8,
    breaks: ["Uge 52, 2018"],
    exclude: [{ x: "Uge 42, 2018", reason: "Fejl & mangler = ?" }, { x: "Uge 3, 2019", reason: "" }],
    pointNotes: [{ x: "Uge 45, 2018", text: "PDSA 1: ny tjekliste" }],
    view: "all",
    decimal: ",",
  };
  it("round-trips every field", () => {
    expect(configFromHash(configToHash(config))).toEqual(config);
    expect(configToHash(emptyConfig)).toBe("");
    expect(configFromHash("")).toEqual(emptyConfig);
  });
  it("never carries data, only names and choices", () => {
    const hash = decodeURIComponent(configToHash(config).replace(/\+/g, " "));
    expect(hash).not.toMatch(/\b92\b|\b100\b.*\b101\b/);
  });
  it("ignores what it does not know", () => {
    expect(configFromHash("#chart=pie&rules=x&improvement=sideways&freeze=-2&multiply=abc")).toEqual(emptyConfig);
    expect(settingsFromHash("#chart=pie&multiply=abc").chosen).toEqual({ chart: false, multiply: false });
  });
  it("keeps a chart type and a scale the user chose, even where they equal the defaults (a trial's run chart came back as an I chart)", () => {
    const run = { ...emptyConfig, x: "Måned", y: "Ventetid" };
    expect(configToHash(run)).not.toContain("chart=");
    const hash = configToHash(run, { chart: true, multiply: true });
    expect(hash).toContain("chart=run");
    expect(hash).toContain("multiply=1");
    expect(settingsFromHash(hash)).toEqual({ config: run, chosen: { chart: true, multiply: true }, baselineEndsAt: null });
    // Not chosen: the app's proposal, made again for the file at hand.
    expect(settingsFromHash(configToHash(run)).chosen).toEqual({ chart: false, multiply: false });
    expect(settingsFromHash("#chart=p&multiply=100").chosen).toEqual({ chart: true, multiply: true });
  });
  it("names the x the baseline ends at beside its count, for a colleague's file whose points start later", () => {
    const frozen = { ...emptyConfig, x: "Måned", y: "Ventetid", freeze: 12 };
    const hash = configToHash(frozen, { chart: false, multiply: false }, "dec. 2019");
    expect(settingsFromHash(hash)).toMatchObject({ config: frozen, baselineEndsAt: "dec. 2019" });
    // Without a baseline there is no end to name.
    expect(configToHash({ ...frozen, freeze: null }, { chart: false, multiply: false }, "dec. 2019")).not.toContain("freezeAt");
    expect(settingsFromHash(configToHash(frozen)).baselineEndsAt).toBeNull();
  });
});

describe("commandLine", () => {
  it("names the columns and options, quoting x values for the shell", () => {
    const config: AppConfig = { ...emptyConfig, x: "Uge", y: "Tæller", n: "Nævner", notes: "Kommentar", chart: "p", breaks: ["Uge 52, 2018"], exclude: [{ x: "Uge 42, 2018", reason: "why" }], improvement: "up", target: "95,5" };
    const line = commandLine(config, { fileName: "FMK data.csv", period: "week", freeze: 8, locale: "da-DK" });
    expect(line).toBe("npx shewhart chart 'FMK data.csv' --x Uge --y Tæller --n Nævner --notes Kommentar --chart p --period week --improvement up --target 95.5 --freeze 8 --breaks 'Uge 52, 2018' --exclude 'Uge 42, 2018' --locale da-DK");
    expect(shellWords(line)).toEqual(["npx", "shewhart", "chart", "FMK data.csv", "--x", "Uge", "--y", "Tæller", "--n", "Nævner", "--notes", "Kommentar", "--chart", "p", "--period", "week", "--improvement", "up", "--target", "95.5", "--freeze", "8", "--breaks", "Uge 52, 2018", "--exclude", "Uge 42, 2018", "--locale", "da-DK"]);
  });
  it("uses --phase for a phase column, and quotes apostrophes", () => {
    const line = commandLine({ ...emptyConfig, y: "it's", phase: "Fase", breaks: ["ignored"] }, { fileName: "a.csv", period: null, freeze: null, locale: "en-GB" });
    expect(line).toBe("npx shewhart chart a.csv --y 'it'\\''s' --chart run --phase Fase --locale en-GB");
  });  it("gives the target as the app reads it: '95 %' as 95, and none where the app reads none", () => {
    const line = (target: string) => commandLine({ ...emptyConfig, y: "y", target }, { fileName: "a.csv", period: null, freeze: null, locale: "da-DK" });
    expect(line("95 %")).toContain("--target 95 ");
    expect(line("95,5")).toContain("--target 95.5 ");
    expect(line("højt")).not.toContain("--target");
    expect(targetNumber("95 %")).toBe(95);
    expect(targetNumber("95\u00a0%")).toBe(95);
    expect(targetNumber("højt")).toBeNull();
  });
  it("says --percent after the scale for a run chart of proportions drawn in percent", () => {
    const line = commandLine({ ...emptyConfig, y: "Tæller", n: "Nævner", multiply: 100 }, { fileName: "a.csv", period: null, freeze: null, locale: "da-DK", percent: true });
    expect(line).toBe("npx shewhart chart a.csv --y Tæller --n Nævner --chart run --multiply 100 --percent --locale da-DK");
  });
});

describe("analyseGroups", () => {
  it("analyses the Danish export as weeks, with baseline, phase and exclusion named by x as in the file", async () => {
    const t = await readTable(danishExport().bytes);
    const config: AppConfig = { ...emptyConfig, ...proposeColumns(t), chart: "p", freeze: 8, breaks: ["Uge 52, 2018"], exclude: [{ x: "Uge 42, 2018", reason: "Fejl" }] };
    const columns = readColumns(t, config, "da");
    const [chart] = analyseGroups(t, columns, config, "da-DK");
    const result = chart!.result!;
    expect(result.period).toBe("week");
    expect(result.length).toBe(numerators.length);
    expect(result.phases.map((p) => p.start)).toEqual([0, 12]);
    expect(result.included[2]).toBe(0);
    expect(chart!.notes).toEqual([{ index: 12, text: "Ny procedure på afsnit Ø" }, { index: 2, text: "Fejl" }]);
    expect(chart!.xText[0]).toBe("Uge 40, 2018");
    const same = analyze({ chart: "p", x: numerators.map((_, k) => (k < 13 ? `2018-W${40 + k}` : `2019-W0${k - 12}`.replace(/W0(\d\d)/, "W$1"))), y: numerators, n: Array.from(columns.n!), period: "week", freeze: 8, breaks: [12], exclude: [2], locale: "da-DK" });
    expect(result.toJSON()).toEqual(same.toJSON());
  });

  it("names a value the analysis refuses by its line and column in the file, not by its index", async () => {
    const t = await table("uge;antal;udskrevne\n" + Array.from({ length: 12 }, (_, k) => `2020-W${String(k + 1).padStart(2, "0")};${k === 5 ? 65 : 40};60`).join("\n"));
    const config: AppConfig = { ...emptyConfig, ...proposeColumns(t), chart: "p" };
    const [da] = analyseGroups(t, readColumns(t, config, "da"), config, "da-DK");
    // The sixth data row is line 7 of the file (the header is line 1).
    expect(da!.error).toBe('linje 7, kolonne "antal": tælleren (65) er større end nævneren (60) i et P-diagram');
    expect(analyseGroups(t, readColumns(t, config, "en"), config, "en-GB")[0]!.error).toBe('line 7, column "antal": numerator (65) exceeds denominator (60) in a p chart');
  });

  it("takes phases from a phase column and the baseline from a freeze column, per group", async () => {
    const t = await table("afsnit;uge;antal;fase;frys\n" + ["A", "B"].flatMap((g) => Array.from({ length: 12 }, (_, k) => `${g};2020-W${String(k + 1).padStart(2, "0")};${(k * 7) % 5};${k < 6 ? "før" : "efter"};${k < 4 ? "x" : ""}`)).join("\n"));
    const config: AppConfig = { ...emptyConfig, ...proposeColumns(t), chart: "run" };
    const charts = analyseGroups(t, readColumns(t, config, "en"), config, "en-GB");
    expect(charts.map((c) => c.name)).toEqual(["A", "B"]);
    expect(charts.map((c) => [c.breaks, c.freeze])).toEqual([[[6], 4], [[6], 4]]);
    expect(charts[0]!.result!.phases[0]!.baselineEnd).toBe(3);
  });

  it("reads a phase column as the command line does: labels from its values, an empty cell continues the phase before it", async () => {
    const fase = ["før", "før", "", "før", "før", "før", "efter", "", "efter", "efter", "efter", "efter"];
    const t = await table("uge;antal;fase\n" + fase.map((f, k) => `2020-W${String(k + 1).padStart(2, "0")};${(k * 7) % 5};${f}`).join("\n"));
    const config: AppConfig = { ...emptyConfig, ...proposeColumns(t), chart: "run" };
    const [chart] = analyseGroups(t, readColumns(t, config, "da"), config, "da-DK");
    expect(chart!.breaks).toEqual([6]);
    expect(chart!.phaseLabels).toEqual(["før", "efter"]);
    expect(analyseGroups(t, readColumns(t, { ...config, phase: "" }, "da"), { ...config, phase: "" }, "da-DK")[0]!.phaseLabels).toBeNull();
  });

  it("says so when a phase, exclusion or note is at an x a group's chart does not have, and leaves it out of that chart only", async () => {
    // Group B has no week 5: a phase and an exclusion set there (on A's chart) apply to A alone.
    const rows = ["A", "B"].flatMap((g) => Array.from({ length: 12 }, (_, k) => k + 1).filter((week) => g === "A" || week !== 5).map((week) => `${g};2020-W${String(week).padStart(2, "0")};${(week * 7) % 5}`));
    const t = await table("afsnit;uge;antal\n" + rows.join("\n"));
    const config: AppConfig = { ...emptyConfig, ...proposeColumns(t), chart: "run", breaks: ["2020-W05"], exclude: [{ x: "2020-W05", reason: "" }], pointNotes: [{ x: "2020-W05", text: "Ny procedure" }] };
    const [a, b] = analyseGroups(t, readColumns(t, config, "da"), config, "da-DK");
    expect(a!.breaks).toEqual([4]);
    expect(a!.warnings.filter((w) => w.includes("2020-W05"))).toEqual([]);
    expect(b!.breaks).toEqual([]);
    expect(b!.result!.phases).toHaveLength(1);
    expect(b!.warnings.slice(0, 3)).toEqual([
      "En ny fase ved 2020-W05: diagrammet har ingen undergruppe 2020-W05, så den er udeladt af dette diagram",
      "Udeladelsen ved 2020-W05: diagrammet har ingen undergruppe 2020-W05, så den er udeladt af dette diagram",
      "Noten ved 2020-W05: diagrammet har ingen undergruppe 2020-W05, så den er udeladt af dette diagram",
    ]);
    const [, english] = analyseGroups(t, readColumns(t, config, "en"), config, "en-GB");
    expect(english!.warnings[0]).toBe("A new phase at 2020-W05: this chart has no subgroup 2020-W05, so it is left out of this chart");
  });

  it("names the subgroups of a warning by x as written and line in the file, not by index (a user's trial read 'indeks 14')", async () => {
    const t = await table("uge;antal;udskrevne\n" + Array.from({ length: 20 }, (_, k) => `Uge ${k + 1} 2020;${k === 14 ? 0 : 40 + (k % 3)};${k === 14 ? 0 : 60}`).join("\n"));
    const config: AppConfig = { ...emptyConfig, ...proposeColumns(t), chart: "p" };
    const [chart] = analyseGroups(t, readColumns(t, config, "da"), config, "da-DK");
    const zero = chart!.warnings.find((w) => w.includes("nævneren 0"));
    expect(zero).toBe("1 undergruppe har nævneren 0 (Uge 15 2020 i linje 16); vist som huller");
  });

  it("marks every unreadable cell of the chosen columns at its place", async () => {
    const t = await table("uge;antal\n2020-W01;3\n2020-W02;tre\n2020-W0x;4\n2020-W04;5\n2020-W05;5\n2020-W06;6\n");
    const config: AppConfig = { ...emptyConfig, ...proposeColumns(t) };
    const columns = readColumns(t, config, "en");
    expect(columns.problems.map((p) => [p.row, p.column])).toEqual([[2, 0], [1, 1]]);
    expect(columns.problems[1]!.message).toContain("tre");
  });

  it("says unreadable cells in the interface's language, naming its controls, never a command-line flag", async () => {
    const t = await table("uge;antal\nUge 40, 2018;3\nUge 41, 2018;tre\nukendt;4\nUge 43, 2018;5\n");
    const config: AppConfig = { ...emptyConfig, x: "uge", y: "antal" };
    const da = readColumns(t, config, "da").problems.map((p) => [p.row, p.column, p.message]);
    expect(da).toEqual([
      [2, 0, 'forventede en uge som "2018-W40" eller "Uge 40, 2018" ligesom resten af kolonnen, fandt "ukendt"; for at læse kolonnen som tekst: vælg "Læs x som: kategorier (ingen tidsorden)"'],
      [1, 1, 'forventede et tal, fandt "tre"'],
    ]);
    const en = readColumns(t, config, "en").problems.map((p) => p.message);
    expect(en[0]).toBe('expected a week like "2018-W40" or "Uge 40, 2018" as the rest of the column, found "ukendt"; to read the column as text, choose "Read x as: categories (no time order)"');
    for (const message of [...da.map((p) => p[2] as string), ...en]) expect(message).not.toMatch(/--[a-z]/);
  });

  it("marks every day without a year, not only the first that shows it (a trial might have mended one row)", async () => {
    const t = await table("Dato;Fald\n15.10;4\n22.10;2\n29.10;5\n05.11;3\n");
    const problems = readColumns(t, { ...emptyConfig, x: "Dato", y: "Fald" }, "da").problems;
    expect(problems.map((p) => p.row).sort()).toEqual([0, 1, 2, 3]);
    expect(problems.find((p) => p.row === 0)!.message).toMatch(/^"15.10" ligner en dag og en måned uden år/);
    expect(problems.find((p) => p.row === 0)!.message).toContain('vælg "Læs x som: tal');
  });

  it("says every unreadable x cell, not only the first, in the interface's language", async () => {
    const t = await table("dato;v\n02-04-2018;1\n31-02-2018;2\n\n03-04-2018;3\n30-02-2018;4\nukendt;5\n");
    const config: AppConfig = { ...emptyConfig, x: "dato", y: "v" };
    const da = readColumns(t, config, "da").problems.map((p) => p.message);
    expect(da).toEqual(['"31-02-2018" er ikke en gyldig dato: 2018-02 har ingen dag 31', '"30-02-2018" er ikke en gyldig dato: 2018-02 har ingen dag 30', 'forventede en dato som "2018-04-02" eller "02-04-2018" ligesom resten af kolonnen, fandt "ukendt"; for at læse kolonnen som tekst: vælg "Læs x som: kategorier (ingen tidsorden)"']);
    const marks = await table("uge;y\n1;1,5\n2;2.5\n3;3.5\n");
    expect(readColumns(marks, { ...emptyConfig, y: "y", decimal: "," }, "da").problems.map((p) => p.message)).toEqual(['"2.5" er ikke et tal skrevet med det valgte decimaltegn ","', '"3.5" er ikke et tal skrevet med det valgte decimaltegn ","']);
    const decimal = await table("uge;y\n1;1.002\n2;2.004\n");
    expect(readColumns(decimal, { ...emptyConfig, y: "y" }, "da").problems[0]!.message).toBe(
      'decimaltegnet kan ikke afgøres: "1.002", "2.004" læses som 1.002 med decimalpunktum, men som 1002 med decimalkomma, og ingen anden værdi i filen afgør det; vælg "Decimaltegn: komma (,)" (decimalkomma, "." adskiller tusinder) eller "Decimaltegn: punktum (.)" (decimalpunktum)',
    );
  });

  it("marks only the cell with the odd decimal mark, not the good cells around it (trial: decimal_mixed.csv)", async () => {
    const rows = Array.from({ length: 8 }, (_, i) => `${i + 1};${i + 10},5`);
    rows.splice(3, 0, "x;12.5");
    const t = await table(`uge;y\n${rows.join("\n")}\n`);
    const problems = readColumns(t, { ...emptyConfig, y: "y" }, "da").problems;
    expect(problems.map((p) => [p.row, p.column])).toEqual([[3, 1]]);
    expect(problems[0]!.message).toContain('"12.5"');
  });

  it("reads six-digit weeks under a week header, and with Read x as: weeks marks only the cells that are no week", async () => {
    const t = await table("Uge;Antal\n201851;1\n201852;2\n201901;3\n");
    const read = readColumns(t, { ...emptyConfig, x: "Uge", y: "Antal" }, "da");
    expect(read.problems).toEqual([]);
    expect(read.x!.values).toEqual(["2018-W51", "2018-W52", "2019-W01"]);
    const forced = await table("x;Antal\n201851;1\n201852;2\n201860;3\n201901;3\n201954;3\n");
    const problems = readColumns(forced, { ...emptyConfig, x: "x", y: "Antal", xType: "week" }, "da").problems;
    expect(problems.map((p) => [p.row, p.message])).toEqual([
      [2, '"201860" er ikke en gyldig uge: der er ingen uge 60'],
      [4, '"201954" er ikke en gyldig uge: der er ingen uge 54'],
    ]);
  });

  it("says a file it cannot read, and an analysis without a place in the file, in the interface's language", async () => {
    const error = await readTable(new TextEncoder().encode("a;b\n1;2\n3\n")).then(
      () => null,
      (e: unknown) => e,
    );
    expect(isSpcError(error)).toBe(true);
    expect(readErrorText(error as SpcError, "da")).toBe("linje 3: forventede 2 celler som i overskriften, fandt 1");
    expect(readErrorText(error as SpcError, "en")).toBe("line 3: expected 2 cells as in the header, found 1");
    const empty = await table("uge;antal\n1;\n2;\n");
    const config: AppConfig = { ...emptyConfig, x: "uge", y: "antal" };
    expect(analyseGroups(empty, readColumns(empty, config, "da"), config, "da-DK")[0]!.error).toBe("for få data: alle y mangler");
    const negative = await table("uge;fald\n1;3\n2;-1\n");
    const c: AppConfig = { ...emptyConfig, x: "uge", y: "fald", chart: "c" };
    expect(analyseGroups(negative, readColumns(negative, c, "da"), c, "da-DK")[0]!.error).toBe('linje 3, kolonne "fald": forventede et antal (et helt tal >= 0) eller en tom celle i et C-diagram, fik -1');
  });
});

describe("warningText: the analysis' warnings in the app's words", () => {
  it("a target off the scale names the Scale control, never multiply or --multiply, in Danish and English", async () => {
    const t = await readTable(danishExport().bytes);
    const config: AppConfig = { ...emptyConfig, ...proposeColumns(t), chart: "p", improvement: "up", target: "85" };
    const [da] = analyseGroups(t, readColumns(t, config, "da"), config, "da-DK");
    expect(da!.result!.warnings.find((w) => w.code === "target_unassessed")?.message).toContain("brug multiply 100 for procent");
    expect(da!.warnings).toContain('målet 85 ligger uden for diagrammets skala 0–1: angiv det som 0,85, eller vælg "Skala: × 100 (procent)" for procent');
    const [en] = analyseGroups(t, readColumns(t, config, "en"), config, "en-GB");
    expect(en!.warnings).toContain('the target 85 is outside the chart\'s scale 0–1: give it as 0.85, or choose "Scale: × 100 (percent)" for percent');
    for (const text of [...da!.warnings, ...en!.warnings]) expect(text).not.toMatch(/multiply/);
  });

  it("a target without improvement names the Improvement control and its choices", () => {
    const warning = analyze({ chart: "i", y: [10, 11, 9, 10, 12, 10, 9, 11, 10, 9, 11, 10], target: 12 }).warnings.find((w) => w.code === "target_unassessed")!;
    expect(warningText(warning, "en")).toBe('the target is not assessed: choose "Improvement is: up (higher is better)" or "Improvement is: down (lower is better)" to say which side of it is good');
    expect(warningText(warning, "da")).toBe('målet er ikke vurderet: vælg "Forbedring er: op (højere er bedre)" eller "Forbedring er: ned (lavere er bedre)" for at sige, hvilken side af det der er god');
  });

  it("a warning that names no option keeps its message", () => {
    const warning = analyze({ chart: "i", y: [10, null, 9, 10, 12, 10, 9, 11, 10, 9, 11, 10] }).warnings.find((w) => w.code === "missing_values")!;
    expect(warningText(warning, "da")).toBe(warning.message);
  });
});

describe("subgroupRows", () => {
  it("orders times and numbers, keeps categories in first appearance, floors to the period", () => {
    expect(subgroupRows(["2018-W41", "2018-W40", "2018-W41"], 3, "week").of).toEqual(Int32Array.from([1, 0, 1]));
    expect(subgroupRows(["2018-10-03", "2018-10-01"], 2, "week").rows).toEqual([[0, 1]]);
    expect(subgroupRows(["b", "a", "b"], 3, null).rows).toEqual([[0, 2], [1]]);
    expect(subgroupRows([3, 1, 2], 3, null).of).toEqual(Int32Array.from([2, 0, 1]));
    expect(subgroupRows(null, 2, null).rows).toEqual([[0], [1]]);
  });
  it("reads years 0000–0099 as those years, as analyze does: 0050 and 1950 are two subgroups, in order", () => {
    expect(subgroupRows(["1950-01-01", "0050-01-01", "0150-01-01"], 3, null).of).toEqual(Int32Array.from([2, 0, 1]));
    expect(subgroupRows(["1950-01", "0050-01"], 2, "month").rows).toEqual([[1], [0]]);
    expect(subgroupRows(["1950-Q1", "0050-Q1"], 2, "quarter").rows).toEqual([[1], [0]]);
  });
});

describe("resultsCsv", () => {
  const result = analyze({ chart: "p", y: [3, 5], n: [10, 10], x: ["2018-W01", "2018-W02"], period: "week" });
  it("writes Danish Excel's form in Danish: BOM, semicolons, decimal commas", () => {
    const text = resultsCsv([{ group: "Afsnit Ø", result, xText: ["Uge 1, 2018", "=cmd"], notes: [{ index: 1, text: 'sagt "nej"' }] }], "da");
    const lines = text.split("\r\n");
    expect(lines[0]).toBe("\ufeffgruppe;punkt;x;værdi;tæller;nævner;centerlinje;nedre grænse;øvre grænse;fase;baseline;medtaget;uden for grænserne;seriesignal;note");
    expect(lines[1]).toMatch(/^Afsnit Ø;1;Uge 1, 2018;0,3;3;10;0,4;/);
    expect(lines[2]).toContain(`;'=cmd;`);
    expect(lines[2]).toMatch(/;"sagt ""nej"""$/);
  });
  it("writes commas and points in English", () => {
    const lines = resultsCsv([{ group: "", result, xText: ["Week 1", "Week 2"], notes: [] }], "en").split("\r\n");
    expect(lines[0]!.startsWith("group,point,x,value")).toBe(true);
    expect(lines[1]).toMatch(/^,1,Week 1,0.3,3,10,0.4,/);
  });
  it("leaves a gap's numerator, denominator and 'included' empty (a trial read denominator 0 and 'ja' for a month without a count)", () => {
    const gaps = analyze({ chart: "p", y: [3, null, 4, 2], n: [100, 1125, 90, null] });
    const lines = resultsCsv([{ group: "M1", result: gaps, xText: ["2022-01", "2022-03", "2022-04", "2022-06"], notes: [] }], "da").split("\r\n");
    const cells = (k: number): string[] => lines[k]!.split(";");
    // værdi, tæller, nævner … medtaget
    expect([cells(2)[3], cells(2)[4], cells(2)[5], cells(2)[11]]).toEqual(["", "", "", ""]);
    expect([cells(4)[3], cells(4)[4], cells(4)[5], cells(4)[11]]).toEqual(["", "", "", ""]);
    expect([cells(1)[4], cells(1)[5], cells(1)[11]]).toEqual(["3", "100", "ja"]);
  });
});

describe("reportHtml", () => {
  const result = analyze({ chart: "run", y: [3, 5, 4, 6, 5, 7, 6, 8, 7, 9, 8, 10], locale: "da-DK" });
  const words = { fileName: "data.csv", locale: "da-DK", leftOut: (groups: string) => `intet diagram for ${groups}`, maxPointMarks: 5000 };
  it("puts every group's chart on one Danish page, with its notes, and names the groups without a chart", () => {
    const html = reportHtml([{ name: "Afsnit A", result, notes: [{ index: 2, text: "Ny <rutine>" }] }, { name: "Afsnit B", result, notes: [] }, { name: "Afsnit C", result: null, notes: [] }], { ...words, title: "Tryksår" });
    expect(html).toContain('<html lang="da-DK">');
    expect(html.match(/<tr class="summary-row">/g)).toHaveLength(2);
    expect(html.match(/<section class="chart"[^>]*>[^]*?<svg/g)).toHaveLength(2);
    expect(html).toContain("Tryksår · Afsnit A");
    expect(html).toContain("Ny &lt;rutine&gt;");
    expect(html).toContain("data.csv · intet diagram for Afsnit C");
  });
  it("names a chart with neither a title nor a group as the app draws it (its y column), never 'Diagram 1'", () => {
    const html = reportHtml([{ name: "", result, notes: [] }], { ...words, title: "", untitled: "Ventetid" });
    expect(html).toContain('<a href="#chart-1">Ventetid</a>');
    expect(html).toContain('<h2 id="chart-1-heading">Ventetid</h2>');
    expect(html).not.toContain("Diagram 1");
  });
  it("keeps more than 200 charts on one page", () => {
    const html = reportHtml(Array.from({ length: 201 }, (_, k) => ({ name: `G${k}`, result, notes: [] })), { ...words, title: "" });
    expect(html.match(/<tr class="summary-row">/g)).toHaveLength(201);
    expect(html).not.toContain("index-2.html");
  });
});

describe("languageFor", () => {
  it("is Danish when the browser prefers Danish, English otherwise", () => {
    expect(languageFor(["da-DK", "en-US"])).toBe("da");
    expect(languageFor(["da"])).toBe("da");
    expect(languageFor(["en-GB", "da"])).toBe("en");
    expect(languageFor(["de-DE", "da"])).toBe("da");
    expect(languageFor([])).toBe("en");
  });
});

describe("commandLine reading choices", () => {
  it("gives the reading options the user chose", () => {
    const config: AppConfig = { ...emptyConfig, x: "dato", y: "v", xType: "category", dateOrder: "mdy", decimal: ",", encoding: "windows-1252" };
    expect(commandLine(config, { fileName: "a.csv", period: null, freeze: null, locale: "en-GB" })).toBe("npx shewhart chart a.csv --x dato --y v --chart run --x-type category --date-order mdy --decimal , --encoding windows-1252 --locale en-GB");
    expect(commandLine({ ...emptyConfig, y: "v", separator: ";" }, { fileName: "a.csv", period: null, freeze: null, locale: "en-GB" })).toBe("npx shewhart chart a.csv --y v --chart run --separator ';' --locale en-GB");
    expect(commandLine({ ...emptyConfig, y: "v", separator: "\t" }, { fileName: "a.csv", period: null, freeze: null, locale: "en-GB" })).toBe("npx shewhart chart a.csv --y v --chart run --separator tab --locale en-GB");
  });
});

describe("proposeColumns on more exports", () => {
  it("reads falls per bed days, and an indicator column as groups", async () => {
    const falls = await table("Date,Ward,Falls,Bed days\n2023-01-01,A,3,410\n2023-02-01,A,1,380\n");
    expect(proposeColumns(falls)).toMatchObject({ x: "Date", group: "Ward", y: "Falls", n: "Bed days" });
    const long = await table("Periode;Indikator;Værdi\n2023-01;Ventetid;4,5\n2023-02;Ventetid;3,9\n");
    expect(proposeColumns(long)).toMatchObject({ x: "Periode", group: "Indikator", y: "Værdi", n: "" });
  });

  it("never turns a ratio upside down: the whole header naming a denominator wins, and counts the other way round are put right (a user's trial charted discharged over updated)", async () => {
    const rows = Array.from({ length: 8 }, (_, k) => `${String(k + 1).padStart(2, "0")}-01-2019;${90 + (k % 5)};${100 + (k % 3)}`);
    expect(proposeColumns(await table(`Dato;Udskrevne med FMK;Udskrevne\n${rows.join("\n")}`))).toMatchObject({ x: "Dato", y: "Udskrevne med FMK", n: "Udskrevne" });
    // Both named as denominators, neither wholly: the counts decide (y is never above n).
    const both = Array.from({ length: 8 }, (_, k) => `${String(k + 1).padStart(2, "0")}-01-2019;${90 + (k % 5)};${100 + (k % 3)}`);
    expect(proposeColumns(await table(`Dato;Udskrevne med FMK;Udskrevne i alt\n${both.join("\n")}`))).toMatchObject({ y: "Udskrevne med FMK", n: "Udskrevne i alt" });
    // A y named as one stays y above a smaller n: infections per 1,000 bed days.
    expect(proposeColumns(await table("Måned;Infektioner;Sengedage (1000)\n2019-01;12;3\n2019-02;9;3\n2019-03;14;4\n"))).toMatchObject({ y: "Infektioner", n: "Sengedage (1000)" });
  });

  it("takes a unit column whose every row is a unit of its own for x, not groups of one point each", async () => {
    const rows = ["Afsnit A;3;40", "Afsnit B;5;41", "Afsnit C;2;38", "Afsnit D;4;40"];
    expect(proposeColumns(await table(`Afsnit;Fejl;Journaler\n${rows.join("\n")}`))).toMatchObject({ x: "Afsnit", group: "" });
    // Units that repeat (a row per unit and week) stay groups.
    const weekly = ["Afsnit A;2018-W40;3;40", "Afsnit A;2018-W41;4;40", "Afsnit B;2018-W40;5;41", "Afsnit B;2018-W41;2;41"];
    expect(proposeColumns(await table(`Afsnit;Uge;Fejl;Journaler\n${weekly.join("\n")}`))).toMatchObject({ x: "Uge", group: "Afsnit" });
  });

  it("does not take a running number for y: waiting days per patient (a user's trial charted the patients' numbers)", async () => {
    const rows = Array.from({ length: 12 }, (_, k) => `${k + 1};${String(k + 2).padStart(2, "0")}-01-2023;${[19, 9, 9, 14, 12, 16, 11, 13, 10, 15, 12, 14][k]};Før`);
    expect(proposeColumns(await table(`Patient;Henvisningsdato;Ventedage;Fase\n${rows.join("\n")}`))).toMatchObject({ x: "Henvisningsdato", y: "Ventedage", phase: "Fase" });
    // Named as an identifier though not counting by one; and a running number still serves when nothing else is numeric.
    expect(proposeColumns(await table("Dato;Nr.;Tid\n01-01-2023;17;4,5\n02-01-2023;3;5,1\n03-01-2023;9;3,9\n"))).toMatchObject({ y: "Tid" });
    expect(proposeColumns(await table("Dato;Patient\n01-01-2023;1\n02-01-2023;2\n03-01-2023;3\n"))).toMatchObject({ x: "Dato", y: "Patient" });
  });
});
