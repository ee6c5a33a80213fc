/** Helpers for the extension tests: opening the sample reports, bounded polling, reading results. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'report-lens.report-lens';
/** The year-end summary (plain text) and the newspaper page (`report` language) in samples/. */
export const SUMMARY = 'qinghe-health-commission-2024.txt';
export const NEWSPAPER = 'health-news-page.report';

/** What the extension's activate() returns. */
export interface ReportLensApi {
  getAppliedDecorations(uri: vscode.Uri): Record<string, vscode.Range[]>;
  whenDecorated(uri: vscode.Uri, timeoutMs?: number): Promise<void>;
}

/**
 * Calls `probe` until it returns something other than undefined (or `accept` agrees), checking
 * every 50 ms, and fails after `timeoutMs` with the last value seen. Never a fixed sleep: the
 * wait ends as soon as the editor is in the expected state.
 */
export async function poll<T>(
  what: string,
  probe: () => T | undefined | Promise<T | undefined>,
  accept: (v: T) => boolean = () => true,
  timeoutMs = 20_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  let lastError: unknown;
  for (;;) {
    try {
      const v = await probe();
      last = v;
      if (v !== undefined && accept(v)) return v;
    } catch (e) {
      lastError = e;
    }
    if (Date.now() > deadline) {
      const seen = lastError ? `last error: ${(lastError as Error).message}` : `last value: ${describe(last)}`;
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}; ${seen}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

function describe(v: unknown): string {
  try {
    return JSON.stringify(v)?.slice(0, 1500) ?? String(v);
  } catch {
    return String(v);
  }
}

/** The Report Lens API, activating the extension if needed. */
export async function api(): Promise<ReportLensApi> {
  const ext = vscode.extensions.getExtension<ReportLensApi>(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not loaded (extensionDevelopmentPath?)`);
  const exported = ext.isActive ? ext.exports : await ext.activate();
  assert.ok(exported && typeof exported.getAppliedDecorations === 'function', 'activate() did not return the ReportLensApi');
  return exported;
}

/** URI of a sample report in the first workspace folder. */
export function sampleUri(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'no workspace folder is open (the runner opens a copy of samples/)');
  return vscode.Uri.joinPath(folder.uri, name);
}

/** URI of the brat `.ann` beside a sample report. */
export function sampleAnnUri(name: string): vscode.Uri {
  return sampleUri(name.replace(/\.txt$/, '.ann'));
}

/**
 * Hooks for a suite that edits or tags a sample report: editors closed and the report's `.ann` removed
 * before and after, and the report's bytes put back after.
 */
export function restoreSampleAround(name: string): void {
  let original: Uint8Array;
  before(async () => {
    await closeAll();
    original = await vscode.workspace.fs.readFile(sampleUri(name));
    await vscode.workspace.fs.delete(sampleAnnUri(name)).then(undefined, () => undefined);
  });
  after(async () => {
    await closeAll();
    await vscode.workspace.fs.writeFile(sampleUri(name), original);
    await vscode.workspace.fs.delete(sampleAnnUri(name)).then(undefined, () => undefined);
  });
}

/** Opens a sample report in an editor and waits until its decorations are painted. */
export async function openSample(name: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(sampleUri(name));
  const editor = await vscode.window.showTextDocument(doc, { preview: false });
  await (await api()).whenDecorated(doc.uri, 30_000);
  return editor;
}

/** Position of the `nth` occurrence of `text` in the document, `delta` code units into it. */
export function positionOf(doc: vscode.TextDocument, text: string, delta = 1, nth = 0): vscode.Position {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = doc.getText().indexOf(text, at + 1);
    assert.ok(at >= 0, `"${text}" (occurrence ${nth + 1}) is not in ${doc.uri.path}`);
  }
  return doc.positionAt(at + delta);
}

/** Range of the `nth` occurrence of `text`. */
export function rangeOf(doc: vscode.TextDocument, text: string, nth = 0): vscode.Range {
  const start = positionOf(doc, text, 0, nth);
  return new vscode.Range(start, start.translate(0, text.length));
}

/** The hover text at a position, as plain text (Markdown escapes removed), polled until non-empty. */
export async function hoverText(doc: vscode.TextDocument, pos: vscode.Position, accept: (s: string) => boolean = (s) => s.length > 0): Promise<string> {
  return poll(
    `a hover at ${doc.uri.path.split('/').pop()}:${pos.line + 1}:${pos.character + 1}`,
    async () => {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, pos);
      return (hovers ?? [])
        .flatMap((h) => h.contents)
        .map((c) => (typeof c === 'string' ? c : c.value))
        .join('\n')
        .replace(/\\([\\`*_{}[\]()#+\-.!|<>~])/g, '$1');
    },
    accept,
  );
}

/** Document symbols of a document (hierarchical), polled until there are some. */
export async function symbols(doc: vscode.TextDocument, accept: (s: vscode.DocumentSymbol[]) => boolean = (s) => s.length > 0): Promise<vscode.DocumentSymbol[]> {
  return poll(
    'document symbols',
    async () => (await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri)) ?? undefined,
    accept,
  );
}

/** Every symbol in the tree, with its parent chain. */
export function flatten(list: vscode.DocumentSymbol[], parents: vscode.DocumentSymbol[] = []): { symbol: vscode.DocumentSymbol; parents: vscode.DocumentSymbol[] }[] {
  return list.flatMap((s) => [{ symbol: s, parents }, ...flatten(s.children ?? [], [...parents, s])]);
}

/** The one symbol whose name contains `text`. */
export function findSymbol(list: vscode.DocumentSymbol[], text: string): { symbol: vscode.DocumentSymbol; parents: vscode.DocumentSymbol[] } {
  const all = flatten(list);
  const found = all.filter((e) => e.symbol.name.includes(text));
  assert.equal(found.length, 1, `expected one symbol containing "${text}", found ${found.length} among: ${all.map((e) => e.symbol.name).join(' | ')}`);
  return found[0];
}

/** Texts of the decorated ranges of one kind. */
export function decoratedTexts(doc: vscode.TextDocument, applied: Record<string, vscode.Range[]>, kind: string): string[] {
  return (applied[kind] ?? []).map((r) => doc.getText(r));
}

/** Whether `applied[kind]` contains exactly `range`. */
export function hasRange(applied: Record<string, vscode.Range[]>, kind: string, range: vscode.Range): boolean {
  return (applied[kind] ?? []).some((r) => r.isEqual(range));
}

/** Reverts the sample reports the tests edited and closes every editor, so each test starts from the files on disk. */
export async function closeAll(): Promise<void> {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri.toString();
  // Only the samples: VS Code keeps other documents (settings.json after a configuration change) to itself.
  const edited = vscode.workspace.textDocuments.filter((d) => d.isDirty && folder && d.uri.toString().startsWith(folder + '/'));
  for (const doc of edited) {
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}
