/**
 * The Report Lens language server: connection, capabilities and handlers of a few lines each.
 * Analysis lives in core/, LSP shapes in features/; this file only wires them together.
 */
import {
  CodeActionKind,
  createConnection,
  DiagnosticSeverity,
  DidChangeConfigurationNotification,
  MessageType,
  ShowMessageNotification,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type CancellationToken,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { fileURLToPath } from 'node:url';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import {
  DecorationsChangedNotification,
  DecorationsRequest,
  LoopDelayRequest,
  MemoryRequest,
  type LoopDelayResult,
  type MemoryResult,
  type DecorationsParams,
  type DecorationsResult,
  type InitializationOptions,
} from '../../shared/protocol';
import { AnalysisStore } from './analysisStore';
import { Glossaries, type GlossaryFileReport } from './glossaries';
import { SettingsCache } from './settings';
import type { AnalysisNotice } from './core/types';
import { WHOLE_DOCUMENT, type DocumentAnalysis, type WholeDocumentPart } from './core/analyze';
import { getHover } from './features/hover';
import { getDocumentSymbols } from './features/documentSymbols';
import { getFoldingRanges } from './features/foldingRanges';
import { getSemanticTokens, TOKEN_LEGEND } from './features/semanticTokens';
import { getDecorations, visibleEnd } from './features/decorations';
import { APPLY_GLOSSARY_ENTRY, getCodeActions } from './features/codeActions';
import { setLocale, t } from './l10n';
import { registerTagging } from './tagging';
import { ReportDocument } from './reportDocument';
import { stdioConnection } from './transport/stdio';

const connection = process.argv.includes('--stdio') ? stdioConnection() : createConnection(ProposedFeatures.all);
/** Documents as the client edits them; each incremental change is also recorded for incremental analysis. */
const documents = new TextDocuments<ReportDocument>({
  create: ReportDocument.create,
  update(doc, changes, version) {
    const from = doc.version;
    const edits = doc.update(changes, version);
    store.recordEdits(doc.uri, from, version, edits);
    tagging.recordEdits(doc.uri, edits);
    return doc;
  },
});
const settings = new SettingsCache(connection);
const glossaries = new Glossaries();
const store = new AnalysisStore(
  () => glossaries.matcher(),
  async (uri) => {
    const s = await settings.get(uri);
    return { maxLength: s.maxAnalysisLength, candidateTerms: s.candidateTerms };
  },
);
let workspaceFolders: string[] = [];
/** User tags, corrections, references, workspace symbols and exports (see tagging.ts). */
const tagging = registerTagging({
  connection,
  documents,
  analysisOf: (uri, token) => analysisOf(uri, token, WHOLE_DOCUMENT),
  matcher: () => glossaries.matcher(),
  workspaceFolders: () => workspaceFolders,
  glossaryFiles: () => glossaries.files,
});

/** Shows the user a message without waiting for an answer. */
function tell(type: MessageType, message: string): void {
  void connection.sendNotification(ShowMessageNotification.type, { type, message });
}
let dynamicConfiguration = false;
/** The client asks the user for a new term's definition itself (VS Code); other clients get a placeholder. */
let clientPrompts = false;

/**
 * Analysis of the current version of an open document, with the user's corrections, or undefined
 * if it closed, changed or was cancelled. `needs`: the whole-document results the request uses,
 * computed before it is answered (decorations need none, so they come soonest after an edit).
 */
async function analysisOf(
  uri: string,
  token?: CancellationToken,
  needs: readonly WholeDocumentPart[] = [],
  upTo?: (doc: TextDocument) => number,
): Promise<{ doc: TextDocument; analysis: DocumentAnalysis } | undefined> {
  const doc = documents.get(uri);
  if (!doc) return undefined;
  const version = doc.version;
  try {
    // `upTo`: the request needs the document only up to that offset (the lines on screen).
    let analysis = tagging.corrected(uri, await (upTo ? store.upTo(doc, upTo(doc)) : store.get(doc)));
    if (needs.length) analysis = await store.prepared(analysis, needs, () => documents.get(uri)?.version !== version);
    // An answer about an older version would put ranges in the wrong places.
    if (token?.isCancellationRequested || doc.version !== version) return undefined;
    return { doc, analysis };
  } catch {
    return undefined;
  }
}

connection.onInitialize((params: InitializeParams): InitializeResult => {
  const init = (params.initializationOptions ?? {}) as InitializationOptions;
  setLocale(init.locale ?? params.locale);
  clientPrompts = !!init.clientDrawsDecorations;
  settings.supported = !!params.capabilities.workspace?.configuration;
  dynamicConfiguration = !!params.capabilities.workspace?.didChangeConfiguration?.dynamicRegistration;
  workspaceFolders = (params.workspaceFolders ?? [])
    .filter((f) => f.uri.startsWith('file:'))
    .map((f) => fileURLToPath(f.uri));
  if (!workspaceFolders.length && params.rootUri?.startsWith('file:')) workspaceFolders = [fileURLToPath(params.rootUri)];
  return {
    capabilities: {
      ...tagging.initialize(params),
      textDocumentSync: TextDocumentSyncKind.Incremental,
      hoverProvider: true,
      documentSymbolProvider: { label: 'Report Lens' },
      foldingRangeProvider: true,
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      executeCommandProvider: { commands: [APPLY_GLOSSARY_ENTRY] },
      // VS Code's client paints decorations itself; colouring the same spans twice would clash.
      semanticTokensProvider: init.clientDrawsDecorations ? undefined : { legend: TOKEN_LEGEND, full: true },
    },
    serverInfo: { name: 'report-lens' },
  };
});

connection.onInitialized(async () => {
  if (dynamicConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'reportLens' });
  await reloadGlossaries();
});

