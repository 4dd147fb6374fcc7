import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { analyze, SpcError } from "../../../src/index.ts";
import { renderReport, renderSvg, reportContentSecurityPolicy, type ReportItem } from "../../../src/svg/index.ts";
import { everyVerdict, withVerdict } from "../../helpers/reportItems.ts";

const parse = (html: string): Document => new JSDOM(html).window.document;
const hostile = '<img src=x onerror=alert(1)></td><script>alert("x")</script>&amp;';

describe("renderReport(items, options)", () => {
  it("writes one self-contained page in the locale's language: <html lang>, words, numbers and dates", () => {
    const pages = renderReport(everyVerdict(), { title: "FMK", locale: "da-DK", date: "2026-11-30" });
    expect(pages.map((p) => p.name)).toEqual(["index.html"]);
    const html = pages[0]!.html;
    expect(html.startsWith('<!doctype html>\n<html lang="da-DK">')).toBe(true);
    const doc = parse(html);
    expect(doc.title).toBe("FMK");
    expect(doc.querySelector("h1")?.textContent).toBe("FMK");
    expect(doc.querySelector("#summary-heading")?.textContent).toBe("Oversigt");
    expect(doc.querySelector("header")?.textContent).toContain("5 diagrammer · Udarbejdet 30. november 2026");
    // One chart is counted in the singular.
    const one = parse(renderReport(everyVerdict().slice(0, 1), { locale: "en-GB", date: "2026-11-30" })[0]!.html);
    expect(one.querySelector("header")?.textContent).toContain("1 chart · ");
    expect(parse(renderReport(everyVerdict().slice(0, 1), { locale: "da-DK" })[0]!.html).querySelector("header")?.textContent).toContain("1 diagram");
    expect([...doc.querySelectorAll("thead th")].map((th) => th.textContent)).toEqual(["#", "Diagram", "Vurdering", "Variation", "Mål"]);
    const facts = doc.querySelector("#chart-2 dl.facts")?.textContent ?? "";
    expect(facts).toContain("Periodeuge 14–33, 2018");
    expect(facts).toContain("Mål95,0\u00a0%");
    expect(facts).toContain("Ændret frauge 26, 2018");
    expect(facts).toContain("DiagramtypeP-diagram");
    // The charts themselves are in Danish too.
    expect(doc.querySelector("#chart-1 svg desc")?.textContent).toContain("P-diagram med 20 målinger");
    // Each chart's ids are its own: no id is on the page twice.
    const ids = [...doc.querySelectorAll("[id]")].map((e) => e.id);
    expect(ids.filter((id) => id.startsWith("chart-5"))).toEqual(["chart-5", "chart-5-heading", "chart-5-title", "chart-5-desc"]);
    expect(new Set(ids).size).toBe(ids.length);
    const english = parse(renderReport(everyVerdict(), { locale: "en-GB" })[0]!.html);
    expect(english.documentElement.lang).toBe("en-GB");
    expect(english.title).toBe("SPC report");
    expect([...english.querySelectorAll("thead th")].map((th) => th.textContent)).toEqual(["#", "Chart", "Verdict", "Variation", "Target"]);
    expect(english.querySelector("#chart-2 dl.facts")?.textContent).toContain("Changed fromweek 26, 2018");
  });

  it("captions a target not judged because it is off the scale or the last phase is too short, in English and Danish", () => {
    const stable = [10, 11, 9, 10, 12, 10, 9, 11, 10, 9, 11, 10, 12, 9, 10, 11];
    const items: ReportItem[] = [
      { name: "Off scale", result: analyze({ chart: "p", y: stable.map((v) => v - 5), n: stable.map(() => 10), target: 85, improvement: "up" }) },
      { name: "Short", result: analyze({ chart: "i", y: stable, breaks: [12], target: 20, improvement: "down" }) },
    ];
    expect(items.map((item) => (item.result as ReturnType<typeof analyze>).assessment.assuranceReason)).toEqual(["off_scale", "few_points"]);
    const rows = (locale: string): string[] => [...parse(renderReport(items, { locale })[0]!.html).querySelectorAll('tr.summary-row td:last-child span[aria-hidden="true"]')].map((caption) => caption.textContent ?? "");
    expect(rows("en-GB")).toEqual(["Target not assessed: the target is outside the chart's scale", "Target not assessed: too few points in the last phase to judge the target"]);
    expect(rows("da-DK")).toEqual(["Målopfyldelse ikke vurderet: målet ligger uden for diagrammets skala", "Målopfyldelse ikke vurderet: for få punkter i sidste fase til at vurdere målet"]);
  });

  it("gives one summary row per chart, with the verdict and two icons that each have a text alternative", () => {
    const doc = parse(renderReport(everyVerdict(), { locale: "da-DK" })[0]!.html);
    const rows = [...doc.querySelectorAll("tbody tr.summary-row")];
    expect(rows).toHaveLength(5);
    const alternatives = rows.map((row) => [...row.querySelectorAll("svg.icon")].map((svg) => [svg.getAttribute("role"), svg.getAttribute("aria-label"), svg.querySelector("title")?.textContent]));
    for (const icons of alternatives) {
      expect(icons).toHaveLength(2);
      for (const [role, label, title] of icons) {
        expect(role).toBe("img");
        expect(label).toBe(title);
        expect(label?.length).toBeGreaterThan(5);
      }
    }
    expect(alternatives.map((icons) => icons.map((i) => i[1]))).toEqual([
      ["Kun tilfældig variation", "Vil kun opfylde målet en del af tiden"],
      ["Ikke-tilfældig variation: forbedring (højere værdier)", "Vil opfylde målet"],
      ["Ikke-tilfældig variation: forværring (lavere værdier)", "Vil ikke opfylde målet uden en ændring"],
      ["Ikke-tilfældig variation uden retning", "Målopfyldelse ikke vurderet: sidste fase har signaler, så dens grænser beskriver ikke processen"],
      ["Ikke testet: ingen brugbare punkter", "Målopfyldelse ikke vurderet: diagrammet har ingen kontrolgrænser"],
    ]);
    // Each icon refers to a symbol drawn once on the page, one per meaning.
    const used = rows.map((row) => [...row.querySelectorAll("use")].map((u) => u.getAttribute("href")));
    expect(used).toEqual([
      ["#icon-v-common", "#icon-a-inconsistent"],
      ["#icon-v-improvement-higher", "#icon-a-meets"],
      ["#icon-v-concern-lower", "#icon-a-fails"],
      ["#icon-v-change-none", "#icon-a-unassessed"],
      ["#icon-v-untested", "#icon-a-unassessed"],
    ]);
    for (const href of used.flat()) expect(doc.getElementById(href!.slice(1))?.tagName.toLowerCase()).toBe("symbol");
    expect(rows.map((row) => row.querySelectorAll("td")[1]?.textContent)).toEqual(["Kun tilfældig variation.", "Forbedring fra uge 26.", "Forværring.", "Ændring uden retning.", "Ikke testet."]);
    expect(rows.map((row) => row.querySelector("a")?.getAttribute("href"))).toEqual(["#chart-1", "#chart-2", "#chart-3", "#chart-4", "#chart-5"]);
  });

  it("draws every chart inline, once, with its heading and facts but not its title twice", () => {
    const items: ReportItem[] = [{ result: analyze({ y: [3, 5, 4, 6, 5, 7, 6, 8] }), name: "Afd. A", options: { title: "Ventetid · Afd. A", subtitle: "Dage", notes: [{ index: 2, text: "PDSA 1" }] }, files: ["afd-a.svg"] }];
    const html = renderReport(items, { locale: "da-DK" })[0]!.html;
    const doc = parse(html);
    const section = doc.querySelector("section.chart#chart-1") as Element;
    expect(section.querySelector("h2")?.textContent).toBe("Ventetid · Afd. A");
    expect(doc.querySelector("tbody th a")?.textContent).toBe("Afd. A");
    const svg = section.querySelector("svg.shewhart") as Element;
    expect(svg.getAttribute("aria-labelledby")).toBe("chart-1-title chart-1-desc");
    expect(svg.querySelector(".shewhart-title")).toBeNull();
    expect(svg.querySelector(".shewhart-subtitle")?.textContent).toBe("Dage");
    expect(svg.querySelector(".shewhart-facts")).not.toBeNull();
    expect(svg.textContent).toContain("PDSA 1");
    expect(html.split("Ventetid · Afd. A")).toHaveLength(2);
    // The picture is the chart renderSvg draws with the item's options, from under its title (one line, 21 px) down: the same plot.
    const own = new JSDOM(renderSvg(items[0]!.result, { ...items[0]!.options, locale: "da-DK" })).window.document.querySelector("svg") as Element;
    const [, , width, height] = (own.getAttribute("viewBox") ?? "").split(" ").map(Number) as [number, number, number, number];
    expect(svg.getAttribute("viewBox")).toBe(`0 21 ${width} ${height - 21}`);
    expect(svg.querySelector(".shewhart-plot")?.outerHTML).toBe(own.querySelector(".shewhart-plot")?.outerHTML);
    expect([...svg.querySelectorAll(".shewhart-header text")].map((t) => t.outerHTML)).toEqual([...own.querySelectorAll(".shewhart-header text:not(.shewhart-title)")].map((t) => t.outerHTML));
    expect(section.querySelector("dl.facts a")?.getAttribute("href")).toBe("afd-a.svg");
    // No chart is fetched: no <img>, <object>, <iframe>, <script> or <link>; ids are unique.
    for (const tag of ["img", "object", "iframe", "script", "link", "embed"]) expect(doc.querySelectorAll(tag)).toHaveLength(0);
    const ids = [...doc.querySelectorAll("[id]")].map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("forbids every request in its content-security policy and uses a sans-serif font and A4 print CSS", () => {
    const html = renderReport(everyVerdict())[0]!.html;
    const doc = parse(html);
    expect(reportContentSecurityPolicy).toBe("default-src 'none'; style-src 'unsafe-inline'; img-src data:");
    expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute("content")).toBe(reportContentSecurityPolicy);
    const css = doc.querySelector("style")?.textContent ?? "";
    expect(css).toMatch(/body \{ font-family: [^;]*'DejaVu Sans', sans-serif;/);
    expect(css).toContain("@page { size: A4;");
    expect(css).toMatch(/@media print \{[^]*\.chart, \.panels \{ break-before: page;/);
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
    expect(html).not.toMatch(/url\(/);
  });

  it("escapes every user string: titles, names, notes, files, messages and warnings", () => {
    const result = withVerdict({ variation: "common" }, hostile);
    const withWarning = { ...result, warnings: [{ code: "missing_values" as const, message: hostile }] };
    const html = renderReport([{ result: withWarning, name: hostile, options: { title: hostile, subtitle: hostile, notes: [{ index: 1, text: hostile }] }, files: [hostile] }], { title: hostile, subtitle: hostile })[0]!.html;
    const doc = parse(html);
    expect(doc.querySelectorAll("script, img")).toHaveLength(0);
    expect(doc.title).toBe(hostile);
    expect(doc.querySelector("h1")?.textContent).toBe(hostile);
    expect(doc.querySelector("tbody th a")?.textContent).toBe(hostile);
    expect(doc.querySelector("tbody td:nth-of-type(2)")?.textContent).toBe(hostile);
    expect(doc.querySelector("dl.facts li")?.textContent).toBe(hostile);
    const link = doc.querySelector("dl.facts dd a");
    expect(link?.textContent).toBe(hostile);
    expect(link?.getAttribute("href")).toBe(hostile.split("/").map(encodeURIComponent).join("/"));
    expect(renderReport([{ result: result, name: "javascript:alert(1)", files: ["javascript:alert(1)"] }])[0]!.html).toContain('href="javascript%3Aalert(1)"');
  });

  it("splits above 200 charts into pages of at most 200, the first summing up every chart with links to the others", () => {
    const result = withVerdict({ variation: "common", assurance: "inconsistent", assuranceReason: null }, "Stable.");
    const items = Array.from({ length: 201 }, (_, k): ReportItem => ({ result, name: `Unit ${k + 1}` }));
    const pages = renderReport(items, { locale: "en-GB" });
    expect(pages.map((p) => p.name)).toEqual(["index.html", "index-2.html"]);
    const first = parse(pages[0]!.html);
    const second = parse(pages[1]!.html);
    expect(first.querySelectorAll("tbody tr.summary-row")).toHaveLength(201);
    expect(first.querySelectorAll("section.chart")).toHaveLength(200);
    expect(first.querySelector("#summary-heading")?.textContent).toBe("Summary of all charts");
    const links = [...first.querySelectorAll("tbody th a")].map((a) => a.getAttribute("href"));
    expect(links[199]).toBe("#chart-200");
    expect(links[200]).toBe("index-2.html#chart-201");
    expect(second.querySelectorAll("section.chart")).toHaveLength(1);
    expect(second.querySelector("section.chart")?.id).toBe("chart-201");
    expect(second.querySelectorAll("tbody tr.summary-row")).toHaveLength(1);
    expect(second.querySelector('a[href="index.html#summary"]')).not.toBeNull();
    expect(second.querySelector("style")?.textContent).toContain("@page");
    expect(second.getElementById("icon-v-common")).not.toBeNull();
    for (const doc of [first, second]) expect([...doc.querySelectorAll("nav.pages a")].map((a) => a.getAttribute("href"))).toEqual(["index.html", "index-2.html"]);
    expect(second.querySelector('nav.pages a[aria-current="page"]')?.getAttribute("href")).toBe("index-2.html");
    expect(renderReport(items.slice(0, 200)).map((p) => p.name)).toEqual(["index.html"]);
    expect(renderReport(items.slice(0, 5), { perPage: 2, pageName: "report" }).map((p) => p.name)).toEqual(["report.html", "report-2.html", "report-3.html"]);
  });

  it("reads results without the new assessment fields from changed, direction and target", () => {
    const old = analyze({ y: [5, 6, 4, 5, 6, 4, 5, 6, 4, 5, 8, 8, 9, 8, 9, 8, 9, 8, 9], chart: "i", freeze: 10, improvement: "up", target: 0 }).toJSON();
    expect(old.assessment.direction).toBe("improvement");
    const { variation: _v, assurance: _a, ...assessment } = old.assessment as typeof old.assessment & Record<string, unknown>;
    const doc = parse(renderReport([{ result: { ...old, assessment: assessment as unknown as typeof old.assessment } }])[0]!.html);
    const labels = [...doc.querySelectorAll("tbody svg.icon")].map((svg) => svg.getAttribute("aria-label"));
    expect(labels[0]).toBe("Special cause variation: improvement (higher values)");
    expect(doc.querySelector("tbody th a")?.textContent).toBe("Chart 1");
  });

  it("throws an SpcError naming a bad item or option", () => {
    const good = { result: analyze({ y: [1, 2, 3] }) };
    const thrown = (f: () => unknown): SpcError => {
      try {
        f();
      } catch (error) {
        return error as SpcError;
      }
      throw new Error("did not throw");
    };
    expect(thrown(() => renderReport("x" as never))).toBeInstanceOf(SpcError);
    expect(thrown(() => renderReport([good, { result: { nope: 1 } as never }])).path).toEqual(["result", "chart"]);
    expect(thrown(() => renderReport([good, { result: good.result, name: 5 as never }])).path).toEqual(["items", 1, "name"]);
    expect(thrown(() => renderReport([good, { result: good.result, files: "a.svg" as never }])).path).toEqual(["items", 1, "files"]);
    expect(thrown(() => renderReport([good], { perPage: 0 })).path).toEqual(["perPage"]);
    expect(thrown(() => renderReport([good], { date: "30/11/2026" })).path).toEqual(["date"]);
    expect(thrown(() => renderReport([good], { locale: "not a locale!" })).path).toEqual(["locale"]);
    expect(thrown(() => renderReport([good], { pageName: "../x" })).path).toEqual(["pageName"]);
  });

  it("draws every chart as small multiples after the summary when asked, on the first page only", () => {
    const items = everyVerdict();
    const doc = parse(renderReport(items, { locale: "da-DK", panels: { columns: 3 } })[0]!.html);
    const section = doc.querySelector("main > section.panels") as Element;
    expect(section.previousElementSibling?.id).toBe("summary");
    expect(section.getAttribute("aria-labelledby")).toBe("panels-title");
    expect(doc.getElementById("panels-title")?.textContent).toBe("Alle diagrammer samlet");
    expect([...section.querySelectorAll(".shewhart-panel-title")].map((t) => t.textContent)).toEqual(items.map((i) => i.name));
    const ids = [...doc.querySelectorAll("[id]")].map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(parse(renderReport(items)[0]!.html).querySelector("section.panels")).toBeNull();
    const split = renderReport(items, { perPage: 2, panels: { title: "Units" } });
    expect(parse(split[0]!.html).getElementById("panels-title")?.textContent).toBe("Units");
    expect(parse(split[1]!.html).querySelector("section.panels")).toBeNull();
  });

  it("gives the same pages for the same input", () => {
    expect(renderReport(everyVerdict(), { locale: "da-DK" })).toEqual(renderReport(everyVerdict(), { locale: "da-DK" }));
  });
});

describe("a chart section's limits", () => {
  it("says the limits are their mean where they vary with the subgroup size (a user's trial read two sets of limits for one chart)", () => {
    const y = [40, 42, 38, 41, 39, 43, 37, 40, 41, 39, 42, 38];
    const varying = analyze({ chart: "p", y, n: y.map((_, k) => 50 + k * 3), multiply: 100 });
    const constant = analyze({ chart: "p", y, n: y.map(() => 50), multiply: 100 });
    const html = (result: typeof varying) => renderReport([{ result, name: "r" }], { locale: "da-DK", date: "2026-12-01" })[0]?.html ?? "";
    expect(html(varying)).toMatch(/ \(gennemsnittet: de varierer med undergruppens størrelse\)</);
    expect(html(constant)).toContain(">Kontrolgrænser<");
    expect(html(constant)).not.toContain("gennemsnittet");
  });
});
