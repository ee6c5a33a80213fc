/**
 * Finds organisation names in a paragraph.
 *
 * Names are anchored on their suffix (医院, 卫健委, 局, 大学, 公司…): for each suffix the detector
 * walks leftwards over the name — ordinals (第一), name characters, place names (湖南省郴州市),
 * levels (市, 县), national prefixes (国家, 中国) and a preceding organisation (复旦大学|附属肿瘤医院) —
 * until a boundary: punctuation, a stop word (与, 签署, 来自), a determiner (各, 该) or a generic
 * modifier (公立, 三级). The walk reads words from reverse tries, so each suffix costs a few steps
 * and nothing backtracks. What it found decides whether the name stands: a bare suffix (医院), a
 * class (三级公立医院, 乡镇卫生院) or an unbounded run of characters does not.
 */
import type { OrgKind } from '../types';
import type { OrgMention } from './mention';
import { isChineseNumeralChar } from '../numerals';
import { builtinLexicon, MAX_PLACE, type Lexicon, type SuffixInfo } from './lexicon';
import { CLOSE_PARENS, MAX_FIELD_LINE, OPEN_PARENS, SURNAMES, type MarkedName, accountNames, besideOrg, countBefore, peopleCountBefore, thingCountBefore, campusAfter, shareOrCountBefore, documentNumberAfter, inClassList, markedNames, opensParen, titledPaperStart } from './context';

/** Name characters allowed between an anchor (place, level, organisation) and the suffix. */
const MAX_CORE = 10;
/**
 * Name characters before a company's suffix: a trade name, a place and a line of business make
 * longer names (博洛尼|旗舰装饰装修工程|公司).
 */
const MAX_CORE_COMPANY = 14;
/** Without an anchor, a one-character suffix (局, 社) takes at most this many name characters. */
const MAX_CORE_WEAK = 3;
/** Characters of a place name that is not in the lexicon (恒口|示范区). */
const MAX_UNKNOWN_PLACE = 4;
/** Characters of a branch's parent name before its place (银联|北京分公司). */
const MAX_PARENT = 4;
/**
 * Code units a walk may read before its suffix, whatever it reads: places, levels, generic words and
 * name words each have no budget of their own, and a text of them repeated (医疗集团医疗集团…,
 * 科威特科威特…) made every suffix read back to the start of the paragraph (quadratic: 11 s for 80,000
 * characters). The longest walk in the seeds and the dev set reads 12 (新疆维吾尔自治区石河子市|人民医院; longer
 * names are built by merging with the previous mention, which the bound leaves alone); the bound leaves
 * room for the longest places (新疆维吾尔自治区伊犁哈萨克自治州察布查尔锡伯自治县: 25). A name that would
 * read more is none.
 */
const MAX_WALK = 40;

const CN_NUMERALS = '零〇一二三四五六七八九十百两';
const JIE = 0x5c4a; // 届
/** Last characters of the full names of Chinese places (湖北省, 蚌埠市, 红河州). */
const LEVEL_ENDS: ReadonlySet<number> = new Set([...'省市县区州旗盟镇乡村'].map((c) => c.charCodeAt(0)));
/** The levels a town stands right under: a county, a district, a banner, a city without districts. */
const COUNTY_ENDS: ReadonlySet<number> = new Set([...'县区旗市'].map((c) => c.charCodeAt(0)));
/** Scales a sum of money ends in before its 元 (万元, 亿元). */
const SUM_SCALES = new Set([0x4e07 /* 万 */, 0x4ebf /* 亿 */, 0x5343 /* 千 */, 0x767e /* 百 */]);

/** Conjunctions that may stand inside a name (社会工作与志愿服务协会). */
const CONJUNCTIONS: ReadonlySet<number> = new Set([0x4e0e /* 与 */, 0x548c /* 和 */]);
/** 1 for the code units of CN_NUMERALS. */
const CN_NUMERAL_UNITS = new Uint8Array(0x10000);
for (let i = 0; i < CN_NUMERALS.length; i++) CN_NUMERAL_UNITS[CN_NUMERALS.charCodeAt(i)] = 1;

function isCjk(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);
}

function isLatin(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * What stands before the place of a formal name: a CPPCC committee's body and term (政协第十四届|全国委员会, 政协十三届|全国委员会,
 * 中国人民政治协商会议|广州市委员会), the country a mission abroad is of (中国驻|几内亚大使馆).
 */
const CPPCC_BEFORE = /(?:中国人民政治协商会议|政协)(?:第?[一二三四五六七八九十]{1,3}届)?$/;
const MISSION_BEFORE = /(?:中华人民共和国|中国)驻$/;

/** The last characters of what CPPCC_BEFORE and MISSION_BEFORE match. */
const FORMAL_LASTS = new Set([...'届议协驻'].map((c) => c.charCodeAt(0)));

/** The suffixes of a country's missions abroad. */
const MISSIONS = new Set(['大使馆', '使馆', '总领事馆', '领事馆', '代表处']);

/**
 * Where the formal name of the body that `suffix` ends starts, when its CPPCC_BEFORE or MISSION_BEFORE ends at
 * `pos` (where the walk from the suffix stopped), else -1.
 */
function formalStart(text: string, pos: number, suffix: string): number {
  const before = suffix === '委员会' ? CPPCC_BEFORE : MISSIONS.has(suffix) ? MISSION_BEFORE : undefined;
  // Both end with one of 届 议 协 驻: most names are passed by at one look.
  if (before === undefined || pos < 2 || !FORMAL_LASTS.has(text.charCodeAt(pos - 1))) return -1;
  const m = before.exec(text.slice(Math.max(0, pos - 18), pos));
  return m ? pos - m[0].length : -1;
}

/** What a company's name may hold in brackets besides a place: 飞利浦（中国）投资有限公司, 华泰工程咨询（集团）有限公司. */
const COMPANY_BRACKETED = new Set(['集团', '控股', '股份', '中国', '香港', '国际']);

/**
 * Where the brackets that close right before `pos` open, when they hold a place or a word of COMPANY_BRACKETED
 * and a name goes on before them; else -1.
 */
function companyBracketStart(lex: Lexicon, text: string, pos: number): number {
  if (!isCloseParen(text[pos - 1])) return -1;
  for (let open = pos - 2; open >= 0 && pos - open <= MAX_PLACE + 2; open--) {
    if (!isOpenParen(text[open])) continue;
    const inner = text.slice(open + 1, pos - 1);
    const known = COMPANY_BRACKETED.has(inner) || lex.placeForms.longestAt(inner, 0) === inner.length;
    return known && inner.length >= 2 && nameCharBefore(text, open) > 0 ? open : -1;
  }
  return -1;
}

/** The kinds of team that a brand in quotes names (遂昌县“医帮人”志愿服务队). */
const BRANDED_TEAMS = new Set(['志愿服务队', '志愿者服务队', '志愿队', '服务队', '医疗队', '宣讲团', '工作室']);
/** Longest brand in quotes before a team's kind, in code units. */
const MAX_BRAND = 10;

/** Where “brand” that closes right before `pos` opens, when a place or a level stands right before it; else -1. */
function quotedBrandStart(lex: Lexicon, text: string, pos: number, prev: Found | undefined): number {
  if (text.charCodeAt(pos - 1) !== 0x201d /* ” */) return -1;
  for (let k = pos - 2; k >= 0 && pos - k <= MAX_BRAND + 2; k--) {
    const c = text.charCodeAt(k);
    if (c === 0x201c /* “ */) return k < pos - 2 && leftOf(lex, text, k, prev) === Left.Place ? k : -1;
    if (!isCjk(c)) return -1;
  }
  return -1;
}

/** The digits of a public service hotline's number: 12345, 12320, 12315, 12333, 12356, 12393 … */
const HOTLINE_DIGITS = 5;

/** Detention and detox centres (orgs.json's government suffixes), which run hospitals of their own. */
const CUSTODIAL = new Set(['劳教所', '戒毒所', '强制隔离戒毒所', '强戒所', '看守所', '拘留所']);

/** The emergency numbers that name their centres (市120指挥调度中心, 119指挥中心). */
const EMERGENCY_NUMBERS = ['120', '119', '110', '122', '999'];

/**
 * The length of a public hotline's number (1, 2, 3 and two more digits) or of an emergency number (120, 119 …) that
 * ends at `pos`, with no other digit before it; 0 if none.
 */
function hotlineLengthBefore(text: string, pos: number): number {
  for (const n of EMERGENCY_NUMBERS) {
    const at = pos - n.length;
    if (at >= 0 && text.startsWith(n, at) && (at === 0 || !isDigit(text.charCodeAt(at - 1)))) return n.length;
  }
  const at = pos - HOTLINE_DIGITS;
  if (at < 0 || !text.startsWith('123', at) || !isDigit(text.charCodeAt(pos - 1)) || !isDigit(text.charCodeAt(pos - 2))) return 0;
  return at === 0 || !isDigit(text.charCodeAt(at - 1)) ? HOTLINE_DIGITS : 0;
}

/** Code units of the name character ending at `pos` (2 for a CJK character outside the BMP), 0 if none. */
function nameCharBefore(text: string, pos: number): number {
  if (pos <= 0) return 0;
  const c = text.charCodeAt(pos - 1);
  if (isCjk(c) || isLatin(c) || c === 0xb7) return 1;
  if (c >= 0xdc00 && c <= 0xdfff && pos >= 2) {
    const h = text.charCodeAt(pos - 2);
    if (h >= 0xd800 && h <= 0xdbff) {
      const cp = (h - 0xd800) * 0x400 + (c - 0xdc00) + 0x10000;
      if (cp >= 0x20000 && cp <= 0x3ffff) return 2;
    }
  }
  return 0;
}

type Anchor = 'none' | 'level' | 'place' | 'national' | 'org';

interface Walk {
  start: number;
  anchor: Anchor;
  /** Name characters consumed (not places, levels or ordinals). */
  core: number;
  /** Why the walk stopped. */
  boundary: 'clean' | 'determiner' | 'generic' | 'budget' | 'prev' | 'too-long';
  /** The name takes in the previous mention (南通市卫生健康委|综合监督处). */
  merge: boolean;
  /** A bare numeral right before the suffix (市三院). */
  numeral: boolean;
  /** An ordinal right before the suffix (第一人民医院). */
  ordinal: boolean;
  /** The number before a hospital is a code of three digits or more (254医院, 二一五医院, 第九八二医院): it names one. */
  code?: boolean;
  /** A generic modifier inside the name (社区, 城市). */
  generic: boolean;
  /** A one-character unit right after an organisation it does not belong to. */
  afterOrg?: boolean;
  /** Steps taken by all the walks of one call so far (never reset by a walk): see DetectionWork. */
  steps: number;
}

/**
 * The work one call of findOrgMentionsWith did, counted in steps (offsets visited, walk steps,
 * mentions set aside): a measure of time that does not depend on the machine, for the tests that
 * check that detection stays linear in its input.
 */
export interface DetectionWork {
  steps: number;
}

/** Hospitals and health institutions: their clinical units are no names, their other units are part of theirs. */
const HEALTH: ReadonlySet<OrgKind> = new Set(['hospital', 'health-institution']);

/** Chinese numerals a formula numbers its parts with (三创一办). */
const PART_NUMERALS = new Set([...'一二三四五六七八九十两双'].map((c) => c.charCodeAt(0)));

/**
 * Runs of Chinese numerals in a name, apart (三创一办: 2; 九三学社, 第十三届: 1), for the formulas that number
 * their parts.
 */
function numberedParts(name: string): number {
  let n = 0;
  for (let i = 0; i < name.length; i++) if (PART_NUMERALS.has(name.charCodeAt(i)) && !PART_NUMERALS.has(name.charCodeAt(i - 1))) n++;
  return n;
}

/** A body's kind said alone, as its own pages call it (委, 局, 院, 厅, 办): 委门户网站 is the commission's website. */
const BARE_KINDS = new Set([...'委局院厅办'].map((c) => c.charCodeAt(0)));
/** How the names of assemblies end, whose committees are named by their field (人大常委会|农村工作委员会). */
const ASSEMBLY_ENDS = ['人大常委会', '人大', '政协', '人民代表大会常务委员会'];
/** Medical communities and groups, whose lead hospital is named after them (县医共体总医院). */
const COMMUNITIES = new Set(['医共体', '医联体', '医疗集团', '健共体']);
/** Levels of government as modifiers (市级医院), which name the organs of that level before 机关 (市级机关医院). */
const ADMIN_LEVELS = new Set(['省级', '市级', '县级', '区级']);
/** The kinds of body a county's stem alone names (萧山医院, 温岭中医院, 麻阳人民医院, 桑植融媒; 建德二院 by the numeral). */
const COUNTY_STEM_KINDS = new Set(['医院', '人民医院', '中医院', '中医医院', '融媒']);
/** The names the armed forces go by, whose commands and units are named after them (解放军|东部战区, 中央军委|总政治部). */
const ARMED_FORCES = ['解放军', '中央军委', '武警部队'];
/** Kinds whose units (处, 科, 部) make names of their own: 卫健委综合监督处, 市委宣传部. */
const GOVERNING: ReadonlySet<OrgKind> = new Set(['government', 'party', 'other', 'association']);
/**
 * Kinds of organisation whose units are named with 与 too (武汉大学|政治与公共管理学院, 南开大学|卫生经济与医疗保障研究中心);
 * 和 between them joins two names more often (江大附院专家|和|南华附二医院).
 */
const UNIT_HOLDERS: ReadonlySet<OrgKind> = new Set(['university', 'health-institution', 'hospital']);
/** Kinds of organisation a website or paper is named after (中国政府网, 人民日报社). */
const MEDIA_OF: ReadonlySet<OrgKind> = new Set(['government', 'party', 'media']);

/** A mention while detecting, with what the decision needs. */
interface Found extends OrgMention {
  suffix: SuffixInfo;
}

/** Whether digits end at `pos`, or before the spaces that end there (PDF text: 22 日). */
function afterDigits(text: string, pos: number): boolean {
  let i = pos;
  while (i > 0 && pos - i < 2 && text.charCodeAt(i - 1) === 0x20) i--;
  return i > 0 && isDigit(text.charCodeAt(i - 1));
}

/** Start of a numeral of at most four units ending at `pos` (Chinese numerals or digits), or -1. */
function numeralStart(text: string, pos: number): number {
  let i = pos;
  // One unit past the longest numeral taken, to tell a long one (which is none) from it.
  const stop = Math.max(0, pos - 5);
  while (i > stop) {
    const c = text.charCodeAt(i - 1);
    if (isDigit(c) || CN_NUMERAL_UNITS[c] === 1) i--;
    else break;
  }
  return i < pos && pos - i <= 4 ? i : -1;
}

/** The digits, Chinese and Arabic, that spell a number digit by digit (二一五, 三二〇一, 254): no 十, 百 or 千. */
const CODE_DIGITS = /^(?:[0-9]+|[〇零一二三四五六七八九]+)$/;

/** Digits of the code a unit of the army goes by (94755部队). */
const UNIT_CODE_DIGITS = 5;

/** Whether a unit's code of exactly UNIT_CODE_DIGITS digits ends at `pos` (94755|部队). */
function unitCodeBefore(text: string, pos: number): boolean {
  if (pos < UNIT_CODE_DIGITS || isDigit(text.charCodeAt(pos - UNIT_CODE_DIGITS - 1))) return false;
  for (let k = pos - UNIT_CODE_DIGITS; k < pos; k++) if (!isDigit(text.charCodeAt(k))) return false;
  return true;
}

/** Words after which a number counts what follows (…同济医院等323医院, 共有120医院), though its measure word is left out. */
const COUNT_BEFORE_CODE = '等共计有达约近超逾余';

/** A year of four digits (2023医院管理年): no hospital's code. */
const YEAR_DIGITS = /^(?:19|20)[0-9]{2}$/;

/**
 * Whether the number between `from` and `to` is a hospital's code: three digits or more, spelt digit by digit
 * (254医院, 二一五医院, 第九八二医院, as the army and old factories number theirs). A count of hospitals has its measure
 * word (254家医院), and a shorter number is a count or an ordinal's (市三院, 第一医院).
 */
function hospitalCode(text: string, from: number, to: number): boolean {
  const digits = text.slice(from, to);
  return to - from >= 3 && CODE_DIGITS.test(digits) && !YEAR_DIGITS.test(digits) && !(from > 0 && COUNT_BEFORE_CODE.includes(text[from - 1]));
}

/**
 * Where a unit of the Xinjiang Production and Construction Corps ends at `pos` starts: a regiment (184团,
 * 一四二团, 五十四团) or a division (第三师, 农七师); -1 if none. The Corps' towns go by these numbers, so a
 * body named after one (184团医院, 第八师石河子市卫生健康委员会) is named after a place.
 */
function corpsUnitStart(text: string, pos: number): number {
  const unit = text.charCodeAt(pos - 1);
  if (unit !== 0x56e2 /* 团 */ && unit !== 0x5e08 /* 师 */) return -1;
  const i = numeralStart(text, pos - 1);
  const n = pos - 1 - i;
  if (i < 0 || n > 3) return -1;
  if (unit === 0x56e2) return n >= 2 ? i : -1;
  // A division is numbered with an ordinal (第三师) or after its old name, 农 (农七师), in Chinese numerals; the
  // Corps' own pages also write its number alone (四师总医院, 十三师红星医院, 兵团四师): one of its fourteen, after
  // no other character of a word.
  if (isDigit(text.charCodeAt(i))) return -1;
  const before = text.charCodeAt(i - 1);
  if (before === 0x7b2c /* 第 */ || before === 0x519c /* 农 */) return i - 1;
  const standsAlone = i === 0 || before === 0x56e2 /* 兵团's 团 */ || !(before >= 0x4e00 && before <= 0x9fff);
  return standsAlone && DIVISION_NUMBER.test(text.slice(i, pos - 1)) ? i : -1;
}

/** The Corps' fourteen divisions by their numbers: 一 to 十四. */
const DIVISION_NUMBER = /^(?:[一二三四五六七八九十]|十[一二三四])$/;

/**
 * Whether a count stands right before a level (3县|血透室, 三县|卫健委): the level is counted, so the name is
 * of a class of bodies. Digits, or a Chinese numeral but 一 (统一, 唯一: too often the end of a word) and not
 * an ordinal's (第三|区).
 */
