/**
 * Analyses per document: one analyzer (with its block cache) per open document, one run per version.
 * A newer version cancels the run of an older one; long runs give the event loop a turn between steps,
 * so requests keep being answered while a huge document is analysed.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { Analyzer, type AnalyzeOptions } from './core/analyze';
import type { TermMatcher } from './core/terms';
import type { Analysis } from './core/types';
import { looksBinary } from './core/inputCheck';

export class AnalysisCancelled extends Error {
  constructor() {
    super('analysis cancelled');
  }
}

interface Run {
  version: number;
  promise: Promise<Analysis>;
  cancelled: boolean;
}

interface Entry {
  analyzer: Analyzer;
  run?: Run;
  /** The newest finished analysis and its version. */
  done?: { version: number; analysis: Analysis };
}

const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

export class AnalysisStore {
  private entries = new Map<string, Entry>();

  constructor(
    private readonly matcher: () => TermMatcher,
    private readonly options: (uri: string) => Promise<AnalyzeOptions>,
  ) {}

  /** The analysis of the document's current version, started if need be. */
  get(doc: TextDocument): Promise<Analysis> {
    let entry = this.entries.get(doc.uri);
    if (entry?.done?.version === doc.version) return Promise.resolve(entry.done.analysis);
    if (entry?.run && entry.run.version === doc.version && !entry.run.cancelled) return entry.run.promise;
    if (entry?.run) entry.run.cancelled = true;
    if (!entry) {
      entry = { analyzer: new Analyzer(this.matcher()) };
      this.entries.set(doc.uri, entry);
    }
    const run: Run = { version: doc.version, cancelled: false, promise: undefined as unknown as Promise<Analysis> };
    run.promise = this.execute(doc, entry, run);
    // A cancelled run that nobody awaits must not surface as an unhandled rejection.
    run.promise.catch(() => undefined);
    entry.run = run;
    return run.promise;
  }

  /** The newest finished analysis of a document, whatever its version. */
  latest(uri: string): { version: number; analysis: Analysis } | undefined {
    return this.entries.get(uri)?.done;
  }

  /** Forgets a closed document. */
  close(uri: string): void {
    const entry = this.entries.get(uri);
    if (entry?.run) entry.run.cancelled = true;
    this.entries.delete(uri);
  }

  /** Drops every analysis (the glossary or the settings changed); open documents are analysed again on demand. */
  invalidateAll(): void {
    for (const entry of this.entries.values()) if (entry.run) entry.run.cancelled = true;
    this.entries.clear();
  }

  private async execute(doc: TextDocument, entry: Entry, run: Run): Promise<Analysis> {
    const options = await this.options(doc.uri);
    if (run.cancelled) throw new AnalysisCancelled();
    const text = doc.getText();
    let analysis: Analysis;
    if (looksBinary(text)) {
      analysis = { terms: [], figures: [], orgs: [], outline: [], notices: [{ code: 'binary', message: 'The document looks like a binary file; it was not analysed.' }] };
    } else {
      Object.assign(entry.analyzer.options, options);
      const steps = entry.analyzer.analyzeSteps(text);
      for (;;) {
        const r = steps.next();
        if (r.done) { analysis = r.value; break; }
        await turn();
        if (run.cancelled) throw new AnalysisCancelled();
      }
    }
    if (!entry.done || entry.done.version <= run.version) entry.done = { version: run.version, analysis };
    return analysis;
  }
}
