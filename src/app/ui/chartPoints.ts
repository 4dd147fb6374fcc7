import type { ChartResult } from "shewhart";
import { say, type Language } from "../i18n/words.ts";
import { pointSignals } from "./pointWords.ts";

/** What a point does when asked: end the baseline, start a phase, exclude (with a reason) or include again. */
export interface PointActions {
  open(index: number, anchor: Element): void;
  baseline(index: number): void;
  phase(index: number): void;
  exclude(index: number, anchor: Element): void;
  note(index: number, anchor: Element): void;
}

/** Up to this many points, every point is marked as a button at once. */
const eagerRoles = 5000;

/**
 * Makes the chart's points reachable by keyboard: one point in the tab order
 * at a time (roving tabindex), arrow keys / Home / End / Page Up / Page Down
 * move between points, Enter or Space opens the point's menu, B ends the
 * baseline at it, P starts a new phase at it, X excludes it, N notes it; each move
 * announces the point's x, value and signals through the live region. Clicks
 * open the menu. Listeners sit on the chart, not on each point, and a
 * point's full label is made when it gets focus, so that charts of many
 * thousand points stay quick.
 *
 * A chart drawn with marks only for its signals (`maxPointMarks`) still has every
 * point: one focus mark (a ring, `shewhart-cursor`) is moved along the data line to
 * the point reached, named by `pointText`, and a click near the line opens the
 * nearest point.
 */
