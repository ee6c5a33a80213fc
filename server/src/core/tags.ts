/**
 * The user's own tags and corrections of one report, and how they follow the text.
 *
 * A tag is a labelled span the user made ("Organisation", "Term", "Figure" or a custom label such as
 * "重点任务"). A correction is a tag with a verdict on an automatic detection: `wrong` hides the
 * detection, `right` confirms it. Both are stored beside the report as brat standoff (see
 * standoff/brat.ts); this module converts, tracks offsets through edits, and re-anchors tags by
 * their text when the report changed outside the editor.
 *
 * Offsets are UTF-16 code units; brat's code points are converted at the boundary (tagsFromBrat, tagsToBrat).
 */
import type { EntityKind } from './types';
import type { TextEdit } from './analyze';
import { CodePointIndex, codePointLength } from './standoff/codePoints';
import { nextId, serializeBrat, splitAtLineBreaks, textBoundLine, type BratEntry, type BratTextBound, type ParsedBrat } from './standoff/brat';
import { finish, type Steps } from './steps';

export type Verdict = 'wrong' | 'right';

export interface TagSpan {
  start: number;
  end: number;
  /** The text of the span exactly as it stands in the report. */
  text: string;
}

export interface Tag {
  /** The brat id ("T4"); kept as long as the tag exists. */
  id: string;
  /** "Term", "Figure", "Organisation" or the name of a custom tag. */
  label: string;
  /** One span for almost every tag; several for discontinuous ones. Ascending, not empty. */
  spans: TagSpan[];
  /** Set on corrections of automatic detections. */
  verdict?: Verdict;
}

/** A tag whose text is gone, with where it was last seen. */
export interface LostTag {
  tag: Tag;
  /** UTF-16 offset where its text was last. */
  near: number;
  /** For a tag removed by an edit: how far into the removed text the tag began. */
  inset?: number;
  /** For a tag removed by an edit that put other text in its place: the length of that text. */
  replaced?: number;
}

/** The brat labels of the detector's kinds. */
export const KIND_LABELS: Readonly<Record<EntityKind, string>> = { term: 'Term', figure: 'Figure', org: 'Organisation' };

const LABEL_ALIASES: Record<string, EntityKind> = {
  term: 'term',
  policyterm: 'term',
  figure: 'figure',
  number: 'figure',
  organisation: 'org',
  organization: 'org',
  org: 'org',
};

/** The detector kind a label stands for ("Organization" and "ORG" read as organisations), if any. */
export function kindOfLabel(label: string): EntityKind | undefined {
  return LABEL_ALIASES[label.toLowerCase().replace(/[_\s-]/g, '')];
}

export function tagStart(tag: Tag): number {
  return tag.spans[0].start;
}

export function tagEnd(tag: Tag): number {
  return tag.spans[tag.spans.length - 1].end;
}

/** The tag's text as brat writes it: the spans' texts joined by one space. */
export function tagText(tag: Tag): string {
  return tag.spans.map((s) => s.text).join(' ');
}

