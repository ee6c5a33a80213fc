/**
 * What the proofreading checks find. Like the rest of the core, findings speak UTF-16 offsets and plain
 * data: a rule's code, where, the values its message names, and the edits of its fix when the fix is
 * certain. Messages are made from code and data by `messages.ts`, in the user's language.
 */

/** The rules, one code each; `reportLens.checks.<code>` turns one off. */
export const CHECK_CODES = [
  // headings.ts
  'headingSequence',
  'headingLevel',
  'headingMixedMarkers',
  'headingBracket',
  'headingArabicComma',
  // punctuation.ts
  'halfWidthPunctuation',
  'straightQuotes',
  'unbalancedPair',
  'doubledPunctuation',
  'documentNumber',
  'missingFullStop',
  // debris.ts
  'spaceInText',
  'brokenLine',
  'letterSpacing',
  'pageDebris',
  // figures.ts
  'yearOutlier',
  'shareOver100',
  'changeMismatch',
  'percentPointMix',
  'totalMismatch',
  'indicatorConflict',
  // names.ts
  'orgTwoNames',
  'shortBeforeFull',
  'unusedAlias',
  // typos.ts
  'doubledChar',
  'yearZero',
] as const;

export type CheckCode = (typeof CHECK_CODES)[number];

/** How bad a finding is: an error makes `report-lens check` exit with status 1. */
export type CheckSeverity = 'error' | 'warning' | 'information';

/** The rule families, one file each. */
export type CheckFamily = 'headings' | 'punctuation' | 'debris' | 'figures' | 'names' | 'typos';

export interface RuleInfo {
  severity: CheckSeverity;
  family: CheckFamily;
}

/**
 * Severity per rule. Errors are what makes a report wrong whoever reads it (a skipped section number, 的的,
 * figures that contradict each other); warnings break official style or are left over from conversion;
 * information is for what may be intended (a paragraph without a full stop).
 */
export const RULES: Readonly<Record<CheckCode, RuleInfo>> = {
  headingSequence: { severity: 'error', family: 'headings' },
  headingLevel: { severity: 'error', family: 'headings' },
  headingMixedMarkers: { severity: 'error', family: 'headings' },
  headingBracket: { severity: 'warning', family: 'headings' },
  headingArabicComma: { severity: 'warning', family: 'headings' },
  halfWidthPunctuation: { severity: 'warning', family: 'punctuation' },
  straightQuotes: { severity: 'warning', family: 'punctuation' },
  unbalancedPair: { severity: 'error', family: 'punctuation' },
  doubledPunctuation: { severity: 'error', family: 'punctuation' },
  documentNumber: { severity: 'warning', family: 'punctuation' },
  missingFullStop: { severity: 'information', family: 'punctuation' },
  spaceInText: { severity: 'warning', family: 'debris' },
  brokenLine: { severity: 'warning', family: 'debris' },
  letterSpacing: { severity: 'warning', family: 'debris' },
  pageDebris: { severity: 'warning', family: 'debris' },
  yearOutlier: { severity: 'warning', family: 'figures' },
  shareOver100: { severity: 'error', family: 'figures' },
  changeMismatch: { severity: 'error', family: 'figures' },
  percentPointMix: { severity: 'error', family: 'figures' },
  totalMismatch: { severity: 'error', family: 'figures' },
  indicatorConflict: { severity: 'warning', family: 'figures' },
  orgTwoNames: { severity: 'warning', family: 'names' },
  shortBeforeFull: { severity: 'warning', family: 'names' },
  unusedAlias: { severity: 'warning', family: 'names' },
  doubledChar: { severity: 'error', family: 'typos' },
  yearZero: { severity: 'warning', family: 'typos' },
};

/** A replacement of text[start, end) by `text`. */
export interface CheckEdit {
  start: number;
  end: number;
  text: string;
}

/** The values a finding's message names (the characters found, the number expected, …). */
export type FindingData = Readonly<Record<string, string | number>>;

/** One problem found by a rule. */
export interface Finding {
  code: CheckCode;
  start: number;
  end: number;
  data?: FindingData;
  /**
   * The edits that fix it, when the fix is certain; they never overlap. Rules whose fix follows from the
   * finding itself (a half-width comma, a doubled 。) leave it out: a report converted from a PDF may have
   * tens of thousands of those. Read fixes with `fixOf` (index.ts).
   */
  fix?: CheckEdit[];
}
