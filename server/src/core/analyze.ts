/**
 * The analysis pipeline: cuts the document into blocks, runs the detectors on each block's view,
 * maps offsets back to the document, resolves organisation aliases over the whole document and
 * builds the outline.
 *
 * Analyses are incremental: after an edit, only the blocks around the edited range are analysed
 * again; the others keep their results and move by the edit's change in length. Whole-document
 * results (the flat lists, organisation resolution, the outline) are computed on first use.
 */
import { ChunkedList } from './chunkedList';
import type {
  Analysis,
  AnalysisNotice,
  Annotation,
  FigureAnnotation,
  OrgAnnotation,
  OutlineNode,
  TermAnnotation,
} from './types';
import { blocksOf, ViewToDocument, type Block } from './textView';
import { endsLine } from './lines';
import { findFigures } from './figures';
import { findOrgMentions, type OrgMention } from './orgs';
import { resolveOrgsSteps } from './orgs/resolve';
import { DeclaredNames, declaredName, impliedName } from './orgs/declared';
import type { TermMatcher } from './terms';
import { findCandidateTerms } from './candidates';
import { withPlaceStrategies } from './placeStrategies';
import { findOutlineSteps } from './outline';
import { finish, StepSizer, type Steps } from './steps';
import type { PieceText } from './pieceText';

/**
 * The text an analysis reads: a string, or an open document's PieceText, which the analysis of an
 * edit reads only around the edit (the whole text as one string is made when a result needs it).
 */
export type AnalysisText = string | PieceText;

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

/**
 * The detector results of one block, with document offsets as they were when the block was analysed;
 * the block's shift (see DocumentAnalysis.shifts) moves them to the current text.
 */
export interface BlockResult {
  terms: TermAnnotation[];
  figures: FigureAnnotation[];
  /** Organisation mentions; `text` is the name as the detector saw it (joined, folded). */
  mentions: OrgMention[];
}

/** The kinds whose annotations live in blocks. */
export type BlockKind = 'terms' | 'figures' | 'mentions';

/**
 * How much block text to analyse between two yields of `analyzeSteps`: at most STEP_SIZE (a millisecond or
 * two of work once the code is compiled), at first FIRST_STEP_SIZE, in between as fast as the last step went
 * (StepSizer). In a new server 16 KB of one-line paragraphs took 95–130 ms as the first step (2–3 ms later).
 */
const STEP_SIZE = 16 * 1024;
const FIRST_STEP_SIZE = 256;
/** How far past the blocks around an edit their text is read: blocksOf reads at most 4 characters past its end. */
const LOOKAHEAD = 8;
/** How many annotations to copy between two yields of `prepare`. */
const FLATTEN_STEP = 8192;
/** How many blocks' mentions to read for declared names between two yields of `prepare`. */
const DECLARATION_BLOCKS = 16384;
/** How much text to read for the uses of declared names between two yields of `resolveOrgs` (a few milliseconds). */
const USES_STEP = 512 * 1024;
/** How far past a use of a declared name the text is read to see whether a suffix goes on from it. */
const SUFFIX_LOOKAHEAD = 12;

/** A short name declared for an organisation (orgs/declared.ts), in the mentions of block `block`. */
interface BlockDeclaration {
  readonly block: number;
  readonly mention: OrgMention;
  readonly name: string;
}

/** The results computed over the whole document, on first use or ahead with `prepare`. */
export type WholeDocumentPart = 'terms' | 'figures' | 'orgs' | 'outline';
export const WHOLE_DOCUMENT: readonly WholeDocumentPart[] = ['terms', 'figures', 'orgs', 'outline'];

/**
 * What the analysis of an edit kept of the analysis it was made from: its first `head` and last `tail` blocks
 * (the same result objects). Whoever follows analyses block by block (the checks) reads this instead of
 * comparing some 50,000 blocks of a 10 MB report at each keystroke. Held weakly: a chain of analyses must not
 * keep every older one alive.
 */
export interface AnalysisBasis {
  readonly prev: WeakRef<DocumentAnalysis>;
  readonly head: number;
  readonly tail: number;
}

/** The analysis of one version of a document. */
export class DocumentAnalysis implements Analysis {
  private memo: { terms?: TermAnnotation[]; figures?: FigureAnnotation[]; mentions?: OrgMention[]; orgs?: OrgAnnotation[]; outline?: OutlineNode[] };
  private declaredMemo?: DeclaredNames;
  private declarationsMemo?: readonly BlockDeclaration[];

