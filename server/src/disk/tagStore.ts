/**
 * The user's tags of each open report, kept in step with the text and saved beside the report as
 * brat standoff (`report.txt` → `report.ann`, see core/standoff/annNames.ts).
 *
 * - Offsets follow every edit while the report is open (core/tags.ts applyEdits).
 * - When the report is opened, tags whose offsets no longer hold their text are re-anchored by the
 *   text; those whose text is gone are reported and appended to `report.ann.lost` at once, with the
 *   lines that refer to them, whether the report has unsaved changes or not.
 * - Writes are atomic (a temporary file renamed over the old one), never through a link, and in the
 *   .ann's own encoding. A `.ann` that cannot be read, or not read exactly, is never written: its problem
 *   is reported and tagging that report is refused until it is fixed. A `.ann` changed by another
 *   program is read again before anything is written.
 * - A tag, removal or correction the disk refuses is undone in the editor as well (the request says why);
 *   tags moved by edits that cannot be saved stay in memory, with a warning, and are written at the next
 *   save, tag or close.
 * - A .ann of a million lines is read and written in steps (the runner given), so the server answers
 *   other requests meanwhile; edits that arrive during a step are applied after it.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { TextEdit } from '../core/analyze';
import type { BratEntry, BratProblem } from '../core/standoff/brat';
import { parseBratSteps } from '../core/standoff/brat';
import { dependentsOf, lostTagLines, reanchor, tagsToBratSteps, type LostTag, type Tag, type Verdict } from '../core/tags';
import { addToTable, applyEditsToTable, insertAll, lineCountSteps, TagTable, tagTableFromBratSteps } from '../core/tagTable';
import type { PieceText } from '../core/pieceText';
import { finish, type Steps } from '../core/steps';
import { annPathOf, appendLost, NEW_ANN, readAnnPiecesAsync, rivalOf, stampOf, UNREACHABLE, type AnnEncoding } from './annFiles';
import { RefusedWrite, removeStaleTemps, writeAtomicAsync } from './atomicWrite';
import { decodeBytes } from './decode';
import { encodeText } from './encode';
import { MAX_TEXT_BYTES, readRegularFileAsync } from './safeRead';
import { pathOfUri } from './fileUris';

/** Why tagging a report is refused: a line of its .ann, or the file itself. */
export type TagProblemCode = BratProblem['code'] | 'read' | 'encoding' | 'link' | 'shared';

export interface TagState {
  uri: string;
  /** The .ann file beside the report; undefined for documents that are not files (untitled). */
  ann?: string;
  /**
   * The tags, in position order (core/tags.ts byPosition), as rows of numbers: a report may have a million, and as
   * objects they would keep the garbage collector busy for hundreds of milliseconds at a time (core/tagTable.ts).
   */
  table: TagTable;
  /** Every tag as an object, made on each read: for tests and what needs them all; requests use `table`. */
  readonly tags: Tag[];
  extra: BratEntry[];
  /** Tags whose text an edit removed in this session: an undo can bring them back. */
  removed: LostTag[];
  /** Tags reported lost (their text is gone). */
  lost: LostTag[];
  /** Set while the .ann cannot be read or written: nothing is written, tagging is refused. */
  problem?: { line: number; message: string; code: TagProblemCode };
  /**
   * The document's text: a PieceText while it is edited, made one string only when tags need it (see
   * textOf), so typing in an untagged report copies no text.
   */
  content: string | PieceText;
  version: number;
  /** Size and time of the .ann when last read or written, to notice changes made by others. */
  stamp?: string;
  /** Tags moved or changed since the .ann was last written. */
  unsaved: boolean;
  /** How the .ann is encoded, to write it back the same way. */
  encoding: AnnEncoding;
  /** Records of lost tags the .lost file refused so far: no .ann is written without them until they are kept. */
  unrecorded: string[];
  /** The last write that failed, and why; cleared by the next that succeeds. */
  writeError?: string;
  /** The highest number among the T ids, for the next tag's id without a look at a million others. */
  lastT: number;
  /** Counts the changes of the tags (edits, reads, the user's changes), for what is computed from them. */
  generation: number;
  /**
   * False while no tag can have a verdict (none in the .ann when read, none given since): the corrections of a
   * report with a million tags and none of them are then known without looking at each.
   */
  verdicts: boolean;
}

