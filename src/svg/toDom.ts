import { attributeText, type SvgNode } from "./node.ts";
import { xmlText } from "./toString.ts";

const svgNamespace = "http://www.w3.org/2000/svg";

/** An element as the renderer needs it: the structural part of a DOM `Element`. */
export interface ElementLike {
  setAttribute(name: string, value: string): void;
  appendChild(child: never): unknown;
}

/**
 * The part of a DOM `Document` the renderer uses: a browser's `document`, or
 * jsdom's `new JSDOM().window.document` on a server. Described structurally so
 * that the library compiles without the DOM types.
 */
export interface DocumentLike {
  createElementNS(namespace: string, name: string): ElementLike;
  createTextNode(text: string): unknown;
}

/**
 * Builds elements for a node tree through the given document. Text becomes
 * text nodes and attributes are set one by one: no string is ever parsed as
 * markup (no `innerHTML`). Characters XML cannot hold become U+FFFD, as in
 * the string output, so both give the same chart.
 * @internal
 */
export function nodeToDom<E extends ElementLike>(node: SvgNode, document: DocumentLike): E {
  const element = document.createElementNS(svgNamespace, node.tag);
  for (const [key, value] of Object.entries(node.attributes)) {
    if (key === "xmlns") continue; // implied by createElementNS
    // A number is written by formatNumber (digits, sign, point): nothing to replace, as in the string output.
    element.setAttribute(key, typeof value === "number" ? attributeText(value) : xmlText(value));
  }
  for (const child of node.children) {
    element.appendChild((typeof child === "string" ? document.createTextNode(xmlText(child)) : nodeToDom(child, document)) as never);
  }
  return element as E;
}