  constructor(
    /** The analysed text (the whole document, also when only a prefix was analysed). */
    readonly source: AnalysisText,
    /** Block starts and ends (document offsets) and results, in document order. */
    readonly starts: Int32Array,
    readonly ends: Int32Array,
    /**
     * Per block, how far its results' offsets must move to be offsets in `text`: 0 for a block
     * analysed in this version, the change in length of later edits for a block reused after them.
     */
    readonly shifts: Int32Array,
    readonly results: ChunkedList<BlockResult>,
    /** Offset up to which the document was analysed. */
    readonly limit: number,
    readonly notices: AnalysisNotice[],
    /** The flat lists, when the analysis built them as it went (a fresh analysis does). */
    lists?: { terms: TermAnnotation[]; figures: FigureAnnotation[]; mentions: OrgMention[] },
    /** The analysis of an edit: what it kept of the one it was made from. */
    readonly basis?: AnalysisBasis,
  ) {
    this.memo = lists ? { ...lists } : {};
  }

  /** The analysed text as one string (made on first use when the source is a PieceText). */
  get text(): string {
    return typeof this.source === 'string' ? this.source : this.source.toString();
  }

  /** The length of the analysed text. */
  get length(): number {
    return this.source.length;
  }

  get terms(): TermAnnotation[] {
    return (this.memo.terms ??= finish(this.flatten('terms')));
  }

  get figures(): FigureAnnotation[] {
    return (this.memo.figures ??= finish(this.flatten('figures')));
  }

  /** Organisations with their aliases resolved over the whole document. */
  get orgs(): OrgAnnotation[] {
    return (this.memo.orgs ??= finish(this.resolveOrgs()));
  }

  get outline(): OutlineNode[] {
    return (this.memo.outline ??= finish(this.findOutline()));
  }

  /** Whether the whole-document results are computed (the getters above return at once). */
  get prepared(): boolean {
    return WHOLE_DOCUMENT.every((part) => this.has(part));
  }

  /** Whether one whole-document result is computed. */
  has(part: WholeDocumentPart): boolean {
    return this.memo[part] !== undefined;
  }

  /**
   * Computes whole-document results in steps, yielding between them, so a server can give other
   * requests a turn while a huge document's lists, organisations and outline are built.
   */
  *prepare(parts: readonly WholeDocumentPart[] = WHOLE_DOCUMENT): Steps<void> {
    for (const part of parts) yield* this.preparePart(part);
  }

  private *preparePart(part: WholeDocumentPart): Steps<void> {
    const m = this.memo;
    if (m[part]) return;
    switch (part) {
      case 'terms': {
        const terms = yield* this.flatten('terms');
        m.terms ??= terms;
        break;
      }
      case 'figures': {
        const figures = yield* this.flatten('figures');
        m.figures ??= figures;
        break;
      }
      case 'orgs': {
        const orgs = yield* this.resolveOrgs();
        m.orgs ??= orgs;
        break;
      }
      case 'outline': {
        const outline = yield* this.findOutline();
        m.outline ??= outline;
        break;
      }
    }
  }

  private *resolveOrgs(): Steps<OrgAnnotation[]> {
    let mentions = this.memo.mentions ?? (yield* this.flatten('mentions'));
    yield* this.declarationsSteps();
    const declared = this.declared;
    if (declared.size > 0) {
      // Read a piece of the text at a time: the uses of a 50 MB report are a scan of all its text.
      const text = this.text;
      let uses: OrgMention[] = [];
      for (let from = 0; from < this.limit; ) {
        yield;
        const to = Math.min(this.limit, from + USES_STEP);
        const found = declared.usesIn(text, from, to, 0, mentions);
        uses = uses.concat(found);
        // (A use that runs past the piece's end: the next piece starts after it, as one reading would.)
        from = found.length > 0 ? Math.max(to, found[found.length - 1].end) : to;
      }
      mentions = mergeSorted(mentions, uses);
    }
    // Resolution compares names as the detectors saw them (joined, folded); users see the document's text.
    const orgs = yield* resolveOrgsSteps(mentions, undefined, this.length);
    const text = this.text;
    for (let i = 0; i < orgs.length; i++) {
      const o = orgs[i];
      // The name as the detector saw it serves when the document writes it so (no folded character).
      if (!sameShortText(text, o.start, o.end, o.text)) o.text = text.slice(o.start, o.end);
      if (i % FLATTEN_STEP === FLATTEN_STEP - 1) yield;
    }
    return orgs;
  }

