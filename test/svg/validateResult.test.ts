// @vitest-environment jsdom
// Issue 13: a result that did not come from analyze (JSON from a server, edited or hostile) is checked before
// anything is drawn: drawn, or refused with an SpcError naming the field — never a TypeError, a hang or an
// allocation without bound.
import { describe, expect, it } from "vitest";
import { analyze, isSpcError, type ChartResultJSON } from "../../src/index.ts";
import { renderSmallMultiples, renderSvg, renderSvgElement } from "../../src/svg/index.ts";

const base = (): Record<string, unknown> => JSON.parse(JSON.stringify(analyze({ y: [3, 5, 4, 6, 5, 7, 9, 9, 9, 9, 9, 9, 9, 2], breaks: [7] }).toJSON()));

/** Every renderer refuses the input with an SpcError whose message names the path. */
function expectRefused(input: unknown, path: RegExp): void {
  const calls = [
    () => renderSvg(input as ChartResultJSON),
    () => renderSvgElement(input as ChartResultJSON, { document }),
    () => renderSmallMultiples([base() as unknown as ChartResultJSON, input as ChartResultJSON]),
  ];
  for (const call of calls) {
    let error: unknown;
    try {
      call();
    } catch (e) {
      error = e;
    }
    expect(isSpcError(error), String(error)).toBe(true);
    expect((error as Error).message).toMatch(path);
  }
}

function tampered(edit: (json: Record<string, any>) => void): Record<string, unknown> {
  const json = base();
  edit(json);
  return json;
}

