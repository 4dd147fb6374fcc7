import { JSDOM } from "jsdom";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { analyze } from "../../src/index.ts";
import { rulesPanel } from "../../src/app/ui/rulesPanel.ts";

// The panel is built with the page's `document`: a jsdom one here.
const { window } = new JSDOM("<!doctype html><body></body>");
const globals = globalThis as { document?: Document | undefined };
const before = globals.document;
beforeAll(() => void (globals.document = window.document));
afterAll(() => void (globals.document = before));

/** The panel's rows: heading, value, limit, signal (and whether the signal is marked). */
const rowsOf = (panel: HTMLElement) => Array.from(panel.querySelectorAll("tbody tr"), (tr) => [...Array.from(tr.children, (c) => c.textContent), tr.querySelector(".signal") !== null]);

// Nine points above the median, then crossings too few: a runs signal when x has an order.
const y = [5, 6, 5, 6, 5, 6, 5, 6, 5, 9, 9, 9, 9, 9, 9, 9, 9, 9, 4, 5];

describe("rulesPanel", () => {
  it("marks a runs rule's signal where the runs rules were applied", () => {
    const rows = rowsOf(rulesPanel(analyze({ chart: "run", y }), "da"));
    expect(rows[0]).toEqual(["Længste serie", "9", "højst 7", "ja", true]);
  });

  it("says the runs rules were not tested, never 'ja' in red, where x has no order (a user's trial saw 'ja' beside the verdict 'serier ikke testet')", () => {
    const result = analyze({ chart: "run", y, x: y.map((_, k) => `Afsnit ${String.fromCharCode(65 + k)}`) });
    expect(result.assessment.untested).toBe("unordered_x");
    const rows = rowsOf(rulesPanel(result, "da"));
    expect(rows[0]).toEqual(["Længste serie", "9", "højst 7", "ikke testet", false]);
    expect(rows.every((row) => row[4] === false)).toBe(true);
  });
});