  /**
   * The short names the document declares for organisations (orgs/declared.ts): each later use of one is
   * a mention, which the detectors, reading a paragraph at a time, do not see. Found on first use, from
   * the mentions that name the body right before them.
   */
  private get declared(): DeclaredNames {
    if (this.declaredMemo === undefined) {
      const declared = new DeclaredNames();
      for (const d of this.declarations()) declared.add(d.name, d.mention.end + this.shifts[d.block], d.mention.orgKind);
      this.declaredMemo = declared;
    }
    return this.declaredMemo;
  }

  /**
   * The declarations of the document's blocks, in order. The analysis of an edit takes those of the blocks
   * it kept from the analysis it was made from, when that one knows them, and reads only its new blocks: a
   * keystroke's decorations do not read the mentions of 50,000 blocks.
   */
  private declarations(): readonly BlockDeclaration[] {
    return this.declarationsMemo ?? finish(this.declarationsSteps());
  }

  /** `declarations` in steps: yields after every DECLARATION_BLOCKS blocks read (a 50 MB report has some 250,000). */
  private *declarationsSteps(): Steps<readonly BlockDeclaration[]> {
    if (this.declarationsMemo !== undefined) return this.declarationsMemo;
    const prev = this.basis?.prev.deref();
    const known = prev?.declarationsMemo;
    const n = this.starts.length;
    const out: BlockDeclaration[] = [];
    if (prev === undefined || known === undefined || this.basis === undefined) yield* this.readDeclarations(out, 0, n);
    else {
      const { head, tail } = this.basis;
      const prevN = prev.starts.length;
      for (const d of known) if (d.block < head) out.push(d);
      yield* this.readDeclarations(out, head, n - tail);
      for (const d of known) if (d.block >= prevN - tail) out.push({ ...d, block: d.block + n - prevN });
    }
    // (A getter may have read them while this waited.)
    return (this.declarationsMemo ??= out);
  }

  /** Adds to `out` the names declared (or implied: orgs/declared.ts) by the mentions of blocks [from, to). */
  private *readDeclarations(out: BlockDeclaration[], from: number, to: number): Steps<void> {
    for (let b = from; b < to; b++) {
      const shift = this.shifts[b];
      for (const m of this.results.at(b).mentions) {
        const name = m.parenAlias ? declaredName(m, m.start + shift, m.end + shift, this.source) : impliedName(m);
        if (name !== undefined) out.push({ block: b, mention: m, name });
      }
      if (b % DECLARATION_BLOCKS === DECLARATION_BLOCKS - 1) yield;
    }
  }

  /**
   * The uses of declared names (see `declared`) that intersect [start, end), given the detectors' mentions
   * `near` it (sorted by start, covering the range and `declared.longest` units on each side).
   */
  private declaredUses(start: number, end: number, near: readonly OrgMention[]): OrgMention[] {
    const declared = this.declared;
    const from = Math.max(0, start - declared.longest + 1);
    const to = Math.min(this.limit, end);
    if (from >= to) return [];
    // A few units past the range: whether a suffix goes on after a use.
    const slice = this.source.slice(from, Math.min(this.length, to + declared.longest + SUFFIX_LOOKAHEAD));
    return declared.usesIn(slice, 0, to - from, from, near).filter((u) => u.end > start);
  }

  private findOutline(): Steps<OutlineNode[]> {
    return findOutlineSteps(this.limit < this.length ? this.text.slice(0, this.limit) : this.text);
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
    if (kind === 'mentions' && this.declared.size > 0) {
      // With the uses of declared names: the mentions around the range tell which uses are free.
      const reach = this.declared.longest;
      const near = this.blockItems('mentions', Math.max(0, start - reach), end + reach, Infinity);
      const uses = this.declaredUses(start, end, near);
      if (uses.length > 0) {
        const merged = mergeSorted(near.filter((m) => m.end > start && m.start < end), uses);
        return (merged.length > max ? merged.slice(0, max) : merged) as BlockResult[K];
      }
    }
    return this.blockItems(kind, start, end, max);
  }

