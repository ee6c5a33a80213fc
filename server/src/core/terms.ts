/**
 * Glossary terms and candidate terms in a paragraph.
 *
 * The matcher is a longest-match scan over UTF-16 code units with an index on the first two units of
 * every form (term or alias). It is built once per glossary set. modern-ahocorasick would do the same
 * job but segments the text into grapheme clusters first, which measured at about 7 MB/s on the
 * sample reports, far below what the whole analysis needs; this scan runs at about 150 MB/s.
 *
 * Conventions:
 * - A glossary term is annotated as the glossary writes it: the builtin terms have no quotes, so in
 *   “两个维护” only 两个维护 is annotated. A user term written with quotes (“六亮”行动) is matched with
 *   its quotes, whichever quote style the text uses (“ ” " " 「 」).
 * - Candidate terms include their quotes and the head noun that follows (“六亮”行动), because that is
 *   the name a user would add to the glossary.
 * - Terms are not found across line breaks: the pipeline joins broken lines before calling us.
 */
import type { GlossaryEntry, TermAnnotation, TermCategory } from './types';
import type { ParsedGlossary } from './glossary';

/** The fields an annotation of an entry carries (all but the range). */
interface Template {
  termId: string;
  canonical: string;
  definition: string;
  english?: string;
  source?: string;
  year?: number;
  category: TermCategory;
  glossary: string;
}

interface Form {
  text: string;
  /** Undefined for an "ignore" form: text skipped whole, in which no term is annotated. */
  tpl: Template | undefined;
  /** The form starts or ends with an ASCII letter or digit: it must not be glued to another one. */
  asciiStart: boolean;
  asciiEnd: boolean;
}

interface Loaded {
  entry: GlossaryEntry;
  glossary: string;
  forms: string[];
}

/** Quote pairs a user term may be written with; the first is the canonical style. */
const QUOTE_STYLES: [string, string][] = [
  ['“', '”'],
  ['"', '"'],
  ['「', '」'],
];

export class TermMatcher {
  private readonly loaded = new Map<string, Loaded>();
  /**
   * First code unit → second code unit → forms starting with those two units, longest first.
   * Two levels keep every key a small integer, which V8 looks up much faster than a combined key.
   */
  private readonly index: (Map<number, Form[]> | undefined)[] = new Array(0x10000).fill(undefined);

  /** Builds one matcher over several glossaries; later glossaries override earlier entries with the same id or term. */
  constructor(glossaries: ParsedGlossary[]) {
    /** Form → id of the entry that owns it, or null for an ignored form. */
    const owner = new Map<string, string | null>();
    const byTerm = new Map<string, string>();
    const drop = (id: string) => {
      const old = this.loaded.get(id);
      if (!old) return;
      this.loaded.delete(id);
      if (byTerm.get(old.entry.term) === id) byTerm.delete(old.entry.term);
      for (const f of old.forms) if (owner.get(f) === id) owner.delete(f);
    };
    for (const g of glossaries) {
      for (const s of g.ignore ?? []) {
        const f = fold(s);
        if (f.length >= 2 && !owner.has(f)) owner.set(f, null);
      }
      for (const e of g.entries) {
        drop(e.id);
        const sameTerm = byTerm.get(e.term);
        if (sameTerm !== undefined) drop(sameTerm);
        const forms = [...new Set([e.term, ...(e.aliases ?? [])].flatMap(variants))].filter((f) => f.length >= 2);
        this.loaded.set(e.id, { entry: e, glossary: g.name, forms });
        byTerm.set(e.term, e.id);
        for (const f of forms) owner.set(f, e.id);
      }
    }
    const templates = new Map<string, Template>();
    for (const [id, l] of this.loaded) templates.set(id, template(l));
    for (const [text, id] of owner) {
      const tpl = id === null ? undefined : templates.get(id);
      if (id !== null && !tpl) continue;
      const byFirst = (this.index[text.charCodeAt(0)] ??= new Map());
      let list = byFirst.get(text.charCodeAt(1));
      if (!list) byFirst.set(text.charCodeAt(1), (list = []));
      list.push({ text, tpl, asciiStart: isAsciiWord(text.charCodeAt(0)), asciiEnd: isAsciiWord(text.charCodeAt(text.length - 1)) });
    }
    for (const byFirst of this.index) for (const list of byFirst?.values() ?? []) list.sort((a, b) => b.text.length - a.text.length);
  }