describe("validateResult: the reproductions of issue 13", () => {
  it("phases[0].end = 1e7 is refused at once (it allocated until V8 aborted)", () => {
    const started = performance.now();
    expectRefused(tampered((j) => (j.phases[0].end = 1e7)), /invalid result\.phases\[0\]\.end: expected an integer from 0 to 13, received 10000000/);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it("signals: [{}], [null]; phases: [null]; points[0].x = null", () => {
    expectRefused(tampered((j) => (j.signals = [{}])), /invalid result\.signals\[0\]\.rule/);
    expectRefused(tampered((j) => (j.signals = [null])), /invalid result\.signals\[0\]: expected a signal object, received null/);
    expectRefused(tampered((j) => (j.phases = [null])), /invalid result\.phases\[0\]: expected a phase object, received null/);
    expectRefused(tampered((j) => (j.points[0].x = null)), /invalid result\.points\[0\]\.x: expected a string or a finite number, received null/);
  });

  it("holes in arrays are checked, not skipped (a deleted signal threw a TypeError; found by the tamper fuzzer in CI)", () => {
    const shifted = (): Record<string, any> => JSON.parse(JSON.stringify(analyze({ y: [1, 2, 1, 2, 1, 2, 1, 2, 9, 8, 9, 8, 9, 8, 9, 8, 9, 8] }).toJSON()));
    const holeAtEnd = shifted();
    const signals = holeAtEnd.signals.length;
    expect(signals).toBeGreaterThan(0);
    holeAtEnd.signals.length = signals + 1;
    expectRefused(holeAtEnd, new RegExp(`invalid result\\.signals\\[${signals}\\]: expected a signal object, received undefined`));
    const holeInIndices = shifted();
    delete holeInIndices.signals[0].indices[0];
    expectRefused(holeInIndices, /invalid result\.signals\[0\]\.indices\[0\]: expected an integer/);
    expectRefused(tampered((j) => delete j.phases[1]), /invalid result\.phases\[1\]: expected a phase object, received undefined/);
  });
});

describe("validateResult: every field the renderer reads", () => {
  const cases: [string, (j: Record<string, any>) => void, RegExp][] = [
    ["chart", (j) => (j.chart = "zz"), /result\.chart/],
    ["xType", (j) => (j.xType = 3), /result\.xType/],
    ["period", (j) => (j.period = "decade"), /result\.period/],
    ["multiply", (j) => (j.multiply = 0), /result\.multiply/],
    ["multiply NaN", (j) => (j.multiply = Number.NaN), /result\.multiply/],
    ["target", (j) => (j.target = "1"), /result\.target/],
    ["points", (j) => (j.points = {}), /result\.points/],
    ["no points", (j) => (j.points = []), /result\.points/],
    ["point", (j) => (j.points[3] = 7), /result\.points\[3\]/],
    ["value", (j) => (j.points[2].value = "2"), /result\.points\[2\]\.value/],
    ["cl Infinity", (j) => (j.points[2].cl = Number.POSITIVE_INFINITY), /result\.points\[2\]\.cl/],
    ["ucl", (j) => (j.points[2].ucl = {}), /result\.points\[2\]\.ucl/],
    ["numerator", (j) => (j.points[2].numerator = []), /result\.points\[2\]\.numerator/],
    ["count", (j) => (j.points[2].count = -1), /result\.points\[2\]\.count/],
    ["included", (j) => (j.points[2].included = 1), /result\.points\[2\]\.included/],
    ["sigmaSignal", (j) => delete j.points[2].sigmaSignal, /result\.points\[2\]\.sigmaSignal/],
    ["direction", (j) => (j.points[2].direction = "up"), /result\.points\[2\]\.direction/],
    ["phases not contiguous", (j) => (j.phases[1].start = 9), /result\.phases\[1\]\.start: expected an integer from 7 to 7/],
    ["phases short", (j) => (j.phases = [j.phases[0]]), /result\.phases\[0\]\.end: expected 13/],
    ["phase number", (j) => (j.phases[1].phase = 5), /result\.phases\[1\]\.phase/],
    ["baseline outside", (j) => (j.phases[1].baselineEnd = 20), /result\.phases\[1\]\.baselineEnd/],
    ["baseline reversed", (j) => (j.phases[1].baselineStart = 12) && (j.phases[1].baselineEnd = 8), /result\.phases\[1\]\.baselineEnd/],
    ["phase cl", (j) => (j.phases[0].cl = "x"), /result\.phases\[0\]\.cl/],
    ["runsSignal", (j) => (j.phases[0].runsSignal = null), /result\.phases\[0\]\.runsSignal/],
    ["signals", (j) => (j.signals = "none"), /result\.signals/],
    ["signal index", (j) => (j.signals = [{ rule: "shift", phase: 0, indices: [1e9], side: "above", direction: null }]), /result\.signals\[0\]\.indices\[0\]/],
    ["signal indices", (j) => (j.signals = [{ rule: "shift", phase: 0, indices: [3, 2], side: "above", direction: null }]), /result\.signals\[0\]\.indices\[1\]/],
    ["signal side", (j) => (j.signals = [{ rule: "shift", phase: 0, indices: [3], side: 1, direction: null }]), /result\.signals\[0\]\.side/],
    ["signal phase", (j) => (j.signals = [{ rule: "shift", phase: 9, indices: [3], side: null, direction: null }]), /result\.signals\[0\]\.phase/],
    ["many indices", (j) => (j.signals = [{ rule: "shift", phase: 0, indices: new Array(1e6).fill(0), side: null, direction: null }]), /result\.signals\[0\]\.indices/],
  ];
  for (const [name, edit, path] of cases) it(name, () => expectRefused(tampered(edit), path));

  it("dates must be ISO dates the renderer can place; numbers finite", () => {
    const dates = JSON.parse(JSON.stringify(analyze({ y: [1, 2, 3], x: ["2018-01-01", "2018-01-02", "2018-01-03"] }).toJSON()));
    for (const bad of ["+275760-09-13", "2018-02-30", "2018-13-01", "2018-1-1", 20180101]) {
      dates.points[1].x = bad;
      expectRefused(dates, /result\.points\[1\]\.x: expected an ISO date YYYY-MM-DD/);
    }
    const numbers = JSON.parse(JSON.stringify(analyze({ y: [1, 2, 3], x: [1, 2, 3] }).toJSON()));
    numbers.points[1].x = "2";
    expectRefused(numbers, /result\.points\[1\]\.x: expected a finite number/);
  });

  it("numbers and dates must ascend, as analyze orders them (an x of 1e308 among small ones wrote NaN into the limits' path)", () => {
    const numbers = JSON.parse(JSON.stringify(analyze({ y: [1, 2, 3, 4], x: [1, 2, 3, 4] }).toJSON()));
    numbers.points[1].x = 1e308;
    expectRefused(numbers, /result\.points\[2\]\.x: expected a number above the previous point's \(1e\+308\): x ascends/);
    const dates = JSON.parse(JSON.stringify(analyze({ y: [1, 2, 3], x: ["2018-01-01", "2018-01-02", "2018-01-03"] }).toJSON()));
    dates.points[2].x = "2018-01-02";
    expectRefused(dates, /result\.points\[2\]\.x: expected a date after the previous point's \(2018-01-02\): x ascends/);
  });

  it("valid results and their JSON still draw, identically", () => {
    const result = analyze({ y: [3, 5, 4, 6, 5, 7, 9, 9, 9, 9, 9, 9, 9, 2], breaks: [7], improvement: "up", target: 6 });
    expect(renderSvg(JSON.parse(JSON.stringify(result.toJSON())))).toBe(renderSvg(result));
  });
});

describe("finite geometry", () => {
  it("an I chart of ±1e308 writes no NaN or Infinity (path data had NaN)", () => {
    for (const spec of [
      { chart: "i" as const, y: [1e308, -1e308, 1e308, 1.7e308] },
      { chart: "i" as const, y: [Number.MAX_VALUE, -Number.MAX_VALUE, 0] },
      { y: [1, 2, 3], x: [-Number.MAX_VALUE, 0, Number.MAX_VALUE] },
    ]) {
      const svg = renderSvg(analyze(spec), { showSigmaLines: true, title: "t" });
      expect(svg).not.toMatch(/NaN|Infinity/);
      expect(renderSmallMultiples([analyze(spec), analyze({ y: [1, 2] })])).not.toMatch(/NaN|Infinity/);
    }
  });

  it("width: 1e308 is refused (it wrote width=\"Infinity\"); the largest allowed size draws finite numbers", () => {
    expect(() => renderSvg(analyze({ y: [1, 2, 3] }), { width: 1e308 })).toThrow(/invalid width: expected a number > 0 and <= 100000, received 1e\+308/);
    expect(() => renderSmallMultiples([analyze({ y: [1, 2, 3] })], { panelHeight: 1e308 })).toThrow(/invalid panelHeight/);
    expect(renderSvg(analyze({ y: [1, 2, 3] }), { width: 100_000, height: 100_000 })).not.toMatch(/NaN|Infinity/);
    expect(renderSvg(analyze({ y: [1, 2, 3] }), { width: 1e-300, height: 1e-300 })).not.toMatch(/NaN|Infinity/);
  });
});

describe("renderer options with holes", () => {
  const result = analyze({ y: [1, 2, 3, 4, 5, 6], breaks: [3] });
  it("a hole in phaseLabels, notes or panelTitles is refused, as the core refuses one in y", () => {
    // eslint-disable-next-line no-sparse-arrays
    expect(() => renderSvg(result, { phaseLabels: [, "b"] as never })).toThrow(/invalid phaseLabels\[0\]: expected a string, received undefined/);
    // eslint-disable-next-line no-sparse-arrays
    expect(() => renderSvg(result, { notes: [, { index: 1, text: "a" }] as never })).toThrow(/invalid notes\[0\]: expected \{ index: an integer, text: a string \}, received undefined/);
    // eslint-disable-next-line no-sparse-arrays
    expect(() => renderSmallMultiples([result, result], { panelTitles: [, "b"] as never })).toThrow(/invalid panelTitles\[0\]: expected a string, received undefined/);
  });
});
