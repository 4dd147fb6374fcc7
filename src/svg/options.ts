import { SpcError } from "../core/errors.ts";
import { numberFormat } from "./format.ts";
import { defaultTheme, type Theme } from "./palette.ts";
import { textsFor, type ChartTexts } from "./texts.ts";

/** A note anchored to a subgroup, e.g. a PDSA cycle. */
export interface ChartNote {
  /** 0-based subgroup index. */
  readonly index: number;
  readonly text: string;
}

/** Options of `renderSvg` and `renderSvgElement`. Every field is optional. */
export interface RenderOptions {
  /** Width of the viewBox in px (the SVG scales to its container). Default 720. */
  readonly width?: number;
  /** Height of the viewBox in px. Default 400. */
  readonly height?: number;
  /** Chart title, e.g. the indicator's name. Default: none. */
  readonly title?: string;
  /** A line under the title, e.g. the unit. */
  readonly subtitle?: string;
  /** The indicator's definition, in a smaller line under the subtitle. */
  readonly definition?: string;
  readonly xLabel?: string;
  readonly yLabel?: string;
  /** BCP 47 locale for numbers, dates and the built-in words (Danish for `da-DK`, English otherwise). Default `"en-GB"`. */
  readonly locale?: string;
  /** Print values as percentages of `multiply`. Default: true for p and p′ charts. */
  readonly percent?: boolean;
  /** Decimals of printed values. Default: 1 for percentages, otherwise from the value's size. */
  readonly decimals?: number;
  /**
   * A target on the plotted scale, drawn as given; default the result's `target`, which is left out when the
   * analysis found it off a proportion chart's scale (`assessment.assuranceReason` "off_scale"; its message says why).
   */
  readonly target?: number;
  readonly notes?: readonly ChartNote[];
  /** Labels of the phases; default "Phase 1", "Phase 2", … when there are several. */
  readonly phaseLabels?: readonly string[];
  /** Label the centre line of a frozen baseline ("Median (baseline): 95.4 % (week 40–47, 2018)"). Default true. */
  readonly showBaselineLabel?: boolean;
  /** Draw the 2-sigma lines. Default false. */
  readonly showSigmaLines?: boolean;
  /** The line of facts under the title (averages, latest observation, period, baseline). Default true when there is a title. */
  readonly showFacts?: boolean;
  /** Colours and font; any subset of the default theme. */
  readonly theme?: Partial<Theme>;
  /** The built-in words, any subset overridden. */
  readonly texts?: Partial<ChartTexts>;
  /** Prefix of the ids inside the SVG (its title and desc), for several charts on one page. Default `"shewhart"`. */
  readonly idPrefix?: string;
  /**
   * Above this many points the chart is drawn for the screen: only the points that say something get a
   * mark — signals (outside the limits, in a run, shift or trend) and excluded points — the marks of each
   * look drawn as one group of paths (`data-marks`: how many points), without a tooltip per point or the white
   * outline of a filled mark, those that touch within half a pixel as one outline; the data line keeps, per half pixel, the first,
   * lowest, highest and last point (the same pixels as the line through every point); and the data group's
   * `data-x-scale` and `data-y-scale` say where each point is (DESIGN.md). Keeps very long series quick to
   * draw and light in a page. Default: every point is marked and the line passes through every point.
   */
  readonly maxPointMarks?: number;
}

/** The largest width or height in px: beyond it positions lose their decimals, and sums of them overflow near 1e308. @internal */
export const maxSize = 100_000;

/** Options with defaults filled in. @internal */
export interface NormalizedOptions {
  readonly width: number;
  readonly height: number;
  readonly title: string | undefined;
  readonly subtitle: string | undefined;
  readonly definition: string | undefined;
  readonly xLabel: string | undefined;
  readonly yLabel: string | undefined;
  readonly locale: string;
  readonly percent: boolean | undefined;
  readonly decimals: number | undefined;
  readonly target: number | undefined;
  readonly notes: readonly ChartNote[];
  readonly phaseLabels: readonly string[] | undefined;
  readonly showBaselineLabel: boolean;
  readonly showSigmaLines: boolean;
  readonly showFacts: boolean | undefined;
  readonly theme: Theme;
  readonly texts: ChartTexts;
  readonly idPrefix: string;
  readonly maxPointMarks: number;
}

