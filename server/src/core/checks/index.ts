/**
 * The proofreading checker over an analysis. Per-paragraph rules run on the analysis's blocks and keep
 * their findings per block, so the checks of an edit re-read only the blocks the analysis re-read (the
 * unchanged ones are the same result objects); document-wide rules (heading numbering over the outline,
 * names, years, repeated indicators) read the whole-document results and the facts the blocks noted.
 * Both are step generators (core/steps.ts), so a server runs them in slices.
 */
import type { AnalysisText, DocumentAnalysis } from '../analyze';
import type { FigureAnnotation } from '../types';
import { finish, StepSizer, type Steps } from '../steps';
import { indexAfter } from '../lines';
import { ChunkedList } from '../chunkedList';
import { checkDebris, checkRunningHeaders } from './debris';
import { checkFigures, indicatorConflicts, yearOutliers, type FigureFacts, type IndicatorFact, type YearFact } from './figures';
import { checkHeadingBrackets, checkHeadingsSteps } from './headings';
import type { BlockInput } from './input';
import { checkNamesSteps } from './names';
import { checkPunctuation } from './punctuation';
import { checkTypos } from './typos';
import { CHECK_CODES, RULES, type CheckCode, type CheckEdit, type CheckSeverity, type Finding } from './types';

export { CHECK_CODES, RULES, type CheckCode, type CheckEdit, type CheckSeverity, type Finding } from './types';

/**
 * The findings of one block, relative to its start, and the facts it noted for the document-wide rules. A
 * block with neither (most of them) shares one object, and the counts by severity are kept in BlockChecks's
 * table only: an object of its own for every block, with a severity table and counts beside its findings,
 * made the server's heap with the 10 MB benchmark report open 6.6 MB bigger (83.5 against 76.9 MB, heap
 * snapshots after a full collection, 2026-12-04).
 */
interface BlockCheck {
  readonly findings: Finding[];
  readonly facts: FigureFacts;
}

const SEVERITIES: readonly CheckSeverity[] = ['error', 'warning', 'information'];

/** Each rule's severity as its index in SEVERITIES: `select` and the counts read this, not the rules. */
const SEVERITY_OF = Object.fromEntries(CHECK_CODES.map((code) => [code, SEVERITIES.indexOf(RULES[code].severity)])) as Record<CheckCode, number>;

/**
 * A rule's severity as a rank: 0 error, 1 warning, 2 information, the order of BlockChecks's `totals` and of
 * `select`'s limits (so what counts findings by rank and what reads those counts agree).
 */
export function severityRank(code: CheckCode): number {
  return SEVERITY_OF[code];
}

/** How much block text to check between two yields (about a millisecond of work). */
const STEP_SIZE = 64 * 1024;
/**
 * How many blocks to check between two yields: at most MAX_BLOCKS_PER_STEP, at first 16, in between as
 * many as the last step's pace allows (StepSizer). A block costs some microseconds however short it is:
 * 64 KB of one-line paragraphs (some 2,900 blocks) held a new server for 55 ms in one step (load 2).
 */
const MAX_BLOCKS_PER_STEP = 1024;
/** How many blocks' facts (or findings of one rule) to collect between two yields at most (StepSizer). */
const BLOCKS_PER_STEP = 8192;
/** Where two analyses differ: the blocks kept at the start (`head`) and at the end (`tail`) of `next`, and the text span. */
export interface AnalysisChange {
  readonly old: DocumentAnalysis;
  readonly next: DocumentAnalysis;
  readonly head: number;
  readonly tail: number;
  /** The text before `from` is the same in both (the start of the first block re-read, in either). */
  readonly from: number;
  /** The text from `to` on (offsets in `old`) is in `next` moved by `delta`. */
  readonly to: number;
  readonly delta: number;
}

/** The per-paragraph findings of one analysis, block by block. */
export class BlockChecks {
  private constructor(
    readonly analysis: DocumentAnalysis,
    private readonly checks: ChunkedList<BlockCheck>,
    /**
     * How many findings of each severity block b holds, at [3b + severity]. `select` runs after every
     * keystroke and reads these instead of every block object and every finding's rule: on the 10 MB
     * benchmark report (45,589 blocks, 69,885 findings) that took 3.7–12 ms.
     */
    private readonly counts: ChunkedList<number>,
    /** How many findings of each severity there are in all (kept up to date from the previous checks). */
    readonly totals: readonly [number, number, number],
    /** How this analysis differs from the one of the checks it was made from. */
    readonly change?: AnalysisChange,
  ) {}

