/**
 * What the user reads about a finding, in their language: the message (the problem and its fix), the title
 * of the quick fix, and each rule's one-line title (the settings, SARIF). English strings are the keys of
 * l10n/bundle.l10n.zh-cn.json.
 */
import type { L10n } from '../l10n';
import type { CheckCode, Finding } from './types';

/** The message of a finding: what is wrong and how to fix it. */
export function describe(f: Finding, { t }: L10n): string {
  const d = f.data ?? {};
  switch (f.code) {
    case 'headingSequence':
      return d.previous
        ? t('Heading number {0} follows {1}: expected {2}. Renumber this level.', d.marker, d.previous, d.expected)
        : t('Heading number {0} opens its level: expected {1}. Renumber this level.', d.marker, d.expected);
    case 'headingLevel':
      return t('Heading {0} comes after {1} in the same section, but ranks above it: move it before the {1} items or number it one level down.', d.marker, d.after);
    case 'headingMixedMarkers':
      return t('Heading marker {0} continues the numbering of the level above: write {1}.', d.marker, d.replacement);
    case 'headingBracket':
      return t('Half-width brackets in the heading marker {0}: write {1}.', d.marker, d.replacement);
    case 'headingArabicComma':
      return t('Heading marker {0}: this document numbers with “1.” elsewhere; write {1}.', d.marker, d.replacement);
    case 'halfWidthPunctuation':
      return t('Half-width {0} in Chinese text: write {1}.', d.mark, d.replacement);
    case 'straightQuotes':
      return t('Straight quotes {0}…{0} around Chinese text: write {1}…{2}.', d.quote, d.left, d.right);
    case 'unbalancedPair':
      return d.opener
        ? t('{0} is not closed in this paragraph: add the matching {1}, or remove it.', d.found, d.missing)
        : t('{0} closes nothing in this paragraph: add the matching {1}, or remove it.', d.found, d.missing);
    case 'doubledPunctuation':
      return t('{0} written twice: remove one.', d.mark);
    case 'documentNumber':
      return t('The year of a document number goes in 〔〕: write {1}, not {0}.', d.found, d.replacement);
    case 'missingFullStop':
      return t('This paragraph ends without a full stop: add 。 if the sentence is complete.');
    case 'spaceInText':
      if (d.kind === 'unit') return t('Space between a number and its unit ({0} {1}): remove it.', d.before, d.after);
      if (d.kind === 'number') return t('Space before a number in Chinese text ({0} {1}): remove it.', d.before, d.after);
      return t('Space inside Chinese text (between {0} and {1}), probably left by PDF conversion: remove it.', d.before, d.after);
    case 'brokenLine':
      return d.kind === 'word' ? t('Line break inside “{0}”: join the lines.', d.word) : t('Line break in the middle of a sentence: join the lines.');
    case 'letterSpacing':
      return t('Letter-spaced text “{0}”: write {1}.', d.text, d.joined);
    case 'pageDebris':
      return d.kind === 'header'
        ? t('Running header “{0}” left in the text where a page ended: remove the line.', d.line)
        : t('Page number “{0}” left in the text: remove the line.', d.line);
    case 'yearOutlier':
      return t('{0} in a report about {1}: is the year right?', d.year, d.main);
    case 'shareOver100':
      return t('{0} is above 100%, but it is a share ({1}): check the figure.', d.figure, d.what);
    case 'changeMismatch':
      return d.wrongWay
        ? t('The change {2} goes the wrong way: the figure went from {0} to {1}.', d.from, d.to, d.change)
        : t('From {0} to {1} is a change of {3}, not {2}: check the figures.', d.from, d.to, d.change, d.actual);
    case 'percentPointMix':
      return d.replacement
        ? t('{0}: the difference between two percentages is in percentage points: write {1}.', d.figure, d.replacement)
        : t('{0} mixes % and 个百分点: write a percentage or percentage points, not both.', d.figure);
    case 'totalMismatch':
      return t('The {2} parts add up to {1}, not to the total {0}: check the figures.', d.total, d.sum, d.parts);
    case 'indicatorConflict':
      return t('{0} is {1} here but {2} earlier in this document: use one value.', d.name, d.value, d.other);
    case 'orgTwoNames':
      return t('{0} and {1} name the same body in this document: use one full name.', d.name, d.other);
    case 'shortBeforeFull':
      return t('Short form {0} is used before the full name {1} is introduced: give the full name first.', d.short, d.full);
    case 'unusedAlias':
      return t('The short form “{0}” is declared but never used: remove the declaration, or use the short form.', d.alias);
    case 'doubledChar':
      return t('{0}: “{1}” written twice; remove one.', d.text, d.single);
    case 'yearZero':
      return t('Year {0}: write the zero as 〇 ({1}).', d.year, d.replacement);
  }
}

/** The title of a finding's quick fix. */
export function fixTitle(f: Finding, { t }: L10n): string {
  const d = f.data ?? {};
  switch (f.code) {
    case 'headingSequence':
      return t('Renumber this level');
    case 'straightQuotes':
      return t('Replace with {0}…{1}', d.left, d.right);
    case 'doubledPunctuation':
      return t('Remove the repeated {0}', d.mark);
    case 'doubledChar':
      return t('Remove the repeated {0}', d.single);
    case 'spaceInText':
    case 'letterSpacing':
      return t('Remove the spaces');
    case 'brokenLine':
      return t('Join the lines');
    case 'pageDebris':
      return t('Remove the line');
    case 'unusedAlias':
      return t('Remove the declaration');
    default:
      return t('Replace with {0}', d.replacement);
  }
}

/** Each rule in a few words (settings, SARIF, the CLI's listing of rules). */
export function ruleTitle(code: CheckCode, { t }: L10n): string {
  switch (code) {
    case 'headingSequence':
      return t('Heading numbers skipped, repeated or not starting at 1');
    case 'headingLevel':
      return t('Heading levels out of order');
    case 'headingMixedMarkers':
      return t('Heading marker of the wrong level');
    case 'headingBracket':
      return t('Half-width brackets in heading markers');
    case 'headingArabicComma':
      return t('1、 where the document uses 1.');
    case 'halfWidthPunctuation':
      return t('Half-width punctuation in Chinese text');
    case 'straightQuotes':
      return t('Straight quotes in Chinese text');
    case 'unbalancedPair':
      return t('Unbalanced quotes and brackets');
    case 'doubledPunctuation':
      return t('Doubled punctuation');
    case 'documentNumber':
      return t('Document number without 〔〕');
    case 'missingFullStop':
      return t('Paragraph without a full stop');
    case 'spaceInText':
      return t('Spaces inside Chinese text or between a number and its unit');
    case 'brokenLine':
      return t('Line broken in the middle of a word or sentence');
    case 'letterSpacing':
      return t('Letter-spaced text');
    case 'pageDebris':
      return t('Page numbers and running headers left in the text');
    case 'yearOutlier':
      return t('Year far from the report’s own');
    case 'shareOver100':
      return t('Share above 100%');
    case 'changeMismatch':
      return t('Change that contradicts its figures');
    case 'percentPointMix':
      return t('% and percentage points mixed up');
    case 'totalMismatch':
      return t('Parts that do not add up to their total');
    case 'indicatorConflict':
      return t('One indicator with two values');
    case 'orgTwoNames':
      return t('One body under two full names');
    case 'shortBeforeFull':
      return t('Short form before the full name');
    case 'unusedAlias':
      return t('Declared short form never used');
    case 'doubledChar':
      return t('Doubled character (的的, 了了, 是是)');
    case 'yearZero':
      return t('Year written with 零 or ○ instead of 〇');
  }
}
