/**
 * `--jobs N`: worker threads that annotate files and batches of records side by side. A worker runs this
 * same bundle (dist/cli.js is one file, also as an npm package), told apart from the command by
 * `isPoolWorker`; it makes its own analyzer and answers one unit of work at a time.
 * Answers come back in any order; the caller puts them back in the order of the units (OrderedWindow).
 */
import { availableParallelism } from 'node:os';
import { Worker, isMainThread, parentPort, workerData, type TransferListItem } from 'node:worker_threads';
import { UsageError } from './args';

/** The marker in workerData that makes a thread of this bundle a worker of the pool. */
const POOL = 'reportLensPool';

/** The number of worker threads --jobs asks for (a positive whole number). */
export function parseJobs(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < 1) throw new UsageError('--jobs needs a whole number of threads, 1 or more (got "{0}")', value);
  return n;
}

/** The processor cores this process may use: the most threads --jobs starts by default. */
export function coreCount(): number {
  return availableParallelism();
}

/**
 * Bytes of input that each thread after the first needs before it saves more than it costs, when --jobs is
 * not given. A new thread compiles the analysis code for itself: it spends about 1.5 s of CPU time before
 * it runs at full speed, on cores that one thread alone already keeps 1.2-1.5 busy (the collector's and
 * the compiler's threads). On the 2-core machine of the benchmark (2026-12-04), folders of reports took
 * longer with --jobs 2 than with --jobs 1 at 5 MB (0.72×), 10 MB (0.78×) and 20 MB (0.88-0.91×), and
 * less at 40 MB (1.07-1.12×).
 */
export const BYTES_PER_THREAD = 32 * 1024 * 1024;

/** The threads worth starting for `bytes` of input in `units` units on `cores` cores (see BYTES_PER_THREAD). */
export function threadsWorth(bytes: number, units: number, cores: number): number {
  return Math.max(1, Math.min(cores, units, 1 + Math.floor(bytes / BYTES_PER_THREAD)));
}

/** True in a thread a WorkerPool started. */
export function isPoolWorker(): boolean {
  return !isMainThread && typeof workerData === 'object' && workerData !== null && POOL in workerData;
}

/** What a worker sends back for one unit. */
type Reply<R> = { id: number; result: R } | { id: number; error: string };

interface Pending<R> {
  resolve: (r: R) => void;
  reject: (e: Error) => void;
}

interface PoolWorker<R> {
  worker: Worker;
  pending: Map<number, Pending<R>>;
  /** Resolves when the thread has ended. */
  exited: Promise<void>;
}

/**
 * Units a worker is given at a time: the one it works on and the next, which it starts without waiting
 * for this thread (busy with a unit of its own) to read its answer and send it another.
 */
const QUEUED = 2;

/**
 * Worker threads running this script (`file`: the bundle), started when there is work for them, at most
 * `size`. A worker is given up to QUEUED units, so it starts its next one as soon as it has answered one,
 * without waiting for this thread. When every worker has its fill, the calling thread answers the unit
 * itself with `local`, one at a time: it takes a share of the work instead of waiting, and one thread fewer
 * is started (each costs some 50 MB and its own warm-up of the analysis code). `data` reaches each worker's
 * handler (see serveWorker).
 */
export class WorkerPool<U, R> {
  private readonly workers: PoolWorker<R>[] = [];
  private next = 0;
  private failure: Error | undefined;
  /** Whether this thread is answering a unit. */
  private localBusy = false;
  /** Units waiting for a worker or this thread to have room. */
  private readonly waiting: (() => void)[] = [];
  /** How many workers may be started now (at most `size`; see `allow`). */
  private allowed: number;

  constructor(
    private readonly file: string,
    private readonly size: number,
    private readonly data: unknown,
    private readonly local: (unit: U) => Promise<R>,
  ) {
    this.allowed = size;
  }

  /**
   * Lets the pool start up to `workers` workers (at most its size; those started stay): a pool that is
   * allowed none answers every unit in the calling thread. For input whose length is not known at the
   * start (a stream), the caller allows more as the input turns out to be long enough to share.
   */
  allow(workers: number): void {
    this.allowed = Math.max(0, Math.min(this.size, workers));
  }

