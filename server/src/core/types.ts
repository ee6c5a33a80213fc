/**
 * Plain data types produced by the analysis core.
 *
 * Every offset is a UTF-16 code-unit index into the analysed text (a JS string index),
 * `end` exclusive, so `text.slice(start, end)` is the annotated text. Nothing here knows
 * about LSP positions, lines or VS Code.
 */

/** The three kinds of entity the core finds. */
export type EntityKind = 'term' | 'figure' | 'org';

/** A range of the analysed text. */
export interface Span {
  start: number;
  end: number;
  /** The text of the range exactly as it stands in the document (may contain a broken line). */
  text: string;
}

// ---------------------------------------------------------------- terms

/** Categories of the policy glossary. */
export type TermCategory =
  | 'medical-reform'
  | 'public-health'
  | 'maternal-child'
  | 'elderly-care'
  | 'tcm'
  | 'party-building'
  | 'governance'
  | 'finance-insurance'
  | 'workforce'
  | 'digital-health'
  | 'population'
  | 'other';

/** One entry of a glossary file (see server/data/glossary.schema.json). */
export interface GlossaryEntry {
  /** Stable identifier, unique across all glossaries (e.g. "jinmixing-xianyu-yigongti"). */
  id: string;
  /** The canonical form of the term. */
  term: string;
  /** Other spellings, full forms and short forms that mean the same thing. */
  aliases?: string[];
  /** Definition in Simplified Chinese, written by the Report Lens team. */
  definition: string;
  /** Optional English gloss. */
  english?: string;
  /** The document or body that set the policy up. */
  source?: string;
  /** Year of that document, when known. */
  year?: number;
  category: TermCategory;
  /** The words are everyday language alone (上下联动): a term only as an item of a list of terms (基层首诊、双向转诊、急慢分治、上下联动). */
  listOnly?: boolean;
}

export interface TermAnnotation extends Span {
  kind: 'term';
  /** Glossary entry id; absent for candidate terms. */
  termId?: string;
  /** Canonical term (the glossary's `term`, or the quoted text for a candidate). */
  canonical: string;
  definition?: string;
  english?: string;
  source?: string;
  year?: number;
  category?: TermCategory;
  /** Which glossary file the entry came from ("builtin" for the shipped one). */
  glossary?: string;
  /** A quoted formula that is not in any glossary. */
  candidate?: boolean;
}

// ---------------------------------------------------------------- figures

export type FigureKind =
  | 'money'
  | 'count'
  | 'percent'
  | 'percentage-point'
  | 'rate'
  | 'date'
  | 'period'
  | 'range'
  | 'rank'
  | 'quantity';

/**
 * How a figure qualifies its number: 余/多/逾 (more than), 近 (nearly), 约 (about), 以上 (at least),
 * 以下 (at most); (不含)以下 (less than).
 */
export type Approximation = 'exact' | 'more-than' | 'nearly' | 'about' | 'at-least' | 'at-most' | 'less-than';

/** A part of a year or a month: 初 (start), 上旬 (early), 中旬 (middle), 下旬 (late), 底 and 末 (end). */
export type DatePart = 'start' | 'early' | 'middle' | 'late' | 'end';

export interface FigureAnnotation extends Span {
  kind: 'figure';
  figureKind: FigureKind;
  /**
   * The normalised value: base units for money and counts (1.5亿元 → 150000000),
   * a fraction for percentages (86.43% → 0.8643), points for percentage points (14.7),
   * the ordinal for ranks, the lower bound for ranges; null when not numeric (上半年).
   */
  value: number | null;
  /** Upper bound for ranges (3-11岁 → 11). */
  valueHigh?: number;
  /** Normalised unit: "元", "份", "人次", "%", "个百分点", "岁", "年"… */
  unit: string;
  /** Measure word or unit as written, when it differs from `unit` (万元 → unit 元). */
  unitText?: string;
  approx?: Approximation;
  /**
   * For dates, times and periods: ISO-like form, e.g. "2024-12", "2024-12-31", "--04-18" (no year),
   * "---20" (a day of the month), "T14:00", "2024-H1", "2024-Q3", "2024-W48" (a week of the year), "2021/2025" (an interval).
   */
  date?: string;
  /** For a date at a part of its year or month (2024年底, 12月初, 6月中旬): which part; `date` gives the year or the month. */
  datePart?: DatePart;
  /** For a list of days written as one figure (4月18、19日): every date of the list, the first in `date`. */
  dates?: string[];
  /** For ranks: the scope (全省, 全国, 全市). */
  scope?: string;
  /** For ranks counted from the bottom (倒数第三, 后五名): true, and `value` counts from the end. */
  fromEnd?: true;
  /** For growth figures: "increase" or "decrease" when the text says so. */
  change?: 'increase' | 'decrease';
  /** For ratios (医护比1:1.25): the terms as written, [1, 1.25] (three or four for a structure, 19.5:34.6:45.9); `value` is the first two's quotient and `unit` ":". */
  ratio?: number[];
  /**
   * For days of the lunar calendar (正月初一, 初一至初七, 腊月二十三), which no ISO date names: the month and day as `date`
   * writes them, --01-01, or ---07 where the month is not written, intervals joined by /; `date` is then absent.
   */
  lunar?: string;
}

