/**
 * Local strategies named after a place: 健康广东, 健康苏州, “健康建湖”, 健康六盘水行动, 健康中国重庆行动.
 *
 * Every province, city and county has its 健康 + place strategy, so they are found from a lexicon of
 * places rather than listed in the glossary: the place names of server/data/orgs.json, by their short
 * form (建湖县 → 建湖, 红河哈尼族彝族自治州 → 红河), the longest that follows the prefix. A place whose
 * name is also an everyday word after 健康 (健康长寿, 健康平安, 健康资源) counts only when quoted or
 * followed by a word that confirms a strategy (建设, 行动, 战略) or a year (健康阳江2030).
 * The data and its rules are in server/data/placeStrategies.json.
 */
import type { TermAnnotation, TermCategory } from './types';
import { isHan } from './script';
import strategyData from '../../data/placeStrategies.json';
import orgData from '../../data/orgs.json';

interface Strategy {
  prefix: string;
  definition: string;
  english: string;
  actionDefinition: string;
  actionEnglish: string;
  category: TermCategory;
}

interface Lexicon {
  strategies: Strategy[];
  places: Set<string>;
  /** By the first code unit of a place name, the longest name it starts (0: none starts with it, as after 健康委, 健康教育). */
  longestFrom: Uint8Array;
  wordPlaces: Set<string>;
  confirmations: string[];
  action: string;
  national: string;
}

/** Administrative suffixes dropped to get a place's short name, longest first; ethnic names before 自治 go too. */
const ADMIN_SUFFIX = /(?:(?:[\u4e00-\u9fff]{1,4}族)+)?(?:自治州|自治县|自治旗|自治区|特别行政区|地区|林区|特区|新区|矿区|市|县|区|旗|盟|省)$/;
/** Levels a place's name goes on with (淮阴区, 建湖县). */
const LEVEL_AFTER_PLACE = '区县市省镇旗';

/** Separators written between the nation and the place (健康中国·重庆行动). */
const DOTS = '·•・';
/** Opening and closing quotes around a quoted strategy (“健康平安”). */
const OPENERS = '“"「‘';
const CLOSERS = '”"」’';

/**
 * The short names of the places of orgs.json (provinces, prefectures, counties and their listed short forms), two
 * characters or longer, and the placeholders that templates write for a place (健康XX, 健康××, 健康**).
 */
export function placeNames(places: { provinces: string[]; provinceShort: string[]; prefectures: string[]; prefectureShort: string[]; counties: string[]; placeholders?: string[] }): Set<string> {
  const out = new Set<string>([...places.provinceShort, ...places.prefectureShort, 'xx', '××']);
  for (const full of [...places.provinces, ...places.prefectures, ...places.counties, ...(places.placeholders ?? [])]) {
    const short = full.replace(ADMIN_SUFFIX, '');
    // A one-character county (萧县) is known only by its full name.
    out.add(short.length >= 2 ? short : full);
  }
  for (const p of out) if (p.length < 2) out.delete(p);
  return out;
}

let lexicon: Lexicon | undefined;

function compiled(): Lexicon {
  if (lexicon) return lexicon;
  const places = placeNames(orgData.places);
  const longestFrom = new Uint8Array(0x10000);
  for (const p of places) {
    const c = p.charCodeAt(0);
    longestFrom[c] = Math.max(longestFrom[c], p.length);
  }
  lexicon = {
    strategies: strategyData.strategies as Strategy[],
    places,
    longestFrom,
    wordPlaces: new Set(strategyData.wordPlaces),
    confirmations: strategyData.confirmations,
    action: strategyData.action,
    national: strategyData.nationalPlace,
  };
  return lexicon;
}

/**
 * The terms of a paragraph with its place strategies added: where a strategy overlaps a term, the
 * longer wins (健康中国重庆行动 over 健康中国), the term on a tie. `terms` are sorted and do not overlap.
 */
export function withPlaceStrategies(text: string, terms: TermAnnotation[]): TermAnnotation[] {
  const lex = compiled();
  let found: TermAnnotation[] | undefined;
  for (const s of lex.strategies) {
    for (let i = text.indexOf(s.prefix); i >= 0; i = text.indexOf(s.prefix, i + 1)) {
      const t = strategyAt(text, i, s, lex);
      if (t) (found ??= []).push(t);
    }
  }
  if (!found) return terms;
  if (lex.strategies.length > 1) found.sort((a, b) => a.start - b.start);
  return mergeLongest(terms, found);
}