/** Orders tags by position, then by length (longest first), then by id (as code units: no locale, it is a key). */
export function byPosition(a: Tag, b: Tag): number {
  return tagStart(a) - tagStart(b) || tagEnd(b) - tagEnd(a) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Tags handled between two steps of the tag file's long loops: a few milliseconds of work. */
const TAGS_PER_STEP = 5000;

/**
 * Lines of a .ann made, encoded and written per step of tagsToBratSteps: 2000 take about 10 ms on a 2-core machine
 * shared with other work (5000 held the server up 50–60 ms there, measured with the benchmark's section tags).
 */
const LINES_PER_PIECE = 2000;

/** Sorts tags by position in steps (a merge sort); a list already in order, the usual case, costs one pass. */
export function* sortTagsSteps(tags: Tag[]): Steps<Tag[]> {
  let sorted = true;
  for (let i = 1; i < tags.length && sorted; i++) {
    sorted = byPosition(tags[i - 1], tags[i]) <= 0;
    if (i % (TAGS_PER_STEP * 4) === 0) yield;
  }
  if (sorted) return tags;
  let from = tags.slice();
  let to = new Array<Tag>(tags.length);
  let work = 0;
  for (let width = 1; width < from.length; width *= 2) {
    for (let lo = 0; lo < from.length; lo += 2 * width) {
      const mid = Math.min(lo + width, from.length);
      const hi = Math.min(lo + 2 * width, from.length);
      let i = lo;
      let j = mid;
      for (let k = lo; k < hi; k++) to[k] = j >= hi || (i < mid && byPosition(from[i], from[j]) <= 0) ? from[i++] : from[j++];
      work += hi - lo;
      if (work >= TAGS_PER_STEP * 4) {
        work = 0;
        yield;
      }
    }
    [from, to] = [to, from];
  }
  return from;
}

// ---------------------------------------------------------------- brat ⇄ tags

/** What an .ann file holds, read against the report's text. */
export interface TagFile {
  tags: Tag[];
  /** Entries this module does not interpret (relations, other attributes, notes): written back unchanged. */
  extra: BratEntry[];
  /** Tags whose text could not be found in the report. */
  lost: LostTag[];
  /** True when some tag had to be re-anchored or was lost: the file no longer matches the text. */
  changed: boolean;
  /** False when no tag of the file has a verdict: what is made of verdicts need not look at a million tags. */
  verdicts: boolean;
}

const VERDICT_ATTRIBUTE = 'Verdict';

/**
 * Reads parsed brat entries against the report's text. Tags whose offsets no longer hold their
 * text are re-anchored by the text; those whose text is gone are returned as lost.
 */
export function tagsFromBrat(parsed: ParsedBrat, text: string): TagFile {
  return finish(tagsFromBratSteps(parsed, text));
}

/** tagsFromBrat in steps, for a server that must not be held up by a file of a million lines. */
export function* tagsFromBratSteps(parsed: ParsedBrat, text: string): Steps<TagFile> {
  const index = new CodePointIndex(text);
  const { verdicts, extra } = verdictsOf(parsed.entries);
  const kept: Tag[] = [];
  const stale: Tag[] = [];
  let n = 0;
  for (const e of parsed.entries) {
    if (++n % TAGS_PER_STEP === 0) yield;
    if (e.type !== 'T') continue;
    const { tag, fits } = readTextBound(e, text, index);
    const verdict = verdicts.get(e.id);
    if (verdict) tag.verdict = verdict;
    (fits ? kept : stale).push(tag);
  }
  const taken = new Set<string>();
  // Only when some tag must move: which places are taken (a million keys, built in steps).
  for (let i = 0; stale.length && i < kept.length; i++) {
    taken.add(`${kept[i].label}@${tagStart(kept[i])}`);
    if (i % TAGS_PER_STEP === 0) yield;
  }
  const lost = yield* reanchorStaleSteps(stale, text, taken, (tag) => kept.push(tag));
  const tags = yield* sortTagsSteps(kept);
  return { tags, extra, lost, changed: stale.length > 0, verdicts: verdicts.size > 0 };
}

/** The verdicts an .ann's attributes give (by the id of their tag), and its entries other than tags and verdicts. */
export function verdictsOf(entries: readonly BratEntry[]): { verdicts: Map<string, Verdict>; extra: BratEntry[] } {
  const verdicts = new Map<string, Verdict>();
  const extra: BratEntry[] = [];
  for (const e of entries) {
    const v = e.type === 'A' && e.name.toLowerCase() === VERDICT_ATTRIBUTE.toLowerCase() ? e.value?.toLowerCase() : undefined;
    if (e.type === 'A' && (v === 'wrong' || v === 'right')) verdicts.set(e.target, v);
    else if (e.type !== 'T') extra.push(e);
  }
  return { verdicts, extra };
}

/**
 * A `T` line read against the report's text: its tag, and whether its offsets still hold its text (`fits`; then
 * fragments across line breaks are one span again). A tag that does not fit keeps the texts of its line.
 */
export function readTextBound(e: BratTextBound, text: string, index: CodePointIndex): { tag: Tag; fits: boolean } {
  const expected = expectedTexts(e);
  const spans: TagSpan[] = [];
  let fits = true;
  for (let i = 0; i < e.fragments.length; i++) {
    const s = index.toUtf16(e.fragments[i][0]);
    const t = index.toUtf16(e.fragments[i][1]);
    if (s === undefined || t === undefined) {
      fits = false;
      spans.push({ start: Math.min(s ?? text.length, text.length), end: Math.min(t ?? text.length, text.length), text: expected[i] });
      continue;
    }
    const actual = text.slice(s, t);
    if (actual !== expected[i]) fits = false;
    spans.push({ start: s, end: t, text: fits ? actual : expected[i] });
  }
  spans.sort((a, b) => a.start - b.start);
  return { tag: { id: e.id, label: e.label, spans: fits ? joinAcrossLineBreaks(spans, text) : spans }, fits };
}

/**
 * Tags whose offsets no longer hold their text, moved to the nearest free occurrence of it (`taken`: label@start of
 * the tags in place) and handed to `keep`; those whose text is gone are returned as lost.
 */
export function* reanchorStaleSteps(stale: readonly Tag[], text: string, taken: Set<string>, keep: (tag: Tag) => void): Steps<LostTag[]> {
  const lost: LostTag[] = [];
  for (let k = 0; k < stale.length; k++) {
    const tag = stale[k];
    if (k % 1000 === 999) yield;
    const moved = reanchorTag(tag, text, taken);
    if (moved) {
      taken.add(`${moved.label}@${tagStart(moved)}`);
      keep({ ...moved, spans: joinAcrossLineBreaks(moved.spans, text) });
    } else lost.push({ tag, near: tagStart(tag) });
  }
  return lost;
}

/**
 * The text each fragment should have, from the text field. brat joins fragments with one space;
 * the fragments' lengths (in code points) say where to cut. If the field does not fit, the whole
 * field stands for the first fragment and the others are unknown.
 */
function expectedTexts(e: BratTextBound): string[] {
  if (e.fragments.length === 1) return [e.text];
  const lengths = e.fragments.map(([s, t]) => t - s);
  const total = lengths.reduce((a, b) => a + b, 0) + lengths.length - 1;
  const chars = Array.from(e.text);
  if (chars.length !== total) return e.fragments.length === 1 ? [e.text] : e.fragments.map((_, i) => (i === 0 ? e.text : ''));
  const out: string[] = [];
  let at = 0;
  for (const n of lengths) {
    out.push(chars.slice(at, at + n).join(''));
    at += n + 1;
  }
  return out;
}

/** Fragments separated only by line breaks (how brat writes a span across lines) become one span again. */
function joinAcrossLineBreaks(spans: TagSpan[], text: string): TagSpan[] {
  if (spans.length === 1) return spans;
  const out: TagSpan[] = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    if (last && s.start >= last.end && /^[\r\n]+$/.test(text.slice(last.end, s.start))) {
      last.end = s.end;
      last.text = text.slice(last.start, last.end);
    } else out.push({ ...s });
  }
  return out;
}

