import type { ChartResult } from "shewhart";
import { say, type Language } from "../i18n/words.ts";
import { pointSignals } from "./pointWords.ts";

/** What a point does when asked: end the baseline, start a phase, exclude (with a reason) or include again. */
export interface PointActions {
  open(index: number, anchor: Element): void;
  baseline(index: number): void;
  phase(index: number): void;
  exclude(index: number, anchor: Element): void;
}

/**
 * Makes the chart's points reachable by keyboard: one point in the tab order
 * at a time (roving tabindex), arrow keys / Home / End move between points,
 * Enter or Space opens the point's menu, B ends the baseline at it, P starts a
 * new phase at it, X excludes it; each move announces the point's x, value
 * and signals through the live region. Clicks open the menu.
 */
export function wirePoints(svg: SVGSVGElement, result: ChartResult, language: Language, announce: HTMLElement, actions: PointActions, focusIndex: number | null, onFocus: (index: number) => void): void {
  // The chart is interactive here: a group of buttons, not a single image.
  svg.setAttribute("role", "group");
  // Inside an image the renderer's labelled groups (data, limits, …) are hidden; in a group they need a role of their own.
  for (const g of Array.from(svg.querySelectorAll("g[aria-label]:not([role])"))) g.setAttribute("role", "group");
  const points = Array.from(svg.querySelectorAll<SVGElement>(".shewhart-point")).sort((a, b) => Number(a.dataset["index"]) - Number(b.dataset["index"]));
  if (points.length === 0) return;
  const indexOf = (p: Element): number => Number((p as SVGElement).dataset["index"]);
  const labelOf = (p: SVGElement): string => {
    const i = indexOf(p);
    const title = p.querySelector("title")?.textContent ?? "";
    const { signals, state } = pointSignals(result, i, language);
    const parts = [say(language, "announcePoint", { x: title.split(": ")[0] ?? "", value: title.split(": ").slice(1).join(": "), i: points.indexOf(p) + 1, n: points.length })];
    if (signals.length > 0) parts.push(say(language, "announceSignal", { signals: signals.join(", ") }));
    if (state.length > 0) parts.push(`${state.join(", ")}.`);
    return parts.join(" ");
  };
  const start = points.find((p) => indexOf(p) === focusIndex) ?? points[0]!;
  for (const p of points) {
    p.setAttribute("tabindex", p === start ? "0" : "-1");
    p.setAttribute("role", "button");
    p.setAttribute("aria-haspopup", "dialog");
    p.setAttribute("aria-label", labelOf(p));
  }
  const move = (to: SVGElement): void => {
    for (const p of points) {
      p.setAttribute("tabindex", p === to ? "0" : "-1");
      p.classList.toggle("focused", p === to);
    }
    to.focus();
  };
  for (const p of points) {
    p.addEventListener("focus", () => {
      p.classList.add("focused");
      announce.textContent = labelOf(p);
      onFocus(indexOf(p));
    });
    p.addEventListener("blur", () => p.classList.remove("focused"));
    p.addEventListener("click", (event) => {
      event.stopPropagation();
      move(p);
      actions.open(indexOf(p), p);
    });
    p.addEventListener("keydown", (event) => {
      const k = points.indexOf(p);
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
      else return;
      event.preventDefault();
      if (to !== undefined) move(to);
    });
  }
}
