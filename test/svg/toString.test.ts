import { describe, expect, it } from "vitest";
import { analyze } from "../../src/index.ts";
import { h } from "../../src/svg/node.ts";
import { chartTree } from "../../src/svg/render.ts";
import { elementToString, flatText, nodeToString } from "../../src/svg/toString.ts";

describe("elementToString(node, serialised)", () => {
  it("gives nodeToString's text of the root holding the serialised children as nodes, wherever the children are split", () => {
    const tree = chartTree(analyze({ chart: "p", y: [3, 5, 4, 6, 5, 7, 6, 8], n: [20, 21, 19, 22, 20, 21, 23, 20] }), { title: "Andel", notes: [{ index: 2, text: "<PDSA> & 1" }] }, "renderSvg");
    const whole = nodeToString(tree);
    for (let k = 0; k < tree.children.length; k++) {
      const given = { ...tree, children: tree.children.slice(0, k) };
      const rest = tree.children.slice(k).map((child) => nodeToString(child as typeof tree, 1));
      expect(elementToString(given, rest), `split at ${k}`).toBe(whole);
    }
  });

  it("refuses a root holding text, whose serialised form is inline", () => {
    expect(() => elementToString(h("text", {}, "a"), ["  <tspan/>"])).toThrow(/holds text/);
  });
});

describe("flatText(text)", () => {
  it("gives the same text", () => {
    let grown = "";
    for (let k = 0; k < 1000; k++) grown += `<g id="${k}">`;
    expect(flatText(grown)).toBe(grown);
    expect(flatText("")).toBe("");
  });
});