export function wirePoints(svg: SVGSVGElement, result: ChartResult, language: Language, announce: HTMLElement, actions: PointActions, focusIndex: number | null, onFocus: (index: number) => void, pointText: (index: number) => string): void {
  // The chart is interactive here: a group of buttons, not a single image.
  svg.setAttribute("role", "group");
  // Inside an image the renderer's labelled groups (data, limits, …) are hidden; in a group they need a role of their own.
  for (const g of Array.from(svg.querySelectorAll("g[aria-label]:not([role])"))) g.setAttribute("role", "group");
  const marks = Array.from(svg.querySelectorAll<SVGElement>(".shewhart-point"));
  const indexOf = (p: Element): number => Number((p as SVGElement).dataset["index"]);
  // The points in order (those with a value), and where each is drawn when the marks are thinned.
  let order: ArrayLike<number> = finiteOrder(result.value);
  const cursor = marks.length < order.length ? focusMark(svg, result, order) : null;
  // Should the line not be read, the marks drawn are the points reached.
  if (cursor === null && marks.length < order.length) order = marks.map(indexOf);
  if (order.length === 0) return;
  // Each point's own mark (when every point has one; with a focus mark, the mark stands for them all).
  const markAt = new Map<number, SVGElement>(cursor === null ? marks.map((p) => [indexOf(p), p]) : []);
  // Where a point is in the order (ascending: a binary search, not a map of 100,000 entries built on every draw); 0 when absent.
  const positionOf = (i: number): number => {
    let low = 0;
    let high = order.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (order[mid]! < i) low = mid + 1;
      else high = mid;
    }
    return order[low] === i ? low : 0;
  };
  const elementAt = (k: number): SVGElement => {
    const i = order[k]!;
    if (cursor === null) return markAt.get(i)!;
    cursor.place(k, i, pointText(i));
    return cursor.element;
  };
  const labelOf = (p: SVGElement): string => {
    const i = indexOf(p);
    const title = p.querySelector("title")?.textContent ?? pointText(i);
    const { signals, phaseSignals, state } = pointSignals(result, i, language);
    const parts = [say(language, "announcePoint", { x: title.split(": ")[0] ?? "", value: title.split(": ").slice(1).join(": "), i: positionOf(i) + 1, n: order.length })];
    if (signals.length > 0) parts.push(say(language, "announceSignal", { signals: signals.join(", ") }));
    if (phaseSignals.length > 0) parts.push(say(language, "announcePhaseSignal", { signals: phaseSignals.join(", ") }));
    // "I baseline, udeladt.": a sentence of its own.
    const states = state.join(", ");
    if (states !== "") parts.push(`${states.charAt(0).toUpperCase()}${states.slice(1)}.`);
    return parts.join(" ");
  };
  // Every point is a button named by its <title> (x and value); the focused one also says its signals.
  // On very large charts the roles are given as points are reached, not all at once.
  const asButton = (p: SVGElement): void => {
    p.setAttribute("role", "button");
    p.setAttribute("aria-haspopup", "dialog");
  };
  // Focusable (from script and by click), but only the current point is in the tab order. With a focus mark
  // the marks are never focused (a click or a key moves the focus mark onto the point): they are left as drawn.
  if (cursor === null) {
    for (const p of marks) {
      p.setAttribute("tabindex", "-1");
      if (marks.length <= eagerRoles) asButton(p);
    }
  }
  let current = elementAt(positionOf(focusIndex ?? order[0]!));
  asButton(current);
  current.setAttribute("tabindex", "0");
  current.setAttribute("aria-label", labelOf(current));
  const move = (to: SVGElement): void => {
    if (to !== current) {
      current.setAttribute("tabindex", "-1");
      current.classList.remove("focused");
      asButton(to);
      to.setAttribute("tabindex", "0");
      current = to;
    }
    if (document.activeElement === to) focusIn(to);
    else to.focus();
  };
  const focusIn = (p: SVGElement): void => {
    p.classList.add("focused");
    const label = labelOf(p);
    p.setAttribute("aria-label", label);
    announce.textContent = label;
    onFocus(indexOf(p));
  };
  const pointOf = (target: EventTarget | null): SVGElement | null => ((target as Element | null)?.closest?.(".shewhart-point") as SVGElement | null) ?? null;
  // With a focus mark, a signal's own mark hands over to the focus mark placed on it.
  const reached = (p: SVGElement): SVGElement => (cursor === null || p === cursor.element ? p : elementAt(positionOf(indexOf(p))));
  svg.addEventListener("focusin", (event) => {
    const p = pointOf(event.target);
    if (p === null) return;
    const to = reached(p);
    if (to !== p || to !== current) {
      move(to);
      return;
    }
    focusIn(p);
  });
  svg.addEventListener("focusout", (event) => pointOf(event.target)?.classList.remove("focused"));
  svg.addEventListener("click", (event) => {
    let p = pointOf(event.target);
    if (p === null && cursor !== null) {
      const k = cursor.nearest(event);
      if (k !== null) p = elementAt(k);
    }
    if (p === null) return;
    event.stopPropagation();
    const to = reached(p);
    move(to);
    actions.open(indexOf(to), to);
  });
  svg.addEventListener("keydown", (event) => {
    const p = pointOf(event.target);
    if (p === null) return;
    const k = positionOf(indexOf(p));
    const last = order.length - 1;
    const key = event.key;
    let to: number | undefined;
    if (key === "ArrowRight" || key === "ArrowUp") to = Math.min(k + 1, last);
    else if (key === "ArrowLeft" || key === "ArrowDown") to = Math.max(k - 1, 0);
    else if (key === "Home") to = 0;
    else if (key === "End") to = last;
    else if (key === "PageUp") to = Math.min(k + 10, last);
    else if (key === "PageDown") to = Math.max(k - 10, 0);
    else if (key === "Enter" || key === " ") actions.open(indexOf(p), p);
    else if (key === "b" || key === "B") actions.baseline(indexOf(p));
    else if (key === "p" || key === "P") actions.phase(indexOf(p));
    else if (key === "x" || key === "X") actions.exclude(indexOf(p), p);
    else if (key === "n" || key === "N") actions.note(indexOf(p), p);
    else return;
    event.preventDefault();
    if (to !== undefined) move(elementAt(to));
  });
}

/**
 * The indices of the points with a value, kept per value column: a change of baseline or phase analyses the same
 * frozen columns again, and the analysis then shares their value column with the last result (the app never writes
 * a result's columns).
 */
