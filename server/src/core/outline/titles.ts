/**
 * Title lines: what makes a line read as a document's title.
 *
 * Chinese official titles end with the kind of document they are (文种): …的通知, …实施方案, …工作总结,
 * …条例, …工作要点, …报告. A standalone line ending so is a title wherever it stands: the page's title, the
 * notice's own title, the attachment the notice issues, the regulation after its announcement. Weaker endings
 * (…工作重点, …情况, …回眸) make a title only at the top of a document. A label before the title ("图解：",
 * "权威发布 | ") is left out; a page title carrying the site's name ("…的通知_某市人民政府") is debris, and so
 * is a line that only quotes a title (《…方案》).
 */
import { CLAUSE_PUNCT, is, isBar, isHan, isLatinLetter, isSpace } from './chars';
import { isMetaLine, isOrgLine } from './debris';

/** Formal document kinds: a standalone line ending with one is a title anywhere in a text. */
const STRONG_ENDINGS = new Set([
  '通知', '通报', '通告', '公告', '决定', '决议', '意见', '方案', '办法', '条例', '规定', '细则', '规则', '规划', '纲要', '批复', '复函',
  '总结', '计划', '要点', '报告', '讲话', '公报', '纪要', '章程', '预案', '规程', '守则', '准则',
]);
/** Endings that make a title only at the top of a document, where nothing else competes. */
const WEAK_ENDINGS = new Set([
  '重点', '思路', '安排', '情况', '回眸', '回顾', '综述', '任务', '清单', '名单', '标准', '指南', '规范', '说明', '解读', '汇报', '发言',
  '致辞', '自评', '评价', '全文', '倡议', '答复', '侧记', '纪实', '巡礼', '成效', '成果', '进展', '举措', '行动',
  // A notice of what to bring and do (病历复印须知, 入院须知): short, so from MIN_TITLE on (SHORT_WEAK).
  '须知',
  // A profile's deeds (…同志先进事迹), a body's budget and final accounts (…2024年度部门决算, …单位预算).
  '事迹', '决算', '预算',
]);
// The same endings in traditional characters: mainland documents are reposted by sites that convert them
// (村衛生調查報告, …工作總結), as regulations are (條, 節: markers.ts).
const TRADITIONAL: Record<string, string> = {
  通報: '通报', 決定: '决定', 決議: '决议', 意見: '意见', 辦法: '办法', 條例: '条例', 規定: '规定', 細則: '细则', 規則: '规则', 規劃: '规划',
  綱要: '纲要', 批複: '批复', 複函: '复函', 總結: '总结', 計劃: '计划', 要點: '要点', 報告: '报告', 講話: '讲话', 公報: '公报', 紀要: '纪要',
  預案: '预案', 規程: '规程', 準則: '准则', 重點: '重点', 情況: '情况', 綜述: '综述', 任務: '任务', 清單: '清单', 名單: '名单', 標準: '标准',
  規範: '规范', 說明: '说明', 解讀: '解读', 彙報: '汇报', 匯報: '汇报', 發言: '发言', 致辭: '致辞', 自評: '自评', 評價: '评价', 倡議: '倡议',
  答覆: '答复', 須知: '须知', 側記: '侧记', 紀實: '纪实', 進展: '进展', 舉措: '举措', 行動: '行动', 事蹟: '事迹', 決算: '决算', 預算: '预算',
};
for (const [traditional, simplified] of Object.entries(TRADITIONAL)) {
  if (STRONG_ENDINGS.has(simplified)) STRONG_ENDINGS.add(traditional);
  else if (WEAK_ENDINGS.has(simplified)) WEAK_ENDINGS.add(traditional);
  else throw new Error(`titles: ${traditional} is the form of no ending`);
}
/** Last characters of the formal endings, and of all endings, for a quick look before the full test. */
const LAST = new Uint8Array(0x10000);
const STRONG_LAST = 1;
const ANY_LAST = 2;
for (const w of [...STRONG_ENDINGS, '函']) LAST[w.charCodeAt(w.length - 1)] |= STRONG_LAST | ANY_LAST;
for (const w of WEAK_ENDINGS) LAST[w.charCodeAt(w.length - 1)] |= ANY_LAST;
// Closing brackets (a title's period or status in brackets), and capitals (an English title).
for (const c of '）)】]ABCDEFGHIJKLMNOPQRSTUVWXYZ') LAST[c.charCodeAt(0)] |= c < 'A' || c > 'Z' ? STRONG_LAST | ANY_LAST : ANY_LAST;

