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

/** What a step aims to take: the server gives other work a turn after some 8 ms of steps (lsp/runSteps.ts). */
const STEP_MS = 2;

/**
 * How much work the next step of a generator does, from how fast the last one went: a step takes about
 * STEP_MS, however fast the code runs. In a new process the core's code is not compiled yet and runs 10–40
 * times slower than later: a step sized for compiled code (16 KB of text) held a new server for 95–130 ms.
 * Sizes are in the caller's unit (characters, blocks); the first step does `min`.
 */
export class StepSizer {
  /** The work to do in the next step, as the pace goes (read `next`). */
  size: number;
  private started = 0;
  /** Units counted by `tick` in the current step. */
  private count = 0;

  constructor(
    private readonly min: number,
    private readonly max: number,
  ) {
    this.size = min;
  }

  /** The work to do in the next step: `size`, or the size a test fixed (withStepSize). */
  get next(): number {
    return fixedSize ?? this.size;
  }

  /** A step begins. */
  start(): void {
    this.started = performance.now();
  }

  /**
   * Counts one unit of work of a loop that yields between steps: true when the step is done (the caller
   * yields; the next unit starts the next step).
   */
  tick(): boolean {
    if (this.count === 0) this.started = performance.now();
    if (++this.count < this.next) return false;
    this.end(this.count);
    this.count = 0;
    return true;
  }

  /** The step that began at `start` did `done` units of work. */
  end(done: number): void {
    const ms = performance.now() - this.started;
    this.size = Math.max(this.min, Math.min(this.max, Math.round((done * STEP_MS) / Math.max(ms, 0.01))));
  }
}

let fixedSize: number | undefined;

/**
 * Runs `fn` with every StepSizer's steps of `size` units (tests: what the core finds must not depend on
 * where its steps end).
 */
export function withStepSize<T>(size: number, fn: () => T): T {
  const before = fixedSize;
  fixedSize = size;
  try {
    return fn();
  } finally {
    fixedSize = before;
  }
}
