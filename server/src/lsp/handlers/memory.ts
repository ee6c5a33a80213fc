/**
 * Gives memory back after a big document: its analyses leave some hundred megabytes of garbage (a 10 MB
 * report and a few dozen edits: 210 MB of heap), and an idle server never collects it. V8 collects when
 * new objects are made; a server waiting for the next keystroke makes none, so the process kept 310 MB
 * after the report closed, for as long as it ran (measured 2026-12-03, dist/server.js started as VS Code
 * starts it, without --expose-gc). Full collections once the document has closed or the edits have paused
 * bring the heap back to what is in use, and V8 then returns most of the freed pages.
 */
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import type { TextDocuments } from 'vscode-languageserver';
import type { HandlerModule } from '../context';
import type { ReportDocument } from '../reportDocument';

/** Documents from this many UTF-16 code units on leave enough garbage to be worth a collection (some 3 MB of UTF-8). */
export const BIG_DOCUMENT = 1_000_000;
/** After a big document closes: long enough for a burst of closes (a window closing) to make one collection. */
export const AFTER_CLOSE_MS = 1000;
/** After the last edit of a big document: a pause in typing, not a pause between keystrokes. */
export const AFTER_EDITS_MS = 5000;

/**
 * Collections per pause: the second, once the first has been swept, finds the pages that held only garbage
 * and gives them back (a 10 MB report closed after edits: 144 MB RSS a few seconds after one collection,
 * 125 MB after two; 62 MB before it opened).
 */
export const COLLECTIONS = 2;

/** Timers, replaceable in tests. */
export interface Timers {
  setTimeout(fn: () => void, ms: number): { unref?(): void };
  clearTimeout(t: unknown): void;
}

/** Runs full garbage collections a while after a big document closed or stopped changing. */
export class IdleCollector {
  private timer: ReturnType<Timers['setTimeout']> | undefined;

  constructor(private readonly collect: () => void, private readonly timers: Timers = globalThis) {}

  /** A document of `length` code units closed. */
  closed(length: number): void {
    if (length >= BIG_DOCUMENT) this.schedule(AFTER_CLOSE_MS);
  }

  /** A document of `length` code units changed. */
  changed(length: number): void {
    if (length >= BIG_DOCUMENT) this.schedule(AFTER_EDITS_MS);
  }

  private schedule(ms: number, rounds = COLLECTIONS): void {
    this.timers.clearTimeout(this.timer);
    this.timer = this.timers.setTimeout(() => {
      this.timer = undefined;
      this.collect();
      if (rounds > 1) this.schedule(AFTER_CLOSE_MS, rounds - 1);
    }, ms);
    // A collection is no reason to keep the process alive.
    this.timer.unref?.();
  }
}

/**
 * The engine's full collection: `gc` when node was started with --expose-gc (the benchmark does), else the
 * same function made available at run time (V8 gives it to contexts made after the flag is set).
 */
export function fullCollection(): () => void {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (exposed) return exposed;
  v8.setFlagsFromString('--expose-gc');
  return vm.runInNewContext('gc') as () => void;
}

/**
 * Tells the collector when big documents close or are edited. Opening one is not an edit, though
 * TextDocuments reports every open as a change too: a collection 5 s after a 50 MB report opened fell
 * while it was still analysed and checked, and with all of its analysis alive each of the two held the
 * event loop 160–200 ms (55–60 ms for 10 MB; measured 2026-12-03 with a PerformanceObserver on `gc`).
 */
export function watchDocuments(documents: TextDocuments<ReportDocument>, collector: IdleCollector): void {
  documents.onDidClose((e) => collector.closed(e.document.snapshot().length));
  documents.onDidChangeContent((e) => {
    // Revision 0 is the text as it was opened (ReportDocument counts updates from there).
    if (e.document.revision > 0) collector.changed(e.document.snapshot().length);
  });
}

export const registerMemoryRelease: HandlerModule = ({ documents }) => {
  let collect: (() => void) | undefined;
  watchDocuments(documents, new IdleCollector(() => (collect ??= fullCollection())()));
};