  /** The detectors' annotations of one kind that intersect [start, end), as `inRange` describes. */
  private blockItems<K extends BlockKind>(kind: K, start: number, end: number, max: number): BlockResult[K] {
    const out: BlockResult[K][number][] = [];
    for (let b = this.blockAfter(start); b < this.starts.length && this.starts[b] < end && out.length < max; b++) {
      const shift = this.shifts[b];
      for (const a of this.results.at(b)[kind]) {
        const s = a.start + shift;
        const e = a.end + shift;
        if (e <= start || s >= end) continue;
        out.push(shift === 0 ? a : { ...a, start: s, end: e });
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
      const shift = this.shifts[b];
      const rel = offset - shift;
      const r = this.results.at(b);
      const hit = <T extends { start: number; end: number }>(items: T[]) => items.find((a) => a.start <= rel && rel <= a.end);
      const term = hit(r.terms);
      const figure = hit(r.figures);
      const mention = hit(r.mentions);
      const start = mention ? mention.start + shift : this.declared.size > 0 ? this.inRange('mentions', Math.max(0, offset - 1), offset + 1, 1)[0]?.start : undefined;
      if (start !== undefined) {
        const org = byStart(this.orgs, start);
        if (org) found.push(org);
      }
      const moved = <T extends Annotation>(a: T): T => (shift === 0 ? a : { ...a, start: a.start + shift, end: a.end + shift });
      if (term) found.push(moved(term));
      if (figure) found.push(moved(figure));
    }
    return found.sort((x, y) => Number(x.end === offset) - Number(y.end === offset) || x.end - x.start - (y.end - y.start));
  }

  /** All annotations of one kind in document order; blocks analysed in this version give theirs as they are. */
  private *flatten<K extends BlockKind>(kind: K): Steps<BlockResult[K]> {
    const out: BlockResult[K][number][] = [];
    // The copying is in a plain method, which the engine optimises better than a generator.
    for (let b = 0; b < this.starts.length; ) {
      b = this.flattenSome(kind, b, out);
      yield;
    }
    return out as BlockResult[K];
  }

  /** Appends the annotations of blocks from `b` on to `out`, about FLATTEN_STEP of them; returns the next block. */
  private flattenSome<K extends BlockKind>(kind: K, b: number, out: BlockResult[K][number][]): number {
    const stop = out.length + FLATTEN_STEP;
    for (; b < this.starts.length && out.length < stop; b++) {
      const shift = this.shifts[b];
      const items = this.results.at(b)[kind];
      if (shift === 0) for (let i = 0; i < items.length; i++) out.push(items[i]);
      else for (let i = 0; i < items.length; i++) out.push({ ...items[i], start: items[i].start + shift, end: items[i].end + shift });
    }
    return b;
  }
}

/**
 * How far a fresh analysis has got, for callers that need only the start of a document (the first
 * screen of a 50 MB report is decorated long before the rest is analysed). Blocks are analysed in
 * document order.
 */
export class AnalysisProgress {
  /** Offset up to which blocks are analysed. */
  analysedTo = 0;
  /** While a fresh analysis runs: the blocks done so far, as an analysis of [0, analysedTo). */
  snapshot?: () => DocumentAnalysis;
}

/** Analyses documents with one glossary. */
export class Analyzer {
  constructor(readonly matcher: TermMatcher, readonly options: AnalyzeOptions = {}) {}

  /** Analyses `text` to completion; with `prev` and the edits made since, only what changed. */
  analyze(text: AnalysisText, prev?: DocumentAnalysis, edits?: readonly TextEdit[]): DocumentAnalysis {
    return finish(this.analyzeSteps(text, prev, edits));
  }