/**
 * Whether line[s, e) may end as a title does (its last character, past a bracketed group such as
 * "（试行）" or a trailing bar; `formal` for the formal endings only, else any ending or an English title's
 * capital): a look at a few characters that spares most lines the full test.
 */
export function mayEndTitle(text: string, s: number, e: number, formal = true): boolean {
  let k = e - 1;
  let c = text.charCodeAt(k);
  while (k > s && (isBar(c) || isSpace(c))) c = text.charCodeAt(--k);
  return (LAST[c] & (formal ? STRONG_LAST : ANY_LAST)) !== 0;
}

/** Labels that make a line part of a list or an address block, never a title. */
const NOT_TITLE_PREFIX = /^(?:附件|附表|抄送|抄报|主送|印发(?:[：:\s]|日期|时间|机关|单位)|联系人|联系电话|地址|邮编|电话|传真|关键词|文号|请|现将|特此|希望|望各)/;
/** A sentence that names its own document ("…认真贯彻执行本通知"): not a title. */
const SELF_REFERENCE = /本(?:通知|方案|办法|意见|规定|细则|计划|要点|条例|决定|报告)$/;
/** A question asked of a document's kind (具体怎么规划, 有哪些方案): a line of a post's text, no title. */
const QUESTION = /怎么|怎样|什么|哪些|为何/;
/** A label before a title: "图解：", "权威发布 | ", "【工作动态】", "[辽宁日报]". */
const LABEL = /^(?:[\u4e00-\u9fff]{1,4}[：:]\s*|\S{1,6}\s*[|｜]\s*|【[^】]{1,8}】\s*|[[［][\u4e00-\u9fff]{1,8}[\]］]\s*)/;

/** Shortest title with a formal ending ("四川省中医药条例"), and with a weak one ("职工代表发言" is a caption). */
const MIN_TITLE = 6;
const MIN_WEAK_TITLE = 8;
/** Weak endings whose titles are short (病历复印须知): they need only MIN_TITLE. */
const SHORT_WEAK = new Set(['须知', '須知']);

/** Whether the first characters of a line hold a colon or a bar, which a label ends with. */
function hasLabelMark(line: string): boolean {
  const c0 = line.charCodeAt(0);
  if (c0 === 0x3010 /* 【 */ || c0 === 0x5b /* [ */ || c0 === 0xff3b /* ［ */) return true;
  const n = Math.min(line.length, 10);
  for (let i = 1; i < n; i++) {
    const c = line[i];
    if (c === '：' || c === ':' || c === '|' || c === '｜') return true;
  }
  return false;
}

/** How strongly a line reads as a title: 0 not, 1 at the top of a document, 2 anywhere. */
export type TitleStrength = 0 | 1 | 2;

/** What a title line holds once its label and site debris are set aside. */
export interface TitleText {
  strength: TitleStrength;
  /** Offset of the title inside the line (after a label). */
  from: number;
  /** End of the title inside the line (before a trailing " |"). */
  to: number;
}

const NONE: TitleText = { strength: 0, from: 0, to: 0 };

/** Index after the last character of line[from, to) once bracketed groups at its end are set aside ("条例(2009修订)" → "条例"). */
function endBeforeBrackets(line: string, from: number, to: number): number {
  let end = to;
  for (let guard = 0; guard < 3; guard++) {
    while (end > from && isSpace(line.charCodeAt(end - 1))) end--;
    const last = line[end - 1];
    const open = last === '）' ? '（' : last === ')' ? '(' : last === '】' ? '【' : last === ']' ? '[' : '';
    if (!open) break;
    const at = line.lastIndexOf(open, end - 2);
    if (at <= from) break;
    end = at;
  }
  while (end > from && isSpace(line.charCodeAt(end - 1))) end--;
  return end;
}

/** The last two characters of line[from, end) that are not white space ("政 府 工 作 报 告" → "报告"). */
function lastTwo(line: string, from: number, end: number): string {
  let k = end - 1;
  while (k > from && isSpace(line.charCodeAt(k - 1))) k--;
  return k > from ? line[k - 1] + line[end - 1] : '';
}

/** An English title in capitals: "REPORT ON THE WORK OF THE GOVERNMENT". */
function capitalsTitle(s: string, from: number, to: number): boolean {
  let words = 1;
  let letters = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) letters++;
    else if (c === 32) words++;
    else if (isHan(c)) return false;
  }
  return letters >= 8 && words >= 3;
}

