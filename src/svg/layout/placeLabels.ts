import { fitText, truncate } from "../fitText.ts";
import { formatNumberForHumans, formatXRange } from "../format.ts";
import type { Frame } from "../marks/frame.ts";
import { textAscent, textDescent, textWidth } from "../textWidth.ts";
import { Occupancy, type Rect } from "./occupancy.ts";
import { rightLabelGap, rightLabels, type RightLabel } from "./rightLabels.ts";
import { grow, inside, labelPadding } from "./textBox.ts";

/** Font size of the labels inside the plot (baseline, notes, phases). */
const size = 10.5;
/** A note's whole text is drawn when it has at most this many characters; a longer one starts cut at 32 (the whole text in the note's `<title>`). */
const noteWhole = 48;
const noteLength = 32;
/** Charts (or panels) at least this wide show every label; narrower ones let labels give way. @internal */
export const showAllFrom = 600;

/** Height of a lane of labels reserved over the plot (and of the phase labels' strip), in px. @internal */
export const laneHeight = 15;

/** A label where it is drawn: its text (perhaps shortened), the whole text, and the anchor point. @internal */
export interface PlacedLabel {
  readonly text: string;
  readonly full: string;
  readonly x: number;
  readonly y: number;
  readonly anchor: "start" | "middle" | "end";
}

/** A note's label and its leader line from the point. @internal */
export interface PlacedNote extends PlacedLabel {
  readonly px: number;
  readonly from: number;
  readonly to: number;
}

/** Where every label goes; null for a label that gave way. @internal */
export interface Placement {
  readonly right: readonly (RightLabel & { readonly y: number; readonly x: number })[];
  /** By phase index. */
  readonly phases: readonly (PlacedLabel | null)[];
  /** By phase index: the baseline label of a frozen baseline. */
  readonly baselines: readonly (PlacedLabel | null)[];
  /** By the note's position in `options.notes`. */
  readonly notes: readonly (PlacedNote | null)[];
  /** Baseline labels and notes that found no free place (drawn where they collide least, or left out on narrow charts): lanes over the plot may give them one. */
  readonly crowded: number;
}

type Anchor = "start" | "middle" | "end";

interface Candidate {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly anchor: Anchor;
}

/** A place tried, with the box it must stay inside. */
type Placed = Candidate & { readonly within: Rect };

/** A label's places in the order they are tried: each is handed to `visit` until it returns true. */
type Places = (visit: (text: string, x: number, y: number, anchor: Anchor, within: Rect) => boolean) => void;

/** Where along its text a note's label may sit over (or under) its point, in the order tried. */
const shares = [0, 1, 0.5, 0.25, 0.75] as const;

/**
 * Places the labels where they touch no text, no point and no stretch of the
 * data line, inside `bounds` (the picture, or the panel), in this order of
 * claim: the latest centre line's value, the target, the control limits'
 * values (all at the right edge), the baseline labels, the notes, the phase
 * labels. A label tries its full text at each place it may go, nearest first,
 * then ever shorter texts down to its number and key word, then the `lanes`
 * reserved above the plot. A label that finds no free place is drawn where it
 * collides least when the chart is at least 600 px wide (`giveWay` false) and
 * left out otherwise — except the latest centre line, which is always drawn,
 * and a phase label, which is always left out (its divider shows the phase).
 *
 * With `probe`, the placement stops at the first baseline label or note that
 * finds no free place (where it would collide least is not sought, and no
 * later label is placed): such a placement only says that this try is crowded
 * (`crowded` ≥ 1), which is all a try with too few lanes is laid out for. An
 * uncrowded probe is the whole placement.
 * @internal
 */
