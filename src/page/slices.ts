// Long work on the page's own thread, cut into slices so that no task keeps the page from answering input
// for long: the work is a generator that yields where it may be paused, and the page runs its own tasks
// between slices.

/** A slice ends at the first pause after this long; with the work's pauses ≤ 20 ms apart, tasks stay under 50 ms. */
export const SLICE_MS = 12;

interface Scheduler {
  yield?: () => Promise<void>;
}

/**
 * Resolves once the page's pending tasks had their turn. Unlike setTimeout, neither `scheduler.yield` nor a
 * message is throttled to once a second in a background tab.
 */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

function recordSlice(start: number): void {
  try {
    performance.measure('whosaid:slice', { start, end: performance.now() });
  } catch {
    // Timing is optional.
  }
}

/**
 * Runs `work` to its end and returns what it returns, yielding to the page at the first pause after
 * `budgetMs` (0: at every pause). Each slice is recorded as a `whosaid:slice` measure.
 */
export async function runInSlices<T>(work: Generator<unknown, T, void>, budgetMs = SLICE_MS): Promise<T> {
  let start = performance.now();
  for (;;) {
    const step = work.next();
    if (step.done) {
      recordSlice(start);
      return step.value;
    }
    if (performance.now() - start >= budgetMs) {
      recordSlice(start);
      await yieldToPage();
      start = performance.now();
    }
  }
}

/** Runs `work` at once, without pausing (where there is no page to keep responsive: the CLI, tests). */
export function runToEnd<T>(work: Generator<unknown, T, void>): T {
  for (;;) {
    const step = work.next();
    if (step.done) return step.value;
  }
}