/**
 * Checks and completes the options; bad values throw an {@link SpcError}
 * naming the option (`renderSvg: invalid width: expected a number > 0 and <= 100000, received -1`).
 * @internal
 */
export function normalizeOptions(options: RenderOptions, fn: string): NormalizedOptions {
  if (typeof options !== "object" || options === null) throw new SpcError({ fn, code: "invalid_option", path: ["options"], expected: "an options object", received: options });
  const positive = (name: "width" | "height", fallback: number): number => {
    const value = options[name];
    if (value === undefined) return fallback;
    if (typeof value !== "number" || !Number.isFinite(value) || value <= 0 || value > maxSize) {
      throw new SpcError({ fn, code: "invalid_option", path: [name], expected: `a number > 0 and <= ${maxSize}`, received: value });
    }
    return value;
  };
  const text = (name: "title" | "subtitle" | "definition" | "xLabel" | "yLabel" | "idPrefix"): string | undefined => {
    const value = options[name];
    if (value !== undefined && typeof value !== "string") throw new SpcError({ fn, code: "invalid_option", path: [name], expected: "a string", received: value });
    return value;
  };
  const locale = options.locale ?? "en-GB";
  try {
    if (typeof locale !== "string") throw new TypeError("not a string");
    numberFormat(locale); // made once per locale (and kept for the chart's numbers): making one costs more than a small chart's marks
  } catch {
    throw new SpcError({ fn, code: "invalid_option", path: ["locale"], expected: "a BCP 47 locale such as \"da-DK\" or \"en-GB\"", received: locale });
  }
  if (options.decimals !== undefined && !(Number.isInteger(options.decimals) && options.decimals >= 0 && options.decimals <= 10)) {
    throw new SpcError({ fn, code: "invalid_option", path: ["decimals"], expected: "an integer from 0 to 10", received: options.decimals });
  }
  if (options.target !== undefined && !(typeof options.target === "number" && Number.isFinite(options.target))) {
    throw new SpcError({ fn, code: "invalid_option", path: ["target"], expected: "a finite number", received: options.target });
  }
  const idPrefix = text("idPrefix") ?? "shewhart";
  if (!/^[A-Za-z][\w-]*$/.test(idPrefix)) {
    throw new SpcError({ fn, code: "invalid_option", path: ["idPrefix"], expected: "a letter followed by letters, digits, _ or -", received: idPrefix });
  }
  const maxPointMarks = options.maxPointMarks ?? Number.POSITIVE_INFINITY;
  if (typeof maxPointMarks !== "number" || !(Number.isInteger(maxPointMarks) || maxPointMarks === Number.POSITIVE_INFINITY) || maxPointMarks < 0) {
    throw new SpcError({ fn, code: "invalid_option", path: ["maxPointMarks"], expected: "an integer >= 0 (or Infinity)", received: options.maxPointMarks });
  }
  const boolean = (name: "percent" | "showBaselineLabel" | "showSigmaLines" | "showFacts"): void => {
    const value = options[name];
    if (value !== undefined && typeof value !== "boolean") throw new SpcError({ fn, code: "invalid_option", path: [name], expected: "a boolean", received: value });
  };
  boolean("percent");
  boolean("showBaselineLabel");
  boolean("showSigmaLines");
  boolean("showFacts");
  const object = (name: "theme" | "texts"): void => {
    const value = options[name];
    if (value !== undefined && (typeof value !== "object" || value === null || Array.isArray(value))) {
      throw new SpcError({ fn, code: "invalid_option", path: [name], expected: "an object", received: value });
    }
  };
  object("theme");
  object("texts");
  checkTheme(options.theme, fn);
  checkTexts(options.texts, fn);
  // Index loops, not every/forEach: a hole in an array is refused as the core refuses one in y.
  const phaseLabels: unknown = options.phaseLabels;
  if (phaseLabels !== undefined) {
    if (!Array.isArray(phaseLabels)) throw new SpcError({ fn, code: "invalid_option", path: ["phaseLabels"], expected: "an array of strings", received: phaseLabels });
    for (let k = 0; k < phaseLabels.length; k++) {
      if (typeof phaseLabels[k] !== "string") throw new SpcError({ fn, code: "invalid_option", path: ["phaseLabels", k], expected: "a string", received: phaseLabels[k] });
    }
  }
  const notes: unknown = options.notes;
  if (notes !== undefined && !Array.isArray(notes)) throw new SpcError({ fn, code: "invalid_option", path: ["notes"], expected: "an array of { index, text }", received: notes });
  for (let k = 0; k < ((notes as unknown[] | undefined) ?? []).length; k++) {
    const note = (notes as { index?: unknown; text?: unknown }[])[k];
    if (!Number.isInteger(note?.index) || typeof note?.text !== "string") {
      throw new SpcError({ fn, code: "invalid_option", path: ["notes", k], expected: "{ index: an integer, text: a string }", received: note });
    }
  }
  return {
    width: positive("width", 720),
    height: positive("height", 400),
    title: text("title"),
    subtitle: text("subtitle"),
    definition: text("definition"),
    xLabel: text("xLabel"),
    yLabel: text("yLabel"),
    locale,
    percent: options.percent,
    decimals: options.decimals,
    target: options.target,
    notes: options.notes ?? [],
    phaseLabels: options.phaseLabels,
    showBaselineLabel: options.showBaselineLabel ?? true,
    showSigmaLines: options.showSigmaLines ?? false,
    showFacts: options.showFacts,
    theme: { ...defaultTheme, ...(options.theme ?? {}) },
    texts: textsFor(locale, options.texts),
    idPrefix,
    maxPointMarks,
  };
}

