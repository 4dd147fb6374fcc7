import { h, type SvgNode } from "../node.ts";
import { constantOver, stepPaths } from "./centreLines.ts";
import type { Frame } from "./frame.ts";

/**
 * Control limits per phase, as steps where they vary with the denominator
 * (P and U charts), and optionally the 2-sigma lines. Gaps where a subgroup
 * has no limits (a zero denominator).
 * @internal
 */
export function limitLines(frame: Frame): SvgNode {
  const { model, y, options } = frame;
  const children: SvgNode[] = [];
  const columns = [
    ["lcl", model.lcl, options.theme.limits, 1.1, undefined],
    ["ucl", model.ucl, options.theme.limits, 1.1, undefined],
    ...(options.showSigmaLines
      ? ([
          ["lcl95", model.lcl95, options.theme.sigmaLines, 1, "2 3"],
          ["ucl95", model.ucl95, options.theme.sigmaLines, 1, "2 3"],
        ] as const)
      : []),
  ] as const;
  for (const phase of model.json.phases) {
    const { from, to } = frame.phaseEdges(phase);
    for (const [name, column, stroke, width, dash] of columns) {
      const first = column[phase.start] as number;
      const constant = constantOver(column, phase.start, phase.end);
      const attributes = { class: `shewhart-limit shewhart-${name}`, "data-phase": phase.phase, fill: "none", stroke, "stroke-width": width, "stroke-dasharray": dash };
      if (constant) {
        if (Number.isFinite(first)) children.push(h("line", { ...attributes, x1: from, x2: to, y1: y(first), y2: y(first) }));
        continue;
      }
      children.push(...stepPaths(frame, phase, column, attributes));
    }
  }
  return h("g", { class: "shewhart-limits", "aria-label": `${options.texts.lcl} / ${options.texts.ucl}` }, children);
}
