/**
 * Groups the organisation mentions of a document into organisations.
 *
 * Two mentions name the same organisation when the document says so, and only then:
 * - they read the same once standard short forms are expanded (卫健委 = 卫生健康委 = 卫生健康委员会,
 *   疾控中心 = 疾病预防控制中心, 市三院 = 市第三人民医院 = 市第三医院);
 * - one stands in parentheses right after the other (蚌埠市中心医院（蚌埠市第三人民医院）);
 * - one is the place-less form of a full name in the document (市卫生健康委 ↔ 蚌埠市卫生健康委,
 *   市一院 ↔ 蚌埠市第一人民医院), and that full name is the only one it can stand for;
 * - one is the bare form of the only full name of its kind in the document (卫健委 ↔ 洛阳市卫健委).
 */
import type { OrgAnnotation } from '../types';
import type { OrgMention } from './mention';
import { builtinLexicon, NameMemo, type Lexicon, type ShortForm } from './lexicon';
import { finish, type Steps } from '../steps';

/** Mentions to handle between two yields of `resolveOrgsSteps`. */
const MENTIONS_PER_STEP = 8192;

/** A name keyed for comparison; shared by every document that names it (see KEYS), so never changed. */
interface Keyed {
  /** The name with short forms expanded and the leading place names in full. */
  readonly key: string;
  /** The same without its place names but with their level (蚌埠市卫生健康委员会 → 市卫生健康委员会); absent without a place. */
  readonly placeless?: string;
  /** The name starts with a level and no place (市卫健委). */
  readonly levelled: boolean;
  readonly hasPlace: boolean;
  /** The last place of the name, in full (蚌埠市), and its level (市). */
  readonly place?: string;
  readonly level?: string;
  /** With places above the last one (安徽省蚌埠市卫生健康委员会), the name from its last place on (蚌埠市卫生健康委员会). */
  readonly inner?: string;
}

/** The levels a place's name ends with. */
export const LEVEL_CHARS = '省市县区州旗盟镇乡';
/** How far down a place's level is: a province, then a prefecture, then a county; levels not listed are not compared. */
const LEVEL_RANK: Record<string, number | undefined> = { 省: 0, 自治区: 0, 市: 1, 州: 1, 盟: 1, 县: 2, 区: 2, 旗: 2 };

/** The levels below a county, which take the names of places of any level (湖南街道, 北京路街道). */
const TOWNSHIP_LEVELS = ['街道', '镇', '乡', '村'];

/** What a national body's name starts with (国家卫生健康委员会). */
const NATIONAL_PREFIXES = ['国家', '全国', '中央'];

function levelOf(place: string): string {
  if (place.endsWith('自治区')) return '自治区';
  if (place.endsWith('自治州')) return '州';
  if (place.endsWith('自治县')) return '县';
  const last = place[place.length - 1];
  return LEVEL_CHARS.includes(last) ? last : '';
}

/** A hospital named by two characters before its kind (the names detect.ts reads after a county's stem alone). */
const COUNTY_STEM_HOSPITAL = /^[\u4e00-\u9fff]{2}(?:第[一二三四五六七八九十]{1,3}医院|医院|人民医院|中医院|中医医院)$/;

/** The term of an assembly inside its name: 第十八届, 十五届. */
const SESSION = /第?[一二三四五六七八九十]{1,3}届/;
/** The names of assemblies: people's congresses and CPPCC committees. */
const ASSEMBLY = /人大|人民代表大会|^政协|^中国人民政治协商会议/;

/** The formal name of a CPPCC committee: the body, then its place, then 委员会. */
const CPPCC_FORMAL = /^(?:中国人民政治协商会议|政协)(.+)委员会$/;

