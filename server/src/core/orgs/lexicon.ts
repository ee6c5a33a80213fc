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
  /** 疾控: a name only right after its place or level, nothing between (咸宁疾控, 市疾控). */
  adjacent: boolean;
  /** 互联网医院: a name only right after the organisation that runs it (中山市人民医院|互联网医院). */
  underOrg: boolean;
  /** A known company name that is also an ordinary word (苹果, 平安): a name only in a company context. */
  context?: boolean;
}

/** What a word ending at some offset is, for the walk leftwards. */
export interface WordInfo {
  /** Place names: 'national' (国家, 中国), 'place' (provinces, cities, counties, countries), 'level' (市, 县, 开发区). */
  place?: 'national' | 'place' | 'level';
  /** A level below the county or a zone (镇, 村, 开发区), whose places the lexicon cannot list. */
  openLevel?: boolean;
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

/**
 * The nodes and edges of a trie over UTF-16 code units, in typed arrays rather than objects and Maps:
 * the detector asks the tries at nearly every character of a text, so a step must be a few array reads.
 * Node 0 is the root. The root's children sit in a table indexed by code unit (most steps are first
 * steps, and most of them fail); deeper edges sit in one open-addressing hash table keyed by
 * (node, code unit).
 */
class TrieGraph {
  /** Child of the root for each code unit; 0 when none (no edge leads back to the root). */
  private readonly rootChild = new Int32Array(0x10000);
  /** Number of nodes, the root included. */
  size = 1;
  /**
   * Hash table of the deeper edges, four slots an edge so that one probe reads one cache line:
   * parent node + 1 (0 marks a free entry), code unit, child node, unused.
   */
  private table = new Int32Array(256 * 4);
  /** Entries in the table minus 1 (a power of 2 minus 1). */
  private mask = 255;
  private edges = 0;

  private static entry(parent: number, unit: number, mask: number): number {
    let h = Math.imul(parent, 0x9e3779b1) ^ Math.imul(unit, 0x85ebca6b);
    h ^= h >>> 15;
    return h & mask;
  }

  /** The child of `node` along code unit `unit`, or 0 if none. */
  child(node: number, unit: number): number {
    if (node === 0) return this.rootChild[unit];
    const table = this.table;
    const mask = this.mask;
    const key = node + 1;
    for (let e = TrieGraph.entry(node, unit, mask); ; e = (e + 1) & mask) {
      const at = e << 2;
      const p = table[at];
      if (p === 0) return 0;
      if (p === key && table[at + 1] === unit) return table[at + 2];
    }
  }

  /** The child of `node` along `unit`, made if missing. */
  childOrAdd(node: number, unit: number): number {
    const found = this.child(node, unit);
    if (found) return found;
    const made = this.size++;
    if (node === 0) this.rootChild[unit] = made;
    else {
      if ((this.edges + 1) * 2 > this.mask + 1) this.grow();
      this.put(node, unit, made);
      this.edges++;
    }
    return made;
  }

  private put(node: number, unit: number, child: number): void {
    let e = TrieGraph.entry(node, unit, this.mask);
    while (this.table[e << 2] !== 0) e = (e + 1) & this.mask;
    const at = e << 2;
    this.table[at] = node + 1;
    this.table[at + 1] = unit;
    this.table[at + 2] = child;
  }

  /** Doubles the hash table, keeping it at most half full. */
  private grow(): void {
    const old = this.table;
    this.mask = this.mask * 2 + 1;
    this.table = new Int32Array((this.mask + 1) * 4);
    for (let at = 0; at < old.length; at += 4) if (old[at] !== 0) this.put(old[at] - 1, old[at + 1], old[at + 2]);
  }
}

function pairHash(a: number, b: number): number {
  return (a * 31 + b) & 0xffff;
}

/**
 * The pairs of adjacent code units found inside the words of a trie, as a bit set of their hashes:
 * where the two units around an offset make no such pair, no word spans that offset. Hash clashes
 * only let some offsets through that the trie then rejects.
 */
class InnerPairs {
  private readonly bits = new Uint32Array(0x10000 / 32);