/** The text a state's tag offsets refer to, as one string. */
export function textOf(state: TagState): string {
  return String(state.content);
}

export interface TagStoreEvents {
  /** Tags whose text is gone: recorded in the `.lost` file `logged`, or not yet (undefined) when it refused. */
  lost(state: TagState, lost: LostTag[], logged: string | undefined): void;
  /** The .ann file cannot be read, or cannot be written (a link, shared with another report). */
  problem(state: TagState): void;
  /** Tags moved by edits could not be written (`state.writeError` says why); `closing`: the report closed meanwhile. */
  writeFailed(state: TagState, closing: boolean): void;
  /** The tags were read again (another program changed the .ann, or a long read ended). */
  reloaded(state: TagState): void;
}

export type TagResult = { ok: true; state: TagState; ids: string[] } | { ok: false; reason: 'no-file' | 'problem' | 'empty' | 'not-found' | 'write'; detail?: string };

/** Runs a long computation in steps; the server gives one that lets requests in between. */
export type StepsRunner = <T>(steps: Steps<T>) => Promise<T>;

/** Without a server: all steps at once. */
const straightThrough: StepsRunner = async (steps) => finish(steps);

/** Errors of the file system and refusals a write can meet: reported, never thrown further. */
function writeFailure(e: unknown): string {
  if (e instanceof RefusedWrite) return e.message;
  if (typeof (e as NodeJS.ErrnoException).code === 'string') return (e as Error).message;
  throw e;
}

/** The report's text as saved on disk (decoded as reports are), or undefined. */
async function diskText(uri: string): Promise<string | undefined> {
  const file = pathOfUri(uri);
  if (file === undefined) return undefined;
  const read = await readRegularFileAsync(file, MAX_TEXT_BYTES);
  if ('problem' in read) return undefined; // not on disk (deleted, never saved, not a file): nothing to compare with
  const decoded = decodeBytes(read.bytes);
  return 'text' in decoded ? decoded.text : undefined;
}

/** Per state: edits that came while its tags were being read or written, applied once that is done. */
interface Held {
  /** The text the tags refer to while they are held. */
  basis: string | PieceText;
  /** The edits since, in order; undefined once one came without its edits (then the texts are compared). */
  edits?: TextEdit[];
}

export class TagStore {
  private states = new Map<string, TagState>();
  /** Edits received for a document since its tags last followed the text. */
  private pending = new Map<string, TextEdit[]>();
  /** Each state's operations, one after another. */
  private queues = new WeakMap<TagState, Promise<unknown>>();
  private held = new WeakMap<TagState, Held>();

  constructor(
    private readonly events: TagStoreEvents,
    private readonly run: StepsRunner = straightThrough,
  ) {}

  /** Loads the tags of a report that was opened; the state is there at once, its tags once the promise resolves. */
  open(uri: string, text: string | PieceText, version: number): Promise<TagState> {
    const file = pathOfUri(uri);
    const ann = file === undefined ? undefined : annPathOf(file);
    const state: TagState = {
      uri,
      ann,
      table: new TagTable(),
      get tags() {
        return this.table.all();
      },
      extra: [],
      removed: [],
      lost: [],
      content: text,
      version,
      unsaved: false,
      encoding: NEW_ANN,
      unrecorded: [],
      lastT: 0,
      generation: 0,
      verdicts: false,
    };
    this.states.set(uri, state);
    this.pending.delete(uri);
    return this.queue(state, async () => {
      if (!ann) return state;
      // Writes killed between creating their temporary file and renaming it left it behind.
      removeStaleTemps(ann);
      const rival = rivalOf(file!);
      if (rival) {
        state.problem = { line: 0, code: 'shared', message: path.basename(rival) };
        this.events.problem(state);
        return state;
      }
      await this.load(state);
      return state;
    });
  }

