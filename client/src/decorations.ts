/**
 * Paints the server's decorations in visible editors. Asks only for visible editors, debounced,
 * and for huge documents only for the lines around what is on screen.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
  DecorationsChangedNotification,
  DecorationsRequest,
  type DecorationKind,
  type DecorationsParams,
  type DecorationsResult,
  type WireRange,
} from '../../shared/protocol';

const KINDS: DecorationKind[] = ['term', 'candidate', 'figure', 'org'];
/** Documents with more lines than this get decorations for the visible part only. */
const WHOLE_DOCUMENT_LINES = 5000;
/** Lines above and below the visible range that are decorated too, so scrolling shows colour at once. */
const MARGIN_LINES = 300;
const DEBOUNCE_MS = 60;

function makeType(kind: DecorationKind): vscode.TextEditorDecorationType {
  const color = (part: string) => new vscode.ThemeColor(`reportLens.${kind}.${part}`);
  if (kind === 'candidate') {
    return vscode.window.createTextEditorDecorationType({
      borderWidth: '0 0 1px 0',
      borderStyle: 'dashed',
      borderColor: color('border'),
      overviewRulerColor: color('ruler'),
      overviewRulerLane: vscode.OverviewRulerLane.Right,
    });
  }
  return vscode.window.createTextEditorDecorationType({
    backgroundColor: color('background'),
    borderWidth: '0 0 1px 0',
    borderStyle: 'solid',
    borderColor: color('border'),
    overviewRulerColor: color('ruler'),
    overviewRulerLane: kind === 'term' ? vscode.OverviewRulerLane.Left : kind === 'figure' ? vscode.OverviewRulerLane.Center : vscode.OverviewRulerLane.Right,
  });
}

const toRange = (r: WireRange) => new vscode.Range(r[0], r[1], r[2], r[3]);

export class Decorations implements vscode.Disposable {
  private readonly types = new Map<DecorationKind, vscode.TextEditorDecorationType>(KINDS.map((k) => [k, makeType(k)]));
  /** What is painted, per document: its version and ranges per kind. */
  private readonly applied = new Map<string, { version: number; ranges: Record<string, vscode.Range[]> }>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly waiters = new Map<string, { version: number; resolve: () => void }[]>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly client: LanguageClient, private readonly isReport: (doc: vscode.TextDocument) => boolean) {
    this.disposables.push(
      vscode.window.onDidChangeVisibleTextEditors(() => this.refreshVisible()),
      vscode.window.onDidChangeTextEditorVisibleRanges((e) => {
        if (e.textEditor.document.lineCount > WHOLE_DOCUMENT_LINES) this.schedule(e.textEditor.document);
      }),
      vscode.workspace.onDidCloseTextDocument((doc) => this.applied.delete(doc.uri.toString())),
      client.onNotification(DecorationsChangedNotification.method, (p: { uri: string }) => {
        const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === p.uri);
        if (doc) this.schedule(doc);
      }),
    );
    this.refreshVisible();
  }

  refreshVisible(): void {
    for (const editor of vscode.window.visibleTextEditors) if (this.isReport(editor.document)) this.schedule(editor.document);
  }

  /** Ranges currently painted for a document, per kind (for tests and the extension API). */
  appliedRanges(uri: vscode.Uri): Record<string, vscode.Range[]> {
    return this.applied.get(uri.toString())?.ranges ?? {};
  }

  /** Resolves once decorations of the document's current version are painted. */
  whenDecorated(uri: vscode.Uri, timeoutMs = 10000): Promise<void> {
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    const version = doc?.version ?? 0;
    const cur = this.applied.get(uri.toString());
    if (cur && cur.version >= version) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no decorations for ${uri.toString()} v${version} after ${timeoutMs} ms`)), timeoutMs);
      const list = this.waiters.get(uri.toString()) ?? [];
      list.push({ version, resolve: () => { clearTimeout(timer); resolve(); } });
      this.waiters.set(uri.toString(), list);
      if (doc) this.schedule(doc);
    });
  }

  private schedule(doc: vscode.TextDocument): void {
    const key = doc.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(key, setTimeout(() => { this.timers.delete(key); void this.fetch(doc); }, DEBOUNCE_MS));
  }

  private async fetch(doc: vscode.TextDocument): Promise<void> {
    const editors = vscode.window.visibleTextEditors.filter((e) => e.document === doc);
    if (editors.length === 0) return;
    const params: DecorationsParams = { textDocument: { uri: this.client.code2ProtocolConverter.asUri(doc.uri) } };
    const visibleLines = visibleLinesOf(doc);
    if (visibleLines) params.visibleLines = visibleLines;
    let result: DecorationsResult | null;
    try {
      result = await this.client.sendRequest<DecorationsResult | null>(DecorationsRequest.method, params);
    } catch {
      return; // the server restarted or the request was cancelled; a later notification repaints
    }
    if (!result || result.version !== doc.version) return;
    const ranges: Record<string, vscode.Range[]> = {};
    for (const kind of KINDS) ranges[kind] = (result.ranges[kind] ?? []).map(toRange);
    for (const editor of vscode.window.visibleTextEditors.filter((e) => e.document === doc)) {
      for (const kind of KINDS) editor.setDecorations(this.types.get(kind)!, ranges[kind]);
    }
    const key = doc.uri.toString();
    this.applied.set(key, { version: result.version, ranges });
    const waiting = this.waiters.get(key) ?? [];
    this.waiters.set(key, waiting.filter((w) => (w.version <= result!.version ? (w.resolve(), false) : true)));
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    for (const t of this.types.values()) t.dispose();
    for (const d of this.disposables) d.dispose();
  }
}

/**
 * The lines of a big document on screen in any editor, with a margin, for requests that answer only those
 * (decorations, tags); undefined for a document small enough to be asked for whole.
 */
export function visibleLinesOf(doc: vscode.TextDocument): { start: number; end: number }[] | undefined {
  if (doc.lineCount <= WHOLE_DOCUMENT_LINES) return undefined;
  return vscode.window.visibleTextEditors
    .filter((e) => e.document === doc)
    .flatMap((e) => e.visibleRanges)
    .map((r) => ({ start: Math.max(0, r.start.line - MARGIN_LINES), end: r.end.line + MARGIN_LINES }))
    .sort((a, b) => a.start - b.start);
}
