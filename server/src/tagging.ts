/**
 * Annotating and tagging, wired into the server in one call: the user's tags and corrections (kept
 * in a brat .ann file beside each report), Find All References, Go to Definition, Document
 * Highlight, Workspace Symbols, the Report Entities view and exports.
 *
 * server.ts calls `registerTagging(...)` once, spreads `tagging.initialize(params)` into its
 * capabilities, and passes its analyses through `tagging.corrected(...)` so that detections the user
 * marked wrong disappear everywhere.
 */
import * as path from 'node:path';
import * as fs from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CodeActionKind,
  DidSaveTextDocumentNotification,
  MessageType,
  ShowMessageNotification,
  WorkDoneProgressReporter,
  type CancellationToken,
  type CodeAction,
  type Connection,
  type InitializeParams,
  type Range,
  type ServerCapabilities,
  type TextDocuments,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
  AddTagRequest,
  DecorationsChangedNotification,
  EntitiesRequest,
  ExportRequest,
  MarkDetectionRequest,
  RemoveTagRequest,
  TagsChangedNotification,
  TagsRequest,
  type AddTagParams,
  type EntitiesParams,
  type EntitiesResult,
  type ExportParams,
  type ExportResult,
  type MarkDetectionParams,
  type RemoveTagParams,
  type TagEditResult,
  type TagsParams,
  type TagsResult,
  type WireTag,
} from '../../shared/protocol';
import { Analyzer, type DocumentAnalysis, type TextEdit } from './core/analyze';
import type { TermMatcher } from './core/terms';
import type { EntityKind } from './core/types';
import { withCorrections } from './core/corrections';
import { KIND_LABELS, kindOfLabel, tagsAt, tagsFromBrat, trimSelection, type Tag } from './core/tags';
import { parseBrat } from './core/standoff/brat';
import { collectAnnotations, toBrat, toDoccano, type ExportDocument } from './core/export/annotations';
import { toCsv } from './core/export/csv';
import { toHtml } from './core/export/html';
import { htmlLang, htmlWords } from './exportWords';
import { TagStore, annPathOf, type TagResult, type TagState } from './tagStore';
import { WorkspaceIndex } from './workspaceIndex';
import { GlossaryLocations } from './glossaryLocations';
import { listReports, readReport } from './reportFiles';
import type { ReportDocument } from './reportDocument';
import { getReferences } from './features/references';
import { getDefinition } from './features/definition';
import { getDocumentHighlights } from './features/documentHighlight';
import { findSymbols, symbolsOf } from './features/workspaceSymbols';
import { getEntities, labelName } from './features/entities';
import { toWireRange } from './features/positions';
import { locale, t } from './l10n';

export interface TaggingHost {
  connection: Connection;
  documents: TextDocuments<ReportDocument>;
  /** The analysis of an open document's current version (server.ts's `analysisOf`). */
  analysisOf(uri: string, token?: CancellationToken): Promise<{ doc: TextDocument; analysis: DocumentAnalysis } | undefined>;
  /** The glossary matcher in use, to analyse reports that are not open. */
  matcher(): TermMatcher;
  /** Workspace folders (absolute paths). */
  workspaceFolders(): readonly string[];
  /** The user's glossary files (absolute paths), so Go to Definition finds their entries. */
  glossaryFiles?(): readonly string[];
}

export interface Tagging {
  /** Capabilities to add to the InitializeResult (references, definition, highlights, workspace symbols). */
  initialize(params: InitializeParams): ServerCapabilities;
  /** The analysis without the detections the user marked wrong. */
  corrected(uri: string, analysis: DocumentAnalysis): DocumentAnalysis;
  /** Edits as a document receives them; optional (changes are diffed without them). */
  recordEdits(uri: string, edits: readonly TextEdit[]): void;
  /** Quick fixes: tag the selection, mark the detection at the cursor wrong or right, remove a tag (VS Code only). */
  codeActions(doc: TextDocument, analysis: DocumentAnalysis, range: Range): Promise<CodeAction[]>;
}