// ---------------------------------------------------------------- organisations

export type OrgKind =
  | 'government'
  | 'party'
  | 'hospital'
  | 'health-institution'
  | 'university'
  | 'company'
  | 'media'
  | 'association'
  | 'other';

export interface OrgAnnotation extends Span {
  kind: 'org';
  orgKind: OrgKind;
  /** The fullest name this organisation goes by in the document. */
  canonical: string;
  /** Identifier of the organisation within the document: all its mentions share it. */
  entityId: string;
  /** The other names it goes by in this document (not including `text`). */
  aliases: string[];
  /** How many times the organisation (under any of its names) is mentioned in the document. */
  mentions: number;
}

export type Annotation = TermAnnotation | FigureAnnotation | OrgAnnotation;

// ---------------------------------------------------------------- outline

/**
 * The marker a numbered heading starts with, by family: every half- and full-width form of a marker is the
 * same family ((一) and （一）; 1. 1、 and １．). Families nest in this order, outer first: part (第X编, 第X部分) >
 * chapter (第X章) > section (第X节) > article (第X条) > chinese-numeral (一、), roman (Ⅰ、, "I Title") and
 * highlight (亮点一：) > paren-chinese (（一）) > arabic (1., and 1 总则 in a plan numbered 1 / 1.1 / 1.1.1) >
 * decimal-2 (1.1) > decimal-3 (1.1.1) > decimal-4 (1.1.1.1) > paren-arabic (（1）) > circled (①) > run-in (一是… opening a paragraph).
 */
export type MarkerFamily =
  | 'part'
  | 'chapter'
  | 'section'
  | 'article'
  | 'chinese-numeral'
  | 'roman'
  | 'highlight'
  | 'paren-chinese'
  | 'arabic'
  | 'decimal-2'
  | 'decimal-3'
  | 'decimal-4'
  | 'paren-arabic'
  | 'circled'
  | 'run-in';

/** How a heading is written: its marker family, or one of the unnumbered kinds. */
export type HeadingStyle =
  | 'title' // the document's title (also a notice's attachment, or a second document in the same text)
  | MarkerFamily
  | 'markdown' // ## …
  | 'bold' // **…**
  | 'headline'; // a newspaper article's headline

export interface OutlineNode {
  /**
   * Heading text as shown in the outline: broken heading lines joined, markers kept. A long head (an
   * article of a regulation, a numbered paragraph, a 一是 run-in) is named by its marker and the start of
   * its text, cut with "…".
   */
  name: string;
  /** Nesting depth, 1 for top-level sections. */
  level: number;
  /**
   * The level official writing gives the heading's kind (GB/T 9704: title 1, 一、 2, （一） 3, 1. 4, （1） 5),
   * whatever stands above it here: a report with no title line, or with 1. right under 一、, still has its 一、 at 2.
   */
  formalLevel: number;
  style: HeadingStyle;
  /** UTF-16 offsets of the heading text in the document (for a heading run into a line, its part of the line). */
  start: number;
  end: number;
  /** 0-based first and last line of the heading text. */
  line: number;
  endLine: number;
  /** Offset where the section (heading plus body) ends, exclusive. */
  sectionEnd: number;
  /** 0-based last line of the section. */
  sectionEndLine: number;
  children: OutlineNode[];
  /** The marker as written ("第十二条", "（一）", "1.", "一是", "亮点一："), for numbered headings. */
  marker?: string;
  /** The number the marker carries (12 for 第十二条, 3 for （三）), for numbered headings. */
  number?: number;
  /** True when the heading starts inside a line (headings run together by PDF extraction). */
  inline?: boolean;
}

// ---------------------------------------------------------------- whole analysis

/** A message about the analysis itself (something skipped, a limit reached). */
export interface AnalysisNotice {
  code: 'truncated' | 'binary' | 'empty' | 'encoding';
  /** English text; the server localises by `code`. */
  message: string;
  /** Offset from which analysis stopped, for `truncated`. */
  offset?: number;
}

export interface Analysis {
  terms: TermAnnotation[];
  figures: FigureAnnotation[];
  orgs: OrgAnnotation[];
  outline: OutlineNode[];
  notices: AnalysisNotice[];
}
