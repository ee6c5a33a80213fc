/**
 * What the text around a name says about it, beyond the walk from its suffix: a campus after a
 * hospital, a document number after an issuer's short form, a list of levels after 各, and the names
 * that official and news writing mark by their form rather than by a suffix: declared aliases
 * ((以下简称“推进委员会”)), newspapers in 《》 and the source field of a news page (来源：青山发布).
 */
import type { OrgKind } from '../types';
import type { Lexicon } from './lexicon';
import { isHan } from '../script';

/** A name found by the text around it. */
export interface MarkedName {
  start: number;
  end: number;
  orgKind: OrgKind;
  /** It names the organisation right before it. */
  alias: boolean;
}

function isCjk(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);
}

function isNameUnit(c: number): boolean {
  return isCjk(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}

export const OPEN_PARENS = '(（';
export const CLOSE_PARENS = ')）';
const OPEN_QUOTES = '“"‘「『';
const CLOSE_QUOTES = '”"’」』';

/** Whether the character at i is one of `chars` (false outside the text: ''.includes is true of any string). */
function isIn(chars: string, text: string, i: number): boolean {
  return i >= 0 && i < text.length && chars.includes(text[i]);
}

/** Whether the code unit at `at` opens a parenthesis (read as a number: this is asked after every mention). */
export function opensParen(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return c === 0x28 || c === 0xff08;
}

/** Whether a campus follows a hospital's name ending at `end`: 博爱医院|东湖院区, 长青医院|新院区. */
export function campusAfter(text: string, end: number): boolean {
  // A campus is named by a place or a direction of at most five characters before 院区.
  for (let k = end; k <= end + 5 && k < text.length; k++) {
    if (text.startsWith('院区', k)) return true;
    if (!isCjk(text.charCodeAt(k))) return false;
  }
  return false;
}

/** For each code unit: 1 for the kinds of document in a number (发, 函, 规), 2 for the brackets that open its year (〔, ﹝, [). */
const NUMBER_UNITS = new Uint8Array(0x10000);
for (const c of '发函字电明规通办') NUMBER_UNITS[c.charCodeAt(0)] = 1;
for (const c of '〔﹝〖[［【(（') NUMBER_UNITS[c.charCodeAt(0)] = 2;

/** Longest field code between an issuer's code and the kind of document: 国卫办|老龄|函〔2023〕, 国卫|医政医管|发. */
const MAX_FIELD_CODE = 4;

/**
 * Whether a document number follows `end`: 国办|发〔2021〕18号, 粤府办|〔2022〕4号, 国卫办|老龄函〔2023〕260号, 黑政办|规〔2017〕68号,
 * 人社部|规[2019]1号, 粤府办|201670号 whose brackets were lost, and 国卫办疾控|函503号 whose year was left out. The issuer's
 * code in a number is no mention of the issuer.
 */
export function documentNumberAfter(text: string, end: number): boolean {
  // (A court before the number of a case it judged is named: 不服重庆市渝中区人民法院(2018)渝0103民初4303号民事判决.)
  if (end >= text.length || text.startsWith('法院', end - 2)) return false;
  let k = end;
  // Brackets lost: the year and the number run together before 号.
  if (isDigitAt(text, k)) {
    while (k < text.length && k - end < 10 && isDigitAt(text, k)) k++;
    return k - end >= 5 && text.charCodeAt(k) === 0x53f7 /* 号 */;
  }
  // A field's code (老龄, 医政医管, 规划), then 发, 函, 规, 电 and the like, the kind of document: the characters before
  // the year's bracket, if any, end in a kind.
  while (k < text.length && k - end < MAX_FIELD_CODE + 2 && isCjk(text.charCodeAt(k))) k++;
  // (The year left out, the kind right before the number: 国卫办疾控|函503号.)
  if (k > end && NUMBER_UNITS[text.charCodeAt(k - 1)] === 1 && isDigitAt(text, k)) return digitsBeforeHao(text, k, MAX_YEARLESS_NUMBER);
  if (NUMBER_UNITS[text.charCodeAt(k)] !== 2 || (k > end && NUMBER_UNITS[text.charCodeAt(k - 1)] !== 1)) return false;
  k++;
  for (let i = 0; i < 4; i++, k++) if (!isDigitAt(text, k)) return false;
  // (A year of four digits, its closing bracket perhaps lost before the number: 国辦發〔201713號. 美年健康(002044.SZ) is a
  // company and its stock's code.)
  if (!isDigitAt(text, k)) return true;
  return digitsBeforeHao(text, k, Infinity);
}

/** Most digits of a document's number written without its year (国卫办疾控函503号). */
const MAX_YEARLESS_NUMBER = 6;

/** Whether the digits from `k`, at most `max` of them, run up to 号 or 號 (…函503号, 国辦發〔201713號). */
function digitsBeforeHao(text: string, k: number, max: number): boolean {
  const from = k;
  while (k < text.length && k - from < max && isDigitAt(text, k)) k++;
  return text.charCodeAt(k) === 0x53f7 /* 号 */ || text.charCodeAt(k) === 0x865f /* 號 */;
}

function isDigitAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
}