  /**
   * The checks of an analysis: the blocks it kept from `prev`'s (before and after `fresh`, the checks of the
   * blocks it re-read, with `freshCounts`, their counts by severity as in `counts`), and the totals moved
   * along. In chunks (core/chunkedList.ts): an edit copies the chunks it reaches, not a list of every block.
   */
  static of(analysis: DocumentAnalysis, fresh: readonly BlockCheck[], freshCounts: readonly number[], prev?: BlockChecks, change?: AnalysisChange): BlockChecks {
    const head = change?.head ?? 0;
    const tail = change?.tail ?? 0;
    const m = prev ? prev.length : 0;
    const totals: [number, number, number] = prev ? [prev.totals[0], prev.totals[1], prev.totals[2]] : [0, 0, 0];
    if (prev) for (let i = 3 * head; i < 3 * (m - tail); i++) totals[i % 3] -= prev.counts.at(i);
    for (let i = 0; i < freshCounts.length; i++) totals[i % 3] += freshCounts[i];
    if (!prev) return new BlockChecks(analysis, ChunkedList.from(fresh), ChunkedList.from(freshCounts), totals, change);
    return new BlockChecks(analysis, prev.checks.splice(head, m - tail, fresh), prev.counts.splice(3 * head, 3 * (m - tail), freshCounts), totals, change);
  }

  /** How many blocks there are. */
  get length(): number {
    return this.checks.length;
  }

  /** The findings in document order, with document offsets. */
  *findings(): Generator<Finding, void, void> {
    const { starts } = this.analysis;
    for (let b = 0; b < this.length; b++) {
      const list = this.blockAt(b).findings;
      for (let i = 0; i < list.length; i++) yield moved(list[i], starts[b]);
    }
  }

  /**
   * The first findings of each severity (document offsets): `limits[s]` of severity s, or `limits` of each;
   * and how many findings there are in all: what a client is sent of a report with tens of thousands. Only
   * blocks that hold a finding of the severity are read, and only until enough are found.
   */
  select(limits: number | readonly number[]): { findings: Finding[]; total: number } {
    const { starts } = this.analysis;
    const { totals } = this;
    const findings: Finding[] = [];
    for (let s = 0; s < SEVERITIES.length; s++) {
      const wanted = Math.min(typeof limits === 'number' ? limits : limits[s], totals[s]);
      let taken = 0;
      for (let b = 0; b < this.length && taken < wanted; b++) {
        if (this.counts.at(3 * b + s) === 0) continue;
        const block = this.checks.at(b);
        for (let k = 0; k < block.findings.length && taken < wanted; k++) {
          if (SEVERITY_OF[block.findings[k].code] !== s) continue;
          findings.push(moved(block.findings[k], starts[b]));
          taken++;
        }
      }
    }
    return { findings, total: totals[0] + totals[1] + totals[2] };
  }

  /** The findings that intersect [start, end), with document offsets. */
  inRange(start: number, end: number): Finding[] {
    const { starts, ends } = this.analysis;
    const out: Finding[] = [];
    // The first block whose end is after start - 1.
    let b = indexAfter(ends, start - 1);
    for (; b < this.length && starts[b] <= end; b++) {
      for (const f of this.blockAt(b).findings) {
        const at = moved(f, starts[b]);
        if (at.end >= start && at.start <= end) out.push(at);
      }
    }
    return out;
  }

  /** The facts of every block, with document offsets, for the document-wide rules (in steps: there may be many). */
  *facts(): Steps<{ indicators: IndicatorFact[]; years: YearFact[] }> {
    const indicators: IndicatorFact[] = [];
    const years: YearFact[] = [];
    const { starts } = this.analysis;
    const sizer = new StepSizer(256, BLOCKS_PER_STEP);
    for (let b = 0; b < this.length; b++) {
      const { facts } = this.blockAt(b);
      const at = starts[b];
      for (const f of facts.indicators) indicators.push({ ...f, start: f.start + at, end: f.end + at });
      for (const y of facts.years) years.push({ ...y, start: y.start + at, end: y.end + at });
      if (sizer.tick()) yield;
    }
    return { indicators, years };
  }

