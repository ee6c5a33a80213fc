/**
 * The organisation lexicon (server/data/orgs.json) compiled into reverse tries, so the detector can
 * ask "which words end here?" while it walks a name leftwards from its suffix.
 */
import type { OrgKind } from '../types';
import data from '../../../data/orgs.json';

/** What a suffix or known name ending at some offset says about the name it ends. */
export interface SuffixInfo {
  kind: OrgKind;
  word: string;
  /** One-character suffixes (局, 部, 会…): need an anchor or two name characters before them. */
  weak: boolean;
  /** Enough on its own (卫健委, 国务院): no name characters needed. */
  standalone: boolean;
  /** A known organisation name rather than a suffix. */
  known: boolean;
  /** 院 of 市三院: only after a numeral. */
  numeral: boolean;
  /** 党委, 党支部: a name only after a place, a level or an organisation. */
  anchored: boolean;
  /** A known company name that is also an ordinary word (苹果, 平安): a name only in a company context. */
  context?: boolean;
}

/** What a word ending at some offset is, for the walk leftwards. */
export interface WordInfo {
  /** Place names: 'national' (国家, 中国), 'place' (provinces, cities, counties, countries), 'level' (市, 县, 开发区). */
  place?: 'national' | 'place' | 'level';
  /** Left boundary of a name: verbs, prepositions, time words. */
  stop?: boolean;
  /** 各, 该, 全市: the name is a class reference, not a name. */
  determiner?: boolean;
  /** 公立, 三级, 基层: a generic modifier. */
  generic?: boolean;
  /** Words allowed inside names although they hold a stop character (发展和改革). */
  nameWord?: boolean;
  /** 附属, 直属: joins a name to the organisation before it. */
  connector?: boolean;
  /** A word that ends in a one-character suffix without naming an organisation (干部, 格局). */
  blockBefore?: boolean;
}

interface TrieNode<T> {
  next: Map<number, TrieNode<T>>;
  info?: T;
}

function node<T>(): TrieNode<T> {
  return { next: new Map() };
}

function pairHash(a: number, b: number): number {
  return (a * 31 + b) & 0xffff;
}

/** A trie over reversed words: walking it from an offset leftwards finds the words that end there. */
export class ReverseTrie<T> {
  readonly root: TrieNode<T> = node();
  maxLength = 0;
  /** Marks the BMP code units that end some word, to skip all other positions at once. */
  readonly lastUnits = new Uint8Array(0x10000);
  /** Marks the code units that are a word on their own (局, 部). */
  private readonly singleUnits = new Uint8Array(0x10000);
  /** Marks hashes of the last two code units of longer words: most positions whose last unit ends some word fail here. */
  private readonly lastPairs = new Uint8Array(0x10000);

  add(word: string, merge: (old: T | undefined) => T): void {
    let n = this.root;
    for (let i = word.length - 1; i >= 0; i--) {
      const c = word.charCodeAt(i);
      let m = n.next.get(c);
      if (!m) n.next.set(c, (m = node()));
      n = m;
    }
    n.info = merge(n.info);
    const last = word.charCodeAt(word.length - 1);
    this.lastUnits[last] = 1;
    if (word.length === 1) this.singleUnits[last] = 1;
    else this.lastPairs[pairHash(word.charCodeAt(word.length - 2), last)] = 1;
    if (word.length > this.maxLength) this.maxLength = word.length;
  }

  /** Calls `visit(length, info)` for every word ending at `end`, shortest first. */
  each(text: string, end: number, visit: (length: number, info: T) => void): void {
    let n: TrieNode<T> | undefined = this.root;
    for (let i = end - 1; i >= 0; i--) {
      n = n.next.get(text.charCodeAt(i));
      if (!n) return;
      if (n.info !== undefined) visit(end - i, n.info);
    }
  }