  /** Glossary terms in a paragraph: longest match wins (紧密型县域医共体 over 医共体), non-overlapping, sorted. */
  find(text: string): TermAnnotation[] {
    const out: TermAnnotation[] = [];
    const index = this.index;
    const last = text.length - 1;
    for (let i = 0; i < last; i++) {
      const byFirst = index[text.charCodeAt(i)];
      if (byFirst === undefined) continue;
      const list = byFirst.get(text.charCodeAt(i + 1));
      if (list === undefined) continue;
      for (let k = 0; k < list.length; k++) {
        const f = list[k];
        if (!text.startsWith(f.text, i)) continue;
        const end = i + f.text.length;
        if (f.asciiStart && i > 0 && isAsciiWord(text.charCodeAt(i - 1))) continue;
        if (f.asciiEnd && isAsciiWord(text.charCodeAt(end))) continue;
        if (isMark(text.charCodeAt(end))) continue;
        // An ignored form is skipped whole, like a term that is not annotated.
        if (f.tpl) out.push({ kind: 'term', start: i, end, text: text.slice(i, end), ...f.tpl });
        i = end - 1;
        break;
      }
    }
    return out;
  }

  /** Look-up by id, for hovers and quick fixes. */
  entry(id: string): (GlossaryEntry & { glossary: string }) | undefined {
    const l = this.loaded.get(id);
    return l ? { ...l.entry, glossary: l.glossary } : undefined;
  }

  /** Every entry in use (after overrides), for completion lists and symbol searches. */
  entries(): (GlossaryEntry & { glossary: string })[] {
    return [...this.loaded.values()].map((l) => ({ ...l.entry, glossary: l.glossary }));
  }
}

function template(l: Loaded): Template {
  const e = l.entry;
  const t: Template = { termId: e.id, canonical: e.term, definition: e.definition, category: e.category, glossary: l.glossary };
  if (e.english !== undefined) t.english = e.english;
  if (e.source !== undefined) t.source = e.source;
  if (e.year !== undefined) t.year = e.year;
  return t;
}

/** The folded form and, when it has quotes, the same with the other quote styles. */
function variants(s: string): string[] {
  const f = fold(s);
  const quote = QUOTE_STYLES.find(([o, c]) => f.includes(o) && f.includes(c) && o !== c);
  if (!quote) return [f];
  return QUOTE_STYLES.map(([o, c]) => f.split(quote[0]).join(o).split(quote[1]).join(c));
}

