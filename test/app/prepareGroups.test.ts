import { describe, expect, it } from "vitest";
import { readTable } from "../../src/app/readFile.ts";
import { analyseGroups, readColumns } from "../../src/app/state/analyseGroups.ts";
import { emptyConfig, type AppConfig } from "../../src/app/state/config.ts";
import { prepareGroups, preparedKey } from "../../src/app/state/prepareGroups.ts";
import { proposeColumns } from "../../src/app/state/proposeColumns.ts";

const table = (text: string) => readTable(new TextEncoder().encode(text));

describe("prepareGroups", () => {
  it("splits the rows into groups in order of first appearance, with each group's x as written and its columns", async () => {
    const t = await table("afsnit;uge;antal;n;note\n" + ["B", "A"].flatMap((g) => Array.from({ length: 4 }, (_, k) => `${g};2020-W0${k + 1};${k};10;${k === 2 ? `${g} note` : ""}`)).join("\n"));
    const config: AppConfig = { ...emptyConfig, ...proposeColumns(t), group: "afsnit", n: "n", notes: "note" };
    const [b, a] = prepareGroups(t, readColumns(t, config, "da"), config);
    expect([b!.name, a!.name]).toEqual(["B", "A"]);
    expect(Array.from(a!.y)).toEqual([0, 1, 2, 3]);
    expect(a!.rows).toEqual([4, 5, 6, 7]);
    expect(a!.xText).toEqual(["2020-W01", "2020-W02", "2020-W03", "2020-W04"]);
    expect(a!.indexOfX(" 2020-W03 ")).toBe(2);
    expect(a!.indexOfX("2020-W09")).toBe(-1);
    expect(a!.columnNotes).toEqual([{ index: 2, text: "A note" }]);
  });

  it("finds a subgroup by its x's value when it is written otherwise (a colleague's settings on a file that spells months differently), as the command line does", async () => {
    const t = await table("Måned;Ventetid\n" + ["jan. 2020", "feb. 2020", "mar. 2020", "apr. 2020", "maj 2020", "jun. 2020", "jul. 2020"].map((m, k) => `${m};${20 + k}`).join("\n"));
    const config: AppConfig = { ...emptyConfig, x: "Måned", y: "Ventetid" };
    const [group] = prepareGroups(t, readColumns(t, config, "da"), config);
    expect(group!.indexOfX("jul. 2020")).toBe(6);
    expect([group!.indexOfX("2020-07"), group!.indexOfX("07-2020"), group!.indexOfX("juli 2020"), group!.indexOfX("07.2020")]).toEqual([6, 6, 6, 6]);
    expect([group!.indexOfX("2020-08"), group!.indexOfX("juli"), group!.indexOfX("")]).toEqual([-1, -1, -1]);
    // The chart takes a phase and an exclusion named in the other spelling, and says nothing was left out.
    const [chart] = analyseGroups(t, readColumns(t, config, "da"), { ...config, breaks: ["2020-05"], exclude: [{ x: "2020-02", reason: "COVID" }] }, "da-DK");
    expect(chart!.breaks).toEqual([4]);
    expect(Array.from(chart!.result!.included)).toEqual([1, 0, 1, 1, 1, 1, 1]);
    expect(chart!.warnings.join()).not.toMatch(/udeladt af dette diagram|2020-0[25]/);
    // Days: a week's dates by their week, numbers by their value with the column's decimal mark; categories only as written.
    const days = await table("Uge;Antal\nUge 1, 2020;3\nUge 2, 2020;4\n");
    const daysConfig: AppConfig = { ...emptyConfig, x: "Uge", y: "Antal" };
    expect(prepareGroups(days, readColumns(days, daysConfig, "da"), daysConfig)[0]!.indexOfX("2020-W02")).toBe(1);
    const numbers = await table("Dosis;Antal\n0,5;3\n1,5;4\n");
    const numbersConfig: AppConfig = { ...emptyConfig, x: "Dosis", y: "Antal" };
    expect(prepareGroups(numbers, readColumns(numbers, numbersConfig, "da"), numbersConfig)[0]!.indexOfX("1,50")).toBe(1);
    const wards = await table("Afsnit;Antal\nA;3\nB;4\n");
    const wardsConfig: AppConfig = { ...emptyConfig, x: "Afsnit", y: "Antal" };
    expect(prepareGroups(wards, readColumns(wards, wardsConfig, "da"), wardsConfig)[0]!.indexOfX("b")).toBe(-1);
  });

  it("gives y, n and x frozen, missing values as null, so that a change of baseline reuses what the analysis read", async () => {
    const t = await table("uge;antal;n\n" + Array.from({ length: 12 }, (_, k) => `2020-W${String(k + 1).padStart(2, "0")};${k === 3 ? "" : k};${k === 5 ? "" : 20}`).join("\n"));
    const config: AppConfig = { ...emptyConfig, ...proposeColumns(t), n: "n", chart: "p" };
    const columns = readColumns(t, config, "da");
    const [group] = prepareGroups(t, columns, config);
    for (const column of [group!.y, group!.n, group!.x]) expect(Object.isFrozen(column)).toBe(true);
    expect(group!.y[3]).toBeNull();
    expect(group!.n![5]).toBeNull();
    expect(group!.y[4]).toBe(4);
    const prepared = [group!];
    const first = analyseGroups(t, columns, config, "da-DK", prepared)[0]!.result!;
    const again = analyseGroups(t, columns, { ...config, freeze: 6 }, "da-DK", prepared)[0]!.result!;
    expect(again.numerator).toBe(first.numerator);
    expect(first.numerator[3]).toBeNaN();
  });

  it("gives the same charts as preparing anew, for any baseline, phase, exclusion and note", async () => {
    const t = await table("uge;antal;n\n" + Array.from({ length: 30 }, (_, k) => `2020-W${String(k + 1).padStart(2, "0")};${(k * 7) % 9};10`).join("\n"));
    const base: AppConfig = { ...emptyConfig, ...proposeColumns(t), n: "n", chart: "p" };
    const columns = readColumns(t, base, "da");
    const prepared = prepareGroups(t, columns, base);
    const changes: Partial<AppConfig>[] = [{ freeze: 12 }, { breaks: ["2020-W15"], freeze: 8 }, { exclude: [{ x: "2020-W03", reason: "fejl" }] }, { pointNotes: [{ x: "2020-W20", text: "PDSA" }], chart: "run" }];
    for (const change of changes) {
      const config = { ...base, ...change };
      expect(preparedKey(config)).toBe(preparedKey(base));
      const kept = analyseGroups(t, columns, config, "da-DK", prepared)[0]!;
      const fresh = analyseGroups(t, columns, config, "da-DK")[0]!;
      expect(kept.result!.toJSON()).toEqual(fresh.result!.toJSON());
      expect([kept.notes, kept.freeze, kept.breaks, kept.xText]).toEqual([fresh.notes, fresh.freeze, fresh.breaks, fresh.xText]);
    }
    // A column that splits or annotates the rows is part of the key: a change of it prepares the groups again.
    for (const change of [{ group: "n" }, { notes: "n" }, { phase: "n" }, { freezeColumn: "n" }, { x: "" }]) expect(preparedKey({ ...base, ...change })).not.toBe(preparedKey(base));
  });
});