/** Normalises a name for comparison. */
export function nameKey(lex: Lexicon, name: string): Keyed {
  // An assembly's term is no part of its identity: 县第十八届人民代表大会 is 县人民代表大会. (A society's 第二届委员会
  // is not its 第一届委员会.)
  let t = name.replace(/\s+/g, '');
  if (ASSEMBLY.test(t)) t = t.replace(SESSION, '');
  // 政协辽宁省委员会 (the formal name, its term taken out) is 辽宁省政协.
  if (t.endsWith('委员会')) t = t.replace(CPPCC_FORMAL, '$1政协');
  // Short forms at the end (卫健委, 疾控中心) and at the start (北大, 浙大) of the name: the first form of
  // the list (longest first) that stands there without its full form.
  const atEnd = shortFormAt(lex, t, true);
  if (atEnd) t = t.slice(0, t.length - atEnd.short.length) + atEnd.full;
  const atStart = shortFormAt(lex, t, false);
  if (atStart) t = atStart.full + t.slice(atStart.short.length);
  // Numbered hospitals: 三院, 三医, 第三医院 and 第三人民医院 are one name.
  const numbered = /([一二三四五六七八九十]{1,3})[院医]$/.exec(t);
  if (numbered && !t.endsWith('第' + numbered[1] + '院') && lex.numerals.includes(numbered[1])) {
    t = t.slice(0, numbered.index) + lex.numberedKey.replace('{n}', numbered[1]);
  }
  t = t.replace(/第([一二三四五六七八九十\d]+)人民医院$/, '第$1医院');
  // 建德二院, 萧山医院: a county's hospital named by the county's stem alone is the county's (建德市第二人民医院).
  if (COUNTY_STEM_HOSPITAL.test(t) && lex.placeForms.longestAt(t, 0) === 0) {
    const full = lex.countyStems.get(t.slice(0, 2));
    if (full) t = full + t.slice(2);
  }

  // Leading place names, each in full (芜湖 → 芜湖市): the longest place form at each step.
  let i = 0;
  let lastPlace = '';
  let rebuilt = '';
  let places = 0;
  // Whether each place is within the one before it, as far as their levels tell (a district's name before a
  // city's is no city within the district: 青浦中山医院 is Qingpu's hospital named 中山, not 中山市医院).
  let nested = true;
  for (let length; i < t.length && (length = lex.placeForms.longestAt(t, i)) > 0; i += length) {
    const full = lex.placeFull.get(t.slice(i, i + length))!;
    // A place's name before a township's level names the township (徐汇区湖南街道: a street, not the province).
    const township = TOWNSHIP_LEVELS.some((level) => t.startsWith(level, i + length));
    if (lastPlace && !township && LEVEL_RANK[levelOf(lastPlace)]! > LEVEL_RANK[levelOf(full)]!) nested = false;
    rebuilt += full;
    lastPlace = full;
    places++;
  }
  const rest = t.slice(i);
  if (!lastPlace) {
    return { key: t, levelled: LEVEL_CHARS.includes(t[0] ?? '') && t.length > 1, hasPlace: false };
  }
  const level = levelOf(lastPlace);
  const key = rebuilt + rest;
  return { key, placeless: level ? level + rest : undefined, levelled: false, hasPlace: true, place: lastPlace, level, inner: places > 1 && nested ? lastPlace + rest : undefined };
}

/**
 * The short form at the end (or the start) of `t` that is not part of its full form there: of the forms that
 * stand there, the first in the lexicon's list (longest first). Looked up by the text at each length forms
 * come in, instead of comparing every form.
 */
function shortFormAt(lex: Lexicon, t: string, end: boolean): ShortForm | undefined {
  for (const length of lex.shortFormLengths) {
    if (length > t.length) continue;
    const forms = lex.shortFormsByText.get(end ? t.slice(t.length - length) : t.slice(0, length));
    if (!forms) continue;
    for (const f of forms) if (!(end ? t.endsWith(f.full) : t.startsWith(f.full))) return f;
  }
  return undefined;
}

/** How close to the end of a document a signature stands: after the issuer's name, a date (2024年12月31日) and a note. */
const SIGNATURE_ZONE = 24;

/**
 * For each level, the place most full names of the document are in; absent on a tie. A tie is broken
 * by the issuer: the name that signs the document (the last mention, within SIGNATURE_ZONE of the end
 * of a document `documentLength` long) counts half a mention more. (The first name of a text is not
 * taken for the issuer: a title and a sentence naming two bodies cannot be told apart here.)
 */
function homePlaces(keys: Keyed[], mentions: OrgMention[], documentLength: number | undefined): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  const last = mentions.length - 1;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    if (!k.place || !k.level) continue;
    let m = counts.get(k.level);
    if (!m) counts.set(k.level, (m = new Map()));
    const issuer = i === last && documentLength !== undefined && documentLength - mentions[i].end <= SIGNATURE_ZONE;
    m.set(k.place, (m.get(k.place) ?? 0) + (issuer ? 1.5 : 1));
  }
  const home = new Map<string, string>();
  for (const [level, m] of counts) {
    const ranked = [...m].sort((a, b) => b[1] - a[1]);
    if (ranked.length === 1 || ranked[0][1] > ranked[1][1]) home.set(level, ranked[0][0]);
  }
  return home;
}