  /**
   * Gives a unit to a worker, or answers it here when every worker has its fill; resolves once the unit is
   * placed (after this thread's answer when it is answered here), with its answer to come. `transfer`
   * lists buffers handed over to a worker (no longer usable here).
   */
  async place(unit: U, transfer: readonly TransferListItem[] = []): Promise<{ answer: Promise<R> }> {
    for (;;) {
      if (this.failure) throw this.failure;
      let w = this.pick();
      if (!w) {
        // While this thread answered a unit, workers may have answered theirs: their replies wait in the
        // event loop, and until they are read the workers look full and would sit idle.
        await new Promise((resolve) => setImmediate(resolve));
        w = this.pick();
      }
      if (w) return { answer: this.send(w, unit, transfer) };
      if (!this.localBusy) return { answer: this.answerHere(unit) };
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
  }

  private send(w: PoolWorker<R>, unit: U, transfer: readonly TransferListItem[]): Promise<R> {
    const id = this.next++;
    return new Promise<R>((resolve, reject) => {
      w.pending.set(id, { resolve, reject });
      w.worker.postMessage({ id, unit }, [...transfer]);
    });
  }

  private async answerHere(unit: U): Promise<R> {
    this.localBusy = true;
    try {
      return await this.local(unit);
    } finally {
      this.localBusy = false;
      this.wake();
    }
  }

  /** Lets the units waiting for a place try again. */
  private wake(): void {
    for (const resolve of this.waiting.splice(0)) resolve();
  }

  /** Lets the workers finish and end; resolves when they have. */
  async close(): Promise<void> {
    await Promise.all(
      this.workers.map(({ worker, exited }) => {
        worker.postMessage({ close: true });
        return exited;
      }),
    );
  }

  /** An idle worker, a new one while there may be more, else the one with the fewest units if it has room; else none. */
  private pick(): PoolWorker<R> | undefined {
    let least: PoolWorker<R> | undefined;
    for (const w of this.workers) if (!least || w.pending.size < least.pending.size) least = w;
    if (least?.pending.size === 0) return least;
    if (this.workers.length < this.allowed) return this.start();
    return least && least.pending.size < QUEUED ? least : undefined;
  }

  private start(): PoolWorker<R> {
    const worker = new Worker(this.file, { workerData: { [POOL]: this.data } });
    const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
    const w: PoolWorker<R> = { worker, pending: new Map(), exited };
    const failAll = (e: Error) => {
      this.failure ??= e;
      for (const p of w.pending.values()) p.reject(e);
      w.pending.clear();
      this.wake();
    };
    worker.on('message', (reply: Reply<R>) => {
      const p = w.pending.get(reply.id);
      if (!p) return;
      w.pending.delete(reply.id);
      this.wake();
      if ('error' in reply) p.reject(new Error(`in a worker thread: ${reply.error}`));
      else p.resolve(reply.result);
    });
    worker.on('error', failAll);
    worker.on('exit', (code) => {
      if (w.pending.size) failAll(new Error(`a worker thread ended (exit code ${code}) with ${w.pending.size} unit(s) unanswered`));
    });
    this.workers.push(w);
    return w;
  }
}

/** A handler's answer to a unit, and the buffers to hand over with it instead of copying them. */
export interface Handled<R> {
  result: R;
  transfer?: TransferListItem[];
}

/**
 * In a worker thread: answers each unit the pool sends with `handle(unit, data)`, one at a time, until the
 * pool closes; resolves with the exit status then. A unit that fails is answered with its error's stack,
 * which the pool turns into a rejection.
 */
export function serveWorker<U, R, D>(handle: (unit: U, data: D) => Promise<Handled<R>>): Promise<number> {
  const port = parentPort;
  if (!port) throw new Error('serveWorker runs in a worker thread');
  const data = (workerData as Record<string, D>)[POOL];
  let queue = Promise.resolve();
  return new Promise((resolve) => {
    port.on('message', (msg: { id: number; unit: U } | { close: true }) => {
      if ('close' in msg) {
        void queue.then(() => {
          port.close();
          resolve(0);
        });
        return;
      }
      queue = queue.then(async () => {
        try {
          const { result, transfer } = await handle(msg.unit, data);
          port.postMessage({ id: msg.id, result } satisfies Reply<R>, transfer);
        } catch (e) {
          port.postMessage({ id: msg.id, error: String((e as Error)?.stack ?? e) } satisfies Reply<R>);
        }
      });
    });
  });
}

/**
 * Answers written in the order their units were given, while later ones are worked on: at most `depth`
 * are outstanding, so input is read only as fast as output is written.
 */
export class OrderedWindow<R> {
  private readonly queue: Promise<R>[] = [];

  constructor(private readonly depth: number, private readonly write: (r: R) => Promise<void>) {}

  /** Adds the next answer; waits while the window is full, writing the oldest. */
  async push(answer: Promise<R>): Promise<void> {
    // A rejection is handled when its turn comes; until then it must not count as unhandled.
    answer.catch(() => undefined);
    this.queue.push(answer);
    while (this.queue.length > this.depth) await this.write(await this.queue.shift()!);
  }

  /** Writes every answer still outstanding. */
  async flush(): Promise<void> {
    while (this.queue.length) await this.write(await this.queue.shift()!);
  }
}
