/**
 * Drives the core's step generators (core/steps.ts) on the server's event loop: work runs in
 * slices of a few milliseconds, with a turn for other requests between slices, and stops as soon as
 * nobody wants its result any more.
 */
import type { Steps } from '../core/steps';

export class AnalysisCancelled extends Error {
  constructor() {
    super('analysis cancelled');
  }
}

/** Work longer than this without a turn for other requests would be felt (the target is < 50 ms). */
const SLICE_MS = 8;

/**
 * Runs the core's step generators for one server: its long runs (a big report's analysis, its outline,
 * the workspace index, the parse of a big message) take turns with each other and with requests.
 */
export class StepRunner {
  /** Work that took a turn and waits to go on, oldest first. */
  private readonly waiting: (() => void)[] = [];
  private pumping = false;
  /**
   * When the current slice began, if one is running: all runs that go on in one task of the event loop share
   * it. A run that finishes hands over to whatever awaited it in the same task (the checks after an analysis,
   * the next part of a document's results), and runs started together start together: each with a slice of
   * its own, three of them held the event loop 30-45 ms.
   */
  private sliceStart: number | undefined;
  private readonly endSlice = (): void => {
    this.sliceStart = undefined;
  };

  /**
   * Lets the event loop handle what arrived (requests, notifications) before going on.
   *
   * Several runs take turns: each turn resumes one of them, oldest first, and the next waits for a later
   * round of the event loop. With a plain setImmediate per run, all of them would resume in the same
   * round and a request would wait for a slice of each.
   *
   * A round of Node's event loop reads input, then runs the immediates queued until then, in the
   * order they were queued. vscode-jsonrpc handles each message it reads in an immediate, which the
   * work's own immediate, queued in the round before, would precede: a request would wait for the
   * slice that was running when it came and for one more. So the work hops: its first immediate only
   * queues a second, which runs after the messages read in between.
   */
  turn(): Promise<void> {
    return new Promise<void>((resolve) => {
      this.waiting.push(resolve);
      if (!this.pumping) {
        this.pumping = true;
        setImmediate(this.resumeOne);
      }
    });
  }

  private readonly resumeOne = (): void => {
    setImmediate(() => {
      // The resumed work runs as a microtask right after this callback.
      this.waiting.shift()?.();
      if (this.waiting.length) setImmediate(this.resumeOne);
      else this.pumping = false;
    });
  };

  /**
   * Runs a step generator to its end, giving the event loop a turn whenever the slice of work has taken
   * SLICE_MS (its own, or that of a run it follows in the same task), and rejecting with AnalysisCancelled
   * as soon as `cancelled()` says so.
   */
  async run<T>(steps: Steps<T>, cancelled: () => boolean = () => false): Promise<T> {
    for (;;) {
      if (this.sliceTaken() >= SLICE_MS) {
        await this.turn();
        if (cancelled()) throw new AnalysisCancelled();
      }
      const r = steps.next();
      if (r.done) return r.value;
    }
  }

  /**
   * Milliseconds of the current slice spent, starting a slice if none runs. It ends with the task that started
   * it: an immediate queued now runs once that task is over, before the turn of any run that waits.
   */
  private sliceTaken(): number {
    const now = performance.now();
    if (this.sliceStart === undefined) {
      this.sliceStart = now;
      setImmediate(this.endSlice);
    }
    return now - this.sliceStart;
  }

  /** Like run, but a cancelled run gives undefined instead of an error. */
  async runOrDrop<T>(steps: Steps<T>, cancelled: () => boolean): Promise<T | undefined> {
    try {
      return await this.run(steps, cancelled);
    } catch (e) {
      if (e instanceof AnalysisCancelled) return undefined;
      throw e;
    }
  }
}
