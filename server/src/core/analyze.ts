/**
 * The analysis pipeline: cuts the document into blocks, runs the detectors on each block's view,
 * maps offsets back to the document, resolves organisation aliases over the whole document and
 * builds the outline.
 *
 * Blocks are cached by their text, so re-analysing a document after a small edit only runs the
 * detectors on the blocks the edit touched.
 */
import type {
  Analysis,
  AnalysisNotice,
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

/** The detector results of one block, with offsets relative to the block's start in the document. */
interface BlockResult {
  terms: TermAnnotation[];
  figures: FigureAnnotation[];
  mentions: OrgMention[];
}

/** How much block text to analyse between two yields of `analyzeSteps`. */
const STEP_SIZE = 64 * 1024;

/**
 * Analyses documents with one glossary. Keeps a cache of block results, so that analysing a new
 * version of the same document reuses everything that did not change.
 */
export class Analyzer {
  private cache = new Map<string, BlockResult>();

  constructor(readonly matcher: TermMatcher, readonly options: AnalyzeOptions = {}) {}

  /** Analyses `text` to completion. */
  analyze(text: string): Analysis {
    const steps = this.analyzeSteps(text);
    for (;;) {
      const r = steps.next();
      if (r.done) return r.value;
    }
  }

  /**
   * Analyses `text` in steps: the generator yields after each slice of work, so a caller can give
   * other work a turn or stop (by not calling `next` again) when the document changed.
   */
  *analyzeSteps(text: string): Generator<void, Analysis, void> {
    const notices: AnalysisNotice[] = [];
    const max = this.options.maxLength ?? Infinity;
    const limit = Math.min(text.length, max);
    if (limit < text.length) {
      notices.push({
        code: 'truncated',
        offset: limit,
        message: `Only the first ${limit} characters of ${text.length} were analysed.`,
      });
    }
    if (text.trim().length === 0) notices.push({ code: 'empty', message: 'The document is empty.' });

    const blocks = splitBlocks(text, 0, limit);
    const used = new Map<string, BlockResult>();
    const terms: TermAnnotation[] = [];
    const figures: FigureAnnotation[] = [];
    const mentions: OrgMention[] = [];
    let sinceYield = 0;
    for (const block of blocks) {
      const key = text.slice(block.start, block.end);
      let result = used.get(key) ?? this.cache.get(key);
      if (!result) {
        result = this.analyzeBlock(block, key);
        sinceYield += key.length;
      }
      used.set(key, result);
      const shift = block.start;
      for (const t of result.terms) terms.push({ ...t, start: t.start + shift, end: t.end + shift });
      for (const f of result.figures) figures.push({ ...f, start: f.start + shift, end: f.end + shift });
      for (const m of result.mentions) mentions.push({ ...m, start: m.start + shift, end: m.end + shift });
      if (sinceYield >= STEP_SIZE) {
        sinceYield = 0;
        yield;
      }
    }
    this.cache = used;
    // Resolution compares names as the detectors saw them (joined, folded); users see the document's text.
    const orgs: OrgAnnotation[] = resolveOrgs(mentions);
    for (const o of orgs) o.text = text.slice(o.start, o.end);
    yield;
    const outline: OutlineNode[] = findOutline(limit < text.length ? text.slice(0, limit) : text);
    return { terms, figures, orgs, outline, notices };
  }

  /** Runs the detectors on one block and maps their offsets to block-relative document offsets. */
  private analyzeBlock(block: Block, blockText: string): BlockResult {
    const view = block.view;
    const raw = (start: number, end: number) => {
      const s = toDocument(block, start) - block.start;
      const e = toDocument(block, end, true) - block.start;
      return { start: s, end: e, text: blockText.slice(s, e) };
    };
    const found = this.matcher.find(view);
    const candidates = this.options.candidateTerms === false ? [] : findCandidateTerms(view, found);
    const terms = mergeSorted(found, candidates).map((t) => ({ ...t, ...raw(t.start, t.end) }));
    const figures = findFigures(view).map((f) => ({ ...f, ...raw(f.start, f.end) }));
    // Mentions keep the view's text until resolution (see analyzeSteps).
    const mentions = findOrgMentions(view).map((m) => ({ ...m, ...raw(m.start, m.end), text: m.text }));
    return { terms, figures, mentions };
  }
}

function mergeSorted<T extends { start: number }>(a: T[], b: T[]): T[] {
  if (b.length === 0) return a;
  if (a.length === 0) return b;
  return [...a, ...b].sort((x, y) => x.start - y.start);
}
