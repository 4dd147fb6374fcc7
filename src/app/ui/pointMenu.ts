// The point menu and the point actions: baseline end, new phase, exclusion
// (with its reason), reached by mouse and by keyboard (see chartPoints.ts).
import { setConfig, shownChart, state, status, w } from "../store.ts";
import { byId } from "./dom.ts";
import type { PointActions } from "./chartPoints.ts";

/**
 * The element that stands for point `index` on the chart: the focus mark when it
 * is there (a chart drawn with marks only for its signals, whose marks are not
 * focusable), else the point's own mark.
 */
function pointElement(index: number): SVGElement | null {
  const chart = byId("chart");
  return chart.querySelector<SVGElement>(`.shewhart-cursor[data-index="${index}"]`) ?? chart.querySelector<SVGElement>(`.shewhart-point[data-index="${index}"]`);
}

/** Closes the point menu, focusing its point again when asked. */
function closeMenu(returnFocus: boolean): void {
  const menu = byId("point-menu");
  menu.hidden = true;
  byId("exclude-form").hidden = true;
  byId("note-form").hidden = true;
  const index = state.menuIndex;
  state.menuIndex = null;
  if (returnFocus && index !== null) pointElement(index)?.focus();
}

/** What the points do: open the menu, end the baseline, start or remove a phase, exclude or include. */
export const pointActions: PointActions = {
  open(index: number, anchor: Element): void {
    const g = shownChart();
    if (g === null) return;
    state.menuIndex = index;
    const menu = byId("point-menu");
    byId("point-menu-title").textContent = w("pointMenu", { x: g.xText[index] ?? String(index + 1) });
    const excluded = state.config.exclude.some((e) => g.indexOfX(e.x) === index);
    const startsPhase = g.breaks.includes(index);
    // A baseline, a phase or an exclusion set on one group's chart applies to every group, as on the command line: said.
    const groups = state.charts.length;
    const scope = byId("point-menu-scope");
    scope.hidden = groups < 2 || state.config.view === "all";
    scope.textContent = scope.hidden ? "" : w("pointMenuScope", { count: groups });
    menu.querySelector<HTMLButtonElement>('[data-action="exclude"]')!.textContent = w(excluded ? "menuInclude" : "menuExclude");
    menu.querySelector<HTMLButtonElement>('[data-action="phase"]')!.textContent = w(startsPhase ? "menuRemovePhase" : "menuPhase");
    menu.querySelector<HTMLButtonElement>('[data-action="baseline"]')!.disabled = state.config.freezeColumn !== "" || (g.result !== null && index > (g.result.phases[0]?.end ?? 0));
    byId("exclude-form").hidden = true;
    byId("note-form").hidden = true;
    menu.hidden = false;
    const holder = byId("chart").getBoundingClientRect();
    const box = anchor.getBoundingClientRect();
    menu.style.left = `${Math.max(0, Math.min(box.right - holder.left + 8, holder.width - 260))}px`;
    menu.style.top = `${box.bottom - holder.top + byId("chart").offsetTop + 8}px`;
    menu.querySelector<HTMLButtonElement>("button:not([disabled])")?.focus();
  },
  baseline(index: number): void {
    const g = shownChart();
    if (g?.result == null) return;
    // Said, never ignored: B on a point does nothing where the baseline comes from a column or cannot end there.
    if (state.config.freezeColumn !== "") return status(w("baselineByColumn", { column: state.config.freezeColumn }));
    if (index > (g.result.phases[0]?.end ?? 0)) return status(w("baselineInFirstPhase"));
    state.focus = index;
    setConfig({ freeze: state.config.freeze === index + 1 ? null : index + 1 });
    status(state.config.freeze === null ? w("baselineRemoved") : w("baselineSet", { x: g.xText[index] ?? "" }));
  },
  phase(index: number): void {
    const g = shownChart();
    if (g === null || index === 0) return;
    if (state.config.phase !== "") return status(w("phaseFromColumn", { column: state.config.phase }));
    const x = g.xText[index] ?? "";
    state.focus = index;
    // A phase set in another spelling of this x (a colleague's settings) is removed as well as one set here.
    const here = (b: string): boolean => g.indexOfX(b) === index;
    const breaks = state.config.breaks.some(here) ? state.config.breaks.filter((b) => !here(b)) : [...state.config.breaks, x];
    setConfig({ breaks });
  },
  exclude(index: number, anchor: Element): void {
    const g = shownChart();
    if (g === null) return;
    if (state.config.exclude.some((e) => g.indexOfX(e.x) === index)) {
      state.focus = index;
      setConfig({ exclude: state.config.exclude.filter((e) => g.indexOfX(e.x) !== index) });
      return;
    }
    if (state.menuIndex !== index) pointActions.open(index, anchor);
    byId("note-form").hidden = true;
    byId("exclude-form").hidden = false;
    const reason = byId<HTMLInputElement>("exclude-reason");
    reason.value = "";
    reason.focus();
  },
  note(index: number, anchor: Element): void {
    const g = shownChart();
    if (g === null) return;
    if (state.menuIndex !== index) pointActions.open(index, anchor);
    byId("exclude-form").hidden = true;
    byId("note-form").hidden = false;
    const text = byId<HTMLInputElement>("note-text");
    text.value = state.config.pointNotes.find((n) => g.indexOfX(n.x) === index)?.text ?? "";
    text.focus();
  },
};

/** The menu's buttons, the exclusion form, Escape and clicks outside. */
export function wireMenu(): void {
  const menu = byId("point-menu");
  menu.addEventListener("click", (event) => {
    const action = (event.target as HTMLElement).closest<HTMLElement>("[data-action]")?.dataset["action"];
    const index = state.menuIndex;
    if (action === undefined || index === null) return;
    if (action === "close") return closeMenu(true);
    const anchor = pointElement(index) ?? menu;
    if (action === "exclude") return pointActions.exclude(index, anchor);
    if (action === "note") return pointActions.note(index, anchor);
    closeMenu(false);
    if (action === "baseline") pointActions.baseline(index);
    if (action === "phase") pointActions.phase(index);
    pointElement(index)?.focus();
  });
  byId<HTMLFormElement>("exclude-form").addEventListener("submit", (event) => {
    event.preventDefault();
    const index = state.menuIndex;
    const g = shownChart();
    if (index === null || g === null) return;
    const reason = byId<HTMLInputElement>("exclude-reason").value.trim();
    closeMenu(false);
    state.focus = index;
    setConfig({ exclude: [...state.config.exclude, { x: g.xText[index] ?? "", reason }] });
    pointElement(index)?.focus();
  });
  byId<HTMLFormElement>("note-form").addEventListener("submit", (event) => {
    event.preventDefault();
    const index = state.menuIndex;
    const g = shownChart();
    if (index === null || g === null) return;
    const x = g.xText[index] ?? "";
    const text = byId<HTMLInputElement>("note-text").value.trim();
    closeMenu(false);
    state.focus = index;
    setConfig({ pointNotes: [...state.config.pointNotes.filter((n) => g.indexOfX(n.x) !== index), ...(text === "" ? [] : [{ x, text }])] });
    pointElement(index)?.focus();
  });
  menu.addEventListener("keydown", (event) => {
    if (event.key === "Escape") {
      event.preventDefault();
      closeMenu(true);
    }
  });
  document.addEventListener("click", (event) => {
    if (!menu.hidden && !menu.contains(event.target as Node)) closeMenu(false);
  });
}
