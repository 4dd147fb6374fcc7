// The changes a person makes next to a large chart, made once beforehand on its own data while the page is idle.
import type { AppConfig } from "./state/config.ts";
import { whenIdle } from "./whenIdle.ts";

/**
 * The two changes a person most often makes first to a chart just drawn: a baseline (frozen at its first 20
 * subgroups, or one subgroup longer than the one set) and a new phase halfway along the series. Each is a change
 * of the config the chart was drawn with; nothing else differs. `x` is the chart's x per subgroup as written (the
 * app's breaks are x values).
 */
export function rehearsedConfigs(config: AppConfig, x: readonly string[]): AppConfig[] {
  const length = x.length;
  if (length === 0) return [];
  const freeze = Math.min(length, config.freeze === null ? 20 : config.freeze < length ? config.freeze + 1 : config.freeze - 1);
  const middle = x[Math.floor(length / 2)];
  const configs: AppConfig[] = [{ ...config, freeze }];
  if (middle !== undefined && !config.breaks.includes(middle)) configs.push({ ...config, breaks: [...config.breaks, middle] });
  return configs;
}

/**
 * The steps of a rehearsal: for each config, its analysis (`analyse`: the shown chart's result under it, or null)
 * and then its drawing (`draw`), two steps for {@link rehearseChanges} to run in idle moments of their own. A step
 * run when the chart is no longer the one shown (`current` false: a change made meanwhile, from which the code is
 * warm anyway) does nothing.
 */
export function rehearsalSteps<R>(configs: readonly AppConfig[], analyse: (config: AppConfig) => R | null, draw: (result: R) => void, current: () => boolean): (() => void)[] {
  return configs.flatMap((config) => {
    let result: R | null = null;
    return [
      () => {
        if (current()) result = analyse(config);
      },
      () => {
        if (current() && result !== null) draw(result);
      },
    ];
  });
}

/**
 * Runs `steps` one after another, each in an idle moment of its own, measured as `app:warmUp` (read by
 * bench/app.mjs; nothing is sent anywhere). The app's steps analyse and draw its shown chart as each of
 * {@link rehearsedConfigs} would, and keep nothing: the made-up charts of warmUp.ts compile the code a change
 * runs, but the first change of a 100,000-point chart still ran 10–20 ms slower than the changes after it (the
 * engine not yet used to that chart's sizes and shapes); rehearsed on the chart's own data, the first change is
 * as quick as the later ones (bench/app.mjs, measured in docs/app.md). A person who acts meanwhile waits at most
 * for one step.
 */
export function rehearseChanges(steps: readonly (() => void)[], schedule: (run: () => void) => void = whenIdle): void {
  const next = (k: number): void => {
    const step = steps[k];
    if (step === undefined) return;
    schedule(() => {
      const start = performance.now();
      try {
        step();
      } finally {
        performance.measure("app:warmUp", { start, end: performance.now() });
      }
      next(k + 1);
    });
  };
  next(0);
}