function countOfLevel(text: string, lvStart: number): boolean {
  const c = text.charCodeAt(lvStart - 1);
  if (isDigit(c)) return true;
  return c !== 0x4e00 /* 一 */ && CN_NUMERAL_UNITS[c] === 1 && text.charCodeAt(lvStart - 2) !== 0x7b2c /* 第 */;
}

/** The middle dots that join a programme's parts (健康中国·晋中行动): · ・ •. */
function isMiddleDot(c: number): boolean {
  return c === 0xb7 || c === 0x30fb || c === 0x2022;
}

const enum Left {
  Boundary,
  Determiner,
  Place,
  Other,
}

/** Classifies what stands before `pos`: a boundary, a determiner, a place, or name characters. */
function leftOf(lex: Lexicon, text: string, pos: number, prev: Found | undefined): Left {
  if (pos <= 0 || (prev && pos === prev.end)) return Left.Boundary;
  if (!nameCharBefore(text, pos)) return Left.Boundary;
  if (countBefore(text, pos)) return Left.Determiner;
  const w = lex.words.longestNode(text, pos);
  if (w !== 0) {
    const info = lex.words.infoOf(w);
    // A level before a level is read as the levels are (区县|建委).
    if (info.place) return Left.Place;
    if (info.determiner || info.generic) return Left.Determiner;
    if (info.stop) return Left.Boundary;
  }
  return Left.Other;
}

/**
 * The one walk that walkLeft fills, for all the suffixes of all paragraphs: a walk is read only until
 * the next suffix is looked at, and a call never starts inside another (nothing it calls detects
 * names). An object per suffix (some 100,000 in a 10 MB report) or per paragraph (some 45,000) was
 * garbage the collector had to clear; findOrgMentionsWith resets `steps` as it starts.
 */
const WALK: Walk = { start: 0, anchor: 'none', core: 0, boundary: 'clean', merge: false, numeral: false, ordinal: false, generic: false, afterOrg: false, steps: 0 };

/** Walks leftwards from a suffix over its name, into `walk` (every field is reset first); returns `walk`. */
function walkLeft(walk: Walk, lex: Lexicon, text: string, sufStart: number, suffix: SuffixInfo, prev: Found | undefined): Walk {
  walk.start = sufStart;
  walk.anchor = 'none';
  walk.core = 0;
  walk.boundary = 'clean';
  walk.merge = false;
  walk.numeral = false;
  walk.ordinal = false;
  walk.code = false;
  walk.generic = false;
  walk.afterOrg = false;
  let pos = sufStart;
  // A known name (国务院, 中国足协) is complete: only places and organisations may stand before it.
  let placeSeen = suffix.known;
  let levelOnly = false;
  /** End of a connector (附属) read right after the previous mention. */
  let connectorEnd = -1;

  // An ordinal or a numeral right before the suffix: 第一(人民医院), 第902(医院), 三(院).
  const ns = numeralStart(text, pos);
  if (suffix.word === '部队' && unitCodeBefore(text, pos) && !(prev && prev.end > pos - UNIT_CODE_DIGITS)) {
    // 94755|部队: the army's units go by a code of five digits.
    walk.code = true;
    pos -= UNIT_CODE_DIGITS;
  } else if (ns >= 0 && !(prev && prev.end > ns)) {
    walk.code = suffix.word === '医院' && hospitalCode(text, ns, pos);
    if (ns > 0 && text[ns - 1] === '第' && !(prev && prev.end === ns)) {
      walk.ordinal = true;
      pos = ns - 1;
    } else if (suffix.numeral && !isDigit(text.charCodeAt(ns))) {
      walk.numeral = true;
      pos = ns;
    } else if (walk.code || (suffix.kind === 'hospital' && isDigit(text.charCodeAt(ns)) && ARMED_FORCES.some((f) => text.endsWith(f, ns)))) {
      // 解放军|37|医院: the army numbers its hospitals without 第 too (elsewhere 37医院 would be a count).
      walk.numeral = true;
      pos = ns;
    }
  } else if (pos > 0 && text.charCodeAt(pos - 1) === JIE) {
    // The session of an assembly: 第十三届|人民代表大会. (第八次 is an event, not a body.)
    const sessionStart = numeralStart(text, pos - 1);
    if (sessionStart > 0 && text[sessionStart - 1] === '第' && !(prev && prev.end > sessionStart - 1)) {
      walk.ordinal = true;
      pos = sessionStart - 1;
    } else if (sessionStart > 0 && LEVEL_ENDS.has(text.charCodeAt(sessionStart - 1)) && !(prev && prev.end > sessionStart)) {
      // 省|十三届|人大, 市|五届|人大: the term written without 第, right after the level.
      walk.ordinal = true;
      pos = sessionStart;
    }
  }
  // 市生态环境局|镇原|分局, 市公安局|经开|分局: a branch right after a body is that body's, whatever names it (a county's stem,
  // a zone's short name): the characters between are read as the branch's name, levels and all.
  if (!walk.ordinal && !walk.numeral && !walk.code && prev !== undefined && branchNameAfter(suffix, prev, text, sufStart)) {
    walk.core = sufStart - prev.end;
    pos = prev.end;
  }
  /** Where a conjunction inside the name was read (社会工作|与|志愿服务协会), and what the walk had then; -1: none. */
  let conjunctionEnd = -1;
  /** Whether that conjunction stood right before the suffix (自然资源|和|规划局): kept only after a place or a level. */
  let conjunctionAtSuffix = false;
  let coreAtConjunction = 0;
  let genericAtConjunction = false;
  /** Start and end of the place read first (the one nearest the suffix). */
  let placeStart = 0;
  let placeEnd = 0;
  /** Whether a named place was read (泌阳县): a bare level before it is no part of the name (该市|泌阳县委). */
  let namedPlace = false;

  while (true) {
    walk.steps++;
    // Every branch below moves left and comes back here: this bounds them all.
    if (sufStart - pos > MAX_WALK) {
      walk.boundary = 'too-long';
      break;
    }
    if (prev && pos === prev.end) {
      walk.boundary = 'prev';
      break;
    }
    if (pos <= 0) break;
    // 第十师|184团|医院, 兵团|第三师|五十四团|医院: the Corps' divisions and regiments are its places, also before a
    // name (十三师|红星医院, 十二师|五一农场医院).
    const corps = corpsUnitStart(text, pos);
    if (corps >= 0 && !(prev && prev.end > corps)) {
      pos = corps;
      placeSeen = true;
      if (walk.anchor !== 'national') walk.anchor = 'place';
      continue;
    }
    const n = nameCharBefore(text, pos);
    if (!n) {
      // 衡东县|12345|政务服务热线中心, 北京市|12345|市民热线服务中心, 市|120|指挥调度中心: a public hotline's number (123xx)
      // or an emergency number names its centre.
      // (The number counts as one word of the name, not five characters.)
      const hotline = walk.core >= 2 ? hotlineLengthBefore(text, pos) : 0;
      if (hotline > 0) {
        walk.core++;
        pos -= hotline;
        continue;
      }
      // 遂昌县|“医帮人”|志愿服务队, 市|“白衣天使”|志愿服务队: a team's brand in quotes right before its kind (the words read
      // so far), after its place or level, is its name (the brand counts as one word of it).
      const brand = text.charCodeAt(pos - 1) === 0x201d /* ” */ && BRANDED_TEAMS.has(text.slice(pos, sufStart + suffix.word.length)) ? quotedBrandStart(lex, text, pos, prev) : -1;
      if (brand >= 0) {
        walk.core++;
        pos = brand;
        continue;
      }
      // 飞利浦（中国）|投资有限公司, 华泰工程咨询（集团）|有限公司: a company's country, city or group in brackets.
      const open = suffix.kind === 'company' ? companyBracketStart(lex, text, pos) : -1;
      if (open < 0) break;
      pos = open;
      continue;
    }
    // 京津冀三地|卫生健康委, 两三家|卫生院: the bodies of so many regions, or so many bodies, a class.
    if (walk.core === 0 && !placeSeen && countBefore(text, pos)) {
      walk.boundary = 'determiner';
      break;
    }
    // 40余名|纪委干部, 5名|协和医院专家: a count of people is no part of the name after it.
    if (peopleCountBefore(text, pos)) break;
    // A known company that made no mention of its own starts the name (平安|保险公司, 华为|公司);
    // only places may stand before it.
    // The node of the suffix or known name ending at `pos`, asked at most once per step (-1: not asked yet).
    let suffixHere = -1;
    if (!placeSeen && walk.core === 0 && !walk.ordinal && !walk.numeral) {
      const k = (suffixHere = lex.suffixes.longestNode(text, pos));
      if (k !== 0) {
        const kInfo = lex.suffixes.infoOf(k);
        if (kInfo.known && kInfo.kind === 'company') {
          const kLength = lex.suffixes.lengthOf(k);
          walk.core += kLength;
          walk.anchor = 'org';
          pos -= kLength;
          placeSeen = true;
          continue;
        }
      }
    }
    const wNode = lex.words.longestNode(text, pos);
    // The word ending at `pos`, if any: its info and length.
    const info = wNode === 0 ? undefined : lex.words.infoOf(wNode);
    const wLength = wNode === 0 ? 0 : lex.words.lengthOf(wNode);
    // 国家卫生健康委|国际|司, 市卫健委|国际|合作处: 国际 right after a government names its international unit, no place (a
    // hospital's 国际医疗部 is a department of its, outside the name).
    if (info?.place === 'national' && prev !== undefined && GOVERNING.has(prev.orgKind) && pos - wLength === prev.end && wLength === 2 && text.startsWith('国际', prev.end)) {
      walk.core += wLength;
      pos -= wLength;
      continue;
    }
    // 全州|计生协系统: a county's short name that is a determiner too (全州, the whole prefecture) is the determiner,
    // but right after a place it lies in (广西全州|…); its full name (全州县) is a place's alone.
    if (info?.determiner && info.place === 'place' && !placeEndsAt(lex, text, pos - wLength)) {
      walk.boundary = 'determiner';
      break;
    }
    // A level character that starts a longer word (市场, 旗舰, 州立) is an ordinary character there; not
    // where a field word was read after it (县|城乡建设局 is no 县城), nor where the word runs into the
    // suffix right after the level (市|民政局 is no 市民, 县|城管局 no 县城).
    if (info && info.place && !(info.place === 'level' && pos !== sufStart && lex.blockAfter.longestAt(text, pos - wLength) > wLength && !FIELD_WORDS.has(text.slice(pos, pos + 2)))) {
      if (info.place === 'level') {
        const lvStart = pos - wLength;
        // 洞口县|竹市|镇中心卫生院, 荆州市|沙市|镇卫生院: a town whose name ends in 市 (竹市镇, 沙市镇, 新市镇), one name character
        // and 市 before its 镇, is named so; the 市 is no city's level (全市镇卫生院, 我市镇村 are the city's towns; 城市 and
        // 超市 are words).
        // (So is a town whose name ends in 村, 王村镇, 李村乡: 村镇 and 乡村 are words, 各村镇 the villages and towns.)
        if (wLength === 1 && lvStart >= 2 && townOnPlaceWord(text.charCodeAt(lvStart), text.charCodeAt(lvStart - 1)) && isCjk(text.charCodeAt(lvStart - 2)) && (text.charCodeAt(lvStart - 1) !== 0x6751 /* 村 */ || nameStartsAt(lex, text, lvStart - 2)) && !LEVEL_DETERMINERS.includes(text[lvStart - 2]) && !LEVEL_ENDS.has(text.charCodeAt(lvStart - 2)) && !(prev && prev.end > lvStart - 2) && !wordEndsAt(lex, text, lvStart)) {
          pos = lvStart - 2;
          placeSeen = true;
          walk.anchor = 'place';
          continue;
        }
        // 该市|泌阳县委, 全省|蚌埠市…: a level of one character is never written before a named place in a name.
        if (namedPlace && wLength === 1) break;
        // 我县|县医院, 本市|市人民医院: the same level right before one, after a determiner, ends the words before
        // (our county's county hospital); the name starts at the second. (温宿县|县委 is the county's own.)
        if (wLength === 1 && lvStart > 1 && text.charCodeAt(lvStart - 1) === text.charCodeAt(lvStart) && LEVEL_DETERMINERS.includes(text[lvStart - 2])) {
          pos = lvStart;
          if (walk.anchor === 'none') walk.anchor = 'level';
          levelOnly = !placeSeen && walk.core === 0;
          break;
        }
        // 孟州市|赵和|镇: a town's name of two characters may end with a conjunction's character, right after the place
        // it lies in (县医院和|镇卫生院 has no place there).
        const town = wLength === 1 ? townEndingInConjunction(lex, text, lvStart, prev) : -1;
        if (town >= 0) {
          pos = town;
          placeSeen = true;
          walk.anchor = 'place';
          continue;
        }
        const left = countOfLevel(text, lvStart) ? Left.Determiner : leftOf(lex, text, lvStart, prev);
        if (left === Left.Determiner) {
          walk.boundary = 'determiner';
          break;
        }
        // 我县|钱库镇中心卫生院, 我区|蓬街镇卫生院: our county's town, named with its own level; the name starts at the town.
        if (left === Left.Boundary && placeSeen && wLength === 1 && LEVEL_DETERMINERS.includes(text[lvStart - 1])) break;
        if (left === Left.Boundary || left === Left.Place) {
          pos = lvStart;
          if (walk.anchor === 'none') walk.anchor = 'level';
          levelOnly = !placeSeen && walk.core === 0;
          // 工作和|区计生协会: a conjunction right before the level joins this name to the words before; it is no part of it.
          if (left === Left.Boundary && CONJUNCTIONS.has(text.charCodeAt(lvStart - 1))) break;
          continue;
        }
        // Name characters before a level. The lexicon lists every province, prefecture and county, so
        // before 省, 市, 县 they are no place but a word of the sentence (坚持|市委, 2023年度|市政府),
        // and the name starts at the level. Towns, villages and zones it cannot list (恒口示范区,
        // 梅子铺村): there they may be a place it does not know.
        // A place it does not list may still stand there as the two characters that most city and county
        // names have, between a boundary and the level (。青禾市中心医院, 以青禾市…): that is read as a place.
        const twoChar = info.openLevel ? -1 : unknownPlaceStart(lex, text, lvStart, prev, 2);
        if (twoChar >= 0) {
          pos = twoChar;
          placeSeen = true;
          walk.anchor = 'place';
          continue;
        }
        // 攀枝花市|西|区, 晋城市|城|区, 阳泉市|郊|区: a district named by one character, right after its city.
        if (text.charCodeAt(lvStart) === 0x533a /* 区 */ && wLength === 1 && cityBefore(lex, text, lvStart - 1)) {
          pos = lvStart - 1;
          placeSeen = true;
          walk.anchor = 'place';
          continue;
        }
        // 湖南省|靖|州|妇幼保健院, 与|简|州|新城管委会: a county or prefecture named by one character and 州 (靖州, as
        // 靖州苗族侗族自治县 is called), right after its province or another place it lies in, or after a boundary
        // (not 全州, 该州, 我州: a word of one character before 州 is a determiner's).
        if (text.charCodeAt(lvStart) === 0x5dde /* 州 */ && wLength === 1 && isCjk(text.charCodeAt(lvStart - 1)) && (placeEndsAt(lex, text, lvStart - 1) || oneCharPlaceBefore(lex, text, lvStart, prev))) {
          pos = lvStart - 1;
          placeSeen = true;
          walk.anchor = 'place';
          continue;
        }
        // 岱岳区|范|镇|孟庄村卫生室: a town named by one character, right after its county or district (read from a
        // village's or a clinic's name; 范镇卫生院 is read from its suffix already).
        const lv = text.charCodeAt(lvStart);
        if ((lv === 0x9547 /* 镇 */ || lv === 0x4e61 /* 乡 */) && wLength === 1 && placeSeen && isCjk(text.charCodeAt(lvStart - 1)) && COUNTY_ENDS.has(text.charCodeAt(lvStart - 2))) {
          pos = lvStart - 1;
          walk.anchor = 'place';
          continue;
        }
        if (!info.openLevel) {
          pos = lvStart;
          if (walk.anchor === 'none') walk.anchor = 'level';
          levelOnly = !placeSeen && walk.core === 0;
          break;
        }
        const unknown = unknownPlaceStart(lex, text, lvStart, prev);
        if (unknown >= 0) {
          pos = unknown;
          placeSeen = true;
          walk.anchor = 'place';
          continue;
        }
        if (unknown === VERB_BEFORE_LEVEL) {
          // 体检地点设|镇卫生院: the name starts at the level.
          pos = lvStart;
          if (walk.anchor === 'none') walk.anchor = 'level';
          levelOnly = !placeSeen && walk.core === 0;
          break;
        }
        // Not a place: the level character is an ordinary name character.
      } else if (text.charCodeAt(pos - wLength - 1) === 0x5eb7 /* 康 */ && text.charCodeAt(pos - wLength - 2) === 0x5065 /* 健 */) {
        // 健康中国|行动, 健康湖北|行动: a health programme named after a place is a name, not a place.
        walk.core += wLength + 2;
        pos -= wLength + 2;
        continue;
      } else if (isMiddleDot(text.charCodeAt(pos - wLength - 1)) && text.startsWith('健康中国', pos - wLength - 5)) {
        // 健康中国·晋中|行动推进委员会: a place's part of the national action, named with a middle dot.
        walk.core += wLength + 5;
        pos -= wLength + 5;
        continue;
      } else {
        // 完成|县中医院, 建成|县人民医院: a verb that ends in a short place's first character (成县) takes that
        // character, and the name starts at the level after it.
        // 县人民医院|和县中医院, 县卫健委|会同县财政局: right after a name, a place that starts with a
        // conjunction (和县) or ends a stop word before its level (会同县) is that word and a level.
        const besidePrev = prev !== undefined && pos - wLength === prev.end && (CONJUNCTIONS.has(text.charCodeAt(prev.end)) || stopEndsAt(lex, text, pos - 1));
        // 领导下|和|县人大: inside a clause, and not after a place or level (马鞍山市|和县), a place that starts
        // with a conjunction is that conjunction and a level.
        const before = text.charCodeAt(pos - wLength - 1);
        const joinsMidClause = wLength === 2 && CONJUNCTIONS.has(text.charCodeAt(pos - 2)) && isCjk(before) && !LEVEL_ENDS.has(before);
        if (!placeSeen && LEVEL_ENDS.has(text.charCodeAt(pos - 1)) && ((wLength === 2 && stopEndsAt(lex, text, pos - 1)) || besidePrev || joinsMidClause)) {
          pos -= 1;
          if (walk.anchor === 'none') walk.anchor = 'level';
          levelOnly = walk.core === 0;
          break;
        }
        // 自治县|渠阳|镇|江东卫生院: a place that starts with a town's level (镇江) two characters after a county's is the
        // end of the town's name (渠阳镇), and its other characters are the body's own (江东).
        const town = pos - wLength;
        if (!placeSeen && wLength >= 2 && (text.charCodeAt(town) === 0x9547 /* 镇 */ || text.charCodeAt(town) === 0x4e61 /* 乡 */) && isCjk(text.charCodeAt(town - 1)) && isCjk(text.charCodeAt(town - 2)) && COUNTY_ENDS.has(text.charCodeAt(town - 3))) {
          walk.core += wLength - 1;
          pos = town - 2;
          placeSeen = true;
          walk.anchor = 'place';
          continue;
        }
        // 江苏|中顺医疗器械有限公司, 上海|东方肝胆外科医院: a place of two characters whose first ends another place
        // (苏中 after 江苏, 海东 after 上海) is read across that place's end: the other is the name's place, and the
        // rest of the two characters is the name's own.
        if (!placeSeen && info.place === 'place' && wLength === 2 && walk.core >= 2 && town > 0 && provinceOrCountryEndsAt(lex, text, town + 1)) {
          walk.core += 1;
          pos = town + 1;
          continue;
        }
        // 郑州市|航|海西|路社区卫生服务中心: a place right before a road's last character, with a word of one or two
        // characters between it and a place before it, is inside the road's name (航海西路): the walk reads on to
        // the place before the road.
        // (So is one inside a company's brand, right after its province or city: 安徽|国|泰国|瑞医药有限公司.)
        const road = !placeSeen && info.place === 'place' && pos < sufStart ? roadNameStart(lex, text, town, pos, suffix.kind === 'company' && !suffix.weak && walk.core >= 2) : -1;
        if (road >= 0) {
          walk.core += pos - road;
          pos = road;
          continue;
        }
        if (!placeSeen) {
          placeEnd = pos;
          placeStart = pos - wLength;
        }
        pos -= wLength;
        placeSeen = true;
        namedPlace = true;
        if (walk.anchor !== 'national' || info.place === 'national') walk.anchor = info.place;
        continue;
      }
    }
    if (placeSeen) {
      // After a place only more places, a connector to an organisation, or that organisation.
      if (info?.connector && prev && pos - wLength === prev.end) {
        connectorEnd = pos;
        pos -= wLength;
        continue;
      }
      // 四川大学|华西|厦门|医院: a university's or a hospital's brand of two characters between it and the place of a hospital
      // of its is part of that hospital's name (as 四川大学|华西乐城|医院 is).
      if (prev && pos - 2 === prev.end && suffix.kind === 'hospital' && (prev.orgKind === 'university' || prev.orgKind === 'hospital') && isCjk(text.charCodeAt(pos - 1)) && isCjk(text.charCodeAt(pos - 2)) && !info?.stop && !info?.determiner && !info?.place) {
        walk.core += 2;
        pos -= 2;
        continue;
      }
      break;
    }
    // 无锡|艾派德|生物科技有限公司, 常州|盛全|医疗器械有限公司: a company's brand is any characters, a stop word's
    // or a determiner's too, when its city stands right before it.
    // (A particle only inside the brand, after its first character: 甘肃|泰和源|药业有限公司, not 甘肃|和…, which joins.)
    const particle = PARTICLES.has(text.charCodeAt(pos - 1));
    const inBrand = info !== undefined && wLength === 1 && suffix.kind === 'company' && !suffix.weak && (particle ? walk.core >= 1 && placeEndsAt(lex, text, pos - 2) : walk.core >= 2) && cityBefore2(lex, text, pos - 1);
    if (info && !inBrand) {
      if (info.determiner) {
        walk.boundary = 'determiner';
        break;
      }
      // (派驻 is a verb, but right after a body it links the body to its unit: 县纪委监委|派驻|纪检组.)
      if (info.stop && !info.nameWord && !lineOfBusinessAt(lex, text, pos, sufStart, suffix, wLength, prev) && !(info.connector && prev !== undefined && pos - wLength === prev.end)) {
        // A stop word whose last character starts 建设 before a company's line of business is no word there (升|创|建设工程
        // 有限公司, not 创建): its last character is the line's.
        if (suffix.kind === 'company' && !suffix.weak && text.startsWith('建设', pos - 1) && BUILDING_LINES.some((w) => text.startsWith(w, pos + 1))) {
          walk.core++;
          pos--;
          continue;
        }
        // A conjunction after two name characters may join two parts of one name (社会工作|与|志愿服务协会):
        // read on, and keep what was read only if the name turns out to start with a place or a level.
        // (So may one right before a suffix that names its field: 自然资源|和|规划局.)
        const atSuffix = walk.core === 0 && pos === sufStart && suffix.word.length >= 3 && !suffix.known;
        if (conjunctionEnd < 0 && (walk.core >= 2 || atSuffix) && wLength === 1 && CONJUNCTIONS.has(text.charCodeAt(pos - 1))) {
          conjunctionAtSuffix = atSuffix;
          conjunctionEnd = pos;
          coreAtConjunction = walk.core;
          genericAtConjunction = walk.generic;
          pos -= 1;
          continue;
        }
        break;
      }
      if (info.generic) {
        // 晋城市|城区|钟家庄社区卫生服务中心, 阳泉市|郊区|…: a city's district named 城区, 郊区 or 矿区 (the lexicon cannot list
        // these names, everyday words elsewhere) is a place right after its city.
        if (!placeSeen && DISTRICT_WORDS.includes(text.slice(pos - wLength, pos)) && text.charCodeAt(pos - wLength - 1) === 0x5e02 /* 市 */ && placeEndsAt(lex, text, pos - wLength)) {
          placeEnd = pos;
          placeStart = pos - wLength;
          pos -= wLength;
          placeSeen = true;
          namedPlace = true;
          walk.anchor = 'place';
          continue;
        }
        // 乡宁县|医共体|总医院, 县|医疗集团|总院: the lead hospital of a county's medical community is named after it.
        if (pos === sufStart && (suffix.word === '总医院' || suffix.word === '总院') && COMMUNITIES.has(text.slice(pos - wLength, pos))) {
          walk.core += wLength;
          pos -= wLength;
          continue;
        }
        // 淄博市|市级|机关医院, 省级|机关幼儿园: the level of the organs a body serves, part of its name (a level word
        // elsewhere makes a class: 市级医院).
        if (text.startsWith('机关', pos) && ADMIN_LEVELS.has(text.slice(pos - wLength, pos))) {
          walk.core += wLength;
          if (walk.anchor === 'none') walk.anchor = 'level';
          pos -= wLength;
          continue;
        }
        // A government's department may be named after its field, after its place (县|乡村振兴局,
        // 市|城市管理局, 市|社会保险事业管理局): there the modifier is a name word.
        // So may an association's (杭州市|基层|卫生协会, 省|民营|医院协会): it is named after its members.
        // So may any body named after a social field, with name characters after it (汝城县|社会|心理服务指导中心, 县|社会|福利院).
        const field = suffix.kind === 'government' ? FIELD_WORDS.has(text.slice(pos - wLength, pos)) : (suffix.kind === 'association' && walk.core > 0) || (walk.core >= 2 && text.startsWith('社会', pos - wLength) && wLength === 2);
        if (field && leftOf(lex, text, pos - wLength, prev) === Left.Place) {
          walk.core += wLength;
          pos -= wLength;
          continue;
        }
        const plain = walk.core === 0 && !walk.ordinal && !walk.numeral;
        // 国家卫生健康委|基层|司, 区卫健委|基层|卫生股: a unit of the governing body right before it may be named by
        // a generic word; so may a committee of an assembly, right after it (省人大常委会|农村|工作委员会).
        if (prev && pos - wLength === prev.end && GOVERNING.has(prev.orgKind) && (suffix.weak || (plain && suffix.word.endsWith('委员会') && ASSEMBLY_ENDS.some((a) => prev.text.endsWith(a))))) {
          walk.core += wLength;
          pos -= wLength;
          continue;
        }
        // 中央、省市委, 中省市纪委: levels run together before a party's or a government's body are an elided
        // coordination, of which the last level's body is named (as 省、市、区委 names 区委).
        // (两省市卫生健康委 counts the bodies of two provinces: a class.)
        if (plain && (suffix.kind === 'party' || suffix.kind === 'government') && ELIDED_LEVELS.has(text.slice(pos - wLength, pos)) && !countOfLevel(text, pos - wLength)) {
          pos -= 1;
          walk.anchor = 'level';
          levelOnly = true;
          break;
        }
        if (plain) {
          walk.boundary = 'generic';
          break;
        }
        // 长航集团|所属|长江轮船公司: after an organisation or a place, the modifier is a boundary.
        const left = leftOf(lex, text, pos - wLength, prev);
        if (left === Left.Place || (prev && pos - wLength === prev.end)) break;
        walk.generic = true;
        walk.core += wLength;
        pos -= wLength;
        continue;
      }
      if (info.connector) {
        if (prev && pos - wLength === prev.end) {
          connectorEnd = pos;
          pos -= wLength;
          continue;
        }
        break;
      }
      if (info.nameWord) {
        walk.core += wLength;
        pos -= wLength;
        continue;
      }
    }
    // A suffix that did not make a mention bounds the name (医院|党委, 总支|第五党支部).
    const s = suffixHere !== -1 ? suffixHere : lex.suffixes.longestNode(text, pos);
    // (Not a known name inside a place's: 湖|北医; nor a word right after the organisation the name is a
    // unit of: 国家卫生健康委|妇幼|健康司.)
    if (s !== 0 && lex.suffixes.lengthOf(s) >= 2 && !lex.suffixes.infoOf(s).weak) {
      const sStart = pos - lex.suffixes.lengthOf(s);
      // 淄博市|民营医院|协会, 中国|民营医院|发展联盟: an association named after the class of bodies it gathers, right
      // after its place or level; the class made no mention (it is none), so nothing merges into the association.
      if (suffix.kind === 'association' && !suffix.known) {
        const g = lex.genericPhraseTrie.longestNode(text, pos);
        const gLength = g === 0 ? 0 : lex.genericPhraseTrie.lengthOf(g);
        if (gLength > pos - sStart && leftOf(lex, text, pos - gLength, prev) === Left.Place) {
          walk.core += gLength;
          pos -= gLength;
          continue;
        }
        // 中国|学校|卫生协会, 四川省|学校|卫生保健协会, 中国|医院|管理学会: a place's schools or hospitals, a class (no mention),
        // are the field of its society.
        if (CLASS_OF_MEMBERS.has(lex.suffixes.infoOf(s).word) && leftOf(lex, text, sStart, prev) === Left.Place) {
          walk.core += pos - sStart;
          pos = sStart;
          continue;
        }
      }
      // (Nor one whose last character starts a word that goes on past it: 荆楚网|络科技股份有限公司 is one company.)
      const inWord = lex.blockAfter.maySpan(text, pos) && wordGoesPast(lex, text, pos - 1, pos);
      // (Nor a hospital or a centre a company is named after, before its line of business: 坤和医院|管理有限公司,
      // 坤和中心|经营管理有限公司, as management companies are named.)
      const named = suffix.kind === 'company' && !suffix.weak && walk.core >= 2 && (lex.suffixes.infoOf(s).word === '医院' || lex.suffixes.infoOf(s).word === '中心');
      if (!inWord && !named && !(lex.suffixes.infoOf(s).known && knownInsidePlace(lex, text, sStart, pos)) && !(prev && sStart === prev.end && GOVERNING.has(prev.orgKind))) break;
    }
    // 17家|商业银行: a character after digits is a measure word. So is 元 after a sum (争取2500万元|农业发展银行…).
    // (Not after a hotline's number, which is read next: 12345|政务服务热线中心.)
    if (pos - n > 0 && isDigit(text.charCodeAt(pos - n - 1)) && !(walk.core >= 1 && hotlineLengthBefore(text, pos - n) > 0)) break;
    if (text.charCodeAt(pos - 1) === 0x5143 /* 元 */ && (isDigit(text.charCodeAt(pos - 2)) || SUM_SCALES.has(text.charCodeAt(pos - 2)))) break;
    // Each part of a name joined by a conjunction has the budget.
    if (walk.core - coreAtConjunction >= (suffix.kind === 'company' && !suffix.weak ? MAX_CORE_COMPANY : MAX_CORE)) {
      walk.boundary = 'budget';
      break;
    }
    walk.core++;
    pos -= n;
  }

  // The anchor must be a level or a place of China (湖北省, 市): 巴西|外援卡洛斯和海狮队 is no name.
  // (A company is named after its city without a level: 镇江|汉和医疗设备有限公司.)
  // (So is a province or a prefecture by its name without the level: 北京|心理危机研究与干预中心.)
  const domestic =
    walk.anchor === 'level' ||
    walk.anchor === 'national' ||
    (walk.anchor === 'place' && (LEVEL_ENDS.has(text.charCodeAt(placeEnd - 1)) || suffix.kind === 'company' || lex.placeFull.has(text.slice(placeStart, placeEnd))));
  // (Or the organisation it is a unit of, with name characters between it and the conjunction:
  // 国务院办公厅|政府信息与政务公开办公室, 武汉大学|政治与公共管理学院, not 神经疾病研究所|和骨科研究所.)
  const unitOfPrev = walk.boundary === 'prev' && prev !== undefined && (GOVERNING.has(prev.orgKind) || (UNIT_HOLDERS.has(prev.orgKind) && suffix.kind !== 'company' && text.charCodeAt(conjunctionEnd - 1) === 0x4e0e /* 与 */)) && conjunctionEnd - 1 > prev.end;
  if (conjunctionEnd >= 0 && (conjunctionAtSuffix || !unitOfPrev) && (walk.boundary !== 'clean' || !domestic)) {
    // No place or level before the conjunction: it joined two names or a phrase and a name.
    pos = conjunctionEnd;
    walk.core = coreAtConjunction;
    walk.generic = genericAtConjunction;
    walk.anchor = 'none';
    walk.boundary = 'clean';
    placeSeen = suffix.known;
    levelOnly = false;
    connectorEnd = -1;
  }
  // A name starts with no bracket: when nothing was read before a company's bracketed place, the name starts after it.
  if (isOpenParen(text[pos]) && pos < sufStart && !(prev && prev.end === pos)) pos = text.indexOf(text[pos] === '(' ? ')' : '）', pos) + 1;
  walk.start = pos;
  settle(walk, lex, text, sufStart, suffix, prev, placeSeen, levelOnly, connectorEnd);
  return walk;
}