/** The strategy whose prefix starts at i, if a place follows it. */
function strategyAt(text: string, i: number, s: Strategy, lex: Lexicon): TermAnnotation | undefined {
  let at = i + s.prefix.length;
  const national = text.startsWith(lex.national, at);
  if (national) {
    // 健康中国 alone is the national strategy (a glossary term); with a place after it, that place's action.
    at += lex.national.length;
    if (DOTS.includes(text.charAt(at))) at++;
  }
  const place = placeAt(text, at, lex);
  if (!place) return undefined;
  let end = at + place.length;
  // 为老人健康|淮阴区…: 健康 ends the word before it and the place goes on with its level, no strategy (a strategy
  // names its place without the level: 健康淮阴).
  if (!national && end < text.length && LEVEL_AFTER_PLACE.includes(text.charAt(end)) && i > 0 && isHan(text.charCodeAt(i - 1)) && !lex.confirmations.some((w) => text.startsWith(w, end + 1))) return undefined;
  const action = text.startsWith(lex.action, end);
  if (action) end += lex.action.length;
  else if (national) return undefined;
  // 公众号《健康文昌》, 栏目《健康北京》: a title of its own in 《》 names a paper, an account or a column, no strategy.
  if (i > 0 && text.charCodeAt(i - 1) === 0x300a /* 《 */ && text.charCodeAt(end) === 0x300b /* 》 */) return undefined;
  if (!national && lex.wordPlaces.has(place) && !confirmed(text, i, at + place.length, lex)) return undefined;
  const fill = (template: string) => template.split('{place}').join(place);
  const name = text.slice(i, end);
  return {
    kind: 'term',
    start: i,
    end,
    text: name,
    canonical: name,
    definition: fill(action ? s.actionDefinition : s.definition),
    english: fill(action ? s.actionEnglish : s.english),
    category: s.category,
    glossary: 'builtin',
  };
}

/** The longest place name at `at`. */
function placeAt(text: string, at: number, lex: Lexicon): string | undefined {
  if (at >= text.length) return undefined;
  for (let n = Math.min(lex.longestFrom[text.charCodeAt(at)], text.length - at); n >= 2; n--) {
    const p = text.slice(at, at + n);
    if (lex.places.has(p)) return p;
  }
  return undefined;
}

/** Whether a strategy named after a place that is also an everyday word is marked as a name: quoted, or followed by 建设/行动… or a year. */
function confirmed(text: string, start: number, placeEnd: number, lex: Lexicon): boolean {
  if (start > 0 && OPENERS.includes(text.charAt(start - 1)) && CLOSERS.includes(text.charAt(placeEnd))) return true;
  if (/^[0-9]{4}/.test(text.slice(placeEnd, placeEnd + 4))) return true;
  return lex.confirmations.some((w) => text.startsWith(w, placeEnd));
}

/** Two sorted lists of non-overlapping spans merged into one: on an overlap the longer span wins, the first list's on a tie. */
function mergeLongest(a: TermAnnotation[], b: TermAnnotation[]): TermAnnotation[] {
  const out: TermAnnotation[] = [];
  let j = 0;
  for (const x of a) {
    // The spans of b that end before x are kept unless they lost to an earlier span of a.
    while (j < b.length && b[j].end <= x.start) pushUnlessOverlapping(out, b[j++]);
    // The spans of b that overlap x: x wins unless one of them is longer.
    let winner: TermAnnotation = x;
    while (j < b.length && b[j].start < x.end) {
      if (b[j].end - b[j].start > winner.end - winner.start) winner = b[j];
      j++;
    }
    pushUnlessOverlapping(out, winner);
  }
  while (j < b.length) pushUnlessOverlapping(out, b[j++]);
  return out;
}

/** Appends a span unless it overlaps the last one kept (the longer span kept earlier has won). */
function pushUnlessOverlapping(out: TermAnnotation[], t: TermAnnotation): void {
  const last = out[out.length - 1];
  if (last && last.end > t.start) {
    if (t.end - t.start > last.end - last.start) out[out.length - 1] = t;
    return;
  }
  out.push(t);
}