/** Full-width ASCII (U+FF01–U+FF5E) to ASCII, as the pipeline does to the text. */
function fold(s: string): string {
  return s.replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

/** ASCII letter or digit. */
function isAsciiWord(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** A code unit that belongs to the character before it: combining marks, variation selectors, ZWJ, a low surrogate. */
function isMark(c: number): boolean {
  return (
    (c >= 0x0300 && c <= 0x036f) ||
    (c >= 0x20d0 && c <= 0x20ff) ||
    (c >= 0xfe00 && c <= 0xfe0f) ||
    c === 0x200d ||
    (c >= 0xdc00 && c <= 0xdfff)
  );
}

// ---------------------------------------------------------------- candidates

/** Opening quote → its closing quote. */
const CLOSERS: Record<string, string> = { '“': '”', '‘': '’', '「': '」', '『': '』', '"': '"' };
const OPENERS_RE = /[“‘「『"]/g;
/** Longest inner text of a candidate, in code points; formulas found by their numerals alone are shorter. */
const MAX_INNER = 12;
const MAX_NUMERAL_INNER = 8;
/** Nouns that make a quoted phrase a named formula when they follow it (longest first where one extends another). */
const HEAD_NOUNS = ['工作法', '工作机制', '专项行动', '行动', '工程', '模式', '机制', '制度', '品牌', '理念', '战略', '计划', '活动', '政策', '体系', '项目', '方针', '举措'];
/** Heads that make a quoted phrase a formula when it ends with them (“头雁工程”); 品牌, 体系… are too often descriptive (“红色品牌”). */
const INNER_HEADS = ['工程', '行动', '计划', '工作法'];
/** Characters a formula does not contain: sentence punctuation, brackets, spaces, other quotes. */
const NOT_IN_FORMULA = /[\s，,。！!？?；;：:…、—–《》〈〉()（）\[\]【】“”‘’「」『』"']/;
/** Numerals that make a short quoted phrase a numbered formula (“六亮”, “两在两同”, “双控”). */
const STRONG_NUMERALS = /[二三四五六七八九十百千两双]/g;
/** 一 and 万 are too common in ordinary words (“一站式”, “一体化”) to count alone. */
const WEAK_NUMERALS = /[一万]/g;

/** Quoted formulas that are not glossary terms: “312”工作法, “六亮”行动, “四心工程”, “1+N”模式 → candidate terms (candidate: true, canonical = the formula with its quotes and the head noun that follows, e.g. “六亮”行动). `known` are the glossary matches of the same text, to skip. */
export function findCandidateTerms(text: string, known: TermAnnotation[]): TermAnnotation[] {
  const out: TermAnnotation[] = [];
  const sorted = isSorted(known) ? known : [...known].sort((a, b) => a.start - b.start);
  let k = 0;
  const re = OPENERS_RE;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const open = m.index;
    const closer = CLOSERS[m[0]];
    const close = findClose(text, open + 1, closer);
    if (close < 0) continue;
    const inner = text.slice(open + 1, close);
    const head = HEAD_NOUNS.find((h) => text.startsWith(h, close + 1));
    const end = close + 1 + (head?.length ?? 0);
    if (!isFormula(inner, head !== undefined)) {
      // A closing ASCII quote could be taken for the next opening one: go on after it.
      if (closer === '"') re.lastIndex = close + 1;
      continue;
    }
    while (k < sorted.length && sorted[k].end <= open) k++;
    re.lastIndex = end;
    if (k < sorted.length && sorted[k].start < end) continue;
    const span = text.slice(open, end);
    out.push({ kind: 'term', start: open, end, text: span, canonical: '“' + inner + '”' + (head ?? ''), candidate: true });
  }
  return out;
}

/** Offset of the quote closing one opened just before `from`, or -1 when another opens first, a line ends or it is too far. */
function findClose(text: string, from: number, closer: string): number {
  const limit = Math.min(text.length, from + MAX_INNER * 2 + 1);
  for (let i = from; i < limit; i++) {
    const ch = text[i];
    if (ch === closer) return i;
    if (ch === '\n' || ch === '\r' || CLOSERS[ch] !== undefined) return -1;
  }
  return -1;
}

/** Whether a quoted text looks like a policy formula rather than a quotation or an emphasised word. */
function isFormula(inner: string, headFollows: boolean): boolean {
  const length = [...inner].length;
  if (length < 2 || length > MAX_INNER || NOT_IN_FORMULA.test(inner)) return false;
  if (!/[\u3400-\u9fff0-9]/.test(inner)) return false;
  const endsWithHead = length >= 4 && INNER_HEADS.some((h) => inner.endsWith(h));
  if (headFollows || endsWithHead) return true;
  // A bare number is a phone line or a year more often than a formula (“12345”接诉即办).
  if (/^[0-9]+$/.test(inner)) return false;
  if (/[0-9]/.test(inner) && /[+＋]|[0-9][\u3400-\u9fff]|[\u3400-\u9fff][0-9]/.test(inner)) return true;
  if (inner.includes('+')) return true;
  if (length > MAX_NUMERAL_INNER) return false;
  const strong = (inner.match(STRONG_NUMERALS)?.length ?? 0) + (inner.match(/一个/g)?.length ?? 0);
  const weak = inner.match(WEAK_NUMERALS)?.length ?? 0;
  return strong >= 1 || weak >= 2;
}

function isSorted(a: TermAnnotation[]): boolean {
  for (let i = 1; i < a.length; i++) if (a[i - 1].start > a[i].start) return false;
  return true;
}