/**
 * What a walk's end means (into `walk`): a branch's parent before its place, and the relation to the
 * previous mention when the walk reached it: a unit of it (merge), an adjacent body, or neither.
 */
function settle(walk: Walk, lex: Lexicon, text: string, sufStart: number, suffix: SuffixInfo, prev: Found | undefined, placeSeen: boolean, levelOnly: boolean, connectorEnd: number): void {
  let pos = walk.start;
  if (placeSeen && walk.boundary === 'clean' && lex.branchOfSuffixes.has(suffix.word) && !suffix.known) {
    // 银联|北京|分公司: a branch names its parent before the place.
    const parent = parentStart(lex, text, pos, prev);
    if (parent >= 0) {
      pos = parent;
      walk.start = pos;
    }
  }
  if (walk.boundary !== 'prev' || !prev) return;
  // 大河报·大河客户端: a middle dot right after a name joins two bodies (a paper and its app), not a unit to it.
  if (text.charCodeAt(prev.end) === 0xb7 && walk.start === prev.end) {
    walk.start = prev.end + 1;
    walk.boundary = 'clean';
    return;
  }
  // 湖北医药学院|院长涂汉军, 市医院|副院长张军: a person after a title is no unit of the body before.
  // (县医院|院长办公室 is its unit.)
  if (HEAD_TITLE_FIRST.has(text.charCodeAt(prev.end)) && HEAD_TITLES.some((t) => text.startsWith(t, prev.end) && text.charCodeAt(prev.end + t.length) !== 0x529e /* 办 */)) {
    walk.afterOrg = true;
    return;
  }
  // 省工信委|省公安厅|省财政厅: a level right after a name starts a name of its own, as in 市委|市政府
  // (joint issuers printed without a separator).
  if (walk.anchor === 'level' && !placeSeen && LEVEL_ENDS.has(text.charCodeAt(prev.end))) {
    walk.boundary = 'clean';
    return;
  }
  // 同济医院|所|取得的成绩: 所 alone right after a name is the particle before a verb, no institute of it (its institutes
  // are named: 县疾控中心|结核病防治所).
  if (suffix.word === '所' && walk.core === 0 && walk.start === prev.end && !walk.ordinal && !walk.numeral) {
    walk.afterOrg = true;
    return;
  }
  const direct = !placeSeen || (suffix.known && walk.anchor === 'none');
  if (HEALTH.has(prev.orgKind) && direct) {
    // A hospital's administrative units belong to its name (医院|党委, 医院|社会工作部); its clinical
    // and technical units (医院|门诊部, 医院|肾内科, 医院|胸痛中心, 疾控中心|实验室) are no names of their own.
    // (A disease-control centre's 科 are its sections, not clinics: 县疾控中心|免疫规划科; and its centres are its
    // institutes: 中国疾控中心|结控中心, 中国疾控中心|性病艾滋病预防控制中心.)
    const sectioned = sectionsAreUnits(prev.text);
    // (Its offices named by their field and number are its units too: 国家食品安全风险评估中心|评估二室.)
    // (So are its centres whose whole name is a kind of centre: 中国疾病预防控制中心|卫生应急中心.)
    const cdcUnit = sectioned && (suffix.word === '科' || ((suffix.word.endsWith('中心') || suffix.word === '室') && (walk.core >= 2 || (walk.core === 0 && suffix.word.length >= 4))));
    // (A hospital's centres numbered as its branches are: 中国人民解放军总医院|第五医学中心.)
    const numberedCentre = suffix.word.endsWith('中心') && prev.orgKind === 'hospital' && NUMBERED_UNIT.test(text.slice(prev.end, sufStart + suffix.word.length));
    if ((lex.clinicalUnits.has(suffix.word) || suffix.word.endsWith('中心')) && !cdcUnit && !numberedCentre) walk.afterOrg = true;
    else {
      walk.merge = true;
      walk.start = prev.start;
      walk.anchor = 'org';
    }
    return;
  }
  if (suffix.weak && suffix.word.length === 1 && walk.core === 0 && !placeSeen && !walk.ordinal && !walk.numeral && !(suffix.kind === 'media' && MEDIA_OF.has(prev.orgKind) && !LEVEL_ENDS.has(text.charCodeAt(prev.end + suffix.word.length)))) {
    // 中国队|组(队): a one-character suffix right after a name is no unit of it; but a body's website or
    // paper is named after it (中国政府|网, 人民政协|网, 人民日报|社), unless a level follows, where 报 reports to a
    // body (市卫生局|报|市食品办).
    walk.boundary = 'clean';
  } else if (suffix.weak && suffix.kind === 'government' && !GOVERNING.has(prev.orgKind)) {
    // 链家地产|市场研究部: a department of a company is not named on its own.
    walk.afterOrg = true;
  } else {
    // 市委|市政府: a level alone between two names starts a new one. A place between them
    // (中国电信|郴州|分公司, 上海一院|蚌埠|医院) makes a branch only with a branch suffix. A body known
    // by name right after a government is a unit of it (国务院|国资委), not after a party (中共中央|国务院).
    if (levelOnly && walk.core === 0) walk.merge = false;
    // 市政府网站|卫生健康委: a website has no units; 国家医疗保障局|药店: a government has no shop named
    // by the shop's word alone (but 人民银行|广州分行, 十四局三处|丽华服装厂).
    else if (prev.orgKind === 'media' && suffix.kind !== 'media' && isWebsiteEnd(text, prev.end)) walk.merge = false;
    else if (suffix.kind === 'company' && walk.core === 0 && !lex.branchSuffixes.has(suffix.word) && (prev.orgKind === 'government' || prev.orgKind === 'party')) {
      // (北京市盈科|律师事务所: a firm whose name ends in a department's character is one name.)
      walk.merge = prev.suffix.word.length === 1 && prev.suffix.anchored && prev.end === sufStart && suffix.word.length >= 3;
    }
    // The armed forces' commands and units known by name are theirs (中国人民解放军|中部战区, 中央军委|总政治部).
    else if (suffix.known && walk.anchor === 'none' && suffix.kind === 'other' && ARMED_FORCES.some((f) => prev.text.endsWith(f))) walk.merge = true;
    // (Only a government's: 国家医保局|财政部, 民政部|财政部 are joint issuers, peers.)
    else if (suffix.known && walk.anchor === 'none' && suffix.kind === 'government') walk.merge = prev.orgKind === 'government' && (prev.text.endsWith('国务院') || prev.text.endsWith('政府'));
    // (A company's 公司 of a place is its branch too: 中国电信|广东|公司, as operators name their provincial companies.)
    // (The army's sanatoriums are named by their place too: 解放军|杭州|疗养院.)
    else if (placeSeen) walk.merge = lex.branchSuffixes.has(suffix.word) || branchWordBefore(lex, text, sufStart, suffix, walk.core) || suffix.kind === 'hospital' || (HEALTH.has(suffix.kind) && ARMED_FORCES.some((f) => prev.text.endsWith(f))) || (prev.orgKind === 'company' && suffix.word === '公司' && walk.core === 0);
    // 五横乡党委|政府: the party committee and the government of one place, two bodies (as 县委|县政府).
    else if (prev.orgKind === 'party' && walk.core === 0 && suffix.word === '政府') walk.merge = false;
    // 人社部|卫计委, 民政部|卫健委: a commission by its kind right after a ministry is a joint issuer, no unit of it
    // (a ministry's units are its 司 and 局).
    else if (suffix.standalone && walk.core === 0 && suffix.word.endsWith('委') && prev.orgKind === 'government' && prev.text.endsWith('部')) walk.merge = false;
    else walk.merge = true;
    if (walk.merge) {
      walk.start = prev.start;
      walk.anchor = 'org';
    } else if (connectorEnd >= 0) {
      walk.start = connectorEnd;
    }
    if (!walk.merge && walk.anchor === 'none' && walk.core === 0) {
      walk.boundary = 'clean';
    }
  }
}