/**
 * Writes tags and the other entries as .ann text for the report `text`. Spans across line breaks
 * are cut into fragments, as brat does; verdicts become `Verdict` attributes.
 */
export function tagsToBrat(tags: readonly Tag[], extra: readonly BratEntry[], text: string): string {
  const pieces: string[] = [];
  finish(tagsToBratSteps([...tags].sort(byPosition), extra, text, (piece) => pieces.push(piece)));
  return pieces.join('');
}

/** Tags by row, made as objects one at a time, as the server's table holds them (core/tagTable.ts). */
export interface TagRows {
  readonly size: number;
  /** The tag of row `i`, its spans' texts from `text`. */
  get(i: number, text: string): Tag;
}

/**
 * tagsToBrat in steps, for a server that must not be held up by a million tags: the file's text is handed to
 * `emit` piece by piece (a few thousand lines each), so that it can be encoded and let go at once.
 * `tags` are in position order (byPosition), as the tag store keeps them (an array, or the server's table).
 */
export function* tagsToBratSteps(tags: readonly Tag[] | TagRows, extra: readonly BratEntry[], text: string, emit: (piece: string) => void): Steps<void> {
  const index = new CodePointIndex(text);
  const verdicts: Tag[] = [];
  // Lines are made straight from the tags (no entry objects in between: a million of them keep the collector busy).
  let lines: string[] = [];
  const count = Array.isArray(tags) ? tags.length : (tags as TagRows).size;
  for (let i = 0; i < count; i++) {
    // A table's rows become objects one at a time, each let go at once.
    const tag = Array.isArray(tags) ? (tags as Tag[])[i] : (tags as TagRows).get(i, text);
    lines.push(tagLine(tag, text, index));
    if (tag.verdict) verdicts.push(tag);
    if (lines.length >= LINES_PER_PIECE) {
      emit(lines.join('\n') + '\n');
      lines = [];
      yield;
    }
  }
  if (lines.length) emit(lines.join('\n') + '\n');
  let a = Number(/^A(\d+)/.exec(nextId(extra, 'A'))![1]);
  const attributes: BratEntry[] = verdicts.map((tag) => ({ type: 'A', id: `A${a++}`, name: VERDICT_ATTRIBUTE, target: tag.id, value: tag.verdict === 'wrong' ? 'Wrong' : 'Right', line: 0 }));
  emit(serializeBrat(attributes));
  for (let i = 0; i < extra.length; i += TAGS_PER_STEP) {
    emit(serializeBrat(extra.slice(i, i + TAGS_PER_STEP)));
    yield;
  }
}

