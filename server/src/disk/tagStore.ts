/**
 * The user's tags of each open report, kept in step with the text and saved beside the report as
 * brat standoff (`report.txt` → `report.ann`).
 *
 * - Offsets follow every edit while the report is open (core/tags.ts applyEdits).
 * - When the report is opened, tags whose offsets no longer hold their text are re-anchored by the
 *   text; those whose text is gone are reported and appended to `report.ann.lost`, never dropped.
 * - Writes are atomic (a temporary file renamed over the old one). A `.ann` that cannot be read is
 *   never written: its problem is reported with its line and tagging that report is refused until
 *   it is fixed. A `.ann` changed by another program is read again before anything is written.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TextEdit } from '../core/analyze';
import type { BratEntry, BratProblem } from '../core/standoff/brat';
import { addTag, applyEdits, lostTagLine, removeTag, tagsFromBrat, tagsToBrat, type LostTag, type Tag, type Verdict } from '../core/tags';
import type { PieceText } from '../core/pieceText';
import { annPathOf, readAnn, stampOf } from './annFiles';
import { writeAtomic } from './atomicWrite';
import { decodeBytes } from './decode';
import { pathOfUri } from './fileUris';

export interface TagState {
  uri: string;
  /** The .ann file beside the report; undefined for documents that are not files (untitled). */
  ann?: string;
  tags: Tag[];
  extra: BratEntry[];
  /** Tags whose text an edit removed in this session: an undo can bring them back. */
  removed: LostTag[];
  /** Tags reported lost (their text is gone). */
  lost: LostTag[];
  /** Set while the .ann cannot be read: nothing is written, tagging is refused. */
  problem?: { line: number; message: string; code: BratProblem['code'] | 'read' };
  /**
   * The text the tags' offsets refer to: a PieceText while a document is edited, made one string
   * only when tags need it (see textOf), so typing in an untagged report copies no text.
   */
  content: string | PieceText;
  version: number;
  /** Size and time of the .ann when last read or written, to notice changes made by others. */
  stamp?: string;
  /** Tags moved or changed since the .ann was last written. */
  unsaved: boolean;
}

/** The text a state's tag offsets refer to, as one string. */
export function textOf(state: TagState): string {
  return String(state.content);
}

export interface TagStoreEvents {
  /** Tags whose text is gone (appended to the `.lost` file when `logged`). */
  lost(state: TagState, lost: LostTag[], logged: string | undefined): void;
  /** The .ann file cannot be read. */
  problem(state: TagState): void;
}

export type TagResult = { ok: true; state: TagState; ids: string[] } | { ok: false; reason: 'no-file' | 'problem' | 'empty' | 'not-found' | 'write'; detail?: string };

/** The report's text as saved on disk (decoded as reports are), or undefined. */
function diskText(uri: string): string | undefined {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(fileURLToPath(uri));
  } catch {
    // Not on disk (deleted, or never saved): there is no saved text to compare with.
    return undefined;
  }
  const decoded = decodeBytes(bytes);
  return 'text' in decoded ? decoded.text : undefined;
}

export class TagStore {
  private states = new Map<string, TagState>();
  /** Edits received for a document since its tags last followed the text. */
  private pending = new Map<string, TextEdit[]>();

  constructor(private readonly events: TagStoreEvents) {}

  /** Loads the tags of a report that was opened. */
  open(uri: string, text: string | PieceText, version: number): TagState {
    const file = pathOfUri(uri);
    const ann = file === undefined ? undefined : annPathOf(file);
    const state: TagState = { uri, ann, tags: [], extra: [], removed: [], lost: [], content: text, version, unsaved: false };
    this.states.set(uri, state);
    this.pending.delete(uri);
    this.load(state);
    return state;
  }

  get(uri: string): TagState | undefined {
    return this.states.get(uri);
  }

  /** The state, read again first if another program changed the .ann file. */
  current(uri: string): TagState | undefined {
    const state = this.states.get(uri);
    if (state?.ann && stampOf(state.ann) !== state.stamp) this.load(state);
    return state;
  }

  close(uri: string): void {
    this.states.delete(uri);
    this.pending.delete(uri);
  }

  /** Records edits as the document receives them (in order), for the next `changed`. */
  recordEdits(uri: string, edits: readonly TextEdit[]): void {
    if (!this.states.has(uri)) return;
    const list = this.pending.get(uri) ?? [];
    list.push(...edits);
    this.pending.set(uri, list);
  }

  /** Moves the tags to the document's new text, with the recorded edits or, without them, a diff. */
  changed(uri: string, text: string | PieceText, version: number): void {
    const state = this.states.get(uri);
    if (!state) return;
    const recorded = this.pending.get(uri);
    this.pending.delete(uri);
    const untagged = state.tags.length === 0 && state.removed.length === 0;
    let edits = recorded?.length && lengthsAgree(state.content.length, text.length, recorded) ? recorded : undefined;
    // Without tags there is nothing to move; without recorded edits the texts are compared (once per change).
    if (!untagged && !edits && textOf(state) !== String(text)) edits = [diff(textOf(state), String(text))];
    if (!untagged && edits) {
      const r = applyEdits(state.tags, state.removed, edits, String(text));
      state.tags = r.tags;
      state.removed = r.removed;
      state.unsaved = true;
    }
    state.content = text;
    state.version = version;
  }

  /**
   * The report was saved: the .ann is brought up to date with the saved text, and tags whose text
   * was deleted are reported lost.
   */
  saved(uri: string): void {
    const state = this.current(uri);
    if (!state || state.problem) return;
    const gone = state.removed;
    state.removed = [];
    if (!state.unsaved && gone.length === 0) return;
    this.write(state, gone);
  }