/**
 * Whether the name read ends in a branch's word longer than its suffix, the rest of that word read as the
 * name's core (人民日报社|海南|分|社, 新华社|江苏|分|社: the suffix matched is 社, the branch is a 分社).
 */
function branchWordBefore(lex: Lexicon, text: string, sufStart: number, suffix: SuffixInfo, core: number): boolean {
  const end = sufStart + suffix.word.length;
  for (const b of lex.branchSuffixes) if (b.length > suffix.word.length && b.length - suffix.word.length <= core && b.endsWith(suffix.word) && text.startsWith(b, end - b.length)) return true;
  return false;
}

/**
 * The length of a place's name written twice at `start` (福建福建省立医院: a list labels each hospital with its
 * province), before `limit`; 0 when none is. Two or three characters, as the short names of provinces have.
 */
function repeatedLabel(text: string, start: number, limit: number): number {
  for (let k = 3; k >= 2; k--) {
    if (start + 2 * k > limit) continue;
    let same = true;
    for (let i = 0; i < k && same; i++) same = isCjk(text.charCodeAt(start + i)) && text.charCodeAt(start + i) === text.charCodeAt(start + k + i);
    if (same) return k;
  }
  return 0;
}

/**
 * The length of the short name of a hospital known by name (瑞金 of 瑞金医院, 华西 of 华西医院) ending at `start`, after a
 * boundary; 0 when none does.
 */
function knownHospitalBefore(lex: Lexicon, text: string, start: number, prev: Found | undefined): number {
  // (Of two characters, 瑞金|海南医院, or three, 邵逸夫|阿拉尔医院.)
  for (let n = 2; n <= 3; n++) {
    const from = start - n;
    if (from < 0 || (prev && prev.end > from)) return 0;
    let cjk = true;
    for (let k = from; k < start; k++) if (!isCjk(text.charCodeAt(k))) cjk = false;
    if (!cjk) return 0;
    const name = text.slice(from, start) + '医院';
    const node = lex.suffixes.longestNode(name, name.length);
    if (node === 0 || lex.suffixes.lengthOf(node) !== name.length) continue;
    const info = lex.suffixes.infoOf(node);
    if (info.known && info.kind === 'hospital') return n;
  }
  return 0;
}

/** A unit numbered as a body's branches are (第五医学中心, 第一中心). */
const NUMBERED_UNIT = /^第[一二三四五六七八九十\d]{1,3}/;

/** A room named by its floor (三楼候考室, 2楼会议室). */
const FLOOR_ROOM = /^[一二三四五六七八九十\d]{1,3}[楼层]/;

/** Longest name before 医院 of a hospital named without a place in a list of hospitals (三峡监狱医院). */
const MAX_LISTED_HOSPITAL_CORE = 4;
/** How far back a list of hospitals is read to the last hospital named (some items between may be none). */
const MAX_HOSPITAL_LIST_GAP = 48;
/** What stands between a hospital and one listed after it: enumeration commas and other hospitals' names. */
const HOSPITAL_LIST_GAP = /^(?:、[\u4e00-\u9fff]{2,12}医院)*、$/;

/** Whether the name starting at `start` is an item of a list of hospitals, after the hospital `prev` (its items joined by 、). */
function listedAfterHospital(text: string, start: number, prev: Found | undefined): boolean {
  if (!prev || prev.orgKind !== 'hospital' || start - prev.end > MAX_HOSPITAL_LIST_GAP || start <= prev.end) return false;
  return HOSPITAL_LIST_GAP.test(text.slice(prev.end, start));
}

/**
 * How the names of disease-control centres and of their institutes end (市疾控中心, 省疾病预防控制中心, 市传防所, 国家疾控),
 * those of health supervision institutes (市卫生监督所, 县卫生计生监督所, 省卫生健康综合监督执法局), and those of emergency
 * centres, whose 科 dispatch and train, no clinic (昆山市急救中心|培训科, 市急救中心|调度科).
 */
const SECTIONED_ENDS = ['疾控中心', '疾病预防控制中心', '防所', '疾控所', '疾控', '监督所', '监督局', '监督执法局', '监督执法支队', '监督执法大队', '风险评估中心', '急救中心', '急救指挥中心'];

/**
 * Whether a name is a disease-control centre's or its institute's, or a health supervision institute's: public-health
 * bodies whose sections (免疫规划科, 传染病防制科, 监督六科) are units of them, not clinics.
 */
function sectionsAreUnits(name: string): boolean {
  return SECTIONED_ENDS.some((e) => name.endsWith(e));
}

/** Whether a website's name ends at `end` (…网站; a name in 网 may be a wrong cut: 男子网|球队). */
function isWebsiteEnd(text: string, end: number): boolean {
  return text.startsWith('网站', end - 2);
}

/** The eight democratic parties: each has committees at every level (民盟市委, 九三学社省委), named after it. */
const DEMOCRATIC_PARTIES = new Set(['民革', '民盟', '民建', '民进', '农工党', '致公党', '九三学社', '台盟', '中国民主同盟', '中国民主建国会', '中国民主促进会', '中国农工民主党', '中国致公党', '台湾民主自治同盟', '中国国民党革命委员会']);

/** The longest name in DEMOCRATIC_PARTIES. */
const MAX_PARTY_NAME = Math.max(...[...DEMOCRATIC_PARTIES].map((p) => p.length));

/** How a party's branch in a body ends (民革山东大学齐鲁医院支部, 九三学社徐州医科大学二支社). */
const PARTY_BRANCHES = ['支部', '总支', '支社', '委员会'];

/** Titles of a unit's head and staff, right after the unit (…司副司长, …处四级调研员, …部主任). */
const UNIT_TITLES = [
  '司长', '副司长', '巡视员', '副巡视员', '处长', '副处长', '部长', '副部长', '主任', '副主任', '科长', '副科长', '局长', '副局长',
  '一级调研员', '二级调研员', '三级调研员', '四级调研员', '调研员', '一级巡视员', '二级巡视员', '负责人', '研究员', '副研究员',
];
/** Longest name of a unit between its body and its one-character suffix (农村合作经济指导|司). */
const MAX_UNIT_NAME = 8;
/** Characters that join two bodies rather than name a unit (市卫健委和|县卫健局). */
const JOINERS = '和与及并同跟向对在为由从把被等';

/**
 * Whether the one-character unit suffix at [sufStart, end) names a unit of the body `prev` that ends a few
 * characters before it, as introductions of officials write them: the body, the unit's name, the unit's
 * word, then the head's title (中国健康教育中心|健康促进|部|主任, 国家发展改革委|社会发展|司|副司长, 市卫健委|
 * 新闻发布|处|四级调研员). Between them only characters of names (no punctuation, no 和, 与, 在…).
 */
function unitBeforeTitle(text: string, suffix: SuffixInfo, sufStart: number, end: number, prev: Found | undefined): boolean {
  if (!prev || !suffix.weak || end - sufStart !== 1 || suffix.kind === 'media' || suffix.kind === 'company') return false;
  // A hospital's 科 and 部 after it are clinical departments (市人民医院|超声科|主任), no part of its name.
  if (prev.orgKind === 'hospital' || (text.charCodeAt(sufStart) === 0x79d1 /* 科 */ && !GOVERNING.has(prev.orgKind) && !sectionsAreUnits(prev.text))) return false;
  const between = sufStart - prev.end;
  if (between < 1 || between > MAX_UNIT_NAME) return false;
  if (!UNIT_TITLES.some((t) => text.startsWith(t, end))) return false;
  for (let i = prev.end; i < sufStart; i++) {
    const c = text.charCodeAt(i);
    if (!isCjk(c) || JOINERS.includes(text[i])) return false;
  }
  return true;
}

/** How a society's branch is named: its field, then one of these (中华医学会|急诊医学|分会, 泰安市医学会|静脉用药安全调配|专业委员会). */
const SOCIETY_BRANCHES = ['分会', '专业委员会', '专委会', '学组', '分委会'];
/** How a society's name ends, whose branches SOCIETY_BRANCHES name. */
const SOCIETY_ENDS = ['学会', '协会', '研究会', '促进会'];
/** Longest field of a society's branch, between the society and the branch's word (静脉用药评价与集中调配管理: 13). */
const MAX_BRANCH_FIELD = 16;

/**
 * Whether the branch word at [sufStart, end) names a branch of the society `prev` that ends a few characters
 * before it: the characters between are the branch's field, whatever words they hold (调配 is a verb elsewhere,
 * 与 a conjunction: 中国医药教育协会|静脉用药评价与集中调配管理|分会 was 中国医药教育协会 and 管理分会). Not where a
 * verb follows the society (省医学会|召开|专业委员会会议): the field starts with no stop word.
 */
function branchOfSociety(lex: Lexicon, text: string, suffix: SuffixInfo, sufStart: number, prev: Found | undefined): boolean {
  if (!prev || prev.orgKind !== 'association' || !SOCIETY_BRANCHES.includes(suffix.word) || !SOCIETY_ENDS.some((e) => prev.text.endsWith(e))) return false;
  const between = sufStart - prev.end;
  // (Nor where the society's head follows it, or a conjunction ends the field: 中国医师协会|会长及|分会.)
  if (between < 2 || between > MAX_BRANCH_FIELD || titleAt(text, prev.end) || JOINERS.includes(text[sufStart - 1])) return false;
  for (let i = prev.end; i < sufStart; i++) if (!isCjk(text.charCodeAt(i)) || text.charCodeAt(i) === 0x7684 /* 的 */) return false;
  for (let k = 1; k <= Math.min(4, between); k++) {
    const w = lex.words.longestNode(text, prev.end + k);
    if (w !== 0 && lex.words.lengthOf(w) === k && lex.words.infoOf(w).stop === true) return false;
  }
  return true;
}

/**
 * Levels run together as one generic word (省市) that, right before a body, elide the bodies of all but the
 * last (省市委 is 省委 and 市委; only 市委 is written). 县区, 市县 and 乡镇 before a body are rather a class of
 * bodies (县区卫健局: every one of them).
 */
const ELIDED_LEVELS = new Set(['省市']);

/**
 * Whether the stop word of `length` ending at `end` names the work of the body whose suffix starts at `sufStart`, no
 * boundary of its name:
 * - 经 of 经营 anywhere in a company's name, its line of business, not the preposition 经 (坤和中心|经营管理有限公司);
 * - 支援 right before the suffix, a centre's work (应急物资|支援|中心), where elsewhere a hospital 支援 another; so is
 *   指导 before 委员会 (国民营养健康|指导|委员会);
 * - 投资 right before a company's legal form (乐成老年事业|投资|有限公司), after the company's own name characters or
 *   its place, not after a body (政府|投资有限公司 names no company);
 * - a word of two characters before 科 inside the name, a clinical field (市|精神|科专科联盟).
 */
function lineOfBusinessAt(lex: Lexicon, text: string, end: number, sufStart: number, suffix: SuffixInfo, length: number, prev: Found | undefined): boolean {
  if (suffix.kind === 'company' && length === 1 && text.startsWith('经营', end - 1)) return true;
  // (So is 建设 before 工程, 集团… or right before a company's legal form: 福建省升创|建设|工程有限公司, where elsewhere
  // 建设 is the verb before a body's name: 建设|县医院.)
  if (suffix.kind === 'company' && !suffix.weak && length === 2 && text.startsWith('建设', end - 2) && (end === sufStart || BUILDING_LINES.some((w) => text.startsWith(w, end)))) return true;
  // (A word before 科 inside the name is a clinical field: 市|精神|科专科联盟, as 精神科 is.)
  if (length === 2 && end < sufStart && text.charCodeAt(end) === 0x79d1 /* 科 */) return true;
  if (end !== sufStart || length !== 2) return false;
  if (text.startsWith('支援', end - 2)) return true;
  // (指导 right before 委员会 is a committee's work: 国民营养健康|指导|委员会.)
  if (suffix.word === '委员会' && text.startsWith('指导', end - 2)) return true;
  if (suffix.kind !== 'company' || suffix.weak || !text.startsWith('投资', end - 2) || lex.suffixes.longestNode(text, end - 2) !== 0) return false;
  const left = leftOf(lex, text, end - 2, prev);
  return left === Left.Other || left === Left.Place;
}

/** Lines of business 建设 comes before in a company's name (建设工程有限公司, 建设集团, 建设发展有限公司). */
const BUILDING_LINES = ['工程', '集团', '发展', '投资', '管理', '科技'];

/** Bare kinds of body that a place and 系统 after them make a system of (浙江省血站系统). */
const SYSTEM_KINDS = new Set(['血站', '卫生院', '医院']);

/** Generic modifiers that also name a government department's field, after its place (县|乡村振兴局). */
const FIELD_WORDS = new Set(['城乡', '城市', '乡村', '农村', '社会', '社区', '民族']);

/** Words after a person's name, not after a body's (饶清华同志, 张协和教授). */
const PERSON_AFTER = ['同志', '先生', '女士', '教授', '医生', '老师', '博士'];

/** Titles of a body's head and deputies: what follows one right after a name is a person, not a unit. */
const HEAD_TITLES = ['院长', '副院长', '校长', '副校长', '主任', '副主任', '局长', '副局长', '所长', '副所长', '站长', '部长', '副部长', '处长', '科长', '主席', '副主席', '会长', '副会长', '理事长', '董事长', '总经理', '组长', '副组长', '队长', '社长', '行长'];
/** The first code units of HEAD_TITLES, for a quick look before the list. */
const HEAD_TITLE_FIRST = new Set(HEAD_TITLES.map((t) => t.charCodeAt(0)));

/** Whether one of HEAD_TITLES starts at `at` (院长, 主任, 主席…). */
function titleAt(text: string, at: number): boolean {
  return HEAD_TITLE_FIRST.has(text.charCodeAt(at)) && HEAD_TITLES.some((t) => text.startsWith(t, at));
}

/** Whether a connector (附属, 直属) joins the organisation `before` to a name starting at `start`. */
function attachedTo(lex: Lexicon, text: string, before: Found, start: number): boolean {
  const w = lex.words.longestNode(text, start);
  return w !== 0 && lex.words.infoOf(w).connector === true && start - lex.words.lengthOf(w) === before.end;
}

/** Start of the parent's name before a branch's place (银联|北京分公司), bounded on its left; -1 if none. */
function parentStart(lex: Lexicon, text: string, end: number, prev: Found | undefined): number {
  let pos = end;
  let chars = 0;
  while (chars < MAX_PARENT) {
    if (prev && pos === prev.end) break;
    const n = nameCharBefore(text, pos);
    if (!n) break;
    const w = lex.words.longestNode(text, pos);
    if (w !== 0) {
      const info = lex.words.infoOf(w);
      if (info.stop || info.determiner || info.generic || info.place) break;
    }
    pos -= n;
    chars++;
  }
  if (chars < 2) return -1;
  return leftOf(lex, text, pos, prev) === Left.Boundary ? pos : -1;
}

