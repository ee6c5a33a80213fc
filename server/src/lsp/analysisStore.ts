/**
 * Analyses per document: one run per revision, incremental from the last finished analysis.
 * A newer revision cancels the run of an older one; long runs give the event loop a turn between
 * steps, so requests keep being answered while a huge document is analysed.
 *
 * Everything here is keyed by the document's revision (ReportDocument.revision: how many updates it
 * has had), never by the version the client sends: a client may send a version twice or go back
 * (1, 2, 1, 2, 3), and an analysis cached under "version 2" would then be served for another text.
 * Revisions only grow, so the walk from one analysis to the next through the edits cannot loop either.
 *
 * Two levels: `get` is the per-paragraph analysis (enough for decorations), `prepared` adds the
 * whole-document results a request needs (organisations resolved, the outline), built in steps too.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { AnalysisProgress, Analyzer, DocumentAnalysis, WHOLE_DOCUMENT, type AnalysisText, type AnalyzeOptions, type TextEdit, type WholeDocumentPart } from '../core/analyze';
import { ReportDocument } from './reportDocument';
import { ChunkedList } from '../core/chunkedList';
import type { TermMatcher } from '../core/terms';
import { BINARY_CHECK, looksBinary, looksMisdecoded } from '../core/inputCheck';
import { AnalysisCancelled, type StepRunner } from './runSteps';
import type { Steps } from '../core/steps';

interface Run {
  revision: number;
  promise: Promise<DocumentAnalysis>;
  cancelled: boolean;
  progress: AnalysisProgress;
  /** Callers waiting for the run to get past an offset; each returns true once it is served. */
  waiters: (() => boolean)[];
}

interface Entry {
  /** The document object the entry is about: a didOpen of the same URI without a close makes a new one. */
  doc: TextDocument;
  run?: Run;
  /**
   * The run that analyses the document from scratch (there is no finished analysis to start from),
   * while it lasts. A newer revision does not cancel it: it would only start from scratch again, and
   * typing faster than a big report is analysed would starve it. Newer runs wait for it and then
   * analyse incrementally from its result.
   */
  base?: Run;
  /** The newest finished analysis and its revision. */
  done?: { revision: number; analysis: DocumentAnalysis };
  /** Batches of edits, each taking the document from one revision to the next (`to` > `from`). */
  edits: { from: number; to: number; edits: TextEdit[] }[];
}

/**
 * At most this many batches of edits are kept while no analysis finishes; past that they are dropped and
 * the next analysis starts from scratch (a client that sends edits faster than anything is analysed
 * cannot grow the server's memory without bound).
 */
export const MAX_EDIT_BATCHES = 10_000;

/** The revision of a document: ReportDocument counts its updates; another TextDocument has only its version. */
function revisionOf(doc: TextDocument): number {
  return doc instanceof ReportDocument ? doc.revision : doc.version;
}

export class AnalysisStore {
  private entries = new Map<string, Entry>();

  constructor(
    private readonly runner: StepRunner,
    private readonly matcher: () => TermMatcher,
    private readonly options: (uri: string) => Promise<AnalyzeOptions>,
    private readonly logError: (what: string, e: unknown) => void = () => undefined,
  ) {}

  /**
   * Records edits as the document receives them (`from` and `to`: its revisions before and after), so
   * the next analysis can be incremental. A batch that does not lead forward is not kept.
   */
  recordEdits(uri: string, from: number, to: number, edits: TextEdit[]): void {
    const entry = this.entries.get(uri);
    if (!entry || to <= from) return;
    if (entry.edits.length >= MAX_EDIT_BATCHES) entry.edits = [];
    entry.edits.push({ from, to, edits });
  }

  /** The analysis of the document's current revision, started if need be. */
  get(doc: TextDocument): Promise<DocumentAnalysis> {
    let entry = this.entries.get(doc.uri);
    if (entry && entry.doc !== doc) {
      // The URI was opened again without being closed: nothing of the old document applies.
      this.close(doc.uri);
      entry = undefined;
    }
    const revision = revisionOf(doc);
    if (entry?.done?.revision === revision) return Promise.resolve(entry.done.analysis);
    // Documents change in place: take text and revision now, not after the first await. An open
    // document's text is a PieceText, which the analysis of an edit reads only around the edit.
    const text = doc instanceof ReportDocument ? doc.snapshot() : doc.getText();
    if (entry?.run && entry.run.revision === revision && !entry.run.cancelled) return entry.run.promise;
    if (entry?.run && entry.run !== entry.base) entry.run.cancelled = true;
    if (!entry) {
      entry = { doc, edits: [] };
      this.entries.set(doc.uri, entry);
      if (doc instanceof ReportDocument) this.indexLines(doc);
    }
    const run: Run = { revision, cancelled: false, promise: undefined as unknown as Promise<DocumentAnalysis>, progress: new AnalysisProgress(), waiters: [] };
    const base = entry.base && !entry.base.cancelled ? entry.base : undefined;
    if (!base && !entry.done) entry.base = run;
    const started = entry;
    run.promise = this.execute(doc.uri, text, entry, run, base).finally(() => {
      if (started.base === run) started.base = undefined;
    });
    // A cancelled run that nobody awaits must not surface as an unhandled rejection.
    run.promise.catch(() => undefined);
    entry.run = run;
    return run.promise;
  }