/** Numerals a count of bodies is written with (400家, 五所, 十余家). */
const CN_COUNT_NUMERALS = '一二两三四五六七八九十百千';

/**
 * Whether a count of bodies or regions ends at `pos` (400家, 30余家, 五所, 10多个, 三地): before a level
 * (400家|县医院) or a body (三地|卫生健康委) it names a class of them, as 各 does.
 */
export function countBefore(text: string, pos: number): boolean {
  const c = text.charCodeAt(pos - 1);
  // (惠州两|医院: 两, which never numbers, counts the bodies after it with no measure word; 八成|社区卫生服务中心 is a
  // share of them.)
  if (c === 0x4e24 /* 两 */) return true;
  if (c === 0x6210 /* 成 */ && pos >= 2 && '二三四五六七八九'.includes(text[pos - 2])) return true;
  // (京津冀三地|卫生健康委, 川渝两地: the bodies of so many regions.)
  if (c !== 0x5bb6 /* 家 */ && c !== 0x6240 /* 所 */ && c !== 0x4e2a /* 个 */ && c !== 0x5730 /* 地 */) return false;
  return countEndsAt(text, pos - 1);
}

/**
 * Whether a count of people ends at `pos` (40余名, 3位): before a body's name (40余名|纪委干部, 3位|省卫健委专家) it
 * counts the body's people, and is no part of the name.
 */
export function peopleCountBefore(text: string, pos: number): boolean {
  const c = text.charCodeAt(pos - 1);
  return (c === 0x540d /* 名 */ || c === 0x4f4d /* 位 */) && countEndsAt(text, pos - 1);
}

/** Measure words of things, not of bodies or places: 项, 个, 类, 种, 件, 批, 次, 条. */
const THING_MEASURES = new Set([...'项个类种件批次条'].map((c) => c.charCodeAt(0)));

/**
 * Whether a count of things ends at `pos` (两项, 3个): before a level (已承担两项|区卫生和计划生育局在研项目) it counts
 * what the sentence names after the body, and is no place's name.
 */
export function thingCountBefore(text: string, pos: number): boolean {
  return THING_MEASURES.has(text.charCodeAt(pos - 1)) && countEndsAt(text, pos - 1);
}

/** Whether a number (digits or Chinese numerals, 余 or 多 after them) and no ordinal ends at `pos`. */
function countEndsAt(text: string, pos: number): boolean {
  let k = pos - 1;
  const q = text.charCodeAt(k);
  if (q === 0x4f59 /* 余 */ || q === 0x591a /* 多 */) k--;
  if (!isCountNumeral(text.charCodeAt(k))) return false;
  // (第98个|中国人民解放军建军节: an ordinal, no count.)
  let first = k;
  while (first > 0 && k - first < 6 && isCountNumeral(text.charCodeAt(first - 1))) first--;
  return text.charCodeAt(first - 1) !== 0x7b2c /* 第 */;
}

