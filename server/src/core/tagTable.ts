/**
 * The tags of one open report as columns of numbers instead of a million objects.
 *
 * Why: a .ann of a million lines held as Tag objects is five million objects on the heap (tag, spans
 * array, span, text, id). Every one survives, so each young-generation collection copies them and each
 * full collection walks them: pauses of 50–400 ms that no slicing of the work can avoid (issue 11,
 * measured with a GC observer on the server). Here a tag is a row of typed arrays: start, end, label
 * number, id number, verdict, and, for the rare tag of several spans, a pointer into a small pool. A
 * span's text is not kept: for every live tag it is the text at its offsets (tags.ts keeps that
 * invariant: a span an edit cuts into takes the new text), so it is sliced from `text` when a Tag
 * object is made, and objects are made only for the tags a request needs.
 *
 * Rows are in position order (tags.ts byPosition). Offsets are UTF-16 code units, as in tags.ts.
 */
import type { TextEdit } from './analyze';
import type { BratEntry, BratTextBound, ParsedBrat } from './standoff/brat';
import { CodePointIndex } from './standoff/codePoints';
import {
  comingBack,
  moveThrough,
  readTextBound,
  reanchorStaleSteps,
  tagEnd,
  tagStart,
  trimSelection,
  verdictsOf,
  type LostTag,
  type Tag,
  type TagSpan,
  type Verdict,
} from './tags';
import { finish, StepSizer, type Steps } from './steps';

const VERDICT_CODES: Readonly<Record<Verdict, number>> = { wrong: 1, right: 2 };
const VERDICTS: readonly (Verdict | undefined)[] = [undefined, 'wrong', 'right'];

/** An id stored as its number: "T" and digits without a leading zero, below 2^31. */
const PLAIN_ID = /^T(?:0|[1-9]\d{0,9})$/;

export class TagTable {
  /** Number of tags. */
  size = 0;
  /** The text the offsets refer to; each span's text is sliced from it. */
  text: string;
  private starts = new Int32Array(16);
  private ends = new Int32Array(16);
  private labels = new Int32Array(16);
  /** n ≥ 0: the id "Tn"; n < 0: oddIds[-n - 1]. */
  private ids = new Int32Array(16);
  private verdictCodes = new Uint8Array(16);
  /** 0: one span [start, end); k > 0: pool[k - 1] holds the spans as [s0, e0, s1, e1, …]. */
  private multi = new Int32Array(16);
  private pool: number[][] = [];
  private oddIds: string[] = [];
  private labelNames: string[] = [];
  private labelNumbers = new Map<string, number>();
  /**
   * No tag is longer (end − start): a tag that reaches into a range starts at most this far before it, so a binary
   * search finds the first row to look at. Kept as an upper bound (removing a tag does not lower it).
   */
  private longest = 0;

  constructor(text = '') {
    this.text = text;
  }

  /** A table of tags already in position order (or sorted afterwards with sortSteps). */
  static of(tags: readonly Tag[], text: string): TagTable {
    const table = new TagTable(text);
    for (const t of tags) table.push(t);
    return table;
  }

  /** Makes room for `rows` rows at once: growing a million rows by doubling copies every column again and again. */
  reserve(rows: number): void {
    this.grow(rows);
  }

  /** Appends a tag as the last row (callers keep the order, or sort after). */
  push(tag: Tag): void {
    this.grow(this.size + 1);
    this.write(this.size++, tag);
  }

  /** The tag of row `i` as an object, its spans' texts sliced from `text`. */
  get(i: number, text = this.text): Tag {
    const k = this.multi[i];
    let spans: TagSpan[];
    if (k === 0) spans = [{ start: this.starts[i], end: this.ends[i], text: text.slice(this.starts[i], this.ends[i]) }];
    else {
      const flat = this.pool[k - 1];
      spans = [];
      for (let j = 0; j < flat.length; j += 2) spans.push({ start: flat[j], end: flat[j + 1], text: text.slice(flat[j], flat[j + 1]) });
    }
    const tag: Tag = { id: this.idAt(i), label: this.labelNames[this.labels[i]], spans };
    const verdict = VERDICTS[this.verdictCodes[i]];
    if (verdict) tag.verdict = verdict;
    return tag;
  }