  add(word: string): void {
    for (let i = 1; i < word.length; i++) {
      const h = pairHash(word.charCodeAt(i - 1), word.charCodeAt(i));
      this.bits[h >>> 5] |= 1 << (h & 31);
    }
  }

  /** Whether a word may hold both the unit before `at` and the one at `at` (0 < at < text.length). */
  has(text: string, at: number): boolean {
    const h = pairHash(text.charCodeAt(at - 1), text.charCodeAt(at));
    return (this.bits[h >>> 5] & (1 << (h & 31))) !== 0;
  }
}

/** Values of `ReverseTrie.endUnits`. */
const ENDS_NONE = 0;
/** The code unit ends longer words only: the unit before it must pass the pair filter too. */
const ENDS_LONGER = 1;
/** The code unit is a word on its own (局, 部). */
const ENDS_SINGLE = 2;

/** A trie over reversed words: walking it from an offset leftwards finds the words that end there. */
export class ReverseTrie<T> {
  private readonly graph = new TrieGraph();
  /** What the word ending at each node is, by node; undefined for nodes inside words only. */
  private readonly infos: (T | undefined)[] = [undefined];
  /** Depth of each node: the length of the word that ends there. */
  private readonly depths: number[] = [0];
  maxLength = 0;
  /**
   * For each code unit, whether it ends some word (ENDS_NONE, ENDS_LONGER, ENDS_SINGLE): most
   * offsets are rejected with this one byte read, from a table small enough to stay in cache.
   */
  private readonly endUnits = new Uint8Array(0x10000);
  /** Bit set of the hashes of the last two code units of longer words: most offsets whose last unit ends some word fail here. */
  private readonly lastPairs = new Uint32Array(0x10000 / 32);
  private readonly innerPairs = new InnerPairs();

  add(word: string, merge: (old: T | undefined) => T): void {
    let n = 0;
    for (let i = word.length - 1; i >= 0; i--) {
      n = this.graph.childOrAdd(n, word.charCodeAt(i));
      while (this.infos.length < this.graph.size) this.infos.push(undefined);
      // Nodes are numbered as they are made, so a node made now is the last one.
      while (this.depths.length < this.graph.size) this.depths.push(word.length - i);
    }
    this.infos[n] = merge(this.infos[n]);
    this.innerPairs.add(word);
    if (word.length === 0) return;
    const last = word.charCodeAt(word.length - 1);
    if (word.length === 1) this.endUnits[last] = ENDS_SINGLE;
    else {
      if (this.endUnits[last] === ENDS_NONE) this.endUnits[last] = ENDS_LONGER;
      const h = pairHash(word.charCodeAt(word.length - 2), last);
      this.lastPairs[h >>> 5] |= 1 << (h & 31);
    }
    if (word.length > this.maxLength) this.maxLength = word.length;
  }

  /** Whether a word may end at `end` (0 < end <= text.length): false for most offsets that end none, never for one that does. */
  private mayEnd(text: string, end: number): boolean {
    const last = text.charCodeAt(end - 1);
    const ends = this.endUnits[last];
    if (ends === ENDS_SINGLE) return true;
    if (ends === ENDS_NONE || end < 2) return false;
    const h = pairHash(text.charCodeAt(end - 2), last);
    return (this.lastPairs[h >>> 5] & (1 << (h & 31))) !== 0;
  }

  /**
   * The first offset from `from` on at which a word may end (text.length + 1 if none): a scan with
   * the same cheap tests as `longest`, so that a caller asking at every offset can skip the others.
   */
  nextEnd(text: string, from: number): number {
    const endUnits = this.endUnits;
    const lastPairs = this.lastPairs;
    const length = text.length;
    let end = from < 1 ? 1 : from;
    if (end === 1) {
      // No unit before the first: only one-unit words end there.
      if (length === 0 || endUnits[text.charCodeAt(0)] === ENDS_SINGLE) return 1;
      end = 2;
    }
    // The test of `mayEnd`, inlined by hand and without branches but the one that stops: this loop
    // runs at every character of a text, and whether a character ends a word is too random for the
    // processor to guess. Each unit is read once: the one before `end` is kept from the previous round.
    let before = end <= length ? text.charCodeAt(end - 2) : 0;
    for (; end <= length; end++) {
      const last = text.charCodeAt(end - 1);
      const ends = endUnits[last];
      const h = pairHash(before, last);
      const pair = (lastPairs[h >>> 5] >>> (h & 31)) & 1;
      // ENDS_SINGLE (2) passes; ENDS_LONGER (1) passes with its pair; ENDS_NONE (0) never does.
      if (((ends >> 1) | (ends & pair)) !== 0) break;
      before = last;
    }
    return end;
  }