  /** The per-paragraph findings of one rule, with document offsets. */
  *ofCode(code: CheckCode): Steps<Finding[]> {
    const out: Finding[] = [];
    const { starts } = this.analysis;
    const sizer = new StepSizer(256, BLOCKS_PER_STEP);
    for (let b = 0; b < this.length; b++) {
      for (const f of this.blockAt(b).findings) if (f.code === code) out.push(moved(f, starts[b]));
      if (sizer.tick()) yield;
    }
    return out;
  }

  /** Block results by position, for `checkBlocksSteps` to reuse. */
  blockAt(b: number): BlockCheck {
    return this.checks.at(b);
  }
}

/**
 * Runs the per-paragraph rules over an analysis. With the checks of an earlier version, blocks the analysis
 * kept (the same result objects at the start and at the end of the document) keep their findings, and only
 * the blocks in between are checked.
 */
export function* checkBlocksSteps(analysis: DocumentAnalysis, prev?: BlockChecks): Steps<BlockChecks> {
  const n = analysis.starts.length;
  const change = prev ? analysisChange(prev.analysis, analysis) : undefined;
  const head = change?.head ?? 0;
  const tail = change?.tail ?? 0;
  // Both made at their length: the blocks to check are known. Grown by `push(0, 0, 0)` a block at a time, the
  // counts took 9 ms of the 300 these checks take on the 10 MB bench report (a push of several values is a call
  // the engine does not inline).
  const fresh: BlockCheck[] = new Array<BlockCheck>(Math.max(0, n - tail - head));
  // Counted as the blocks are checked: counting 66,667 blocks' findings at the end took 20–27 ms in one step (load 2).
  const counts: number[] = new Array<number>(3 * fresh.length).fill(0);
  let size = 0;
  let count = 0;
  const sizer = new StepSizer(16, MAX_BLOCKS_PER_STEP);
  sizer.start();
  for (let b = head; b < n - tail; b++) {
    const check = checkBlock(analysis, b);
    fresh[b - head] = check;
    const at = 3 * (b - head);
    for (const f of check.findings) counts[at + SEVERITY_OF[f.code]]++;
    size += analysis.ends[b] - analysis.starts[b];
    count++;
    if (size >= STEP_SIZE || count >= sizer.next) {
      sizer.end(count);
      size = 0;
      count = 0;
      yield;
      sizer.start();
    }
  }
  return BlockChecks.of(analysis, fresh, counts, prev, change);
}

/**
 * How `next` differs from `old`: how many blocks at its start (`head`) and at its end (`tail`) the analysis
 * kept from `old` (the same result objects, of the same length), and the span of text between them. An
 * analysis re-reads the blocks around an edit and gives them new results; the ones it kept have the same text.
 */
export function analysisChange(old: DocumentAnalysis, next: DocumentAnalysis): AnalysisChange {
  const n = next.starts.length;
  const m = old.starts.length;
  const same = (b: number, c: number) => next.results.at(b) === old.results.at(c) && next.ends[b] - next.starts[b] === old.ends[c] - old.starts[c];
  let head = 0;
  let tail = 0;
  if (old === next) head = n;
  else if (next.basis?.prev.deref() === old) ({ head, tail } = next.basis);
  else {
    while (head < n && head < m && same(head, head)) head++;
    while (tail < n - head && tail < m - head && same(n - 1 - tail, m - 1 - tail)) tail++;
  }
  const from = old === next ? old.length : head < m ? old.starts[head] : old.length;
  const to = old === next ? old.length : Math.max(from, tail > 0 ? old.starts[m - tail] : old.length);
  return { old, next, head, tail, from, to, delta: next.length - old.length };
}

/**
 * Document-wide findings of an older analysis, carried over to a newer one until they are computed again:
 * those (and their fixes) wholly before or after the blocks the analysis re-read move with the text; the
 * others are dropped. `change`: the change from `old` to `next` when it is known.
 */