  /** Tags [start, end) of the document with `label` (a correction when `verdict` is set), and saves. */
  add(uri: string, label: string, start: number, end: number, verdict?: Verdict): TagResult {
    const state = this.current(uri);
    const blocked = this.blocked(state);
    if (blocked) return blocked;
    const r = addTag(state!.tags, state!.extra, textOf(state!), label, start, end, verdict);
    if (!r) return { ok: false, reason: 'empty' };
    state!.tags = r.tags;
    return this.commit(state!, [r.tag.id]);
  }

  /** Removes tags by id and saves. */
  remove(uri: string, ids: readonly string[]): TagResult {
    const state = this.current(uri);
    const blocked = this.blocked(state);
    if (blocked) return blocked;
    const s = state!;
    const present = ids.filter((id) => s.tags.some((t) => t.id === id) || s.lost.some((l) => l.tag.id === id));
    if (!present.length) return { ok: false, reason: 'not-found' };
    for (const id of present) {
      const r = removeTag(s.tags, s.extra, id);
      s.tags = r.tags;
      s.extra = r.extra;
      s.lost = s.lost.filter((l) => l.tag.id !== id);
    }
    return this.commit(s, present);
  }

  private blocked(state: TagState | undefined): TagResult | undefined {
    if (!state?.ann) return { ok: false, reason: 'no-file' };
    if (state.problem) return { ok: false, reason: 'problem', detail: `${path.basename(state.ann)}:${state.problem.line}: ${state.problem.message}` };
    return undefined;
  }

  private commit(state: TagState, ids: string[]): TagResult {
    state.unsaved = true;
    try {
      this.write(state, []);
    } catch (e) {
      return { ok: false, reason: 'write', detail: (e as Error).message };
    }
    return { ok: true, state, ids };
  }

  /** Reads the .ann file into the state; re-anchors and reports what moved or was lost. */
  private load(state: TagState): void {
    if (!state.ann) return;
    const read = readAnn(state.ann);
    state.stamp = read.status === 'read' ? read.stamp : stampOf(state.ann);
    if (read.status === 'missing') {
      state.tags = [];
      state.extra = [];
      state.problem = undefined;
      return;
    }
    if (read.status === 'unreadable') {
      state.problem = { line: 0, code: 'read', message: read.message };
      this.events.problem(state);
      return;
    }
    const parsed = read.parsed;
    const file = tagsFromBrat(parsed, textOf(state));
    if (parsed.problems.length) {
      // Show what could be read, change nothing on disk.
      const p = parsed.problems[0];
      state.problem = { line: p.line, code: p.code, message: p.message };
      state.tags = file.tags;
      state.extra = file.extra;
      this.events.problem(state);
      return;
    }
    state.problem = undefined;
    state.tags = file.tags;
    state.extra = file.extra;
    state.removed = [];
    state.unsaved = false;
    if (!file.changed) return;
    // Re-anchored or lost: bring the file up to date now when the editor shows what is on disk.
    if (diskText(state.uri) === textOf(state)) {
      try {
        this.write(state, file.lost);
        return;
      } catch {
        /* reported below without the record; tried again at the next save */
      }
    }
    state.unsaved = true;
    state.lost = [...state.lost, ...file.lost];
    if (file.lost.length) this.events.lost(state, file.lost, undefined);
  }

  /** Writes the .ann (and appends newly lost tags to the .lost record). Throws when the disk refuses. */
  private write(state: TagState, newlyLost: LostTag[]): void {
    if (!state.ann || state.problem) return;
    if (stampOf(state.ann) !== state.stamp) {
      // Someone else changed the file: take their version first, re-anchored to our text.
      const mine = state.tags;
      this.load(state);
      if (state.problem) return;
      const same = (a: Tag, b: Tag) => a.label === b.label && a.spans[0].start === b.spans[0].start && a.spans[0].end === b.spans[0].end;
      for (const t of mine) if (!state.tags.some((o) => same(o, t))) state.tags.push({ ...t, id: nextFreeId(state) });
    }
    const exists = state.stamp !== undefined;
    if (!exists && state.tags.length === 0 && state.extra.length === 0 && newlyLost.length === 0) {
      state.unsaved = false;
      return;
    }
    let logged: string | undefined;
    if (newlyLost.length) {
      logged = `${state.ann}.lost`;
      fs.appendFileSync(logged, newlyLost.map((l) => lostTagLine(l, textOf(state))).join(''));
      state.lost = [...state.lost, ...newlyLost];
    }
    writeAtomic(state.ann, tagsToBrat(state.tags, state.extra, textOf(state)));
    state.stamp = stampOf(state.ann);
    state.unsaved = false;
    if (newlyLost.length) this.events.lost(state, newlyLost, logged);
  }
}

function nextFreeId(state: TagState): string {
  let n = 0;
  for (const e of [...state.tags, ...state.extra]) {
    const m = /^T(\d+)/.exec(e.id);
    if (m) n = Math.max(n, Number(m[1]));
  }
  return `T${n + 1}`;
}

/** True when applying `edits` to a text of length `from` gives length `to`. */
function lengthsAgree(from: number, to: number, edits: readonly TextEdit[]): boolean {
  return edits.reduce((n, e) => n + e.length - (e.end - e.start), from) === to;
}

/** One edit taking `a` to `b`: what lies between their common prefix and suffix. */
export function diff(a: string, b: string): TextEdit {
  let p = 0;
  const max = Math.min(a.length, b.length);
  while (p < max && a.charCodeAt(p) === b.charCodeAt(p)) p++;
  let s = 0;
  while (s < max - p && a.charCodeAt(a.length - 1 - s) === b.charCodeAt(b.length - 1 - s)) s++;
  return { start: p, end: a.length - s, length: b.length - s - p };
}