/** A tag's `T` line: spans across line breaks cut into fragments, as brat writes them; code-point offsets. */
export function tagLine(tag: Tag, text: string, index: CodePointIndex): string {
  const spans = tag.spans;
  if (spans.length === 1 && !hasLineBreak(text, spans[0].start, spans[0].end)) {
    const { start, end } = spans[0];
    return textBoundLine(tag.id, tag.label, [[index.toCodePoint(start), index.toCodePoint(end)]], text.slice(start, end));
  }
  const fragments: [number, number][] = [];
  for (const s of spans) for (const f of splitAtLineBreaks(text, s.start, s.end)) fragments.push(f);
  return textBoundLine(
    tag.id,
    tag.label,
    fragments.map(([s, t]) => [index.toCodePoint(s), index.toCodePoint(t)]),
    fragments.map(([s, t]) => text.slice(s, t)).join(' '),
  );
}

function hasLineBreak(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return true;
  }
  return false;
}

/**
 * Lost tags as brat lines, for the record of lost tags: each tag (offsets: where its text was last, in
 * `text`), its verdict, and `dependents`, the entries that referred to the lost tags (see dependentsOf).
 */
export function lostTagLines(lost: readonly LostTag[], dependents: readonly BratEntry[], text: string): string {
  const index = new CodePointIndex(text);
  const entries: BratEntry[] = [];
  const attributes: BratEntry[] = [];
  for (const { tag, near } of lost) {
    const start = index.toCodePoint(Math.min(near, text.length));
    const length = codePointLength(tagText(tag));
    entries.push({ type: 'T', id: tag.id, label: tag.label, fragments: [[start, start + length]], text: tagText(tag), line: 0 });
    if (tag.verdict) attributes.push({ type: 'A', id: nextId([...dependents, ...attributes], 'A'), name: VERDICT_ATTRIBUTE, target: tag.id, value: tag.verdict === 'wrong' ? 'Wrong' : 'Right', line: 0 });
  }
  return serializeBrat([...entries, ...attributes, ...dependents]);
}

/** The ids an entry refers to: an attribute's or a note's target, the arguments of a relation, event or equivalence. */
function referencesOf(e: BratEntry): string[] {
  if (e.type === 'A' || e.type === '#') return [e.target];
  if (e.type === 'other') return e.raw.split(/[\t :]/).slice(1);
  return [];
}

/**
 * Splits `extra` into the entries that refer to none of `ids` and those that do, directly or through an
 * entry that does (a relation to an event whose trigger is gone): brat refuses a file whose entries point
 * at nothing, so they go where their tag goes.
 */