  /** Every tag as an object, in order: for what needs them all (the entities view, exports, references). */
  all(text = this.text): Tag[] {
    const out = new Array<Tag>(this.size);
    for (let i = 0; i < this.size; i++) out[i] = this.get(i, text);
    return out;
  }

  /** The id of row `i` ("T4"). */
  idAt(i: number): string {
    const n = this.ids[i];
    return n >= 0 ? `T${n}` : this.oddIds[-n - 1];
  }

  /** The label of row `i`. */
  labelAt(i: number): string {
    return this.labelNames[this.labels[i]];
  }

  /** Where the tag of row `i` starts (its first span). */
  startAt(i: number): number {
    return this.starts[i];
  }

  /** Where the tag of row `i` ends (its last span). */
  endAt(i: number): number {
    return this.ends[i];
  }

  /** Sets or clears the verdict of row `i`. */
  setVerdict(i: number, verdict: Verdict | undefined): void {
    this.verdictCodes[i] = verdict ? VERDICT_CODES[verdict] : 0;
  }

  /** The rows whose tag has `verdict`, in order. */
  withVerdict(verdict: Verdict): number[] {
    const code = VERDICT_CODES[verdict];
    const out: number[] = [];
    for (let i = 0; i < this.size; i++) if (this.verdictCodes[i] === code) out.push(i);
    return out;
  }

  /** The highest number after the "T" of an id ("T12" and "T12a" give 12), 0 without any. */
  lastTNumber(): number {
    return finish(this.lastTNumberSteps());
  }

  /** lastTNumber in steps: a pass over a million rows. */
  *lastTNumberSteps(): Steps<number> {
    let n = 0;
    // The loops over rows are in plain methods, not in the generators: V8 optimises a long loop while it runs
    // (on-stack replacement) only outside a generator, and a million rows through the interpreter take 30 ms.
    for (let from = 0; from < this.size; from += ROWS_PER_STEP * 10) {
      n = Math.max(n, this.maxId(from, Math.min(this.size, from + ROWS_PER_STEP * 10)));
      yield;
    }
    // Odd ids of rows removed since are still here: a number they held is not given again, which does no harm.
    for (const id of this.oddIds) {
      let v = 0;
      for (let k = 1; k < id.length && id[0] === 'T'; k++) {
        const d = id.charCodeAt(k) - 48;
        if (d < 0 || d > 9) break;
        v = v * 10 + d;
      }
      if (v > n) n = v;
    }
    return n;
  }

  private maxId(from: number, to: number): number {
    let n = 0;
    for (let i = from; i < to; i++) if (this.ids[i] > n) n = this.ids[i];
    return n;
  }

  /** The rows of the tags with one of `ids`, ascending. */
  rowsOf(ids: readonly string[]): number[] {
    const numbers: number[] = [];
    const odd = new Set<string>();
    for (const id of new Set(ids)) {
      if (PLAIN_ID.test(id) && Number(id.slice(1)) <= 0x7fffffff) numbers.push(Number(id.slice(1)));
      else odd.add(id);
    }
    const out: number[] = [];
    // A few ids, usually one: compared as numbers, row by row (a million rows in a few milliseconds).
    for (let i = 0; i < this.size; i++) {
      const n = this.ids[i];
      if (n < 0) {
        if (odd.has(this.oddIds[-n - 1])) out.push(i);
        continue;
      }
      for (let k = 0; k < numbers.length; k++) {
        if (numbers[k] === n) {
          out.push(i);
          break;
        }
      }
    }
    return out;
  }

  /** The rows of the tags that start at `start` (a binary search). */
  rowsStartingAt(start: number): number[] {
    const out: number[] = [];
    for (let i = this.lowerBound(start); i < this.size && this.starts[i] === start; i++) out.push(i);
    return out;
  }