export function placeLabels(frame: Frame, occupancy: Occupancy, bounds: Rect, lanes: number, giveWay: boolean, probe = false): Placement {
  const { model, options, plot, y } = frame;
  const texts = options.texts;
  let crowded = 0;
  let failed = false;
  // Each text's width is estimated once, however many places it tries.
  const widths = new Map<string, number>();
  const widthOf = (text: string): number => {
    let width = widths.get(text);
    if (width === undefined) widths.set(text, (width = textWidth(text, size)));
    return width;
  };
  const boxOf = (c: Candidate): Rect => {
    const width = widthOf(c.text);
    const left = c.anchor === "start" ? c.x : c.anchor === "middle" ? c.x - width / 2 : c.x - width;
    return { left, right: left + width, top: c.y - textAscent * size, bottom: c.y + textDescent * size };
  };
  // The labels placed so far, apart: a note's leader line must not cross them.
  const placed = new Occupancy();
  const claim = (candidate: Candidate): void => {
    const box = boxOf(candidate);
    occupancy.addRect(box);
    placed.addRect(box);
  };
  // The box a place is tested with, as grow(boxOf(place), labelPadding) makes it (the same arithmetic), written
  // into one object: a label tries hundreds of places, and a candidate and two boxes per place were most of the
  // garbage of laying a chart out. (Occupancy.free keeps nothing of the box it is asked about.)
  const probeBox = { left: 0, right: 0, top: 0, bottom: 0 };
  const fitsAt = (text: string, x: number, baseline: number, anchor: Anchor, within: Rect): boolean => {
    const width = widthOf(text);
    const left = anchor === "start" ? x : anchor === "middle" ? x - width / 2 : x - width;
    probeBox.left = left - labelPadding;
    probeBox.right = left + width + labelPadding;
    probeBox.top = baseline - textAscent * size - labelPadding;
    probeBox.bottom = baseline + textDescent * size + labelPadding;
    return inside(probeBox, within) && occupancy.free(probeBox);
  };
  /**
   * The first place that fits, else (when the label must be shown) the one that collides least; a probe seeks
   * no such place for a label that counts as crowded. The places are walked (`places`) rather than listed: only
   * the one chosen is made an object.
   */
  const choose = (places: Places, mustShow: boolean, clear?: (c: Candidate) => boolean, counted = false): Placed | null => {
    failed = false;
    let found: Placed | null = null;
    let first: Placed | null = null;
    let count = 0;
    places((text, x, baseline, anchor, within) => {
      if (count++ === 0) first = { text, x, y: baseline, anchor, within };
      if (!fitsAt(text, x, baseline, anchor, within)) return false;
      const c = { text, x, y: baseline, anchor, within };
      if (clear !== undefined && !clear(c)) return false;
      found = c;
      return true;
    });
    if (found !== null) return found;
    failed = true;
    if (!mustShow || first === null || (probe && counted)) return null;
    // A place free of everything whose leader line crosses a label is better than one that collides (without a leader line, none is free).
    if (clear !== undefined) {
      places((text, x, baseline, anchor, within) => {
        if (!fitsAt(text, x, baseline, anchor, within)) return false;
        found = { text, x, y: baseline, anchor, within };
        return true;
      });
      if (found !== null) return found;
    }
    let best: Placed = first;
    let fewest = Number.POSITIVE_INFINITY;
    // At most about 40 of the places are weighed, spread over all of them, so a crowded plot costs no more than a clear one.
    const step = Math.max(1, Math.ceil(count / 40));
    let k = 0;
    places((text, x, baseline, anchor, within) => {
      if (k++ % step !== 0) return false;
      const c = { text, x, y: baseline, anchor, within };
      const box = grow(boxOf(c), labelPadding);
      if (!inside(box, bounds)) return false;
      const hits = occupancy.count(box, fewest);
      if (hits < fewest) [best, fewest] = [c, hits];
      return false;
    });
    return best;
  };
  const laneY = (k: number): number => plot.top - 4 - laneHeight * (k + 1);
  const laneBounds: Rect = { left: bounds.left, right: bounds.right, top: bounds.top, bottom: plot.top - laneHeight };
  const plotBounds: Rect = { left: plot.left, right: plot.right, top: plot.top, bottom: plot.bottom };

  // 1. The right edge: nearest free height to each value's line, in order of claim.
  const right: (RightLabel & { y: number; x: number })[] = [];
  const rightBounds: Rect = { left: plot.right, right: bounds.right, top: bounds.top, bottom: plot.bottom + 4 };
  for (const label of rightLabels(model, options)) {
    const at = y(label.value) + 3.5;
    const places: Places = (visit) => {
      for (let d = 0; d <= 60; d += 1) {
        if (d === 0) {
          if (visit(label.text, plot.right + rightLabelGap, at + 1 * d, "start", rightBounds)) return;
        } else if (visit(label.text, plot.right + rightLabelGap, at + -1 * d, "start", rightBounds) || visit(label.text, plot.right + rightLabelGap, at + 1 * d, "start", rightBounds)) return;
      }
    };
    const chosen = choose(places, label.name === "cl" || !giveWay);
    if (chosen === null) continue;
    claim(chosen);
    right.push({ ...label, x: chosen.x, y: chosen.y });
  }

  // 2. Baseline labels, above or below their centre line, along the phase.
  const baselines: (PlacedLabel | null)[] = model.json.phases.map(() => null);
  const json = model.json;
  // A probe stops at the first label that found no free place.
  const stopped = (): boolean => probe && crowded > 0;
  json.phases.forEach((phase, p) => {
    const value = model.cl[phase.start] as number;
    if (stopped() || !(phase.baselineEnd < phase.end) || !options.showBaselineLabel || !Number.isFinite(value)) return;
    const median = json.chart === "run" || json.chart === "g";
    const name = median ? texts.median : texts.mean;
    const short = median ? capitalise(texts.median) : texts.meanShort;
    const number = formatNumberForHumans(value, model.style);
    const first = model.xOf(phase.baselineStart);
    const last = model.xOf(phase.baselineEnd);
    const full = `${capitalise(name)} (${texts.baseline}): ${number} (${formatXRange(first, last, json.xType, json.period, options.locale, texts, model.xYears)})`;
    const variants = unique([full, `${capitalise(name)} (${texts.baseline}): ${number}`, `${short} (${texts.baseline}): ${number}`, `${short} ${number}`]);
    const { from, to } = frame.phaseEdges(phase);
    const line = y(value);
    // Every 6 px along the line, or 150 places on a very wide chart.
    const stride = Math.max(6, (to - from) / 150);
    const places: Places = (visit) => {
      for (const text of variants) {
        const width = widthOf(text);
        const start = Math.max(plot.left, from) + 4;
        const end = Math.min(plot.right, to) - 4 - width;
        for (let x = start; x <= end; x += stride) {
          if (visit(text, x, line - 3 - 0.25 * size - labelPadding, "start", plotBounds)) return;
          if (visit(text, x, line + 3 + 0.95 * size + labelPadding, "start", plotBounds)) return;
        }
      }
      for (let k = 0; k < lanes; k++) {
        for (const text of variants) {
          const width = widthOf(text);
          for (let x = Math.max(plot.left, from) + 4; x <= Math.min(plot.right, to) - 4 - width; x += stride) if (visit(text, x, laneY(k), "start", laneBounds)) return;
        }
      }
    };
    const chosen = choose(places, !giveWay, undefined, true);
    if (failed) crowded++;
    if (chosen === null) return;
    claim(chosen);
    baselines[p] = { ...chosen, full };
  });

  // 3. Notes: above their point (or below, or in a lane over the plot), with a leader line.
  const notes: (PlacedNote | null)[] = options.notes.map((note) => {
    if (stopped() || note.index < 0 || note.index >= model.length) return null;
    const px = frame.x.position(note.index);
    const anchor = Number.isFinite(model.value[note.index] as number) ? (model.value[note.index] as number) : (model.cl[note.index] as number);
    const py = Number.isFinite(anchor) ? y(anchor) : plot.top + 20;
    // Counted in characters as a reader sees them (grapheme clusters): a cut never splits one.
    const first = truncate(note.text, noteLength).length < note.text.length ? `${truncate(note.text, noteLength - 1).trimEnd()}…` : note.text;
    const whole = truncate(note.text, noteWhole).length === note.text.length;
    const variants = unique([...(whole ? [note.text] : []), first, fitText(note.text, widthOf(first) * 0.6, size), fitText(note.text, size * 7, size)]);
    const places: Places = (visit) => {
      // Along a baseline: the text's left end at the point, or the text's end, middle, quarter or three quarters there.
      const along = (text: string, baseline: number, within: Rect): boolean => {
        const width = widthOf(text);
        for (const share of shares) {
          const left = Math.min(Math.max(px - share * width, within.left + labelPadding), within.right - labelPadding - width);
          if (visit(text, left, baseline, "start", within)) return true;
        }
        return false;
      };
      for (const text of variants) {
        for (let d = 12; py - d - 0.95 * size >= plot.top; d += 6) if (along(text, py - d, plotBounds)) return;
        for (let d = 10; py + d + 1.2 * size <= plot.bottom; d += 6) if (along(text, py + d + 0.95 * size, plotBounds)) return;
        // Beside the point, at its height, with no leader line.
        if (visit(text, px + 8, py + 3.5, "start", plotBounds) || visit(text, px - 8 - widthOf(text), py + 3.5, "start", plotBounds)) return;
      }
      for (let k = 0; k < lanes; k++) for (const text of variants) if (along(text, laneY(k), laneBounds)) return;
    };
    const leader = (c: Candidate): { fromY: number; toY: number } => {
      const box = boxOf(c);
      if (box.top < py && box.bottom > py) return { fromY: py, toY: py };
      const above = box.bottom <= py;
      return { fromY: above ? py - 5 : py + 5, toY: above ? box.bottom + 1 : box.top - 1 };
    };
    // The leader line from the point to the text crosses no label placed before.
    const clear = (c: Candidate): boolean => {
      const { fromY, toY } = leader(c);
      if (fromY === toY) return true;
      return placed.free({ left: px - 0.5, right: px + 0.5, top: Math.min(fromY, toY), bottom: Math.max(fromY, toY) });
    };
    const chosen = choose(places, !giveWay, clear, true);
    if (failed) crowded++;
    if (chosen === null) return null;
    claim(chosen);
    const { fromY, toY } = leader(chosen);
    if (fromY !== toY) occupancy.addSegment(px, fromY, px, toY);
    return { ...chosen, full: note.text, px, from: fromY, to: toY };
  });

  // 4. Phase labels, in the strip over the plot, centred over their phase.
  const phases: (PlacedLabel | null)[] = json.phases.map(() => null);
  if (!stopped() && (json.phases.length > 1 || options.phaseLabels !== undefined)) {
    const strip: Rect = { left: bounds.left, right: bounds.right, top: plot.top - laneHeight - 1, bottom: plot.top };
    json.phases.forEach((phase, p) => {
      const full = options.phaseLabels?.[p] ?? `${texts.phase} ${p + 1}`;
      const { from, to } = frame.phaseEdges(phase);
      const centre = (from + to) / 2;
      const variants = unique([full, fitText(full, to - from - 4, size), fitText(full, Math.max(to - from - 4, size * 5), size)]);
      const places: Places = (visit) => {
        for (const text of variants) {
          // Every 4 px, or 100 places over a very wide phase.
          for (let d = 0; d <= Math.max(24, (to - from) / 2); d += Math.max(4, (to - from) / 200)) {
            if (d === 0) {
              if (visit(text, centre + 1 * d, plot.top - 4, "middle", strip)) return;
            } else if (visit(text, centre + -1 * d, plot.top - 4, "middle", strip) || visit(text, centre + 1 * d, plot.top - 4, "middle", strip)) return;
          }
        }
      };
      // A phase label finds a free place or is left out (its divider still shows the phase): drawn where it collided
      // least, two narrow phases at the end of a long series had their labels written over each other (a trial).
      const chosen = choose(places, false);
      if (chosen === null) return;
      claim(chosen);
      phases[p] = { ...chosen, full };
    });
  }
  return { right, phases, baselines, notes, crowded };
}

function unique(texts: readonly string[]): string[] {
  return Array.from(new Set(texts));
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