export function dependentsOf(extra: readonly BratEntry[], ids: Iterable<string>): { kept: BratEntry[]; dependents: BratEntry[] } {
  const gone = new Set(ids);
  let kept = [...extra];
  const dependents: BratEntry[] = [];
  for (let found = gone.size > 0; found; ) {
    found = false;
    const next: BratEntry[] = [];
    for (const e of kept) {
      if (referencesOf(e).some((r) => gone.has(r))) {
        dependents.push(e);
        if (e.id !== '*') gone.add(e.id);
        found = true;
      } else next.push(e);
    }
    kept = next;
  }
  dependents.sort((a, b) => extra.indexOf(a) - extra.indexOf(b));
  return { kept, dependents };
}

// ---------------------------------------------------------------- editing tags

/** Removes surrounding white space from a selection; undefined when nothing is left. */
export function trimSelection(text: string, start: number, end: number): { start: number; end: number } | undefined {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end > start ? { start, end } : undefined;
}

/**
 * Adds a tag over [start, end) of `text` (white space around it trimmed) to `tags` (in position order), with the
 * id `id` or the next free one. The same label on the same range is not added twice: the existing tag is
 * returned, with the tag it was in `was`. With `inPlace`, `tags` itself is changed and returned.
 */
export function addTag(
  tags: readonly Tag[],
  extra: readonly { id: string }[],
  text: string,
  label: string,
  start: number,
  end: number,
  verdict?: Verdict,
  id?: string,
  inPlace = false,
): { tags: Tag[]; tag: Tag; was?: Tag } | undefined {
  const range = trimSelection(text, Math.max(0, start), Math.min(text.length, end));
  if (!range) return undefined;
  // A binary search: `tags` are in position order, and a report may have a million.
  const same = tagsStartingAt(tags, range.start).find((t) => t.label === label && t.spans.length === 1 && tagEnd(t) === range.end);
  if (same) {
    const out = inPlace ? (tags as Tag[]) : tags.slice();
    if ((same.verdict ?? undefined) === verdict) return { tags: out, tag: same, was: same };
    const changed: Tag = { ...same };
    if (verdict) changed.verdict = verdict;
    else delete changed.verdict;
    out[out.indexOf(same)] = changed;
    return { tags: out, tag: changed, was: same };
  }
  const tag: Tag = { id: id ?? nextId([...tags, ...extra], 'T'), label, spans: [{ ...range, text: text.slice(range.start, range.end) }] };
  if (verdict) tag.verdict = verdict;
  return { tags: insertTag(tags, tag, inPlace), tag };
}

/**
 * A copy of `tags` (in position order) with `tag` in its place: a binary search, not a sort of a million tags.
 * With `inPlace`, `tags` itself gets the tag and is returned: no copy of a million entries.
 */
export function insertTag(tags: readonly Tag[], tag: Tag, inPlace = false): Tag[] {
  let lo = 0;
  let hi = tags.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (byPosition(tags[mid], tag) <= 0) lo = mid + 1;
    else hi = mid;
  }
  const out = inPlace ? (tags as Tag[]) : tags.slice();
  out.splice(lo, 0, tag);
  return out;
}

/** Removes a tag, and the entries that refer to it (attributes, notes, relations, and what refers to those). */
export function removeTag(tags: readonly Tag[], extra: readonly BratEntry[], id: string): { tags: Tag[]; extra: BratEntry[] } {
  return { tags: tags.filter((t) => t.id !== id), extra: dependentsOf(extra, [id]).kept };
}

/** The tags that cover `offset` (a tag ending at `offset` counts), shortest first. */
export function tagsAt(tags: readonly Tag[], offset: number): Tag[] {
  return tags
    .filter((t) => t.spans.some((s) => s.start <= offset && offset <= s.end))
    .sort((a, b) => tagEnd(a) - tagStart(a) - (tagEnd(b) - tagStart(b)));
}

// ---------------------------------------------------------------- corrections

/** Key of an automatic detection for corrections: kind and range. */
function detectionKey(kind: EntityKind, start: number, end: number): string {
  return `${kind}:${start}:${end}`;
}