  /** Puts `tag` in its place in position order (a binary search and one move of the rows after it). */
  insert(tag: Tag): void {
    let lo = 0;
    let hi = this.size;
    const start = tagStart(tag);
    const end = tagEnd(tag);
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const s = this.starts[mid];
      const before = s < start || (s === start && (this.ends[mid] > end || (this.ends[mid] === end && this.idAt(mid) <= tag.id)));
      if (before) lo = mid + 1;
      else hi = mid;
    }
    this.grow(this.size + 1);
    for (const c of this.columns()) c.copyWithin(lo + 1, lo, this.size);
    this.size++;
    this.write(lo, tag);
  }

  /** Removes the rows `rows` (ascending): one move per column of each stretch of rows kept between them. */
  removeRows(rows: readonly number[]): void {
    if (!rows.length) return;
    const columns = this.columns();
    let to = rows[0];
    for (let k = 0; k < rows.length; k++) {
      const from = rows[k] + 1;
      const until = k + 1 < rows.length ? rows[k + 1] : this.size;
      if (until > from) for (const c of columns) c.copyWithin(to, from, until);
      to += Math.max(0, until - from);
    }
    this.size = to;
  }

  /** The tags that overlap [start, end), in order; at most `limit`. */
  overlapping(start: number, end: number, limit = Infinity): Tag[] {
    const out: Tag[] = [];
    for (let i = this.lowerBound(start - this.longest); i < this.size && this.starts[i] < end && out.length < limit; i++) {
      if (this.ends[i] > start) out.push(this.get(i));
    }
    return out;
  }

  /** The tags that cover `offset` (a tag ending at `offset` counts), shortest first: tags.ts tagsAt over the rows. */
  at(offset: number): Tag[] {
    const out: Tag[] = [];
    // Tags ending at `offset` count.
    for (let i = this.lowerBound(offset - this.longest); i < this.size && this.starts[i] <= offset; i++) {
      if (this.ends[i] < offset) continue;
      const tag = this.get(i);
      if (tag.spans.some((s) => s.start <= offset && offset <= s.end)) out.push(tag);
    }
    return out.sort((a, b) => tagEnd(a) - tagStart(a) - (tagEnd(b) - tagStart(b)));
  }

  /** True when the tag of row `i` has one span. */
  single(i: number): boolean {
    return this.multi[i] === 0;
  }

  /** The rows whose tags an edit of [start, end) cuts into or lies inside (tags.ts moveThrough does not just keep or shift them). */
  rowsTouching(start: number, end: number): number[] {
    const out: number[] = [];
    // A pass over two columns of numbers (a million in about a millisecond): no objects, nothing to slice.
    for (let i = 0; i < this.size && this.starts[i] < end; i++) if (this.ends[i] > start) out.push(i);
    return out;
  }

  /** Adds `delta` to the offsets of the rows from `from` on (an edit before them). */
  shiftFrom(from: number, delta: number): void {
    if (!delta || from >= this.size) return;
    for (let i = from; i < this.size; i++) {
      this.starts[i] += delta;
      this.ends[i] += delta;
      const k = this.multi[i];
      if (k) {
        const flat = this.pool[k - 1];
        for (let j = 0; j < flat.length; j++) flat[j] += delta;
      }
    }
  }

  /** The first row whose tag starts at or after `offset`. */
  lowerBound(offset: number): number {
    let lo = 0;
    let hi = this.size;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.starts[mid] < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /**
   * Sorts the rows by position in steps (a merge sort of row numbers, then one move of every column); rows
   * already in order, the usual case, cost one pass.
   */
  *sortSteps(): Steps<void> {
    const n = this.size;
    // Steps sized by their pace (core/steps.ts): 20,000 rows compared at once took 25-30 ms in a new server.
    const sizer = new StepSizer(1024, ROWS_PER_STEP);
    let sorted = true;
    for (let from = 1; from < n && sorted; ) {
      sizer.start();
      const to = Math.min(n, from + sizer.next);
      sorted = this.inOrder(from, to);
      sizer.end(to - from);
      from = to;
      yield;
    }
    if (sorted) return;
    let from = identity(n);
    let to = new Int32Array(n);
    let work = 0;
    sizer.start();
    for (let width = 1; width < n; width *= 2) {
      for (let lo = 0; lo < n; lo += 2 * width) {
        const mid = Math.min(lo + width, n);
        const hi = Math.min(lo + 2 * width, n);
        // Long runs (the last rounds merge half a million rows each) are merged a step's worth at a time.
        const at = { i: lo, j: mid, k: lo };
        while (at.k < hi) {
          const until = Math.min(hi, at.k + sizer.next - work);
          work += until - at.k;
          this.merge(from, to, at, mid, hi, until);
          if (work >= sizer.next) {
            sizer.end(work);
            work = 0;
            yield;
            sizer.start();
          }
        }
      }
      [from, to] = [to, from];
    }
    const moves = new StepSizer(4096, ROWS_PER_STEP * 4);
    for (const c of this.columns()) {
      const copy = c.slice(0, n);
      for (let i = 0; i < n; ) {
        moves.start();
        const end = Math.min(n, i + moves.next);
        permute(c, copy, from, i, end);
        moves.end(end - i);
        i = end;
        yield;
      }
    }
  }

  /** Row `a` comes before (or with) row `b` in position order (tags.ts byPosition). */
  private before(a: number, b: number): boolean {
    const d = this.starts[a] - this.starts[b] || this.ends[b] - this.ends[a];
    if (d) return d < 0;
    return this.idAt(a) <= this.idAt(b);
  }

  /** True when rows [from − 1, to) are in order. */
  private inOrder(from: number, to: number): boolean {
    for (let i = from; i < to; i++) if (!this.before(i - 1, i)) return false;
    return true;
  }

  /** Merges the sorted runs from[i, mid) and from[j, hi) of row numbers into to[k, until), moving `at` on. */
  private merge(from: Int32Array, to: Int32Array, at: { i: number; j: number; k: number }, mid: number, hi: number, until: number): void {
    let { i, j, k } = at;
    for (; k < until; k++) to[k] = j >= hi || (i < mid && this.before(from[i], from[j])) ? from[i++] : from[j++];
    at.i = i;
    at.j = j;
    at.k = k;
  }

  private columns(): (Int32Array | Uint8Array)[] {
    return [this.starts, this.ends, this.labels, this.ids, this.verdictCodes, this.multi];
  }

  private grow(size: number): void {
    if (size <= this.starts.length) return;
    const capacity = Math.max(size, this.starts.length * 2);
    const bigger = <A extends Int32Array | Uint8Array>(a: A): A => {
      const b = new (a.constructor as new (n: number) => A)(capacity);
      b.set(a);
      return b;
    };
    this.starts = bigger(this.starts);
    this.ends = bigger(this.ends);
    this.labels = bigger(this.labels);
    this.ids = bigger(this.ids);
    this.verdictCodes = bigger(this.verdictCodes);
    this.multi = bigger(this.multi);
  }

  private write(i: number, tag: Tag): void {
    this.starts[i] = tagStart(tag);
    this.ends[i] = tagEnd(tag);
    if (this.ends[i] - this.starts[i] > this.longest) this.longest = this.ends[i] - this.starts[i];
    let label = this.labelNumbers.get(tag.label);
    if (label === undefined) {
      label = this.labelNames.length;
      this.labelNames.push(tag.label);
      this.labelNumbers.set(tag.label, label);
    }
    this.labels[i] = label;
    const n = PLAIN_ID.test(tag.id) ? Number(tag.id.slice(1)) : -1;
    if (n >= 0 && n <= 0x7fffffff) this.ids[i] = n;
    else {
      this.oddIds.push(tag.id);
      this.ids[i] = -this.oddIds.length;
    }
    this.verdictCodes[i] = tag.verdict ? VERDICT_CODES[tag.verdict] : 0;
    if (tag.spans.length === 1) this.multi[i] = 0;
    else {
      this.pool.push(tag.spans.flatMap((s) => [s.start, s.end]));
      this.multi[i] = this.pool.length;
    }
  }
}

