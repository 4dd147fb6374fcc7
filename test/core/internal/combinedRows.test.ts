import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/index.ts";

const weeks = (count: number): string[] => Array.from({ length: count }, (_, k) => `2019-W${String(k + 1).padStart(2, "0")}`);
const combinedOf = (spec: Parameters<typeof analyze>[0]) => analyze(spec).warnings.filter((w) => w.code === "rows_combined");

describe("rows_combined", () => {
  it("names a duplicated row of a weekly export, in English and Danish", () => {
    const x = weeks(12);
    x.splice(7, 0, "2019-W07"); // week 7 twice
    const y = x.map((_, i) => 40 + (i % 5));
    const n = x.map(() => 50);
    const [warning] = combinedOf({ chart: "p", x, y, n });
    expect(warning?.indices).toEqual([6]);
    expect(warning?.message).toBe("1 subgroup combines several rows (week 7, 2019: 2 rows) into one point, where the other subgroups are one row each: check for a duplicated row or a missing group column");
    expect(combinedOf({ chart: "p", x, y, n, locale: "da-DK" })[0]?.message).toBe(
      "1 undergruppe samler flere rækker (uge 7, 2019: 2 rækker) i ét punkt, hvor de øvrige undergrupper er én række hver: tjek for en dobbelt række eller en manglende gruppekolonne",
    );
  });

  it("says a run, I or MR chart of several rows per subgroup shows their means (a user's trial: 48 patients became 24 points without a word)", () => {
    const x = weeks(24).flatMap((w) => [w, w]);
    const y = x.map((_, i) => 10 + ((i * 7) % 5));
    const [warning] = combinedOf({ chart: "i", x, y });
    expect(warning?.message).toBe("the 48 rows are 24 points: each point is the mean of its subgroup's rows (up to 2), so the chart shows means, not single values; for a point per row give each row its own x, and for subgroups of several measurements use an Xbar chart");
    expect(warning?.indices).toHaveLength(24);
    expect(combinedOf({ chart: "run", x, y, locale: "da-DK" })[0]?.message).toBe(
      "de 48 rækker er 24 punkter: hvert punkt er gennemsnittet af undergruppens rækker (op til 2), så diagrammet viser gennemsnit, ikke enkeltværdier; giv hver række sit eget x for et punkt pr. række, og brug et Xbar-diagram for undergrupper af flere målinger",
    );
    expect(combinedOf({ chart: "mr", x, y })).toHaveLength(1);
    // Chosen, or meant: an aggregate given, a denominator, an Xbar chart.
    expect(combinedOf({ chart: "i", x, y, aggregate: "mean" })).toEqual([]);
    expect(combinedOf({ chart: "run", x, y, n: x.map(() => 20) })).toEqual([]);
    expect(combinedOf({ chart: "xbar", x, y })).toEqual([]);
  });

  it("stays quiet where subgroups are meant to hold several rows, or every row is its own", () => {
    // Patient-level rows, several per week.
    const x = weeks(10).flatMap((w) => [w, w, w]);
    expect(combinedOf({ chart: "p", x, y: x.map((_, i) => i % 2), n: x.map(() => 1) })).toEqual([]);
    // Xbar: samples of five.
    expect(combinedOf({ chart: "xbar", x: weeks(12).flatMap((w) => [w, w, w, w, w]), y: Array.from({ length: 60 }, (_, i) => 10 + (i % 7)) })).toEqual([]);
    expect(combinedOf({ x: weeks(12), y: weeks(12).map((_, i) => i) })).toEqual([]);
    expect(combinedOf({ y: [1, 2, 3, 4] })).toEqual([]);
  });
});
