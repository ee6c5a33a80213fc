/**
 * The analysis pipeline: cuts the document into blocks, runs the detectors on each block's view,
 * maps offsets back to the document, resolves organisation aliases over the whole document and
 * builds the outline.
 *
 * Analyses are incremental: after an edit, only the blocks around the edited range are analysed
 * again; the others keep their results and move by the edit's change in length. Whole-document
 * results (the flat lists, organisation resolution, the outline) are computed on first use.
 */
import type {
  Analysis,
  AnalysisNotice,
  Annotation,
  FigureAnnotation,
  OrgAnnotation,
  OutlineNode,
  TermAnnotation,
} from './types';
import { splitBlocks, toDocument, type Block } from './textView';
import { findFigures } from './figures';
import { findOrgMentions, resolveOrgs, type OrgMention } from './orgs';
import { findCandidateTerms, type TermMatcher } from './terms';
import { findOutline } from './outline';

export interface AnalyzeOptions {
  /** Analyse only this many UTF-16 code units; the rest is reported as skipped. */
  maxLength?: number;
  /** Report quoted formulas that are not in the glossary. */
  candidateTerms?: boolean;
}

/** A replacement of document[start, end) (offsets in the text before it) by `length` new code units. */
export interface TextEdit {
  start: number;
  end: number;
  length: number;
}

/** The detector results of one block, with offsets relative to the block's start in the document. */
export interface BlockResult {
  terms: TermAnnotation[];
  figures: FigureAnnotation[];
  /** Organisation mentions; `text` is the name as the detector saw it (joined, folded). */
  mentions: OrgMention[];
}

/** The kinds whose annotations live in blocks. */
export type BlockKind = 'terms' | 'figures' | 'mentions';

/** How much block text to analyse between two yields of `analyzeSteps`. */
const STEP_SIZE = 64 * 1024;

/** The analysis of one version of a document. */
export class DocumentAnalysis implements Analysis {
  private memo: { terms?: TermAnnotation[]; figures?: FigureAnnotation[]; orgs?: OrgAnnotation[]; outline?: OutlineNode[] } = {};

  constructor(
    /** The analysed text (the whole document, also when only a prefix was analysed). */
    readonly text: string,
    /** Block starts and ends (document offsets) and results, in document order. */
    readonly starts: number[],
    readonly ends: number[],
    readonly results: BlockResult[],
    /** Offset up to which the document was analysed. */
    readonly limit: number,
    readonly notices: AnalysisNotice[],
  ) {}

  get terms(): TermAnnotation[] {
    return (this.memo.terms ??= this.flatten('terms'));
  }

  get figures(): FigureAnnotation[] {
    return (this.memo.figures ??= this.flatten('figures'));
  }

  /** Organisations with their aliases resolved over the whole document. */
  get orgs(): OrgAnnotation[] {
    if (!this.memo.orgs) {
      // Resolution compares names as the detectors saw them (joined, folded); users see the document's text.
      const orgs = resolveOrgs(this.flatten('mentions'));
      for (const o of orgs) o.text = this.text.slice(o.start, o.end);
      this.memo.orgs = orgs;
    }
    return this.memo.orgs;
  }

  get outline(): OutlineNode[] {
    return (this.memo.outline ??= findOutline(this.limit < this.text.length ? this.text.slice(0, this.limit) : this.text));
  }