  /**
   * Whether some word may span offset `at`, holding the code units on both sides of it; false means
   * surely none does (and so no word ending after `at` starts before it).
   */
  maySpan(text: string, at: number): boolean {
    return at > 0 && at < text.length && this.innerPairs.has(text, at);
  }

  /** Calls `visit(length, info)` for every word ending at `end`, shortest first. */
  each(text: string, end: number, visit: (length: number, info: T) => void): void {
    if (end > text.length) return;
    const graph = this.graph;
    let n = 0;
    for (let i = end - 1; i >= 0; i--) {
      n = graph.child(n, text.charCodeAt(i));
      if (n === 0) return;
      const info = this.infos[n];
      if (info !== undefined) visit(end - i, info);
    }
  }

  /** The longest word ending at `end`. */
  longest(text: string, end: number): { length: number; info: T } | undefined {
    const node = this.longestNode(text, end);
    return node === 0 ? undefined : { length: this.depths[node], info: this.infos[node]! };
  }

  /**
   * The node of the longest word ending at `end`, 0 if none: what `longest` finds, without an object
   * for the answer (the detector asks at nearly every step of its walks). Read the word's length and
   * info with `lengthOf` and `infoOf`.
   */
  longestNode(text: string, end: number): number {
    if (end <= 0 || end > text.length) return 0;
    // Most offsets end no word: a table read or two rejects them.
    if (!this.mayEnd(text, end)) return 0;
    const graph = this.graph;
    const infos = this.infos;
    let n = graph.child(0, text.charCodeAt(end - 1));
    let best = 0;
    for (let i = end - 1; ; ) {
      if (infos[n] !== undefined) best = n;
      if (--i < 0) break;
      n = graph.child(n, text.charCodeAt(i));
      if (n === 0) break;
    }
    return best;
  }

  /**
   * One step of a walk leftwards: the node reached from `node` (0: the root) by the code unit before
   * it, 0 if none. With `wordAt`, this visits the words ending at an offset as `each` does, without
   * a callback (a closure made for every question).
   */
  stepLeft(node: number, unit: number): number {
    return this.graph.child(node, unit);
  }

  /** What the word is that ends at `node`, undefined when none does. */
  wordAt(node: number): T | undefined {
    return this.infos[node];
  }

  /** Length of the word that ends at a node found by `longestNode`. */
  lengthOf(node: number): number {
    return this.depths[node];
  }

  /** What the word is that ends at a node found by `longestNode` (not 0). */
  infoOf(node: number): T {
    return this.infos[node]!;
  }
}

/** A trie over words read forwards, to find the words starting at an offset. */
export class ForwardTrie {
  private readonly graph = new TrieGraph();
  /** 1 for the nodes that end a word, by node. */
  private ends = new Uint8Array(64);
  private readonly innerPairs = new InnerPairs();

  add(word: string): void {
    this.innerPairs.add(word);
    let n = 0;
    for (let i = 0; i < word.length; i++) n = this.graph.childOrAdd(n, word.charCodeAt(i));
    if (n >= this.ends.length) {
      const ends = new Uint8Array(Math.max(n + 1, this.ends.length * 2));
      ends.set(this.ends);
      this.ends = ends;
    }
    this.ends[n] = 1;
  }

  /**
   * Whether some word may span offset `at`, holding the code units on both sides of it; false means
   * surely none does (and so no word starting before `at` ends after it).
   */
  maySpan(text: string, at: number): boolean {
    return at > 0 && at < text.length && this.innerPairs.has(text, at);
  }