/** Client commands the quick fixes run (client/src/tagging.ts implements them). */
export const TAG_RANGE_COMMAND = 'reportLens.tagRange';
export const MARK_DETECTION_COMMAND = 'reportLens.markDetectionAt';
export const REMOVE_TAGS_COMMAND = 'reportLens.removeTagsById';

/** A custom tag from the `reportLens.customTags` setting. */
export interface CustomTag {
  name: string;
  color?: string;
  description?: string;
}

/** Reads `reportLens.customTags` leniently: entries without a name are ignored. */
export function readCustomTags(value: unknown): CustomTag[] {
  if (!Array.isArray(value)) return [];
  const out: CustomTag[] = [];
  for (const v of value) {
    if (!v || typeof v !== 'object' || typeof (v as CustomTag).name !== 'string' || !(v as CustomTag).name.trim()) continue;
    const c = v as CustomTag;
    out.push({ name: c.name.trim(), ...(typeof c.color === 'string' ? { color: c.color } : {}), ...(typeof c.description === 'string' ? { description: c.description } : {}) });
  }
  return out;
}

const KIND_NAME: Record<EntityKind, () => string> = {
  term: () => t('policy term'),
  figure: () => t('figure'),
  org: () => t('organisation'),
};

export function registerTagging(host: TaggingHost): Tagging {
  const { connection, documents } = host;
  let vscodeClient = false;
  let dynamicSave = false;
  let serverProgress = false;
  const glossary = new GlossaryLocations(() => host.glossaryFiles?.() ?? []);
  const corrections = new WeakMap<DocumentAnalysis, { key: string; value: DocumentAnalysis }>();
  const told = new Set<string>();

  const tell = (type: MessageType, message: string) => void connection.sendNotification(ShowMessageNotification.type, { type, message });

  const store = new TagStore({
    lost(state, lost, logged) {
      const names = lost.map((l) => `“${l.tag.spans.map((s) => s.text).join(' ').replace(/\s+/g, '')}” (${labelName(l.tag.label)})`).join(locale().startsWith('zh') ? '、' : ', ');
      const ann = path.basename(state.ann ?? '');
      tell(
        MessageType.Warning,
        logged
          ? t('{0} tag(s) of {1} no longer match any text and were taken out of it: {2}. They are kept in {3}.', lost.length, ann, names, path.basename(logged))
          : t('{0} tag(s) of {1} no longer match any text: {2}. They are kept until the report is saved.', lost.length, ann, names),
      );
      notifyTags(state.uri);
    },
    problem(state) {
      const p = state.problem!;
      const key = `${state.ann}:${p.line}:${p.code}`;
      if (told.has(key)) return;
      told.add(key);
      tell(MessageType.Error, problemMessage(state));
      notifyTags(state.uri);
    },
  });

  function problemMessage(state: TagState): string {
    const p = state.problem!;
    const why: Record<string, () => string> = {
      syntax: () => t('this line is not a brat annotation'),
      offsets: () => t('the offsets are not valid'),
      'duplicate-id': () => t('the annotation id is used twice'),
      'unknown-target': () => t('it refers to an annotation that is not in the file'),
      'missing-text': () => t('the text field is missing'),
      read: () => t('the file cannot be read'),
    };
    return t('{0}, line {1}: {2}. Report Lens will not change this file until it is fixed.', path.basename(state.ann ?? ''), p.line, why[p.code]?.() ?? p.message);
  }

  function notifyTags(uri: string) {
    const doc = documents.get(uri);
    void connection.sendNotification(TagsChangedNotification.method, { uri, version: doc?.version ?? 0 });
    if (doc) void connection.sendNotification(DecorationsChangedNotification.method, { uri, version: doc.version });
  }

  /** The tags of an open document, read again first if the .ann changed on disk. */
  const tagsOf = (uri: string): Tag[] => store.current(uri)?.tags ?? [];

  function corrected(uri: string, analysis: DocumentAnalysis): DocumentAnalysis {
    const tags = store.get(uri)?.tags ?? [];
    const key = tags.filter((x) => x.verdict === 'wrong').map((x) => `${x.label}:${x.spans[0].start}:${x.spans[0].end}`).join('|');
    if (!key) return analysis;
    const hit = corrections.get(analysis);
    if (hit?.key === key) return hit.value;
    const value = withCorrections(analysis, tags);
    corrections.set(analysis, { key, value });
    corrections.set(value, { key, value });
    return value;
  }

  async function current(uri: string, token?: CancellationToken) {
    const r = await host.analysisOf(uri, token);
    return r ? { doc: r.doc, analysis: corrected(uri, r.analysis) } : undefined;
  }

  // ------------------------------------------------------------ documents

  documents.onDidOpen((e) => {
    if (dynamicSave) {
      dynamicSave = false; // register once
      void connection.client.register(DidSaveTextDocumentNotification.type, {
        documentSelector: [{ scheme: 'file', language: 'plaintext' }, { scheme: 'file', language: 'report' }],
        includeText: false,
      });
    }
    const state = store.open(e.document.uri, e.document.snapshot(), e.document.version);
    if (state.tags.length || state.problem) notifyTags(e.document.uri);
    scheduleWarmUp();
  });
  documents.onDidChangeContent((e) => store.changed(e.document.uri, e.document.snapshot(), e.document.version));
  documents.onDidSave((e) => store.saved(e.document.uri));
  documents.onDidClose((e) => store.close(e.document.uri));

  // ------------------------------------------------------------ references, definition, highlights

  connection.onReferences(async (params, token) => {
    const r = await current(params.textDocument.uri, token);
    if (!r) return null;
    return getReferences(r.doc, r.analysis, params.position, params.context.includeDeclaration, tagsOf(r.doc.uri), (term) => glossary.locate(term));
  });

  connection.onDefinition(async (params, token) => {
    const r = await current(params.textDocument.uri, token);
    return r ? getDefinition(r.doc, r.analysis, params.position, (term) => glossary.locate(term)) : null;
  });

  connection.onDocumentHighlight(async (params, token) => {
    const r = await current(params.textDocument.uri, token);
    return r ? getDocumentHighlights(r.doc, r.analysis, params.position, tagsOf(r.doc.uri)) : null;
  });

  // ------------------------------------------------------------ workspace symbols

  const index = new WorkspaceIndex(function* (text) {
    const analysis = yield* new Analyzer(host.matcher()).analyzeSteps(text);
    yield* analysis.prepare();
    return analysis;
  });
  let warmUp: NodeJS.Timeout | undefined;

  /** Progress shown while reports are read: on the request's token, else one the server creates. */
  function progressFor(reporter?: WorkDoneProgressReporter) {
    let active: WorkDoneProgressReporter | undefined;
    let finished = false;
    return {
      begin(total: number) {
        const title = t('Indexing reports');
        if (reporter && !WorkDoneProgressReporter.isNullInstance(reporter)) {
          active = reporter;
          reporter.begin(title, 0, t('{0} reports', total));
        } else if (serverProgress) {
          void connection.window.createWorkDoneProgress().then((p) => {
            if (finished) return p.done();
            active = p;
            p.begin(title, 0, t('{0} reports', total));
          });
        }
        return (done: number, all: number) => active?.report(Math.floor((done / all) * 100), t('{0} of {1}', done, all));
      },
      end() {
        finished = true;
        active?.done();
        active = undefined;
      },
    };
  }

  async function updateIndex(reporter?: WorkDoneProgressReporter, token?: CancellationToken) {
    index.invalidate(host.matcher());
    await index.update(host.workspaceFolders(), progressFor(reporter), () => !!token?.isCancellationRequested);
  }

  /** Indexes the folder shortly after the first report opens, so Ctrl+T answers at once. */
  function scheduleWarmUp() {
    if (warmUp || index.size) return;
    warmUp = setTimeout(() => void updateIndex().catch(() => undefined), 2000);
    warmUp.unref?.();
  }

  connection.onWorkspaceSymbol(async (params, token, workDone) => {
    await updateIndex(workDone, token);
    if (token.isCancellationRequested) return null;
    const open: { uri: string; name: string; symbols: ReturnType<typeof symbolsOf> }[] = [];
    for (const doc of documents.all()) {
      const r = await current(doc.uri, token);
      if (r) open.push({ uri: doc.uri, name: decodeURIComponent(doc.uri.slice(doc.uri.lastIndexOf('/') + 1)), symbols: symbolsOf(r.doc, r.analysis) });
    }
    const openUris = new Set(open.map((f) => f.uri));
    return findSymbols([...open, ...index.files().filter((f) => !openUris.has(f.uri))], params.query);
  });

  // ------------------------------------------------------------ tags

  connection.onRequest(TagsRequest.method, (params: TagsParams): TagsResult | null => {
    const doc = documents.get(params.textDocument.uri);
    const state = store.current(params.textDocument.uri);
    if (!doc || !state) return null;
    const tags: WireTag[] = state.tags.map((tag) => ({
      id: tag.id,
      label: tag.label,
      kind: kindOfLabel(tag.label) ?? 'tag',
      ...(tag.verdict ? { verdict: tag.verdict } : {}),
      text: tag.spans.map((s) => s.text).join(' '),
      ranges: tag.spans.map((s) => toWireRange(doc, s.start, s.end)),
    }));
    const lost = [...state.lost, ...state.removed].map((l) => ({
      id: l.tag.id,
      label: l.tag.label,
      text: l.tag.spans.map((s) => s.text).join(' '),
      line: doc.positionAt(Math.min(l.near, doc.getText().length)).line,
    }));
    const result: TagsResult = { version: doc.version, tags, lost };
    if (state.problem && state.ann) result.problem = { file: state.ann, line: state.problem.line, message: problemMessage(state) };
    return result;
  });

  function answer(uri: string, r: TagResult): TagEditResult {
    if (r.ok) {
      notifyTags(uri);
      return { ok: true, ids: r.ids };
    }
    const state = store.get(uri);
    const messages: Record<string, () => string> = {
      'no-file': () => t('Save the report to a file first: its tags are kept in a .ann file beside it.'),
      problem: () => (state?.problem ? problemMessage(state) : t('The .ann file beside the report cannot be read.')),
      empty: () => t('Select the text to tag first.'),
      'not-found': () => t('There is no tag here.'),
      write: () => t('Could not save the tags: {0}', r.detail ?? ''),
    };
    return { ok: false, message: messages[r.reason]() };
  }

  connection.onRequest(AddTagRequest.method, (params: AddTagParams): TagEditResult => {
    const doc = documents.get(params.textDocument.uri);
    const label = params.label?.trim();
    if (!doc || !label) return { ok: false, message: t('Select the text to tag first.') };
    const kind = kindOfLabel(label);
    return answer(doc.uri, store.add(doc.uri, kind ? KIND_LABELS[kind] : label, doc.offsetAt(params.range.start), doc.offsetAt(params.range.end)));
  });

  connection.onRequest(RemoveTagRequest.method, (params: RemoveTagParams): TagEditResult => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return { ok: false, message: t('There is no tag here.') };
    const ids = params.ids ?? (params.position ? tagsAt(tagsOf(doc.uri), doc.offsetAt(params.position)).slice(0, 1).map((x) => x.id) : []);
    return answer(doc.uri, store.remove(doc.uri, ids));
  });

  connection.onRequest(MarkDetectionRequest.method, async (params: MarkDetectionParams, token: CancellationToken): Promise<TagEditResult> => {
    const r = await current(params.textDocument.uri, token);
    if (!r) return { ok: false, message: t('Report Lens found nothing here to mark.') };
    const found = r.analysis.at(r.doc.offsetAt(params.position)).find((a) => !params.kind || a.kind === params.kind);
    if (!found) return { ok: false, message: t('Report Lens found nothing here to mark.') };
    return answer(r.doc.uri, store.add(r.doc.uri, KIND_LABELS[found.kind], found.start, found.end, params.verdict));
  });

  connection.onRequest(EntitiesRequest.method, async (params: EntitiesParams, token: CancellationToken): Promise<EntitiesResult | null> => {
    const r = await current(params.textDocument.uri, token);
    if (!r) return null;
    const state = store.current(r.doc.uri);
    return getEntities(r.doc, r.analysis, state?.tags ?? [], [...(state?.lost ?? []), ...(state?.removed ?? [])]);
  });

  // ------------------------------------------------------------ export

  async function customTags(uri?: string): Promise<CustomTag[]> {
    try {
      const s = (await connection.workspace.getConfiguration(uri ? { scopeUri: uri, section: 'reportLens' } : { section: 'reportLens' })) as { customTags?: unknown } | null;
      return readCustomTags(s?.customTags);
    } catch {
      return [];
    }
  }

  /** A closed report read from disk with the tags beside it (a corrupt .ann contributes no tags). */
  async function exportDocOnDisk(file: string, analyzer: Analyzer, folder: string): Promise<ExportDocument | undefined> {
    const text = await readReport(file);
    if (text === undefined) return undefined;
    let tags: Tag[] = [];
    try {
      const parsed = parseBrat(fs.readFileSync(annPathOf(file), 'utf8'));
      if (!parsed.problems.length) tags = tagsFromBrat(parsed, text).tags;
    } catch {
      /* no .ann */
    }
    const analysis = withCorrections(analyzer.analyze(text), tags);
    return { name: path.relative(folder, file).split(path.sep).join('/'), text, annotations: collectAnnotations(text, analysis, tags) };
  }

  connection.onRequest(ExportRequest.method, async (params: ExportParams, token: CancellationToken): Promise<ExportResult> => {
    const docs: ExportDocument[] = [];
    let base: string;
    if (params.folder) {
      const folder = params.folder.startsWith('file:') ? fileURLToPath(params.folder) : params.folder;
      base = path.basename(folder);
      const analyzer = new Analyzer(host.matcher());
      const files = await listReports(folder, () => token.isCancellationRequested);
      const progress = progressFor();
      const report = progress.begin(files.length);
      try {
        for (let i = 0; i < files.length && !token.isCancellationRequested; i++) {
          report(i, files.length);
          const uri = pathToFileURL(files[i]).toString();
          const open = documents.get(uri) ? await current(uri, token) : undefined;
          const name = path.relative(folder, files[i]).split(path.sep).join('/');
          const doc = open
            ? { name, text: open.analysis.text, annotations: collectAnnotations(open.analysis.text, open.analysis, tagsOf(uri)) }
            : await exportDocOnDisk(files[i], analyzer, folder);
          if (doc) docs.push(doc);
          await new Promise((resolve) => setImmediate(resolve));
        }
      } finally {
        progress.end();
      }
    } else if (params.textDocument) {
      const r = await current(params.textDocument.uri, token);
      if (!r) return { files: [], reports: 0 };
      const name = decodeURIComponent(r.doc.uri.slice(r.doc.uri.lastIndexOf('/') + 1));
      base = name.replace(/\.[^.]*$/, '') || name;
      docs.push({ name, text: r.analysis.text, annotations: collectAnnotations(r.analysis.text, r.analysis, tagsOf(r.doc.uri)) });
    } else {
      return { files: [], reports: 0 };
    }
    return { files: await render(params.format, docs, base, params.textDocument?.uri), reports: docs.length };
  });

  async function render(format: ExportParams['format'], docs: ExportDocument[], base: string, uri?: string): Promise<ExportResult['files']> {
    const stem = (name: string) => name.replace(/\.[^./]*$/, '');
    switch (format) {
      case 'brat':
        // brat reads a folder of .txt/.ann pairs: the text goes with its annotations.
        return docs.length === 1 && uri
          ? [{ name: `${stem(docs[0].name)}.ann`, content: toBrat(docs[0]) }]
          : docs.flatMap((d) => [
              { name: `${stem(d.name)}.txt`, content: d.text },
              { name: `${stem(d.name)}.ann`, content: toBrat(d) },
            ]);
      case 'doccano':
        return [{ name: `${base}.jsonl`, content: docs.map((d) => toDoccano(d) + '\n').join('') }];
      case 'csv':
        return [{ name: `${base}.csv`, content: toCsv(docs) }];
      case 'html': {
        const colors: Record<string, string> = {};
        for (const c of await customTags(uri)) if (c.color) colors[c.name] = c.color;
        return [{ name: `${base}.html`, content: toHtml(docs, { title: docs.length === 1 ? docs[0].name : base, lang: htmlLang(), words: htmlWords(), tagColors: colors }) }];
      }
      default:
        return [];
    }
  }

  // ------------------------------------------------------------ quick fixes

  function buildActions(doc: TextDocument, analysis: DocumentAnalysis, range: Range, custom: CustomTag[]): CodeAction[] {
    const start = doc.offsetAt(range.start);
    const end = doc.offsetAt(range.end);
    const actions: CodeAction[] = [];
    const action = (title: string, command: string, arg: unknown): CodeAction => ({ title, kind: CodeActionKind.QuickFix, command: { title, command, arguments: [arg] } });
    if (end > start && trimSelection(doc.getText(), start, end)) {
      for (const kind of ['term', 'figure', 'org'] as const) {
        actions.push(action(t('Tag as {0}', KIND_NAME[kind]()), TAG_RANGE_COMMAND, { uri: doc.uri, range, label: KIND_LABELS[kind] }));
      }
      for (const c of custom) actions.push(action(t('Tag as “{0}”', c.name), TAG_RANGE_COMMAND, { uri: doc.uri, range, label: c.name }));
      return actions;
    }
    const found = analysis.at(start)[0];
    if (found) {
      const text = found.text.replace(/\s+/g, '');
      const kind = KIND_NAME[found.kind]();
      actions.push(action(t('Mark “{0}” as not a {1}', text, kind), MARK_DETECTION_COMMAND, { uri: doc.uri, position: range.start, verdict: 'wrong', kind: found.kind }));
      actions.push(action(t('Confirm “{0}” as a {1}', text, kind), MARK_DETECTION_COMMAND, { uri: doc.uri, position: range.start, verdict: 'right', kind: found.kind }));
    }
    for (const tag of tagsAt(tagsOf(doc.uri), start)) {
      const text = tag.spans.map((s) => s.text).join(' ').replace(/\s+/g, '');
      actions.push(action(t('Remove tag “{0}” ({1})', text, labelName(tag.label)), REMOVE_TAGS_COMMAND, { uri: doc.uri, ids: [tag.id] }));
    }
    return actions;
  }

  return {
    initialize(params) {
      const init = (params.initializationOptions ?? {}) as { clientDrawsDecorations?: boolean };
      vscodeClient = !!init.clientDrawsDecorations;
      dynamicSave = !!params.capabilities.textDocument?.synchronization?.dynamicRegistration;
      serverProgress = !!params.capabilities.window?.workDoneProgress;
      return { referencesProvider: true, definitionProvider: true, documentHighlightProvider: true, workspaceSymbolProvider: { workDoneProgress: true } };
    },
    corrected,
    recordEdits: (uri, edits) => store.recordEdits(uri, edits),
    async codeActions(doc, analysis, range) {
      if (!vscodeClient) return [];
      const selection = doc.offsetAt(range.end) > doc.offsetAt(range.start);
      return buildActions(doc, corrected(doc.uri, analysis), range, selection ? await customTags(doc.uri) : []);
    },
  };
}
