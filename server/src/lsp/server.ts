/**
 * The Report Lens language server, made by a function so that a test can run one in-process on any
 * connection: createServer builds what one server shares (context.ts), registers the handler modules from a
 * short list, and answers initialize with what they offer. The core features' handlers below are a few
 * lines each: they look the document up and call a feature (features/), which adapts core results to LSP.
 */
import {
  CodeActionKind,
  MessageType,
  ShowMessageNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type CancellationToken,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import { DecorationsRequest, type DecorationsParams, type DecorationsResult, type InitializationOptions } from '../../../shared/protocol';
import { WHOLE_DOCUMENT } from '../core/analyze';
import { l10nFor } from '../core/l10n';
import { warmUpFormatting } from '../core/figureText';
import { loadOrgLexicon } from '../core/orgs';
import { GlossaryFiles } from '../disk/glossaryFiles';
import { getHover } from './features/hover';
import { getDocumentSymbols } from './features/documentSymbols';
import { getFoldingRanges } from './features/foldingRanges';
import { getSemanticTokens, TOKEN_LEGEND } from './features/semanticTokens';
import { getDecorations, visibleEnd } from './features/decorations';
import { getCodeActions } from './features/codeActions';
import { Analyses } from './analyses';
import { ReportDocument } from './reportDocument';
import { SettingsCache } from './settings';
import { StepRunner } from './runSteps';
import type { ClientInfo, HandlerModule, ServerContext } from './context';
import { registerTags, tagQuickFixes } from './handlers/tags';
import { createTagService } from './tagService';
import { registerNavigation } from './handlers/navigation';
import { registerEntitiesView } from './handlers/entitiesView';
import { registerExports } from './handlers/exports';
import { registerWorkspaceSymbols } from './handlers/workspaceSymbols';
import { glossaryModule } from './handlers/glossary';
import { registerServerStats } from './handlers/serverStats';
import { registerTransportProblems } from './handlers/transportProblems';
import { registerTrust } from './trust';
import { pathOfUri } from './uris';
import { checksModule, type Checks } from './handlers/diagnostics';
import { registerMemoryRelease } from './handlers/memory';

export interface ServerOptions {
  /** The step runner of the process (the stdio transport shares it to parse big messages in slices). */
  runner?: StepRunner;
}

/** Creates a server on a connection; call listen() on the result once the caller's own handlers are set. */
export function createServer(connection: Connection, options: ServerOptions = {}): { listen(): void; context: ServerContext } {
  const runner = options.runner ?? new StepRunner();
  const documents = new TextDocuments<ReportDocument>({
    create: ReportDocument.create,
    update(doc, changes, version) {
      // By revision, not by the client's version, which may repeat or go back (analysisStore.ts).
      const from = doc.revision;
      const edits = doc.update(changes, version);
      analyses.store.recordEdits(doc.uri, from, doc.revision, edits);
      ctx.tags.recordEdits(doc.uri, edits);
      return doc;
    },
  });
  const glossaries = new GlossaryFiles();
  const base = {
    connection,
    documents,
    runner,
    settings: new SettingsCache(connection),
    glossaries,
    l10n: l10nFor('en'),
    client: { ownClient: false, dynamicSave: false, progress: false } as ClientInfo,
    workspaceFolders: [] as string[],
    trusted: true,
    trustListeners: [] as (() => void)[],
    matcher: () => glossaries.matcher(),
    tell: (type: MessageType, message: string) => void connection.sendNotification(ShowMessageNotification.type, { type, message }),
    logError: (what: string, e: unknown) => connection.console.error(`Report Lens: ${what} failed: ${e instanceof Error ? e.stack ?? e.message : String(e)}`),
  };
  const ctx: ServerContext = Object.assign(base, {
    tags: createTagService({ connection, documents, l10n: () => base.l10n, tell: base.tell, run: (steps) => runner.run(steps) }),
    analysisOf: (...args: Parameters<ServerContext['analysisOf']>) => analyses.analysisOf(...args),
  });
  const analyses = new Analyses(ctx);
  let dynamicConfiguration = false;

  const checks = checksModule();
  const modules: HandlerModule[] = [
    coreFeatures(checks),
    glossaryModule({ reanalyseAll: () => analyses.reanalyseAll(), dynamicConfiguration: () => dynamicConfiguration }),
    registerTags,
    registerNavigation,
    registerEntitiesView,
    registerExports,
    registerWorkspaceSymbols,
    registerServerStats,
    registerTransportProblems,
    registerTrust,
    checks.register,
    registerMemoryRelease,
  ];
  const registered = modules.map((m) => m(ctx) ?? {});

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const init = (params.initializationOptions ?? {}) as InitializationOptions;
    ctx.l10n = l10nFor(init.locale ?? params.locale);
    ctx.client = {
      ownClient: !!init.clientDrawsDecorations,
      dynamicSave: !!params.capabilities.textDocument?.synchronization?.dynamicRegistration,
      progress: !!params.capabilities.window?.workDoneProgress,
    };
    ctx.settings.supported = !!params.capabilities.workspace?.configuration;
    dynamicConfiguration = !!params.capabilities.workspace?.didChangeConfiguration?.dynamicRegistration;
    ctx.workspaceFolders = workspaceFoldersOf(params);
    ctx.trusted = init.trusted !== false;
    loadOrgLexicon();
    return {
      capabilities: Object.assign({ textDocumentSync: TextDocumentSyncKind.Incremental }, ...registered.map((r) => r.capabilities?.() ?? {})),
      serverInfo: { name: 'report-lens' },
    };
  });

  return {
    context: ctx,
    listen() {
      documents.listen(connection);
      connection.listen();
    },
  };
}

