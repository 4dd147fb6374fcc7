import { formatNumberForHumans } from "../format.ts";
import type { ChartModel } from "../model.ts";
import type { NormalizedOptions } from "../options.ts";
import { textWidth } from "../textWidth.ts";

/** A value labelled at the plot's right edge. @internal */
export interface RightLabel {
  readonly name: "cl" | "target" | "ucl" | "lcl";
  readonly text: string;
  readonly value: number;
  readonly color: string;
}

/** Font size of the labels at the right edge. @internal */
export const rightLabelSize = 10.5;
/** Gap between the plot's right edge and its labels: clear of a diamond on the last point. @internal */
export const rightLabelGap = 7;

/**
 * The labels at the right edge, in the order they claim their place: the
 * latest centre line (never left out), the target, then the control limits'
 * last values. @internal
 */
export function rightLabels(model: ChartModel, options: NormalizedOptions): RightLabel[] {
  const last = model.length - 1;
  const theme = options.theme;
  const labels: RightLabel[] = [];
  const add = (name: RightLabel["name"], value: number, color: string, text = formatNumberForHumans(value, model.style)): void => {
    if (Number.isFinite(value)) labels.push({ name, text, value, color });
  };
  add("cl", model.cl[last] as number, theme.centreLine);
  if (model.target !== null) add("target", model.target, theme.target, `${options.texts.target} ${formatNumberForHumans(model.target, model.style)}`);
  add("ucl", model.ucl[last] as number, theme.limits);
  add("lcl", model.lcl[last] as number, theme.limits);
  return labels;
}

/** The room the right-edge labels need beside the plot, in px: all of them, or (`onlyCentre`) the latest centre line's value alone. @internal */
export function rightLabelRoom(models: readonly ChartModel[], options: NormalizedOptions, onlyCentre = false): number {
  let widest = 0;
  for (const model of models) {
    for (const label of rightLabels(model, options)) if (!onlyCentre || label.name === "cl") widest = Math.max(widest, textWidth(label.text, rightLabelSize));
  }
  return rightLabelGap + widest + 3;
}