  /**
   * Analyses `text` in steps: the generator yields after each slice of work, so a caller can give
   * other work a turn, or stop (by not calling `next` again) when the document changed.
   */
  *analyzeSteps(source: AnalysisText, prev?: DocumentAnalysis, edits?: readonly TextEdit[], progress?: AnalysisProgress): Steps<DocumentAnalysis> {
    const notices: AnalysisNotice[] = [];
    const max = this.options.maxLength ?? Infinity;
    const length = source.length;
    const limit = Math.min(length, max);
    if (limit < length) {
      notices.push({ code: 'truncated', offset: limit, message: `Only the first ${limit} characters of ${length} were analysed.` });
    }
    if (typeof source === 'string' ? source.trim().length === 0 : source.isBlank()) notices.push({ code: 'empty', message: 'The document is empty.' });

    const dirty = prev && edits && prev.limit === prev.length && limit === length ? dirtyRange(prev, source, edits) : undefined;
    let from = 0;
    let to = limit;
    // Blocks kept from `prev` before and after the analysed region [from, to), and the new ones.
    let keepBefore = 0;
    let keepAfter = prev?.starts.length ?? 0;
    let delta = 0;
    const starts: number[] = [];
    const ends: number[] = [];
    const results: BlockResult[] = [];
    if (dirty && prev) {
      // Keep whole blocks before and after the edited region; one more block on each side, because
      // whether a line break joins two lines depends on the lines around it.
      const firstHit = Math.max(0, lowerBlock(prev.ends, dirty.oldStart) - 1);
      let lastHit = lowerBlock(prev.ends, dirty.oldEnd);
      lastHit = Math.min(prev.starts.length - 1, lastHit + 1);
      from = firstHit < prev.starts.length ? Math.min(prev.starts[firstHit], dirty.oldStart) : dirty.oldStart;
      const oldTo = lastHit >= 0 && lastHit < prev.ends.length ? Math.max(prev.ends[lastHit], dirty.oldEnd) : prev.length;
      to = oldTo + dirty.delta;
      keepBefore = firstHit;
      keepAfter = lastHit + 1;
      delta = dirty.delta;
    }

    // A fresh analysis reads the whole text; the analysis of an edit reads the blocks around it, as
    // one string from `base` on (a few characters past `to`: where a block ends depends on the
    // characters right after it). Block offsets are moved by `base` back to document offsets.
    const base = dirty ? from : 0;
    const text = dirty ? source.slice(from, Math.min(length, to + LOOKAHEAD)) : String(source);
    if (progress && !dirty) {
      progress.snapshot = () =>
        new DocumentAnalysis(text, Int32Array.from(starts), Int32Array.from(ends), new Int32Array(starts.length), ChunkedList.from(results), progress.analysedTo, notices);
    }
    // A fresh analysis builds the document's flat lists as it goes (the same objects, in order).
    const lists = dirty ? undefined : { terms: [] as TermAnnotation[], figures: [] as FigureAnnotation[], mentions: [] as OrgMention[] };
    // Blocks are analysed a step's worth at a time, each detector over all of them in turn: one
    // detector's tables stay in the processor's caches for some hundred blocks instead of one.
    let batch: Block[] = [];
    let batchSize = 0;
    const sizer = new StepSizer(FIRST_STEP_SIZE, STEP_SIZE);
    const analyseBatch = () => {
      sizer.start();
      const found = this.analyzeBlocks(batch, text, base);
      sizer.end(batchSize);
      for (let i = 0; i < batch.length; i++) {
        starts.push(batch[i].start);
        ends.push(batch[i].end);
        results.push(found[i]);
        if (lists) appendResult(lists, found[i]);
      }
      if (progress) progress.analysedTo = batch[batch.length - 1].end;
      batch = [];
      batchSize = 0;
    };
    for (const block of blocksOf(text, from - base, to - base)) {
      block.start += base;
      block.end += base;
      batch.push(block);
      batchSize += block.end - block.start;
      if (batchSize >= sizer.next) {
        analyseBatch();
        yield;
      }
    }
    if (batch.length) analyseBatch();
    if (!prev || !dirty) return new DocumentAnalysis(source, Int32Array.from(starts), Int32Array.from(ends), new Int32Array(starts.length), ChunkedList.from(results), limit, notices, lists);
    // Typed-array copies: a 10 MB document has some 50,000 blocks, and this runs on every keystroke.
    const kept = (xs: Int32Array, fresh: number[] | undefined) => {
      const out = new Int32Array(keepBefore + results.length + xs.length - keepAfter);
      out.set(xs.subarray(0, keepBefore));
      if (fresh) out.set(fresh, keepBefore);
      for (let b = keepAfter, k = keepBefore + results.length; b < xs.length; b++, k++) out[k] = xs[b] + delta;
      return out;
    };
    return new DocumentAnalysis(
      source,
      kept(prev.starts, starts),
      kept(prev.ends, ends),
      kept(prev.shifts, undefined),
      prev.results.splice(keepBefore, keepAfter, results),
      limit,
      notices,
      undefined,
      { prev: new WeakRef(prev), head: keepBefore, tail: prev.results.length - keepAfter },
    );
  }

