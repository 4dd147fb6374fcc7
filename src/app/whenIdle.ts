/** Runs `run` when the page is idle (within 5 s at the latest), or after a second where the browser cannot tell. */
export function whenIdle(run: () => void): void {
  if (typeof requestIdleCallback === "function") requestIdleCallback(run, { timeout: 5000 });
  else setTimeout(run, 1000);
}