const finiteOrders = new WeakMap<Float64Array, Int32Array>();

function finiteOrder(values: Float64Array): Int32Array {
  const known = finiteOrders.get(values);
  if (known !== undefined) return known;
  let finite = 0;
  for (let i = 0; i < values.length; i++) if (Number.isFinite(values[i])) finite++;
  // Sized once (pushing 100,000 indices was a tenth of a redraw's wiring).
  const order = new Int32Array(finite);
  for (let i = 0, k = 0; i < values.length; i++) if (Number.isFinite(values[i])) order[k++] = i;
  finiteOrders.set(values, order);
  return order;
}

/** The one focus mark of a chart drawn with marks only for its signals. */
interface FocusMark {
  readonly element: SVGElement;
  /** Puts the mark on the k-th point (subgroup index i) and names it. */
  place(k: number, i: number, text: string): void;
  /** The point nearest a click on the chart (within a few px of it), or null. */
  nearest(event: MouseEvent): number | null;
}

/**
 * A ring on the data line that stands for the point reached. A chart drawn with
 * marks only for its signals (above `maxPointMarks`) says where its points are:
 * its data group's `data-x-scale="a b"` and `data-y-scale="c d"` put point i at
 * (a + b·key, c + d·value), the key being x for numbers, the date's time for
 * dates and the point's position otherwise (docs/rendering.md).
 */
function focusMark(svg: SVGSVGElement, result: ChartResult, order: ArrayLike<number>): FocusMark | null {
  const data = svg.querySelector(".shewhart-data");
  const read = (name: string): [number, number] | null => {
    const parts = (data?.getAttribute(name) ?? "").split(" ").map(Number);
    return parts.length === 2 && parts.every(Number.isFinite) ? [parts[0]!, parts[1]!] : null;
  };
  const xScale = read("data-x-scale");
  const yScale = read("data-y-scale");
  if (xScale === null || yScale === null) return null;
  const keyOf = (i: number): number => {
    const x = result.xAt(i);
    return result.xType === "date" ? Date.parse(x as string) : result.xType === "number" ? (x as number) : i;
  };
  const xOf = (i: number): number => xScale[0] + xScale[1] * keyOf(i);
  const yOf = (i: number): number => yScale[0] + yScale[1] * (result.value[i] as number);
  const count = order.length;
  const element = document.createElementNS("http://www.w3.org/2000/svg", "circle");
  element.setAttribute("class", "shewhart-point shewhart-cursor");
  element.setAttribute("r", "4");
  element.setAttribute("fill", "none");
  element.setAttribute("stroke", "#000");
  element.setAttribute("stroke-width", "1.5");
  const title = document.createElementNS("http://www.w3.org/2000/svg", "title");
  element.append(title);
  (svg.querySelector(".shewhart-points") ?? svg).append(element);
  return {
    element,
    place(_k, i, text) {
      element.setAttribute("cx", String(xOf(i)));
      element.setAttribute("cy", String(yOf(i)));
      element.dataset["index"] = String(i);
      title.textContent = text;
    },
    nearest(event) {
      const matrix = svg.getScreenCTM();
      if (matrix === null) return null;
      const at = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix.inverse());
      const reach = 4;
      // The first point at or right of the reach's left edge (x grows along the line): a few points' x read, not every one.
      let low = 0;
      let high = count;
      while (low < high) {
        const mid = (low + high) >> 1;
        if (xOf(order[mid]!) < at.x - reach) low = mid + 1;
        else high = mid;
      }
      let best: number | null = null;
      let bestDistance = reach * reach;
      for (let k = low; k < count; k++) {
        const px = xOf(order[k]!);
        if (px > at.x + reach) break;
        const distance = (px - at.x) ** 2 + (yOf(order[k]!) - at.y) ** 2;
        if (distance <= bestDistance) {
          best = k;
          bestDistance = distance;
        }
      }
      return best;
    },
  };
}