  /**
   * Runs the detectors on blocks, one detector over all of them after the other, and maps their
   * offsets from the blocks' views to the document. `text` is the document's text from offset `base` on.
   */
  private analyzeBlocks(blocks: readonly Block[], text: string, base: number): BlockResult[] {
    const n = blocks.length;
    const terms: TermAnnotation[][] = new Array(n);
    const figures: FigureAnnotation[][] = new Array(n);
    const mentions: OrgMention[][] = new Array(n);
    for (let i = 0; i < n; i++) terms[i] = withPlaceStrategies(blocks[i].view, this.matcher.find(blocks[i].view));
    if (this.options.candidateTerms !== false) for (let i = 0; i < n; i++) terms[i] = mergeSorted(terms[i], findCandidateTerms(blocks[i].view, terms[i]));
    for (let i = 0; i < n; i++) figures[i] = findFigures(blocks[i].view);
    for (let i = 0; i < n; i++) mentions[i] = namesWithinParagraphs(blocks[i], findOrgMentions(blocks[i].view), text, base);
    for (let i = 0; i < n; i++) terms[i] = outsideOrgNames(terms[i], mentions[i]);
    for (let i = 0; i < n; i++) mentions[i] = outsideGlossaryTerms(mentions[i], terms[i]);
    for (let i = 0; i < n; i++) figures[i] = outsideTerms(outsideOrgNames(figures[i], mentions[i], countsBodies), terms[i]);
    const out: BlockResult[] = new Array(n);
    for (let i = 0; i < n; i++) out[i] = placeResults(blocks[i], terms[i], figures[i], mentions[i], text, base);
    return out;
  }
}

/**
 * The mentions of a block, none of whose names runs over a blank line into the name after it. The view joins a line
 * to the next over one blank line where the first stops mid-sentence (PDF text breaks names and terms so), but a
 * title or a byline stops so too (…“睡眠日”义诊活动, a blank line, 扬子晚报 2024-03-21): a name read across the blank
 * line whose part after it is a name of its own, ending where it ends, is that name. One split by the blank line
 * (安徽省卫生健, a blank line, 康委员会) stays whole. `text` is the document's text from offset `base` on.
 */
function namesWithinParagraphs(block: Block, mentions: OrgMention[], text: string, base: number): OrgMention[] {
  const cuts = block.cuts;
  if (cuts.length === 0 || mentions.length === 0) return mentions;
  let out: OrgMention[] | undefined;
  // Where each cut's removed text starts in the document (an end at the cut point lies before it). The mentions come
  // in order and do not overlap: the first cut after a name's start only moves on, and the mapper passes each cut once.
  const removedAt = new ViewToDocument(block);
  let first = 0;
  for (let i = 0; i < mentions.length; i++) {
    let m = mentions[i];
    while (first < cuts.length && cuts[first] <= m.start) first += 2;
    for (let k = first; k < cuts.length && cuts[k] < m.end; k += 2) {
      const at = cuts[k];
      const from = removedAt.map(at, true) - base;
      if (!blankLineIn(text, from, from + cuts[k + 1])) continue;
      const tail = findOrgMentions(block.view.slice(at, m.end));
      const own = tail.length > 0 ? tail[tail.length - 1] : undefined;
      if (own === undefined || own.end !== m.end - at) continue;
      own.start += at;
      own.end += at;
      m = own;
    }
    if (m !== mentions[i]) (out ??= mentions.slice())[i] = m;
  }
  return out ?? mentions;
}

/** Whether text[from, to) holds two line breaks (a blank line; \r\n counted once). */
function blankLineIn(text: string, from: number, to: number): boolean {
  let breaks = 0;
  for (let k = from; k < to; k++) if (endsLine(text, k)) breaks++;
  return breaks >= 2;
}

/**
 * Whether a figure counts bodies (四家, 三所, 三大): inside a name the name is the likelier to be wrong (我市|四家爱心医院,
 * 台中地区|三大医学中心), as a body's name holds no count of bodies; any other number in a name is the name's (五处 in
 * 组织二局五处, 21世纪 in 21世纪经济报道).
 */
function countsBodies(f: FigureAnnotation): boolean {
  return f.figureKind === 'count' && (f.unit === '家' || f.unit === '所' || f.unit === '');
}

/**
 * The terms that are not inside an organisation's name: a glossary term inside a name (健康中国行动 in
 * 健康中国行动推进委员会, 三医联动 in 省三医联动改革办公室) is part of the name, not a policy term there.
 * A name that only overlaps a term is left to the organisation detector: one of the two spans is wrong,
 * and the term is the likelier to be right (接诉即办 in 接诉即办患者服务热线办公室, read as 办…办公室).
 * The same holds for figures (21世纪 in 21世纪经济报道), but for those `keep` keeps.
 * `terms` are sorted and do not overlap; mentions may nest.
 */
export function outsideOrgNames<T extends { start: number; end: number }>(terms: T[], mentions: readonly OrgMention[], keep?: (t: T) => boolean): T[] {
  if (terms.length === 0 || mentions.length === 0) return terms;
  const byStart = isSortedByStart(mentions) ? mentions : [...mentions].sort((a, b) => a.start - b.start);
  const out: T[] = [];
  // Over the mentions that start at or before the current term: the furthest end. Terms start in order, so it only grows.
  let k = 0;
  let reach = -1;
  for (const t of terms) {
    while (k < byStart.length && byStart[k].start <= t.start) reach = Math.max(reach, byStart[k++].end);
    if (reach < t.end || keep?.(t)) out.push(t);
  }
  return out.length === terms.length ? terms : out;
}

/**
 * The mentions that are not inside a glossary term: a body's name inside the name of a day or a campaign
 * (联合国 in 联合国糖尿病日) names the day, not the body. Nor is a name whose suffix is the start of a term a
 * name (南辽村义诊主题党|日: 党 is 主题党日's). A mention with the term's own span stays, and so does one inside a
 * candidate term (a quoted phrase may well quote a name). `terms` are sorted and do not overlap.
 */
export function outsideGlossaryTerms(mentions: OrgMention[], terms: readonly TermAnnotation[]): OrgMention[] {
  if (mentions.length === 0 || terms.length === 0) return mentions;
  let out: OrgMention[] | undefined;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    const t = terms[lastStartingAtOrBefore(terms, m.start)];
    // (The term the name's last character is in, when the name starts before it.)
    const u = terms[lastStartingAtOrBefore(terms, m.end - 1)];
    const crossing = u !== undefined && u.termId !== undefined && u.start > m.start && m.end < u.end;
    const inside = crossing || (t !== undefined && t.termId !== undefined && m.end <= t.end && t.end - t.start > m.end - m.start);
    if (inside) out ??= mentions.slice(0, i);
    else if (out) out.push(m);
  }
  return out ?? mentions;
}