  /** Calls `found` with the length of each word that starts at `start`, shortest first. */
  eachAt(text: string, start: number, found: (length: number) => void): void {
    const graph = this.graph;
    let n = start < text.length ? graph.child(0, text.charCodeAt(start)) : 0;
    for (let i = start; n !== 0; ) {
      if (this.ends[n] === 1) found(i + 1 - start);
      if (++i >= text.length) break;
      n = graph.child(n, text.charCodeAt(i));
    }
  }

  /** Length of the longest word starting at `start`, 0 if none. */
  longestAt(text: string, start: number): number {
    if (start < 0 || start >= text.length) return 0;
    const graph = this.graph;
    // Most offsets start no word: one table read rejects them.
    let n = graph.child(0, text.charCodeAt(start));
    let best = 0;
    for (let i = start; n !== 0; ) {
      if (this.ends[n] === 1) best = i + 1 - start;
      if (++i >= text.length) break;
      n = graph.child(n, text.charCodeAt(i));
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
  /** Words right after a suffix that undo a word of blockAfter they go past (中心|组织 is no 中心组). */
  blockUndo: ForwardTrie;
  /** Endings of words that are no place before a level (建设|县…), though names may hold them. */
  notPlaceEnds: readonly string[];
  /** Words of quantity before a class of bodies (绝大多数|县医院); notPlaceEnds holds them too. */
  quantityWords: readonly string[];
  shortForms: ShortForm[];
  /** The short forms shown as an expansion, read backwards: which one ends a name. */
  expandForms: ReverseTrie<ShortForm>;
  /** Full place name of each place form (蚌埠 → 蚌埠市, 蚌埠市 → 蚌埠市). */
  placeFull: Map<string, string>;
  /** Provinces (full and short) and foreign countries: the places a name of a company or a hospital most often opens with. */
  provincesAndCountries: Set<string>;
  /** The place forms of 2 to MAX_PLACE units, read forwards: the longest one at an offset. */
  placeForms: ForwardTrie;
  /** The short forms by their text, each list in the order of `shortForms`, and the lengths they come in, longest first. */
  shortFormsByText: Map<string, ShortForm[]>;
  shortFormLengths: number[];
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
  /** Job titles that take a party committee before them (党委|书记), read forwards. */
  titlesAfter: ForwardTrie;
  /** Suffixes of a hospital's clinical units, which make no name right after it (医院|门诊部, 医院|肾内科). */
  clinicalUnits: Set<string>;
  /**
   * The names of counties, districts and county-level cities without their level, of two characters (萧山, 路桥, 温岭),
   * each with its full name ('' where two places share the stem: 朝阳区, 朝阳县).
   */
  countyStems: Map<string, string>;
}

interface LexiconData {
  suffixes: { kind: string; words: string[]; weak?: boolean; standalone?: boolean; numeral?: boolean; anchored?: boolean; adjacent?: boolean; underOrg?: boolean }[];
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
    countyShort: string[];
    foreign: string[];
    levels: string[];
    openLevels: string[];
    placeholders: string[];
    districtStems?: string[];
  };
  connectors: string[];
  branchSuffixes: string[];
  branchOfSuffixes: string[];
  placeOnlySuffixes: string[];
  numberedHospital: { numerals: string[]; full: string; key: string };
  nameWords: string[];
  titles: string[];
  clinicalUnits: string[];
  generic: { phrases: string[]; modifiers: string[]; determiners: string[] };
  stopWords: string[];
  blockers: { before: string[]; after: string[]; undo?: string[] };
  notPlaceEnds?: string[];
  quantityWords?: string[];
}

/** The longest place form, in code units, that names are read for (see resolve.ts `nameKey`). */
export const MAX_PLACE = 16;

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
      if ((!g.weak || g.kind === 'company' || g.kind === 'media') && !g.anchored && !g.underOrg && !g.numeral) strongSuffixesForward.add(w);
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
              anchored: !!g.anchored || !!g.adjacent || !!g.underOrg,
              adjacent: !!g.adjacent,
              underOrg: !!g.underOrg,
              // Present on every suffix, as on known names, so all have one shape (fast property reads).
              context: false,
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
        suffixes.add(w, () => ({ kind, word: w, weak: false, standalone: true, known: true, numeral: false, anchored: false, adjacent: false, underOrg: false, context: !!g.context }));
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
  // Every word's info starts from all fields in one order, so all infos share one shape: the
  // detector reads them at every step of its walks, and reads of one shape are the fast ones.
  const noWord: Required<Record<keyof WordInfo, undefined>> = {
    place: undefined,
    openLevel: undefined,
    stop: undefined,
    determiner: undefined,
    generic: undefined,
    nameWord: undefined,
    connector: undefined,
    blockBefore: undefined,
  };
  const add = (list: string[], patch: WordInfo) => {
    for (const w of list) if (w) words.add(w, (old) => ({ ...(old ?? noWord), ...patch }));
  };
  const placeFull = new Map<string, string>();
  const p = d.places;
  for (const w of [...p.provinces, ...p.prefectures, ...p.counties]) placeFull.set(w, w);
  for (const full of [...p.provinces, ...p.prefectures]) {
    const bare = full.replace(/(?:省|市|地区|盟|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区)$/, '');
    if (bare !== full && bare.length >= 2 && !placeFull.has(bare)) placeFull.set(bare, full);
  }
  for (const w of [...p.provinceShort, ...p.prefectureShort, ...p.countyShort]) if (!placeFull.has(w)) placeFull.set(w, w);
  // A county named X州区 or X州市 goes by X州 alone (鄞州二院, 海州人民医院): without it, 州 was read as a level
  // and the name lost its first character (州二院). Other county names' stems are too often words (城关, 和平).
  const zhouStems: string[] = [];
  for (const full of p.counties) {
    if (full.length !== 3 || full.charCodeAt(1) !== 0x5dde /* 州 */ || !'区市县'.includes(full[2])) continue;
    const stem = full.slice(0, 2);
    if (placeFull.has(stem)) continue;
    placeFull.set(stem, full);
    zhouStems.push(stem);
  }
  // A county-level city or a county whose name without 市, 县 or 旗 runs to three characters or more goes by that name
  // (五大连池福康医院, 马尔康中藏医院, 满洲里): a stem that long is no everyday word, and without it a shorter place
  // inside it was read (大连池福康医院). (Not an autonomous county's stem, which ends in 自治.)
  const longStems: string[] = [];
  for (const full of p.counties) {
    if (!'市县旗'.includes(full[full.length - 1])) continue;
    const stem = full.slice(0, -1);
    if (stem.length < 3 || stem.endsWith('自治') || placeFull.has(stem)) continue;
    placeFull.set(stem, full);
    longStems.push(stem);
  }
  // A county made a district or a city keeps its old name in older papers and in habit (璧山县 for 璧山区, 昆山县
  // for 昆山市): the old name stands for the place it became, where no county of that name is listed.
  const formerCounties: string[] = [];
  for (const full of p.counties) {
    const stem = full.slice(0, -1);
    if (stem.length < 2 || !(full.endsWith('区') || full.endsWith('市')) || full.endsWith('新区') || full.endsWith('城区') || full.endsWith('矿区')) continue;
    const former = stem + '县';
    if (placeFull.has(former)) continue;
    placeFull.set(former, full);
    formerCounties.push(former);
  }
  // A municipality's district goes by its name without 区 (海淀医院, 徐汇 for 徐汇区), as a prefecture goes by its
  // name without 市; listed one by one, since most counties' stems are ordinary words (和平, 金山).
  const districtStems: string[] = [];
  for (const stem of p.districtStems ?? []) {
    const full = [stem + '区', stem + '新区'].find((f) => placeFull.get(f) === f);
    if (full === undefined || placeFull.has(stem)) continue;
    placeFull.set(stem, full);
    districtStems.push(stem);
  }
  add(d.stopWords, { stop: true });
  add(d.generic.determiners, { determiner: true });
  add(d.generic.modifiers, { generic: true });
  add(d.blockers.before, { blockBefore: true });
  add(d.nameWords, { nameWord: true });
  add(d.connectors, { connector: true });
  add(p.levels, { place: 'level' });
  add(p.openLevels, { openLevel: true });
  add([...p.provinces, ...p.provinceShort, ...p.prefectures, ...p.prefectureShort, ...p.counties, ...p.countyShort, ...zhouStems, ...longStems, ...districtStems, ...formerCounties, ...p.foreign, ...p.placeholders], { place: 'place' });
  add(p.national, { place: 'national' });

