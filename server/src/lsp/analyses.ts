/**
 * The analyses of open documents for the handlers: each document is analysed shortly after it opens or
 * changes (the client is then told to ask for decorations again), and a request gets the analysis of the
 * document's current version with the user's corrections, or undefined when it is no longer wanted.
 */
import { MessageType, type CancellationToken } from 'vscode-languageserver';
import { DecorationsChangedNotification, WrongEncodingNotification, type WrongEncodingParams } from '../../../shared/protocol';
import type { WholeDocumentPart } from '../core/analyze';
import type { AnalysisNotice } from '../core/types';
import { AnalysisStore } from './analysisStore';
import { AnalysisCancelled } from './runSteps';
import { fileNameOf } from './uris';
import type { Current, ServerContext } from './context';
import type { ReportDocument } from './reportDocument';

/**
 * Pause after the last keystroke before the client is told to ask for decorations again. The analysis of an
 * edit starts at once, in slices (a keystroke's takes 2–3 ms in a 10 MB report), and the next edit cancels
 * it: what waits for the pause (decorations, the diagnostics of handlers/diagnostics.ts) then finds it done.
 */
const DEBOUNCE_MS = 30;

export class Analyses {
  readonly store: AnalysisStore;
  private readonly pending = new Map<string, NodeJS.Timeout>();
  private readonly notified = new Set<string>();

  constructor(private readonly ctx: Omit<ServerContext, 'analysisOf'>) {
    this.store = new AnalysisStore(ctx.runner, () => ctx.matcher(), async (uri) => {
      const s = await ctx.settings.get(uri);
      return { maxLength: s.maxAnalysisLength, candidateTerms: s.candidateTerms };
    }, ctx.logError);
    const { documents } = ctx;
    documents.onDidOpen((e) => this.schedule(e.document));
    documents.onDidChangeContent((e) => {
      // Errors surface when the timer's run asks for the same analysis (analyseNow logs them).
      this.store.get(e.document).catch(() => undefined);
      this.schedule(e.document);
    });
    documents.onDidClose((e) => this.forget(e.document.uri));
  }

  /** Analyses every open document again (glossaries or settings changed). */
  reanalyseAll(): void {
    this.store.invalidateAll();
    for (const doc of this.ctx.documents.all()) this.schedule(doc);
  }

  /** See ServerContext.analysisOf. */
  async analysisOf(uri: string, token?: CancellationToken, needs: readonly WholeDocumentPart[] = [], upTo?: (doc: ReportDocument) => number): Promise<Current | undefined> {
    const doc = this.ctx.documents.get(uri);
    if (!doc) return undefined;
    // The revision, not the client's version: a version sent again may stand for another text.
    const revision = doc.revision;
    const stale = () => this.ctx.documents.get(uri) !== doc || doc.revision !== revision;
    for (;;) {
      try {
        let analysis = this.ctx.tags.corrected(uri, await (upTo ? this.store.upTo(doc, upTo(doc)) : this.store.get(doc)));
        if (needs.length) analysis = await this.store.prepared(analysis, needs, stale);
        // An answer about an older version would put ranges in the wrong places.
        if (token?.isCancellationRequested || stale()) return undefined;
        return { doc, analysis };
      } catch (e) {
        // Anything but cancellation is a bug to see, not to hide.
        if (!(e instanceof AnalysisCancelled)) {
          this.ctx.logError(`analysing ${uri}`, e);
          throw e;
        }
        // A newer version or a closed document cancels the work, and then nobody wants the answer. A run
        // cancelled because the glossaries were (re)loaded (as at start-up) is started again: the
        // document is the same, and the request gets the analysis that follows the reload.
        if (token?.isCancellationRequested || stale()) return undefined;
      }
    }
  }

  private schedule(doc: ReportDocument): void {
    clearTimeout(this.pending.get(doc.uri));
    this.pending.set(
      doc.uri,
      setTimeout(() => {
        this.pending.delete(doc.uri);
        this.analyseNow(doc).catch(() => undefined /* logged by analysisOf */);
      }, DEBOUNCE_MS),
    );
  }

  private async analyseNow(doc: ReportDocument): Promise<void> {
    const version = doc.version;
    const revision = doc.revision;
    const result = await this.analysisOf(doc.uri);
    if (!result || result.doc !== doc || doc.revision !== revision) return;
    this.showNotices(doc.uri, result.analysis.notices);
    void this.ctx.connection.sendNotification(DecorationsChangedNotification.method, { uri: doc.uri, version });
  }

  private forget(uri: string): void {
    clearTimeout(this.pending.get(uri));
    this.pending.delete(uri);
    this.store.close(uri);
    this.ctx.settings.forget(uri);
    for (const code of ['truncated', 'binary', 'encoding']) this.notified.delete(`${uri}#${code}`);
  }

  /** Tells the user once per document when part of it was skipped. */
  private showNotices(uri: string, notices: AnalysisNotice[]): void {
    const { t } = this.ctx.l10n;
    for (const n of notices) {
      const key = `${uri}#${n.code}`;
      if (n.code === 'empty' || this.notified.has(key)) continue;
      this.notified.add(key);
      const name = fileNameOf(uri);
      if (n.code === 'truncated') {
        this.ctx.tell(
          MessageType.Warning,
          t('{0} is very large: Report Lens analysed its first {1} characters only. Raise reportLens.maxAnalysisLength to analyse more.', name, n.offset ?? 0),
        );
      } else if (n.code === 'binary') {
        this.ctx.tell(MessageType.Warning, t('{0} looks like a binary file; Report Lens did not analyse it.', name));
      } else if (n.code === 'encoding') {
        // Report Lens's own client offers to reopen the file (VS Code's Reopen with Encoding); others get the message.
        if (this.ctx.client.ownClient) void this.ctx.connection.sendNotification(WrongEncodingNotification.method, { uri, suggested: 'gb18030' } satisfies WrongEncodingParams);
        else this.ctx.tell(MessageType.Warning, t('{0} is mostly characters that could not be read: it is probably in GB18030 (GBK), opened as UTF-8. Reopen it with that encoding; Report Lens did not analyse it.', name));
      }
    }
  }
}