async function reloadGlossaries(): Promise<void> {
  const s = await settings.global();
  analysisKey = JSON.stringify([s.glossaryFiles, s.maxAnalysisLength, s.candidateTerms]);
  const configured = s.glossaryFiles;
  reportGlossaryProblems(glossaries.load(Glossaries.resolve(configured, workspaceFolders), workspaceFolders));
  store.invalidateAll();
  for (const doc of documents.all()) scheduleAnalysis(doc);
}

function reportGlossaryProblems(reports: GlossaryFileReport[]): void {
  for (const r of reports) {
    void connection.sendDiagnostics({
      uri: r.uri,
      diagnostics: r.problems.map((p) => ({
        range: { start: { line: p.line, character: p.column }, end: { line: p.line, character: p.column + 1 } },
        severity: r.rejected ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
        source: 'report-lens',
        message: p.message,
      })),
    });
    const first = r.problems[0];
    if (r.readError) {
      tell(MessageType.Warning, t('Report Lens could not read the glossary file {0}: {1}', r.file, r.readError));
    } else if (first) {
      const msg = r.rejected
        ? t('Glossary file {0}, line {1}: {2}. Report Lens keeps using the last good version of this file.', r.file, first.line + 1, first.message)
        : t('Glossary file {0}, line {1}: {2}. The other entries of the file are in use.', r.file, first.line + 1, first.message);
      tell(r.rejected ? MessageType.Error : MessageType.Warning, msg);
    }
  }
}

/** What the analysis depends on in the settings; a change elsewhere (colours on or off) needs no re-analysis. */
let analysisKey = '';

connection.onDidChangeConfiguration(async () => {
  settings.clear();
  const s = await settings.global();
  const key = JSON.stringify([s.glossaryFiles, s.maxAnalysisLength, s.candidateTerms]);
  if (key !== analysisKey) {
    analysisKey = key;
    await reloadGlossaries();
  } else {
    for (const doc of documents.all()) {
      void connection.sendNotification(DecorationsChangedNotification.method, { uri: doc.uri, version: doc.version });
    }
  }
});

// ---------------------------------------------------------------- documents

const pending = new Map<string, NodeJS.Timeout>();
const notified = new Set<string>();
/** Pause after the last keystroke before analysing, so typing is not interrupted. */
const DEBOUNCE_MS = 30;

function scheduleAnalysis(doc: TextDocument): void {
  clearTimeout(pending.get(doc.uri));
  pending.set(
    doc.uri,
    setTimeout(async () => {
      pending.delete(doc.uri);
      const result = await analysisOf(doc.uri);
      if (!result || result.doc.version !== doc.version) return;
      showNotices(doc.uri, result.analysis.notices);
      void connection.sendNotification(DecorationsChangedNotification.method, { uri: doc.uri, version: doc.version });
    }, DEBOUNCE_MS),
  );
}

/** Tells the user once per document when part of it was skipped. */
function showNotices(uri: string, notices: AnalysisNotice[]): void {
  for (const n of notices) {
    const key = `${uri}#${n.code}`;
    if (n.code === 'empty' || notified.has(key)) continue;
    notified.add(key);
    const name = decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
    if (n.code === 'truncated') {
      tell(
        MessageType.Warning,
        t('{0} is very large: Report Lens analysed its first {1} characters only. Raise reportLens.maxAnalysisLength to analyse more.', name, n.offset ?? 0),
      );
    } else if (n.code === 'binary') {
      tell(MessageType.Warning, t('{0} looks like a binary file; Report Lens did not analyse it.', name));
    }
  }
}