  get(uri: string): TagState | undefined {
    return this.states.get(uri);
  }

  /** The state as it is; read again in the background (then `reloaded`) if another program changed the .ann. */
  current(uri: string): TagState | undefined {
    const state = this.states.get(uri);
    if (state && !this.held.has(state) && changedOnDisk(state)) {
      void this.refresh(uri);
    }
    return state;
  }

  /** The state, read again first if another program changed the .ann. */
  refresh(uri: string): Promise<TagState | undefined> {
    const state = this.states.get(uri);
    if (!state) return Promise.resolve(undefined);
    return this.queue(state, async () => {
      await this.reloadIfChanged(state);
      return state;
    });
  }

  /**
   * The report closed. Tags moved by edits that are saved in the report but not yet in the .ann (its last
   * write failed) are written now; if that fails too, the .ann keeps the last tags written.
   */
  close(uri: string): Promise<void> {
    const state = this.states.get(uri);
    this.states.delete(uri);
    this.pending.delete(uri);
    if (!state?.unsaved || !state.ann || state.problem) return Promise.resolve();
    return this.queue(state, async () => {
      if ((await diskText(state.uri)) !== textOf(state)) return; // closed without saving: the .ann is right for the text on disk
      try {
        await this.write(state);
      } catch (e) {
        state.writeError = writeFailure(e);
        this.events.writeFailed(state, true);
      }
    });
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
    const held = this.held.get(state);
    if (held) {
      // The tags are being read or written: their edits wait.
      const fits = held.edits && recorded?.length && lengthsAgree(state.content.length, text.length, recorded);
      held.edits = fits ? [...held.edits!, ...recorded!] : undefined;
    } else this.follow(state, state.content, text, recorded);
    state.content = text;
    state.version = version;
  }

  /** Moves the tags from the text `from` to `text`. */
  private follow(state: TagState, from: string | PieceText, text: string | PieceText, recorded: TextEdit[] | undefined): void {
    if (state.table.size === 0 && state.removed.length === 0) return; // nothing to move
    let edits = recorded?.length && lengthsAgree(from.length, text.length, recorded) ? recorded : undefined;
    // Without recorded edits the texts are compared (once per change).
    if (!edits && String(from) !== String(text)) edits = [diff(String(from), String(text))];
    if (!edits) return;
    state.removed = applyEditsToTable(state.table, state.removed, edits, String(text));
    state.unsaved = true;
    state.generation++;
  }

  /**
   * The report was saved: tags whose text was deleted are recorded as lost, and the .ann is brought up to
   * date with the saved text. A write that fails keeps the tags in memory, says so, and is tried again.
   */
  saved(uri: string): Promise<void> {
    const state = this.states.get(uri);
    if (!state) return Promise.resolve();
    return this.queue(state, async () => {
      await this.reloadIfChanged(state);
      if (state.problem) return;
      const gone = state.removed;
      state.removed = [];
      if (gone.length) this.recordLost(state, gone);
      if (!state.unsaved && !state.unrecorded.length) return;
      await this.writeOrWarn(state);
    });
  }

  /** Tags [start, end) of the document with `label` (a correction when `verdict` is set), and saves. */
  add(uri: string, label: string, start: number, end: number, verdict?: Verdict): Promise<TagResult> {
    return this.edit(uri, (state) => {
      const before = state.lastT;
      const r = addToTable(state.table, textOf(state), label, start, end, verdict, `T${state.lastT + 1}`);
      if (!r) return { ok: false, reason: 'empty' };
      const previous = r.was;
      if (verdict) state.verdicts = true;
      if (!previous) state.lastT++;
      // Undone if the disk refuses: the new tag goes, or the tag it changed gets its verdict back.
      const undo = () => {
        state.lastT = before;
        const rows = state.table.rowsOf([r.tag.id]);
        if (!previous) state.table.removeRows(rows);
        else for (const i of rows) state.table.setVerdict(i, previous.verdict);
      };
      return { ids: [r.tag.id], undo };
    });
  }

