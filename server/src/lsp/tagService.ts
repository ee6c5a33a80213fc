/**
 * The user's tags and corrections of a server: kept beside each report in a brat .ann file
 * (disk/tagStore.ts), and applied to every analysis so that detections marked wrong disappear everywhere.
 * The requests and quick fixes that change them are in handlers/tags.ts.
 */
import * as path from 'node:path';
import { MessageType, type Connection, type TextDocuments } from 'vscode-languageserver';
import { DecorationsChangedNotification, TagsChangedNotification } from '../../../shared/protocol';
import type { DocumentAnalysis, TextEdit } from '../core/analyze';
import { withCorrections } from '../core/corrections';
import type { L10n } from '../core/l10n';
import type { LostTag, Tag } from '../core/tags';
import { TagStore, type StepsRunner, type TagState } from '../disk/tagStore';
import { labelName } from './features/entities';
import type { ReportDocument } from './reportDocument';
import { fileNameOf } from './uris';

/** The tags of open reports, for every handler that shows or uses them. */
export interface TagService {
  readonly store: TagStore;
  /** The tags of an open document as objects (all of them: see tagsAt for a few), read again first if the .ann changed on disk. */
  tagsOf(uri: string): Tag[];
  /** The tags of an open document that cover `offset`, shortest first (core/tags.ts tagsAt). */
  tagsAt(uri: string, offset: number): Tag[];
  /** The analysis without the detections the user marked wrong. */
  corrected(uri: string, analysis: DocumentAnalysis): DocumentAnalysis;
  /** Edits as a document receives them, so that tags follow the text. */
  recordEdits(uri: string, edits: readonly TextEdit[]): void;
  /** Tells the client that the tags (and so the decorations) of a document changed. */
  notify(uri: string): void;
  /** The user's message for a .ann that cannot be read. */
  problemMessage(state: TagState): string;
}

interface TagServiceHost {
  connection: Connection;
  documents: TextDocuments<ReportDocument>;
  l10n(): L10n;
  tell(type: MessageType, message: string): void;
  /** Runs long work (a .ann of a million lines) in slices, with requests answered in between. */
  run: StepsRunner;
}

/** The tag store of a server, with its messages to the user. */
export function createTagService(host: TagServiceHost): TagService {
  const { connection, documents } = host;
  const corrections = new WeakMap<DocumentAnalysis, { key: string; value: DocumentAnalysis }>();
  // The corrections of a report as a key, computed again only when its tags changed (a report may have a million).
  const correctionKeys = new WeakMap<TagState, { generation: number; key: string }>();
  const correctionsKey = (state: TagState): string => {
    const hit = correctionKeys.get(state);
    if (hit?.generation === state.generation) return hit.key;
    // A pass over a byte per tag, and none at all while no tag can have a verdict: a report may have a million tags.
    let key = '';
    if (state.verdicts) for (const x of wrongTags(state)) key += `${key ? '|' : ''}${x.label}:${x.spans[0].start}:${x.spans[0].end}`;
    correctionKeys.set(state, { generation: state.generation, key });
    return key;
  };
  const told = new Set<string>();
  const notify = (uri: string) => {
    const doc = documents.get(uri);
    void connection.sendNotification(TagsChangedNotification.method, { uri, version: doc?.version ?? 0 });
    if (doc) void connection.sendNotification(DecorationsChangedNotification.method, { uri, version: doc.version });
  };
  const problemMessage = (state: TagState) => tagProblemMessage(state, host.l10n().t);
  const store = new TagStore(
    {
      lost(state, lost, logged) {
        host.tell(MessageType.Warning, lostMessage(state, lost, logged, host.l10n()));
        notify(state.uri);
      },
      problem(state) {
        const p = state.problem!;
        const key = `${state.ann}:${p.line}:${p.code}`;
        if (told.has(key)) return;
        told.add(key);
        host.tell(MessageType.Error, problemMessage(state));
        notify(state.uri);
      },
      writeFailed: (state, closing) => host.tell(MessageType.Warning, writeFailedMessage(state, closing, host.l10n().t)),
      reloaded: (state) => notify(state.uri),
    },
    host.run,
  );
  return {
    store,
    tagsOf: (uri) => store.current(uri)?.tags ?? [],
    tagsAt: (uri, offset) => store.current(uri)?.table.at(offset) ?? [],
    corrected(uri, analysis) {
      const state = store.get(uri);
      if (!state) return analysis;
      const key = correctionsKey(state);
      if (!key) return analysis;
      const hit = corrections.get(analysis);
      if (hit?.key === key) return hit.value;
      // Only the tags marked wrong matter to the corrections: objects for those, not for a million others.
      const value = withCorrections(analysis, wrongTags(state));
      corrections.set(analysis, { key, value });
      corrections.set(value, { key, value });
      return value;
    },
    recordEdits: (uri, edits) => store.recordEdits(uri, edits),
    notify,
    problemMessage,
  };
}