/** Longest modifier between a count and the bodies it counts (2059家|参评|县医院, 500家|试点|县医院). */
const MAX_COUNT_MODIFIER = 3;

/**
 * Whether a count or a share of bodies stands before `pos` with a short modifier between (2059家参评|县医院), or a
 * share (98%的|县医院, 八成的|县医院), or a word of quantity (绝大多数|县医院): before a level alone and its type, it names
 * the class of such bodies.
 */
export function shareOrCountBefore(lex: Lexicon, text: string, pos: number): boolean {
  // (绝大多数|县医院, 不少|镇卫生院: most or many such bodies: orgs.json's quantityWords.)
  for (const w of lex.quantityWords) if (pos >= w.length && text.startsWith(w, pos - w.length)) return true;
  for (let k = pos; k >= 0 && pos - k <= MAX_COUNT_MODIFIER; k--) {
    if (k < pos && (!isHan(text.charCodeAt(k)) || NOT_MODIFIER.includes(text[k]))) return false;
    // (With a word between, only a count of bodies: 7个批次从|市人民医院 counts batches.)
    const measure = text.charCodeAt(k - 1);
    if ((k === pos || measure === 0x5bb6 /* 家 */ || measure === 0x6240 /* 所 */) && countBefore(text, k)) return true;
    if (text.charCodeAt(k - 1) === 0x7684 /* 的 */) {
      const c = text.charCodeAt(k - 2);
      if (c === 37 || c === 0xff05 || c === 0x6210 /* 成 */) return true;
    }
  }
  return false;
}

/** Characters no modifier between a count and its bodies holds: the clause's words (从, 在, 向, 和 …). */
const NOT_MODIFIER = '从在到向对为由把被与和及等的是有';

/** A digit or a Chinese numeral of a count. */
function isCountNumeral(c: number): boolean {
  return (c >= 48 && c <= 57) || CN_COUNT_NUMERALS.includes(String.fromCharCode(c));
}

/**
 * Whether the name starting at `start` ends a list of levels after a determiner: 各省、自治区、直辖市|
 * 人民政府, 各县（市、区）|卫生健康局. Such a list names a class of addressees, not one body. (A list
 * without 各 is an elided coordination: 省、市、区委 names 区委.)
 */
export function inClassList(lex: Lexicon, text: string, start: number): boolean {
  // Most names stand after no list at all.
  if (start === 0) return false;
  const before = text.charCodeAt(start - 1);
  if (before !== 0x3001 /* 、 */ && before !== 0xff09 /* ） */ && before !== 0x29 /* ) */) return false;
  let pos = start;
  let separators = 0;
  /** Whether the list (with the name's own first word) names 自治区 and 直辖市 (see below). */
  let regions = text.startsWith('直辖市', start) ? 2 : 0;
  for (let steps = 0; steps < 16 && pos > 0; steps++) {
    const c = text[pos - 1];
    if (c === '、' || OPEN_PARENS.includes(c) || CLOSE_PARENS.includes(c)) {
      pos--;
      separators++;
      continue;
    }
    const w = lex.words.longestNode(text, pos);
    if (w === 0) break;
    const info = lex.words.infoOf(w);
    // 7个县（市、区）|卫健局: a count before the list makes a class as 各 does.
    if (info.determiner || countBefore(text, pos)) return separators > 0;
    if (info.place !== 'level') break;
    const length = lex.words.lengthOf(w);
    if (text.startsWith('自治区', pos - length)) regions |= 1;
    else if (text.startsWith('直辖市', pos - length)) regions |= 2;
    pos -= length;
  }
  // 省、自治区、直辖市|人民政府卫生行政部门: the provinces' formula is every province whether 各 stands before it or not
  // (no one body is both an autonomous region's and a municipality's).
  return separators > 0 && regions === 3;
}

/** Whether the unit before `at` is a list joiner, and how long it is (0: none). */
function joinerBefore(text: string, at: number): number {
  const c = text[at - 1];
  if (c === '、' || c === '和' || c === '及' || c === '与') return 1;
  return 0;
}