/** Whether a stop word of `minLength` characters or more ends at `at` (完成 before 县 in 完成县中医院; 在 before 海西路 with 1). */
function stopEndsAt(lex: Lexicon, text: string, at: number, minLength = 2): boolean {
  const w = lex.words.longestNode(text, at);
  return w !== 0 && lex.words.lengthOf(w) >= minLength && lex.words.infoOf(w).stop === true;
}

/** unknownPlaceStart's answer when a verb stands before the level: the name starts at the level. */
const VERB_BEFORE_LEVEL = -2;

/**
 * Start of a place name the lexicon does not know, ending at `end` before a level word; -1 if none, and
 * VERB_BEFORE_LEVEL if what stands there ends as a verb does (建设|县…, 设|镇…).
 */
function unknownPlaceStart(lex: Lexicon, text: string, end: number, prev: Found | undefined, maxChars = MAX_UNKNOWN_PLACE): number {
  // (两位|省卫健委领导, 两项|区卫生和计划生育局: a count of people or things, no place.)
  if (peopleCountBefore(text, end) || thingCountBefore(text, end)) return -1;
  let pos = end;
  let chars = 0;
  while (chars < maxChars) {
    const n = nameCharBefore(text, pos);
    if (!n) break;
    const w = lex.words.longestNode(text, pos);
    if (w !== 0) {
      const info = lex.words.infoOf(w);
      // 曾|店镇, 为|民镇, 向|阳镇, 同|心乡: a town's name of two characters may start with a function word's
      // character; read so where it starts a clause or follows a place (城镇, 乡镇, 集镇 are words, no names).
      if (info.stop && chars === 1 && maxChars >= 2 && lex.words.lengthOf(w) === 1 && isTownLevel(text.charCodeAt(end)) && !NOT_TOWN_FIRST.has(text.charCodeAt(pos)) && townStartsAt(lex, text, pos - 1, prev)) {
        pos -= 1;
        chars++;
        break;
      }
      // 汨罗市|长乐镇, 宁乡县|长寿镇: a town whose name starts with 长 right after its city's or county's level,
      // where 市长 or 县长 would read a head's title.
      if (info.stop && chars === 1 && lex.words.lengthOf(w) === 2 && text.charCodeAt(pos - 1) === 0x957f /* 长 */ && LEVEL_ENDS.has(text.charCodeAt(pos - 2)) && isTownLevel(text.charCodeAt(end)) && leftOf(lex, text, pos - 1, prev) === Left.Place) {
        pos -= 1;
        chars++;
        break;
      }
      if (info.stop || info.determiner || info.generic || info.place) break;
    }
    if (prev && pos === prev.end) break;
    // 22日|托克逊乡, 22 日|托克逊乡: a character after digits is a measure word, no part of a place,
    // and bounds it.
    if (afterDigits(text, pos - n)) return chars >= 2 ? pos : -1;
    pos -= n;
    chars++;
  }
  if (chars < 2) return -1;
  // 9月5日|龙南市卫健委: a date's unit after its digits ends the date, and bounds the place after it.
  if (isDateUnit(text.charCodeAt(pos - 1)) && afterDigits(text, pos - 1)) return pos;
  // 处长 周斌|市医疗保险基金管理中心 (a speakers' list, its lines run together): a name after a title and a blank
  // is a person's.
  if (afterTitleAndBlank(text, pos)) return -1;
  // 加快建设|县妇幼保健院, 体检地点设|镇卫生院: a verb before the level is no place.
  for (const w of lex.notPlaceEnds) if (end - pos >= w.length && text.startsWith(w, end - w.length)) return VERB_BEFORE_LEVEL;
  const left = leftOf(lex, text, pos, prev);
  return left === Left.Boundary || left === Left.Place ? pos : -1;
}

/**
 * Where a town's name of two characters starts when it ends with a conjunction's character right before its level at
 * `level` (孟州市|赵和|镇) and a place stands before it; -1 when none does.
 */
function townEndingInConjunction(lex: Lexicon, text: string, level: number, prev: Found | undefined): number {
  if (!isTownLevel(text.charCodeAt(level)) || !CONJUNCTIONS.has(text.charCodeAt(level - 1))) return -1;
  const first = text.charCodeAt(level - 2);
  if (!isCjk(first) || LEVEL_ENDS.has(first) || CONJUNCTIONS.has(first) || (prev && prev.end > level - 2)) return -1;
  return leftOf(lex, text, level - 2, prev) === Left.Place ? level - 2 : -1;
}

/** 年, 月, 日 and 号, the units of a date. */
function isDateUnit(c: number): boolean {
  return c === 0x5e74 /* 年 */ || c === 0x6708 /* 月 */ || c === 0x65e5 /* 日 */ || c === 0x53f7 /* 号 */;
}

/** Whether a town's level `level` may follow the level-like character `c` as the last of its name: 竹市|镇, 王村|镇, 李村|乡. */
function townOnPlaceWord(level: number, c: number): boolean {
  return (level === 0x9547 /* 镇 */ && (c === 0x5e02 /* 市 */ || c === 0x6751 /* 村 */)) || (level === 0x4e61 /* 乡 */ && c === 0x6751 /* 村 */);
}

/** Whether a name may start at `pos`: after no name character, a level (歙县|王村镇) or a stop word (可咨询|王村镇), not inside a longer name (王|家村镇). */
function nameStartsAt(lex: Lexicon, text: string, pos: number): boolean {
  const c = text.charCodeAt(pos - 1);
  return pos === 0 || !isCjk(c) || LEVEL_ENDS.has(c) || stopEndsAt(lex, text, pos, 1);
}

/** 镇 and 乡, the levels of towns (whose names the lexicon cannot list). */
function isTownLevel(c: number): boolean {
  return c === 0x9547 /* 镇 */ || c === 0x4e61 /* 乡 */;
}

/** Characters that make a word with a town's level, not a town's name: 城镇, 乡镇, 集镇, 村镇, 小镇, 农村. */
const NOT_TOWN_FIRST = new Set([...'城乡集村小农'].map((c) => c.charCodeAt(0)));

/** Whether a town's name may start at `pos`: at a clause's start or right after a place (寿县|曾店镇; not 来源为|凤镇). */
function townStartsAt(lex: Lexicon, text: string, pos: number, prev: Found | undefined): boolean {
  return !nameCharBefore(text, pos) || leftOf(lex, text, pos, prev) === Left.Place;
}

/**
 * Where the Youth League's name stands right before `start` (共青团|延吉市委, or 团|温州市委 at a clause's start):
 * its committees are named as the party's are. -1 when it does not.
 */
function leagueStart(text: string, start: number): number {
  if (text.startsWith('共青团', start - 3)) return start - 3;
  return text.charCodeAt(start - 1) === 0x56e2 /* 团 */ && !isCjk(text.charCodeAt(start - 2)) ? start - 1 : -1;
}

/** Particles and conjunctions, never a brand's character (里约热内卢|的|洲际饭店). */
const PARTICLES = new Set([...'的地得之和与及或在是了'].map((c) => c.charCodeAt(0)));

/** Whether a place's name ends at `end` or one or two characters before it (无锡|艾|派, 常州|盛|全). */
function cityBefore2(lex: Lexicon, text: string, end: number): boolean {
  for (let e = end; e >= end - 2 && e > 1; e--) if (placeEndsAt(lex, text, e)) return true;
  return false;
}

/** Determiners of a level (我县, 本市, 全区, 该省): the level after one refers to a place, and names nothing. */
const LEVEL_DETERMINERS = '我本该全各此其个';

/** Whether the character before `pos` is no word of its own and a boundary stands before it (与|简|州). */
function oneCharPlaceBefore(lex: Lexicon, text: string, pos: number, prev: Found | undefined): boolean {
  if (lex.words.longestNode(text, pos) !== 0) return false;
  return leftOf(lex, text, pos - 1, prev) === Left.Boundary;
}

/** Whether a place's name of two characters or more ends at `end`. */
function placeEndsAt(lex: Lexicon, text: string, end: number): boolean {
  const w = end > 1 ? lex.words.longestNode(text, end) : 0;
  return w !== 0 && lex.words.infoOf(w).place === 'place' && lex.words.lengthOf(w) >= 2;
}

/** Whether a word of two characters or more that is no place's name ends at `end` (城市, 超市: no town's 竹市). */
function wordEndsAt(lex: Lexicon, text: string, end: number): boolean {
  const w = lex.words.longestNode(text, end);
  return w !== 0 && lex.words.lengthOf(w) >= 2 && lex.words.infoOf(w).place !== 'place';
}

/** Districts named by a word that elsewhere is an everyday one (晋城市城区, 阳泉市郊区, 阳泉市矿区). */
const DISTRICT_WORDS = ['城区', '郊区', '矿区'];

/** Longest name of a branch between its body and its suffix (市生态环境局|镇原|分局). */
const MAX_BRANCH_NAME = 4;
/** Characters that never stand in a branch's name: conjunctions, particles, determiners (市公安局|各|分局). */
const NOT_IN_BRANCH_NAME = '和与及的在对为各该本全等属下';

/**
 * Whether the suffix is a branch's (分局, 分院, 分所, 分公司, 分行, 支行) whose name, of one to MAX_BRANCH_NAME Chinese
 * characters, stands right after the government, hospital or company `prev` (市生态环境局|镇原|分局).
 */
function branchNameAfter(suffix: SuffixInfo, prev: Found, text: string, sufStart: number): boolean {
  if (!(suffix.word.startsWith('分') || suffix.word === '支行') || suffix.word === '分会' || suffix.word === '分社') return false;
  if (!(prev.orgKind === 'government' || prev.orgKind === 'company' || HEALTH.has(prev.orgKind))) return false;
  const n = sufStart - prev.end;
  if (n < 1 || n > MAX_BRANCH_NAME) return false;
  for (let k = prev.end; k < sufStart; k++) if (!isCjk(text.charCodeAt(k)) || NOT_IN_BRANCH_NAME.includes(text[k])) return false;
  return true;
}

/** Farthest a count's 单位 is looked for after the name it comes before (15家|开封市中心医院|胸痛联盟单位). */
const MAX_UNITS_AFTER = 8;

/** Whether 单位 (member units) follows `end` within MAX_UNITS_AFTER Chinese characters: what a count before the name counts. */
function unitsCountedAfter(text: string, end: number): boolean {
  for (let k = end; k < text.length && k - end < MAX_UNITS_AFTER && isCjk(text.charCodeAt(k)); k++) if (text.startsWith('单位', k)) return true;
  return false;
}

/** The last characters of the names of roads and streets that a place's name may stand inside (航海西路). */
const ROAD_ENDS = '路街巷';

/**
 * Start of a road's name around the place [placeStart, placeEnd) right before its last character (航|海西|路), or
 * with `inBrand` of a company's brand around it (安徽|国|泰国|瑞医药有限公司): one or two name characters, no stop
 * word's, between a place before them and the place; -1 if none.
 */
function roadNameStart(lex: Lexicon, text: string, placeStart: number, placeEnd: number, inBrand: boolean): number {
  if (!inBrand && !ROAD_ENDS.includes(text[placeEnd])) return -1;
  for (let k = 1; k <= 2; k++) {
    const at = placeStart - k;
    if (at < 2 || !isCjk(text.charCodeAt(at))) return -1;
    if (placeEndsAt(lex, text, at)) return stopEndsAt(lex, text, placeStart, 1) ? -1 : at;
  }
  return -1;
}

/** A count of departments before a body's kind (五部门办公厅, 三部委办公厅, 十部门联席会议办公室). */
const COUNTED_DEPARTMENTS = /^[两二三四五六七八九十]{1,2}(?:部门|部委|单位|机构)/;

/** A level, then a count of bodies (市四家爱心医院, 县三家医院); 市四院 and 市一医 are numbered hospitals, no counts. */
const COUNT_AFTER_LEVEL = /^[省市县区][一二三四五六七八九十两几数多]{1,3}[家座]/;

/** Whether a province's or a country's name ends at `end` (江苏|中顺…, 上海|东方…, 科摩罗|马鲁夫…). */
function provinceOrCountryEndsAt(lex: Lexicon, text: string, end: number): boolean {
  const w = lex.words.longestNode(text, end);
  return w !== 0 && lex.words.infoOf(w).place === 'place' && lex.provincesAndCountries.has(text.slice(end - lex.words.lengthOf(w), end));
}

/** Whether a city's name (a place ending in 市) ends at `pos`, after a name character of its own. */
function cityBefore(lex: Lexicon, text: string, pos: number): boolean {
  if (pos < 2 || text.charCodeAt(pos - 1) !== 0x5e02 /* 市 */ || !isCjk(text.charCodeAt(pos))) return false;
  const w = lex.words.longestNode(text, pos);
  return w !== 0 && lex.words.infoOf(w).place === 'place' && lex.words.lengthOf(w) >= 3;
}

/** Last characters of the titles a name follows in a list of speakers or signatories (处长, 主任, 书记, 委员, 经理, 主席). */
const TITLE_LASTS = new Set([...'长任记员理席师家授'].map((c) => c.charCodeAt(0)));

/** Words a newsroom names its people after (记者张三, 通讯员李四、王五). */
const BYLINE_WORDS = ['记者', '通讯员', '编辑', '摄影', '撰稿', '作者'];
/** Most names a byline lists before the one looked at (记者闫龑、杨世嘉). */
const MAX_BYLINE_NAMES = 3;

/**
 * Whether the person's name that starts at `at` is one of a byline's: right after its word (or a blank after it), or
 * after names listed after it with 、 (记者|杨世嘉, 记者 |杨世嘉, 记者闫龑、|杨世嘉). Looks back over at most MAX_BYLINE_NAMES names of 2 to 3 characters.
 */
function bylineNamesBefore(text: string, at: number): boolean {
  let k = at;
  for (let names = 0; names <= MAX_BYLINE_NAMES; names++) {
    // (A blank may part the word from the name: 记者 杨世嘉.)
    let j = k;
    while (j > 0 && k - j < 2 && (text.charCodeAt(j - 1) === 32 || text.charCodeAt(j - 1) === 0x3000)) j--;
    if (BYLINE_WORDS.some((w) => text.endsWith(w, j))) return true;
    if (names === MAX_BYLINE_NAMES || text.charCodeAt(k - 1) !== 0x3001 /* 、 */) return false;
    k--;
    let n = 0;
    while (n < 3 && k > 0 && isCjk(text.charCodeAt(k - 1)) && !BYLINE_WORDS.some((w) => text.endsWith(w, k))) {
      k--;
      n++;
    }
    if (n < 2) return false;
  }
  return false;
}

/** Whether blanks end at `pos` after a title's last character (处长 |周斌). */
function afterTitleAndBlank(text: string, pos: number): boolean {
  let i = pos;
  while (i > 0 && pos - i < 3 && (text.charCodeAt(i - 1) === 0x20 || text.charCodeAt(i - 1) === 0x3000)) i--;
  return i < pos && i > 0 && TITLE_LASTS.has(text.charCodeAt(i - 1));
}

/** Whether a place name covers the character at `at` and starts before it (日本|队 is no 本队). */
function placeOverlaps(lex: Lexicon, text: string, at: number): boolean {
  // The words ending after `at`, shortest first (as lex.words.each visits them).
  const words = lex.words;
  for (let i = at, n = 0; i >= 0; i--) {
    n = words.stepLeft(n, text.charCodeAt(i));
    if (n === 0) return false;
    const info = words.wordAt(n);
    if (info !== undefined && at + 1 - i >= 2 && info.place === 'place') return true;
  }
  return false;
}

/** The longest field of an office between its governing body and 办公室 (国家卫生健康委|卫生应急|办公室主任). */
const MAX_OFFICE_FIELD = 6;

/**
 * Whether the suffix is the office (办公室) of the governing body that ends where it starts, or a field of Chinese
 * characters before it (国家卫生健康委|卫生应急|办公室).
 */
function officeOfPrev(text: string, suffix: SuffixInfo, start: number, prev: Found | undefined): boolean {
  if (suffix.word !== '办公室' || prev === undefined || !GOVERNING.has(prev.orgKind) || prev.end > start || start - prev.end > MAX_OFFICE_FIELD) return false;
  for (let i = prev.end; i < start; i++) if (!isCjk(text.charCodeAt(i))) return false;
  return true;
}

/** A party's inspection and discipline groups (巡察组, 巡视二组, 巡视第八组, 纪检监察组): groups whose members a title after them names. */
const INSPECTION_GROUP = /^(?:巡察|巡视|纪检|纪检监察)第?[一二三四五六七八九十]*组$/;

/**
 * Whether the hospital suffix at [start, end) names a campus of the hospital that ends right before it, or one
 * character before it: 苏大附一院|总院, 徐州市第一人民医院|新医院, 某医院|老院. Campuses are no part of a name.
 */
function campusOfPrev(text: string, start: number, suffix: SuffixInfo, prev: Found | undefined): boolean {
  if (suffix.kind !== 'hospital' || prev === undefined || prev.suffix.kind !== 'hospital') return false;
  if (prev.end === start) return suffix.word === '总院';
  return prev.end === start - 1 && CAMPUS_AGES.has(text.charCodeAt(start - 1)) && (suffix.word === '医院' || suffix.word === '院');
}
/** The age of a campus before 医院 or 院 (新医院, 老院). */
const CAMPUS_AGES = new Set([0x65b0 /* 新 */, 0x8001 /* 老 */]);

/** First characters of the words for a street (路, 街, 大街, 大道, 巷, 胡同). */
const ROAD_WORDS = new Set([0x8def /* 路 */, 0x8857 /* 街 */, 0x5927 /* 大 */, 0x5df7 /* 巷 */, 0x80e1 /* 胡 */]);
/** A street and its house number at `at`: 路269号, 大街１２号, 巷三号. */
const STREET_NUMBER = /(?:路|街|大街|大道|巷|胡同)\s*[0-9０-９一二三四五六七八九十百零〇]{1,5}\s*号/y;
function streetNumberAt(text: string, at: number): boolean {
  STREET_NUMBER.lastIndex = at;
  return STREET_NUMBER.test(text);
}