  /** Removes tags (or lost tags) by id, with the lines that refer to them, and saves. */
  remove(uri: string, ids: readonly string[]): Promise<TagResult> {
    return this.edit(uri, (s) => {
      // One pass over the tags (a report may have a million), not one per id.
      const at = s.table.rowsOf(ids);
      const present = ids.filter((id) => at.some((i) => s.table.idAt(i) === id) || s.lost.some((l) => l.tag.id === id));
      if (!present.length) return { ok: false, reason: 'not-found' };
      const before = { tags: at.map((i) => s.table.get(i)), extra: s.extra, lost: s.lost, version: s.version, lastT: s.lastT };
      s.table.removeRows(at);
      for (const id of present) {
        s.extra = dependentsOf(s.extra, [id]).kept;
        s.lost = s.lost.filter((l) => l.tag.id !== id);
      }
      // The next tag takes the number after the highest left, as brat and the file's other tools do (in steps).
      const settle = lastTagNumberSteps(s.table, s.lost);
      const undo = () => {
        s.extra = before.extra;
        s.lost = before.lost;
        s.lastT = before.lastT;
        // Edits during the write moved the other tags; the removed ones are found again by their text.
        const back = s.version === before.version ? { tags: before.tags, lost: [] } : reanchor(before.tags, textOf(s));
        // A table left empty did not follow the edits (nothing to move): its text is the document's again.
        s.table.text = textOf(s);
        insertAll(s.table, back.tags);
        if (back.tags.some((t) => t.verdict)) s.verdicts = true;
        if (back.lost.length) this.recordLost(s, back.lost);
      };
      return { ids: present, undo, settle };
    });
  }

  /** A change the user asked for: made, written, and undone when the write fails. */
  private edit(
    uri: string,
    change: (state: TagState) => { ids: string[]; undo: () => void; settle?: Steps<number> } | Extract<TagResult, { ok: false }>,
  ): Promise<TagResult> {
    const state = this.states.get(uri);
    if (!state?.ann) return Promise.resolve({ ok: false, reason: 'no-file' });
    return this.queue(state, async (): Promise<TagResult> => {
      await this.reloadIfChanged(state);
      if (state.problem) return { ok: false, reason: 'problem', detail: `${path.basename(state.ann!)}:${state.problem.line}: ${state.problem.message}` };
      const r = change(state);
      if ('ok' in r) return r;
      // The tags changed in place: what is computed from them must see it now, not after the write.
      state.generation++;
      // The highest T number left after a removal: a million tags to look at, in steps, with edits held meanwhile.
      if (r.settle) {
        const settle = r.settle;
        state.lastT = await this.holding(state, () => this.run(settle));
      }
      state.unsaved = true;
      try {
        await this.write(state);
      } catch (e) {
        const detail = writeFailure(e);
        r.undo();
        return { ok: false, reason: 'write', detail };
      }
      return { ok: true, state, ids: r.ids };
    });
  }

  /** Runs `op` after the state's earlier operations; a failure of one does not stop the next. */
  private queue<T>(state: TagState, op: () => Promise<T>): Promise<T> {
    const previous = this.queues.get(state) ?? Promise.resolve();
    const run = async () => {
      try {
        return await op();
      } finally {
        state.generation++;
      }
    };
    const next = previous.then(run, run);
    this.queues.set(state, next.catch(() => undefined));
    return next;
  }

