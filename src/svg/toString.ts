import { formatNumber, type SvgNode } from "./node.ts";

/**
 * Characters an XML 1.0 document cannot hold (the C0 controls but tab, line
 * feed and carriage return, U+FFFE and U+FFFF) and UTF-16 surrogates that are
 * not part of a pair (a lone half of an emoji, e.g. from a label cut in the
 * middle), which no encoder can write.
 */
const forbidden = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Whether a text may hold something {@link xmlText} replaces: a forbidden character or any surrogate (whether paired is left to `forbidden`). */
const mayBeForbidden = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]/;

/** Whether a text may hold something {@link escapeXml} changes. Most texts hold nothing of the kind and are written as they are, unscanned again. */
const mayNeedEscaping = /[&<>"'\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]/;

/**
 * Replaces what XML 1.0 cannot hold — forbidden control characters and lone
 * surrogates — by U+FFFD, and leaves everything else as it is: the text of a
 * DOM text node or attribute (`renderSvgElement`), which the document escapes.
 *
 * @example
 * xmlText("a\u0000b\ud83d"); // => "a\ufffdb\ufffd"
 */
export function xmlText(text: string): string {
  if (!mayBeForbidden.test(text)) return text;
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
  if (!mayNeedEscaping.test(text)) return text;
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
  return write(node, depth, "");
}

/** Indentation by depth, made once. */
const indents: string[] = [];

/**
 * Appends a node's text to `text` and returns the whole: one string grown
 * from the root's first character to its last, with no arrays joined.
 */
function write(node: SvgNode, depth: number, text: string): string {
  const indent = (indents[depth] ??= "  ".repeat(depth));
  text = startTag(node, indent, text);
  const children = node.children;
  if (children.length === 0) return text + "/>";
  // Text among the children (a label with its <title>): written inline, as indentation would become part of the text.
  let inline = false;
  for (const child of children) if (typeof child === "string") inline = true;
  if (inline) {
    text += ">";
    for (const child of children) text = typeof child === "string" ? text + escapeXml(child) : write(child, 0, text);
    return text + "</" + node.tag + ">";
  }
  text += ">";
  for (const child of children) text = write(child as SvgNode, depth + 1, text + "\n");
  return text + "\n" + indent + "</" + node.tag + ">";
}

/** Appends a node's start tag without its closing `>`: indentation, name and attributes. */
function startTag(node: SvgNode, indent: string, text: string): string {
  text += indent + "<" + node.tag;
  const attributes = node.attributes;
  for (const key of Object.keys(attributes)) {
    const value = attributes[key] as string | number;
    // A number is written by formatNumber, which gives digits, a point, a sign or an exponent: nothing to escape.
    text += " " + key + '="' + (typeof value === "number" ? formatNumber(value) : escapeXml(value)) + '"';
  }
  return text;
}

/**
 * Serialises a root element (its children elements, no text) followed by more children already
 * serialised, each by `nodeToString(child, 1)`: the same text as {@link nodeToString} of the root
 * holding those children as nodes. So two pictures that share a part serialise it once.
 * @internal
 */
export function elementToString(node: SvgNode, serialised: readonly string[]): string {
  let text = startTag(node, "", "") + ">";
  for (const child of node.children) {
    if (typeof child === "string") throw new TypeError(`elementToString: <${node.tag}> holds text; only elements can precede serialised children`);
    text = write(child, 1, text + "\n");
  }
  for (const part of serialised) text += "\n" + part;
  return text + "\n</" + node.tag + ">";
}

/**
 * Returns the text, made one piece in memory where the engine keeps it as many. A text grown by
 * concatenation, as {@link nodeToString} grows it, is held by V8 as a tree of its pieces and copied
 * piece by piece (slowly: thousands of short pieces) each time it is written out or joined into a
 * page; reading one character makes V8 flatten it in place, once. Other engines are free to ignore it.
 * @internal
 */
export function flatText(text: string): string {
  // The comparison keeps the read from being optimised away; no UTF-16 code unit is negative.
  if (text.length > 0 && text.charCodeAt(0) < 0) throw new RangeError("flatText: a negative code unit");
  return text;
}