export function moveFindings(findings: readonly Finding[], old: DocumentAnalysis, next: DocumentAnalysis, change?: AnalysisChange): Finding[] {
  if (old === next) return findings.slice();
  const { from, to, delta } = change?.old === old && change.next === next ? change : analysisChange(old, next);
  const out: Finding[] = [];
  for (const f of findings) {
    const fix = fixOf(f);
    if (f.end <= from && (!fix || fix.every((x) => x.end <= from))) out.push(f);
    else if (f.start >= to && (!fix || fix.every((x) => x.start >= to))) out.push(moved(f, delta));
  }
  return out;
}

const NO_FINDINGS: Finding[] = [];
const NO_FACTS: FigureFacts = { indicators: [], years: [] };
Object.freeze(NO_FINDINGS);
Object.freeze(NO_FACTS.indicators);
Object.freeze(NO_FACTS.years);
/** The check of a block with no finding and no fact. */
const NOTHING: BlockCheck = Object.freeze({ findings: NO_FINDINGS, facts: NO_FACTS });

/** Runs every per-paragraph rule on block b of an analysis. */
function checkBlock(analysis: DocumentAnalysis, b: number): BlockCheck {
  const block = new BlockOf(analysis, b);
  const findings: Finding[] = [];
  checkHeadingBrackets(block, findings);
  checkPunctuation(block, findings);
  checkDebris(block, findings);
  checkTypos(block, findings);
  const facts = checkFigures(block, findings);
  const noted = facts.indicators.length > 0 || facts.years.length > 0;
  if (!findings.length && !noted) return NOTHING;
  return { findings: findings.length ? findings.sort(byPosition) : NO_FINDINGS, facts: noted ? facts : NO_FACTS };
}

/**
 * Block b of an analysis as the rules read it. Only its text is cut at once; the rest is made when a rule
 * asks (most paragraphs need no neighbour, no spans, no gaps), so that checking a 10 MB report costs a
 * fraction of analysing it.
 */
class BlockOf implements BlockInput {
  readonly text: string;
  private figureList?: FigureAnnotation[];

  constructor(
    private readonly analysis: DocumentAnalysis,
    private readonly b: number,
  ) {
    this.text = analysis.source.slice(analysis.starts[b], analysis.ends[b]);
  }

  /** How far the analysis's offsets of this block move to be offsets in the block. */
  private get shift(): number {
    return this.analysis.shifts[this.b] - this.analysis.starts[this.b];
  }

  get figures(): FigureAnnotation[] {
    return (this.figureList ??= this.analysis.results.at(this.b).figures.map((f) => relativeFigure(f, this.shift)));
  }

  get spans(): { start: number; end: number }[] {
    const r = this.analysis.results.at(this.b);
    const shift = this.shift;
    return [...r.terms, ...r.figures, ...r.mentions].map((a) => ({ start: a.start + shift, end: a.end + shift }));
  }

  get before(): string {
    const { source, starts, ends } = this.analysis;
    return this.b > 0 ? source.slice(starts[this.b - 1], ends[this.b - 1]) : '';
  }

  get after(): string {
    const { source, starts, ends } = this.analysis;
    return this.b + 1 < starts.length ? source.slice(starts[this.b + 1], ends[this.b + 1]) : '';
  }

  get gapBefore(): string {
    const { source, starts, ends } = this.analysis;
    return slice(source, this.b > 0 ? ends[this.b - 1] : 0, starts[this.b]);
  }

  get gap(): string {
    const { source, starts, ends, limit } = this.analysis;
    return slice(source, ends[this.b], this.b + 1 < starts.length ? starts[this.b + 1] : limit);
  }
}

/** A figure with its offsets moved (every field written out: a spread copy of each figure of a big report is slow). */
function relativeFigure(f: FigureAnnotation, shift: number): FigureAnnotation {
  return {
    kind: 'figure',
    start: f.start + shift,
    end: f.end + shift,
    text: f.text,
    figureKind: f.figureKind,
    value: f.value,
    valueHigh: f.valueHigh,
    unit: f.unit,
    unitText: f.unitText,
    approx: f.approx,
    date: f.date,
    datePart: f.datePart,
    scope: f.scope,
    fromEnd: f.fromEnd,
    change: f.change,
    lunar: f.lunar,
  };
}

