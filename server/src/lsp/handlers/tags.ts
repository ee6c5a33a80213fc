/**
 * Requests on the user's tags: the tags of a document, add, remove, mark a detection right or wrong; and the
 * quick fixes for the same. Tags follow their report: loaded when it opens, moved by its edits, written when
 * it is saved (lsp/tagService.ts, disk/tagStore.ts).
 */
import {
  CodeActionKind,
  DidSaveTextDocumentNotification,
  type CodeAction,
  type Range,
} from 'vscode-languageserver';
import {
  AddTagRequest,
  MarkDetectionRequest,
  RemoveTagRequest,
  TagsRequest,
  type AddTagParams,
  type MarkDetectionParams,
  type RemoveTagParams,
  type TagEditResult,
  type TagsParams,
  type TagsResult,
  type WireTag,
} from '../../../../shared/protocol';
import { MARK_DETECTION_COMMAND, REMOVE_TAGS_COMMAND, TAG_RANGE_COMMAND } from '../../../../shared/commands';
import { WHOLE_DOCUMENT, type DocumentAnalysis } from '../../core/analyze';
import { byPosition, KIND_LABELS, kindOfLabel, trimSelection, type Tag } from '../../core/tags';
import type { EntityKind } from '../../core/types';
import type { TagResult, TagState } from '../../disk/tagStore';
import { labelName } from '../features/entities';
import { toWireRange } from '../features/positions';
import type { ReportDocument } from '../reportDocument';
import type { HandlerModule, ServerContext } from '../context';
import { restrictedMessage } from '../trust';

/** Tags follow their report: loaded when it opens, moved by its edits, written when it is saved. */
export const registerTags: HandlerModule = (ctx) => {
  const { documents, tags } = ctx;
  let saveRegistered = false;
  documents.onDidOpen((e) => {
    if (ctx.client.dynamicSave && !saveRegistered) {
      saveRegistered = true;
      void ctx.connection.client.register(DidSaveTextDocumentNotification.type, {
        documentSelector: [{ scheme: 'file', language: 'plaintext' }, { scheme: 'file', language: 'report' }],
        includeText: false,
      });
    }
    openTags(e.document);
  });
  // Restricted Mode (trust.ts): no .ann is read or written until the user trusts the workspace.
  const openTags = (doc: ReportDocument) => {
    if (!ctx.trusted) return;
    const uri = doc.uri;
    tags.store.open(uri, doc.snapshot(), doc.version).then(
      (state) => {
        if (state.table.size || state.problem || state.lost.length) tags.notify(uri);
      },
      (err) => ctx.logError(`reading the tags of ${uri}`, err),
    );
  };
  ctx.trustListeners.push(() => documents.all().forEach(openTags));
  documents.onDidChangeContent((e) => tags.store.changed(e.document.uri, e.document.snapshot(), e.document.version));
  documents.onDidSave((e) => void tags.store.saved(e.document.uri).catch((err) => ctx.logError(`saving the tags of ${e.document.uri}`, err)));
  documents.onDidClose((e) => void tags.store.close(e.document.uri).catch((err) => ctx.logError(`saving the tags of ${e.document.uri}`, err)));
  registerTagRequests(ctx);
};