  /**
   * While `work` runs, edits wait: it reads or writes the tags against `basis`, the text they refer to
   * when it starts. After it, the edits move the tags (as `work` left them) to the document's text.
   */
  private async holding<T>(state: TagState, work: (basis: string) => Promise<T>): Promise<T> {
    const held: Held = { basis: state.content, edits: [] };
    this.held.set(state, held);
    try {
      return await work(String(held.basis));
    } finally {
      this.held.delete(state);
      if (held.basis !== state.content) this.follow(state, held.basis, state.content, held.edits);
    }
  }

  private async reloadIfChanged(state: TagState): Promise<void> {
    if (!changedOnDisk(state)) return;
    await this.load(state);
    this.events.reloaded(state);
  }

  /** Reads the .ann file into the state; re-anchors and reports what moved or was lost. */
  private async load(state: TagState): Promise<void> {
    const ann = state.ann!;
    const changed = await this.holding(state, async (basis) => {
      const read = await readAnnPiecesAsync(ann, this.run);
      if (read.status === 'missing') {
        Object.assign(state, { table: new TagTable(basis), extra: [], removed: [], problem: undefined, stamp: undefined, encoding: NEW_ANN, lastT: 0, verdicts: false });
        return false;
      }
      if (read.status === 'unreadable') {
        state.stamp = stampOf(ann);
        state.problem = { line: 0, code: read.reason === 'encoding' ? 'encoding' : 'read', message: read.message };
        this.events.problem(state);
        return false;
      }
      // The T lines go straight into the table as they are parsed: no object per tag (core/tagTable.ts).
      const lines = await this.run(lineCountSteps(read.pieces));
      const file = await this.run(tagTableFromBratSteps((textBound) => parseBratSteps(read.pieces, textBound), basis, lines));
      Object.assign(state, { stamp: read.stamp, encoding: read.encoding, table: file.table, extra: file.extra, removed: [], unsaved: false, problem: undefined, verdicts: file.verdicts });
      state.lastT = await this.run(lastTagNumberSteps(file.table, file.lost));
      const p = file.parsed.problems[0];
      // Show what could be read, change nothing on disk.
      if (p) state.problem = { line: p.line, code: p.code, message: p.message };
      else if (fs.lstatSync(ann, { throwIfNoEntry: false })?.isSymbolicLink()) state.problem = { line: 0, code: 'link', message: 'is a symbolic link' };
      if (state.problem) {
        this.events.problem(state);
        return false;
      }
      // A tag whose text is gone is recorded now: an .ann rewritten later (at a save) must not drop it unseen.
      if (file.lost.length) this.recordLost(state, file.lost, basis);
      if (file.changed) state.unsaved = true;
      return file.changed;
    });
    // Re-anchored or lost: bring the file up to date now when the editor shows what is on disk, else at the save.
    if (changed && (await diskText(state.uri)) === textOf(state)) await this.writeOrWarn(state);
  }

  /**
   * Moves lost tags out of the state with the entries that refer to them and appends them to the .lost
   * record. When that record refuses them, they are kept for the next write, which tries again first.
   */
  private recordLost(state: TagState, lost: LostTag[], text = textOf(state)): void {
    const { kept, dependents } = dependentsOf(state.extra, lost.map((l) => l.tag.id));
    state.extra = kept;
    const known = new Set(state.lost.map((l) => `${l.tag.id}\t${l.tag.label}\t${l.tag.spans.map((s) => s.text).join(' ')}`));
    state.lost = [...state.lost, ...lost.filter((l) => !known.has(`${l.tag.id}\t${l.tag.label}\t${l.tag.spans.map((s) => s.text).join(' ')}`))];
    state.unsaved = true;
    const record = lostTagLines(lost, dependents, text);
    let logged: string | undefined;
    try {
      logged = appendLost(state.ann!, record, state.encoding);
    } catch (e) {
      state.unrecorded.push(record);
      state.writeError = writeFailure(e);
    }
    this.events.lost(state, lost, logged);
  }