class UnionFind {
  private parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(i: number): number {
    while (this.parent[i] !== i) {
      this.parent[i] = this.parent[this.parent[i]];
      i = this.parent[i];
    }
    return i;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

/** Calls `fn` for 0 … n - 1, yielding after every MENTIONS_PER_STEP calls. */
function* eachStep(n: number, fn: (i: number) => void): Steps<void> {
  for (let from = 0; from < n; from += MENTIONS_PER_STEP) {
    const to = Math.min(n, from + MENTIONS_PER_STEP);
    for (let i = from; i < to; i++) fn(i);
    yield;
  }
}

/** Keeps UnionFind's hidden class (and the code optimised for it) alive between documents; see outline.ts. */
const KEEP_UNION_FIND_SHAPE = new UnionFind(0);
void KEEP_UNION_FIND_SHAPE;

/**
 * Groups mentions into organisations, with the given lexicon. With the document's length, the name
 * that signs it at its end is known as its issuer (see homePlaces).
 */
export function resolveOrgsWith(mentions: OrgMention[], lex: Lexicon = builtinLexicon(), documentLength?: number): OrgAnnotation[] {
  return finish(resolveOrgsSteps(mentions, lex, documentLength));
}

/** Names keyed, per lexicon, across documents. */
const KEYS = new NameMemo(nameKey);

/** `resolveOrgsWith` in steps: yields within every pass over the mentions. */
export function* resolveOrgsSteps(mentions: OrgMention[], lex: Lexicon = builtinLexicon(), documentLength?: number): Steps<OrgAnnotation[]> {
  const n = mentions.length;
  const keyOf = KEYS.of(lex);
  const keys: Keyed[] = new Array(n);
  yield* eachStep(n, (i) => {
    keys[i] = keyOf(mentions[i].text);
  });
  const uf = new UnionFind(n);

  // A second name in brackets without a place of its own that several bodies share (X卫生健康局(疾控局) and
  // Y卫生健康委(疾控局), since the 2024 reform of disease control; 乌鲁木齐市疾控中心(卫生监督所) and
  // 阿克苏地区疾控中心(卫生监督所)) is each body's own: it links its body to no other (null: shared).
  const parenOwner = new Map<string, string | null>();
  yield* eachStep(n, (i) => {
    if (!sharedParenCandidate(mentions, keys, i)) return;
    const own = keys[i - 1].key;
    const seen = parenOwner.get(keys[i].key);
    if (seen === undefined) parenOwner.set(keys[i].key, own);
    else if (seen !== null && seen !== own) parenOwner.set(keys[i].key, null);
  });
  const byKey = new Map<string, number>();
  yield* eachStep(n, (i) => {
    if (sharedParenCandidate(mentions, keys, i) && parenOwner.get(keys[i].key) === null) return;
    const j = byKey.get(keys[i].key);
    if (j === undefined) byKey.set(keys[i].key, i);
    else uf.union(i, j);
  });
  yield* eachStep(n, (i) => {
    if (mentions[i].parenAlias && i > 0) uf.union(i, i - 1);
  });
  // A name with the places above its own (安徽省蚌埠市卫生健康委员会, 内蒙古自治区呼伦贝尔市红十字会) is the name
  // from its own place on (蚌埠市卫健委, 呼伦贝尔市红十字会), unless two such names share it (南京市鼓楼区 and
  // 福州市鼓楼区 beside a bare 鼓楼区卫健委).
  const outerOf = new Map<string, string | null>();
  yield* eachStep(n, (i) => {
    const inner = keys[i].inner;
    if (inner === undefined) return;
    const seen = outerOf.get(inner);
    if (seen === undefined) outerOf.set(inner, keys[i].key);
    else if (seen !== null && seen !== keys[i].key && !seen.endsWith(keys[i].key) && !keys[i].key.endsWith(seen)) outerOf.set(inner, null);
  });
  yield* eachStep(n, (i) => {
    const inner = keys[i].inner;
    const j = inner === undefined || outerOf.get(inner) === null ? undefined : byKey.get(inner);
    if (j !== undefined) uf.union(i, j);
  });
  // Place-less forms: link to the full name in the document's own place at their level (蚌埠市 in a
  // 蚌埠 report that also names 宁波二院: 市二院 there is 蚌埠's, not 宁波's; 区卫健局 in a 沙坪坝区 notice
  // that also names 渝北区卫生健康局). The home places come first, so each form is looked up once.
  const home = homePlaces(keys, mentions, documentLength);
  yield;
  /** For each place-less form, the first mention of its full name in the home place. */
  const homeFull = new Map<string, number>();
  yield* eachStep(n, (i) => {
    const k = keys[i];
    if (k.placeless && k.level && home.get(k.level) === k.place && !homeFull.has(k.placeless)) homeFull.set(k.placeless, i);
  });
  yield* eachStep(n, (i) => {
    const k = keys[i];
    if (!k.levelled) return;
    const j = homeFull.get(k.key);
    if (j !== undefined) uf.union(i, j);
  });
  // Bare forms (回复部门:卫健委 in a 洛阳市卫健委 reply): link to the one full name that ends in them, when the
  // document names only one such body with a place (-1: several, and the bare form stays apart).
  // (Nor where the national body of that kind is named too: 国家卫健委 beside 洛阳市卫健委.)
  const bareFull = new Map<string, number>();
  const national = new Set<string>();
  yield* eachStep(n, (i) => {
    const k = keys[i];
    for (const prefix of NATIONAL_PREFIXES) if (k.key.startsWith(prefix)) national.add(k.key.slice(prefix.length));
    if (!k.placeless || !k.level || !k.placeless.startsWith(k.level)) return;
    const bare = k.placeless.slice(k.level.length);
    const j = bareFull.get(bare);
    if (j === undefined) bareFull.set(bare, i);
    else if (j >= 0 && keys[j].key !== k.key) bareFull.set(bare, -1);
  });
  yield* eachStep(n, (i) => {
    const k = keys[i];
    if (k.levelled || k.hasPlace || national.has(k.key)) return;
    const j = bareFull.get(k.key);
    if (j !== undefined && j >= 0) uf.union(i, j);
  });

  // Entities, in order of first mention.
  const members = new Map<number, number[]>();
  yield* eachStep(n, (i) => {
    const r = uf.find(i);
    let list = members.get(r);
    if (!list) members.set(r, (list = []));
    list.push(i);
  });
  const usedIds = new Map<string, number>();
  // Per entity, the aliases of each of its names: one shared array per name, not one per mention.
  const entityOf = new Map<number, { canonical: string; entityId: string; aliases: Map<string, string[]>; count: number }>();
  let sinceYield = 0;
  for (const [root, list] of members) {
    sinceYield += list.length;
    if (sinceYield >= MENTIONS_PER_STEP) {
      sinceYield = 0;
      yield;
    }
    let best = list[0];
    for (const i of list) {
      const a = mentions[i];
      const b = mentions[best];
      const better =
        Number(!a.parenAlias) - Number(!b.parenAlias) ||
        Number(keys[i].hasPlace) - Number(keys[best].hasPlace) ||
        a.text.length - b.text.length;
      if (better > 0) best = i;
    }
    let canonical = mentions[best].expanded ?? mentions[best].text;
    // An assembly is named without its term (县第十七届人大 and 县人大 are one 县人民代表大会), as nameKey reads it.
    if (ASSEMBLY.test(canonical)) canonical = canonical.replace(SESSION, '');
    const base = 'org:' + canonical;
    const seen = usedIds.get(base) ?? 0;
    usedIds.set(base, seen + 1);
    const names = [...new Set(list.map((i) => mentions[i].text))];
    const aliases = new Map(names.map((name) => [name, names.filter((x) => x !== name)]));
    entityOf.set(root, { canonical, entityId: seen ? `${base}#${seen + 1}` : base, aliases, count: list.length });
  }

  yield;
  const out: OrgAnnotation[] = new Array(n);
  yield* eachStep(n, (i) => {
    const m = mentions[i];
    const e = entityOf.get(uf.find(i))!;
    out[i] = {
      kind: 'org' as const,
      start: m.start,
      end: m.end,
      text: m.text,
      orgKind: m.orgKind,
      canonical: e.canonical,
      entityId: e.entityId,
      aliases: e.aliases.get(m.text)!,
      mentions: e.count,
    };
  });
  return out;
}

/** Whether mention i is a second name in brackets after the mention before it, with no place of its own (疾控局 in X卫生健康局(疾控局)). */
function sharedParenCandidate(mentions: OrgMention[], keys: Keyed[], i: number): boolean {
  return i > 0 && mentions[i].parenAlias === true && !keys[i].hasPlace && !keys[i].levelled;
}