/**
 * Whether a bare name at [start, end) stands beside the organisation `prevEnd` ends: next in a list
 * (市医保局、|财政局) or in parentheses right after it (市疾控中心（|卫生监督所|）). There the place or
 * level the list's first name carries is left out, and the name is still that of one body.
 */
export function besideOrg(text: string, start: number, end: number, prevEnd: number): boolean {
  const j = joinerBefore(text, start);
  if (j > 0 && prevEnd === start - j) return true;
  return prevEnd === start - 1 && isIn(OPEN_PARENS, text, start - 1) && isIn(CLOSE_PARENS, text, end);
}

/** Words that declare the short name that follows them (以下简称“推进委员会”). */
const DECLARERS = ['以下简称', '以下称', '下称', '简称'];

/** The roles a document declares for a party (当事人, 甲方, 申请人), no names of it. */
const PARTY_ROLES: ReadonlySet<string> = new Set(['当事人', '甲方', '乙方', '丙方', '申请人', '被申请人', '申请单位', '采购人', '招标人', '投标人', '中标人', '供应商', '委托方', '受托方', '委托人', '受托人', '买方', '卖方', '发包人', '承包人', '被检查单位', '被处罚人', '行为人', '用人单位', '本单位', '本公司', '该公司', '本院', '我院']);

/**
 * The alias a parenthesis right after `end` declares, as [start, end) of the alias, or undefined:
 * 推进委员会 in 健康中国行动推进委员会（以下简称“推进委员会”）.
 */
function declaredAlias(text: string, end: number): [number, number] | undefined {
  if (!isIn(OPEN_PARENS, text, end)) return undefined;
  // 中国医大一院(和平院区)(以下简称医大一院): the campus in its own brackets first.
  end = afterCampusNote(text, end);
  if (!isIn(OPEN_PARENS, text, end)) return undefined;
  let k = end + 1;
  const declarer = DECLARERS.find((d) => text.startsWith(d, k));
  if (!declarer) return undefined;
  k += declarer.length;
  if (text[k] === '为') k++;
  if (text[k] === '：' || text[k] === ':') k++;
  const quoted = isIn(OPEN_QUOTES, text, k);
  if (quoted) k++;
  const from = k;
  while (k < text.length && k - from <= 20 && isNameUnit(text.charCodeAt(k))) k++;
  const to = k;
  if (to - from < 2) return undefined;
  // （以下简称当事人）, （以下简称甲方）: a party's role in a case or a contract, no name of it.
  if (PARTY_ROLES.has(text.slice(from, to))) return undefined;
  if (quoted) {
    if (!isIn(CLOSE_QUOTES, text, k)) return undefined;
    k++;
  }
  return isIn(CLOSE_PARENS, text, k) ? [from, to] : undefined;
}

/** Longest campus note in brackets after a name (和平院区, 东院区), in characters. */
const MAX_CAMPUS_NOTE = 8;

/** Where the text goes on after a campus's name in brackets at `at` (（和平院区）), or `at` when none stands there. */
function afterCampusNote(text: string, at: number): number {
  let k = at + 1;
  while (k < text.length && k - at <= MAX_CAMPUS_NOTE && isNameUnit(text.charCodeAt(k))) k++;
  const note = text.slice(at + 1, k);
  return (note.endsWith('院区') || note.endsWith('校区')) && isIn(CLOSE_PARENS, text, k) ? k + 1 : at;
}

/** A body's initials in Latin capitals (WHO, ICM, CMIA, IFRC): two to ten letters, an ampersand or a dash between. */
const ACRONYM = /[A-Z][A-Z&-]{0,8}[A-Z]/y;

/**
 * The initials a parenthesis right after `end` holds alone, as [start, end) (世界卫生组织(WHO), 国际助产士联盟（ICM）):
 * an alias of the body named before it, as a declared one is.
 */
function acronymAlias(text: string, end: number): [number, number] | undefined {
  if (!isIn(OPEN_PARENS, text, end)) return undefined;
  ACRONYM.lastIndex = end + 1;
  if (!ACRONYM.test(text)) return undefined;
  const to = ACRONYM.lastIndex;
  return isIn(CLOSE_PARENS, text, to) ? [end + 1, to] : undefined;
}