/** What makes a word of 后 after 院: 院后随访, 院后管理, 医院后勤, 后续, 后期, 后台, 后方, 后备. */
const WORDS_AFTER_HOU = '随管勤续期台面方备座';

/**
 * Whether the unit at `end`, after a suffix of two units or more that ends with the unit before it, is the sentence's
 * and no word with that last unit: 所在 and 站在 are words after 所 and 站 alone, but 卫生监督所|在全省, 市中心血站|在…;
 * 中国银行山西省分行|为…提供贷款 (no 行为); 位于瑞安市第二人民医院|内。 where 内 ends the phrase (院内感染 is a word);
 * 成为…附属第一医院|后 (院后随访 is a word).
 */
function sentenceWordAfter(text: string, end: number): boolean {
  const last = text.charCodeAt(end - 1);
  switch (text.charCodeAt(end)) {
    case 0x5728 /* 在 */:
      return last === 0x6240 /* 所 */ || last === 0x7ad9 /* 站 */;
    case 0x4e3a /* 为 */:
      return last === 0x884c /* 行 */;
    case 0x5185 /* 内 */:
      return last === 0x9662 /* 院 */ && !isCjk(text.charCodeAt(end + 1));
    case 0x540e /* 后 */:
      // 成为…附属第一医院|后发展迅速, …医院|后来: 后 after the name (院后随访 and 医院后勤 are words).
      return last === 0x9662 /* 院 */ && (end + 1 >= text.length || !WORDS_AFTER_HOU.includes(text[end + 1]));
    default:
      return false;
  }
}

/**
 * Whether the ordinary word (orgs.json's blockers.after) that starts at i goes on past `end` (部|分, 网|络), unless a word
 * starting at `end` goes further still (中心|组织召开: no 中心组; blockers.undo).
 */
function wordGoesPast(lex: Lexicon, text: string, i: number, end: number): boolean {
  const wordEnd = i + lex.blockAfter.longestAt(text, i);
  return wordEnd > end && end + lex.blockUndo.longestAt(text, end) <= wordEnd;
}

/** Longest place's name in a news site's station (红网|株洲县|站), in code units. */
const MAX_STATION_PLACE = 6;

/** The length of a place and 站 right after a news site's name ending at `end` (红网|株洲县站), or 0. */
function stationAfter(lex: Lexicon, text: string, end: number): number {
  for (let k = end + 2; k <= end + MAX_STATION_PLACE && k < text.length; k++) {
    if (text.charCodeAt(k) !== 0x7ad9 /* 站 */) {
      if (!isCjk(text.charCodeAt(k))) return 0;
      continue;
    }
    const w = lex.words.longestNode(text, k);
    return w !== 0 && lex.words.infoOf(w).place === 'place' && lex.words.lengthOf(w) === k - end ? k + 1 - end : 0;
  }
  return 0;
}

/** A section's suffixes (科, 处, 股, 室): a name's one-character media suffix right before one is the section's character. */
const SECTION_ENDS = new Set([...'科处股室'].map((c) => c.charCodeAt(0)));

/**
 * Whether a one-character media suffix (社, 报) at [start, end) is no newspaper's or agency's end: a section's
 * character (市科技局农社|科, 医政社|管科: a rural and social section), or 报 the verb before the body a paper is
 * sent to (资金报|区卫健局, 名单报|市卫健委医政科, 报|国家卫生健康委).
 */
function weakMediaRunsOn(text: string, start: number, end: number): boolean {
  const c = text.charCodeAt(start);
  if (c === 0x793e /* 社 */) return SECTION_ENDS.has(text.charCodeAt(end)) || (isCjk(text.charCodeAt(end)) && SECTION_ENDS.has(text.charCodeAt(end + 1)));
  return c === 0x62a5 /* 报 */ && (LEVEL_ENDS.has(text.charCodeAt(end)) || text.startsWith('国家', end) || text.startsWith('上级', end));
}

/** Whether the suffix at [start, end) is part of an ordinary word (干部, 部分, 大学生). */
function blocked(lex: Lexicon, text: string, start: number, end: number, suffix: SuffixInfo): boolean {
  // 市一医, 省二医: 医 for 医院 only right after the hospital's number; anywhere else (首钢医院, 鞍钢医|院管理) it is no end.
  if (suffix.numeral && end - start === 1 && text.charCodeAt(start) === 0x533b /* 医 */ && (!isChineseNumeralChar(text.charCodeAt(start - 1)) || text.charCodeAt(end) === 0x9662 /* 院 */)) return true;
  // 翟店|镇, 西社|镇, 王店|乡, 北石店|村: a one-character suffix before a town's or a village's level ends its name.
  if (suffix.weak && !suffix.known && end - start === 1) {
    if (isTownLevel(text.charCodeAt(end)) || text.charCodeAt(end) === 0x6751 /* 村 */) return true;
  }
  // 徐州市大学|路269号, 医院|街8号: a street named after the word, in an address.
  if (ROAD_WORDS.has(text.charCodeAt(end)) && streetNumberAt(text, end)) return true;
  if (suffix.weak && suffix.kind === 'media' && end - start === 1 && weakMediaRunsOn(text, start, end)) return true;
  // Words that start with the suffix and go on after it (部分, 大学生, 中心城市); not words that start
  // inside a longer suffix (银行|长春 is no 行长), but inside a short known name (合|作协|议).
  // Such a word spans `end`: most suffixes are rejected at once by the two units around it.
  if (lex.blockAfter.maySpan(text, end)) {
    const from = (suffix.known && end - start <= 2) || suffix.weak ? Math.max(0, end - 2) : start;
    for (let i = from; i < end; i++) {
      if (i === end - 1 && end - start >= 2 && sentenceWordAfter(text, end)) continue;
      // (A known name of three characters or more before a particle is whole: 中国共产党|的领导, not 党的; 中国共产党员 is a member.)
      if (i === end - 1 && suffix.known && end - start >= 3 && PARTICLES.has(text.charCodeAt(end))) continue;
      if (wordGoesPast(lex, text, i, end)) return true;
    }
  }
  // 湖北|医药学院, 台北|医学大学: a known short name (北医) whose first characters end a place name before
  // it belongs to that place's name (knownInsidePlace).
  if (suffix.known && knownInsidePlace(lex, text, start, end)) return true;
  // 参加会|议会|上, 出席会|议会|见: a short known name (议会, 国会) whose first character ends an ordinary word
  // that starts right before it (会议) is no name there.
  if (suffix.known && end - start <= 2 && start > 0 && lex.blockAfter.longestAt(text, start - 1) === 2) return true;
  // Ordinary words, and for one-character suffixes place names, ending in the suffix (干部, 上大学, 莫斯科).
  // Such a word spans `start`.
  if (!lex.words.maySpan(text, start)) return false;
  const weak = suffix.weak || suffix.numeral;
  // The words ending at `end`, shortest first (as lex.words.each visits them); the first that blocks decides.
  const words = lex.words;
  for (let i = end - 1, n = 0; i >= 0; i--) {
    n = words.stepLeft(n, text.charCodeAt(i));
    if (n === 0) return false;
    const info = words.wordAt(n);
    if (info !== undefined && end - i > end - start && (info.blockBefore || (weak && info.place === 'place')) && !placeOverlaps(lex, text, i)) return true;
  }
  return false;
}

/** Whether a place name starts before `start` and ends inside [start, end): 湖北 in 湖|北医. */
function knownInsidePlace(lex: Lexicon, text: string, start: number, end: number): boolean {
  // Such a place spans `start`: most names are rejected at once by the two units around it.
  if (start === 0 || !lex.words.maySpan(text, start)) return false;
  for (let e = start + 1; e < end; e++) {
    const n = lex.words.longestNode(text, e);
    if (n !== 0 && lex.words.infoOf(n).place && e - lex.words.lengthOf(n) < start) return true;
  }
  return false;
}

function isLatinOrDigit(c: number): boolean {
  return isLatin(c) || isDigit(c);
}

/** The units of large numbers, 万 千 百 亿, by code unit. */
const NUMBER_UNITS: ReadonlySet<number> = new Set([0x4e07, 0x5343, 0x767e, 0x4ebf]);

/** Whether a known name at [start, end) that begins or ends in Latin letters is a whole word there (not WHO|LE, Apple|s). */
function wholeLatinWord(text: string, start: number, end: number): boolean {
  if (isLatinOrDigit(text.charCodeAt(start)) && start > 0 && isLatinOrDigit(text.charCodeAt(start - 1))) return false;
  return !(isLatinOrDigit(text.charCodeAt(end - 1)) && end < text.length && isLatinOrDigit(text.charCodeAt(end)));
}

/**
 * Whether a known company name at [start, end) stands: a Latin name is a whole word (not Apple|s);
 * a Chinese one does not start inside a word of the lexicon (中国|美术馆 is no 国美, 其中|信息 no 中信);
 * a name that is also an ordinary word (苹果, 平安) needs a company word after it (苹果公司, 长城汽车)
 * or a company beside it in a list (华为、小米, 小米和华为). Right before a suffix, the name is no
 * mention of its own: the suffix takes it in (平安|保险公司, 光大|银行长春分行).
 */
function companyStands(lex: Lexicon, text: string, start: number, end: number, suffix: SuffixInfo, prev: Found | undefined): boolean {
  const word = suffix.word;
  if (!wholeLatinWord(text, start, end)) return false;
  // 70余万|通电话, 2万|通: a name that starts with 万 or 千 right after a number is that number's unit.
  if (NUMBER_UNITS.has(text.charCodeAt(start)) && (isDigit(text.charCodeAt(start - 1)) || CN_NUMERAL_UNITS[text.charCodeAt(start - 1)] === 1 || text.charCodeAt(start - 1) === 0x4f59 /* 余 */ || text.charCodeAt(start - 1) === 0x591a /* 多 */)) return false;
  if (!isLatinOrDigit(word.charCodeAt(0))) {
    for (let k = start + 1; k < end; k++) {
      let inside = false;
      lex.words.each(text, k, (length) => {
        if (k - length < start) inside = true;
      });
      if (inside) return false;
    }
  }
  if (personNameAround(text, start, end)) return false;
  // 在宿城万达广场举行, 绿城广场: a place named after the company (a square, a road, an estate), no mention of it;
  // 松下镇, 李宁村: a town or a village of the same name.
  if (PLACE_AFTER_COMPANY.test(text.slice(end, end + 2))) return false;
  const suffixAfter = lex.strongSuffixesForward.longestAt(text, end);
  if (suffixAfter > 0 && lex.blockAfter.longestAt(text, end) <= suffixAfter) return false;
  if (!suffix.context) return true;
  if (lex.companyAfter.longestAt(text, end) > 0) return true;
  for (const j of lex.joiners) {
    if (prev && prev.orgKind === 'company' && prev.end + j.length === start && text.startsWith(j, prev.end)) return true;
    if (text.startsWith(j, end) && lex.companyForward.longestAt(text, end + j.length) > 0) return true;
  }
  return false;
}

/** What a place named after a company, or with a company's name, starts with: 广场, 大道, 路, 街, 小区, 花园, 公园; 镇, 乡, 村. */
const PLACE_AFTER_COMPANY = /^(?:广场|大道|路|街|小区|花园|公园|镇|乡|村)/;

/** What may follow a person's name in a list or a table: a separator, or the words 等, 同志, 男, 女. */
const AFTER_PERSON = new Set('、，,；;。：: \t\n\r（(等同男女'.split('').map((c) => c.charCodeAt(0)));

/**
 * Whether the two-character company name at [start, end) is the given name of a person in a list: a common
 * surname right before it, a separator or the line's start before that, and a separator after it
 * (余家军、林丽珠、邓桂芳; 王建行 男 1998.05; 现将王建行等12名 is not read so, as 将 is no separator); or, for a name
 * that ends in 为, the last character of a person's name and the verb 为 (任命王卫华为…).
 */
function personNameAround(text: string, start: number, end: number): boolean {
  // 任命王卫|华为|武汉市…: a name that ends with 为 after a surname and a character is a person's name and the verb 为.
  if (end - start === 2 && text.charCodeAt(end - 1) === 0x4e3a /* 为 */ && start >= 2 && SURNAMES.has(text.charCodeAt(start - 2)) && isCjk(text.charCodeAt(start - 1))) return true;
  if (end - start !== 2 || start < 1 || !SURNAMES.has(text.charCodeAt(start - 1))) return false;
  const before = start >= 2 ? text.charCodeAt(start - 2) : 10;
  if (isCjk(before) || isLatinOrDigit(before)) return false;
  return end >= text.length || AFTER_PERSON.has(text.charCodeAt(end));
}

/** Whether a suffix or known name that starts before `end` goes on past it (专委|会, 中心|医院). */
function continues(lex: Lexicon, text: string, end: number): boolean {
  // Such a word spans `end`: most offsets are rejected at once by the two units around it.
  if (!lex.suffixesForward.maySpan(text, end)) return false;
  for (let i = Math.max(0, end - 8); i < end; i++) {
    const wordEnd = i + lex.suffixesForward.longestAt(text, i);
    if (wordEnd <= end) continue;
    // Unless that suffix is blocked where it stands: 大学|校长 is no 学校.
    const node = lex.suffixes.longestNode(text, wordEnd);
    if (node !== 0 && lex.suffixes.lengthOf(node) === wordEnd - i && blocked(lex, text, i, wordEnd, lex.suffixes.infoOf(node))) continue;
    return true;
  }
  return false;
}

/** 蚌埠市公立医院, 国家医学中心: a class noun after places and national prefixes is still a class. */
function genericAfterPlace(lex: Lexicon, name: string, suffix: SuffixInfo): boolean {
  // The generic phrases ending the name, shortest first (as genericPhraseTrie.each visits them).
  const phrases = lex.genericPhraseTrie;
  for (let i = name.length - 1, n = 0; i >= 0; i--) {
    n = phrases.stepLeft(n, name.charCodeAt(i));
    if (n === 0) return false;
    if (phrases.wordAt(n) !== undefined && name.length - i > suffix.word.length) {
      const head = name.slice(0, i);
      // (徐汇区|湖南|街道社区卫生服务中心: a place's bare name right before 街道 names the street, as 湖南路 would;
      // a province's streets would follow its level, 湖南省|街道….)
      if (head !== '' && name.startsWith('街道', i) && !LEVEL_ENDS.has(head.charCodeAt(head.length - 1))) continue;
      if (head === '' || isPlacesOnly(lex, head)) return true;
    }
  }
  return false;
}

/** Whether `text` is made of place names, levels and national prefixes only. */
function isPlacesOnly(lex: Lexicon, text: string): boolean {
  let pos = text.length;
  while (pos > 0) {
    const w = lex.words.longest(text, pos);
    if (!w || !w.info.place) return false;
    pos -= w.length;
  }
  return true;
}

/**
 * Whether a name that starts at `start` is listed right after the class item that ends at `classEnd`:
 * only 、 and brackets between them (各县卫生健康局（老龄办）、|发展改革局).
 */
function listedAfter(text: string, classEnd: number, start: number): boolean {
  if (classEnd < 0 || start <= classEnd || start - classEnd > 3) return false;
  for (let i = classEnd; i < start; i++) {
    const c = text[i];
    if (c !== '、' && !OPEN_PARENS.includes(c) && !CLOSE_PARENS.includes(c)) return false;
  }
  return true;
}

/** How far back a bare name looks for the 各 that opens its clause. */
const EACH_CLAUSE_REACH = 80;
/** What follows the 各 of a class of places' bodies besides a level (LEVEL_ENDS: 各省, 各县, 各乡镇): 各地, 各级, 各自治区, 各直辖市, 各设区市, 各计划单列市, 各兵团. */
const EACH_OF_PLACES = '地级自直设计兵';
/** Characters that end a clause, for inEachClause. */
const CLAUSE_BREAKS = '。；;：:！!？?，,\n\r';

/**
 * Whether a bare name (no place or level) at `start` stands in a clause opened by 各: the addressees of a
 * notice (各省、自治区、直辖市及新疆生产建设兵团人力资源社会保障厅（局）、|卫生健康委、|中医药局：), each a class.
 */
function inEachClause(text: string, start: number): boolean {
  for (let i = start - 1; i >= 0 && i >= start - EACH_CLAUSE_REACH; i--) {
    const c = text[i];
    // (Only 各 of places or levels: 各单位要按照|民航局…, 各医院向|卫健局… address units, and name the body.)
    if (c === '各' && (LEVEL_ENDS.has(text.charCodeAt(i + 1)) || EACH_OF_PLACES.includes(text[i + 1]))) return true;
    if (CLAUSE_BREAKS.includes(c)) return false;
  }
  return false;
}

/** Kinds of schools that a place has many of: after a place alone they are a class (东胜区学校, 姑苏区幼儿园). */
const CLASS_OF_SCHOOLS: ReadonlySet<string> = new Set(['学校', '小学', '幼儿园', '托儿所', '托育园']);
/** The classes of bodies a society may be named after, right after its place (中国医院管理学会, 中国学校卫生协会). */
const CLASS_OF_MEMBERS: ReadonlySet<string> = new Set([...CLASS_OF_SCHOOLS, '医院']);

/** 国际 and a kind, nothing else: no name (国际医院, 国际集团). */
const INTERNATIONAL_KIND = /^国际(?:医院|集团|集团公司)$/;

/** The last words of the work an institution's or a city's standing committee does (预算|管理, 伦理|审查, 专家|咨询, 纠纷|调解, 职业病诊断|鉴定). */
const INTERNAL_COMMITTEE_WORK = ['管理', '审查', '审理', '咨询', '调解', '评审', '评价', '评估', '鉴定', '遴选', '考核', '执行', '伦理', '专家', '质控', '质量', '学术', '治丧'];

/** The longest name of the work of an internal committee, before 委员会 (临床试验伦理审查委员会). */
const MAX_INTERNAL_COMMITTEE_FIELD = 8;

/** Whether a committee's name before 委员会 names the work of a body's internal committee (see INTERNAL_COMMITTEE_WORK), or its level in a hospital (院级). */
function internalCommittee(field: string): boolean {
  // (A longer name names one body: 健康中国·太原行动专家咨询委员会.)
  return field.length <= MAX_INTERNAL_COMMITTEE_FIELD && (field.startsWith('院级') || INTERNAL_COMMITTEE_WORK.some((w) => field.endsWith(w)));
}