/** The row numbers 0 … n − 1. */
function identity(n: number): Int32Array<ArrayBuffer> {
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) out[i] = i;
  return out;
}

/** column[from, to) taken from `copy` in the order `order`. */
function permute(column: Int32Array | Uint8Array, copy: Int32Array | Uint8Array, order: Int32Array, from: number, to: number): void {
  for (let i = from; i < to; i++) column[i] = copy[order[i]];
}

/** Rows compared between two steps of sortSteps at most (a few milliseconds once compiled; StepSizer). */
const ROWS_PER_STEP = 20000;

// ---------------------------------------------------------------- brat → table

/** What an .ann file holds, read against the report's text, with its tags as a table (tags.ts TagFile). */
export interface TagTableFile {
  table: TagTable;
  extra: BratEntry[];
  lost: LostTag[];
  changed: boolean;
  verdicts: boolean;
  /** The parse (its `entries` without the `T` lines, which are in `table`) and its problems. */
  parsed: ParsedBrat;
}

/** Lines between two steps of the checks after parsing: at most this many (a few milliseconds once compiled; StepSizer). */
const LINES_PER_STEP = 20000;

/**
 * Parses an .ann (whole or in pieces, see parseBratSteps) and reads it against the report's text straight into a
 * table: the same tags, lost tags and order as tags.ts tagsFromBratSteps, with no object kept per tag. `lines`,
 * the file's number of lines if known, sizes the table at once.
 */