  /** Index of the first block whose end is after `offset`. */
  private blockAfter(offset: number): number {
    let lo = 0;
    let hi = this.ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.ends[mid] <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /**
   * Annotations of one kind that intersect [start, end), in document order, at most `max` of them,
   * without building the whole-document list.
   */
  inRange<K extends BlockKind>(kind: K, start: number, end: number, max = Infinity): BlockResult[K] {
    const out: BlockResult[K][number][] = [];
    for (let b = this.blockAfter(start); b < this.starts.length && this.starts[b] < end && out.length < max; b++) {
      const shift = this.starts[b];
      for (const a of this.results[b][kind]) {
        const s = a.start + shift;
        const e = a.end + shift;
        if (e <= start || s >= end) continue;
        out.push({ ...a, start: s, end: e });
        if (out.length >= max) break;
      }
    }
    return out as BlockResult[K];
  }

  /**
   * The annotations at `offset`, most specific first: an organisation or term before a figure inside it.
   * A span ending at `offset` counts, so a cursor right after a word still finds it.
   */
  at(offset: number): Annotation[] {
    const found: Annotation[] = [];
    const b = this.blockAfter(offset - 1);
    if (b < this.starts.length && this.starts[b] <= offset) {
      const rel = offset - this.starts[b];
      const r = this.results[b];
      const hit = <T extends { start: number; end: number }>(items: T[]) => items.find((a) => a.start <= rel && rel <= a.end);
      const term = hit(r.terms);
      const figure = hit(r.figures);
      const mention = hit(r.mentions);
      const shift = this.starts[b];
      if (mention) {
        const org = byStart(this.orgs, mention.start + shift);
        if (org) found.push(org);
      }
      if (term) found.push({ ...term, start: term.start + shift, end: term.end + shift });
      if (figure) found.push({ ...figure, start: figure.start + shift, end: figure.end + shift });
    }
    return found.sort((x, y) => Number(x.end === offset) - Number(y.end === offset) || x.end - x.start - (y.end - y.start));
  }

  private flatten<K extends BlockKind>(kind: K): BlockResult[K] {
    const out: BlockResult[K][number][] = [];
    for (let b = 0; b < this.starts.length; b++) {
      const shift = this.starts[b];
      for (const a of this.results[b][kind]) out.push({ ...a, start: a.start + shift, end: a.end + shift });
    }
    return out as BlockResult[K];
  }
}

/** Analyses documents with one glossary. */
export class Analyzer {
  constructor(readonly matcher: TermMatcher, readonly options: AnalyzeOptions = {}) {}

  /** Analyses `text` to completion; with `prev` and the edits made since, only what changed. */
  analyze(text: string, prev?: DocumentAnalysis, edits?: readonly TextEdit[]): DocumentAnalysis {
    const steps = this.analyzeSteps(text, prev, edits);
    for (;;) {
      const r = steps.next();
      if (r.done) return r.value;
    }
  }

  /**
   * Analyses `text` in steps: the generator yields after each slice of work, so a caller can give
   * other work a turn, or stop (by not calling `next` again) when the document changed.
   */
  *analyzeSteps(text: string, prev?: DocumentAnalysis, edits?: readonly TextEdit[]): Generator<void, DocumentAnalysis, void> {
    const notices: AnalysisNotice[] = [];
    const max = this.options.maxLength ?? Infinity;
    const limit = Math.min(text.length, max);
    if (limit < text.length) {
      notices.push({ code: 'truncated', offset: limit, message: `Only the first ${limit} characters of ${text.length} were analysed.` });
    }
    if (text.trim().length === 0) notices.push({ code: 'empty', message: 'The document is empty.' });

    const dirty = prev && edits && prev.limit === prev.text.length && limit === text.length ? dirtyRange(prev, text, edits) : undefined;
    let from = 0;
    let to = limit;
    const starts: number[] = [];
    const ends: number[] = [];
    const results: BlockResult[] = [];
    let tail: { first: number; delta: number } | undefined;
    if (dirty && prev) {
      // Keep whole blocks before and after the edited region; one more block on each side, because
      // whether a line break joins two lines depends on the lines around it.
      const firstHit = Math.max(0, lowerBlock(prev.ends, dirty.oldStart) - 1);
      let lastHit = lowerBlock(prev.ends, dirty.oldEnd);
      lastHit = Math.min(prev.starts.length - 1, lastHit + 1);
      from = firstHit < prev.starts.length ? Math.min(prev.starts[firstHit], dirty.oldStart) : dirty.oldStart;
      const oldTo = lastHit >= 0 && lastHit < prev.ends.length ? Math.max(prev.ends[lastHit], dirty.oldEnd) : prev.text.length;
      to = oldTo + dirty.delta;
      for (let b = 0; b < firstHit; b++) {
        starts.push(prev.starts[b]);
        ends.push(prev.ends[b]);
        results.push(prev.results[b]);
      }
      tail = { first: lastHit + 1, delta: dirty.delta };
    }

    let sinceYield = 0;
    for (const block of splitBlocks(text, from, to)) {
      starts.push(block.start);
      ends.push(block.end);
      results.push(this.analyzeBlock(block, text.slice(block.start, block.end)));
      sinceYield += block.end - block.start;
      if (sinceYield >= STEP_SIZE) {
        sinceYield = 0;
        yield;
      }
    }
    if (tail && prev) {
      for (let b = tail.first; b < prev.starts.length; b++) {
        starts.push(prev.starts[b] + tail.delta);
        ends.push(prev.ends[b] + tail.delta);
        results.push(prev.results[b]);
      }
    }
    return new DocumentAnalysis(text, starts, ends, results, limit, notices);
  }