documents.onDidOpen((e) => scheduleAnalysis(e.document));
documents.onDidChangeContent((e) => scheduleAnalysis(e.document));
documents.onDidClose((e) => {
  clearTimeout(pending.get(e.document.uri));
  pending.delete(e.document.uri);
  store.close(e.document.uri);
  settings.forget(e.document.uri);
  for (const code of ['truncated', 'binary']) notified.delete(`${e.document.uri}#${code}`);
});
documents.onDidSave((e) => {
  if (glossaries.isGlossaryFile(e.document.uri)) void reloadGlossaries();
});
connection.onDidChangeWatchedFiles((e) => {
  if (e.changes.some((c) => glossaries.isGlossaryFile(c.uri))) void reloadGlossaries();
});

// ---------------------------------------------------------------- features

connection.onHover(async (params, token) => {
  const r = await analysisOf(params.textDocument.uri, token, ['orgs']);
  return r ? getHover(r.doc, r.analysis, params.position) : null;
});

connection.onDocumentSymbol(async (params, token) => {
  const r = await analysisOf(params.textDocument.uri, token, ['outline']);
  return r ? getDocumentSymbols(r.doc, r.analysis.outline) : null;
});

connection.onFoldingRanges(async (params, token) => {
  const r = await analysisOf(params.textDocument.uri, token, ['outline']);
  return r ? getFoldingRanges(r.analysis.outline) : null;
});

connection.languages.semanticTokens.on(async (params, token) => {
  const r = await analysisOf(params.textDocument.uri, token, WHOLE_DOCUMENT);
  if (!r) return { data: [] };
  return getSemanticTokens(r.doc, r.analysis, await settings.get(r.doc.uri));
});

connection.onRequest(DecorationsRequest.method, async (params: DecorationsParams, token: CancellationToken): Promise<DecorationsResult | null> => {
  // The lines on screen of a big document being analysed are decorated as soon as its blocks are done.
  const windows = params.visibleLines;
  const upTo = windows?.length ? (doc: TextDocument) => visibleEnd(doc, windows) : undefined;
  const r = await analysisOf(params.textDocument.uri, token, [], upTo);
  if (!r) return null;
  return getDecorations(r.doc, r.doc.version, r.analysis, await settings.get(r.doc.uri), params.visibleLines);
});

connection.onCodeAction(async (params, token) => {
  // Code actions follow the cursor: they wait only for what at() needs (the organisations).
  const r = await analysisOf(params.textDocument.uri, token, ['orgs']);
  if (!r) return null;
  return [...getCodeActions(r.doc, r.analysis, params.range, clientPrompts), ...(await tagging.codeActions(r.doc, r.analysis, params.range))];
});

connection.onExecuteCommand(async (params) => {
  if (params.command !== APPLY_GLOSSARY_ENTRY) return;
  const arg = (params.arguments?.[0] ?? {}) as { entry?: { term?: string; definition?: string; category?: string }; file?: string };
  const entry = arg.entry;
  if (!entry?.term || !entry.definition) return;
  try {
    const configured = Glossaries.resolve((await settings.global()).glossaryFiles, workspaceFolders);
    const file = glossaries.addEntry({ ...entry, term: entry.term, definition: entry.definition, category: (entry.category ?? 'other') as never }, configured, arg.file);
    tell(MessageType.Info, t('Added “{0}” to {1}.', entry.term, file));
  } catch (e) {
    tell(MessageType.Error, t('Could not add “{0}” to the glossary: {1}', entry.term, (e as Error).message));
  }
  await reloadGlossaries();
});

connection.onRequest(MemoryRequest.method, (): MemoryResult => {
  (globalThis as { gc?: () => void }).gc?.();
  const m = process.memoryUsage();
  return { rss: m.rss, heapUsed: m.heapUsed, heapTotal: m.heapTotal, external: m.external };
});

// Benchmarks only (REPORT_LENS_LOOP_DELAY=1): how long the event loop was held up at most.
const loopDelay = process.env.REPORT_LENS_LOOP_DELAY === '1' ? monitorEventLoopDelay({ resolution: 1 }) : undefined;
loopDelay?.enable();
connection.onRequest(LoopDelayRequest.method, (): LoopDelayResult | null => {
  if (!loopDelay) return null;
  const ms = (ns: number) => ns / 1e6;
  const r = { maxMs: ms(loopDelay.max), p99Ms: ms(loopDelay.percentile(99)), meanMs: ms(loopDelay.mean), samples: loopDelay.count };
  loopDelay.reset();
  return r;
});

documents.listen(connection);
connection.listen();
