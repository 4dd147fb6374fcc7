// @vitest-environment jsdom
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { analyze } from "../../src/index.ts";
import { renderSvg, renderSvgElement } from "../../src/svg/index.ts";

const result = analyze({ chart: "u", y: [12, 14, 14, 14, 6, 16, 18, 10, 11, 26, 13, 12], n: [3166, 2974, 3335, 3966, 2663, 3887, 3997, 3813, 3373, 3931, 2774, 2987], multiply: 1000, breaks: [6] });
const options = { title: 'Infections <per> 1,000 "bed days"', notes: [{ index: 3, text: "PDSA & review" }], locale: "da-DK" };

/** Elements as plain data: tag, attributes in order, text and children. */
function shape(node: Element): unknown {
  return {
    tag: node.localName,
    attributes: Array.from(node.attributes).map((a) => [a.name, a.value]),
    children: Array.from(node.childNodes).map((child) => (child.nodeType === 3 ? child.textContent : shape(child as Element))).filter((c) => typeof c !== "string" || c.trim() !== ""),
  };
}

describe("renderSvgElement(result, { document })", () => {
  it("builds the same elements, attributes and text as renderSvg's string", () => {
    const element = renderSvgElement<SVGSVGElement>(result, { ...options, document });
    const parsed = new DOMParser().parseFromString(renderSvg(result, options), "image/svg+xml").documentElement;
    const withoutNamespace = (s: unknown): unknown => JSON.parse(JSON.stringify(s).replace(/\["xmlns","http:\/\/www.w3.org\/2000\/svg"\],?/g, ""));
    expect(withoutNamespace(shape(element))).toEqual(withoutNamespace(shape(parsed)));
    expect(element.namespaceURI).toBe("http://www.w3.org/2000/svg");
  });

  it("uses the document it is given (e.g. jsdom's on a server)", () => {
    const { window } = new JSDOM("<!doctype html><body></body>");
    const element = renderSvgElement<SVGSVGElement>(result, { document: window.document });
    expect(element.ownerDocument).toBe(window.document);
    window.document.body.append(element);
    expect(window.document.querySelectorAll("svg .shewhart-point")).toHaveLength(12);
  });

  it("puts labels in as text nodes, never as markup", () => {
    const element = renderSvgElement<SVGSVGElement>(result, { title: "<script>alert(1)</script>", document });
    expect(element.querySelector("script")).toBeNull();
    expect(element.querySelector("title")?.textContent).toBe("<script>alert(1)</script>");
  });
});
