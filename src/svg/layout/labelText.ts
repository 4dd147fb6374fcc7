import { h, type AttributeValue, type SvgNode } from "../node.ts";
import type { PlacedLabel } from "./placeLabels.ts";

/** A placed label as a `<text>`; a shortened one carries its whole text in a `<title>` child. @internal */
export function labelText(label: PlacedLabel, attributes: Readonly<Record<string, AttributeValue | undefined>>): SvgNode {
  return h(
    "text",
    { ...attributes, x: label.x, y: label.y, "text-anchor": label.anchor === "start" ? undefined : label.anchor },
    label.text !== label.full && h("title", {}, label.full),
    label.text,
  );
}
