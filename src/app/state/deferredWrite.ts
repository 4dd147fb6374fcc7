/** A write kept for later: the last value given is written once, after a pause, or at once when flushed. */
export interface DeferredWrite<T> {
  /** Keeps `value` to be written (replacing one not yet written) and starts the pause if none is running. */
  set(value: T): void;
  /** Writes the kept value now, if any (before the page is left). */
  flush(): void;
  /** Drops the kept value unwritten ("forget my data"). */
  cancel(): void;
}

/**
 * Defers a write that need not happen while the page is being redrawn — the
 * settings into the address and the browser's storage took up to 180 ms on a
 * large chart in Chromium (history.replaceState) — so that a burst of changes
 * (a slider dragged) writes only the last. `schedule` runs its callback later
 * (`(run) => setTimeout(run, ms)` in the page; a test passes its own); each
 * value is written at most once, and never after `cancel`.
 */
export function deferredWrite<T>(write: (value: T) => void, schedule: (run: () => void) => void): DeferredWrite<T> {
  let pending: { value: T } | null = null;
  let scheduled = false;
  const flush = (): void => {
    if (pending === null) return;
    const { value } = pending;
    pending = null;
    write(value);
  };
  return {
    set(value) {
      pending = { value };
      if (scheduled) return;
      scheduled = true;
      schedule(() => {
        scheduled = false;
        flush();
      });
    },
    flush,
    cancel() {
      pending = null;
    },
  };
}