export function* tagTableFromBratSteps(
  parse: (textBound: (e: BratTextBound) => void) => Steps<ParsedBrat>,
  text: string,
  lines?: number,
): Steps<TagTableFile> {
  const index = new CodePointIndex(text);
  const table = new TagTable(text);
  if (lines !== undefined) table.reserve(lines);
  const stale: Tag[] = [];
  const parsed = yield* parse((e) => {
    const { tag, fits } = readTextBound(e, text, index);
    if (fits) table.push(tag);
    else stale.push(tag);
  });
  const { verdicts, extra } = verdictsOf(parsed.entries);
  const sizer = new StepSizer(1024, LINES_PER_STEP);
  // Verdicts are attributes after the tags: given to the rows once all are read.
  for (let i = 0; verdicts.size && i < table.size; i++) {
    const v = verdicts.get(table.idAt(i));
    if (v) table.setVerdict(i, v);
    if (sizer.tick()) yield;
  }
  for (const tag of stale) {
    const v = verdicts.get(tag.id);
    if (v) tag.verdict = v;
  }
  const taken = new Set<string>();
  // Only when some tag must move: which places are taken (a million keys, built in steps).
  for (let i = 0; stale.length && i < table.size; i++) {
    taken.add(`${table.labelAt(i)}@${table.startAt(i)}`);
    if (sizer.tick()) yield;
  }
  const lost = yield* reanchorStaleSteps(stale, text, taken, (tag) => table.push(tag));
  yield* table.sortSteps();
  return { table, extra, lost, changed: stale.length > 0, verdicts: verdicts.size > 0, parsed };
}

// ---------------------------------------------------------------- editing a table

/**
 * addTag (tags.ts) on a table: a tag over [start, end) of `text`, white space trimmed, unless the same label
 * already covers that range (then that tag gets the verdict, and `was` is the tag as it was).
 */
export function addToTable(
  table: TagTable,
  text: string,
  label: string,
  start: number,
  end: number,
  verdict: Verdict | undefined,
  id: string,
): { tag: Tag; was?: Tag } | undefined {
  const range = trimSelection(text, Math.max(0, start), Math.min(text.length, end));
  if (!range) return undefined;
  table.text = text;
  const row = table.rowsStartingAt(range.start).find((i) => table.labelAt(i) === label && table.single(i) && table.endAt(i) === range.end);
  if (row !== undefined) {
    const same = table.get(row);
    if (same.verdict === verdict) return { tag: same, was: same };
    table.setVerdict(row, verdict);
    return { tag: table.get(row), was: same };
  }
  const tag: Tag = { id, label, spans: [{ ...range, text: text.slice(range.start, range.end) }] };
  if (verdict) tag.verdict = verdict;
  table.insert(tag);
  return { tag };
}

/** Tags put in a table at once: one by one when few, else appended and the rows sorted again. */
export function insertAll(table: TagTable, tags: readonly Tag[]): void {
  if (tags.length <= 16) {
    for (const t of tags) table.insert(t);
    return;
  }
  for (const t of tags) table.push(t);
  finish(table.sortSteps());
}

