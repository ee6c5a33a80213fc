/**
 * Gives memory back after a big document closes: its analyses leave some hundred megabytes of garbage (a
 * 10 MB report and a few dozen edits: 210 MB of heap), and an idle server never collects it. V8 collects
 * when new objects are made; a server waiting for the next message makes none, so the process kept 310 MB
 * after the report closed, for as long as it ran (measured 2026-12-03, dist/server.js started as VS Code
 * starts it, without --expose-gc). A series of collections once no big document is open brings the heap
 * back to what is in use, and V8 then returns the freed pages.
 *
 * Only then: a full collection with a big document's analysis alive holds the event loop 55–60 ms for 10 MB
 * and 160–200 ms for 50 MB (measured 2026-12-03 with a PerformanceObserver on `gc`), past the 50 ms any
 * request may wait. While a big document is open, its garbage is V8's to collect, incrementally, as the
 * next edits allocate; with none open, the live heap is small and a collection takes a few milliseconds.
 */
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import type { TextDocuments } from 'vscode-languageserver';
import type { HandlerModule } from '../context';
import type { ReportDocument } from '../reportDocument';

/** Documents from this many UTF-16 code units on leave enough garbage to be worth a collection (some 3 MB of UTF-8). */
export const BIG_DOCUMENT = 1_000_000;
/** After a big document closes: long enough for a burst of closes (a window closing) to make one series. */
export const AFTER_CLOSE_MS = 250;
/** Between the full collections of a series. */
export const BETWEEN_FULL_MS = 250;
/** Between the minor collections that end a series. */
export const BETWEEN_MINOR_MS = 50;

/**
 * Full collections per series. V8 gives a page back to the system at the collection after the one that
 * found it empty, once sweeping has finished: a 10 MB report closed after edits, RSS in MB from /proc
 * every 250 ms with one collection a second (the schedule before): 206, 161 after the first, 140 after the
 * second and third; idle before it opened, 64 (measured 2026-12-03).
 */
export const FULL_COLLECTIONS = 3;

/**
 * Minor collections that end a series. The last 32 MB of those 140 are V8's young generation, which it
 * shrinks only when the rate of allocation over its last ten collections is low; after a big document's
 * work, those ten were busy. Ten minor collections of an empty young generation (under a millisecond each)
 * make the rate the present one: 137 MB → 105 MB half a second later (measured 2026-12-03).
 */
export const MINOR_COLLECTIONS = 10;

/** The engine's collections. */
export interface Collections {
  full(): void;
  minor(): void;
}

/** Timers, replaceable in tests. */
export interface Timers {
  setTimeout(fn: () => void, ms: number): { unref?(): void };
  clearTimeout(t: unknown): void;
}

/** Runs a series of garbage collections a little after a big document closed, when no big document is open. */
export class IdleCollector {
  private timer: ReturnType<Timers['setTimeout']> | undefined;

  constructor(
    private readonly collect: Collections,
    /** Whether a big document is open (a collection would then block too long, see the file's comment). */
    private readonly bigOpen: () => boolean = () => false,
    private readonly timers: Timers = globalThis,
  ) {}

  /** A document of `length` code units closed. */
  closed(length: number): void {
    if (length >= BIG_DOCUMENT) this.schedule(AFTER_CLOSE_MS, 0);
  }

  /** Step `step` of the series (full collections first, then minor ones) in `ms`. */
  private schedule(ms: number, step: number): void {
    this.timers.clearTimeout(this.timer);
    this.timer = this.timers.setTimeout(() => {
      this.timer = undefined;
      // Checked when the time comes: a big document opened meanwhile ends the series.
      if (this.bigOpen()) return;
      if (step < FULL_COLLECTIONS) this.collect.full();
      else this.collect.minor();
      const next = step + 1;
      if (next < FULL_COLLECTIONS + MINOR_COLLECTIONS) this.schedule(next < FULL_COLLECTIONS ? BETWEEN_FULL_MS : BETWEEN_MINOR_MS, next);
    }, ms);
    // A collection is no reason to keep the process alive.
    this.timer.unref?.();
  }
}

/**
 * The engine's collections: `gc` when node was started with --expose-gc (the benchmark does), else the same
 * function made available at run time (V8 gives it to contexts made after the flag is set).
 */
export function engineCollections(): Collections {
  let gc = (globalThis as { gc?: (options?: { type: 'minor' }) => void }).gc;
  if (!gc) {
    v8.setFlagsFromString('--expose-gc');
    gc = vm.runInNewContext('gc') as (options?: { type: 'minor' }) => void;
  }
  const collect = gc;
  return { full: () => collect(), minor: () => collect({ type: 'minor' }) };
}

/** Tells the collector when documents close. */
export function watchDocuments(documents: TextDocuments<ReportDocument>, collector: IdleCollector): void {
  documents.onDidClose((e) => collector.closed(e.document.snapshot().length));
}

/** Whether one of the open documents is big (see BIG_DOCUMENT). */
export function bigDocumentOpen(documents: TextDocuments<ReportDocument>): boolean {
  return documents.all().some((d) => d.snapshot().length >= BIG_DOCUMENT);
}

export const registerMemoryRelease: HandlerModule = ({ documents }) => {
  let engine: Collections | undefined;
  const collections: Collections = { full: () => (engine ??= engineCollections()).full(), minor: () => (engine ??= engineCollections()).minor() };
  watchDocuments(documents, new IdleCollector(collections, () => bigDocumentOpen(documents)));
};