/** The automatic detections the user marked as wrong, as a predicate on (kind, start, end). */
export function suppressor(tags: readonly Tag[], text: string): (kind: EntityKind, start: number, end: number) => boolean {
  const keys = new Set<string>();
  for (const t of tags) {
    if (t.verdict !== 'wrong' || t.spans.length !== 1) continue;
    const kind = kindOfLabel(t.label);
    if (kind) keys.add(detectionKey(kind, t.spans[0].start, t.spans[0].end));
  }
  if (keys.size === 0) return () => false;
  return (kind, start, end) => {
    if (!keys.has(detectionKey(kind, start, end))) return false;
    // Offsets follow edits, but a correction is about this text: check it is still the same.
    const tag = tags.find((t) => t.verdict === 'wrong' && kindOfLabel(t.label) === kind && tagStart(t) === start && tagEnd(t) === end);
    return !!tag && tag.spans[0].text === text.slice(start, end);
  };
}

// ---------------------------------------------------------------- following edits

/** Tags moved through edits, and those whose whole text an edit removed. */
export interface Tracked {
  tags: Tag[];
  /** Tags whose text was deleted, with where it stood: an undo that puts the same text back restores them. */
  removed: LostTag[];
}

/**
 * Moves tags through edits made to the report (each edit in the offsets of the text the previous
 * one left). Text typed inside a tag becomes part of it; text typed at its edges does not. A tag
 * whose whole text is replaced or deleted goes to `removed`. `removed` tags from earlier edits come
 * back when the text at their place is theirs again (an undo). `text` is the report after the edits.
 *
 * With `inPlace`, `tags` (in position order) are moved where they are and returned: a report with a
 * million tags follows each keystroke by shifting numbers, and only the tags an edit touches are made
 * anew. Otherwise the caller's tags are left as they were.
 */
export function applyEdits(tags: readonly Tag[], removed: readonly LostTag[], edits: readonly TextEdit[], text: string, inPlace = false): Tracked {
  const live: Tag[] = inPlace ? (tags as Tag[]) : tags.map((t) => ({ ...t, spans: t.spans.map((s) => ({ ...s })) })).sort(byPosition);
  let gone: (LostTag & { fresh?: boolean })[] = removed.map((l) => ({ ...l }));
  /** Spans an edit cut into: their text changed; and those of tags gone since, whose text stays what it was. */
  const touched: TagSpan[] = [];
  const dead = new Set<TagSpan>();
  /** Whether an edit cut into a tag: it may then start elsewhere (its first span gone), out of order. */
  let cut = false;
  for (const e of edits) {
    const delta = e.length - (e.end - e.start);
    let kept = 0;
    for (let i = 0; i < live.length; i++) {
      const tag = live[i];
      const moved = moveThrough(tag, e, delta, touched);
      if (moved !== tag) cut = true;
      if (moved) live[kept++] = moved;
      else {
        for (const s of tag.spans) dead.add(s);
        gone.push({ tag, near: e.start, inset: Math.max(0, tag.spans[0].start - e.start), ...(e.length ? { replaced: e.length } : {}), fresh: true });
      }
    }
    live.length = kept;
    // Text inserted right at a removed tag's place stays after it, so an undo can bring it back.
    gone = gone.map((l) => (l.fresh ? { ...l, fresh: false } : { ...l, near: l.near <= e.start ? l.near : l.near >= e.end ? l.near + delta : e.start }));
  }
  for (const s of touched) if (!dead.has(s)) s.text = text.slice(s.start, s.end);
  // Sorted again before comingBack looks tags up by where they start (a tag whose first span an edit removed
  // may now start after others; that leaves no span in `touched`).
  if (cut) live.sort(byPosition);
  // A removed tag whose text is back where it was (undo) returns.
  const { back, stillGone } = comingBack(gone, text, (label, start, end) =>
    tagsStartingAt(live, start).some((t) => t.label === label && (end === undefined || tagEnd(t) === end)),
  );
  if (back.length) {
    live.push(...back);
    live.sort(byPosition);
  }
  return { tags: live, removed: stillGone };
}

/**
 * Which removed tags (`gone`, from the edits just applied) come back: those whose text is where it was again (an
 * undo), or inside the text that replaced it (a reload, a paste over a paragraph); unless `present` says a tag with
 * the same label already starts there (and ends at `end`, when given). The others stay gone.
 */