function slice(source: AnalysisText, start: number, end: number): string {
  return end > start ? source.slice(start, end) : '';
}

/**
 * Runs the document-wide rules: heading numbering over the outline, names over the organisations, years
 * and repeated indicators over the blocks' facts, running headers around the page numbers found. Uses the
 * analysis's outline and organisations (computed here if nobody prepared them).
 */
export function* checkDocumentSteps(analysis: DocumentAnalysis, blocks: BlockChecks): Steps<Finding[]> {
  const text = analysis.limit < analysis.length ? analysis.text.slice(0, analysis.limit) : analysis.text;
  const out: Finding[] = [];
  out.push(...(yield* checkHeadingsSteps(text, analysis.outline)));
  out.push(...(yield* checkNamesSteps(text, analysis.orgs, analysis.outline)));
  const facts = yield* blocks.facts();
  out.push(...(yield* yearOutliers(facts.years)), ...(yield* indicatorConflicts(facts.indicators)));
  out.push(...checkRunningHeaders(text, yield* blocks.ofCode('pageDebris')));
  return out.sort(byPosition);
}

/** Every finding of an analysis in document order, computed to the end (the CLI, tests). */
export function checkAnalysis(analysis: DocumentAnalysis): Finding[] {
  const blocks = finish(checkBlocksSteps(analysis));
  return mergeFindings([...blocks.findings()], finish(checkDocumentSteps(analysis, blocks)));
}

/** Two lists of findings in document order merged into one. */
export function mergeFindings(a: readonly Finding[], b: readonly Finding[]): Finding[] {
  const out: Finding[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) out.push(j >= b.length || (i < a.length && byPosition(a[i], b[j]) <= 0) ? a[i++] : b[j++]);
  return out;
}

function byPosition(a: Finding, b: Finding): number {
  return a.start - b.start || a.end - b.end;
}

/** A finding with its offsets (and its fix's) moved by `by`. */
function moved(f: Finding, by: number): Finding {
  if (by === 0) return f;
  // Written out, not spread: a spread of findings of many shapes took a microsecond each, a thousand per keystroke.
  const start = f.start + by;
  const end = f.end + by;
  const fix = f.fix?.map((e) => ({ start: e.start + by, end: e.end + by, text: e.text }));
  return 'data' in f ? { code: f.code, start, end, data: f.data, fix } : { code: f.code, start, end, fix };
}


/**
 * The certain fix of a finding: its own edits, or, for a rule whose fix follows from the finding, those
 * edits made now (a half-width mark replaced by its full-width form, the repeats of a doubled mark removed).
 */
export function fixOf(f: Finding): CheckEdit[] | undefined {
  if (f.fix) return f.fix;
  if (f.code === 'halfWidthPunctuation' && f.data) return [{ start: f.start, end: f.end, text: String(f.data.replacement) }];
  if (f.code === 'doubledPunctuation') return [{ start: f.start + 1, end: f.end, text: '' }];
  return undefined;
}

/**
 * The edits of the certain fixes among `findings`, in document order. A finding's fix is taken whole or not
 * at all, and not when it touches a character an earlier finding's fix edits (the fixes of two findings on
 * the same characters would undo each other).
 */
export function fixEdits(findings: Iterable<Finding>): CheckEdit[] {
  const taken: CheckEdit[] = [];
  const used = new Set<number>();
  const free = (e: CheckEdit) => {
    if (e.start === e.end) return !used.has(e.start);
    for (let i = e.start; i < e.end; i++) if (used.has(i)) return false;
    return true;
  };
  for (const f of [...findings].sort(byPosition)) {
    const fix = fixOf(f);
    if (!fix?.length || !fix.every(free)) continue;
    for (const e of fix) {
      taken.push(e);
      if (e.start === e.end) used.add(e.start);
      for (let i = e.start; i < e.end; i++) used.add(i);
    }
  }
  return taken.sort((x, y) => x.start - y.start || x.end - y.end);
}

/** `text` with non-overlapping edits (in document order) applied. */
export function applyEdits(text: string, edits: readonly CheckEdit[]): string {
  let out = '';
  let at = 0;
  for (const e of edits) {
    out += text.slice(at, e.start) + e.text;
    at = e.end;
  }
  return out + text.slice(at);
}