  /** The longest word ending at `end`. */
  longest(text: string, end: number): { length: number; info: T } | undefined {
    if (end <= 0) return undefined;
    const last = text.charCodeAt(end - 1);
    if (!this.lastUnits[last]) return undefined;
    if (!this.singleUnits[last] && (end < 2 || !this.lastPairs[pairHash(text.charCodeAt(end - 2), last)])) return undefined;
    let best: { length: number; info: T } | undefined;
    let n: TrieNode<T> | undefined = this.root;
    for (let i = end - 1; i >= 0; i--) {
      n = n.next.get(text.charCodeAt(i));
      if (!n) break;
      if (n.info !== undefined) best = { length: end - i, info: n.info };
    }
    return best;
  }
}

/** A trie over words read forwards, to find the words starting at an offset. */
export class ForwardTrie {
  private readonly root: TrieNode<true> = node();

  add(word: string): void {
    let n = this.root;
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i);
      let m = n.next.get(c);
      if (!m) n.next.set(c, (m = node()));
      n = m;
    }
    n.info = true;
  }

  /** Length of the longest word starting at `start`, 0 if none. */
  longestAt(text: string, start: number): number {
    let best = 0;
    let n: TrieNode<true> | undefined = this.root;
    for (let i = start; i < text.length; i++) {
      n = n.next.get(text.charCodeAt(i));
      if (!n) break;
      if (n.info) best = i + 1 - start;
    }
    return best;
  }
}

export interface ShortForm {
  short: string;
  full: string;
  /** False for forms used to compare names but not shown as an expansion (中医院 → 中医医院). */
  expand: boolean;
}

export interface Lexicon {
  suffixes: ReverseTrie<SuffixInfo>;
  /** The same suffixes and known names read forwards: does a longer one go on past an offset? */
  suffixesForward: ForwardTrie;
  words: ReverseTrie<WordInfo>;
  blockAfter: ForwardTrie;
  shortForms: ShortForm[];
  /** Full place name of each place form (蚌埠 → 蚌埠市, 蚌埠市 → 蚌埠市). */
  placeFull: Map<string, string>;
  branchSuffixes: Set<string>;
  branchOfSuffixes: Set<string>;
  placeOnlySuffixes: Set<string>;
  genericPhrases: Set<string>;
  /** The same, read backwards: which generic phrases end a name. */
  genericPhraseTrie: ReverseTrie<true>;
  numerals: string[];
  numberedFull: string;
  numberedKey: string;
  /** Words after a context name that make it a company (公司, 手机, 汽车). */
  companyAfter: ForwardTrie;
  /** Business nouns that extend a known company's name (格力|电器). */
  companyExtensions: ForwardTrie;
  /** Suffixes that need no anchor (not 局, 会, 医院; but 网), read forwards: a known company right before one is part of that name (平安|保险公司, 腾讯|网). */
  strongSuffixesForward: ForwardTrie;
  /** Known company names that need no context, read forwards: the next name of a list (小米、|华为). */
  companyForward: ForwardTrie;
  /** Words that join the names of a list (、, 和). */
  joiners: string[];
}

interface LexiconData {
  suffixes: { kind: string; words: string[]; weak?: boolean; standalone?: boolean; numeral?: boolean; anchored?: boolean }[];
  knownOrgs: { kind: string; names: string[]; context?: boolean }[];
  companyContext: { after: string[]; extensions: string[]; joiners: string[] };
  shortForms: { short: string; full: string; expand?: boolean }[];
  places: {
    national: string[];
    provinces: string[];
    provinceShort: string[];
    prefectures: string[];
    prefectureShort: string[];
    counties: string[];
    foreign: string[];
    levels: string[];
  };
  connectors: string[];
  branchSuffixes: string[];
  branchOfSuffixes: string[];
  placeOnlySuffixes: string[];
  numberedHospital: { numerals: string[]; full: string; key: string };
  nameWords: string[];
  generic: { phrases: string[]; modifiers: string[]; determiners: string[] };
  stopWords: string[];
  blockers: { before: string[]; after: string[] };
}

const KINDS = new Set<OrgKind>(['government', 'party', 'hospital', 'health-institution', 'university', 'company', 'media', 'association', 'other']);

function asKind(k: string): OrgKind {
  return KINDS.has(k as OrgKind) ? (k as OrgKind) : 'other';
}

