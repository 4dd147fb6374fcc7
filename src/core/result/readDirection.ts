import type { UsefulSpan } from "../rules/applyRules.ts";
import type { PhaseDirection, Signal } from "../types.ts";

/** The direction of a phase read in time, and the signals that describe its old level. @internal */
export interface DirectionReading {
  readonly direction: PhaseDirection | null;
  /** The first subgroup of the move when the phase moved from one side to the other; `null` otherwise. */
  readonly since: number | null;
  /** The signals of the old level (the earlier kind) when the phase moved: drawn and reported as neutral. */
  readonly oldLevel: ReadonlySet<Signal>;
}

const none: ReadonlySet<Signal> = new Set();

/**
 * Reads the direction of one phase from its signals in time order. Excluded
 * signals are never evidence (they are left out); neutral signals (no side)
 * count only when nothing else signals.
 *
 * **Both kinds.** When both improvement and deterioration signal, the phase
 * **moved** from the earlier kind A to the later kind B when every A signal
 * both starts and ends strictly before every B signal starts and ends: for all
 * a ∈ A, b ∈ B, first(a) < first(b) and last(a) < last(b). Signals may overlap
 * (a trend that leaves the old level while its run is still going), but none of
 * the later kind may start or end among the earlier ones. The direction is then
 * B's, `since` is the first subgroup of the B signals (the first point of the
 * move), and the A signals are the old level — provided both kinds include
 * a run (a `longestRun` or `shift` signal: a level; a point outside the limits
 * or a trend is an event) and, given the phase's first and last useful points
 * (`span`), a run of A begins at the first useful point or a run of B ends at
 * the last: the process stood at the old level when the phase began, or
 * stands at the new one now. Otherwise both kinds interleave, or nothing says
 * the process stands at a new level, and the phase is `mixed`.
 *
 * **One kind K**, given the phase's first and last useful points (`span`),
 * when a run of K (a `longestRun` or `shift` signal) begins at the first useful
 * point and every K signal ends before the last one: the phase *began* on that
 * side and left it — its centre line (the median, or a frozen baseline's) puts
 * the rest of the phase on the other side on balance. The direction is the
 * opposite of K, `since` the first subgroup after the last K signal that has
 * a value and is not excluded (a missing or excluded subgroup between the two
 * levels belongs to neither), and the K
 * signals are the old level. Mirrored, when a run of K ends at the last useful
 * point and every K signal starts after the first one, the phase moved to that
 * side: the direction is K and `since` the first subgroup of the K signals.
 * Otherwise (an excursion in the middle, a lone point outside the limits, a
 * phase wholly on one side of a known centre line) the direction is K, read by
 * side, with no `since`.
 *
 * Both conditions are symmetric in time: reversing a series turns a move from
 * one side to the other into the opposite move (property-tested).
 *
 * Why: a phase with a step in it has, by construction, a run on one or both
 * sides of its centre line (Anhøj & Olesen 2014, the longest-run rule; Perla,
 * Provost & Murray 2011, the shift rule). The process did not both improve and
 * deteriorate, nor deteriorate before it improved; it moved, and the later
 * level is where it now is.
 * @internal
 */
export function readDirection(signals: readonly Signal[], span: UsefulSpan | null = null): DirectionReading {
  const improvement: Signal[] = [];
  const deterioration: Signal[] = [];
  let neutral = false;
  for (const signal of signals) {
    if (signal.excluded) continue;
    if (signal.direction === "improvement") improvement.push(signal);
    else if (signal.direction === "deterioration") deterioration.push(signal);
    else if (signal.direction === "neutral") neutral = true;
  }
  if (improvement.length === 0 && deterioration.length === 0) return { direction: neutral ? "neutral" : null, since: null, oldLevel: none };
  if (deterioration.length === 0) return oneKind("improvement", improvement, span);
  if (improvement.length === 0) return oneKind("deterioration", deterioration, span);
  if (precedes(deterioration, improvement) && leveled(deterioration, improvement, span)) return { direction: "improvement", since: firstIndex(improvement), oldLevel: new Set(deterioration) };
  if (precedes(improvement, deterioration) && leveled(improvement, deterioration, span)) return { direction: "deterioration", since: firstIndex(deterioration), oldLevel: new Set(improvement) };
  return { direction: "mixed", since: null, oldLevel: none };
}

/** A run of points on one side of the centre line: the signals that show a level, where a point outside the limits or a trend shows an event. */
const isRun = (s: Signal): boolean => s.rule === "longestRun" || s.rule === "shift";

/**
 * A move from the `early` kind to the `late` one needs a level on both sides — a run of each kind (a point outside
 * the limits, or a trend, is an event, not a level) — and, with a span, a level at one end of the phase: the early
 * run begins at its first useful point (where it was) or the late run ends at its last (where it is). A lone
 * point after a run — one high week at the end of a stable series, whose mean it pulls up so that the rest run
 * below — and an excursion in the middle followed by one point or by the trend back out of it are not a move to a
 * new level. Both conditions are symmetric in time.
 */
function leveled(early: readonly Signal[], late: readonly Signal[], span: UsefulSpan | null): boolean {
  if (!early.some(isRun) || !late.some(isRun)) return false;
  if (span === null) return true;
  return early.some((s) => isRun(s) && s.indices[0] === span.first) || late.some((s) => isRun(s) && s.indices[s.indices.length - 1] === span.last);
}

function oneKind(kind: "improvement" | "deterioration", found: readonly Signal[], span: UsefulSpan | null): DirectionReading {
  if (span !== null) {
    const first = firstIndex(found);
    const last = lastIndex(found);
    if (last < span.last && found.some((s) => isRun(s) && s.indices[0] === span.first)) {
      return { direction: kind === "improvement" ? "deterioration" : "improvement", since: span.next?.(last) ?? last + 1, oldLevel: new Set(found) };
    }
    if (first > span.first && found.some((s) => isRun(s) && s.indices[s.indices.length - 1] === span.last)) return { direction: kind, since: first, oldLevel: none };
  }
  return { direction: kind, since: null, oldLevel: none };
}

/** Every signal of `early` starts and ends strictly before every signal of `late` starts and ends. */
function precedes(early: readonly Signal[], late: readonly Signal[]): boolean {
  let lastStart = -1;
  let lastEnd = -1;
  for (const s of early) {
    lastStart = Math.max(lastStart, s.indices[0] as number);
    lastEnd = Math.max(lastEnd, s.indices[s.indices.length - 1] as number);
  }
  for (const s of late) {
    if ((s.indices[0] as number) <= lastStart || (s.indices[s.indices.length - 1] as number) <= lastEnd) return false;
  }
  return true;
}

function firstIndex(signals: readonly Signal[]): number {
  let first = Number.POSITIVE_INFINITY;
  for (const s of signals) first = Math.min(first, s.indices[0] as number);
  return first;
}

function lastIndex(signals: readonly Signal[]): number {
  let last = Number.NEGATIVE_INFINITY;
  for (const s of signals) last = Math.max(last, s.indices[s.indices.length - 1] as number);
  return last;
}
