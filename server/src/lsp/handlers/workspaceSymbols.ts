/**
 * Workspace Symbols (Ctrl+T): open reports from their live analysis, the others from the workspace index
 * (disk/workspaceIndex.ts), which is built in the background shortly after the first report opens.
 */
import type { CancellationToken, WorkDoneProgressReporter } from 'vscode-languageserver';
import { Analyzer, WHOLE_DOCUMENT } from '../../core/analyze';
import { reportSymbols } from '../../core/symbols';
import { WorkspaceIndex } from '../../disk/workspaceIndex';
import { findSymbols, type SymbolFile } from '../features/workspaceSymbols';
import { positionIn } from '../features/positions';
import { progressFor } from '../progress';
import { fileNameOf, pathOfUri } from '../uris';
import type { HandlerModule, ServerContext } from '../context';

/** How long after the first report opens the folder is indexed, so that Ctrl+T answers at once. */
const WARM_UP_MS = 2000;

export const registerWorkspaceSymbols: HandlerModule = (ctx) => {
  // The paths of the open reports, made again after a report opens or closes (the index asks for each file of the folders).
  let openPaths: Set<string> | undefined;
  const forgetOpenPaths = () => (openPaths = undefined);
  ctx.documents.onDidOpen(forgetOpenPaths);
  ctx.documents.onDidClose(forgetOpenPaths);
  const isOpen = (file: string) => (openPaths ??= new Set(ctx.documents.all().map((d) => pathOfUri(d.uri) ?? ''))).has(file);
  const index = new WorkspaceIndex({
    *analyze(text) {
      const analysis = yield* new Analyzer(ctx.matcher()).analyzeSteps(text);
      yield* analysis.prepare();
      return analysis;
    },
    run: (steps, cancelled) => ctx.runner.runOrDrop(steps, cancelled),
    turn: () => ctx.runner.turn(),
    isOpen,
  });
  const update = (reporter?: WorkDoneProgressReporter, token?: CancellationToken) => {
    index.invalidate(ctx.matcher());
    return index.update(ctx.workspaceFolders, progressFor(ctx, () => ctx.l10n.t('Indexing reports'), reporter), () => !!token?.isCancellationRequested);
  };
  let warmUp: NodeJS.Timeout | undefined;
  ctx.documents.onDidOpen(() => {
    if (warmUp || index.size) return;
    warmUp = setTimeout(() => update().catch((e) => ctx.logError('indexing the workspace', e)), WARM_UP_MS);
    warmUp.unref?.();
  });
  ctx.connection.onWorkspaceSymbol(async (params, token, workDone) => {
    await update(workDone, token);
    if (token.isCancellationRequested) return null;
    const open = await openFiles(ctx, token);
    const openUris = new Set(open.map((f) => f.uri));
    const indexed = index.files().filter((f) => !openUris.has(f.uri)).map((f): SymbolFile => ({ ...f, positionAt: (o) => positionIn(f.lineStarts, o) }));
    return findSymbols([...open, ...indexed], params.query, ctx.l10n);
  });
  return { capabilities: () => ({ workspaceSymbolProvider: { workDoneProgress: true } }) };
};

/** The symbols of the open reports, from their current analysis. */
async function openFiles(ctx: ServerContext, token: CancellationToken): Promise<SymbolFile[]> {
  const out: SymbolFile[] = [];
  for (const doc of ctx.documents.all()) {
    const r = await ctx.analysisOf(doc.uri, token, WHOLE_DOCUMENT);
    if (!r) continue;
    out.push({ uri: doc.uri, name: fileNameOf(doc.uri), symbols: reportSymbols(r.analysis), positionAt: (o) => r.doc.positionAt(o) });
  }
  return out;
}
