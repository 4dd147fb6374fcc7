import { attributeText, type SvgNode } from "./node.ts";

/**
 * Characters an XML 1.0 document cannot hold (the C0 controls but tab, line
 * feed and carriage return, U+FFFE and U+FFFF) and UTF-16 surrogates that are
 * not part of a pair (a lone half of an emoji, e.g. from a label cut in the
 * middle), which no encoder can write.
 */
const forbidden = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Replaces what XML 1.0 cannot hold — forbidden control characters and lone
 * surrogates — by U+FFFD, and leaves everything else as it is: the text of a
 * DOM text node or attribute (`renderSvgElement`), which the document escapes.
 *
 * @example
 * xmlText("a\u0000b\ud83d"); // => "a\ufffdb\ufffd"
 */
export function xmlText(text: string): string {
  return text.replace(forbidden, "\ufffd");
}

/**
 * Escapes text for XML: the five special characters, and the control
 * characters XML 1.0 does not allow and lone surrogates (replaced by U+FFFD,
 * see {@link xmlText}), so that no label can become markup or make the
 * document ill-formed.
 *
 * @example
 * escapeXml('<img src=x onerror=alert(1)>'); // => "&lt;img src=x onerror=alert(1)&gt;"
 */
export function escapeXml(text: string): string {
  return xmlText(text).replace(/[&<>"']/g, (c) => {
    switch (c) {
      case "&":
        return "&amp;";
      case "<":
        return "&lt;";
      case ">":
        return "&gt;";
      case '"':
        return "&quot;";
      default:
        return "&#39;";
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