/**
 * How a trimmed line reads as a title. `line` is at most a hundred or so characters (callers check), so
 * the patterns here cost a bounded time.
 */
export function titleText(line: string): TitleText {
  if (line.length < 4 || NOT_TITLE_PREFIX.test(line) || isMetaLine(line)) return NONE;
  let from = 0;
  let to = line.length;
  // A bar left at the end by the page ("…的通知 |").
  while (to > 0 && (line[to - 1] === '|' || line[to - 1] === '｜' || isSpace(line.charCodeAt(to - 1)))) to--;
  const label = hasLabelMark(line) ? LABEL.exec(line) : null;
  if (label) from = label[0].length;
  // "(内蒙古)2022年…人民政府工作报告(全文)": a document site's province before the title.
  else if (line[0] === '(' || line[0] === '（') {
    const region = REGION_PREFIX.exec(line);
    if (region) from = region[0].length;
  }
  if (from >= to || ('《（(【[—-“"'.includes(line[from]) && !quotedPeriodFirst(line, from))) return NONE;
  let visible = 0;
  for (let i = from; i < to; i++) {
    const c = line.charCodeAt(i);
    if (is(line, i, CLAUSE_PUNCT)) return NONE;
    // "…的通知_某市人民政府", "… - 中国政府网": a page title carrying the site's name.
    if (c === 0x5f || isBar(c)) return NONE;
    if ((c === 0x2d || c === 0xff0d || c === 0x2013 || c === 0x2014) && isSpace(line.charCodeAt(i - 1)) && isSpace(line.charCodeAt(i + 1))) return NONE;
    if (!isSpace(c)) visible++;
  }
  if (visible < MIN_TITLE || visible > 80) return NONE;
  // After a label ("评价方式：部门绩效自评") only a formal title stays one: the rest is a form's field.
  if (capitalsTitle(line, from, to)) return from ? NONE : { strength: 1, from, to };
  const end = endBeforeBrackets(line, from, to);
  if (end - from < 4 || line[end - 1] === '》') return NONE;
  if (SELF_REFERENCE.test(line.slice(from, end)) || QUESTION.test(line.slice(from, end))) return NONE;
  const end2 = lastTwo(line, from, end);
  // A list of kinds (财政预算、决算: a site's category) is no title's subject.
  if (line[end - 3] === '、') return NONE;
  if (STRONG_ENDINGS.has(end2) || (line[end - 1] === '函' && line[end - 2] === '的')) return { strength: 2, from, to };
  // A column's label in 【】 ("【工作动态】") is no field: a news title after it stays one.
  if (WEAK_ENDINGS.has(end2) && (visible >= MIN_WEAK_TITLE || SHORT_WEAK.has(end2)) && (!label || line.charCodeAt(0) === 0x3010)) return { strength: 1, from, to };
  return NONE;
}

/** A plan's five-year period in quotes before its subject (“十三五”全国人口健康信息化发展规划, “十四五”卫生健康人才发展规划). */
const QUOTED_PERIOD = /^[“"]十[一二三四五六七八九]五[”"](?=[\u4e00-\u9fff])/;

/** Whether the title at `from` opens with a plan's period in quotes (QUOTED_PERIOD), which a title may (no quoted slogan). */
function quotedPeriodFirst(line: string, from: number): boolean {
  return QUOTED_PERIOD.test(line.slice(from, from + 6));
}

/** A province or region in brackets before a title, as document sites print them ((内蒙古), （河南省）). */
const REGION_PREFIX = /^[(（](?:[\u4e00-\u9fff]{2,3}|[\u4e00-\u9fff]{2,7}[省市区])[)）](?=[0-9\u4e00-\u9fff])/;

/** Words a paragraph opens with, never a title ("为进一步…", "根据…", "近日，…"). */
const SENTENCE_OPENERS = /^(?:为|根据|按照|依据|近日|日前|近年|据|经|现将|今年|去年|在|截至|随着|自|从|当前|目前|对)/;
/** What may follow a title run into the text after it: a year, a space, or a paragraph's first word. */
const AFTER_TITLE = /[0-9０-９\s各为根按今近我全本在]/;

/**
 * The end of a title that opens a line of running text ("某区卫生健康局2023年工作总结和2024年工作计划 2023年，
 * 我局…"): the last formal ending, within the first clause, that is followed by a year, a space or a
 * paragraph's first word; 0 when the line does not open so.
 */