/**
 * applyEdits (tags.ts) on a table, in place: the rows after an edit are shifted as numbers, and only the tags
 * an edit cuts into become objects (moved through the edits as tags.ts moves them, then put back). Returns
 * the tags removed so far (`removed` of tags.ts Tracked); the table's text becomes `text`.
 */
export function applyEditsToTable(table: TagTable, removed: readonly LostTag[], edits: readonly TextEdit[], text: string): LostTag[] {
  const before = table.text;
  const done: TextEdit[] = [];
  /** Tags taken out of the rows by an edit, with where they were before the edits (their order then). */
  let moved: { tag: Tag; start: number; end: number }[] = [];
  let gone: (LostTag & { fresh?: boolean })[] = removed.map((l) => ({ ...l }));
  const touched: TagSpan[] = [];
  const dead = new Set<TagSpan>();
  for (const e of edits) {
    const delta = e.length - (e.end - e.start);
    const rows = table.rowsTouching(e.start, e.end);
    for (const i of rows) moved.push(beforeEdits(table.get(i, ''), done, before));
    table.removeRows(rows);
    table.shiftFrom(table.lowerBound(e.end), delta);
    // In the order the object model keeps them (that of the tags before the edits), so that `gone` is the same.
    moved.sort((a, b) => a.start - b.start || b.end - a.end || (a.tag.id < b.tag.id ? -1 : a.tag.id > b.tag.id ? 1 : 0));
    const next: typeof moved = [];
    for (const m of moved) {
      const tag = moveThrough(m.tag, e, delta, touched);
      if (tag) next.push({ ...m, tag });
      else {
        for (const s of m.tag.spans) dead.add(s);
        gone.push({ tag: m.tag, near: e.start, inset: Math.max(0, m.tag.spans[0].start - e.start), ...(e.length ? { replaced: e.length } : {}), fresh: true });
      }
    }
    moved = next;
    gone = gone.map((l) => (l.fresh ? { ...l, fresh: false } : { ...l, near: l.near <= e.start ? l.near : l.near >= e.end ? l.near + delta : e.start }));
    done.push(e);
  }
  for (const s of touched) if (!dead.has(s)) s.text = text.slice(s.start, s.end);
  table.text = text;
  insertAll(table, moved.map((m) => m.tag));
  return bringBack(table, gone, text);
}

/**
 * A tag of the rows as it was before the edits `done` (the rows were shifted by each edit that came before it):
 * its spans' texts from `before`, and where it started and ended there.
 */
function beforeEdits(tag: Tag, done: readonly TextEdit[], before: string): { tag: Tag; start: number; end: number } {
  let shift = 0;
  const start = tagStart(tag);
  // An edit the tag was after moved it by its delta; one it was before left it (edits do not cut it: it is in the rows).
  for (let k = done.length - 1; k >= 0; k--) {
    const e = done[k];
    if (start - shift >= e.start + e.length) shift += e.length - (e.end - e.start);
  }
  for (const s of tag.spans) s.text = before.slice(s.start - shift, s.end - shift);
  return { tag, start: start - shift, end: tagEnd(tag) - shift };
}

/** The removed tags whose text is back where it was (an undo) go back into the rows; the others are returned. */
function bringBack(table: TagTable, gone: readonly (LostTag & { fresh?: boolean })[], text: string): LostTag[] {
  const { back, stillGone } = comingBack(gone, text, (label, start, end) =>
    table.rowsStartingAt(start).some((i) => table.labelAt(i) === label && (end === undefined || table.endAt(i) === end)),
  );
  insertAll(table, back);
  return stillGone;
}

/** The lines of a text in pieces (an upper bound on its tags), counted in steps: a piece of 512 KB at a time. */
export function* lineCountSteps(pieces: readonly string[]): Steps<number> {
  let n = 0;
  for (const piece of pieces) {
    for (let i = piece.indexOf('\n'); i >= 0; i = piece.indexOf('\n', i + 1)) n++;
    yield;
  }
  return n + 1;
}