export function comingBack(
  gone: readonly (LostTag & { fresh?: boolean })[],
  text: string,
  present: (label: string, start: number, end?: number) => boolean,
): { back: Tag[]; stillGone: LostTag[] } {
  const stillGone: LostTag[] = [];
  const back: Tag[] = [];
  /** A tag with this label starts at `start` (and ends at `end`), among those present and those back. */
  const at = (label: string, start: number, end?: number) =>
    present(label, start, end) || back.some((t) => tagStart(t) === start && t.label === label && (end === undefined || tagEnd(t) === end));
  for (const { fresh: _, ...l } of gone) {
    const first = l.tag.spans[0];
    const shift = l.near + (l.inset ?? 0) - first.start;
    // By the length of its text: a span cut into by an earlier edit of the same batch has a stale end.
    const spans = l.tag.spans.map((s) => ({ start: s.start + shift, end: s.start + shift + s.text.length, text: s.text }));
    const fits = spans.every((s) => s.start >= 0 && text.slice(s.start, s.end) === s.text);
    if (fits && !at(l.tag.label, spans[0].start, spans[spans.length - 1].end)) back.push({ ...l.tag, spans });
    else if (fits) continue;
    else {
      // Replaced by text that contains it again (a reload from disk, a paste over a paragraph): find it there.
      const found = l.replaced && l.tag.spans.length === 1 ? nearestWithin(text, first.text, l.near, l.near + l.replaced, l.near + (l.inset ?? 0)) : -1;
      if (found >= 0 && !at(l.tag.label, found)) back.push({ ...l.tag, spans: [{ start: found, end: found + first.text.length, text: first.text }] });
      else stillGone.push(l);
    }
  }
  return { back, stillGone };
}

/**
 * A tag after one edit: itself (shifted in place when after the edit), a new tag when the edit cut into
 * it (its changed spans added to `touched`), or undefined when the edit removed all of it.
 */
export function moveThrough(tag: Tag, e: TextEdit, delta: number, touched: TagSpan[]): Tag | undefined {
  const spans = tag.spans;
  if (spans[spans.length - 1].end <= e.start) return tag;
  if (spans[0].start >= e.end) {
    if (delta) for (const s of spans) {
      s.start += delta;
      s.end += delta;
    }
    return tag;
  }
  const out: TagSpan[] = [];
  for (const s of spans) {
    if (s.end <= e.start) out.push(s);
    else if (s.start >= e.end) {
      s.start += delta;
      s.end += delta;
      out.push(s);
    } else {
      const start = s.start < e.start ? s.start : e.start + e.length;
      const end = s.end > e.end ? s.end + delta : e.start;
      if (end > start) {
        const cut = { start, end, text: s.text };
        touched.push(cut);
        out.push(cut);
      }
    }
  }
  return out.length ? { ...tag, spans: out } : undefined;
}

/** The tags of a list in position order that start at `start` (a binary search). */
function tagsStartingAt(tags: readonly Tag[], start: number): Tag[] {
  let lo = 0;
  let hi = tags.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tagStart(tags[mid]) < start) lo = mid + 1;
    else hi = mid;
  }
  const out: Tag[] = [];
  for (let i = lo; i < tags.length && tagStart(tags[i]) === start; i++) out.push(tags[i]);
  return out;
}

/** The occurrence of `needle` inside text[from, to) nearest to `target`, or -1. */
function nearestWithin(text: string, needle: string, from: number, to: number, target: number): number {
  let best = -1;
  if (!needle) return best;
  for (let i = text.indexOf(needle, from); i >= 0 && i + needle.length <= to; i = text.indexOf(needle, i + 1)) {
    if (best < 0 || Math.abs(i - target) < Math.abs(best - target)) best = i;
  }
  return best;
}

// ---------------------------------------------------------------- re-anchoring

/**
 * Re-anchors tags after the report changed outside the editor: a tag whose offsets still hold its
 * text stays; otherwise it moves to the occurrence of its text nearest to where it was (one tag per
 * occurrence and label); a tag whose text no longer occurs is lost.
 */