/** Every key of a theme is a colour or the font, as a string: `{ data: null }` or `{ fontFamily: ["a"] }` are refused. */
function checkTheme(theme: unknown, fn: string): void {
  if (theme === undefined) return;
  for (const [key, value] of Object.entries(theme as Record<string, unknown>)) {
    if (!Object.prototype.hasOwnProperty.call(defaultTheme, key)) {
      throw new SpcError({ fn, code: "invalid_option", path: ["theme", key], detail: `unknown key, expected one of ${Object.keys(defaultTheme).join(", ")}` });
    }
    if (typeof value !== "string") {
      throw new SpcError({ fn, code: "invalid_option", path: ["theme", key], expected: key === "fontFamily" ? "a CSS font-family list as a string" : "a CSS colour as a string", received: value });
    }
  }
}

/** Every built-in word overridden by a string; `rules` and `sides` by objects of strings. */
function checkTexts(texts: unknown, fn: string): void {
  if (texts === undefined) return;
  const base = textsFor("en") as unknown as Record<string, unknown>;
  for (const [key, value] of Object.entries(texts as Record<string, unknown>)) {
    if (!Object.prototype.hasOwnProperty.call(base, key)) {
      throw new SpcError({ fn, code: "invalid_option", path: ["texts", key], detail: `unknown key, expected one of ${Object.keys(base).join(", ")}` });
    }
    const nested = base[key];
    if (typeof nested === "string") {
      if (typeof value !== "string") throw new SpcError({ fn, code: "invalid_option", path: ["texts", key], expected: "a string", received: value });
      continue;
    }
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      throw new SpcError({ fn, code: "invalid_option", path: ["texts", key], expected: "an object of strings", received: value });
    }
    for (const [name, text] of Object.entries(value as Record<string, unknown>)) {
      if (!Object.prototype.hasOwnProperty.call(nested, name)) {
        throw new SpcError({ fn, code: "invalid_option", path: ["texts", key, name], detail: `unknown key, expected one of ${Object.keys(nested as object).join(", ")}` });
      }
      if (typeof text !== "string") throw new SpcError({ fn, code: "invalid_option", path: ["texts", key, name], expected: "a string", received: text });
    }
  }
}