  /**
   * An analysis that covers the document's current revision up to offset `end` at least: while a
   * fresh analysis of a big document runs, the blocks it has done once they reach `end` (enough to
   * decorate the first screen), else the finished analysis.
   */
  upTo(doc: TextDocument, end: number): Promise<DocumentAnalysis> {
    const whole = this.get(doc);
    const run = this.entries.get(doc.uri)?.run;
    if (!run || run.revision !== revisionOf(doc) || run.cancelled) return whole;
    const covered = () => (run.progress.snapshot && run.progress.analysedTo >= end ? run.progress.snapshot() : undefined);
    const now = covered();
    if (now) return Promise.resolve(now);
    return new Promise<DocumentAnalysis>((resolve, reject) => {
      run.waiters.push(() => {
        const partial = covered();
        if (partial) resolve(partial);
        return !!partial;
      });
      whole.then(resolve, reject);
    });
  }

  /**
   * The analysis with the whole-document results a request needs computed (organisations resolved,
   * the outline, …), in steps; each result once per analysis, shared by the requests that wait for
   * it. `stale` stops the work when nobody will want it any more.
   */
  async prepared(analysis: DocumentAnalysis, parts: readonly WholeDocumentPart[] = WHOLE_DOCUMENT, stale: () => boolean = () => false): Promise<DocumentAnalysis> {
    let pending = this.preparing.get(analysis);
    if (!pending) this.preparing.set(analysis, (pending = new Map()));
    const waits: Promise<void>[] = [];
    for (const part of parts) {
      if (analysis.has(part)) continue;
      let p = pending.get(part);
      if (!p) {
        p = this.runner.run(analysis.prepare([part]), stale);
        const started = p;
        p.catch(() => pending!.get(part) === started && pending!.delete(part));
        pending.set(part, p);
      }
      waits.push(p);
    }
    await Promise.all(waits);
    return analysis;
  }

  private preparing = new WeakMap<DocumentAnalysis, Map<WholeDocumentPart, Promise<void>>>();

  /**
   * Finds a document's line starts in slices beside its first analysis, so that no request finds them all at
   * once (requests find those they need first; see ReportDocument).
   */
  private indexLines(doc: ReportDocument): void {
    this.runner.runOrDrop(doc.indexLines(), () => this.entries.get(doc.uri)?.doc !== doc).catch((e: unknown) => this.logError('finding the line starts', e));
  }

  /** Forgets a closed document. */
  close(uri: string): void {
    const entry = this.entries.get(uri);
    if (entry?.run) entry.run.cancelled = true;
    if (entry?.base) entry.base.cancelled = true;
    this.entries.delete(uri);
  }

  /** Drops every analysis (the glossary or the settings changed); open documents are analysed again on demand. */
  invalidateAll(): void {
    for (const entry of this.entries.values()) for (const run of [entry.run, entry.base]) if (run) run.cancelled = true;
    this.entries.clear();
  }

  private async execute(uri: string, text: AnalysisText, entry: Entry, run: Run, base?: Run): Promise<DocumentAnalysis> {
    // After the analysis from scratch, this one starts from its result.
    if (base) await base.promise.catch(() => undefined);
    const options = await this.options(uri);
    if (run.cancelled) throw new AnalysisCancelled();
    let analysis: DocumentAnalysis;
    const head = text.slice(0, BINARY_CHECK);
    if (looksBinary(head)) {
      const misdecoded = looksMisdecoded(head);
      analysis = new DocumentAnalysis(text, new Int32Array(0), new Int32Array(0), new Int32Array(0), ChunkedList.from([]), 0, [
        misdecoded
          ? { code: 'encoding', message: 'The document is mostly characters that could not be decoded (another encoding read as UTF-8); it was not analysed.' }
          : { code: 'binary', message: 'The document looks like a binary file; it was not analysed.' },
      ]);
    } else {
      const analyzer = new Analyzer(this.matcher(), options);
      const prev = entry.done;
      const edits = prev ? editsBetween(entry.edits, prev.revision, run.revision) : undefined;
      const steps = analyzer.analyzeSteps(text, edits && prev!.analysis, edits, run.progress);
      analysis = await this.runner.run(servingWaiters(steps, run), () => run.cancelled);
    }
    // Only into the entry that is still the document's: a closed or reopened document has a new one.
    if (this.entries.get(uri) === entry && (!entry.done || entry.done.revision < run.revision)) {
      entry.done = { revision: run.revision, analysis };
      entry.edits = entry.edits.filter((b) => b.from >= run.revision);
    }
    return analysis;
  }
}

/** The steps of a run, serving the callers that wait for it to get past an offset after each one. */
function* servingWaiters<T>(steps: Steps<T>, run: Run): Steps<T> {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    if (run.waiters.length) run.waiters = run.waiters.filter((served) => !served());
    yield;
  }
}

/**
 * The edits that lead from revision `from` to revision `to`, or undefined if some are missing. Each step
 * moves strictly forward, so the walk ends after at most `to - from` steps whatever the batches hold.
 */
export function editsBetween(batches: readonly { from: number; to: number; edits: TextEdit[] }[], from: number, to: number): TextEdit[] | undefined {
  if (to < from) return undefined;
  const out: TextEdit[] = [];
  let at = from;
  while (at < to) {
    const next = batches.find((b) => b.from === at && b.to > at);
    if (!next || next.to > to) return undefined;
    for (const e of next.edits) out.push(e);
    at = next.to;
  }
  return out;
}