/**
 * Whether text[0, at) ends with the words that declare a short name, as a declaration opens:
 * （以下简称“ or (下称 or （简称为：. `at` is where the declared name starts.
 */
export function declaresAt(text: string, at: number): boolean {
  let k = at;
  if (isIn(OPEN_QUOTES, text, k - 1)) k--;
  if (text[k - 1] === '：' || text[k - 1] === ':') k--;
  if (text[k - 1] === '为') k--;
  const declarer = DECLARERS.find((d) => text.startsWith(d, k - d.length));
  return declarer !== undefined && isIn(OPEN_PARENS, text, k - declarer.length - 1);
}

/** Endings of a title in 《》 that name a newspaper or a magazine (健康时报, 医学科学报, 三联生活周刊). */
const PAPER_ENDS = ['报', '周刊', '月刊', '画报'];
/** Titles ending in 报 that are documents, not newspapers (《工作通报》, 《统计年报》). */
const DOCUMENT_ENDS = ['通报', '简报', '汇报', '年报', '季报', '月报', '公报', '申报', '填报', '上报', '快报', '情报', '预报', '海报', '喜报', '捷报', '举报', '呈报', '电报', '报告'];

/**
 * Start of the title of a newspaper that ends at `end`, right before 》 (《健康时报》, 《医学科学报》), or
 * -1: a newspaper's name is short and plain, so the title starts within 12 name characters.
 */
export function titledPaperStart(text: string, end: number): number {
  if (text.charCodeAt(end) !== 0x300b /* 》 */) return -1;
  let from = end;
  while (from > 0 && end - from <= 12 && isNameUnit(text.charCodeAt(from - 1))) from--;
  if (from === 0 || text.charCodeAt(from - 1) !== 0x300a /* 《 */ || end - from < 2 || end - from > 12) return -1;
  const title = text.slice(from, end);
  return PAPER_ENDS.some((e) => title.endsWith(e)) && !DOCUMENT_ENDS.some((e) => title.endsWith(e)) ? from : -1;
}

/**
 * Common surnames: one of them right before a two-character company name in a list makes a person's name (林丽珠, 何建行),
 * and one that starts a short value of a source field names its writer (来源:陈燕).
 */
export const SURNAMES = new Set(
  (
    '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤缪' +
    // Less frequent ones that are seldom a word's character (康, 常, 易, 章 … are left out: 康复科 is a unit).
    '施牛洪樊葛邢乔伍庞颜倪庄聂鲁岳翟殷詹欧耿俞柳祝舒阮柯梅童凌毕裴霍涂苗翁冉骆蓝辛靳柴鲍喻祁蒲滕屈饶牟艾尤穆卓褚娄窦戚岑晏瞿佟臧闵苟邬卞姬栾隋寇郎甄虞敖巩佘邝鞠冀郁胥储栗鄢谌奚粟冼蔺阚屠禹漆狄晁芮扈邸雍辜裘亓邰赫逯茹嵇湛焦巢'
  )
    .split('')
    .map((c) => c.charCodeAt(0)),
);
/** Values of a source field that name no publisher (来源：本站, 来源：网络, 来源：网友分享, 来源：用户上传), nor do a site's accounts (来源:admin, 来源：管理员). */
const NO_SOURCE = ['本站', '本网', '原创', '作者原创', '网络', '互联网', '综合', '转载', '自媒体', '未知', '网友', '用户', '投稿', '佚名', '不详', '管理员', 'admin', 'Admin', 'ADMIN', 'editor', 'webmaster'];

/** What a place's name ends in: 省, 市, 县, 区, 州, 镇, 乡. */
const PLACE_LEVEL_END = new Set([...'省市县区州镇乡'].map((ch) => ch.charCodeAt(0)));

/** What the short name of a medium ends in: 报, 网, 社, 台, 刊, 号, 云, 闻, 端. */
const MEDIUM_ENDS = new Set([...'报网社台刊号云闻端'].map((ch) => ch.charCodeAt(0)));

