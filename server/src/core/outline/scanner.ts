/**
 * The outline scanner: cuts the text into lines, classifies them, proposes headings, and has sequence.ts and
 * tree.ts decide and nest them. Each phase runs in slices (see `run`), so the server can pause a big report's
 * outline; every test looks at a bounded number of characters of a line, so the whole scan is linear.
 *
 * Phases:
 * 1. lines (lines.ts);
 * 2. the top of the document (`scanTop`): skip site debris (debris.ts) and find the title lines (titles.ts);
 * 3. units: blocks of lines become headline candidates, bylines, marked headings, titles or body text
 *    (headlines.ts for the newspaper layout; markers.ts for marked lines); the footer ends the scan;
 * 4. headings from units (`resolveUnits`): the first title of a page without one, headlines followed by body;
 * 5. lists (sequence.ts `markLists`) and then, line by line, numbering, headings run into lines and nesting.
 */
import type { HeadingStyle, MarkerFamily, OutlineNode } from '../types';
import { isYearAt } from '../numerals';
import { StepSizer, type Steps } from '../steps';
import { CHINESE_NUMERALS, CLAUSE_PUNCT, CLOSERS, HEAD_END, HEADLINE_CLAUSES, MARKER_START, SENTENCE_END, is, isBar, isCloseParen, isDigit, isHan, isOpenParen, isSpace, skipSpaces } from './chars';
import { datelineAfter, DOCUMENT_EXTENSION, endsInColumns, endsWithFileExtension, holdsMetaField, isBulletedLabel, isDateLine, isDebrisLine, isSiteText, isFooterLine, isMetaLine, isMetaRow, isNoticeNumberLine, isNumberLine, isOrgLine, isSourceDateline, isSourceFirstLine, mayBeMetaAt, MAX_DEBRIS_LINE, META_ROW_CHARS, SITE_LABEL_TAIL } from './debris';
import {
  MAX_HEADLINE,
  MAX_HEADLINE_LINE,
  MAX_TITLE_LINE,
  MIN_HEADLINE,
  balanced,
  brokenAfter,
  brokenBefore,
  headlike,
  afterColumnLabel,
  isByline,
  isNewsLead,
  photoCredit,
  visibleLength,
} from './headlines';
import { doubled, LineTable } from './lines';
import { articleAlone, badgeAlone, continuesReference, decimalAlone, headOf, isContentsEntry, markerAt, monthDayAt, startsInlineMarker, endsClause, type Head, type Marker } from './markers';
import { familySlot, isListLabel, markLists, Numbering, type NumberedLine } from './sequence';
import { doubledLength, isColumnLabel, isTitleSuffix, joinsTitle, labelLength, latinAt, mayEndTitle, opensParagraph, readsAsSentence, startsSubject, titlePrefix, titleText } from './titles';
import { OutlineTree, formalLevelOf, rankOf } from './tree';

/** Lines to scan between two yields: at most this many, at first 256, in between as the pace allows (StepSizer). */
const LINES_PER_STEP = 4096;
const FIRST_LINES_PER_STEP = 256;
/** A headline block may have photo-credit lines above it, in all this many lines. */
const MAX_HEADLINE_BLOCK = 4;
/** Longest bold run-in head. */
const MAX_BOLD = 60;
/** A news lead that opens with its date or with 近日, 日前 and a comma soon after (6月12日,国家卫生人才中心…). */
const DATED_LEAD = /^(?:(?:\d{4}年)?\d{1,2}月\d{1,2}日|近日|日前|近期)[^，,。]{0,24}[，,]/;