export function reanchor(tags: readonly Tag[], text: string): { tags: Tag[]; lost: LostTag[]; moved: number } {
  const kept: Tag[] = [];
  const stale: Tag[] = [];
  for (const t of tags) {
    if (t.spans.every((s) => text.slice(s.start, s.end) === s.text)) kept.push(t);
    else stale.push(t);
  }
  const taken = new Set(kept.map((t) => `${t.label}@${tagStart(t)}`));
  const lost: LostTag[] = [];
  let moved = 0;
  for (const t of stale) {
    const m = reanchorTag(t, text, taken);
    if (m) {
      taken.add(`${m.label}@${tagStart(m)}`);
      kept.push(m);
      moved++;
    } else lost.push({ tag: t, near: Math.min(tagStart(t), text.length) });
  }
  kept.sort(byPosition);
  return { tags: kept, lost, moved };
}

/** The tag moved to the nearest free occurrence of its text, or undefined. */
function reanchorTag(tag: Tag, text: string, taken: ReadonlySet<string>): Tag | undefined {
  const first = tag.spans[0];
  if (!first.text) return undefined;
  const candidates: number[] = [];
  for (let i = text.indexOf(first.text); i >= 0; i = text.indexOf(first.text, i + 1)) candidates.push(i);
  candidates.sort((a, b) => Math.abs(a - first.start) - Math.abs(b - first.start) || a - b);
  for (const at of candidates) {
    if (taken.has(`${tag.label}@${at}`)) continue;
    const spans: TagSpan[] = [{ start: at, end: at + first.text.length, text: first.text }];
    let ok = true;
    for (let k = 1; k < tag.spans.length && ok; k++) {
      const s = tag.spans[k];
      const prevEnd = spans[k - 1].end;
      const wanted = at + (s.start - first.start);
      // The next fragment: where it was relative to the first, else its next occurrence after the previous one.
      const found = text.slice(wanted, wanted + s.text.length) === s.text && wanted >= prevEnd ? wanted : s.text ? text.indexOf(s.text, prevEnd) : -1;
      if (found < 0) ok = false;
      else spans.push({ start: found, end: found + s.text.length, text: s.text });
    }
    if (ok) return { ...tag, spans };
  }
  return undefined;
}

// ---------------------------------------------------------------- importing

/**
 * Adds imported tags to a report's tags: a tag already there (same label and range) is skipped, and
 * so is one that repeats an automatic detection (`detected`) unless it carries a verdict. New tags
 * get fresh ids.
 */
export function mergeTags(
  tags: readonly Tag[],
  extra: readonly { id: string }[],
  incoming: readonly Tag[],
  detected: (kind: EntityKind, start: number, end: number) => boolean = () => false,
): { tags: Tag[]; added: Tag[]; skipped: Tag[] } {
  const out = [...tags];
  const added: Tag[] = [];
  const skipped: Tag[] = [];
  const same = (a: Tag, b: Tag) =>
    a.label === b.label && a.spans.length === b.spans.length && a.spans.every((s, i) => s.start === b.spans[i].start && s.end === b.spans[i].end);
  for (const tag of incoming) {
    const kind = kindOfLabel(tag.label);
    const label = kind ? KIND_LABELS[kind] : tag.label;
    const normal: Tag = { ...tag, label };
    const existing = out.find((t) => same(t, normal));
    const repeatsDetection = kind && !tag.verdict && tag.spans.length === 1 && detected(kind, tag.spans[0].start, tag.spans[0].end);
    if (existing && (existing.verdict ?? '') === (tag.verdict ?? '')) skipped.push(tag);
    else if (existing) {
      const changed: Tag = { ...existing };
      if (tag.verdict) changed.verdict = tag.verdict;
      out[out.indexOf(existing)] = changed;
      added.push(changed);
    } else if (repeatsDetection) skipped.push(tag);
    else {
      const fresh: Tag = { ...normal, id: nextId([...out, ...extra], 'T') };
      out.push(fresh);
      added.push(fresh);
    }
  }
  return { tags: out.sort(byPosition), added, skipped };
}
