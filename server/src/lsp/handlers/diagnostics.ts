/**
 * Proofreading diagnostics (core/checks), pushed to the client (textDocument/publishDiagnostics) a moment
 * after each change, and their quick fixes.
 *
 * Push, not pull: every client handles it (Neovim before 0.10, Helix and Emacs have no pull diagnostics;
 * VS Code shows both alike), and the server analyses every open document after each change anyway. With pull,
 * VS Code would ask on every keystroke and the document-wide findings, which come later, would need a
 * workspace/diagnostic/refresh that makes it ask again for every open document.
 *
 * Two steps per version: the per-paragraph checks of the blocks the analysis re-read, published at once with
 * the last document-wide findings moved along with the edit; then, once the outline and organisations are
 * ready, the document-wide findings, published again if they changed. Both run in slices (StepRunner).
 */
import { CodeActionKind, type CancellationToken, type CodeAction, type CodeActionParams, type Diagnostic } from 'vscode-languageserver';
import { checkBlocksSteps, checkDocumentSteps, moveFindings, type BlockChecks, type Finding } from '../../core/checks';
import { checkQuickFixes, fixAllAction, sameDiagnostics, shownPerSeverity, toDiagnostics, type SentDiagnostics } from '../features/diagnostics';
import { toOffset } from '../features/positions';
import type { ReportDocument } from '../reportDocument';
import type { HandlerModule, ServerContext } from '../context';

/** Pause after the last keystroke before checking: the same as the analysis's, so both run once. */
const DEBOUNCE_MS = 30;
/**
 * Further pause before the document-wide checks, which need the outline and the organisations of the new
 * version (some 100 ms of work in slices for a 10 MB report): while the user types, each keystroke would
 * start that work and the next would cancel it, and requests would wait behind its slices. A code action
 * does not wait for the pause.
 */
const WIDE_PAUSE_MS = 250;

/** The proofreading of open documents: a handler module, and the quick fixes the code action handler adds. */
export interface Checks {
  register: HandlerModule;
  /** Quick fixes for the findings in a range, and “Fix all” when asked for source actions. */
  codeActions(doc: ReportDocument, params: CodeActionParams, token: CancellationToken): Promise<CodeAction[]>;
}

/** Makes the proofreading module of one server. */
export function checksModule(): Checks {
  let service: CheckService | undefined;
  return {
    register: (ctx) => {
      service = new CheckService(ctx);
    },
    codeActions: (doc, params, token) => service?.codeActions(doc, params, token) ?? Promise.resolve([]),
  };
}

/** The checks of one document's version. */
interface State {
  version: number;
  blocks: BlockChecks;
  /** Document-wide findings: computed for this version, or moved here from an earlier one until they are. */
  wide: Finding[];
  wideCurrent: boolean;
  /** The last diagnostics sent: not to send the same twice, and to make the next ones from. */
  sent?: SentDiagnostics;
}

class CheckService {
  private readonly states = new Map<string, State>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly runs = new Map<string, { version: number; done: Promise<void>; hurry: () => void }>();

  constructor(private readonly ctx: ServerContext) {
    const { documents } = ctx;
    documents.onDidOpen((e) => this.schedule(e.document.uri));
    documents.onDidChangeContent((e) => this.schedule(e.document.uri));
    documents.onDidClose((e) => this.forget(e.document.uri));
    // A rule turned on or off: the same findings, shown differently.
    ctx.settings.onClear(() => {
      for (const doc of documents.all()) void this.publish(doc.uri);
    });
  }

  private schedule(uri: string): void {
    clearTimeout(this.timers.get(uri));
    this.timers.set(
      uri,
      setTimeout(() => {
        this.timers.delete(uri);
        this.update(uri).catch((e) => this.ctx.logError(`checking ${uri}`, e));
      }, DEBOUNCE_MS),
    );
  }

