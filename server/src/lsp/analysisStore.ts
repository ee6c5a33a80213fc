/**
 * Analyses per document: one run per version, incremental from the last finished analysis.
 * A newer version cancels the run of an older one; long runs give the event loop a turn between
 * steps, so requests keep being answered while a huge document is analysed.
 *
 * Two levels: `get` is the per-paragraph analysis (enough for decorations), `prepared` adds the
 * whole-document results a request needs (organisations resolved, the outline), built in steps too.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { AnalysisProgress, Analyzer, DocumentAnalysis, WHOLE_DOCUMENT, type AnalysisText, type AnalyzeOptions, type TextEdit, type WholeDocumentPart } from '../core/analyze';
import { ReportDocument } from './reportDocument';
import type { TermMatcher } from '../core/terms';
import { BINARY_CHECK, looksBinary } from '../core/inputCheck';
import { AnalysisCancelled, type StepRunner } from './runSteps';
import type { Steps } from '../core/steps';

interface Run {
  version: number;
  promise: Promise<DocumentAnalysis>;
  cancelled: boolean;
  progress: AnalysisProgress;
  /** Callers waiting for the run to get past an offset; each returns true once it is served. */
  waiters: (() => boolean)[];
}

interface Entry {
  run?: Run;
  /**
   * The run that analyses the document from scratch (there is no finished analysis to start from),
   * while it lasts. A newer version does not cancel it: it would only start from scratch again, and
   * typing faster than a big report is analysed would starve it. Newer runs wait for it and then
   * analyse incrementally from its result.
   */
  base?: Run;
  /** The newest finished analysis and its version. */
  done?: { version: number; analysis: DocumentAnalysis };
  /** Batches of edits, each taking the document from one version to the next. */
  edits: { from: number; to: number; edits: TextEdit[] }[];
}

export class AnalysisStore {
  private entries = new Map<string, Entry>();

  constructor(
    private readonly runner: StepRunner,
    private readonly matcher: () => TermMatcher,
    private readonly options: (uri: string) => Promise<AnalyzeOptions>,
  ) {}

  /** Records edits as the document receives them, so the next analysis can be incremental. */
  recordEdits(uri: string, from: number, to: number, edits: TextEdit[]): void {
    this.entries.get(uri)?.edits.push({ from, to, edits });
  }

  /** The analysis of the document's current version, started if need be. */
  get(doc: TextDocument): Promise<DocumentAnalysis> {
    let entry = this.entries.get(doc.uri);
    if (entry?.done?.version === doc.version) return Promise.resolve(entry.done.analysis);
    // Documents change in place: take text and version now, not after the first await. An open
    // document's text is a PieceText, which the analysis of an edit reads only around the edit.
    const text = doc instanceof ReportDocument ? doc.snapshot() : doc.getText();
    const version = doc.version;
    if (entry?.run && entry.run.version === version && !entry.run.cancelled) return entry.run.promise;
    if (entry?.run && entry.run !== entry.base) entry.run.cancelled = true;
    if (!entry) {
      entry = { edits: [] };
      this.entries.set(doc.uri, entry);
    }
    const run: Run = { version, cancelled: false, promise: undefined as unknown as Promise<DocumentAnalysis>, progress: new AnalysisProgress(), waiters: [] };
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
   * An analysis that covers the document's current version up to offset `end` at least: while a
   * fresh analysis of a big document runs, the blocks it has done once they reach `end` (enough to
   * decorate the first screen), else the finished analysis.
   */
  upTo(doc: TextDocument, end: number): Promise<DocumentAnalysis> {
    const whole = this.get(doc);
    const run = this.entries.get(doc.uri)?.run;
    if (!run || run.version !== doc.version || run.cancelled) return whole;
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
    if (looksBinary(text.slice(0, BINARY_CHECK))) {
      analysis = new DocumentAnalysis(text, new Int32Array(0), new Int32Array(0), new Int32Array(0), [], 0, [
        { code: 'binary', message: 'The document looks like a binary file; it was not analysed.' },
      ]);
    } else {
      const analyzer = new Analyzer(this.matcher(), options);
      const prev = entry.done;
      const edits = prev ? editsBetween(entry.edits, prev.version, run.version) : undefined;
      const steps = analyzer.analyzeSteps(text, edits && prev!.analysis, edits, run.progress);
      analysis = await this.runner.run(servingWaiters(steps, run), () => run.cancelled);
    }
    if (!entry.done || entry.done.version < run.version) {
      entry.done = { version: run.version, analysis };
      entry.edits = entry.edits.filter((b) => b.from >= run.version);
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

/** The edits that lead from version `from` to version `to`, or undefined if some are missing. */
function editsBetween(batches: Entry['edits'], from: number, to: number): TextEdit[] | undefined {
  const out: TextEdit[] = [];
  let at = from;
  while (at !== to) {
    const next = batches.find((b) => b.from === at);
    if (!next || next.to > to) return undefined;
    out.push(...next.edits);
    at = next.to;
  }
  return out;
}