/** What follows a body in a source field to name its website (来源：吉林省卫生计生委官网): the body is the publisher, as the suffixes read it. */
const SITE_OF = /(?:官方网站|门户网站|官网|网站)$/;
/** What follows the name of an account in a source field (来源：青山发布微信公众号): the account is the name. */
const ACCOUNT_OF = /(?:官方微信|微信公众号|公众号)$/;

/** How a department's name ends: 科, 股, 处, 室, 司, 办, 部, 组, 中心, 学院. */
const DEPARTMENT_END = /(?:科|股|处|室|司|办|部|组|中心|学院)$/;

/** Whether text[from, end) is a code rather than a name: no Chinese character, and four digits or more. */
function isCodeValue(text: string, from: number, end: number): boolean {
  let digits = 0;
  for (let i = from; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x3400) return false;
    if (c >= 48 && c <= 57) digits++;
  }
  return digits >= 4;
}

/** Paragraphs longer than this hold no source field: it stands in a page's short header lines. */
export const MAX_FIELD_LINE = 200;

/**
 * The publishers named in the source field of a page (来源：青山发布, 稿源: 健康报), as [start, end):
 * a field is its label at the start of a line or after a space, and its value runs to a space or
 * the end of the line. (资金来源：财政拨款 is a phrase, not a field.)
 */
function sourceFields(text: string, out: [number, number][]): void {
  for (let at = text.indexOf('来源'); at >= 0; at = text.indexOf('来源', at + 2)) {
    let label = at;
    if (label > 0 && text[label - 1] === '稿') label--;
    if (label > 0 && !/\s|\||丨|】/.test(text[label - 1])) continue;
    let k = at + 2;
    if (text[k] !== '：' && text[k] !== ':') continue;
    k++;
    while (text[k] === ' ' || text[k] === '\u3000') k++;
    // 来源:“四方台发布”: an account's name may stand in quotes.
    const quoted = text[k] === '“';
    if (quoted) k++;
    const from = k;
    while (k < text.length && k - from <= 16 && isNameUnit(text.charCodeAt(k))) k++;
    if (k - from < 2 || k - from > 16) continue;
    if (k < text.length && !(quoted ? text[k] === '”' : /\s|\||丨/.test(text[k]))) continue;
    if (NO_SOURCE.some((w) => text.startsWith(w, from))) continue;
    // 来源:通许县: a place alone names no publisher (its body's site is named with the body: 来源:通许县人民政府).
    if (k - from <= 6 && PLACE_LEVEL_END.has(text.charCodeAt(k - 1))) continue;
    // 来源:陈燕: a person's name (a surname and one or two characters) is the writer's, no publisher's; a medium named so
    // short ends in what it is (黄河网, 石榴云 is known by name).
    if (k - from <= 3 && SURNAMES.has(text.charCodeAt(from)) && !MEDIUM_ENDS.has(text.charCodeAt(k - 1))) continue;
    // 来源: sp20241125: an editor's code, letters and digits, names no publisher.
    if (isCodeValue(text, from, k)) continue;
    // 来源：党建科, 来源：规划发展与信息化司: a department of the site's own body is no publisher (the
    // suffixes find one that is named with its body: 来源：市卫健委办公室).
    if (DEPARTMENT_END.test(text.slice(from, k))) continue;
    // 来源：吉林省卫生计生委官网: the site of a body, which the suffixes find (官网 is no media name's end).
    if (SITE_OF.test(text.slice(from, k))) continue;
    const account = ACCOUNT_OF.exec(text.slice(from, k));
    if (account) k -= account[0].length;
    if (k - from < 2) continue;
    out.push([from, k]);
  }
}

/**
 * What follows the quoted name of a body's account on a platform (“甘南卫生健康”微信公众号, “健康杭州”官方微博)
 * or of a news app (“学习强国”APP). A mini-program (“河南医保”小程序) is a service, as is an app named for what it
 * does (SERVICE_APP): a tool of a body, not a medium that publishes.
 */
