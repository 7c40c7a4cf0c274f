/** Yielding to the host between long synchronous steps of an analysis. */

/**
 * Lets the host's event loop run (timers, input, painting) before the next long synchronous step: in
 * the browser the analysis runs on the page's main thread, and one canonicalization pass over a large
 * document should not be glued to the next into a single long freeze.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    setTimeout(resolve, 0);
  });
}

/**
 * Documents above this many nodes yield between long steps. A real response has a few hundred nodes and is
 * analysed in milliseconds; yielding there would only add the timers' own delay (1 ms each in Node).
 */
export const YIELD_ABOVE_NODES = 5_000;