  /** Runs the detectors on one block and maps their offsets to block-relative document offsets. */
  private analyzeBlock(block: Block, blockText: string): BlockResult {
    const view = block.view;
    const found = this.matcher.find(view);
    const candidates = this.options.candidateTerms === false ? [] : findCandidateTerms(view, found);
    const terms = mergeSorted(found, candidates);
    const figures = findFigures(view);
    const mentions = findOrgMentions(view);
    // Most blocks need no mapping: no broken line was joined and no full-width form folded.
    if (block.cuts.length === 0 && view === blockText) return { terms, figures, mentions };
    const place = (a: { start: number; end: number; text: string }, keepText: boolean) => {
      a.start = toDocument(block, a.start) - block.start;
      a.end = toDocument(block, a.end, true) - block.start;
      if (!keepText) a.text = blockText.slice(a.start, a.end);
    };
    for (const t of terms) place(t, false);
    for (const f of figures) place(f, false);
    // Mentions keep the view's text until resolution (see DocumentAnalysis.orgs).
    for (const m of mentions) place(m, true);
    return { terms, figures, mentions };
  }
}

/** The item of a list sorted by start that starts at `start`. */
function byStart<T extends { start: number }>(items: T[], start: number): T | undefined {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (items[mid].start < start) lo = mid + 1;
    else hi = mid;
  }
  return items[lo]?.start === start ? items[lo] : undefined;
}

/** Index of the first block whose end is at or after `offset`. */
function lowerBlock(ends: number[], offset: number): number {
  let lo = 0;
  let hi = ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (ends[mid] < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The region a sequence of edits touched, in the old text's offsets, and the change in length.
 * Edits are applied one after another, each in the offsets of the text the previous one left.
 */
export function dirtyRange(prev: { text: string }, text: string, edits: readonly TextEdit[]): { oldStart: number; oldEnd: number; delta: number } | undefined {
  if (edits.length === 0) return { oldStart: 0, oldEnd: 0, delta: 0 };
  // Track the dirty region in current offsets [lo, hi) and the total delta.
  let lo = Infinity;
  let hi = -Infinity;
  let delta = 0;
  for (const e of edits) {
    const d = e.length - (e.end - e.start);
    if (lo === Infinity) {
      lo = e.start;
      hi = e.start + e.length;
    } else {
      // Move the existing region through this edit, then widen it to cover the edit.
      const mapEnd = (x: number) => (x >= e.end ? x + d : x > e.start ? e.start + e.length : x);
      hi = mapEnd(hi);
      lo = Math.min(lo >= e.end ? lo + d : Math.min(lo, e.start), e.start);
      hi = Math.max(hi, e.start + e.length);
    }
    delta += d;
  }
  const oldStart = lo;
  const oldEnd = hi - delta;
  if (text.length - prev.text.length !== delta || oldStart < 0 || oldEnd > prev.text.length || oldStart > oldEnd) return undefined;
  return { oldStart, oldEnd, delta };
}

function mergeSorted<T extends { start: number }>(a: T[], b: T[]): T[] {
  if (b.length === 0) return a;
  if (a.length === 0) return b;
  return [...a, ...b].sort((x, y) => x.start - y.start);
}