const ACCOUNT_WORDS = ['微信公众号', '公众号', '官方微信', '官方微博', '微博', '抖音号', '视频号', '头条号', '快手号', '客户端', 'APP', 'App'];
/** An app named for a service (“国家医保服务平台”APP, “医保移动支付”客户端): no news medium. */
const SERVICE_APP = /服务|平台|支付|缴费|挂号|预约|办事|就医|医保/;
/** The account words after which a name is an app's. */
const APP_WORDS = new Set(['客户端', 'APP', 'App']);
/** The first code units of ACCOUNT_WORDS, for a quick look before the list. */
const ACCOUNT_FIRST = new Set(ACCOUNT_WORDS.map((w) => w.charCodeAt(0)));
/** Longest quoted name of an account, in code units. */
const MAX_ACCOUNT = 16;

/**
 * The quoted names of accounts on new-media platforms, as [start, end) without the quotes, into `out`: the
 * 政务新媒体 of a body, which annual reports list (通过“甘南卫生健康”微信公众号发布). Without `out`, whether
 * the text names one (a look that most paragraphs end at once: they have no closing quote).
 */
export function accountNames(text: string, out?: [number, number][]): boolean {
  let any = false;
  for (let close = text.indexOf('”'); close >= 0; close = text.indexOf('”', close + 1)) {
    const word = ACCOUNT_FIRST.has(text.charCodeAt(close + 1)) ? ACCOUNT_WORDS.find((w) => text.startsWith(w, close + 1)) : undefined;
    if (word === undefined) continue;
    let k = close - 1;
    while (k >= 0 && close - k <= MAX_ACCOUNT && isNameUnit(text.charCodeAt(k))) k--;
    if (k < 0 || text[k] !== '“' || close - k - 1 < 2) continue;
    if (APP_WORDS.has(word) && SERVICE_APP.test(text.slice(k + 1, close))) continue;
    if (!out) return true;
    out.push([k + 1, close]);
    any = true;
  }
  return any;
}

/**
 * Names marked by the text around them, given the mentions found from suffixes (`found`, sorted) and
 * the newspapers the suffix scan found in 《》 (`papers`, [start, end) pairs): declared aliases (of the
 * kind of the name they follow), those newspapers and publishers in a source field (media). Sorted by
 * start; undefined when there are none, as in most paragraphs.
 */
export function markedNames(text: string, found: readonly { start: number; end: number; orgKind: OrgKind }[], papers: [number, number][] | undefined): MarkedName[] | undefined {
  // Made only when there is something in it: this runs for every paragraph.
  let marked: MarkedName[] | undefined;
  for (let i = 0; i < found.length; i++) {
    const f = found[i];
    if (!opensParen(text, f.end)) continue;
    const alias = declaredAlias(text, f.end) ?? acronymAlias(text, f.end);
    if (alias) (marked ??= []).push({ start: alias[0], end: alias[1], orgKind: f.orgKind, alias: true });
  }
  let media = papers;
  if (text.length <= MAX_FIELD_LINE && text.includes('来源')) sourceFields(text, (media ??= []));
  if (text.includes('”')) {
    const accounts: [number, number][] = [];
    accountNames(text, accounts);
    if (accounts.length) (media ??= []).push(...accounts);
  }
  if (media !== undefined && media.length > 0) {
    // A name the suffixes found whole keeps its kind (来源：蚌埠市卫健委), and so does one they found the end of
    // (来源：西区卫生健康局, where they read 区卫生健康局): its suffix says what it is.
    const whole = new Set(found.map((f) => `${f.start}:${f.end}`));
    const kindByEnd = new Map(found.map((f) => [f.end, f.orgKind]));
    for (const [start, end] of media) if (!whole.has(`${start}:${end}`)) (marked ??= []).push({ start, end, orgKind: kindByEnd.get(end) ?? 'media', alias: false });
  }
  return marked !== undefined && marked.length > 1 ? marked.sort((a, b) => a.start - b.start) : marked;
}
