/**
 * Long computations of the core are generators that yield between slices of work ("steps"), so a
 * server can pause them to answer other requests, and drop them when the document changed.
 * Callers that do not need to pause (the CLI, tests) run them to the end with `finish`.
 */
export type Steps<T> = Generator<void, T, void>;

/** Runs a step generator to completion, synchronously, and returns its result. */
export function finish<T>(steps: Steps<T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}
