/**
 * Colours of the marks. The defaults come from the Okabe–Ito palette (Okabe &
 * Ito 2008, "Color Universal Design"), chosen to stay apart under the common
 * colour-vision deficiencies; signals also differ from ordinary points by shape,
 * so the chart reads in greyscale too (checked in test/svg/palette.test.ts).
 */
export interface Theme {
  readonly background: string;
  readonly text: string;
  readonly mutedText: string;
  readonly grid: string;
  readonly axis: string;
  /** The data line and ordinary points. */
  readonly data: string;
  readonly centreLine: string;
  readonly limits: string;
  readonly sigmaLines: string;
  readonly target: string;
  readonly baseline: string;
  /** Signals that are an improvement, a deterioration, or have no direction. */
  readonly improvement: string;
  readonly deterioration: string;
  readonly signal: string;
  readonly fontFamily: string;
}

/** The default theme. */
export const defaultTheme: Theme = {
  background: "#ffffff",
  text: "#1a1a1a",
  mutedText: "#595959",
  grid: "#e6e6e6",
  axis: "#595959",
  data: "#3a3a3a",
  centreLine: "#6b6b6b",
  limits: "#9e9e9e",
  sigmaLines: "#bdbdbd",
  target: "#009e73",
  baseline: "#f2f2f2",
  improvement: "#0072b2",
  deterioration: "#d55e00",
  signal: "#e69f00",
  fontFamily: "system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, 'DejaVu Sans', sans-serif",
};
