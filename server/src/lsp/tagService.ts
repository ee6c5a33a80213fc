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
import type { Tag } from '../core/tags';
import { TagStore, type TagState } from '../disk/tagStore';
import { labelName } from './features/entities';
import type { ReportDocument } from './reportDocument';

/** The tags of open reports, for every handler that shows or uses them. */
export interface TagService {
  readonly store: TagStore;
  /** The tags of an open document, read again first if the .ann changed on disk. */
  tagsOf(uri: string): Tag[];
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
}

/** The tag store of a server, with its messages to the user. */
export function createTagService(host: TagServiceHost): TagService {
  const { connection, documents } = host;
  const corrections = new WeakMap<DocumentAnalysis, { key: string; value: DocumentAnalysis }>();
  const told = new Set<string>();
  const notify = (uri: string) => {
    const doc = documents.get(uri);
    void connection.sendNotification(TagsChangedNotification.method, { uri, version: doc?.version ?? 0 });
    if (doc) void connection.sendNotification(DecorationsChangedNotification.method, { uri, version: doc.version });
  };
  const problemMessage = (state: TagState): string => {
    const { t } = host.l10n();
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
  };
  const store = new TagStore({
    lost(state, lost, logged) {
      const l10n = host.l10n();
      const names = lost.map((l) => `“${l.tag.spans.map((s) => s.text).join(' ').replace(/\s+/g, '')}” (${labelName(l.tag.label, l10n.t)})`).join(l10n.chinese ? '、' : ', ');
      const ann = path.basename(state.ann ?? '');
      host.tell(
        MessageType.Warning,
        logged
          ? l10n.t('{0} tag(s) of {1} no longer match any text and were taken out of it: {2}. They are kept in {3}.', lost.length, ann, names, path.basename(logged))
          : l10n.t('{0} tag(s) of {1} no longer match any text: {2}. They are kept until the report is saved.', lost.length, ann, names),
      );
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
  });
  return {
    store,
    tagsOf: (uri) => store.current(uri)?.tags ?? [],
    corrected(uri, analysis) {
      const tags = store.get(uri)?.tags ?? [];
      const key = tags.filter((x) => x.verdict === 'wrong').map((x) => `${x.label}:${x.spans[0].start}:${x.spans[0].end}`).join('|');
      if (!key) return analysis;
      const hit = corrections.get(analysis);
      if (hit?.key === key) return hit.value;
      const value = withCorrections(analysis, tags);
      corrections.set(analysis, { key, value });
      corrections.set(value, { key, value });
      return value;
    },
    recordEdits: (uri, edits) => store.recordEdits(uri, edits),
    notify,
    problemMessage,
  };
}
