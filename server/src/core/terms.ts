/**
 * Glossary terms in a paragraph (candidate terms, which no glossary defines, are in candidates.ts).
 *
 * The matcher is a longest-match scan over UTF-16 code units with an index on the first two units of
 * every form (term or alias). It is built once per glossary set. modern-ahocorasick would do the same
 * job but segments the text into grapheme clusters first, which measured at about 7 MB/s on the
 * sample reports, far below what the whole analysis needs. Most positions are rejected by two table
 * look-ups (can this unit start a form; can these two units) before the index is consulted.
 *
 * Conventions:
 * - A glossary term is annotated as the glossary writes it: the builtin terms have no quotes, so in
 *   “两个维护” only 两个维护 is annotated. A user term written with quotes (“六亮”行动) is matched with
 *   its quotes, whichever quote style the text uses (“ ” " " 「 」).
 * - Terms are not found across line breaks: the pipeline joins broken lines before calling us.
 */
import { isHan } from './script';
import type { GlossaryEntry, TermAnnotation, TermCategory } from './types';
import type { ParsedGlossary } from './glossary';

/** What every annotation of a glossary entry carries besides its range and termId. */
export type EntryFields = Omit<TermAnnotation, 'kind' | 'start' | 'end' | 'text' | 'termId'>;

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
  listOnly: boolean;
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

/**
 * log2 of the size of `FormIndex.pairBits`: 16 KB, small enough to stay in the processor's fastest
 * cache, large enough for few collisions (a glossary has some hundreds of pairs).
 */
const PAIR_FILTER_BITS = 14;

/** Bits of `FormIndex.pairBits`: some form of three units or more, or a two-unit form, may start with a pair. */
const LONG_FORMS = 1;
const SHORT_FORM = 2;

/**
 * The forms by their first three code units: at a position, only the forms that share its first three
 * units are compared (the two-unit form, if any, is looked up apart). An open-addressing hash table
 * with integer keys in typed arrays: much faster to look up than a Map. Cheap filters reject most
 * positions before the hash table is consulted: the units a form can start with, a hashed set of the
 * first two units, the units that can come third.
 */
class FormIndex {
  readonly firsts = new Uint8Array(0x10000);
  /** LONG_FORMS | SHORT_FORM by pairFilterSlot(first two units); collisions only let more through. */
  readonly pairBits = new Uint8Array(1 << PAIR_FILTER_BITS);
  readonly thirds = new Uint8Array(0x10000);
  /** Per slot: the first two units (first << 16 | second), the third unit (-1 for a two-unit form), the forms, longest first. */
  private readonly pairs: Int32Array;
  private readonly thirdUnits: Int32Array;
  private readonly lists: (Form[] | undefined)[];
  /** 32 − log2(table size), for the multiplicative hash. */
  private readonly shift: number;

  constructor(forms: Form[]) {
    const groups = new Map<string, { pair: number; third: number; list: Form[] }>();
    for (const f of forms) {
      const t = f.text;
      const pair = pairKey(t.charCodeAt(0), t.charCodeAt(1));
      const third = t.length > 2 ? t.charCodeAt(2) : -1;
      const key = `${pair} ${third}`;
      let g = groups.get(key);
      if (!g) groups.set(key, (g = { pair, third, list: [] }));
      g.list.push(f);
      this.firsts[t.charCodeAt(0)] = 1;
      this.pairBits[pairFilterSlot(pair)] |= third >= 0 ? LONG_FORMS : SHORT_FORM;
      if (third >= 0) this.thirds[third] = 1;
    }
    // A table at least four times the number of groups keeps probe runs short.
    let bits = 4;
    while (1 << bits < groups.size * 4) bits++;
    this.shift = 32 - bits;
    this.pairs = new Int32Array(1 << bits);
    this.thirdUnits = new Int32Array(1 << bits);
    this.lists = new Array<Form[] | undefined>(1 << bits).fill(undefined);
    const mask = (1 << bits) - 1;
    for (const { pair, third, list } of groups.values()) {
      // A stable sort: forms of the same length keep their order.
      list.sort((a, b) => b.text.length - a.text.length);
      let h = this.slot(pair, third);
      while (this.lists[h] !== undefined) h = (h + 1) & mask;
      this.pairs[h] = pair;
      this.thirdUnits[h] = third;
      this.lists[h] = list;
    }
  }

