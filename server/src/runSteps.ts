/**
 * Drives the core's step generators (core/steps.ts) on the server's event loop: work runs in
 * slices of a few milliseconds, with a turn for other requests between slices, and stops as soon as
 * nobody wants its result any more.
 */
import type { Steps } from './core/steps';

export class AnalysisCancelled extends Error {
  constructor() {
    super('analysis cancelled');
  }
}

/** Lets the event loop handle what arrived (requests, notifications) before going on. */
export const turn = (): Promise<void> => new Promise<void>((resolve) => setImmediate(resolve));

/** Work longer than this without a turn for other requests would be felt (the target is < 50 ms). */
const SLICE_MS = 8;

/**
 * Runs a step generator to its end, giving the event loop a turn whenever a slice of work has taken
 * SLICE_MS, and rejecting with AnalysisCancelled as soon as `cancelled()` says so.
 */
export async function runSteps<T>(steps: Steps<T>, cancelled: () => boolean = () => false): Promise<T> {
  let sliceStart = performance.now();
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    if (performance.now() - sliceStart >= SLICE_MS) {
      await turn();
      if (cancelled()) throw new AnalysisCancelled();
      sliceStart = performance.now();
    }
  }
}
