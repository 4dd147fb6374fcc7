/**
 * A tiny element tree: marks build nodes, never strings and never DOM, so that
 * the same chart serialises to a string (`toString.ts`) or to elements of any
 * document (`toDom.ts`) byte for byte alike.
 */

/** Attribute values: strings are written as they are (escaped), numbers with fixed decimals. */
export type AttributeValue = string | number;

/** An SVG element: tag, attributes in a stable order, children. */
export interface SvgNode {
  readonly tag: string;
  readonly attributes: Readonly<Record<string, AttributeValue>>;
  readonly children: readonly (SvgNode | string)[];
}

/**
 * Makes a node. Attributes whose value is `undefined` are left out; children
 * that are `null`, `undefined` or `false` are dropped, so marks can write
 * `condition && h(…)`.
 * @internal
 */
export function h(
  tag: string,
  attributes: Readonly<Record<string, AttributeValue | undefined>> = {},
  ...children: readonly (SvgNode | string | null | undefined | false | readonly (SvgNode | string | null | undefined | false)[])[]
): SvgNode {
  // Plain loops rather than Object.entries and Array.flat: a 1,000-point chart makes some 2,000 nodes, and the
  // intermediate arrays those make were a good part of the render's garbage.
  const kept: Record<string, AttributeValue> = {};
  for (const key of Object.keys(attributes)) {
    const value = attributes[key];
    if (value !== undefined) kept[key] = value;
  }
  const flat: (SvgNode | string)[] = [];
  for (const child of children) {
    if (Array.isArray(child)) {
      for (const item of child as readonly (SvgNode | string | null | undefined | false)[]) if (item !== null && item !== undefined && item !== false) flat.push(item);
    } else if (child !== null && child !== undefined && child !== false) flat.push(child as SvgNode | string);
  }
  return { tag, attributes: kept, children: flat };
}

/** Formats a number for SVG output: at most 2 decimals, no trailing zeros, no "-0". @internal */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return "0";
  if (!Number.isFinite(value * 100)) return String(value); // beyond 1.8e306 there are no decimals to round
  const rounded = Math.round(value * 100) / 100;
  return Object.is(rounded, -0) ? "0" : String(rounded);
}

/** The attribute's text as it is written, before escaping. @internal */
export function attributeText(value: AttributeValue): string {
  return typeof value === "number" ? formatNumber(value) : value;
}