/** Whether the walk found a name ending at `end` (`name` is its text). */
function accepts(lex: Lexicon, walk: Walk, suffix: SuffixInfo, name: string, text: string, end: number, prev: Found | undefined): boolean {
  if (walk.boundary === 'determiner' || walk.boundary === 'generic' || walk.boundary === 'too-long' || walk.afterOrg) return false;
  if (suffix.numeral && !walk.numeral) return false;
  // 展览中心E厅, 3号厅: a hall named by a letter or a number is a room, no department (卫生厅).
  if (suffix.word === '厅' && isLatinOrDigit(text.charCodeAt(end - 2))) return false;
  // 专家指导委员会, 党建工作指导委员会: a guidance committee without the place or body it serves is a kind of committee.
  if (walk.anchor === 'none' && suffix.word === '委员会' && name.endsWith('指导委员会')) return false;
  // 半岛全媒体记者 黄超, 郑报全媒体讯: a newsroom by its brand of two characters, where a byline starts; elsewhere 全媒体 is a
  // way of publishing (打造全媒体传播体系, 培养全媒体记者队伍) or a reporter's role (市融媒体中心|全媒体记者).
  if (suffix.word === '全媒体' && !(walk.core === 2 && walk.boundary === 'clean' && !(prev && prev.end === walk.start) && nameCharBefore(text, walk.start) === 0 && bylineAfterMedium(text, end))) return false;
  // 宁波市第二医院|医生许兆|军: a person's role and given name before 军, 团 or 队 are a person named after a body, no unit of it.
  if (suffix.word.length === 1 && ONE_CHAR_TROOPS.includes(suffix.word) && walk.core > 0 && PERSON_ROLE.test(text.slice(end - 1 - walk.core, end - 1))) return false;
  // 上海一中学部分学生, 佛山一中学103人: 一 right before a school's full kind is "a" (a numbered school is 第一中学, or 一中
  // for short).
  if (INDEFINITE_AFTER_ONE.has(suffix.word)) {
    const one = end - suffix.word.length - 1;
    const before = text.charCodeAt(one - 1);
    if (text.charCodeAt(one) === 0x4e00 /* 一 */ && before !== 0x7b2c /* 第 */ && !isChineseNumeralChar(before)) return false;
  }
  // 昭通市党政代表团, 深圳市政府代表团: a city's party and government leaders on a visit, people, no body.
  if (suffix.word === '代表团' && (name.endsWith('党政代表团') || name.endsWith('政府代表团'))) return false;
  // 六部委联合印发, 国家卫健委等17部委, 国家多部委: a count of ministries and commissions, no body.
  if (suffix.word === '委' && COUNTED_MINISTRIES.test(name)) return false;
  // 《中华人民共和国红十字会法》: a national law named after a kind of body, no body (中华人民共和国卫生部|法规司 is one).
  if (text.charCodeAt(end) === 0x6cd5 /* 法 */ && name.startsWith('中华人民共和国') && !LAW_OFFICE_AFTER.includes(text[end + 1])) return false;
  // 情形下一审法院, 该案二审法院: the court of a stage of a case, whichever court that is, no name.
  if (suffix.word.endsWith('法院') && STAGE_COURT.test(name)) return false;
  // 新河东街处, 人民路处: 处 after a street or a road says where (at), no office.
  if (suffix.word === '处' && WAYS.includes(text[end - 2])) return false;
  // 刘家场镇|血液透析科, 松烟镇|血液透析室, 区|和中医康复科: a clinic's department after a place or a level alone is a ward of
  // some hospital there, no office of the place (its offices are 医政科, 综合监督科: kept).
  if ((suffix.word === '科' || suffix.word === '室') && (walk.anchor === 'place' || walk.anchor === 'level') && !walk.merge && walk.core > 0 && CLINICAL_CORE.test(text.slice(end - 1 - walk.core, end - 1))) return false;
  // 引进4家|复旦大学附属医院: a count right before a name makes it a class of so many bodies (a body known by name
  // stays one: 7个|农工党党员 counts the members).
  // (Not where the count is of the member units named after the body: 15家|开封市中心医院胸痛联盟|单位.)
  if (!suffix.known && countBefore(text, walk.start) && !unitsCountedAfter(text, end)) return false;
  // 五部门|办公厅, 三部委|办公厅: the offices of so many departments counted, a class of bodies, no name.
  if (walk.anchor === 'none' && !walk.merge && COUNTED_DEPARTMENTS.test(name)) return false;
  // 我市|四家|爱心医院, 全县|三家|医院: a count right after the level is a class of so many bodies there, no name.
  if (walk.anchor === 'level' && !walk.merge && COUNT_AFTER_LEVEL.test(name)) return false;
  // 2059家参评|县医院, 98%的|县医院: a share or a count with a word between, before a level alone, is a class too.
  if (walk.anchor === 'level' && !walk.merge && shareOrCountBefore(lex, text, walk.start)) return false;
  // 二级甲等以上|县医院, 三级以下|县医院: the bodies of a level at or above a grade, a class.
  if (walk.anchor === 'level' && !walk.merge && (text.startsWith('以上', walk.start - 2) || text.startsWith('以下', walk.start - 2))) return false;
  if (suffix.adjacent && walk.core > 0) return false;
  // 湖北移动, 广东电信: an operator's company is named by a place right before it; after a level (市移动) or a body
  // (中國臺灣網|移動版, 应急队伍|移动实验室) the word is the technology.
  if (suffix.adjacent && suffix.kind === 'company' && (walk.anchor !== 'place' || walk.merge)) return false;
  // 江西省|互联网医院管理办法, 我市|互联网医院: without the hospital that runs it, the class.
  if (suffix.underOrg && !walk.merge) return false;
  // 预算管理委员会, 伦理审查委员会, 专家咨询委员会, 院级质控委员会: a committee named by the work it does inside a body
  // (managing, reviewing, advising, mediating), with no place, level or body before it, is the kind every hospital
  // or body has, no name (联邦贸易委员会, 法律委员会 are named by their field).
  if (walk.anchor === 'none' && !walk.merge && !suffix.known && suffix.word.endsWith('委员会') && internalCommittee(name.slice(0, -3))) return false;
  // 江门市卫生局|毛炯|局长, 省卫健委|王|处长, 国家卫健委医政司|焦雅辉|司长: a person (or a surname alone) between a
  // body and the title of its head is no unit of it.
  // (医政处长 is the head of 医政处: a person's name starts with a surname.)
  if (walk.merge && (suffix.weak || suffix.word === '司') && walk.core >= 1 && walk.core <= 3 && text.charCodeAt(end) === 0x957f /* 长 */ && SURNAMES.has(text.charCodeAt(end - 1 - walk.core))) return false;
  // 三创一办, 两办一室: a formula that numbers its parts, a campaign's name, is no body's unless a place or
  // a level names it (区三创一办 is the district's office for it).
  if (walk.anchor === 'none' && !walk.merge && !suffix.known && !walk.ordinal && !walk.code && numberedParts(name) >= 2) return false;
  // 天心区卫健局|社区卫生服务中心: an institution's type right after a government body is the class of
  // institutions it runs, no unit of it (but right after a body named by a suffix of its own: 上海市胸科|医院
  // is one name; so is a detention or detox centre's own hospital: 四川省女子劳教所|医院).
  if (walk.merge && walk.core === 0 && prev?.orgKind === 'government' && !prev.suffix.weak && prev.end === end - suffix.word.length && HEALTH.has(suffix.kind) && lex.genericPhrases.has(suffix.word) && !CUSTODIAL.has(prev.suffix.word)) return false;
  // 第十一届|造口人联谊会: a get-together held for the eleventh time is an event, no association.
  if (suffix.word === '联谊会' && !walk.merge && text.charCodeAt(walk.start - 1) === 0x5c4a /* 届 */) return false;
  // 卫生健康局|三楼候考室, 二楼会议室: a room on a floor of the building, no unit of the body.
  if (suffix.word.endsWith('室') && FLOOR_ROOM.test(text.slice(walk.merge && prev ? prev.end : walk.start, end))) return false;
  if (walk.merge) return true;
  // lex.genericPhrases.has(name), asked of the trie: no string hashing for each candidate.
  const phrase = lex.genericPhraseTrie.longestNode(name, name.length);
  if (phrase !== 0 && lex.genericPhraseTrie.lengthOf(phrase) === name.length) return false;
  // 嘉会|国际医院, 福寿园|国际集团: 国际 alone before the kind is the end of a brand the walk did not read, or a
  // kind (打造高端国际医院), no name; after a place it is one (中一东北国际医院).
  if (INTERNATIONAL_KIND.test(name)) return false;
  // 东胜区学校, 姑苏区幼儿园, 东胜区小学, 全国学校, 中国学校: a district's, a city's or the nation's schools of a kind, a
  // class (一所 school has a name of its own: 东胜区第二小学, 蚌埠市实验学校); a county's 中学 may be its one school, and stays.
  if (walk.core === 0 && !walk.ordinal && !walk.numeral && walk.anchor !== 'none' && walk.anchor !== 'org' && CLASS_OF_SCHOOLS.has(suffix.word)) return false;
  // 在市中心开诊所, 郑州市中心城区: a city's 中心 with nothing between is its centre, a part of town, unless a body's kind
  // goes on from it (惠州市中心|人民医院; 省中心 is a province's centre of some field, 县疾控中心 one by its words).
  if (walk.core === 0 && !walk.ordinal && !walk.numeral && suffix.word === '中心' && name.endsWith('市中心') && lex.suffixesForward.longestAt(text, end) === 0) return false;
  if (walk.generic && walk.anchor !== 'place') return false;
  if (genericAfterPlace(lex, name, suffix)) return false;
  // 在委门户网站公开, 通过局官方网站: a body named by its bare kind (委, 局) owns the website, no name of one.
  if (suffix.kind === 'media' && walk.anchor === 'none' && BARE_KINDS.has(name.charCodeAt(0))) return false;
  // 254医院, 二一五医院, 第九八二医院: a hospital's code names it, with no place or level before.
  if (walk.code && walk.core === 0) return true;
  if (suffix.numeral) return walk.numeral && (walk.anchor !== 'none' || countyStemNames(lex, text, walk));
  if (suffix.known) return true;
  // A commission or a bureau by its bare kind (卫健委, 卫生局, 疾控局), with no place or level, is no name of its own
  // (ANNOTATION_GUIDELINES: bare type names): only in a list of named bodies, whose place it shares (市医保局、卫健局).
  if (suffix.standalone) return walk.anchor !== 'none' || walk.core > 0 || (prev !== undefined && besideOrg(text, walk.start, end, prev.end));
  if (suffix.anchored) {
    // 博爱医院|东湖院区: a hospital that has campuses is one hospital, named without a place.
    // 江大|附院, 南华|附二医院: an affiliated hospital is anchored by the university it names, here by its short form.
    // 福永|人民医院: a people's hospital is named after its place, here a town the lexicon does not list
    // (only where a clause starts: 建设|人民医院 is a verb's object).
    if (walk.anchor === 'none') {
      if (COUNTY_STEM_KINDS.has(suffix.word) && countyStemNames(lex, text, walk)) return true;
      if (suffix.kind !== 'hospital' || walk.core < 2) return false;
      if (campusAfter(text, end)) return true;
      // 重庆三峡医药高专附属医院、福康医院、福安医院: listed after a hospital, a hospital is named by its own name.
      if (walk.boundary === 'clean' && !walk.generic && walk.core <= MAX_LISTED_HOSPITAL_CORE && listedAfterHospital(text, walk.start, prev)) return true;
      const core = text.slice(walk.start, end - suffix.word.length);
      if (lex.genericPhrases.has(core)) return false;
      return (suffix.word.startsWith('附') && walk.core <= 4) || (suffix.word === '人民医院' && walk.core === 2 && walk.boundary === 'clean' && !walk.generic && nameCharBefore(text, walk.start) === 0);
    }
    if (walk.anchor === 'org') return false;
    // 我省法治政府, 广州市数字政府: a government is named by its place alone (蚌埠市人民政府, 市政府); a word between
    // them makes a kind of government, a policy's name. (A country's name may end in 共和国: 塞拉利昂共和国政府.)
    if (walk.core > 0 && (suffix.word === '政府' || suffix.word === '人民政府') && !name.endsWith('共和国' + suffix.word)) return false;
    return walk.core > 0 || walk.ordinal || !suffix.weak || lex.placeOnlySuffixes.has(suffix.word);
  }
  if (walk.anchor !== 'none') {
    if (walk.core === 0 && !walk.ordinal) return !suffix.weak || lex.placeOnlySuffixes.has(suffix.word);
    return true;
  }
  if (walk.core === 0 && !suffix.weak && (suffix.kind === 'government' || suffix.kind === 'health-institution')) {
    // 市医保局、|财政局, 市疾控中心（|卫生监督所）: the list's place is left out, the body is one.
    return prev !== undefined && besideOrg(text, walk.start, end, prev.end);
  }
  if (walk.boundary === 'budget') return false;
  if (walk.ordinal) return false;
  // 医保办, 采购办, 控感办: an office by its field alone is a unit of whatever body the text is about (a hospital's,
  // a commission's), no name without its place, level or body (市扶贫办, 县人民医院医保办). So is a ministry's
  // department by its field alone (宣传司, 医政司: 国家卫生健康委宣传司 is one name).
  if (suffix.weak && (suffix.word === '办' || suffix.word === '司')) return false;
  // 电梯厅, 资料室, 行政办公室: a hall, a room or an office by its use alone is a part of some building or body, no name
  // (省卫生厅, 市政府办公室 name theirs); but in a list after a named body, whose place it shares (市卫健委、办公室).
  if (ROOMS.has(suffix.word) && !(prev !== undefined && besideOrg(text, walk.start, end, prev.end))) return false;
  // 李振成|局长, 吴磊|社长: without an anchor, two or three characters before a one-character suffix
  // that a 长 follows are a person's name before a title, not a body's name.
  if (suffix.weak) return walk.core >= 2 && walk.core <= MAX_CORE_WEAK && text.charCodeAt(end) !== 0x957f /* 长 */;
  return walk.core >= 2;
}

/** Kinds of schools written in full, after which a lone 一 is "a" (一中学, 一小学, 一幼儿园). */
const INDEFINITE_AFTER_ONE: ReadonlySet<string> = new Set(['中学', '小学', '幼儿园', '学校']);

/** One-character suffixes of teams and troops, which end many given names too (建军, 兆军, 国团). */
const ONE_CHAR_TROOPS = '军团队';

/** What follows 法 when it starts the name of an office (法规司, 法制办, 法治处, 法务部), not a law's. */
const LAW_OFFICE_AFTER = '规制治务';

/** A court named by the stage of a case it heard (一审法院, 原审法院): any court. */
const STAGE_COURT = /(?:一审|二审|原审|再审|终审)法院$/;

/**
 * Whether the name is a county's stem of two characters and nothing else before its kind, as counties' bodies are
 * called in their own news (萧山医院, 温岭中医院, 建德二院, 桑植融媒): the stem is taken for the county only there, where
 * nothing but the kind follows and a clause starts before it (most stems are words elsewhere: 和平, 城关).
 */
function countyStemNames(lex: Lexicon, text: string, walk: Walk): boolean {
  return walk.core === 2 && walk.boundary === 'clean' && !walk.generic && lex.countyStems.has(text.slice(walk.start, walk.start + 2));
}

/** A count of ministries and commissions (六部委, 17部委, 多部委): 部委 after a numeral or a word of quantity. */
const COUNTED_MINISTRIES = /[0-9０-９一二三四五六七八九十两多各几诸数]部委$/;

/** Whether a byline goes on at `end`, after a newsroom's name: 讯, or 记者 and then a blank or a surname (记者 黄超, 记者王五). */
function bylineAfterMedium(text: string, end: number): boolean {
  if (text.charCodeAt(end) === 0x8baf /* 讯 */) return true;
  if (!text.startsWith('记者', end)) return false;
  const next = text.charCodeAt(end + 2);
  return next === 0x20 || next === 0x3000 || SURNAMES.has(next);
}

/** Roles of people that a person's name follows (医生许兆军, 护士长王建军, 记者李卫军, 政治委员胡耀军). */
const PERSON_ROLE = /医生|医师|护士|主任|院长|所长|部长|记者|教授|专家|同志|书记|委员|政委|司令|队长|患者/;

/** Words of a clinical department's name (血液透析科, 肾内科, 康复治疗室), not of an office's (医政科, 综合监督科). */
const CLINICAL_CORE = /透析|血透|内$|外$|儿$|妇产|眼$|耳鼻|口腔|皮肤|骨$|康复|护理|检验|放射|超声|麻醉|急诊|影像|肿瘤|病理|治疗|输液|注射|诊疗/;

/** The last characters of the names of streets, roads, lanes and bridges, after which 处 is a place (新河东街处). */
const WAYS = '街路巷道桥';

/** Suffixes that start with a verb (联合 of 北京联合大学), which right after a name is the sentence's. */
const VERB_FIRST_SUFFIXES = new Set(['联合大学']);

/** Suffixes of halls, rooms and offices, named by their use without an anchor (电梯厅, 资料室, 行政办公室). */
const ROOMS = new Set(['厅', '室', '办公室']);

function kindOf(walk: Walk, suffix: SuffixInfo, name: string, prev: Found | undefined, sufStart: number): OrgKind {
  if (suffix.word === '委' && walk.core === 0) return 'party';
  // 市委|办 is the party committee's office; 市卫健|委办 the commission's.
  if (suffix.word === '委办') return walk.core === 0 ? 'party' : 'government';
  if ((name.startsWith('中共') || name.startsWith('中国共产党')) && (name.endsWith('委') || name.endsWith('委员会'))) return 'party';
  if (walk.merge && (prev?.orgKind === 'party' || prev?.orgKind === 'association') && suffix.weak) return prev.orgKind;
  // 山东省医院|协会: an association of the kind of body named right before it is no unit of one (医院协会, hospitals').
  if (walk.merge && walk.core === 0 && prev && prev.end === sufStart && suffix.kind === 'association') return 'association';
  // 长三角医院|协同发展战略联盟: an alliance named after the bodies it joins is an association, no unit of one.
  if (walk.merge && suffix.kind === 'association' && suffix.word.endsWith('联盟')) return 'association';
  // 医院|社会工作部: a hospital's unit is of the hospital's kind, but for its party committee (医院|党委).
  if (walk.merge && prev && HEALTH.has(prev.orgKind) && suffix.kind !== 'party') return prev.orgKind;
  // 天津市检察院|第一分院, 市中级人民法院|城区分院: a branch is of its body's kind (分院 names hospitals' branches too).
  if (walk.merge && prev && (prev.orgKind === 'government' || prev.orgKind === 'company') && suffix.word.startsWith('分') && HEALTH.has(suffix.kind)) return prev.orgKind;
  return suffix.kind;
}