export function titlePrefix(text: string, s: number, e: number): number {
  const limit = Math.min(e, s + 80);
  if (SENTENCE_OPENERS.test(text.slice(s, s + 4))) return 0;
  let end = 0;
  for (let k = s + 6; k < limit; k++) {
    if (is(text, k, CLAUSE_PUNCT) || text[k] === '《' || text[k] === '“') break;
    if (STRONG_ENDINGS.has(text.slice(k - 2, k)) && AFTER_TITLE.test(text[k])) end = k;
  }
  return end;
}

/** Length of a label that opens a line ("【工作动态】", "权威发布 | ", "图解："), or 0. */
export function labelLength(line: string): number {
  const label = hasLabelMark(line) ? LABEL.exec(line) : null;
  return label ? label[0].length : 0;
}

/** Whether a short line reads as a sentence of the text: a request ("请各单位…") or one naming its own document. */
export function readsAsSentence(line: string): boolean {
  return NOT_TITLE_PREFIX.test(line) || SELF_REFERENCE.test(line);
}

/** Whether a line opens as a paragraph does ("近日，…", "为进一步…", "根据…"). */
export function opensParagraph(line: string): boolean {
  return SENTENCE_OPENERS.test(line);
}

/** Whether a line is the first half of a two-line title whose second half is `next` ("…关于推动公立医院" + "高质量发展的实施意见"). */
export function joinsTitle(first: string, next: string): boolean {
  // A title's second half does not open as a title does (关于…, or an issuer and 关于): "试用企业版" over
  // "关于…的通知" is a site's menu, "新闻公告" over "国家卫生健康委办公厅关于…的函" a column's label.
  // (An issuer over its subject still reads on: 海南省卫生健康委员会 over 转发…关于…的通知.)
  if (first.length + next.length > 90 || (ISSUER_THEN_ABOUT.test(next) && !isOrgLine(first))) return false;
  for (let i = 0; i < first.length; i++) if (is(first, i, CLAUSE_PUNCT)) return false;
  if ('《（(【[—-'.includes(first[0])) return false;
  // A site's column over its news (工作动态, 院务公开, 新闻中心 over a headline) is no first half of it.
  if (isColumnLabel(first)) return false;
  return titleText(first).strength < 2 && titleText(first + next).strength === 2;
}

/** A site's column label alone on its line: a few characters ending as columns are named (工作动态, 院务公开, 卫健要闻). */
const COLUMN_LABEL = /^[\u4e00-\u9fff]{0,4}(?:动态|公开|要闻|新闻|资讯|公告|专栏|频道|快讯|聚焦|视点)$/;

/** Whether a line is a site's column label alone (COLUMN_LABEL). */
export function isColumnLabel(line: string): boolean {
  return COLUMN_LABEL.test(line);
}

/** 关于, or an issuer's name (its last character) and 关于, at a line's start: the line opens a title ("国家卫生健康委办公厅关于…"). */
const ISSUER_THEN_ABOUT = /^(?:关于|[\u4e00-\u9fff]{2,20}[厅委局部院府办室会司处]关于)/;

/** A bracketed line that completes a title: "（试行）", "（2016—2030年）", "(2024年修订)", "（征求意见稿）". */
export function isTitleSuffix(line: string): boolean {
  if (line.length > 16) return false;
  const c0 = line[0];
  const cz = line[line.length - 1];
  if (!((c0 === '（' || c0 === '(') && (cz === '）' || cz === ')'))) return false;
  return /试行|修订|修正|草案|意见稿|暂行|\d{4}\s*[-—–－至~]\s*\d{4}|\d{4}\s*年/.test(line);
}

/** A line written twice over ("2024年政府工作报告2024年政府工作报告"): the length of one copy, or 0. */
export function doubledLength(line: string): number {
  const n = line.length;
  if (n < 8) return 0;
  const half = n >> 1;
  for (const k of [half, half + 1]) {
    const a = line.slice(0, k).trimEnd();
    const b = line.slice(k).trimStart();
    if (a.length >= 4 && a === b) return a.length;
  }
  return 0;
}

/** Whether a line starts with a year ("2022年工作总结…") or with 关于: the subject of a title whose issuer is on the line above. */
export function startsSubject(line: string): boolean {
  return /^(?:\d{4}\s*年|关于|[〇零一二三四五六七八九]{4}年)/.test(line);
}

/** Whether the character at `i` is a Latin letter (an English line). */
export function latinAt(text: string, i: number): boolean {
  return isLatinLetter(text.charCodeAt(i));
}