function registerTagRequests(ctx: ServerContext): void {
  const { connection, documents, tags } = ctx;
  connection.onRequest(TagsRequest.method, async (params: TagsParams): Promise<TagsResult | null> => {
    // After the document's tag operations in progress (a save being written), and read again if the .ann changed.
    const state = await tags.store.refresh(params.textDocument.uri);
    const doc = documents.get(params.textDocument.uri);
    if (!doc || !state) return null;
    const shown = tagsInLines(doc, state, params.visibleLines);
    const wire: WireTag[] = shown.tags.map((tag) => ({
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
    const result: TagsResult = { version: doc.version, tags: wire, lost, ...(shown.partial ? { partial: true } : {}) };
    if (state.problem && state.ann) result.problem = { file: state.ann, line: state.problem.line, message: tags.problemMessage(state) };
    return result;
  });

  const answer = (uri: string, r: TagResult): TagEditResult => {
    if (r.ok) {
      tags.notify(uri);
      return { ok: true, ids: r.ids };
    }
    const { t } = ctx.l10n;
    const state = tags.store.get(uri);
    const messages: Record<string, () => string> = {
      'no-file': () => t('Save the report to a file first: its tags are kept in a .ann file beside it.'),
      problem: () => (state?.problem ? tags.problemMessage(state) : t('The .ann file beside the report cannot be read.')),
      empty: () => t('Select the text to tag first.'),
      'not-found': () => t('There is no tag here.'),
      write: () => t('Could not save the tags, so the change was undone: {0}', r.detail ?? ''),
    };
    return { ok: false, message: messages[r.reason]() };
  };

  connection.onRequest(AddTagRequest.method, async (params: AddTagParams): Promise<TagEditResult> => {
    if (!ctx.trusted) return { ok: false, message: restrictedMessage(ctx) };
    const doc = documents.get(params.textDocument.uri);
    const label = params.label?.trim();
    if (!doc || !label) return { ok: false, message: ctx.l10n.t('Select the text to tag first.') };
    const kind = kindOfLabel(label);
    return answer(doc.uri, await tags.store.add(doc.uri, kind ? KIND_LABELS[kind] : label, doc.offsetAt(params.range.start), doc.offsetAt(params.range.end)));
  });

  connection.onRequest(RemoveTagRequest.method, async (params: RemoveTagParams): Promise<TagEditResult> => {
    if (!ctx.trusted) return { ok: false, message: restrictedMessage(ctx) };
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return { ok: false, message: ctx.l10n.t('There is no tag here.') };
    const ids = params.ids ?? (params.position ? tags.tagsAt(doc.uri, doc.offsetAt(params.position)).slice(0, 1).map((x) => x.id) : []);
    return answer(doc.uri, await tags.store.remove(doc.uri, ids));
  });

  connection.onRequest(MarkDetectionRequest.method, async (params: MarkDetectionParams, token): Promise<TagEditResult> => {
    if (!ctx.trusted) return { ok: false, message: restrictedMessage(ctx) };
    const r = await ctx.analysisOf(params.textDocument.uri, token, WHOLE_DOCUMENT);
    const found = r?.analysis.at(r.doc.offsetAt(params.position)).find((a) => !params.kind || a.kind === params.kind);
    if (!r || !found) return { ok: false, message: ctx.l10n.t('Report Lens found nothing here to mark.') };
    return answer(r.doc.uri, await tags.store.add(r.doc.uri, KIND_LABELS[found.kind], found.start, found.end, params.verdict));
  });
}

/** Without visible lines, at most this many tags are sent: a report with a million would be a response of 100 MB. */
export const MAX_TAGS_SENT = 20_000;

/** The tags on the given lines (all without lines, up to MAX_TAGS_SENT): binary searches in the table's rows. */
function tagsInLines(doc: ReportDocument, state: TagState, lines: TagsParams['visibleLines']): { tags: Tag[]; partial: boolean } {
  const table = state.table;
  if (!lines?.length) {
    const count = Math.min(table.size, MAX_TAGS_SENT);
    const out = new Array<Tag>(count);
    for (let i = 0; i < count; i++) out[i] = table.get(i);
    return { tags: out, partial: table.size > MAX_TAGS_SENT };
  }
  const windows = lines.map((w) => ({ start: doc.offsetAt({ line: Math.max(0, w.start), character: 0 }), end: doc.offsetAt({ line: w.end + 1, character: 0 }) }));
  const found = new Map<string, Tag>();
  for (const w of windows) for (const tag of table.overlapping(w.start, w.end, MAX_TAGS_SENT)) found.set(tag.id, tag);
  // Windows may overlap or come in any order: each tag once, in position order, as the client expects.
  const out = [...found.values()].sort(byPosition).slice(0, MAX_TAGS_SENT);
  return { tags: out, partial: true };
}

/**
 * Quick fixes on a selection (tag it as a kind or a custom label) or at the cursor (mark the detection wrong
 * or right, remove a tag). Only Report Lens's own client runs the commands they call.
 */
export async function tagQuickFixes(ctx: ServerContext, doc: ReportDocument, analysis: DocumentAnalysis, range: Range): Promise<CodeAction[]> {
  if (!ctx.client.ownClient || !ctx.trusted) return [];
  const { t } = ctx.l10n;
  const start = doc.offsetAt(range.start);
  const end = doc.offsetAt(range.end);
  const kindName: Record<EntityKind, string> = { term: t('policy term'), figure: t('figure'), org: t('organisation') };
  const action = (title: string, command: string, arg: unknown): CodeAction => ({ title, kind: CodeActionKind.QuickFix, command: { title, command, arguments: [arg] } });
  const actions: CodeAction[] = [];
  if (end > start && trimSelection(doc.getText(), start, end)) {
    for (const kind of ['term', 'figure', 'org'] as const) {
      actions.push(action(t('Tag as {0}', kindName[kind]), TAG_RANGE_COMMAND, { uri: doc.uri, range, label: KIND_LABELS[kind] }));
    }
    for (const c of (await ctx.settings.get(doc.uri)).customTags) actions.push(action(t('Tag as “{0}”', c.name), TAG_RANGE_COMMAND, { uri: doc.uri, range, label: c.name }));
    return actions;
  }
  const found = ctx.tags.corrected(doc.uri, analysis).at(start)[0];
  if (found) {
    const text = found.text.replace(/\s+/g, '');
    const kind = kindName[found.kind];
    actions.push(action(t('Mark “{0}” as not a {1}', text, kind), MARK_DETECTION_COMMAND, { uri: doc.uri, position: range.start, verdict: 'wrong', kind: found.kind }));
    actions.push(action(t('Confirm “{0}” as a {1}', text, kind), MARK_DETECTION_COMMAND, { uri: doc.uri, position: range.start, verdict: 'right', kind: found.kind }));
  }
  for (const tag of ctx.tags.tagsAt(doc.uri, start)) {
    const text = tag.spans.map((s) => s.text).join(' ').replace(/\s+/g, '');
    actions.push(action(t('Remove tag “{0}” ({1})', text, labelName(tag.label, t)), REMOVE_TAGS_COMMAND, { uri: doc.uri, ids: [tag.id] }));
  }
  return actions;
}
