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
 */
export function wirePoints(svg: SVGSVGElement, result: ChartResult, language: Language, announce: HTMLElement, actions: PointActions, focusIndex: number | null, onFocus: (index: number) => void): void {
  // The chart is interactive here: a group of buttons, not a single image.
  svg.setAttribute("role", "group");
  // Inside an image the renderer's labelled groups (data, limits, …) are hidden; in a group they need a role of their own.
  for (const g of Array.from(svg.querySelectorAll("g[aria-label]:not([role])"))) g.setAttribute("role", "group");
  const points = Array.from(svg.querySelectorAll<SVGElement>(".shewhart-point"));
  if (points.length === 0) return;
  const position = new Map<Element, number>(points.map((p, k) => [p, k]));
  const indexOf = (p: Element): number => Number((p as SVGElement).dataset["index"]);
  const labelOf = (p: SVGElement): string => {
    const i = indexOf(p);
    const title = p.querySelector("title")?.textContent ?? "";
    const { signals, state } = pointSignals(result, i, language);
    const parts = [say(language, "announcePoint", { x: title.split(": ")[0] ?? "", value: title.split(": ").slice(1).join(": "), i: (position.get(p) ?? 0) + 1, n: points.length })];
    if (signals.length > 0) parts.push(say(language, "announceSignal", { signals: signals.join(", ") }));
    if (state.length > 0) parts.push(`${state.join(", ")}.`);
    return parts.join(" ");
  };
  // Every point is a button named by its <title> (x and value); the focused one also says its signals.
  // On very large charts the roles are given as points are reached, not all at once.
  const asButton = (p: SVGElement): void => {
    p.setAttribute("role", "button");
    p.setAttribute("aria-haspopup", "dialog");
  };
  for (const p of points) {
    // Focusable (from script and by click), but only the current point is in the tab order.
    p.setAttribute("tabindex", "-1");
    if (points.length <= eagerRoles) asButton(p);
  }
  let current = points.find((p) => indexOf(p) === focusIndex) ?? points[0]!;
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
    to.focus();
  };
  const pointOf = (target: EventTarget | null): SVGElement | null => ((target as Element | null)?.closest?.(".shewhart-point") as SVGElement | null) ?? null;
  svg.addEventListener("focusin", (event) => {
    const p = pointOf(event.target);
    if (p === null) return;
    if (p !== current) move(p);
    p.classList.add("focused");
    const label = labelOf(p);
    p.setAttribute("aria-label", label);
    announce.textContent = label;
    onFocus(indexOf(p));
  });
  svg.addEventListener("focusout", (event) => pointOf(event.target)?.classList.remove("focused"));
  svg.addEventListener("click", (event) => {
    const p = pointOf(event.target);
    if (p === null) return;
    event.stopPropagation();
    move(p);
    actions.open(indexOf(p), p);
  });
  svg.addEventListener("keydown", (event) => {
    const p = pointOf(event.target);
    if (p === null) return;
    const k = position.get(p) ?? 0;
    const key = event.key;
    let to: SVGElement | undefined;
    if (key === "ArrowRight" || key === "ArrowUp") to = points[Math.min(k + 1, points.length - 1)];
    else if (key === "ArrowLeft" || key === "ArrowDown") to = points[Math.max(k - 1, 0)];
    else if (key === "Home") to = points[0];
    else if (key === "End") to = points[points.length - 1];
    else if (key === "PageUp") to = points[Math.min(k + 10, points.length - 1)];
    else if (key === "PageDown") to = points[Math.max(k - 10, 0)];
    else if (key === "Enter" || key === " ") actions.open(indexOf(p), p);
    else if (key === "b" || key === "B") actions.baseline(indexOf(p));
    else if (key === "p" || key === "P") actions.phase(indexOf(p));
    else if (key === "x" || key === "X") actions.exclude(indexOf(p), p);
    else if (key === "n" || key === "N") actions.note(indexOf(p), p);
    else return;
    event.preventDefault();
    if (to !== undefined) move(to);
  });
}