function isOpenParen(c: string | undefined): boolean {
  return c === '(' || c === '（';
}

function isCloseParen(c: string | undefined): boolean {
  return c === ')' || c === '）';
}

function sameKindFamily(a: OrgKind, b: OrgKind): boolean {
  return a === b || (HEALTH.has(a) && HEALTH.has(b));
}

/** The full name of a mention when it ends in a short form or is one (市卫健委 → 市卫生健康委员会). */
export function expandName(lex: Lexicon, name: string): string | undefined {
  // The longest short form the name ends in (the first of the list among equal ones).
  const f = lex.expandForms.longest(name, name.length);
  if (f) {
    // (A full name that holds a place prefix already is not given it twice: 中国保监会 → 中国保险监督管理委员会; a level
    // is a word of the name, 市|市场监管局 → 市市场监督管理局.)
    const prefix = name.slice(0, name.length - f.length);
    return prefix.length >= 2 && f.info.full.startsWith(prefix) ? f.info.full : prefix + f.info.full;
  }
  // 市三院, 市三医 → 市第三人民医院: a numbered hospital right after a level.
  const last = name.charCodeAt(name.length - 1);
  if (name.length < 3 || name.length > 4 || (last !== 0x9662 /* 院 */ && last !== 0x533b /* 医 */)) return undefined;
  const m = /^([省市县区])(.{1,2})[院医]$/.exec(name);
  if (m && lex.numerals.includes(m[2])) return m[1] + lex.numberedFull.replace('{n}', m[2]);
  return undefined;
}

/**
 * Whether a name the walk accepted names no one body: a site's channel named by its place and not written on to its
 * site's name (人民网-北京频道, 首页 > 黑龙江频道; 人民网贵州频道 is one); a hospital, a health institution or a 委 of the
 * whole nation by its type alone (全国|儿童医院院长会议, 全国|委属委管医院, 全国|社区卫生服务中心; 全国人大, 全国妇联 are
 * bodies); a society's branches named by the word for them alone (上海市医学会|专科分会; 中华医学会|心血管病学分会 is one); a
 * reporter's name that ends as a body's word does (通讯员王振委).
 */
function noBodyOfItsOwn(text: string, walk: Walk, suffix: SuffixInfo, end: number, prev: Found | undefined): boolean {
  if (!walk.merge) {
    if (suffix.word === '频道' && walk.anchor === 'place') return true;
    // 通讯员|王振委, 记者|李建委: a name of two or three characters after a newsroom's byline word, a surname first, is its person's.
    if (end - walk.start <= 3 && SURNAMES.has(text.charCodeAt(walk.start)) && bylineNamesBefore(text, walk.start)) return true;
    return (walk.anchor === 'national' || walk.anchor === 'place') && text.startsWith('全国', walk.start) && (suffix.kind === 'hospital' || suffix.kind === 'health-institution' || (suffix.word === '委' && end - walk.start === 3));
  }
  return prev !== undefined && walk.start === prev.start && prev.orgKind === 'association' && GENERIC_BRANCHES.has(text.slice(prev.end, end));
}

/** The words for a society's branches in general (分会, 专科分会, 专业委员会): after its name alone, no body of their own. */
const GENERIC_BRANCHES = new Set(['分会', '专科分会', '专业分会', '专业委员会', '专委会', '分支机构']);

/**
 * Finds organisation names in a paragraph, with the given lexicon (the shipped one by default); adds
 * the steps it took to `work` when given.
 */
export function findOrgMentionsWith(text: string, lex: Lexicon = builtinLexicon(), work?: DetectionWork): OrgMention[] {
  const out: Found[] = [];
  /** Newspapers named in 《》, found at their suffix (《健康时报》); most paragraphs have none. */
  let papers: [number, number][] | undefined;
  const walkState = WALK;
  walkState.steps = 0;
  /** Where the last name of a class of addressees ends (-1: none yet). */
  let classEnd = -1;
  // Only offsets where a suffix may end are visited: the trie's pre-filter skips the others at once.
  for (let end = lex.suffixes.nextEnd(text, 1); end <= text.length; end = lex.suffixes.nextEnd(text, end + 1)) {
    walkState.steps++;
    const node = lex.suffixes.longestNode(text, end);
    if (node === 0) continue;
    const suffix = lex.suffixes.infoOf(node);
    const sufStart = end - lex.suffixes.lengthOf(node);
    if (suffix.kind === 'media' && text.charCodeAt(end) === 0x300b /* 》 */) {
      const from = titledPaperStart(text, end);
      if (from >= 0) (papers ??= []).push([from, end]);
    }
    // (县人大常委会|办公室|主任: right after a governing body, 办公室 is its office, whose head the title is;
    // elsewhere …室主任 is a title, 科室主任 no 科室.)
    if (blocked(lex, text, sufStart, end, suffix) && !officeOfPrev(text, suffix, sufStart, out[out.length - 1])) continue;
    if (campusOfPrev(text, sufStart, suffix, out[out.length - 1])) continue;
    if (continues(lex, text, end)) continue;
    // 市卫健委|联合|大学…: right after a name, a suffix that starts with a verb (联合大学) is that verb and what it joins.
    if (VERB_FIRST_SUFFIXES.has(suffix.word) && out.length > 0 && out[out.length - 1].end === sufStart) continue;
    // 黑政办规〔2017〕68号, 国办发〔2021〕18号: an issuer's code in a document's number, no name.
    if (documentNumberAfter(text, end)) continue;
    // 市卫健委|党委书记, 国税局|党组成员: right after its organisation, a committee before a title belongs
    // to the title, not to a name. (乡党委书记 names 乡党委: nothing before it would be left. An inspection
    // group is no committee: 区委|巡察组|成员 are its members.)
    // (A body's organ committee is its unit, whose own officers the title names: 国家卫生健康委|机关党委|副书记.)
    if (suffix.anchored && suffix.kind === 'party' && !INSPECTION_GROUP.test(suffix.word) && !suffix.word.startsWith('机关') && out.length > 0 && out[out.length - 1].end === sufStart && lex.titlesAfter.longestAt(text, end) > 0) continue;
    if (suffix.known && suffix.kind === 'company' && !companyStands(lex, text, sufStart, end, suffix, out[out.length - 1])) continue;
    // WHO|LE, the|WHO|IS: any other known name in Latin letters is a whole word too.
    if (suffix.known && suffix.kind !== 'company' && !wholeLatinWord(text, sufStart, end)) continue;
    // 总工会孙|清华|主席, 主任贾|宝武: a two-character known name after a surname, before or after a head's title, is a person's given name.
    // (So is one before 同志, 先生, 教授…: 饶|清华|同志.)
    // (And after a newsroom's byline word, alone or in its list of names: 记者|杨|世嘉, 记者闫龑、杨|世嘉.)
    if (suffix.known && end - sufStart === 2 && sufStart > 0 && SURNAMES.has(text.charCodeAt(sufStart - 1)) && (titleAt(text, end) || TITLE_LASTS.has(text.charCodeAt(sufStart - 2)) || PERSON_AFTER.some((w) => text.startsWith(w, end)) || bylineNamesBefore(text, sufStart - 1))) continue;
    // Mentions that overlap this suffix were the start of a longer name (蚌埠市中心|中心医院). Most
    // suffixes overlap none, and then no list is made for them.
    let popped: Found[] | undefined;
    while (out.length > 0 && out[out.length - 1].end > sufStart) {
      walkState.steps++;
      (popped ??= []).push(out.pop()!);
    }
    const prev = out[out.length - 1];
    const walk = walkLeft(walkState, lex, text, sufStart, suffix, prev);
    // 福建|福建省立医院, 河南|河南省肿瘤医院: a list's label, the place repeated before a name that starts with it.
    if (walk.anchor === 'place') walk.start += repeatedLabel(text, walk.start, sufStart);
    // 瑞金|海南医院, 华西|厦门医院: a famous hospital's short name right before a hospital named by its place is that
    // hospital's branch there, one name.
    if (walk.anchor === 'place' && suffix.word === '医院' && !walk.merge) {
      const famous = knownHospitalBefore(lex, text, walk.start, prev);
      walk.start -= famous;
      // 浙大|邵逸夫阿拉尔医院: the famous hospital's university before it makes one name with it, as 浙大邵逸夫医院 is.
      if (famous > 0 && prev !== undefined && prev.end === walk.start && prev.orgKind === 'university') {
        walk.merge = true;
        walk.start = prev.start;
        walk.anchor = 'org';
      }
    }
    const name = text.slice(walk.start, end);
    // A class of addressees (各市卫生健康委、) goes on through the bare names listed after it
    // (、发展改革委、教育局、民政局): each is the same class's department, not one body.
    // (Looked for only where the name would stand otherwise: most walks fail sooner.)
    // 中国第19批援|乌干达医疗队: a team sent to a country is named after it, and is no body of that country.
    // 浙江省|血站|系统, 全省|卫生院|系统: a place and a bare kind before 系统 name the kind's system there, no body (温州市中心血站系统
    // keeps its 中心血站, 市人民医院 its 人民医院).
    let ok = !(text.charCodeAt(walk.start - 1) === 0x63f4 /* 援 */ && suffix.word.endsWith('队')) && !(walk.core === 0 && SYSTEM_KINDS.has(suffix.word) && text.startsWith('系统', end)) && accepts(lex, walk, suffix, name, text, end, prev);
    let classItem = walk.boundary === 'determiner';
    if (ok && !walk.merge && (walk.anchor === 'none' || walk.anchor === 'level')) {
      // (A bare unit right after a class's name is the class's: 地市医学会|妇科分会.)
      classItem = (walk.anchor === 'none' && (classEnd === walk.start || listedAfter(text, classEnd, walk.start) || (!suffix.known && inEachClause(text, walk.start)))) || inClassList(lex, text, walk.start);
      if (classItem) ok = false;
    }
    // (A listed word that is no name either, 文广旅游局, keeps the list going.)
    if (classItem || (!ok && listedAfter(text, classEnd, walk.start))) classEnd = CLOSE_PARENS.includes(text[end]) ? end + 1 : end;
    // (Also where a fragment of the unit's name was read as a name of its own: 国家发展改革委|社会|发展司.)
    if ((!ok || (walk.anchor === 'none' && prev !== undefined && walk.start > prev.end)) && !classItem && popped === undefined && (unitBeforeTitle(text, suffix, sufStart, end, prev) || branchOfSociety(lex, text, suffix, sufStart, prev))) {
      // The words between are the unit's name, whatever they are (促进, 发布, 基层): see unitBeforeTitle.
      walk.merge = true;
      walk.start = prev!.start;
      walk.anchor = 'org';
      ok = true;
    }
    // 民盟|市委, 九三学社|省委: a democratic party's committee of a level is the party's, not the 市委; so is its
    // branch in a body (民革|山东大学齐鲁医院支部, 九三学社|徐州医科大学二支社).
    let democratic = false;
    // (The length first: a name merged again and again grows, and hashing it at each step would take time
    // growing with the square of a text of one suffix repeated.)
    if (ok && prev !== undefined && (walk.start === prev.end || (walk.merge && walk.start === prev.start)) && prev.end - prev.start <= MAX_PARTY_NAME && DEMOCRATIC_PARTIES.has(prev.text)) {
      // (A place between the party and its 委 was walked over to the party: 九三学社|福建省委.)
      democratic = ((walk.anchor === 'level' || walk.anchor === 'place' || (walk.anchor === 'org' && walk.merge)) && (suffix.kind === 'party' || suffix.word === '委')) || PARTY_BRANCHES.some((b) => name.endsWith(b));
      if (democratic) {
        walk.merge = true;
        walk.start = prev.start;
      }
    }
    // 民革|山东大学齐鲁医院|支部: the branch's body was itself merged from names (山东大学|齐鲁医院), and the
    // party stands before the first of them.
    let partyBefore: Found | undefined;
    if (ok && !democratic && walk.merge && prev !== undefined && walk.start === prev.start && out.length >= 2 && PARTY_BRANCHES.some((b) => name.endsWith(b))) {
      const before = out[out.length - 2];
      if (before.end === prev.start && before.end - before.start <= MAX_PARTY_NAME && DEMOCRATIC_PARTIES.has(before.text)) {
        democratic = true;
        partyBefore = before;
        walk.start = before.start;
      }
    }
    if (!ok || (popped !== undefined && walk.start > popped[popped.length - 1].start) || noBodyOfItsOwn(text, walk, suffix, end, prev)) {
      if (popped !== undefined) for (let i = popped.length - 1; i >= 0; i--) out.push(popped[i]);
      continue;
    }
    const orgKind = partyBefore !== undefined ? 'party' : kindOf(walk, suffix, name, prev, sufStart);
    if (walk.merge) {
      out.pop();
      if (partyBefore !== undefined) out.pop();
      // 清华大学|附属|北京清华|长庚医院: the unit joins the organisation the name it merged with is attached to.
      const attached = out.length > 0 ? attachedTo(lex, text, out[out.length - 1], walk.start) : false;
      if (attached) walk.start = out.pop()!.start;
    }
    // A business noun after a known company belongs to its name (格力|电器, 比亚迪|汽车), unless it
    // starts a longer suffix, which takes the name in itself (腾讯|科技公司).
    let ext = suffix.known && suffix.kind === 'company' ? lex.companyExtensions.longestAt(text, end) : 0;
    // 红网|沅江|站, 红网|株洲县|站: a news site's station in a place is the site's, one name.
    if (orgKind === 'media' && text.charCodeAt(end) !== 0x7ad9 /* 站 */) ext = stationAfter(lex, text, end);
    if (ext > 0 && lex.suffixesForward.longestAt(text, end) > ext) ext = 0;
    // (爱康国宾|健康体检, 美年|健康检查中心: 健康 before 体检 or 检查 names the service, no part of the company's name.)
    if (ext > 0 && (text.startsWith('体检', end + ext) || text.startsWith('检查', end + ext))) ext = 0;
    // 九三学社福建省委|会, 民盟市委|会: a democratic party's committee of a level is its 委会 (not before 议: a meeting).
    if (democratic && suffix.word === '委' && text.charCodeAt(end) === 0x4f1a /* 会 */ && text.charCodeAt(end + 1) !== 0x8bae /* 议 */) ext = 1;
    // 政协第十四届全国委员会, 中国人民政治协商会议第十三届辽宁省委员会: the formal name of a CPPCC committee, its term before its place;
    // 中国驻几内亚大使馆: China's embassy, not Guinea's.
    const formal = formalStart(text, walk.start, suffix.word);
    if (formal >= 0 && !(prev && prev.end > formal)) {
      out.push({ start: formal, end, text: text.slice(formal, end), orgKind, suffix });
      continue;
    }
    // 共青团延吉市委, 团温州市委: the Youth League's committee of a place, not the party's.
    const league = (suffix.word === '委' || suffix.word === '委员会') && (walk.anchor === 'place' || walk.anchor === 'level') && !walk.merge ? leagueStart(text, walk.start) : -1;
    if (league >= 0 && !(prev && prev.end > league)) {
      out.push({ start: league, end, text: text.slice(league, end), orgKind: 'association', suffix });
      continue;
    }
    out.push({ start: walk.start, end: end + ext, text: ext === 0 && !walk.merge ? name : text.slice(walk.start, end + ext), orgKind, suffix });
  }

  if (work) work.steps += walkState.steps;
  // Names marked by the text around them: only where a name is followed by a parenthesis (an alias
  // may be declared there), a newspaper was found in 《》, a short line may hold a source field, or a
  // quoted name is followed by a platform's word (“…”微信公众号).
  let marking = papers !== undefined || (text.length <= MAX_FIELD_LINE && text.includes('来源')) || accountNames(text);
  for (let i = 0; i < out.length && !marking; i++) marking = opensParen(text, out[i].end);
  return toMentions(lex, text, out, marking ? markedNames(text, out, papers) : undefined);
}

/** The mentions of a paragraph: those found from suffixes, with the names marked by the text around them. */
function toMentions(lex: Lexicon, text: string, found: Found[], marked: MarkedName[] | undefined): OrgMention[] {
  const mentions: OrgMention[] = [];
  let k = 0;
  for (let i = 0; i < found.length; i++) {
    const f = found[i];
    if (marked !== undefined) {
      // Marked names before this one go first; a found name inside a marked one gives way to it.
      while (k < marked.length && marked[k].start < f.start) pushMarked(lex, text, marked[k++], mentions);
      if (k < marked.length && marked[k].start < f.end) continue;
      if (mentions.length > 0 && mentions[mentions.length - 1].end > f.start) continue;
    }
    // 国办|发〔2021〕18号: the issuer's code in a document number.
    if (documentNumberAfter(text, f.end)) continue;
    const expanded = expandName(lex, f.text);
    const before = mentions[mentions.length - 1];
    const parenAlias =
      before !== undefined &&
      before.end === f.start - 1 &&
      isOpenParen(text[f.start - 1]) &&
      isCloseParen(text[f.end]) &&
      sameKindFamily(before.orgKind, f.orgKind);
    mentions.push(mention(f.start, f.end, f.text, f.orgKind, expanded !== f.text ? expanded : undefined, parenAlias));
  }
  if (marked !== undefined) while (k < marked.length) pushMarked(lex, text, marked[k++], mentions);
  return mentions;
}

/** Adds a marked name unless it overlaps the last mention. */
function pushMarked(lex: Lexicon, text: string, n: MarkedName, mentions: OrgMention[]): void {
  if (mentions.length > 0 && mentions[mentions.length - 1].end > n.start) return;
  const name = text.slice(n.start, n.end);
  const expanded = expandName(lex, name);
  mentions.push(mention(n.start, n.end, name, n.orgKind, expanded !== name ? expanded : undefined, n.alias === true));
}

/**
 * A mention, with `expanded` and `parenAlias` only when set: one object literal for each case, so
 * that every mention holds its fields in itself (fields added after a literal go to a second store).
 */
function mention(start: number, end: number, text: string, orgKind: OrgKind, expanded: string | undefined, parenAlias: boolean): OrgMention {
  if (expanded !== undefined) return parenAlias ? { start, end, text, orgKind, expanded, parenAlias } : { start, end, text, orgKind, expanded };
  return parenAlias ? { start, end, text, orgKind, parenAlias } : { start, end, text, orgKind };
}