/** Index of the last of `xs` (sorted by start) that starts at or before `at`; -1 if none. */
function lastStartingAtOrBefore(xs: readonly { start: number }[], at: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (xs[mid].start <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/**
 * The figures that are not inside a policy term: a number in a term's name is part of the name (四种 in
 * 监督执纪四种形态, 七个 in 七个着力), as the guidelines say of numbers in names and slogans. Both lists
 * are sorted by start; terms do not overlap.
 */
export function outsideTerms(figures: FigureAnnotation[], terms: readonly TermAnnotation[]): FigureAnnotation[] {
  if (figures.length === 0 || terms.length === 0) return figures;
  const out: FigureAnnotation[] = [];
  let k = 0;
  for (const f of figures) {
    while (k < terms.length && terms[k].end <= f.start) k++;
    if (!(k < terms.length && terms[k].start <= f.start && f.end <= terms[k].end)) out.push(f);
  }
  return out.length === figures.length ? figures : out;
}

function isSortedByStart(xs: readonly { start: number }[]): boolean {
  for (let i = 1; i < xs.length; i++) if (xs[i - 1].start > xs[i].start) return false;
  return true;
}

/** Moves a block's annotations from offsets in its view to offsets in the document. */
function placeResults(block: Block, terms: TermAnnotation[], figures: FigureAnnotation[], mentions: OrgMention[], text: string, base: number): BlockResult {
  // Most blocks need only a shift: no broken line was joined and no full-width form folded.
  if (block.cuts.length === 0 && !block.folded) {
    const at = block.start;
    if (at !== 0) {
      for (const t of terms) (t.start += at), (t.end += at);
      for (const f of figures) (f.start += at), (f.end += at);
      for (const m of mentions) (m.start += at), (m.end += at);
    }
    return exactLengthResult(terms, figures, mentions);
  }
  // Each list comes in order of its starts: one mapper for its starts and one for its ends pass over the cuts once.
  const placeAll = (list: { start: number; end: number; text: string }[], keepText: boolean) => {
    const starts = new ViewToDocument(block);
    const ends = new ViewToDocument(block);
    for (const a of list) {
      a.start = starts.map(a.start);
      a.end = ends.map(a.end, true);
      if (!keepText && !sameShortText(text, a.start - base, a.end - base, a.text)) a.text = text.slice(a.start - base, a.end - base);
    }
  };
  placeAll(terms, false);
  placeAll(figures, false);
  // Mentions keep the view's text until resolution (see DocumentAnalysis.orgs).
  placeAll(mentions, true);
  return exactLengthResult(terms, figures, mentions);
}

/**
 * Up to this length, a string that `slice` makes is a copy of its characters; a longer one may point
 * into the string it was cut from and keep all of it alive (V8 makes such slices from 13 code units).
 */
const SHORT_TEXT = 12;

/**
 * Whether `s` is short and has the same code units as `text[start, end)`: then it can stand for that
 * text, instead of a new string. Most paragraphs are folded somewhere (the Chinese comma ， is a
 * full-width form) but most annotations hold no folded character.
 */
function sameShortText(text: string, start: number, end: number, s: string): boolean {
  if (s.length !== end - start || s.length > SHORT_TEXT) return false;
  for (let k = 0; k < s.length; k++) if (text.charCodeAt(start + k) !== s.charCodeAt(k)) return false;
  return true;
}

/** Appends a block's annotations to the document's lists (a plain function: generators run slower). */
function appendResult(lists: { terms: TermAnnotation[]; figures: FigureAnnotation[]; mentions: OrgMention[] }, r: BlockResult): void {
  for (let i = 0; i < r.terms.length; i++) lists.terms.push(r.terms[i]);
  for (let i = 0; i < r.figures.length; i++) lists.figures.push(r.figures[i]);
  for (let i = 0; i < r.mentions.length; i++) lists.mentions.push(r.mentions[i]);
}

/** The one empty list all blocks without annotations of a kind share. */
const NONE: never[] = [];
Object.freeze(NONE);

/**
 * A block's results in lists of their exact length. Lists built by push keep spare room (at least
 * 16 slots); over the 50,000 blocks of a 10 MB report that room would outweigh the annotations.
 */
function exactLengthResult(terms: TermAnnotation[], figures: FigureAnnotation[], mentions: OrgMention[]): BlockResult {
  const fit = <T>(xs: T[]): T[] => (xs.length === 0 ? NONE : xs.slice());
  return { terms: fit(terms), figures: fit(figures), mentions: fit(mentions) };
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
function lowerBlock(ends: Int32Array, offset: number): number {
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
export function dirtyRange(prev: { length: number }, text: { length: number }, edits: readonly TextEdit[]): { oldStart: number; oldEnd: number; delta: number } | undefined {
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
  if (text.length - prev.length !== delta || oldStart < 0 || oldEnd > prev.length || oldStart > oldEnd) return undefined;
  return { oldStart, oldEnd, delta };
}

/**
 * Two lists merged by start, `a`'s item first on a tie: what a stable sort of `a` then `b` gives.
 * Both lists come sorted from their detectors, so a merge does it in one pass; a list that is not
 * sorted is sorted as before.
 */
function mergeSorted<T extends { start: number }>(a: T[], b: T[]): T[] {
  if (b.length === 0) return a;
  if (a.length === 0) return b;
  if (!isSortedByStart(a) || !isSortedByStart(b)) return [...a, ...b].sort((x, y) => x.start - y.start);
  // Filled by push: a list made with a length has holes for the engine, which would then read
  // every list of annotations more slowly.
  const out: T[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) out.push(b[j].start < a[i].start ? b[j++] : a[i++]);
  while (i < a.length) out.push(a[i++]);
  while (j < b.length) out.push(b[j++]);
  return out;
}