  /** Writes the .ann; a failure is kept in the state and reported, and the next save, tag or close tries again. */
  private async writeOrWarn(state: TagState): Promise<void> {
    try {
      await this.write(state);
    } catch (e) {
      state.writeError = writeFailure(e);
      this.events.writeFailed(state, false);
    }
  }

  /** Writes the .ann (after the records of lost tags it no longer holds). Throws when the disk refuses. */
  private async write(state: TagState): Promise<void> {
    const ann = state.ann!;
    if (state.problem) return;
    if (changedOnDisk(state)) {
      // Someone else changed the file: take their version first, re-anchored to our text.
      const mine = state.tags;
      const verdicts = state.verdicts;
      await this.load(state);
      if (state.problem) return;
      state.verdicts ||= verdicts;
      const table = state.table;
      // The same tag: label and first span (a binary search for the rows that start there).
      const known = (t: Tag) => table.rowsStartingAt(t.spans[0].start).some((i) => table.labelAt(i) === t.label && table.get(i).spans[0].end === t.spans[0].end);
      insertAll(table, mine.filter((t) => !known(t)).map((t) => ({ ...t, id: `T${++state.lastT}` })));
    }
    while (state.unrecorded.length) {
      appendLost(ann, state.unrecorded[0], state.encoding);
      state.unrecorded.shift();
    }
    if (state.stamp === undefined && state.table.size === 0 && state.extra.length === 0) {
      state.unsaved = false; // no file, nothing to keep: none is created
      state.writeError = undefined;
      return;
    }
    const version = state.version;
    // Each piece is written as soon as it is made (see annBytes); a text the encoding cannot hold leaves the .ann as it was.
    await writeAtomicAsync(ann, async (write) => {
      const fits = await this.holding(state, (basis) => this.run(annBytes(state.table, state.extra, basis, state.encoding, write)));
      if (!fits) throw new RefusedWrite(`${path.basename(ann)}: a tag's text cannot be written in ${state.encoding.encoding.toUpperCase()}`);
    });
    state.stamp = stampOf(ann);
    state.unsaved = state.version !== version;
    state.writeError = undefined;
  }
}

/**
 * True when another program changed (or removed) the state's .ann since it was last read or written. A file
 * that cannot be looked at now (UNREACHABLE) has not changed as far as anyone can tell: the tags stay.
 */
function changedOnDisk(state: TagState): boolean {
  if (!state.ann || state.problem?.code === 'shared') return false;
  const now = stampOf(state.ann);
  return now !== UNREACHABLE && now !== state.stamp;
}

/**
 * The bytes of an .ann in its encoding, in pieces handed to `write` as they are made, in steps; false if some text
 * cannot be written in it (the pieces written so far are then to be thrown away). Each piece of text is encoded as
 * soon as it is made and its bytes written at once: neither the text nor 45 MB of bytes live long enough to weigh
 * on the collector.
 */
function* annBytes(tags: TagTable, extra: readonly BratEntry[], text: string, encoding: AnnEncoding, write: (piece: Uint8Array) => void): Steps<boolean> {
  if (encoding.bom) write(Uint8Array.from([0xef, 0xbb, 0xbf]));
  let fits = true;
  let first = true;
  yield* tagsToBratSteps(tags, extra, text, (piece) => {
    const b = fits ? encodeText(piece, encoding.encoding) : undefined;
    if (!b) fits = false;
    // UTF-16 writes its byte-order mark once, at the start.
    else write(!first && encoding.encoding.startsWith('utf-16') ? b.subarray(2) : b);
    first = false;
  });
  return fits;
}

/** The highest number of a T id among the tags and the lost tags ("T12" → 12), in steps, for a million tags. */
function* lastTagNumberSteps(table: TagTable, lost: readonly LostTag[]): Steps<number> {
  let n = yield* table.lastTNumberSteps();
  for (const l of lost) {
    const m = /^T(\d+)/.exec(l.tag.id);
    if (m && Number(m[1]) > n) n = Number(m[1]);
  }
  return n;
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