  /**
   * Brings a document's checks to its current version, publishing as they come; one run per version.
   * `urgent`: someone waits for the result (a code action): no pause before the document-wide checks.
   */
  private async update(uri: string, urgent = false): Promise<void> {
    const doc = this.ctx.documents.get(uri);
    if (!doc) return;
    const version = doc.version;
    const state = this.states.get(uri);
    // (A client may send no version at all: then no state is of it, and the checks run.)
    if (state && state.version === version && state.wideCurrent) return;
    const running = this.runs.get(uri);
    if (running && running.version === version) {
      if (urgent) running.hurry();
      return running.done;
    }
    let hurry = () => {};
    const pause = urgent ? Promise.resolve() : new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, WIDE_PAUSE_MS);
      hurry = () => {
        clearTimeout(timer);
        resolve();
      };
    });
    const done = this.run(uri, version, pause)
      .catch((e) => this.ctx.logError(`checking ${uri}`, e))
      .finally(() => {
        if (this.runs.get(uri)?.done === done) this.runs.delete(uri);
      });
    this.runs.set(uri, { version, done, hurry: () => hurry() });
    return done;
  }

  private async run(uri: string, version: number, pause: Promise<void>): Promise<void> {
    const stale = () => this.ctx.documents.get(uri)?.version !== version;
    const current = await this.ctx.analysisOf(uri);
    if (!current || stale()) return;
    const prev = this.states.get(uri);
    const blocks = await this.ctx.runner.runOrDrop(checkBlocksSteps(current.analysis, prev?.blocks), stale);
    if (!blocks || stale()) return;
    const wide = prev ? moveFindings(prev.wide, prev.blocks.analysis, current.analysis, blocks.change) : [];
    const state: State = { version, blocks, wide, wideCurrent: false, sent: prev?.sent };
    this.states.set(uri, state);
    // No turn for other work in between: checking the blocks an edit touched and making the diagnostics of
    // them take about a millisecond each in a 10 MB report (they took some milliseconds each before the
    // checks and the diagnostics sent were kept in chunks and reused), and a turn let any slice of other
    // work (8 ms at most) go first.
    await this.publish(uri);
    await pause;
    if (stale()) return;
    const full = await this.ctx.analysisOf(uri, undefined, ['outline', 'orgs']);
    if (!full || stale()) return;
    const found = await this.ctx.runner.runOrDrop(checkDocumentSteps(full.analysis, blocks), stale);
    if (!found || stale()) return;
    state.wide = found;
    state.wideCurrent = true;
    await this.publish(uri);
  }

  /** Sends a document's diagnostics, the rules the user turned off left out. */
  private async publish(uri: string): Promise<void> {
    const state = this.states.get(uri);
    if (!state) return;
    const settings = await this.ctx.settings.get(uri);
    const doc = this.ctx.documents.get(uri);
    if (!doc || doc.version !== state.version || this.states.get(uri) !== state) return;
    const { findings, total } = candidates(state, settings.checks);
    const sent = toDiagnostics(doc, state.blocks.analysis, findings, total, this.ctx.l10n, state.sent, state.blocks.change);
    const same = state.sent && sameDiagnostics(sent.diagnostics, state.sent.diagnostics);
    state.sent = sent;
    if (same) return;
    void this.ctx.connection.sendDiagnostics({ uri, version: doc.version, diagnostics: sent.diagnostics as Diagnostic[] });
  }

  private forget(uri: string): void {
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
    this.runs.delete(uri);
    if (this.states.delete(uri)) void this.ctx.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  async codeActions(doc: ReportDocument, params: CodeActionParams, token: CancellationToken): Promise<CodeAction[]> {
    const { only } = params.context;
    const wantsQuickFix = !only || only.some((k) => CodeActionKind.QuickFix.startsWith(k));
    const wantsFixAll = !!only?.some((k) => k === CodeActionKind.Source || k.startsWith(CodeActionKind.SourceFixAll));
    if (!wantsQuickFix && !wantsFixAll) return [];
    // A code action asked right after a keystroke waits for the checks of that keystroke.
    clearTimeout(this.timers.get(doc.uri));
    await this.update(doc.uri, true);
    const state = this.states.get(doc.uri);
    if (!state || token.isCancellationRequested || doc.version !== state.version || !state.wideCurrent) return [];
    const { checks } = await this.ctx.settings.get(doc.uri);
    const on = (f: Finding) => checks[f.code] !== false;
    const all = () => [...state.blocks.findings(), ...state.wide].filter(on);
    const actions: CodeAction[] = [];
    if (wantsQuickFix) {
      const start = toOffset(doc, params.range.start);
      const end = toOffset(doc, params.range.end);
      const here = [...state.blocks.inRange(start, end), ...state.wide.filter((f) => f.end >= start && f.start <= end)].filter(on);
      actions.push(...checkQuickFixes(doc, here, all, params.context.diagnostics, this.ctx.l10n));
    }
    if (wantsFixAll) {
      const fixAll = fixAllAction(doc, all(), this.ctx.l10n);
      if (fixAll) actions.push(fixAll);
    }
    return actions;
  }
}

/**
 * What a document's diagnostics are chosen from: the first findings of each severity and the document-wide
 * ones, and how many findings there are; the rules the user turned off left out. With every rule on (the
 * usual case), a report with tens of thousands of findings is not read whole after each keystroke.
 */
function candidates(state: State, checks: Record<string, boolean>): { findings: Finding[]; total: number } {
  const on = (f: Finding) => checks[f.code] !== false;
  if (Object.values(checks).every((v) => v !== false)) {
    const limits = shownPerSeverity(state.blocks.totals, state.wide);
    const { findings, total } = state.blocks.select(limits);
    return { findings: [...findings, ...state.wide], total: total + state.wide.length };
  }
  const findings = [...state.blocks.findings(), ...state.wide].filter(on);
  return { findings, total: findings.length };
}