/** The workspace folders on disk (absolute paths), or the root of older clients; URIs that name no file are left out. */
function workspaceFoldersOf(params: InitializeParams): string[] {
  const folders = (params.workspaceFolders ?? []).map((f) => pathOfUri(f?.uri)).filter((f): f is string => f !== undefined);
  if (!folders.length) {
    const root = pathOfUri(params.rootUri ?? undefined);
    if (root) return [root];
  }
  return folders;
}

/** How long after the first report opens the hover's number formatter is made ready. */
const WARM_UP_FORMATTING_MS = 1000;

/** Hover, outline, folding, colours, decorations and quick fixes (the proofreading's among them): what every report gets. */
const coreFeatures = (checks: Checks): HandlerModule => (ctx) => {
  const { connection } = ctx;
  // A second after the first report opens, the number formatter loads its locale data (some 15 ms) instead of
  // in the first hover over a figure.
  let warmedUp = false;
  ctx.documents.onDidOpen(() => {
    if (warmedUp) return;
    warmedUp = true;
    setTimeout(warmUpFormatting, WARM_UP_FORMATTING_MS).unref?.();
  });
  connection.onHover(async (params, token) => {
    const r = await ctx.analysisOf(params.textDocument.uri, token, ['orgs']);
    return r ? getHover(r.doc, r.analysis, params.position, ctx.l10n) : null;
  });
  connection.onDocumentSymbol(async (params, token) => {
    const r = await ctx.analysisOf(params.textDocument.uri, token, ['outline']);
    return r ? getDocumentSymbols(r.doc, r.analysis.outline) : null;
  });
  connection.onFoldingRanges(async (params, token) => {
    const r = await ctx.analysisOf(params.textDocument.uri, token, ['outline']);
    return r ? getFoldingRanges(r.analysis.outline) : null;
  });
  connection.languages.semanticTokens.on(async (params, token) => {
    const r = await ctx.analysisOf(params.textDocument.uri, token, WHOLE_DOCUMENT);
    return r ? getSemanticTokens(r.doc, r.analysis, await ctx.settings.get(r.doc.uri)) : { data: [] };
  });
  connection.onRequest(DecorationsRequest.method, async (params: DecorationsParams, token: CancellationToken): Promise<DecorationsResult | null> => {
    // The lines on screen of a big document being analysed are decorated as soon as its blocks are done.
    const windows = params.visibleLines;
    const r = await ctx.analysisOf(params.textDocument.uri, token, [], windows?.length ? (doc) => visibleEnd(doc, windows) : undefined);
    return r ? getDecorations(r.doc, r.doc.version, r.analysis, await ctx.settings.get(r.doc.uri), params.visibleLines) : null;
  });
  connection.onCodeAction(async (params, token) => {
    // Code actions follow the cursor: they wait only for what at() needs (the organisations).
    const r = await ctx.analysisOf(params.textDocument.uri, token, ['orgs']);
    if (!r) return null;
    return [
      ...getCodeActions(r.doc, r.analysis, params.range, ctx.client.ownClient, ctx.l10n),
      ...(await tagQuickFixes(ctx, r.doc, r.analysis, params.range)),
      ...(await checks.codeActions(r.doc, params, token)),
    ];
  });
  return {
    capabilities: () => ({
      hoverProvider: true,
      documentSymbolProvider: { label: 'Report Lens' },
      foldingRangeProvider: true,
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.SourceFixAll] },
      // Report Lens's own client paints decorations itself; colouring the same spans twice would clash.
      semanticTokensProvider: ctx.client.ownClient ? undefined : { legend: TOKEN_LEGEND, full: true },
    }),
  };
};
