// Golden SVG files: one per representative chart, written with `vitest -u` and reviewed as pictures
// (docs/rendering.md shows them as PNG). Any change to the output shows up in the diff.
import { describe, expect, it } from "vitest";
import { analyze, type ChartSpecInput } from "../../src/index.ts";
import { renderSmallMultiples, renderSvg, type RenderOptions } from "../../src/svg/index.ts";
import { loadReference, toSpec } from "../helpers/qicharts2.ts";
import { crowdedGoldens, crowdedSmallMultiples } from "./crowdedCharts.ts";

const reference = (name: string, extra: Partial<ChartSpecInput> = {}): ChartSpecInput => ({ ...toSpec(loadReference(name).input), ...extra }) as ChartSpecInput;

const goldens: [name: string, spec: ChartSpecInput, options: RenderOptions][] = [
  ["run-24", reference("v_run_24"), { title: "Run chart, 24 values", yLabel: "Value" }],
  ["run-phases", reference("v_run_parts"), { title: "Run chart with two phases", phaseLabels: ["Before", "After the change"] }],
  ["run-frozen-baseline", reference("v_run_shift_freeze"), { title: "Run chart, baseline 12" }],
  ["run-ihi", { y: [5, 6, 4, 5, 7, 6, 5, 6, 7, 8, 9, 10, 11, 9, 10, 11, 10, 12, 11, 10], rules: "ihi", improvement: "up" }, { title: "IHI rules: trend and shift" }],
  ["i-waiting-days", reference("v_i_waiting"), { title: "Waiting days", subtitle: "Excluded outlier drawn hollow", showSigmaLines: true }],
  ["mr", reference("v_mr"), { title: "Moving ranges" }],
  ["xbar", reference("v_xbar"), { title: "Xbar chart" }],
  ["s", reference("v_s"), { title: "S chart" }],
  ["t", reference("v_t"), { title: "Days between events" }],
  ["p-weekly-da", { ...reference("v_p_weekly_freeze"), period: "week", improvement: "up", target: 95 }, {
    title: "FMK – ajourføring ved udskrivelse",
    subtitle: "Ortopædkirurgisk Afdeling M",
    definition: "Andel udskrevne med ajourført FMK senest 2 timer efter udskrivelse",
    locale: "da-DK",
    notes: [{ index: 10, text: "PDSA 1: tjekliste ved udskrivelse" }],
  }],
  ["p-missing", reference("v_p_missing"), { title: "P chart with a missing week and a zero denominator" }],
  ["pp", reference("v_pp"), { title: "Laney P′" }],
  ["c", reference("v_c_counts"), { title: "Falls per month" }],
  ["u-infections", { ...reference("v_u_infections"), breaks: [12], improvement: "down" }, { title: "Infections per 1,000 bed days", yLabel: "per 1,000 bed days" }],
  ["up", reference("v_up"), { title: "Laney U′" }],
  ["g", reference("v_g"), { title: "Discharges between events" }],
];

describe("golden SVG files", () => {
  for (const [name, spec, options] of goldens) {
    it(name, async () => {
      await expect(renderSvg(analyze(spec), options)).toMatchFileSnapshot(`__golden__/${name}.svg`);
    });
  }

  for (const [name, spec, options] of crowdedGoldens) {
    it(name, async () => {
      await expect(renderSvg(analyze(spec), options)).toMatchFileSnapshot(`__golden__/${name}.svg`);
    });
  }

  for (const [name, specs, options] of crowdedSmallMultiples) {
    it(name, async () => {
      await expect(renderSmallMultiples(specs.map((spec) => analyze(spec)), options)).toMatchFileSnapshot(`__golden__/${name}.svg`);
    });
  }

  it("small-multiples", async () => {
    const units = ["North", "South", "East"].map((_, k) => analyze({ chart: "c", y: [4, 6, 5, 7, 3, 5, 6, 4, 5, 8, 6, 5].map((v, i) => v + ((i * (k + 2)) % 3)) }));
    await expect(renderSmallMultiples(units, { title: "Falls by unit", panelTitles: ["North", "South", "East"], columns: 3 })).toMatchFileSnapshot("__golden__/small-multiples.svg");
  });
});