/** The tags marked wrong, as objects. */
function wrongTags(state: TagState): Tag[] {
  return state.table.withVerdict('wrong').map((i) => state.table.get(i));
}

/** The user's message for a .ann that cannot be read or written. */
function tagProblemMessage(state: TagState, t: L10n['t']): string {
  const p = state.problem!;
  const ann = path.basename(state.ann ?? '');
  if (p.code === 'shared') {
    return t('{0} keeps the tags of {1}, which has the same name: rename one of the two reports to tag {2}.', ann, p.message, fileNameOf(state.uri));
  }
  const why: Record<string, () => string> = {
    syntax: () => t('this line is not a brat annotation'),
    offsets: () => t('the offsets are not valid'),
    'duplicate-id': () => t('the annotation id is used twice'),
    'unknown-target': () => t('it refers to an annotation that is not in the file'),
    'missing-text': () => t('the text field is missing'),
    read: () => t('the file cannot be read'),
    encoding: () => t('it is not valid UTF-8 or GB18030 throughout, and Report Lens rewrites only a file it can read exactly'),
    link: () => t('it is a symbolic link, and Report Lens writes no file through a link'),
  };
  const reason = why[p.code]?.() ?? p.message;
  return p.line > 0
    ? t('{0}, line {1}: {2}. Report Lens will not change this file until it is fixed.', ann, p.line, reason)
    : t('{0}: {1} ({2}). Report Lens will not change this file until it is fixed.', ann, reason, t(p.message));
}

/** The user's message for tags whose text is gone: recorded in `logged`, or not yet. */
function lostMessage(state: TagState, lost: readonly LostTag[], logged: string | undefined, l10n: L10n): string {
  const names = lost.map((l) => `“${l.tag.spans.map((s) => s.text).join(' ').replace(/\s+/g, '')}” (${labelName(l.tag.label, l10n.t)})`).join(l10n.chinese ? '、' : ', ');
  const ann = path.basename(state.ann ?? '');
  return logged
    ? l10n.t('{0} tag(s) of {1} no longer match any text and were taken out of it: {2}. They are kept in {3}.', lost.length, ann, names, path.basename(logged))
    : l10n.t('{0} tag(s) of {1} no longer match any text: {2}. {3} cannot be written ({4}); they stay in {1} until it can.', lost.length, ann, names, `${ann}.lost`, state.writeError ?? '');
}

/** The user's message for tags moved by edits that could not be written. */
function writeFailedMessage(state: TagState, closing: boolean, t: L10n['t']): string {
  const ann = path.basename(state.ann ?? '');
  return closing
    ? t('Report Lens could not save the tags of {0} as the report closed: {1}. The file keeps the tags it had; they are found again by their text when the report opens.', ann, state.writeError ?? '')
    : t('Report Lens could not save the tags of {0}: {1}. They are kept in the editor and written at the next save or tag.', ann, state.writeError ?? '');
}