  const genericPhraseTrie = new ReverseTrie<true>();
  for (const w of d.generic.phrases) genericPhraseTrie.add(w, () => true);

  const blockAfter = new ForwardTrie();
  for (const w of d.blockers.after) blockAfter.add(w);
  const blockUndo = new ForwardTrie();
  for (const w of d.blockers.undo ?? []) blockUndo.add(w);

  const placeForms = new ForwardTrie();
  for (const w of placeFull.keys()) if (w.length >= 2 && w.length <= MAX_PLACE) placeForms.add(w);

  const shortForms = d.shortForms
    .map((s) => ({ short: s.short, full: s.full, expand: s.expand !== false }))
    .sort((a, b) => b.short.length - a.short.length);
  const shortFormsByText = new Map<string, ShortForm[]>();
  for (const f of shortForms) {
    const list = shortFormsByText.get(f.short);
    if (list) list.push(f);
    else shortFormsByText.set(f.short, [f]);
  }
  // The first of equal short forms wins, as in a scan of the sorted list.
  const expandForms = new ReverseTrie<ShortForm>();
  for (const f of shortForms) if (f.expand) expandForms.add(f.short, (old) => old ?? f);

  return {
    suffixes,
    suffixesForward,
    words,
    blockAfter,
    blockUndo,
    notPlaceEnds: [...(d.notPlaceEnds ?? []), ...(d.quantityWords ?? [])],
    quantityWords: d.quantityWords ?? [],
    shortForms,
    expandForms,
    placeFull,
    provincesAndCountries: new Set([...p.provinces, ...p.provinceShort, ...p.foreign]),
    placeForms,
    shortFormsByText,
    shortFormLengths: [...new Set(shortForms.map((f) => f.short.length))],
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
    titlesAfter: forward(d.titles),
    clinicalUnits: new Set(d.clinicalUnits),
    countyStems: countyStemsOf(p.counties),
  };
}

function countyStemsOf(counties: readonly string[]): Map<string, string> {
  const stems = new Map<string, string>();
  for (const c of counties) {
    if (c.length !== 3 || !'区县市旗'.includes(c[2])) continue;
    const stem = c.slice(0, 2);
    stems.set(stem, stems.has(stem) ? '' : c);
  }
  return stems;
}

/**
 * What a reading of a name with a lexicon gives, kept per lexicon across documents: it depends on the name and the
 * lexicon only, and the same names come back from one report (or record of a stream) to the next. A lexicon's
 * names are forgotten all at once when it holds `max` of them.
 */
export class NameMemo<T> {
  private readonly maps = new WeakMap<Lexicon, Map<string, T>>();
  /** The reader `of` gave last, and its lexicon: most calls ask for the same one again (the one lexicon kept alive so). */
  private lastLexicon: Lexicon | undefined = undefined;
  private lastReader: ((name: string) => T) | undefined = undefined;

  constructor(
    private readonly read: (lex: Lexicon, name: string) => T,
    private readonly max = 8192,
  ) {}

  /** The reading of names with `lex`, each name read once. */
  of(lex: Lexicon): (name: string) => T {
    if (lex === this.lastLexicon && this.lastReader !== undefined) return this.lastReader;
    let map = this.maps.get(lex);
    if (map === undefined) this.maps.set(lex, (map = new Map()));
    const memo = map;
    const reader = (name: string): T => {
      let value = memo.get(name);
      if (value === undefined && !memo.has(name)) {
        if (memo.size >= this.max) memo.clear();
        memo.set(name, (value = this.read(lex, name)));
      }
      return value as T;
    };
    this.lastLexicon = lex;
    this.lastReader = reader;
    return reader;
  }
}

let builtin: Lexicon | undefined;

/** The lexicon shipped in server/data/orgs.json, compiled on first use. */
export function builtinLexicon(): Lexicon {
  return (builtin ??= compileLexicon(data));
}