  /** The forms that start with the units of `pair` and then `third` (-1: the two-unit form), longest first. */
  get(pair: number, third: number): Form[] | undefined {
    const mask = this.lists.length - 1;
    let h = this.slot(pair, third);
    let list = this.lists[h];
    while (list !== undefined && (this.pairs[h] !== pair || this.thirdUnits[h] !== third)) list = this.lists[(h = (h + 1) & mask)];
    return list;
  }

  private slot(pair: number, third: number): number {
    // Fibonacci hashing of the two keys mixed.
    return Math.imul(pair ^ Math.imul(third, 0x27d4eb2d), 0x9e3779b1) >>> this.shift;
  }
}

export class TermMatcher {
  private readonly loaded = new Map<string, Loaded>();
  private readonly index: FormIndex;
  /** Words that may stand inside a form (glossary `qualifiers`), undefined when there are none. */
  private readonly qualifiers: readonly string[] | undefined;
  /** 1 for the first code unit of each qualifier. */
  private readonly qualifierFirsts = new Uint8Array(0x10000);

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
    const qualifiers = [...new Set(glossaries.flatMap((g) => g.qualifiers ?? []))];
    this.qualifiers = qualifiers.length > 0 ? qualifiers : undefined;
    for (const q of qualifiers) this.qualifierFirsts[q.charCodeAt(0)] = 1;
    const templates = new Map<string, Template>();
    for (const [id, l] of this.loaded) templates.set(id, template(l));
    const forms: Form[] = [];
    for (const [text, id] of owner) {
      const tpl = id === null ? undefined : templates.get(id);
      if (id !== null && !tpl) continue;
      forms.push({ text, tpl, asciiStart: isAsciiWord(text.charCodeAt(0)), asciiEnd: isAsciiWord(text.charCodeAt(text.length - 1)) });
    }
    this.index = new FormIndex(forms);
  }

  /**
   * The entries the matcher annotates, by id, each with the fields its annotations carry besides their range
   * and id, in the same order: canonical, definition, category, glossary, then english, source and year when
   * the entry has them.
   */
  *entryFields(): Generator<[string, EntryFields], void, void> {
    for (const [id, l] of this.loaded) {
      const { kind, start, end, text, termId, ...fields } = annotation(template(l), 0, 0, '');
      yield [id, fields];
    }
  }

  /** Glossary terms in a paragraph: longest match wins (紧密型县域医共体 over 医共体), non-overlapping, sorted. */
  find(text: string): TermAnnotation[] {
    // A term broken by a blank between two of its characters (紧密型县域 医共体, as PDF text and justified lines
    // leave them) is one span: the blanks are read out of a copy, and offsets mapped back.
    if (!HAN_BLANK_HAN.test(text)) return this.findIn(text);
    // The copy is made of the runs between the blanks, and `cuts` holds where each blank was left out (the
    // copy's offset of the character after it): a character-by-character copy with an offset each was a tenth
    // of what the whole analysis allocated, on text with many blanks.
    const cuts: number[] = [];
    let compact = '';
    let from = 0;
    for (let k = 1; k < text.length - 1; k++) {
      const c = text.charCodeAt(k);
      if ((c === 32 || c === 0x3000) && hanOrPlus(text.charCodeAt(k - 1)) && hanOrPlus(text.charCodeAt(k + 1))) {
        compact += text.slice(from, k);
        cuts.push(compact.length);
        from = k + 1;
      }
    }
    compact += text.slice(from);
    const found = this.findIn(compact);
    // The copy's offset c is the text's c plus the blanks left out at or before it; the terms come in order.
    let j = 0;
    for (const t of found) {
      while (j < cuts.length && cuts[j] <= t.start) j++;
      const start = t.start + j;
      let m = j;
      while (m < cuts.length && cuts[m] <= t.end - 1) m++;
      const end = t.end - 1 + m + 1;
      if (end - start !== t.end - t.start) t.text = text.slice(start, end);
      t.start = start;
      t.end = end;
    }
    return found;
  }

  private findIn(text: string): TermAnnotation[] {
    const out: TermAnnotation[] = [];
    /** Which of `out` are list-only, when any is. */
    let listOnly: boolean[] | undefined;
    const index = this.index;
    const { firsts, pairBits, thirds } = index;
    const last = text.length - 1;
    for (let i = 0; i < last; i++) {
      const c1 = text.charCodeAt(i);
      if (firsts[c1] === 0) continue;
      const pair = pairKey(c1, text.charCodeAt(i + 1));
      const bits = pairBits[pairFilterSlot(pair)];
      if (bits === 0) continue;
      // Longest match first: the forms of three units or more, then the two-unit form.
      let f: Form | undefined;
      let length = 0;
      // (The end of the text is tested apart: reading a typed array at NaN would slow down this read everywhere.)
      if (bits & LONG_FORMS && i + 2 < text.length) {
        const c3 = text.charCodeAt(i + 2);
        if (thirds[c3] === 1) {
          const list = index.get(pair, c3);
          if (list !== undefined) {
            f = firstMatch(text, i, list);
            length = f ? f.text.length : 0;
            if (this.qualifiers) {
              // A form with a qualifier inside is longer than the form: it wins over any shorter match.
              const q = qualifiedMatch(text, i, list, length, this.qualifiers, this.qualifierFirsts);
              if (q) (f = q.form), (length = q.length);
            }
          }
        }
      }
      if (f === undefined && bits & SHORT_FORM) {
        const list = index.get(pair, -1);
        if (list !== undefined) f = firstMatch(text, i, list);
        length = f ? f.text.length : 0;
      }
      if (f === undefined) continue;
      const end = i + length;
      // An ignored form is skipped whole, like a term that is not annotated; so is a term that names a unit
      // (卫生应急|中心, 继续医学教育|委员会, 治未病|科): the guidelines count no department or institution type.
      if (f.tpl && !unitNamedAfter(text, end)) {
        if (f.tpl.listOnly) (listOnly ??= out.map(() => false))[out.length] = true;
        else if (listOnly) listOnly[out.length] = false;
        // The text is the form itself unless a qualifier stands inside: the form's string serves, and
        // 50,000 terms of a 10 MB report make no string of their own.
        out.push(annotation(f.tpl, i, end, length === f.text.length ? f.text : text.slice(i, end)));
      }
      i = end - 1;
    }
    return listOnly ? inLists(text, out, listOnly) : out;
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

/** Words that make the term before them a unit's or a building's name: a committee, an office, a leading group, a ward and its beds, a specialty (临终关怀专科), a building (医养结合楼) (and 中心: below). */
const UNIT_WORDS = ['委员会', '办公室', '领导小组', '病区', '病房', '病床', '儿科', '专科', '治疗室', '诊室', '楼'];
/** Who works in a department, or what it does, after its 科 (中西医结合科|主任, …科|护士长, 免疫规划科|负责). */
const STAFF_OF_DEPARTMENT = ['主任', '副主任', '护士长', '医生', '医师', '专家', '团队', '负责', '牵头', '组织', '开展', '召开', '举办', '派出', '全体', '工作人员'];

/**
 * Words after 中心 that show it heads a unit's name (卫生应急中心主任, 安宁疗护中心成立): elsewhere 中心 may open
 * a noun of its own (医共体|中心药房, a county medical community's central pharmacy).
 */
const AFTER_CENTRE = ['主任', '副主任', '负责人', '成立', '挂牌', '揭牌', '建成', '建设', '开展', '的', '和', '与', '及', '等'];

/** Characters after which 科 ends a department's name (治未病科、肿瘤科): the end of a clause or a list's joint, a blank or a line break. */
const AFTER_DEPARTMENT = new Set([...'、，。；：,;:）)和与及等 \u3000\t\n\r'].map((c) => c.charCodeAt(0)));

/**
 * Whether the word at `end` makes the term before it part of a unit's name: 卫生应急中心, 继续医学教育委员会,
 * 治未病科 (科 only as the last word before a clause ends or a list goes on: 健康教育科普 is no department;
 * 中心 only before what follows a unit's name: AFTER_CENTRE).
 */
function unitNamedAfter(text: string, end: number): boolean {
  const c = text.charCodeAt(end);
  if (c === 0x79d1 /* 科 */) return end + 1 >= text.length || AFTER_DEPARTMENT.has(text.charCodeAt(end + 1)) || STAFF_OF_DEPARTMENT.some((w) => text.startsWith(w, end + 1));
  for (const w of UNIT_WORDS) if (text.startsWith(w, end)) return true;
  if (c !== 0x4e2d /* 中 */ || text.charCodeAt(end + 1) !== 0x5fc3 /* 心 */) return false;
  const k = end + 2;
  return k >= text.length || !isHan(text.charCodeAt(k)) || AFTER_CENTRE.some((w) => text.startsWith(w, k));
}

/** A blank between two Chinese characters, or beside the plus of 互联网 + 护理服务 (one is enough to look further). */
const HAN_BLANK_HAN = /[\u3400-\u9fff+][ \u3000][\u3400-\u9fff+]/;

/** Whether c is a Chinese character or the plus sign that joins the words of 互联网+ terms. */
function hanOrPlus(c: number): boolean {
  return isHan(c) || c === 0x2b /* + */;
}

/** The enumeration comma: items of a list of terms are separated by it (基层首诊、双向转诊). */
const LIST_COMMA = 0x3001;

/** The terms without the list-only ones that are not next to another term across an enumeration comma. */
function inLists(text: string, terms: TermAnnotation[], listOnly: boolean[]): TermAnnotation[] {
  const inList = (k: number, j: number) =>
    j >= 0 && j < terms.length && !listOnly[j] && (j < k ? terms[j].end + 1 === terms[k].start && text.charCodeAt(terms[j].end) === LIST_COMMA : terms[k].end + 1 === terms[j].start && text.charCodeAt(terms[k].end) === LIST_COMMA);
  return terms.filter((_, k) => !listOnly[k] || inList(k, k - 1) || inList(k, k + 1));
}

/**
 * Least number of code units before and after a qualifier inserted into a form: a qualifier goes
 * between words. Before it, three: forms are indexed by their first three units, and the variants of
 * a form are found in its list.
 */
const MIN_BEFORE_QUALIFIER = 3;
const MIN_AFTER_QUALIFIER = 2;

/**
 * The longest form of `list` (forms whose first three units match at i) that the text holds with one
 * qualifier inserted between two of its parts, both Chinese characters (异地就医 + 住院 + 直接结算), when
 * that is longer than `longerThan`; with its length in the text.
 */
function qualifiedMatch(text: string, i: number, list: Form[], longerThan: number, qualifiers: readonly string[], firsts: Uint8Array): { form: Form; length: number } | undefined {
  let best: { form: Form; length: number } | undefined;
  for (let k = 0; k < list.length; k++) {
    const f = list[k];
    const form = f.text;
    if (f.tpl === undefined || form.length < MIN_BEFORE_QUALIFIER + MIN_AFTER_QUALIFIER) continue;
    // The qualifier goes somewhere up to the first unit where the text leaves the form.
    let j = 3;
    while (j < form.length && text.charCodeAt(i + j) === form.charCodeAt(j)) j++;
    const lastCut = Math.min(j, form.length - MIN_AFTER_QUALIFIER);
    for (let cut = MIN_BEFORE_QUALIFIER; cut <= lastCut; cut++) {
      const at = i + cut;
      // Most cuts have no qualifier at all: one code unit tells.
      const next = text.charCodeAt(at);
      if (firsts[next] === 0 || !isHan(form.charCodeAt(cut - 1)) || !isHan(form.charCodeAt(cut))) continue;
      for (const q of qualifiers) {
        const length = form.length + q.length;
        if (length <= longerThan || (best && length <= best.length) || q.charCodeAt(0) !== next) continue;
        if (!text.startsWith(q, at) || !holdsFrom(text, at + q.length, form, cut) || isMark(text.charCodeAt(i + length))) continue;
        best = { form: f, length };
      }
    }
  }
  return best;
}

/** Whether `text` holds `form` from its unit `from` on at `at` (text.startsWith(form.slice(from), at) without the slice). */
function holdsFrom(text: string, at: number, form: string, from: number): boolean {
  if (at + form.length - from > text.length) return false;
  for (let k = from; k < form.length; k++) if (text.charCodeAt(at + k - from) !== form.charCodeAt(k)) return false;
  return true;
}


/** The template of an entry: all of them have one shape (absent fields undefined), for fast reads in annotation(). */
function template(l: Loaded): Template {
  const e = l.entry;
  return {
    termId: e.id,
    canonical: e.term,
    definition: e.definition,
    english: e.english,
    source: e.source,
    year: e.year,
    category: e.category,
    glossary: l.glossary,
    listOnly: e.listOnly === true,
  };
}

/**
 * The annotation of a term: its range and the fields of its entry, the optional ones only when the
 * entry has them, in this order. One object literal for each set of optional fields, so that each
 * annotation is made with all its fields in the object itself: fields added one by one after a
 * literal go to a second, separate store, an allocation more for every term.
 */
function annotation(tpl: Template, start: number, end: number, text: string): TermAnnotation {
  const { termId, canonical, definition, category, glossary, english, source, year } = tpl;
  const kind = 'term';
  switch ((english !== undefined ? 1 : 0) | (source !== undefined ? 2 : 0) | (year !== undefined ? 4 : 0)) {
    case 0:
      return { kind, start, end, text, termId, canonical, definition, category, glossary };
    case 1:
      return { kind, start, end, text, termId, canonical, definition, category, glossary, english };
    case 2:
      return { kind, start, end, text, termId, canonical, definition, category, glossary, source };
    case 3:
      return { kind, start, end, text, termId, canonical, definition, category, glossary, english, source };
    case 4:
      return { kind, start, end, text, termId, canonical, definition, category, glossary, year };
    case 5:
      return { kind, start, end, text, termId, canonical, definition, category, glossary, english, year };
    case 6:
      return { kind, start, end, text, termId, canonical, definition, category, glossary, source, year };
    default:
      return { kind, start, end, text, termId, canonical, definition, category, glossary, english, source, year };
  }
}

/**
 * The first of `list` (forms whose first units match at i, longest first) that the text holds whole
 * and that is not glued to a letter, digit or combining mark around it.
 */
function firstMatch(text: string, i: number, list: Form[]): Form | undefined {
  for (let k = 0; k < list.length; k++) {
    const f = list[k];
    const form = f.text;
    const end = i + form.length;
    if (end > text.length) continue;
    let j = 2;
    while (j < form.length && text.charCodeAt(i + j) === form.charCodeAt(j)) j++;
    if (j < form.length) continue;
    if (f.asciiStart && i > 0 && isAsciiWord(text.charCodeAt(i - 1))) continue;
    if (f.asciiEnd && isAsciiWord(text.charCodeAt(end))) continue;
    if (isMark(text.charCodeAt(end))) continue;
    // (征集|采用: a form of two characters whose last one starts an everyday word with the next is none there.)
    if (form.length === 2 && WORDS_ACROSS_SHORT_FORM.has(pairKey(text.charCodeAt(end - 1), text.charCodeAt(end)))) continue;
    return f;
  }
  return undefined;
}

/**
 * Everyday words a short form's last character may start (集采 in 征集|采用, 创卫 in 共创|卫生城区): by the key of their
 * two code units.
 */
const WORDS_ACROSS_SHORT_FORM: ReadonlySet<number> = new Set(['采用', '采取', '采集', '采样', '采访', '采纳', '卫生'].map((w) => pairKey(w.charCodeAt(0), w.charCodeAt(1))));

/** The key of a form's first two code units. */
function pairKey(c1: number, c2: number): number {
  return (c1 << 16) | c2;
}

/** Slot of a pair key in the entries of `FormIndex.pairBits`. */
function pairFilterSlot(pair: number): number {
  return Math.imul(pair, 0x9e3779b1) >>> (32 - PAIR_FILTER_BITS);
}

/** The folded form and, when it has quotes, the same with the other quote styles; when it has a hyphen between digits, the same with the dashes written there. */
function variants(s: string): string[] {
  // (Without blanks between Chinese characters, as find() reads the text: “打击欺诈骗保 维护基金安全”.)
  const f = fold(s).replace(/([\u3400-\u9fff])[ \u3000]+(?=[\u3400-\u9fff])/g, '$1');
  // 1-3-7 is also written 1—3—7 and 1–3–7 (full-width hyphens are folded already).
  const dashed = /[0-9]-[0-9]/.test(f) ? DIGIT_DASHES.map((d) => f.replace(/(?<=[0-9])-(?=[0-9])/g, d)) : [f];
  const quote = QUOTE_STYLES.find(([o, c]) => f.includes(o) && f.includes(c) && o !== c);
  if (!quote) return dashed;
  return dashed.flatMap((g) => QUOTE_STYLES.map(([o, c]) => g.split(quote[0]).join(o).split(quote[1]).join(c)));
}

/** Dashes written between numbers in a term's name (1-3-7): the hyphen, the em dash and the en dash. */
const DIGIT_DASHES = ['-', '\u2014', '\u2013'];

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