/** Longest label before a colon that a list's first item follows on its line (整改成效：(1)…), in code units. */
const MAX_ITEM_LABEL = 12;
/** A profile's subtitle: a dash, then 记 or 访 (——记县人民医院外科主任张伟, —访…). */
const SUBTITLE = /^(?:——|—|－－|--)\s*(?:记|访)/;
/** Longest line under a page's title taken for its author's name or its source (see `pastCredit`). */
const MAX_CREDIT_LINE = 8;
/** Blanks, left out when two titles are compared. */
const BLANKS = /[\s\u3000]+/g;
/** A line that is a quotation of speech (“…”), a question of a Q&A (问：), or a list of keywords (计生,医疗卫生,公共卫生). */
const QUOTATION_LINE = /^\s*[“"][^“”"]*[”"]\s*$/;
const QUESTION_LINE = /^\s*问\s*[:：]/;
const KEYWORDS_LINE = /^\s*[\u4e00-\u9fff]{1,4}(?:\s*[,，、]\s*[\u4e00-\u9fff]{1,4}){2,}\s*$/;
/** The shortest paragraph under a news headline that its length tells from a broken line (headlineFirst). */
const MIN_PARAGRAPH_AFTER = 40;
/** A subtitle under a title, opening with a dash (——隆林各族自治县疾控中心…开展传染病督导工作). */
const DASH_SUBTITLE = /^(?:——|－－|--)\s*[\u4e00-\u9fff“]/;
/** Longest cell of a flattened table that `cellsBelow` reads (isNumberLine reads at most 16 characters). */
const MAX_CELL = 16;
/** A document's status field (时效:, 有效性:, 时效性:), whose value is a word of a few characters. */
const STATUS_LABEL = /^(?:[•·-]\s*)?(?:时[\s\u3000]*效|时效性|有效性|文件有效性|效力状态)/;
/** The longest value of a status field (现行有效, 已经失效), in code units. */
const MAX_STATUS_VALUE = 6;
/**
 * A page's widgets (字号：大 中 小 分享到：, 字 体:), whose labels end a line over the title, and a document site's
 * preview label (内容预览:) over the document, and a date bar whose date a script fills in (今天是:): no field's value follows.
 */
const WIDGET_LABEL = /字\s*号|字\s*体|分\s*享|打\s*印|内容预览|今天是/;
/** A breadcrumb: two steps at least, each after an arrow (首页 > 新闻中心 > 正文, 中医药资源库 > 全国动态> …). */
const BREADCRUMB = /[>＞»›][^>＞»›]+[>＞»›]/;
/** A journal's volume, issue or DOI, as its citation line over a paper prints them. */
const JOURNAL_CITATION = /Vol\.\s*\d|Issue\s*[(（]?\d|DOI\s*[:：]/;
/** A postal code after a blank or comma, ending its field: an address (200032;, 100730, China, 400700 2.…). */
const POSTCODE = /(?:^|[\s,，])[0-8]\d{5}(?=$|\s*[,，;；]|\s+\d|\s*China)/;
/**
 * A paper's authors, their names parted by commas or 、, each name perhaps with the number of its affiliation or a star
 * (张朝阳1, 潘伟1, 朱坤2; 王瑞欣 , 唐雪 , 张馨予).
 */
const PAPER_AUTHORS = /^[\u4e00-\u9fff]{2,4}\d{0,2}[*＊]?(?:\s*[,，、;；]\s*[\u4e00-\u9fff]{2,4}\d{0,2}[*＊]?)+[\s,，]*$/;
/** Longest line of a paper's authors. */
const MAX_PAPER_AUTHORS = 80;
/** Shortest title over a page's metadata or dateline (pageTitle). */
const MIN_META_TITLE = 7;
/** Shortest title over a paper's authors. */
const MIN_PAPER_TITLE = 6;
/** Longest line read as an affiliation (several may run together on one line). */
const MAX_AFFILIATION = 400;
/** Longest name on the line below a 第X章 alone on its line. */
const MAX_NAME_BELOW = 30;
/** How many non-blank lines the top of a document may have before its body starts (headers, metadata, titles). */
const TOP_LINES = 60;
/** The label of an attachment on a line of its own: "附件", "附件2", "附件 三：". */
const ATTACHMENT_LABEL = /^附件\s*[0-9０-９一二三四五六七八九十]*\s*[：:]?$/;
/** Shortest headline over a news lead (本报讯…): shorter lines are labels. */
const MIN_LEAD_HEADLINE = 5;
/** A page's field label before its title (标题: …, 标  题：…). */
const TITLE_FIELD = /标\s*题\s*[：:]\s*/y;
/** Shortest first line of a title over two lines: a shorter one over a long title is a column's label (资讯). */
const MIN_TITLE_HALF = 4;
/** Fewest characters of body text before a footer's line that ends the document (a line's greeting or slogan is less). */
const MIN_BODY_BEFORE_FOOTER = 80;
/** Most lines between two padded badges of a post's sections (01 … 02) for the second to follow the first. */
const MAX_BADGE_GAP = 60;
/** A line this long may hold a whole section or report run together: it is looked into for its first heading. */
const FLAT_LINE = 200;
/** Characters of a long head's text kept in its name (an article, a numbered paragraph). */
const NAME_TEXT = 16;

/** Kinds of line (cached per line). */
const enum Kind {
  Unknown,
  Blank,
  Marked,
  Debris,
  Footer,
  TitleStrong,
  TitleWeak,
  Body,
  Short,
}

/**
 * A comma followed by a word that carries a sentence on (“…受惠，其中完成…”, “…工作，现将…”): the line is a
 * paragraph's, not a headline's two halves.
 */
const CLAUSE_GOES_ON = /[，,]\s*(?:其中|同时|并且?|现将|以及|从而|进而|特别是|尤其是?|但|而且?|为了?|按照|根据)/;

/** A heading proposed, before sequences and nesting decide. */
interface Found {
  style: HeadingStyle | 'headline-group';
  rank: number;
  name: string;
  start: number;
  end: number;
  line: number;
  endLine: number;
  /** For numbered headings at the start of a line. */
  numbered?: NumberedLine;
  /** A marked heading whose whole line is the head (a run-in head is followed by body). */
  standalone: boolean;
}

/** A heading proposed (every one made here, so that they all share one shape). */
function found(
  style: Found['style'],
  rank: number,
  name: string,
  start: number,
  end: number,
  line: number,
  endLine: number,
  numbered: NumberedLine | undefined = undefined,
  standalone = false,
): Found {
  return { style, rank, name, start, end, line, endLine, numbered, standalone };
}

/** A standalone block of one or two short lines that may be a headline. */
interface Candidate {
  name: string;
  start: number;
  end: number;
  line: number;
  endLine: number;
  /** Ends in ：, so it leads into the next block. */
  colon: boolean;
  /** A lone organisation name. */
  org: boolean;
}

/**
 * Kinds of unit. A unit is a kind and a number (`unitRefs`): the index of a candidate (`candidateAt`), the line
 * of a marked heading or of a paragraph's first line, the index of a title in `titleUnits`.
 */
const enum Unit {
  None,
  Candidate,
  Heading,
  Title,
  Byline,
  Body,
}

/**
 * How many units the tables are first made for: as many as a text of this length usually has (a 10 MB
 * report: 3.7 million code units, some 47,000 units), and for a short text few enough that the tables are
 * typed arrays of at most 64 bytes, which live in the engine's heap; larger ones get memory of their own,
 * which takes longer. Made at 1,024 entries whatever the text, they were half the time of the outline of a
 * record of a few KB (`annotate --format jsonl`). They grow by doubling when a text has more.
 */
function firstUnits(length: number): number {
  // A multiple of 16: the candidates' table, four numbers each, is made at this length and grows when full.
  return Math.max(16, (length >> 6) & ~15);
}
/** The line tables until the lines are cut (run): nothing is written to them. */
const NO_LINES = new Uint8Array(0);

export class OutlineScanner {
  private readonly lines: LineTable;
  private kinds = NO_LINES;
  /** Whether each whole line is a byline: 0 not looked at, 1 no, 2 yes (blocks ask more than once). */
  private bylines = NO_LINES;
  /**
   * Whether each line starts a marked heading, once looked at: 0 not yet, 1 no, 2 yes, 3 yes and the head is
   * its whole line. The heading itself is parsed again when resolveLines places it (`numberedLine`): kept
   * from the cut to the tree, the 10,000 marked headings of a 10 MB report (four objects each) were most of
   * what the young-generation collections copied.
   */
  private markedAt = NO_LINES;
  /**
   * The units, in typed arrays: a 10 MB report has some 47,000 of them, and as objects they lived through
   * the whole scan, so that every young-generation collection copied them.
   */
  private unitKinds: Uint8Array;
  private unitRefs: Int32Array;
  private unitCount = 0;
  /**
   * The candidates, four numbers each (where the name starts, first line, last line, 1 colon + 2 org): as
   * objects they too lived until the units were resolved. `candidateAt` makes one again, with its name.
   */
  private candidates: Int32Array;
  private candidateCount = 0;
  private readonly titleUnits: Found[] = [];
  /** Headings proposed, in document order: the line of a marked heading, or -1 - k for `found[k]`. */
  private readonly proposed: number[] = [];
  /** The headings proposed that are not marked headings: titles and headlines. */
  private readonly found: Found[] = [];
  /** Lines whose numbered heading `markLists` made an item of a list (only made when there are list cues). */
  private listed: Uint8Array | undefined = undefined;
  private tree: OutlineTree;
  private readonly numbering = new Numbering();
  /**
   * The block cutUnits is in the middle of, if a step ended inside one (blockEnd -1: none): its next line, its
   * last line, and whether body text runs on. Fields rather than an object a block: a 10 MB report has some
   * 45,000 blocks.
   */
  private blockLine = 0;
  private blockEnd = -1;
  private blockInBody = false;

  constructor(private readonly text: string) {
    this.lines = new LineTable(text);
    const units = firstUnits(text.length);
    this.unitKinds = new Uint8Array(units);
    this.unitRefs = new Int32Array(units);
    // Four numbers a candidate: room for a quarter as many candidates (headline blocks) as units at first.
    this.candidates = new Int32Array(units);
    this.tree = new OutlineTree(this.lines);
  }

  *run(): Steps<OutlineNode[]> {
    // The scanning itself is in plain methods, which the engine optimises better than generators.
    while (this.lines.cut(LINES_PER_STEP * 4)) yield;
    this.kinds = new Uint8Array(this.lines.n);
    this.bylines = new Uint8Array(this.lines.n);
    this.markedAt = new Uint8Array(this.lines.n);
    this.scanTop();
    // In a new process the code runs many times slower until it is compiled: steps are sized by their pace.
    const sizer = new StepSizer(FIRST_LINES_PER_STEP, LINES_PER_STEP);
    const step = (work: (lines: number) => boolean): boolean => {
      sizer.start();
      const lines = sizer.next;
      const more = work(lines);
      sizer.end(lines);
      return more;
    };
    for (let i = this.unitFrom; i < this.lines.n && !this.ended; ) {
      step((lines) => (i = this.cutUnits(i, lines)) < this.lines.n);
      yield;
    }
    while (step((lines) => this.resolveUnits(lines))) yield;
    // Lists are runs with an item ending in ；or after 附件: with neither in the text, there is none to mark.
    if (this.listCues > 0) this.markLists();
    while (step((lines) => this.resolveLines(lines))) yield;
    return this.tree.roots;
  }

  // ------------------------------------------------------------ line kinds

  private kind(i: number): Kind {
    let k = this.kinds[i] as Kind;
    if (k === Kind.Unknown) this.kinds[i] = k = this.classify(i);
    return k;
  }

  private classify(i: number): Kind {
    const L = this.lines;
    if (L.blank(i)) return Kind.Blank;
    if (this.marked(i)) return Kind.Marked;
    const len = L.len(i);
    if (len > MAX_DEBRIS_LINE) {
      // A long line is text, but for a row of metadata fields ("[ 索引号 ]… [ 发文字号 ]…").
      const metaRow = mayBeMetaAt(L.text, L.ts[i]) && isMetaRow(L.text.slice(L.ts[i], L.ts[i] + META_ROW_CHARS));
      return metaRow ? Kind.Debris : Kind.Body;
    }
    const text = this.text;
    // Most lines are paragraphs that end their sentence: text, with no need to look further.
    let z = L.te[i] - 1;
    while (z > L.ts[i] && is(text, z, CLOSERS)) z--;
    if (len > 24 && is(text, z, HEAD_END)) return Kind.Body;
    // One look at the line's punctuation: a sentence is text, and only lines without one can be debris or titles.
    let clause = false;
    let stop = false;
    for (let p = L.ts[i], e = L.te[i]; p < e; p++) {
      if (is(text, p, CLAUSE_PUNCT)) {
        clause = true;
        if (text.charCodeAt(p) === 0x3002 /* 。 */) stop = true;
      }
    }
    // 标题: 十堰孕产妇和新生儿死亡评审会在我县召开: a page's field label before its title; for the outline the line starts
    // after it.
    if (!stop && text.charCodeAt(L.ts[i]) === 0x6807 /* 标 */) {
      TITLE_FIELD.lastIndex = L.ts[i];
      if (TITLE_FIELD.test(text) && TITLE_FIELD.lastIndex < L.te[i]) {
        L.ts[i] = TITLE_FIELD.lastIndex;
        return this.classify(i);
      }
    }
    const line = L.content(i);
    // A headline with its dateline after it on the line (…推进会 2022-03-10 17:59:45  来源:…): for the outline, the line
    // ends before the dateline, which no heading holds.
    if (!stop) {
      const cut = datelineAfter(line);
      // (A site's name and channel before the date is the page's dateline, no headline: 人民网-教育频道 原创稿 2021-10-27
      // 15:21:45, 城市镜像.新闻汇总 2021-07-13.)
      if (cut >= 0 && !isMetaLine(line) && isDebrisLine(line.slice(0, cut).replace(SITE_LABEL_TAIL, ''))) return Kind.Debris;
      if (cut >= MIN_HEADLINE && isHan(text.charCodeAt(L.ts[i]))) {
        let e = L.ts[i] + cut;
        while (e > L.ts[i] && isSpace(text.charCodeAt(e - 1))) e--;
        L.te[i] = e;
        return this.classify(i);
      }
    }
    // A line with clauses is text; of the debris, only a footer's lines run so long with commas in them.
    if ((stop || clause) && len > 24) return isFooterLine(line) ? Kind.Footer : Kind.Body;
    if (isFooterLine(line)) return Kind.Footer;
    if (isDebrisLine(line) || LATIN_LABEL.test(line) || this.signature(i, line) || this.fieldValue(i)) return Kind.Debris;
    if (clause) return stop || len > 24 ? Kind.Body : Kind.Short;
    const t = mayEndTitle(text, L.ts[i], L.te[i], false) ? titleText(line).strength : 0;
    if (t === 2) return Kind.TitleStrong;
    if (t === 1) return Kind.TitleWeak;
    return len > 80 ? Kind.Body : Kind.Short;
  }

  /**
   * The kind of a line inside the text, where a short line that is neither a title nor the footer's is text
   * whatever else it is: the full look (`kind`) only for lines that may end as a title does, or that the
   * cache already knows.
   */
  private lightKind(i: number): Kind {
    const known = this.kinds[i] as Kind;
    if (known !== Kind.Unknown) return known;
    const L = this.lines;
    if (L.blank(i) || this.marked(i) || L.len(i) > MAX_DEBRIS_LINE || mayEndTitle(this.text, L.ts[i], L.te[i])) return this.kind(i);
    let z = L.te[i] - 1;
    while (z > L.ts[i] && is(this.text, z, CLOSERS)) z--;
    if (L.len(i) > 24 && is(this.text, z, HEAD_END)) return (this.kinds[i] = Kind.Body);
    return isFooterLine(L.content(i)) ? Kind.Footer : Kind.Short;
  }

  /**
   * Whether every line of [b0, b1] is a news page's dateline (2023-07-18, 2024/05/23 10:18 保定发布). A date written
   * 2023年5月10日 alone is rather a notice's, under its signature, where nothing after it is a headline's text.
   */
  private datelines(b0: number, b1: number): boolean {
    for (let l = b0; l <= b1; l++) {
      const line = this.lines.content(l);
      if (line.length > MAX_DEBRIS_LINE || !isSourceDateline(line) || (isDateLine(line) && line.includes('年'))) return false;
    }
    return true;
  }

  /** Whether line i, as a whole, is a byline (see headlines.ts `isByline`). */
  private bylineLine(i: number): boolean {
    let b = this.bylines[i];
    if (b === 0) this.bylines[i] = b = isByline(this.text, this.lines.ts[i], this.lines.te[i]) ? 2 : 1;
    return b === 2;
  }

  /**
   * A line under a metadata label that has no value on its line ("• 名  称:" over "• 省卫生健康委关于…的答复",
   * "发 布 机 构 :" over "天津市宁河区人民政府"): the field's value, printed on the next line by the page's table.
   */
  private fieldValue(i: number): boolean {
    const L = this.lines;
    const p = L.prevNonBlank(i);
    if (p < 0 || L.len(p) > 16) return false;
    const last = this.text.charCodeAt(L.te[p] - 1);
    const colon = last === 0xff1a || last === 58;
    // (Or the label stands in brackets, as a list of fields prints it: "- [ 索引号 ]" over "- 11500112009315877L/2025-00122";
    // a bracketed label with no value over a line of text ("【法规类别】" over the law's title) is left empty.)
    const bracket = last === 0x5d /* ] */ || last === 0x3011 /* 】 */ || last === 0xff3d; /* ］ */
    // (Or the label stands alone after its bullet, and the value is the next item: "- 发文机构" over "- 隆阳区卫生健康局".)
    if (!colon && !bracket && p === i - 1 && isListBullet(this.text.charCodeAt(L.ts[i])) && isBulletedLabel(L.content(p))) return true;
    if (!(colon || bracket) || !isMetaLine(L.content(p))) return false;
    // (A row of fields whose last is empty, 生效日期: 废止日期:, holds its values on its line: the title a blank line
    // below is none of them.)
    if (p < i - 1 && fieldCount(L.content(p)) > 1) return false;
    // (A status field's value is a word of a few characters, 有效, 现行有效: the title under "时  效:" is no value of it.)
    if (STATUS_LABEL.test(L.content(p)) && L.len(i) > MAX_STATUS_VALUE) return false;
    // A bullet marks the table's value; without one, not under a widget's label (字号: over the title).
    const c = this.text.charCodeAt(L.ts[i]);
    const bullet = isListBullet(c);
    // (In a bulleted list of fields, "• 文号:" over a blank line and a line without a bullet: the list has ended.)
    if (!bullet && p < i - 1 && isListBullet(this.text.charCodeAt(L.ts[p]))) return false;
    return bullet || (colon && !WIDGET_LABEL.test(L.content(p)));
  }

  /** An organisation's name over a date: the signature of a notice. */
  private signature(i: number, line: string): boolean {
    if (!isOrgLine(line)) return false;
    const j = this.lines.nextNonBlank(i);
    return j >= 0 && this.lines.len(j) <= 30 && isDateLine(this.lines.content(j));
  }

  private isTitle(k: Kind): boolean {
    return k === Kind.TitleStrong || k === Kind.TitleWeak;
  }

  // ------------------------------------------------------------ the top: debris and titles

  /** Where units start (after the top, when it held titles). */
  private unitFrom = 0;
  /** Whether the first block is still to come (it may hold the title of a page without a title line). */
  private first = true;
  /** Titles found so far, by name: a title repeated after the body started is a running header. */
  private readonly titleNames = new Set<string>();
  /** The last numbered line read as the site's text (isSiteText), whose next items are the site's too. */
  private siteItem: { family: string; number: number; line: number } | undefined;

  /** The titles at the top of the document, after its header and metadata (see titles.ts). */
  private scanTop(): void {
    const L = this.lines;
    const titles: Found[] = [];
    let prevShort = -1;
    /** Where the run of short lines that ends at prevShort started. */
    let runStart = -1;
    /** Whether a breadcrumb printed as a numbered list was read. */
    let crumb = false;
    let seen = 0;
    /** Whether a line of text or a title was seen (not only the page's debris and short lines such as its menus). */
    let content = false;
    /** Whether a journal's citation line was seen (中国卫生政策研究 2024, Vol. 17 Issue (5)…): the page is a paper's. */
    let journal = false;
    /** Whether a page's summary was passed over (summaryRepeatedBelow). */
    let summary = false;
    let i = 0;
    for (; i < L.n && seen < TOP_LINES; i++) {
      if (L.blank(i)) continue;
      seen++;
      this.trimCellBar(i);
      this.trimDocumentExtension(i);
      const k = this.kind(i);
      // A line of text with a comma, an exclamation or a question before any title: a site's greeting or breadcrumb
      // (您好,欢迎访问…官方网站!, 微比恩 > 信息聚合 > …,…) is the page's debris, which lines without a clause are found
      // to be by their kind; a news headline may be one too.
      const topClause = (k === Kind.Body || k === Kind.Short) && !titles.length && this.holdsClause(i);
      // (So is a journal's citation line over a paper, longer than a headline: 中国卫生政策研究  2024, Vol. 17 Issue (5): 57-63
      // DOI: …; and a breadcrumb of two steps or more, which ends in the title cut short: 中医药资源库 > 全国动态> 专家共谋….)
      const long = k === Kind.Body && !titles.length && L.len(i) <= MAX_DEBRIS_LINE;
      const citation = long && JOURNAL_CITATION.test(L.content(i));
      if (citation) journal = true;
      if ((topClause || citation || (long && BREADCRUMB.test(L.content(i)))) && isDebrisLine(L.content(i))) {
        prevShort = -1;
        continue;
      }
      // On a journal's page (its citation line above), a paper's authors (彭湃,王冰倩,罗伟潇,肖娟*): no title, but under the
      // paper's title, which they make one where no affiliation with its postal code follows (paperTitle).
      if (journal && !titles.length && L.len(i) <= MAX_PAPER_AUTHORS && PAPER_AUTHORS.test(L.content(i))) {
        if (prevShort >= 0 && this.headlineLine(prevShort)) {
          const t = this.titleAt(prevShort, -1);
          titles.push(t);
          i = Math.max(i, t.endLine);
        }
        prevShort = -1;
        continue;
      }
      // A news headline with commas at the top (a page's title over its metadata, or the first line alone).
      if (topClause && (this.pageTitle(i) || (!content && this.headlineFirst(i)))) {
        const t = this.titleAt(i, -1);
        titles.push(t);
        i = t.endLine;
        prevShort = -1;
        continue;
      }
      // A paper's headline of two or three lines over its dateline, the kicker with a comma (落实农村公共卫生妇幼项目,3年… /
      // 桓台:“两癌”发病率大幅下降 / “两癌”筛查工作走在全国前列 / 2018年01月18日 来源:齐鲁晚报): one title.
      const stack = topClause ? this.headlineStackOverMeta(i) : -1;
      if (stack > i) {
        const parts: string[] = [];
        for (let l = i; l <= stack; l++) parts.push(L.content(l));
        titles.push(found('title', 0, parts.join(' '), L.ts[i], L.te[stack], i, stack));
        i = stack;
        prevShort = -1;
        continue;
      }
      // A numbered line of the site's (3. <dl id="h4sia"></dl>, 1. 本站所有资源…) is its debris, no heading that ends the top.
      // (So is a breadcrumb printed as a numbered list: 1. 当前位置: / 2. 首页 / 3. 新闻信息 …)
      if (k === Kind.Marked && !titles.length && (isSiteText(L.content(i)) || this.crumbItem(i, crumb))) {
        crumb = true;
        prevShort = -1;
        continue;
      }
      // A page's summary over its headline, which the article's first paragraph repeats below it: the page's
      // description, no text that ends the top (在刚刚结束的…竞赛中,… / 南华医院在…斩获多项佳绩 / 初冬雁城,…在刚刚结束的…).
      if (k === Kind.Body && seen === 1 && this.summaryRepeatedBelow(i)) {
        summary = true;
        continue;
      }
      if (k === Kind.Marked || k === Kind.Body) {
        // A news lead right under a headline line: the headline of the page's first article.
        if (titles.length && prevShort >= 0 && k === Kind.Body && isNewsLead(L, i) && this.headlineLine(prevShort)) i = prevShort;
        // A paper's headline of two or three lines over a news lead, with nothing above it, whose last line is too short to
        // stand alone (我市启动春季爱国卫生月活动 / 城乡整洁行动 / 改善卫生条件 over 晨报讯…): one title, not that line.
        // (Longer lines are the halves of one headline broken by the page, which the units' first run reads.)
        else if (!titles.length && runStart >= 0 && prevShort > runStart && k === Kind.Body && isNewsLead(L, i) && this.shortHeadline(prevShort) && this.headlineRun(runStart, prevShort)) {
          const parts: string[] = [];
          for (let l = runStart; l <= prevShort; l++) parts.push(L.content(l));
          titles.push(found('title', 0, parts.join(' '), L.ts[runStart], L.te[prevShort], runStart, prevShort));
        }
        // A short headline over a news lead, with nothing above it (村民就医不出村 over 本报讯…): the page's title; so is
        // a headline between the page's summary and the article that repeats it.
        else if (!titles.length && prevShort >= 0 && k === Kind.Body && ((isNewsLead(L, i) && this.shortHeadline(prevShort)) || (summary && this.headlineLine(prevShort)))) {
          titles.push(found('title', 0, L.content(prevShort), L.ts[prevShort], L.te[prevShort], prevShort, prevShort));
        }
        // A report run into one line opens with its title ("…2023年工作总结及2024年工作计划2023年，我局…").
        if (!titles.length && prevShort < 0 && k === Kind.Body && L.len(i) >= FLAT_LINE) {
          const end = titlePrefix(this.text, L.ts[i], L.te[i]);
          if (end > 0) titles.push(found('title', 0, this.text.slice(L.ts[i], end), L.ts[i], end, i, i));
        }
        break;
      }
      if (k === Kind.Debris || k === Kind.Footer) {
        prevShort = -1;
        continue;
      }
      if (k !== Kind.Short) content = true;
      const sub = k === Kind.Short ? this.subtitleAfter(i) : -1;
      if (this.isTitle(k) || this.pageTitle(i) || sub >= 0 || this.paperTitle(i)) {
        const t = this.titleAt(i, prevShort);
        titles.push(t);
        i = t.endLine;
        // A profile's title over its subtitle (仁心仁术守护一方百姓健康 / ——记…王建华): each line a title.
        if (sub > i) {
          titles.push(found('title', 0, L.content(sub), L.ts[sub], L.te[sub], sub, sub));
          i = sub;
        }
        prevShort = -1;
        continue;
      }
      if (prevShort < 0) runStart = i;
      prevShort = i;
    }
    if (!titles.length) return;
    for (const t of titles) {
      this.propose(t);
      this.titleNames.add(t.name);
    }
    this.unitFrom = i;
    this.first = false;
  }

  /**
   * The last line of a headline of two or three lines that starts at line i, each line right under the one before and a
   * headline's (commas, an exclamation or a question allowed), the last over the page's metadata (pageTitle); else -1.
   */
  private headlineStackOverMeta(i: number): number {
    const L = this.lines;
    const text = this.text;
    for (let l = i; l <= i + MAX_STACK_LINES - 1 && l < L.n; l++) {
      if (L.blank(l) || this.notHeadline(l) || visibleLength(text, L.ts[l], L.te[l]) < MIN_HEADLINE || headlike(text, L.ts[l], L.te[l], MAX_HEADLINE_LINE, true) !== 1) return -1;
      if (l > i && this.pageTitle(l)) return l;
    }
    return -1;
  }

  /**
   * Whether line i, the page's first, a paragraph, stands over a headline line whose next paragraph repeats line i's opening
   * words after words of its own (SUMMARY_PROBE characters, within its first SUMMARY_REACH): a page's summary printed over its article.
   */
  private summaryRepeatedBelow(i: number): boolean {
    const L = this.lines;
    const h = L.nextNonBlank(i);
    if (h < 0 || !this.headlineLine(h)) return false;
    const b = L.nextNonBlank(h);
    if (b < 0 || L.len(i) < SUMMARY_PROBE || L.len(b) < SUMMARY_PROBE) return false;
    // (Inside it: a paragraph printed twice from its start is the text's own, 本报讯… / headline / 本报讯….)
    const probe = this.text.slice(L.ts[i], L.ts[i] + SUMMARY_PROBE);
    return this.text.slice(L.ts[b], Math.min(L.te[b], L.ts[b] + SUMMARY_REACH)).indexOf(probe) > 0;
  }

  /** A line that reads as a headline on its own: long enough, no sentence punctuation, not a byline. */
  private headlineLine(i: number): boolean {
    const L = this.lines;
    return visibleLength(this.text, L.ts[i], L.te[i]) >= MIN_HEADLINE && headlike(this.text, L.ts[i], L.te[i], MAX_HEADLINE_LINE) === 1;
  }

  /** Whether numbered line i is a breadcrumb's item: its first (1. 当前位置:), or a short one after it (`after`: 3. 新闻信息). */
  private crumbItem(i: number, after: boolean): boolean {
    const e = this.lines.te[i];
    const m = markerAt(this.text, this.lines.ts[i], e);
    if (m === null || m.family !== 'arabic') return false;
    const rest = this.text.slice(m.textStart, e);
    return isSiteText(rest) || (after && rest.length <= MAX_CRUMB_ITEM);
  }

  /**
   * Whether the lines from `first` to `last` are a paper's stacked headline: at most MAX_STACK_LINES of them, with no
   * blank line between (a column's label over a headline stands apart: 关注各地卫生健康工作会议), the first a headline's,
   * the others a headline's or a short one's (城乡整洁行动).
   */
  private headlineRun(first: number, last: number): boolean {
    const L = this.lines;
    if (last - first + 1 > MAX_STACK_LINES) return false;
    for (let l = first; l <= last; l++) {
      if (L.blank(l) || this.notHeadline(l)) return false;
      if (!(this.headlineLine(l) || (l > first && this.shortHeadline(l)))) return false;
    }
    return true;
  }

  /** A headline too short to stand alone (5 to 7 characters), but one over a news lead (村民就医不出村). */
  private shortHeadline(i: number): boolean {
    const L = this.lines;
    const n = visibleLength(this.text, L.ts[i], L.te[i]);
    return n >= MIN_LEAD_HEADLINE && n < MIN_HEADLINE && headlike(this.text, L.ts[i], L.te[i], MAX_HEADLINE_LINE) === 1;
  }

  /**
   * A headline-like line followed by the page's metadata (发布时间：… 来源：…) or its dateline (2025-12-06 11:39
   * 大众网, 辽宁日报  2019-06-21 09:54:11): the page's title, which may be a news headline with a comma, an exclamation
   * or a question (“…发文，…巨变！”) since the metadata says so.
   */
  private pageTitle(i: number): boolean {
    const L = this.lines;
    const j = L.nextNonBlank(i);
    if (j < 0 || L.len(j) > MAX_DEBRIS_LINE) return false;
    const below = L.content(j);
    if (!isMetaLine(below) && !isSourceDateline(below) && !isSourceFirstLine(below) && !isNoticeNumberLine(below)) return false;
    // (Not a line of the page's own: a menu, or metadata run into one line, 佚名 发布时间:2017/5/10 投稿交换.)
    const k = this.kind(i);
    if (k === Kind.Debris || k === Kind.Footer || holdsMetaField(L.content(i))) return false;
    // A column's label before the title ("【工作动态】…") is left out of it.
    const s = L.ts[i] + labelLength(L.content(i));
    // (The metadata says what the line is: a title shorter than a headline on its own may stand there, 我为党旗添光彩;
    // not a body's name alone, the site's, 江川区人民政府.)
    const length = visibleLength(this.text, s, L.te[i]);
    if (length < MIN_HEADLINE && (length < MIN_META_TITLE || isOrgLine(L.content(i)))) return false;
    // (Nor the writer's name under a title: …如何激活电子凭证? / 河南省医疗保障服务中心 / 09-15 10:29.)
    const p = L.prevNonBlank(i);
    if (p >= 0 && p === i - 1 && isOrgLine(L.content(i)) && headlike(this.text, L.ts[p], L.te[p], 80, true) === 1) return false;
    return headlike(this.text, s, L.te[i], 80, true) === 1;
  }

  /**
   * A paper's title over its authors and their affiliation, as journals' pages print them (新农合支付方式改革的案例分析 /
   * 李大奇 范玉改 / 中国中医科学院广安门医院 北京 100053; …启示——基于卫十一项目探索 / 张朝阳1, 潘伟1 / 1. 国家卫生计生委…中心
   * 北京 100044;): the authors' names and the postal code under them say what the line above is.
   */
  private paperTitle(i: number): boolean {
    const L = this.lines;
    if (L.len(i) > MAX_TITLE_LINE || visibleLength(this.text, L.ts[i], L.te[i]) < MIN_PAPER_TITLE || hasStop(this.text, L.ts[i], L.te[i])) return false;
    const a = L.nextNonBlank(i);
    if (a < 0 || L.len(a) > MAX_PAPER_AUTHORS) return false;
    const authors = L.content(a);
    if (!PAPER_AUTHORS.test(authors) && !this.bylineLine(a)) return false;
    const f = L.nextNonBlank(a);
    return f >= 0 && L.len(f) <= MAX_AFFILIATION && POSTCODE.test(L.content(f));
  }

  /**
   * A page printed as a table's cells, each line ending in a bar after a blank (…数据公布,请注意! |, 念好“强、活、稳”三字经 |):
   * at the top, the bar is the cell's border, no part of a title. (A marked line keeps it: 一、本年新收政府信息公开申请数量 |
   * is a table's row, no heading.)
   */
  private trimCellBar(i: number): void {
    const L = this.lines;
    const text = this.text;
    const bar = text.charCodeAt(L.te[i] - 1);
    if (!isBar(bar) || this.kinds[i] !== Kind.Unknown) return;
    // The bar and the empty cells of the row after it, bars run together (上海首次以…传染病疫情信息 | ||||||||), after a blank.
    let e = L.te[i];
    while (e > L.ts[i] && (isBar(text.charCodeAt(e - 1)) || isSpace(text.charCodeAt(e - 1)))) e--;
    if (!isSpace(text.charCodeAt(e))) return;
    if (e - L.ts[i] < MIN_HEADLINE || markerAt(text, L.ts[i], e)) return;
    for (let p = L.ts[i]; p < e; p++) if (isBar(text.charCodeAt(p))) return;
    L.te[i] = e;
  }

  /**
   * A document site's page, its first lines the document's file name (…绩效评价报告.docx, …自评表.xlsx): at the top, the
   * name before its extension is the document's title (an image's name, 5f2d….jpg, stays the page's debris), unless the
   * title follows it.
   */
  private trimDocumentExtension(i: number): void {
    const L = this.lines;
    const text = this.text;
    const e = L.te[i];
    if (this.kinds[i] !== Kind.Unknown || !endsWithFileExtension(text, L.ts[i], e, DOCUMENT_EXTENSION)) return;
    const dot = text.lastIndexOf('.', e - 1);
    if (visibleLength(text, L.ts[i], dot) < MIN_HEADLINE || !isHan(text.charCodeAt(dot - 1)) || markerAt(text, L.ts[i], dot)) return;
    // (Where the title follows under its file's name, the name stays the page's: 应急预案.docx over 应急预案.)
    const j = L.nextNonBlank(i);
    if (j >= 0 && L.content(j) === text.slice(L.ts[i], dot)) return;
    L.te[i] = dot;
  }

  /** Whether line i holds a comma, an exclamation or a question, which a news headline may. */
  private holdsClause(i: number): boolean {
    const L = this.lines;
    // (A column's label before a headline is no part of its length: 【全球速看料】…)
    if (L.len(i) - labelLength(L.content(i)) > MAX_TITLE_LINE) return false;
    for (let p = L.ts[i]; p < L.te[i]; p++) if (is(this.text, p, HEADLINE_CLAUSES)) return true;
    return false;
  }

  /**
   * The document's first line of text (after the page's debris and menus), standing alone above a blank line
   * or the page's debris, read as a news headline although it holds a comma, an exclamation or a question
   * (“医疗援疆，对口援疆的大爱底色”): a paragraph's first line runs on into the next line.
   */
  private headlineFirst(i: number): boolean {
    const L = this.lines;
    // (Or above the page's dateline or source: “国考”成绩B++! over 2025-03-20 15:41:32; or right above a news
    // lead that opens with its date: 通过率100%!…全员通过 over 6月12日,国家卫生人才中心….)
    // (Or above its subtitle, a line that opens with a dash: 县乡联动守护校园健康,共筑传染病防控防线 over ——隆林…开展传染病督导工作.)
    // (Or right above its byline: …开通直达协和东西湖医院公交车 over 极目新闻记者 孙婷婷.)
    // (Or right above a whole paragraph on one line, at least twice as long and ended with a full stop: “送医下乡”义诊,
    // 助力中医药文化传播 over 正值…开展“送医下乡”义诊活动。 A paragraph broken by a PDF's lines has lines of one width.)
    if (i + 1 >= L.n || !(L.blank(i + 1) || this.kind(i + 1) === Kind.Debris || isNewsLead(L, i + 1) || DATED_LEAD.test(L.content(i + 1)) || DASH_SUBTITLE.test(L.content(i + 1)) || this.bylineLine(i + 1) || this.wholeParagraphAfter(i)) || L.nextNonBlank(i) < 0) return false;
    // A column's label before the headline (【喜报】) is left out of it.
    const s = L.ts[i] + labelLength(L.content(i));
    return visibleLength(this.text, s, L.te[i]) >= MIN_HEADLINE && headlike(this.text, s, L.te[i], MAX_HEADLINE_LINE, true) === 1 && !readsAsSentence(L.content(i)) && !opensParagraph(L.content(i)) && !CLAUSE_GOES_ON.test(L.content(i));
  }

  /**
   * Whether line i + 1 is a whole paragraph (ended with 。！？) at least MIN_PARAGRAPH_AFTER long and twice line i's length,
   * and line i no quotation, question to answer or list of keywords (“啥?!…”, 问:…, 计生,医疗卫生,公共卫生).
   */
  private wholeParagraphAfter(i: number): boolean {
    const L = this.lines;
    const line = L.content(i);
    if (QUOTATION_LINE.test(line) || QUESTION_LINE.test(line) || KEYWORDS_LINE.test(line)) return false;
    const next = L.len(i + 1);
    if (next < MIN_PARAGRAPH_AFTER || next < 2 * L.len(i)) return false;
    const last = this.text.charCodeAt(L.te[i + 1] - 1);
    return last === 0x3002 /* 。 */ || last === 0xff01 /* ！ */ || last === 0xff1f /* ？ */;
  }

  /**
   * The title on line i, with the line before it when the two make one title (issuer over subject, or a
   * title broken in two), and a bracketed line after it that completes it ("（试行）").
   */
  private titleAt(i: number, before: number): Found {
    const L = this.lines;
    const line = L.content(i);
    const t = titleText(line);
    let start = L.ts[i] + (t.strength ? t.from : labelLength(line));
    let end = t.strength ? L.ts[i] + t.to : L.te[i];
    const twice = doubledLength(line);
    if (twice) end = L.ts[i] + twice;
    let name = this.text.slice(start, end);
    let line0 = i;
    // (A line that the title repeats is its copy: 绵阳医疗服务价格修订部分.PDF over 绵阳医疗服务价格修订部分.)
    if (before >= 0 && L.content(before) !== name) {
      // A title broken in two, or its issuer over its subject, reads on; a slogan over its subject is set apart.
      const b = L.content(before);
      const reads = joinsTitle(b, name) || (isOrgLine(b) && startsSubject(name));
      if (reads || (!isOrgLine(b) && t.strength < 2 && this.headsTitle(before, name))) {
        line0 = before;
        start = L.ts[before];
        name = b + (reads ? '' : ' ') + name;
      }
    }
    let endLine = i;
    const j = L.nextNonBlank(i);
    // (A line that repeats the title is its copy, no continuation: 标 题: X over X.)
    if (j >= 0 && L.len(j) <= MAX_TITLE_LINE && continuesTitle(name, L.content(j)) && !isNoticeNumberLine(L.content(j)) && L.content(j) !== name) {
      end = L.te[j];
      endLine = j;
      // (A document's kind spaced out on its own line, 通 知, is written whole.)
      const next = L.content(j);
      const closed = next.replace(SPACES, '');
      name += HAN_ONLY.test(closed) ? closed : next;
    }
    return found('title', 0, name, start, end, line0, endLine);
  }

  /**
   * A headline line right above a title (blank lines between at most) that belongs to it: a slogan over
   * its subject ("不负使命 勇担当 砥砺前行 开新局" over "2022年…亮点工作回眸"). Both in Chinese, since an
   * English title under a Chinese line is its translation.
   */
  private headsTitle(before: number, title: string): boolean {
    const L = this.lines;
    if (visibleLength(this.text, L.ts[before], L.te[before]) < MIN_HEADLINE || headlike(this.text, L.ts[before], L.te[before], MAX_TITLE_LINE) !== 1) return false;
    return !latinAt(this.text, L.ts[before]) && !latinAt(title, 0);
  }

  // ------------------------------------------------------------ units

  /**
   * Length of the body lines seen so far: the body has started when it is more than 0 (the footer ends the document
   * only then), and before a title or a heading a footer's line ends it only after MIN_BODY_BEFORE_FOOTER of it, so
   * that a site's menu at the top (央视网|视频|网站地图 under a slogan) ends nothing.
   */
  private bodyLength = 0;
  /** Whether a numbered heading was cut into a unit (after one, a footer's line ends the document whatever came before). */
  private headingSeen = false;
  /** Whether the footer was reached: nothing after it is a heading. */
  private ended = false;
  /** The line the footer starts on (the document's end when there is none). */
  private footerLine = -1;

  /**
   * Cuts the lines [from, from + max) into units; returns the line to go on from. A block (lines between blank
   * lines) may be cut across steps: a report extracted from a PDF often has no blank line at all, and its
   * 66,667 lines, cut in one go, held a server for 25–50 ms.
   */
  private cutUnits(from: number, max: number): number {
    const L = this.lines;
    const stop = Math.min(L.n, from + max);
    let i = from;
    while (i < stop && !this.ended) {
      if (this.blockEnd < 0) {
        if (L.blank(i)) {
          i++;
          continue;
        }
        let j = i;
        while (j + 1 < L.n && !L.blank(j + 1)) j++;
        if (!this.startBlock(i, j)) {
          i = j + 1;
          continue;
        }
      }
      const end = this.blockEnd;
      this.blockLines(Math.min(end, stop - 1));
      if (this.blockLine <= end && !this.ended) return this.blockLine;
      this.blockEnd = -1;
      i = end + 1;
    }
    return i;
  }

  /**
   * The block of lines [b0, b1]: its units if it is a headline block or a byline (false), else true with the
   * block's lines to cut from `blockLine` on.
   */
  private startBlock(b0: number, b1: number): boolean {
    if (b1 - b0 < MAX_HEADLINE_BLOCK && !this.anyTitle(b0, b1) && !this.attachmentTitle(b0)) {
      const c = this.candidate(b0, b1);
      if (c) {
        this.addUnit(Unit.Candidate, this.addCandidate(c));
        this.first = false;
        return false;
      }
      // (A dateline alone under a headline, "2023-07-18", stands between it and its text as a byline does.)
      if ((this.bylineLine(b0) || this.datelines(b0, b1)) && !this.anyMarked(b0, b1)) {
        this.addUnit(Unit.Byline, 0);
        return false;
      }
    }
    let l = b0;
    if (this.first) {
      while (l <= b1 && this.skippable(l)) l++;
      if (l > b1) return false;
      this.first = false;
      const t = this.titleInBlock(l, b1);
      if (t) {
        this.addUnit(Unit.Title, this.titleUnits.push(t) - 1);
        l = t.endLine + 1;
      }
    }
    this.blockLine = l;
    this.blockEnd = b1;
    this.blockInBody = false;
    return true;
  }

  /** Cuts the block's lines from `blockLine` to `upTo` (or a title that starts by then) into units, and moves past them. */
  private blockLines(upTo: number): void {
    let l = this.blockLine;
    let inBody = this.blockInBody;
    for (; l <= upTo; l++) {
      const k = this.lightKind(l);
      if (k === Kind.Body) this.bodyLength += this.lines.len(l);
      if (k === Kind.Footer && this.bodyLength > 0 && (this.headingSeen || this.titleNames.size > 0 || this.bodyLength >= MIN_BODY_BEFORE_FOOTER)) {
        this.ended = true;
        this.footerLine = l;
        break;
      }
      if (k === Kind.Marked) {
        this.addUnit(Unit.Heading, l);
        this.headingSeen = true;
        inBody = false;
      } else if ((k === Kind.TitleStrong && this.standaloneTitle(l)) || this.attachmentTitle(l)) {
        const t = this.titleAt(l, this.titleBefore(l));
        if (this.bodyLength > 0 && this.titleNames.has(t.name)) continue;
        this.titleNames.add(t.name);
        this.addUnit(Unit.Title, this.titleUnits.push(t) - 1);
        l = t.endLine;
        inBody = false;
      } else if (k === Kind.Debris || k === Kind.Footer) {
        continue;
      } else if (!inBody) {
        this.addUnit(Unit.Body, l);
        inBody = true;
      }
    }
    this.blockLine = l;
    this.blockInBody = inBody;
  }

  /**
   * Lines at the top that are no title: site debris, the footer's kind when it stands in a header, and the items of a
   * page's metadata listed with bullets, their labels lost (• 005252274/2020-00109, • 郑州市卫生健康委员会).
   */
  private skippable(l: number): boolean {
    const k = this.kind(l);
    return k === Kind.Debris || k === Kind.Footer || (k === Kind.Short && HEADER_BULLETS.includes(this.text[this.lines.ts[l]]));
  }

  /** A title line that stands alone: a line of its own (the line before it ends its sentence or is no text). */
  private standaloneTitle(l: number): boolean {
    return !brokenBefore(this.lines, l) && !brokenAfter(this.lines, l, (m) => this.kind(m) === Kind.Marked);
  }

  /** A line under an attachment's label ("附件2"): the attachment's title, when it reads as one. */
  private attachmentTitle(l: number): boolean {
    const L = this.lines;
    const p = L.prevNonBlank(l);
    if (p < 0 || L.len(p) > 8 || this.text.charCodeAt(L.ts[p]) !== 0x9644 /* 附 */ || !ATTACHMENT_LABEL.test(L.content(p))) return false;
    const k = this.kind(l);
    if (k !== Kind.Short && k !== Kind.TitleWeak && k !== Kind.TitleStrong) return false;
    return visibleLength(this.text, L.ts[l], L.te[l]) >= 4 && headlike(this.text, L.ts[l], L.te[l], 80) === 1;
  }

  /**
   * The line of a profile's subtitle right under line i (——记沭阳县人民医院…王建华, ——访…), or -1: the
   * line i then is the profile's title.
   */
  private subtitleAfter(i: number): number {
    const L = this.lines;
    const j = L.nextNonBlank(i);
    if (j < 0 || L.len(j) > MAX_TITLE_LINE || !SUBTITLE.test(L.content(j))) return -1;
    return headlike(this.text, L.ts[i], L.te[i], MAX_TITLE_LINE) === 1 ? j : -1;
  }

  /**
   * The line before a title line that may be the first half of it, or -1: a short line, or one that reads as a
   * title of its own (落实健康中国行动 over 推进健康江苏建设的实施方案).
   */
  private titleBefore(l: number): number {
    const p = this.lines.prevNonBlank(l);
    if (p < 0) return -1;
    const k = this.kind(p);
    return k === Kind.Short || k === Kind.TitleWeak ? p : -1;
  }

  private anyTitle(b0: number, b1: number): boolean {
    const L = this.lines;
    for (let l = b0; l <= b1; l++) if (mayEndTitle(this.text, L.ts[l], L.te[l]) && this.kind(l) === Kind.TitleStrong) return true;
    return false;
  }

  private anyMarked(b0: number, b1: number): boolean {
    for (let l = b0; l <= b1; l++) if (this.marked(l)) return true;
    return false;
  }

  /** A block of one or two headline lines (after photo-credit lines such as "XX摄影报道"), or null. */
  private candidate(b0: number, b1: number): Candidate | null {
    const { ts, te, le } = this.lines;
    const text = this.text;
    let c0 = b0;
    // A column's label opens the page's first headline ("【工作动态】…"); further down a labelled line is a
    // note or a figure's box ("【数说】全年完成体检5万人次").
    let start = this.first ? afterColumnLabel(text, ts[b0], te[b0]) : ts[b0];
    if (b1 - b0 > 1 || this.bylineLine(b0)) {
      // Only "…摄影报道<headline>" may end a byline run inside a headline block.
      let k = b0;
      while (k <= b1 && photoCredit(this.lines, k) < 0 && this.bylineLine(k)) k++;
      if (k > b1) return null;
      const p = photoCredit(this.lines, k);
      if (p < 0) return null;
      c0 = k;
      start = p;
    }
    // Site debris on the line above ("首页", "打开APP") is no first half of the headline; nor is a line below that
    // holds a metadata field (永州市卫健委 时间: 2024-01-10) or is a dateline its second half.
    if (c0 < b1 && this.notHeadline(c0)) start = ts[++c0];
    if (b1 > c0) {
      const below = this.lines.content(b1);
      if (datelineOrField(below)) b1--;
      if (b1 > c0 && this.columnLabel(b1)) b1--;
      // (Nor is a line that repeats it, a page's copy of its title: 标 题: X over X.)
      if (b1 === c0 + 1 && text.slice(ts[b1], te[b1]) === text.slice(start, te[c0])) b1--;
    }
    if (b1 - c0 > 1) return null;
    const r1 = headlike(text, start, te[c0], MAX_HEADLINE_LINE);
    // The footer's lines end the text (cutBlock sees them); other debris is set aside once a run is known.
    if (!r1 || this.marked(c0) || this.lightKind(c0) === Kind.Footer) return null;
    // A name under a name, each alone on its line (广州市中西医结合医院 / 深圳市儿童医院): an item of a list of bodies, no headline.
    const p = this.lines.prevNonBlank(c0);
    if (p >= 0 && this.lines.len(p) <= MAX_NAME_LINE && nameLine(this.lines.content(c0)) && nameLine(this.lines.content(p))) return null;
    let name = text.slice(start, te[c0]);
    let r: 0 | 1 | 2 = r1;
    if (b1 > c0) {
      r = headlike(text, ts[b1], te[b1], MAX_HEADLINE_LINE);
      if (!r || this.marked(b1)) return null;
      name += (le[c0] > te[c0] ? ' ' : '') + text.slice(ts[b1], te[b1]);
    }
    if (name.length > MAX_HEADLINE || !balanced(name) || readsAsSentence(name)) return null;
    if (brokenBefore(this.lines, b0) || brokenAfter(this.lines, b1, this.isMarked)) return null;
    // A label ("编者按", "医院动态") is shorter than a headline, unless it ends in ：and leads into one.
    const org = b1 === c0 && isOrgLine(text.slice(start, te[c0]));
    if (r !== 2 && !org && visibleLength(name, 0, name.length) < MIN_HEADLINE) return null;
    return {
      name,
      start,
      end: te[b1],
      line: c0,
      endLine: b1,
      colon: r === 2,
      org,
    };
  }

  /**
   * Whether line l is a column's label between a headline and its dateline ("…生育友好型社会" / "民生" / "2024-11-09
   * 09:37"): a few characters, then a dateline or a metadata field (blank lines between at most). It is no second
   * line of the headline.
   */
  private columnLabel(l: number): boolean {
    if (this.lines.len(l) > MAX_COLUMN_LABEL) return false;
    const j = this.lines.nextNonBlank(l);
    if (j < 0 || this.lines.len(j) > MAX_DEBRIS_LINE) return false;
    return datelineOrField(this.lines.content(j));
  }

  /** Lines that are never a headline: site debris, the footer, metadata. */
  private notHeadline(l: number): boolean {
    const k = this.kind(l);
    return k === Kind.Debris || k === Kind.Footer;
  }

  /** The title at the top of a block that goes on with body text (a report without blank lines). */
  private titleInBlock(b0: number, b1: number): Found | null {
    const { ts, te, le } = this.lines;
    const text = this.text;
    // A column's word on its own line over the title (资讯, 动态) is its label, no half of it.
    // (So is a column's name of a few characters more: 工作动态, 院务公开.)
    if (b0 < b1 && (visibleLength(text, ts[b0], te[b0]) < MIN_TITLE_HALF || isColumnLabel(this.lines.content(b0))) && !this.marked(b0) && visibleLength(text, ts[b0 + 1], te[b0 + 1]) >= MIN_HEADLINE) b0++;
    // (The page's debris or a metadata field is no title: 索引号：… under a stray line.)
    if (this.notHeadline(b0)) return null;
    const s0 = afterColumnLabel(text, ts[b0], te[b0]);
    // A news title may end in ！ (全国医疗卫生机构已超102万！); one inside it still makes a sentence. So may it end in 。
    // right above its dateline (…肿瘤宣传周义诊活动。 over 发布时间:2024-04-16), as some county sites print it.
    const lastChar = text.charCodeAt(te[b0] - 1);
    const bang = lastChar === 0xff01 || lastChar === 0x21 || (lastChar === 0x3002 && b0 < b1 && datelineOrField(this.lines.content(b0 + 1))) ? 1 : 0;
    if (this.marked(b0) || headlike(text, s0, te[b0] - bang, MAX_TITLE_LINE) !== 1) return null;
    let last = b0;
    let name = text.slice(s0, te[b0]);
    // (Not a body's name alone under it, the source's: 铜陵市召开…培训会 / 铜陵疾控 / the text.)
    if (b0 < b1 && !this.marked(b0 + 1) && !this.notHeadline(b0 + 1) && !holdsMetaField(this.lines.content(b0 + 1)) && headlike(text, ts[b0 + 1], te[b0 + 1], MAX_TITLE_LINE) === 1 && !this.columnLabel(b0 + 1) && this.lines.content(b0 + 1) !== name && !(b0 + 1 < b1 && isOrgLine(this.lines.content(b0 + 1)))) {
      const two = name + (le[b0] > te[b0] ? ' ' : '') + text.slice(ts[b0 + 1], te[b0 + 1]);
      if (balanced(two)) {
        name = two;
        last = b0 + 1;
      }
    }
    // (…关于印发…预案的 / 通 知: the document's kind alone on a third line ends it.)
    const kind = last > b0 && last < b1 && te[last + 1] - ts[last + 1] <= MAX_TITLE_ENDING ? kindAlone(name, this.lines.content(last + 1)) : '';
    if (kind) {
      name += kind;
      last++;
    }
    if (!balanced(name) || brokenAfter(this.lines, last, this.isMarked)) return null;
    if (visibleLength(name, 0, name.length) < MIN_HEADLINE && !titleText(name).strength) return null;
    return found('title', 0, name, s0, te[last], b0, last);
  }

  // ------------------------------------------------------------ marked lines

  /** Whether a heading starts line i by its marker (numbered, markdown or bold); each line is looked at once. */
  private marked(i: number): boolean {
    if (!is(this.text, this.markerStart(i), MARKER_START)) return false;
    let k = this.markedAt[i];
    if (k === 0) this.markedAt[i] = k = this.lookAtMarked(i);
    return k >= 2;
  }

  /**
   * The first look at line i for `marked`: 1 no heading, 2 a heading, 3 one that is its whole line. Notes
   * the list cues; of a numbered heading, makes only its marker and head (its heading is made when placed).
   */
  private lookAtMarked(i: number): number {
    const text = this.text;
    const s = this.lines.ts[i];
    const e = this.lines.te[i];
    const c = text.charCodeAt(s);
    if (c === 0x23 /* # */ || c === 0x2a /* * */) {
      const m = this.markedLine(i);
      return !m ? 1 : m.standalone ? 3 : 2;
    }
    const head = this.numberedHead(i);
    if (!head) return 1;
    if (clauseItem(text, head, s, head.nameLine === undefined ? e : head.end) || this.afterAttachmentLabel(i)) this.listCues++;
    return headAlone(text, head, e) ? 3 : 2;
  }

  /** `marked` as a function, made once (brokenAfter asks it of many lines). */
  private readonly isMarked = (i: number): boolean => this.marked(i);

  /** Whether the marked heading of line i is its whole line (a run-in head is followed by body). */
  private markedAlone(i: number): boolean {
    return this.marked(i) && this.markedAt[i] === 3;
  }

  private markedLine(i: number): Found | null {
    const text = this.text;
    const s = this.lines.ts[i];
    const e = this.lines.te[i];
    const c = text.charCodeAt(s);
    // (A badge of one character, 一 or 1, may stand alone over its head: badgeOverHead.)
    if (e - s < 2 && (e - s < 1 || c === 0x23 /* # */ || c === 0x2a /* * */)) return null;
    if (c === 0x23 /* # */) return this.markdownLine(i, s, e);
    if (c === 0x2a /* * */) return this.boldLine(i, s, e);
    const numbered = this.numberedLine(i);
    if (!numbered) return null;
    const { marker, head } = numbered;
    const last = head.nameLine ?? i;
    return found(marker.family, rankOf(marker.family), headName(text, marker, head, this.lines), s, head.end, i, last, numbered, headAlone(text, head, e));
  }

  /** The numbered heading that starts line i, or null (its list flag from `markLists` once that ran). */
  private numberedLine(i: number): NumberedLine | null {
    const head = this.numberedHead(i);
    if (!head) return null;
    const marker = this.headMarker!;
    // (A head on the line below its marker ends where that line does: 一、 / 加强组织领导 is no clause for its 、.)
    const clause = clauseItem(this.text, head, this.lines.ts[i], head.nameLine === undefined ? this.lines.te[i] : head.end);
    const list = this.listed !== undefined && this.listed[i] === 1;
    return { marker, slot: familySlot(marker.family), head, line: i, clause, list };
  }

  /** The marker of the head `numberedHead` returned last. */
  private headMarker: Marker | undefined = undefined;

  /** The head of the numbered heading that starts line i, its marker left in `headMarker`; or null. */
  private numberedHead(i: number): Head | null {
    const text = this.text;
    const s = this.markerStart(i);
    const e = this.lines.te[i];
    if (e - s < 2) return e - s === 1 ? this.badgeOverHead(i, s) : null;
    const marker = markerAt(text, s, e);
    if (marker && marker.textStart >= e && isDivision(marker.family)) return this.nameBelow(i, marker);
    if (!marker) return this.articleOverText(i, s) ?? this.decimalOverText(i, s) ?? this.badgeOverHead(i, s);
    // (一、 alone over its head on the next line: markerOverHead; or over a run-in head, 一、 / 高度重视，有效防控。各地区…)
    if (marker.textStart >= e) return this.markerOverHead(i, marker) ?? this.markerOverRunIn(i, marker);
    if (is(text, marker.textStart, HEAD_END | CLAUSE_PUNCT)) return null;
    // "1.5亿元" is a number, and "（一）" alone on a line is no heading; so is a head with no letter.
    // (But an item may open with a year, 1.2023年9月起…, or a date, 1.1月3日，…, and after 、 with an age or a
    // count, 4、7岁以下…: markers.ts tells these from listed numbers.)
    if (marker.family === 'arabic' && isDigit(text.charCodeAt(marker.textStart)) && !isYearAt(text, marker.textStart) && !monthDayAt(text, marker.textStart, e) && text.charCodeAt(marker.markerEnd - 1) !== 0x3001 /* 、 */) return null;
    if (isContentsEntry(text, s, e)) return null;
    // A table's row flattened to text ("一、本年新收政府信息公开申请数量 |"): its cells end in bars, or in numbers
    // parted by blanks (1.工资性收入 34640 5.2 38796 4.0). (A row's label is no sentence: a line of sentences that ends
    // in a bar is a page's text in one cell of its layout table, 一、母婴室建设的工作目标是什么? 到2018年底… |.)
    const last = text.charCodeAt(e - 1);
    if ((isBar(last) && !hasStop(text, s, e)) || endsInColumns(text, marker.textStart, e)) return null;
    if (endsWithFileExtension(text, s, e)) return null;
    // 1.图为李建民院长对迎评工作进行部署: a page's photos numbered under their captions, no section.
    if (text.startsWith('图为', marker.textStart)) return null;
    // A paper's numbered affiliation ("1. 复旦大学公共卫生学院 上海 200032;", "1. Peking Union Medical College, Beijing 100730, China;"): a byline.
    if (e - s <= MAX_AFFILIATION && (marker.family === 'arabic' || marker.family === 'paren-arabic') && POSTCODE.test(text.slice(marker.textStart, e))) return null;
    // A table flattened one cell to a line: a row's label over its cells ("一、本年新收政府信息公开申请数量"
    // over 1, 0, 0…), or over the first of its rows ("三、本年度办理结果" over "(一)予以公开" over 1, 0…).
    // (A row's label is no sentence: a line with a 。 is a heading run into its text over broken numbers.)
    if ((this.cellsBelow(i) || this.rowBelow(i, marker)) && !hasStop(text, s, e)) return null;
    this.headMarker = marker;
    return headOf(text, marker, e);
  }

  /**
   * 第一条 alone on line i over its text (第一条 / 为了继承和弘扬中医药…), as legal databases print articles: the
   * article, when the line before ends its sentence and the text below starts afresh (a reference broken over
   * lines, 依照本条例 / 第二十条 / 的规定, does neither). `s` is where the line's marker may start (markerStart).
   */
  private articleOverText(i: number, s: number): Head | null {
    const L = this.lines;
    const marker = articleAlone(this.text, s, L.te[i]);
    if (!marker || (brokenBefore(L, i) && !this.noteBefore(i))) return null;
    const j = L.nextNonBlank(i);
    if (j < 0 || j > i + 2 || !isHan(this.text.charCodeAt(L.ts[j])) || continuesReference(this.text, L.ts[j])) return null;
    this.headMarker = marker;
    return { end: L.te[i], how: 'eol', short: true };
  }

  /**
   * 3.11.1.1 alone on line i over its text (3.11.1.1 / 机构和相关人员…), as a review standard printed from a PDF
   * puts its articles: the article, named by its number and the start of the line below, when the line before
   * ends its sentence or is a numbered line (a heading above it), and the text below starts afresh with no
   * marker of its own. (After a sentence broken over lines, 1.1.1 is a number in it: a version, a clause's.)
   */
  private decimalOverText(i: number, s: number): Head | null {
    const L = this.lines;
    const text = this.text;
    const alone = decimalAlone(text, s, L.te[i]);
    const j = this.textUnderNumber(i, alone);
    if (j < 0) return null;
    return this.headOnLineBelow(alone!, j, L.len(j) <= MAX_NAME_BELOW);
  }

  /**
   * A number alone on line i over its head, as a WeChat article prints its section badges (一 / 组织机构, 1 / 什么是健康申报?,
   * 01 / 纸质申报): the heading, named by its number and the line below, when the line before ends its sentence or
   * is a numbered line, the head is a short line with no sentence in it, and text or a numbered line comes after
   * the head (a table flattened one cell to a line has its next cell there, as short).
   */
  private badgeOverHead(i: number, s: number): Head | null {
    return this.markerOverHead(i, badgeAlone(this.text, s, this.lines.te[i]));
  }

  /**
   * A marker with no text after it on line i (a badge: badgeOverHead; 一、 or （一） alone, as a PDF or a page breaks
   * the line after the marker) over its head on the line below, under the same conditions.
   */
  private markerOverHead(i: number, badge: Marker | null): Head | null {
    const L = this.lines;
    const text = this.text;
    const j = this.lineUnderNumber(i, badge);
    if (j < 0 || L.len(j) < 2 || L.len(j) > MAX_NAME_BELOW) return null;
    const hs = L.ts[j];
    const he = L.te[j];
    // (A head may ask or exclaim: 什么是健康申报?)
    const last = text.charCodeAt(he - 1);
    const asks = is(text, he - 1, HEAD_END) && last !== 0x3002 /* 。 */ && last !== 0xff0e /* ． */;
    if (!(isHan(text.charCodeAt(hs)) || text.charCodeAt(hs) === 0x201c) || hasStop(text, hs, he) || (is(text, he - 1, CLAUSE_PUNCT) && !asks) || markerAt(text, hs, he) || isNumberLine(L.content(j))) return null;
    const k = L.nextNonBlank(j);
    if (k < 0) return null;
    // (A post's badge may stand over its head and a subtitle under it, then the text: 01 / 为何要筛查 / 早筛是抗癌关键 / 宫颈癌和…。)
    const subtitled = badge!.family === 'highlight' && !this.startsText(k) && L.len(k) >= 2 && !hasStop(text, L.ts[k], L.te[k]) && !is(text, L.te[k] - 1, CLAUSE_PUNCT);
    if (!this.startsText(subtitled ? L.nextNonBlank(k) : k)) return null;
    return this.headOnLineBelow(badge!, j, true);
  }

  /** Whether line k (-1: none) is text under a head, not a line of the head: long, or holding a stop, or a marker's or a badge's. */
  private startsText(k: number): boolean {
    const L = this.lines;
    const text = this.text;
    return k >= 0 && (L.len(k) > MAX_NAME_BELOW || hasStop(text, L.ts[k], L.te[k]) || markerAt(text, L.ts[k], L.te[k]) !== null || badgeAlone(text, L.ts[k], L.te[k]) !== null);
  }

  /**
   * A marker alone on line i over a line that opens with a short run-in head ended by its full stop (一、 / 高度重视，
   * 有效防控。各地区、各有关部门…, as copies of government pages break the line after the marker): the heading, named
   * by its marker and that head.
   */
  private markerOverRunIn(i: number, marker: Marker): Head | null {
    const L = this.lines;
    const text = this.text;
    const j = this.textUnderNumber(i, marker);
    if (j < 0) return null;
    const below = { ...marker, textStart: L.ts[j] };
    const head = headOf(text, below, L.te[j]);
    if (head.how !== 'stop' || !head.short) return null;
    this.headMarker = below;
    return { ...head, nameLine: j };
  }

  /**
   * The line right below line i (a blank line between at most) that holds the text of the number `alone` on line
   * i, when line i starts afresh (afterSentence); -1 when there is no such number or line.
   */
  private lineUnderNumber(i: number, alone: Marker | null): number {
    if (!alone || !(this.afterSentence(i) || this.paddedAfterPrevious(i, alone))) return -1;
    const j = this.lines.nextNonBlank(i);
    return j >= 0 && j <= i + 2 ? j : -1;
  }

  /** lineUnderNumber when that line starts with a Chinese character and no marker of its own (text afresh); else -1. */
  private textUnderNumber(i: number, alone: Marker | null): number {
    const L = this.lines;
    const j = this.lineUnderNumber(i, alone);
    return j >= 0 && isHan(this.text.charCodeAt(L.ts[j])) && !markerAt(this.text, L.ts[j], L.te[j]) ? j : -1;
  }

  /** The head of a number alone on its line whose text is line j: its marker noted, the head ending with line j. */
  private headOnLineBelow(alone: Marker, j: number, short: boolean): Head {
    this.headMarker = { ...alone, textStart: this.lines.ts[j] };
    return { end: this.lines.te[j], how: 'eol', short, nameLine: j };
  }

  /**
   * Whether the padded badge `alone` on line i (02) follows the one numbered before it (01) within MAX_BADGE_GAP lines,
   * or, numbered 01, is followed by 02: a post's section, whatever the line before it ended with (a picture's caption,
   * a slogan or a head without a stop).
   */
  private paddedAfterPrevious(i: number, alone: Marker): boolean {
    if (alone.family !== 'highlight') return false;
    const L = this.lines;
    const first = alone.number === 1;
    for (let k = first ? i + 1 : i - 1; k >= 0 && k < L.n && Math.abs(i - k) <= MAX_BADGE_GAP; k += first ? 1 : -1) {
      if (L.len(k) !== 2) continue;
      const b = badgeAlone(this.text, L.ts[k], L.te[k]);
      if (b && b.family === 'highlight') return b.number === alone.number + (first ? 1 : -1);
    }
    return false;
  }

  /** Whether the line before line i (blank lines apart) ends its sentence (or leads into a list: 通知如下：) or is a numbered line: line i starts afresh. */
  private afterSentence(i: number): boolean {
    const L = this.lines;
    const text = this.text;
    const p = L.prevNonBlank(i);
    // (Or a title: 关于…的通知 / 一、 / 加强组织领导.)
    if (p < 0 || markerAt(text, L.ts[p], L.te[p]) || this.isTitle(this.kind(p))) return true;
    // (Or the head of a section numbered as this one is, with no text of its own: 01 / 国家医保服务平台APP / 02 / 支付宝.)
    const q = L.prevNonBlank(p);
    if (q >= 0 && badgeAlone(text, L.ts[q], L.te[q]) && L.len(p) <= MAX_NAME_BELOW) return true;
    let z = L.te[p] - 1;
    while (z > L.ts[p] && is(text, z, CLOSERS)) z--;
    return is(text, z, SENTENCE_END);
  }

  /**
   * Where line i's marker may start: its first character, or past a list's dash before 第 (- 第一章 总则, - 第一条…:
   * a legal database's contents and articles as a list).
   */
  private markerStart(i: number): number {
    const text = this.text;
    const s = this.lines.ts[i];
    const c = text.charCodeAt(s);
    if (!isListBullet(c)) return s;
    const e = this.lines.te[i];
    const k = skipSpaces(text, s + 1, e);
    if (k === s + 1) return s;
    if (text.charCodeAt(k) === 0x7b2c /* 第 */) return k;
    // (• 一、工作开展情况, • （二）…: a page that bullets its sections; a bullet before 1. stays a list's.)
    const marker = is(text, k, CHINESE_NUMERALS) || isOpenParen(text.charCodeAt(k)) ? markerAt(text, k, e) : null;
    return marker && (marker.family === 'chinese-numeral' || marker.family === 'paren-chinese') ? k : s;
  }

  /** Whether the line before line i is a note in brackets, as a regulation's adoption note under its title ((2022年6月30日…批准)). */
  private noteBefore(i: number): boolean {
    const L = this.lines;
    const p = L.prevNonBlank(i);
    if (p < 0) return false;
    return isOpenParen(this.text.charCodeAt(L.ts[p])) && isCloseParen(this.text.charCodeAt(L.te[p] - 1));
  }

  /**
   * 第一章 / 总则, 第二部分 / 2024年工作计划: a part, chapter or section alone on its line, its name the next line
   * of text (right below it, or after one blank line), a short line that is no sentence and no heading of its own.
   */
  private nameBelow(i: number, marker: Marker): Head | null {
    const L = this.lines;
    this.headMarker = marker;
    const j = L.nextNonBlank(i);
    // With no such line, a division set apart by a blank line (第一章, a blank, 第一条…) is its marker alone; one right
    // over a sentence or an article may be a line of text broken after it, and is none.
    const alone: Head | null = j !== i + 1 ? { end: L.te[i], how: 'eol', short: true } : null;
    if (j < 0 || j > i + 2 || L.len(j) < 2 || L.len(j) > MAX_NAME_BELOW) return alone;
    const s = L.ts[j];
    const e = L.te[j];
    if (hasStop(this.text, s, e) || is(this.text, e - 1, CLAUSE_PUNCT) || markerAt(this.text, s, e) || isNumberLine(L.content(j))) return alone;
    return { end: e, how: 'eol', short: true, nameLine: j };
  }

  /**
   * Whether cells of a table follow line i: the next two lines with text are numbers alone (1, 0, 12.5%), or
   * the next holds several numbers apart (3 0 0 1).
   */
  private cellsBelow(i: number): boolean {
    const L = this.lines;
    const a = L.nextNonBlank(i);
    if (a < 0 || L.len(a) > MAX_CELL) return false;
    const cells = L.content(a);
    if (!isNumberLine(cells)) return false;
    if (/\d[ \t\u3000]+\d/.test(cells)) return true;
    const b = L.nextNonBlank(a);
    return b >= 0 && L.len(b) <= MAX_CELL && isNumberLine(L.content(b));
  }

  /**
   * Whether the next line with text below line i, numbered by `own`, is a row of a table over its cells, numbered
   * by a deeper family (三、本年度办理结果 over (一)予以公开; a heading over a table whose rows restart its own
   * family, 三、…情况 over 一、本年新收…, stays a heading).
   */
  private rowBelow(i: number, own: Marker): boolean {
    const L = this.lines;
    const a = L.nextNonBlank(i);
    if (a < 0 || !is(this.text, L.ts[a], MARKER_START)) return false;
    const m = markerAt(this.text, L.ts[a], L.te[a]);
    return m !== null && m.textStart < L.te[a] && rankOf(m.family) > rankOf(own.family) && this.cellsBelow(a);
  }

  /** Items ending in ；and numbered lines after a line opening with 附件 (see `markLists`). */
  private listCues = 0;

  /** Whether the line before line i opens with 附件 (a list of attachments may follow). */
  private afterAttachmentLabel(i: number): boolean {
    const p = this.lines.prevNonBlank(i);
    return p >= 0 && isListLabel(this.lines, p);
  }

  private markdownLine(i: number, s: number, e: number): Found | null {
    const text = this.text;
    let k = s;
    while (k < e && text.charCodeAt(k) === 0x23) k++;
    const hashes = k - s;
    if (hashes > 6 || k >= e || !isSpace(text.charCodeAt(k))) return null;
    k = skipSpaces(text, k, e);
    // (# 医生(张) over 194959, 5300…: a statistics table's "of which" row, 其中, over its cells.)
    // (# 市区 86.08  57.9: such a row with its cells on its line.)
    if (k >= e || this.cellsBelow(i) || endsInColumns(text, k, e)) return null;
    return found('markdown', rankOf('markdown', hashes), text.slice(k, e), s, e, i, i, undefined, true);
  }

  private boldLine(i: number, s: number, e: number): Found | null {
    const text = this.text;
    if (text.charCodeAt(s + 1) !== 0x2a) return null;
    // The closing ** within MAX_BOLD characters, found by code (this runs on every line opening with **).
    const limit = Math.min(e, s + 2 + MAX_BOLD + 2);
    let close = s + 2;
    while (close + 1 < limit && !(text.charCodeAt(close) === 0x2a && text.charCodeAt(close + 1) === 0x2a)) close++;
    if (close + 1 >= limit) return null;
    const end = close + 2;
    let name = text.slice(s + 2, close).trim();
    while (name.length && boldEndPunct(name.charCodeAt(name.length - 1))) name = name.slice(0, -1).trimEnd();
    if (!name) return null;
    const k = skipSpaces(text, end, e);
    return found('bold', rankOf('bold'), name, s, end, i, i, undefined, k >= e);
  }

  // ------------------------------------------------------------ headings from units

  /** Where resolveUnits goes on from. */
  private unitAt = 0;

  /** Resolves the units from unitAt on, about `max` of them; returns false when all are done. */
  private resolveUnits(max: number): boolean {
    const kinds = this.unitKinds;
    const n = this.unitCount;
    let u = this.unitAt;
    const stop = u + max;
    if (u === 0 && n > 0 && kinds[0] === Unit.Candidate && !this.proposed.length) u = this.firstRun();
    while (u < n && u < stop) {
      const k = kinds[u];
      if (k === Unit.Candidate) {
        const r = this.candidatesEnd(u);
        const after = this.unitAfter(r);
        // Most runs stand over no text, or lead on with a colon: no need to make their candidates.
        if (!this.overText(after) || (this.candidates[4 * this.unitRefs[r - 1] + 3] & 1) !== 0) {
          u = r;
          continue;
        }
        // A run of one (most of them): a headline unless it is site debris (as `headlines` decides for any run).
        if (r === u + 1) {
          const ref = this.unitRefs[u];
          if (!this.debrisCandidate(this.candidates[4 * ref + 1], this.candidates[4 * ref + 2])) {
            const c = this.candidateAt(ref);
            this.propose(found('headline', rankOf('headline'), c.name, c.start, c.end, c.line, c.endLine));
          }
        } else this.headlines(joinColons(this.candidatesIn(u, r)), after);
        u = r;
        continue;
      }
      if (k === Unit.Heading) this.proposed.push(this.unitRefs[u]);
      else if (k === Unit.Title) this.propose(this.titleUnits[this.unitRefs[u]]);
      u++;
    }
    // Past the first unit, so a later call does not take it for the first again.
    this.unitAt = Math.max(u, 1);
    return u < n;
  }

  /** Adds a unit (see `Unit`). */
  private addUnit(kind: Unit, ref: number): void {
    if (this.unitCount === this.unitKinds.length) {
      this.unitKinds = doubled(this.unitKinds);
      this.unitRefs = doubled(this.unitRefs);
    }
    this.unitKinds[this.unitCount] = kind;
    this.unitRefs[this.unitCount++] = ref;
  }

  /** The kind of unit u (None past the last). */
  private unitKind(u: number): Unit {
    return u >= 0 && u < this.unitCount ? (this.unitKinds[u] as Unit) : Unit.None;
  }

  /** The end of the run of candidates from unit u. */
  private candidatesEnd(u: number): number {
    while (u < this.unitCount && this.unitKinds[u] === Unit.Candidate) u++;
    return u;
  }

  /** The candidates of units [u, r). */
  private candidatesIn(u: number, r: number): Candidate[] {
    const out: Candidate[] = [];
    for (let k = u; k < r; k++) out.push(this.candidateAt(this.unitRefs[k]));
    return out;
  }

  /** Keeps a candidate; returns its index. */
  private addCandidate(c: Candidate): number {
    const k = this.candidateCount++;
    if (4 * k >= this.candidates.length) this.candidates = doubled(this.candidates);
    const a = this.candidates;
    a[4 * k] = c.start;
    a[4 * k + 1] = c.line;
    a[4 * k + 2] = c.endLine;
    a[4 * k + 3] = (c.colon ? 1 : 0) | (c.org ? 2 : 0);
    return k;
  }

  /** Candidate k as `candidate` made it, its name made again from its lines. */
  private candidateAt(k: number): Candidate {
    const { ts, te, le } = this.lines;
    const a = this.candidates;
    const start = a[4 * k];
    const line = a[4 * k + 1];
    const endLine = a[4 * k + 2];
    const flags = a[4 * k + 3];
    let name = this.text.slice(start, te[line]);
    if (endLine > line) name += (le[line] > te[line] ? ' ' : '') + this.text.slice(ts[endLine], te[endLine]);
    return { name, start, end: te[endLine], line, endLine, colon: (flags & 1) !== 0, org: (flags & 2) !== 0 };
  }

  /**
   * The run of headline blocks that opens a page without a title line: its first block is the title (a
   * masthead above it skipped), and a second one under it its subtitle, unless a news lead follows, which
   * makes the last block the first article's headline and the blocks above it kickers. Returns the next unit.
   */
  private firstRun(): number {
    const r = this.candidatesEnd(0);
    const run = this.withoutDebris(joinColons(this.candidatesIn(0, r)));
    if (!run.length) return r;
    const after = this.pastCredit(this.unitAfter(r));
    const body = this.unitKind(after) === Unit.Body;
    const lead = body && isNewsLead(this.lines, this.unitRefs[after]);
    if (lead) {
      this.headlines(run.slice(-1), after);
      return r;
    }
    // A title reads as one: above a paragraph or a heading, not above a caption or a label.
    if (after >= 0 && !this.isText(after)) return r;
    // (A line read as a body's name that a ——subtitle follows is a headline's main line: 警示教育在儿院 / ——认真组织….)
    while (run.length > 1 && run[0].org && !opensSubtitle(run[1].name)) run.shift();
    // 市委、市政府：: a line that a colon ends and nothing joined is a salutation or a label, no title.
    if (run[0].colon) return r;
    const t = run.shift()!;
    const title = found('title', 0, t.name, t.start, t.end, t.line, t.endLine);
    if (run.length === 1 && body && this.isText(after)) {
      const sub = run.shift()!;
      // (A line that repeats the title is its copy: …修订部分.PDF over …修订部分.)
      if (sub.name !== title.name) title.name += ' ' + sub.name;
      title.end = sub.end;
      title.endLine = sub.endLine;
    }
    this.propose(title);
    this.headlines(run, after);
    return r;
  }

  /**
   * Unit u, or the one after it when u is a line of a few characters alone between blank lines over text: the
   * author's name or the source under a page's title (张乃波, 茂名卫生计生), no caption the title would stand over.
   */
  private pastCredit(u: number): number {
    if (this.unitKind(u) !== Unit.Body) return u;
    const L = this.lines;
    const line = this.unitRefs[u];
    if (L.len(line) > MAX_CREDIT_LINE || this.kind(line) !== Kind.Short || (line + 1 < L.n && !L.blank(line + 1))) return u;
    const next = u + 1;
    return this.isText(next) ? next : u;
  }

  /** Whether unit u is text a heading may stand over: a paragraph (not a short label or caption), or a heading. */
  private isText(u: number): boolean {
    const k = this.unitKind(u);
    if (k === Unit.Heading || k === Unit.Title) return true;
    if (k !== Unit.Body) return false;
    // A paragraph, or the first piece of one broken over lines ("医院党委坚持党管干部、党管人" + "才原则，…").
    const line = this.unitRefs[u];
    return this.kind(line) === Kind.Body || brokenAfter(this.lines, line, this.isMarked);
  }

  /**
   * The candidates of a run that are not site debris (looked at here, once a run is known to stand over
   * text, rather than for every short line).
   */
  private withoutDebris(run: Candidate[]): Candidate[] {
    const out: Candidate[] = [];
    for (const c of run) if (!this.debrisCandidate(c.line, c.endLine)) out.push(c);
    return out;
  }

  /** Whether a candidate on lines [line, endLine] is site debris. */
  private debrisCandidate(line: number, endLine: number): boolean {
    return this.notHeadline(line) || (endLine > line && this.notHeadline(endLine));
  }

  /** The first unit from r on that is not a byline, or -1. */
  private unitAfter(r: number): number {
    while (r < this.unitCount && this.unitKinds[r] === Unit.Byline) r++;
    return r < this.unitCount ? r : -1;
  }

  /** Whether unit `after` is body text (or a run-in head) that a run of headline blocks may stand over. */
  private overText(after: number): boolean {
    const k = this.unitKind(after);
    return (k === Unit.Body && this.isText(after)) || (k === Unit.Heading && !this.markedAlone(this.unitRefs[after]));
  }

  /**
   * A run of headline blocks is headlines only when body text follows (unit `after`): the last is an
   * article's headline, the one above it a group heading over it; further blocks above are captions or
   * labels, and a block right above a news lead's headline is its kicker.
   */
  private headlines(all: Candidate[], after: number): void {
    if (!all.length || !this.overText(after) || all[all.length - 1].colon) return;
    const run = this.withoutDebris(all);
    if (!run.length) return;
    const lead = this.unitKind(after) === Unit.Body && isNewsLead(this.lines, this.unitRefs[after]);
    const from = run.length > 1 && !lead ? run.length - 2 : run.length - 1;
    for (let j = from; j < run.length; j++) {
      const c = run[j];
      const style = j === run.length - 1 ? 'headline' : 'headline-group';
      this.propose(found(style, rankOf(style), c.name, c.start, c.end, c.line, c.endLine));
    }
  }

  // ------------------------------------------------------------ sequences, headings inside lines, the tree

  /** Proposes a title or a headline. */
  private propose(f: Found): void {
    this.proposed.push(-this.found.push(f));
  }

  /** The line of the k-th heading proposed. */
  private proposedLine(k: number): number {
    const v = this.proposed[k];
    return v >= 0 ? v : this.found[-v - 1].line;
  }

  /** The k-th heading proposed; a marked heading is parsed again from its line (see `markedAt`). */
  private proposedAt(k: number): Found {
    const v = this.proposed[k];
    return v < 0 ? this.found[-v - 1] : this.markedLine(v)!;
  }

  /** Marks the numbered headings that are items of a list (sequence.ts `markLists`), by line. */
  private markLists(): void {
    const items: Found[] = [];
    for (let k = 0; k < this.proposed.length; k++) items.push(this.proposedAt(k));
    markLists(items, this.lines);
    const listed = new Uint8Array(this.lines.n);
    for (const f of items) if (f.numbered?.list) listed[f.line] = 1;
    this.listed = listed;
  }

  /** The next line to resolve, and the next heading proposed. */
  private lineAt = 0;
  private foundAt = 0;

  /** Resolves lines [lineAt, lineAt + max): places their headings; returns false when done. */
  private resolveLines(max: number): boolean {
    const L = this.lines;
    const last = this.footerLine >= 0 ? this.footerLine : L.n;
    const stop = Math.min(last, this.lineAt + max);
    const list = this.proposed;
    for (let i = this.lineAt; i < stop; i++) {
      if (this.foundAt < list.length && this.proposedLine(this.foundAt) === i) {
        // A numbered line is parsed again as a numbered heading only (no proposed heading around it).
        const v = list[this.foundAt];
        const numbered = v >= 0 ? this.numberedLine(v) : null;
        if (numbered) {
          this.placeNumbered(numbered);
          // 第一章 over its name: the name's line is done.
          if (numbered.head.nameLine !== undefined) i = numbered.head.nameLine;
        } else {
          const f = this.proposedAt(this.foundAt);
          this.placeFound(f);
          // A title that opens a whole document run into one line: the rest of the line is its text.
          if (f.end < L.te[i] && f.style === 'title') this.scanInline(i, f.end, false, undefined);
          // A title over two lines: its lines are done.
          if (f.endLine > i) i = f.endLine;
        }
        this.foundAt++;
        while (this.foundAt < list.length && this.proposedLine(this.foundAt) <= i) this.foundAt++;
      } else if (!this.runTogether && !this.flat) {
        // No line of text to look into: on to the next heading's line.
        const next = this.foundAt < list.length ? this.proposedLine(this.foundAt) : stop;
        i = Math.min(stop, next) - 1;
      } else if (((this.runTogether && this.openNumbered()) || (this.flat && L.len(i) >= FLAT_LINE)) && this.nextStop(L.ts[i]) < L.te[i] - 1) {
        this.scanInline(i, L.ts[i], false, undefined);
      }
    }
    this.lineAt = stop;
    if (stop < last) return true;
    this.tree.close(0, last < L.n ? L.ts[last] : this.text.length, last, false);
    return false;
  }

  /**
   * Whether headings were found run together in a line: only then are the lines of text looked into for the
   * next one (a text whose headings all start their lines does not pay for it).
   */
  private runTogether = false;
  /** Whether no numbered heading starts a line: the text may be a report run into long lines. */
  private flat = true;

  /** Whether a numbered section is open (so a heading of its family may come next inside a line). */
  private openNumbered(): boolean {
    return this.tree.top()?.number !== undefined;
  }

  /** The last title placed, without its blanks, and its last line (see `repeatsTitle`). */
  private lastTitle = '';
  private lastTitleLine = -1;

  /**
   * Whether a title or headline on line `line` repeats the title placed last right above it, blank lines between at
   * most: a page's rendering printed the line twice (永昌县…规划 (2017-2020年) over …规划(2017-2020年)), and the copy is
   * no heading of its own. (A copy under the page's metadata, the document's own title under the page's, is one:
   * the held-out annotations count both.)
   */
  private repeatsTitle(name: string, line: number): boolean {
    if (this.lastTitleLine < 0) return false;
    // (A reposted article's own title under the repost's says so: 原标题:… ; so labelled, it is the copy wherever it
    // stands under the title, the page's date and place lines between.)
    const compact = name.replace(BLANKS, '');
    const copy = compact.replace(ORIGINAL_TITLE, '');
    return (copy.length < compact.length || this.lines.prevNonBlank(line) === this.lastTitleLine) && copy === this.lastTitle;
  }

  private placeFound(f: Found): void {
    if ((f.style === 'title' || f.style === 'headline' || f.style === 'headline-group') && this.repeatsTitle(f.name, f.line)) {
      // (A third copy right under the second is one too.)
      this.lastTitleLine = f.endLine;
      return;
    }
    if (f.style !== 'bold' && f.style !== 'markdown') {
      this.lastTitle = f.name.replace(BLANKS, '');
      this.lastTitleLine = f.endLine;
    }
    const style: HeadingStyle = f.style === 'headline-group' ? 'headline' : f.style;
    const node = newNode(style, f.name, f.start, f.end, f.line, f.endLine, formalLevelOf(style, f.rank));
    let rank = f.rank;
    if (f.style === 'headline' || f.style === 'headline-group') rank = this.tree.placeHeadline(node, f.style, f.line);
    else this.tree.place(node, rank, f.line, false);
    this.numbering.restartBelow(rank);
  }

  /** A numbered heading at the start of line f.line: kept or not by its sequence, then the rest of its line. */
  private placeNumbered(f: NumberedLine): void {
    const L = this.lines;
    const { marker: m, head: alone } = f;
    const e = L.te[f.line];
    // Looked at again only when a heading may start inside the head.
    const head = alone.inner ? headOf(this.text, m, e, (next) => this.expected(m.family, m.number, next, true)) : alone;
    if (!this.keepsLineStart(f, head)) {
      if (this.openNumbered()) this.scanInline(f.line, m.textStart, false, undefined);
      return;
    }
    this.placeMarked(m, head, f.line, false);
    this.flat = false;
    this.scanInline(f.line, head.end, true, head.next);
  }

  /** The sequence rules of sequence.ts for a numbered heading at the start of a line. */
  private keepsLineStart(f: NumberedLine, head: Head): boolean {
    const { marker: m, list } = f;
    if (list) return false;
    const n = m.number;
    // The site's items go on as its items: the short ones numbered next, on the lines right after (1. 当前位置: / 2. 首页 /
    // 3. 新闻信息 / 4. 市县动态 / 5. 详情 is a breadcrumb).
    const site = this.siteItem;
    if (isSiteText(this.text.slice(m.textStart, head.end)) || (site !== undefined && site.family === m.family && n === site.number + 1 && f.line - site.line <= 2 && head.end - m.textStart <= MAX_CRUMB_ITEM)) {
      this.siteItem = { family: m.family, number: n, line: f.line };
      return false;
    }
    if (m.family === 'run-in') return true;
    if (m.family === 'article') {
      const last = this.numbering.lastOf('article');
      if (last > 0 && n <= last) return false;
      return !(last > 0 && n > last + 1 && m.textStart === m.markerEnd);
    }
    const last = this.numbering.lastOf(m.family);
    if (last > 0) return n === last + 1 || n === 1 || head.short;
    if (n === 1) return true;
    // 整改成效：(1)修订制度12项。/ (2)… / (3)…: the first item runs on after a label, the next ones start lines.
    if (n === 2 && this.firstItemAfterLabel(f)) return true;
    // (Numbered on from the heading before: 四、 under 第二章 after 三、 under 第一章.)
    if (n > 1 && n === this.numbering.carriedOf(m.family) + 1) return true;
    if (this.outerNumberedOpen(rankOf(m.family))) return false;
    return !this.numbering.seenBefore(m.family);
  }

  /**
   * Whether the line before a numbered line holds item 1 of the same family after a label and its colon
   * (整改成效：(1)…), or run into the heading that starts that line (一、任务目标1.完成…).
   */
  private firstItemAfterLabel(f: NumberedLine): boolean {
    const L = this.lines;
    const text = this.text;
    const p = L.prevNonBlank(f.line);
    if (p < 0) return false;
    const e = L.te[p];
    const first = (k: number) => {
      const m = markerAt(text, k, e);
      return m !== null && m.family === f.marker.family && m.number === 1;
    };
    const heading = this.marked(p);
    for (let k = L.ts[p]; k < e && k - L.ts[p] <= MAX_ITEM_LABEL; k++) {
      const c = text.charCodeAt(k);
      if (c === 0xff1a /* ： */ || c === 0x3a /* : */) return first(skipSpaces(text, k + 1, e));
      // Right after the heading's words: 任务目标|1.完成.
      if (heading && k > L.ts[p] + 2 && is(text, k, MARKER_START) && isHan(text.charCodeAt(k - 1)) && first(k)) return true;
    }
    return false;
  }

  /** Whether a numbered section of an outer rank is open. */
  private outerNumberedOpen(rank: number): boolean {
    const tree = this.tree;
    for (let d = 0; d < tree.depth; d++) if (tree.nodeAt(d).number !== undefined && tree.rankAt(d) < rank) return true;
    return false;
  }

  /**
   * Whether the marker `next` must come next after the numbered heading of family `current` and number
   * `currentNumber`: its next sibling, the next of an open outer family, the next article, or (`child`, in a
   * heading's own line) the first of a deeper family.
   */
  private expected(current: MarkerFamily | undefined, currentNumber: number, next: Marker, child: boolean): boolean {
    const family = next.family;
    if (family === 'run-in') return false;
    const k = next.number;
    if (family === 'article') return k === (current === 'article' ? currentNumber : this.numbering.lastOf('article')) + 1;
    if (current && family === current) return k === currentNumber + 1;
    const rank = rankOf(family);
    if (current && rank > rankOf(current)) return child && k === 1;
    for (let d = 0; d < this.tree.depth; d++) if (this.tree.nodeAt(d).style === family) return k === this.numbering.lastOf(family) + 1;
    return false;
  }

  /** Each marker's text once: the nodes of a report share a few dozen markers ("一、", "（二）", "3."). */
  private readonly markerTexts = new Map<string, string>();

  /** The text of marker m, the same string for the same marker (fewer strings kept with the outline). */
  private markerText(m: Marker): string {
    const raw = this.text.slice(m.start, m.markerEnd);
    const known = this.markerTexts.get(raw);
    if (known !== undefined) return known;
    this.markerTexts.set(raw, raw);
    return raw;
  }

  /** Adds a numbered heading to the tree and notes its number. */
  private placeMarked(m: Marker, head: Head, line: number, inline: boolean): void {
    const text = this.text;
    const long = !head.short || m.family === 'article';
    let name = long ? shortName(text, m, head.end) : headName(text, m, head, this.lines);
    // "二、人员：" is named without its colon.
    const colon = name.charCodeAt(name.length - 1);
    if (!long && (colon === 0xff1a || colon === 0x3a) && name.length > 2) name = name.slice(0, -1).trimEnd();
    const end = head.end;
    const node = newNode(m.family, name, m.start, end, line, head.nameLine ?? line, formalLevelOf(m.family), this.markerText(m), m.number, inline || undefined);
    const rank = rankOf(m.family);
    this.tree.place(node, rank, line, inline);
    this.numbering.restartBelow(rank);
    this.numbering.note(m.family, m.number);
  }

  /**
   * Headings run into line i from offset `from`: `pending` when the head before ended on one, then any
   * marker right after a 。 that must come next (see `expected`). `child` in a heading's own line.
   */
  private scanInline(i: number, from: number, child: boolean, pending: Marker | undefined): void {
    const text = this.text;
    const e = this.lines.te[i];
    let p = from;
    let next = pending;
    // Once a heading is found in it, the line is a heading's line: the first of a deeper family may follow.
    let heading = child;
    for (let guard = 0; guard < 1000; guard++) {
      if (!next) {
        const q = this.nextStop(p);
        if (q >= e - 1) return;
        p = q + 1;
        const s = skipSpaces(text, p, e);
        if (s >= e || !startsInlineMarker(text, s)) continue;
        const m = markerAt(text, s, e);
        if (!m || m.textStart >= e) continue;
        // The innermost open numbered heading, if any (read off the tree rather than made into a marker).
        const top = this.tree.top();
        const current = top !== undefined && top.number !== undefined ? (top.style as MarkerFamily) : undefined;
        if (!(this.expected(current, top?.number ?? 0, m, heading) || (!current && this.startsFlatText(m, i)))) continue;
        next = m;
      }
      const m = next;
      next = undefined;
      const head = headOf(text, m, e, (x) => this.expected(m.family, m.number, x, true));
      // An item that ends with ；right where the next begins ("(一)每床配备…；(二)…") is a clause of a list.
      const clause = head.how === 'marker' && is(text, head.end - 1, CLAUSE_PUNCT);
      if (clause || head.end <= m.textStart || (!head.short && m.family !== 'article') || isSiteText(text.slice(m.textStart, head.end))) {
        p = m.textStart;
        continue;
      }
      this.placeMarked(m, head, i, true);
      this.runTogether = true;
      heading = true;
      p = head.end;
      next = head.next;
    }
  }

  /** The first 。 at or after p, or Infinity. Asked in document order, so the search is done once over the text. */
  private stopAt = -1;
  private stopAsked = -1;
  private nextStop(p: number): number {
    if (p < this.stopAsked || this.stopAt < p) {
      const q = this.text.indexOf('。', p);
      this.stopAt = q < 0 ? Infinity : q;
    }
    this.stopAsked = p;
    return this.stopAt;
  }

  /**
   * The first heading of a text whose lines were run together (a whole report on one line): number 1 of
   * a family not met yet, in a long line, with no numbered section open.
   */
  private startsFlatText(m: Marker, i: number): boolean {
    if (m.number !== 1 || m.family === 'run-in' || this.lines.len(i) < FLAT_LINE || this.numbering.seenBefore(m.family)) return false;
    for (let d = 0; d < this.tree.depth; d++) if (this.tree.nodeAt(d).number !== undefined) return false;
    return true;
  }


}

/** Longest ending of a title after a bracket on its next line ("的通知", "的实施意见", "的补充通知"). */
const MAX_TITLE_ENDING = 8;

/** Whether text[s, e) holds a full stop. */
function hasStop(text: string, s: number, e: number): boolean {
  for (let k = s; k < e; k++) if (text.charCodeAt(k) === 0x3002 /* 。 */) return true;
  return false;
}

/**
 * A line that completes the title `title` above it: "（试行）"; "（2016—2030年）实施分工方案"; or a bracket and the
 * title's short ending, where long titles wrap ("关于印发…三年行动计划" over "（2023—2025年）的通知").
 */
function continuesTitle(title: string, line: string): boolean {
  if (isTitleSuffix(line) || kindAlone(title, line)) return true;
  const c = line[0];
  if (c !== '（' && c !== '(') return false;
  const close = line.search(/[)）]/);
  if (close <= 0 || close >= line.length - 1) return false;
  const rest = line.length - close - 1;
  return titleText(line.slice(close + 1)).strength === 2 || (rest <= MAX_TITLE_ENDING && titleText(title + line).strength === 2);
}

/** Blanks inside a line (通 知), and a line of Chinese characters only. */
const SPACES = /[ \u3000]+/g;
const HAN_ONLY = /^[\u4e00-\u9fff]+$/;

/**
 * The kind of the document alone on the title's last line, often spaced out (…关于印发…预案的 / 通 知), which makes
 * the title a formal one: that kind without its blanks ("通知"), or "" when the line is none.
 */
function kindAlone(title: string, line: string): string {
  const kind = line.replace(SPACES, '');
  return kind.length <= MAX_TITLE_ENDING && HAN_ONLY.test(kind) && titleText(title).strength < 2 && titleText(title + kind).strength === 2 ? kind : '';
}

/** Whether a line under a headline is its dateline or holds a metadata field (2024-11-09 09:37, 时间: 2024-01-10). */
function datelineOrField(line: string): boolean {
  return holdsMetaField(line) || isSourceDateline(line);
}

/** Whether a headline's line opens with a dash, as a subtitle under its main line does (——认真组织全院职工…). */
function opensSubtitle(name: string): boolean {
  const c = name.charCodeAt(0);
  return c === 0x2014 /* — */ || c === 0x2015 /* ― */ || (c === 0x2d /* - */ && name.charCodeAt(1) === 0x2d);
}

/** Longest column label a page prints between a headline and its dateline (民生, 地方之声). */
const MAX_COLUMN_LABEL = 4;

/** Bullets a page's header lists its metadata with (• 发布时间…, • 郑州市卫生健康委员会). */
const HEADER_BULLETS = '•·▪●◆■';

/** The label of a reposted article's own title (原标题：, 原文标题:), blanks already taken out. */
const ORIGINAL_TITLE = /^原文?标题[:：]/;

/** A node with its section as long as its heading (the tree extends it). */
function newNode(
  style: HeadingStyle,
  name: string,
  start: number,
  end: number,
  line: number,
  endLine: number,
  formalLevel: number,
  marker: string | undefined = undefined,
  number: number | undefined = undefined,
  inline: true | undefined = undefined,
): OutlineNode {
  // One shape for every node (absent fields undefined, which JSON leaves out): the tree code sees one kind of object.
  return { name, level: 1, formalLevel, style, marker, number, start, end, line, endLine, sectionEnd: end, sectionEndLine: endLine, children: [], inline };
}

/** The name of a long head: its marker and the start of its text, cut at the first clause or NAME_TEXT characters. */
function shortName(text: string, m: Marker, end: number): string {
  const marker = text.slice(m.start, m.markerEnd);
  let k = m.textStart;
  const limit = Math.min(end, k + NAME_TEXT);
  while (k < limit && !is(text, k, CLAUSE_PUNCT) && text.charCodeAt(k) !== 0xff1a /* ： */) k++;
  const body = text.slice(m.textStart, k).trim();
  const cut = k < end && k === limit && !is(text, k, CLAUSE_PUNCT) && text.charCodeAt(k) !== 0xff1a;
  const gap = m.family === 'article' || m.family === 'part' || m.family === 'chapter' || m.family === 'section' ? ' ' : '';
  return `${marker}${gap}${body}${cut ? '…' : ''}`.trim();
}

/** The families of a document's divisions, named after their ordinal: 第X编, 第X部分, 第X章, 第X节. */
function isDivision(family: MarkerFamily): boolean {
  return family === 'part' || family === 'chapter' || family === 'section';
}

/** A short head's name: its text, or for a division alone on its line, its marker and the line below (第一章 总则). */
function headName(text: string, m: Marker, head: Head, lines: LineTable): string {
  if (head.nameLine === undefined) return text.slice(m.start, head.end);
  // (A run-in head on the line below ends at its full stop: 一、 / 高度重视，有效防控。各地区…)
  const line = lines.content(head.nameLine);
  const own = head.end - lines.ts[head.nameLine];
  return `${text.slice(m.start, m.markerEnd)} ${own > 0 && own < line.length ? line.slice(0, own) : line}`;
}

/** Whether a head runs to the end of its line ending at `e` (sentence ends and spaces after it at most). */
function headAlone(text: string, head: Head, e: number): boolean {
  let after = head.end;
  while (after < e && (is(text, after, HEAD_END) || isSpace(text.charCodeAt(after)))) after++;
  return after >= e;
}

/** Whether a head that is its whole line text[s, e) ends a clause (an item of a sentence: "（一）…；"). */
function clauseItem(text: string, head: Head, s: number, e: number): boolean {
  return head.how === 'eol' && head.short && endsClause(text, s, e);
}

/** Punctuation cut off the end of a bold head's name (。．.：:). */
function boldEndPunct(c: number): boolean {
  return c === 0x3002 || c === 0xff0e || c === 0x2e || c === 0xff1a || c === 0x3a;
}

/** Joins a block ending in ：to the block after it. */
function joinColons(run: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of run) {
    const prev = out[out.length - 1];
    if (prev?.colon) {
      out[out.length - 1] = { ...c, name: prev.name + c.name, start: prev.start, line: prev.line, org: false };
    } else out.push(c);
  }
  return out;
}