/** Compiles a lexicon from data of the shape of server/data/orgs.json. */
export function compileLexicon(raw: unknown): Lexicon {
  const d = raw as LexiconData;
  const suffixes = new ReverseTrie<SuffixInfo>();
  const suffixesForward = new ForwardTrie();
  const strongSuffixesForward = new ForwardTrie();
  for (const g of d.suffixes) {
    for (const w of g.words) {
      suffixesForward.add(w);
      if ((!g.weak || g.kind === 'company' || g.kind === 'media') && !g.anchored) strongSuffixesForward.add(w);
      suffixes.add(w, (old) =>
        old?.known
          ? old
          : {
              kind: asKind(g.kind),
              word: w,
              weak: !!g.weak,
              standalone: !!g.standalone,
              known: false,
              numeral: !!g.numeral,
              anchored: !!g.anchored,
            },
      );
    }
  }
  const companyForward = new ForwardTrie();
  for (const g of d.knownOrgs) {
    const kind = asKind(g.kind);
    for (const name of g.names) {
      // Latin names are also found in capitals (Google, GOOGLE).
      for (const w of new Set([name, /[a-z]/.test(name) ? name.toUpperCase() : name])) {
        suffixesForward.add(w);
        suffixes.add(w, () => ({ kind, word: w, weak: false, standalone: true, known: true, numeral: false, anchored: false, context: !!g.context }));
        if (kind === 'company' && !g.context) companyForward.add(w);
      }
    }
  }
  const forward = (list: string[]) => {
    const t = new ForwardTrie();
    for (const w of list) t.add(w);
    return t;
  };

  const words = new ReverseTrie<WordInfo>();
  const add = (list: string[], patch: WordInfo) => {
    for (const w of list) if (w) words.add(w, (old) => ({ ...old, ...patch }));
  };
  const placeFull = new Map<string, string>();
  const p = d.places;
  for (const w of [...p.provinces, ...p.prefectures, ...p.counties]) placeFull.set(w, w);
  for (const full of [...p.provinces, ...p.prefectures]) {
    const bare = full.replace(/(?:省|市|地区|盟|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区)$/, '');
    if (bare !== full && bare.length >= 2 && !placeFull.has(bare)) placeFull.set(bare, full);
  }
  for (const w of [...p.provinceShort, ...p.prefectureShort]) if (!placeFull.has(w)) placeFull.set(w, w);
  add(d.stopWords, { stop: true });
  add(d.generic.determiners, { determiner: true });
  add(d.generic.modifiers, { generic: true });
  add(d.blockers.before, { blockBefore: true });
  add(d.nameWords, { nameWord: true });
  add(d.connectors, { connector: true });
  add(p.levels, { place: 'level' });
  add([...p.provinces, ...p.provinceShort, ...p.prefectures, ...p.prefectureShort, ...p.counties, ...p.foreign], { place: 'place' });
  add(p.national, { place: 'national' });

  const genericPhraseTrie = new ReverseTrie<true>();
  for (const w of d.generic.phrases) genericPhraseTrie.add(w, () => true);

  const blockAfter = new ForwardTrie();
  for (const w of d.blockers.after) blockAfter.add(w);

  const shortForms = d.shortForms
    .map((s) => ({ short: s.short, full: s.full, expand: s.expand !== false }))
    .sort((a, b) => b.short.length - a.short.length);

  return {
    suffixes,
    suffixesForward,
    words,
    blockAfter,
    shortForms,
    placeFull,
    branchSuffixes: new Set(d.branchSuffixes),
    branchOfSuffixes: new Set(d.branchOfSuffixes),
    placeOnlySuffixes: new Set(d.placeOnlySuffixes),
    genericPhrases: new Set(d.generic.phrases),
    genericPhraseTrie,
    numerals: d.numberedHospital.numerals,
    numberedFull: d.numberedHospital.full,
    numberedKey: d.numberedHospital.key,
    companyAfter: forward(d.companyContext.after),
    companyExtensions: forward(d.companyContext.extensions),
    strongSuffixesForward,
    companyForward,
    joiners: d.companyContext.joiners,
  };
}

let builtin: Lexicon | undefined;

/** The lexicon shipped in server/data/orgs.json, compiled on first use. */
export function builtinLexicon(): Lexicon {
  return (builtin ??= compileLexicon(data));
}
