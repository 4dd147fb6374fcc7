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

/** The decimals of a hundredth count 0–99 as written: "", ".01", …, ".1", ".11", …, ".99". */
const hundredths = Array.from({ length: 100 }, (_, f) => (f === 0 ? "" : f % 10 === 0 ? `.${f / 10}` : `.${String(f).padStart(2, "0")}`));

/**
 * Formats a number for SVG output: at most 2 decimals, no trailing zeros, no "-0" —
 * `String(Math.round(value * 100) / 100)`, written from the whole count of hundredths
 * n (an integer's digits and a table of the 100 endings) instead of converting a
 * fraction, which costs several times more and is done some 2,000 times per chart.
 * The two agree while the hundredths are exact and the neighbouring doubles of n/100
 * lie closer together than 0.01 (below 2^46), so that n/100 is the shortest decimal
 * that reads back as the same double (ECMAScript's Number::toString): |n| < 10^15.
 * @internal
 */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return "0";
  const n = Math.round(value * 100);
  if (n === 0) return "0"; // and -0
  if (n > -1e15 && n < 1e15) {
    const count = n < 0 ? -n : n;
    const whole = Math.floor(count / 100);
    return (n < 0 ? "-" : "") + whole + (hundredths[count - whole * 100] as string);
  }
  if (!Number.isFinite(n)) return String(value); // beyond 1.8e306 there are no decimals to round
  return String(n / 100);
}

/** The attribute's text as it is written, before escaping. @internal */
export function attributeText(value: AttributeValue): string {
  return typeof value === "number" ? formatNumber(value) : value;
}