/** How many colons the line holds: the fields of a row of metadata (生效日期: 废止日期: holds two). */
function fieldCount(line: string): number {
  let n = 0;
  for (let k = 0; k < line.length; k++) {
    const c = line.charCodeAt(k);
    if (c === 0xff1a /* ： */ || c === 58 /* : */) n++;
  }
  return n;
}

/** The bullets that open a list's lines as pages print them: • · and -. */
function isListBullet(c: number): boolean {
  return c === 0x2022 /* • */ || c === 0xb7 /* · */ || c === 0x2d; /* - */
}

/** How many of a summary's first characters its article's first paragraph must repeat, and how far into it. */
const SUMMARY_PROBE = 16;
const SUMMARY_REACH = 200;

/** The most lines a paper's headline over its dateline runs to (its kicker, the headline, the subhead). */
const MAX_STACK_LINES = 3;
/** Longest item of a breadcrumb printed as a numbered list, in code units (市县动态, 新闻信息). */
const MAX_CRUMB_ITEM = 8;
/** A line of one to three words in Latin letters alone (Workflow, Home Menu): a site's label on a Chinese page, no heading. */
const LATIN_LABEL = /^[A-Za-z]{2,20}(?: [A-Za-z]{2,20}){0,2}$/;

/** The longest line nameLine may take: a name of twenty characters and another as long in brackets. */
const MAX_NAME_LINE = 42;

/** Whether a line is only a body's name (isOrgLine), its other name in brackets after it or not (四川省医学科学院(四川省人民医院)). */
function nameLine(line: string): boolean {
  const last = line.charCodeAt(line.length - 1);
  if (last !== 0x29 /* ) */ && last !== 0xff09 /* ） */) return isOrgLine(line);
  const open = Math.max(line.lastIndexOf('('), line.lastIndexOf('（'));
  return open > 0 && isOrgLine(line.slice(0, open)) && isOrgLine(line.slice(open + 1, -1));
}
