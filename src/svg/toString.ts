import { attributeText, type SvgNode } from "./node.ts";

/**
 * Escapes text for XML: the five special characters, and the control
 * characters XML 1.0 does not allow (replaced by U+FFFD), so that no label can
 * become markup or make the document ill-formed.
 *
 * @example
 * escapeXml('<img src=x onerror=alert(1)>'); // => "&lt;img src=x onerror=alert(1)&gt;"
 */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"'\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, (c) => {
    switch (c) {
      case "&":
        return "&amp;";
      case "<":
        return "&lt;";
      case ">":
        return "&gt;";
      case '"':
        return "&quot;";
      case "'":
        return "&#39;";
      default:
        return "\ufffd";
    }
  });
}

/**
 * Serialises a node tree to SVG text: attributes in the order they were
 * given, numbers with at most 2 decimals, one element per line (elements
 * with text among their children on one line), everything
 * escaped. The same tree always gives the same bytes.
 * @internal
 */
export function nodeToString(node: SvgNode, depth = 0): string {
  const indent = "  ".repeat(depth);
  let open = `${indent}<${node.tag}`;
  for (const [key, value] of Object.entries(node.attributes)) open += ` ${key}="${escapeXml(attributeText(value))}"`;
  if (node.children.length === 0) return `${open}/>`;
  // Text among the children (a label with its <title>): written inline, as indentation would become part of the text.
  if (node.children.some((child) => typeof child === "string")) {
    return `${open}>${node.children.map((child) => (typeof child === "string" ? escapeXml(child) : nodeToString(child))).join("")}</${node.tag}>`;
  }
  const inner = node.children.map((child) => (typeof child === "string" ? `${indent}  ${escapeXml(child)}` : nodeToString(child, depth + 1)));
  return `${open}>\n${inner.join("\n")}\n${indent}</${node.tag}>`;
}
