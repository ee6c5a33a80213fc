/**
 * Names of organisations as official writing introduces them: the full name first, short forms after it;
 * one name per body (not 某市卫生健康委员会 here and 某市卫生和计划生育委员会 there); and an alias
 * declared with （以下简称X） that the text then uses.
 *
 * Organisations and their aliases come from the analysis (core/orgs); headings and titles are left out,
 * since a headline may use a short form before the article gives the full name.
 */
import type { OrgAnnotation, OutlineNode } from '../types';
import { indexAfter } from '../lines';
import { flattenOutline } from '../outline';
import { StepSizer, type Steps } from '../steps';
import { ForwardTrie } from '../orgs/lexicon';
import type { Finding } from './types';

/** Organisation mentions to read between two yields of `checkNamesSteps` at most (StepSizer: fewer while the code is not compiled). */
const MENTIONS_PER_STEP = 8192;

/** The document-wide name rules. */
export function* checkNamesSteps(text: string, orgs: readonly OrgAnnotation[], outline: OutlineNode[]): Steps<Finding[]> {
  const out: Finding[] = [];
  const headings = flattenOutline(outline);
  const starts = headings.map((h) => h.start);
  const inHeading = (o: OrgAnnotation) => {
    const k = indexAfter(starts, o.start) - 1;
    return k >= 0 && o.start < headings[k].end;
  };
  // Each organisation's names (PDF breaks removed), each with its first mention, in the order they come:
  // all the rules need. A report may mention one body tens of thousands of times under two or three names.
  const byEntity = new Map<string, Map<string, OrgAnnotation>>();
  const names = new Map<string, string>();
  const sizer = new StepSizer(256, MENTIONS_PER_STEP);
  for (let i = 0; i < orgs.length; i++) {
    if (sizer.tick()) yield;
    const o = orgs[i];
    if (inHeading(o) || inTitleMarks(text, o.start) || onHeadLikeLine(text, o.start)) continue;
    let name = names.get(o.text);
    if (name === undefined) names.set(o.text, (name = o.text.replace(/\s+/g, '')));
    const entity = byEntity.get(o.entityId);
    if (!entity) byEntity.set(o.entityId, new Map([[name, o]]));
    else if (!entity.has(name)) entity.set(name, o);
  }
  for (const entity of byEntity.values()) {
    const list = [...entity].map(([name, at]) => ({ name, at }));
    shortBeforeFull(list, out);
    twoFullNames(list, out);
  }
  unusedAliases(text, out);
  return out.sort((a, b) => a.start - b.start);
}

/** One of an organisation's names (without the line breaks and spaces a PDF left in it) and its first mention. */
interface NameAt {
  name: string;
  at: OrgAnnotation;
}

/** Whether `short` keeps `full`'s characters in order. */
function isSubsequence(short: string, full: string): boolean {
  let k = 0;
  for (let i = 0; i < full.length && k < short.length; i++) if (full[i] === short[k]) k++;
  return k === short.length;
}

/**
 * A contraction of a name: its first character, others dropped from inside (市五院 of 市第五人民医院,
 * 市卫健委 of 市卫生健康委员会). A name cut short at the end (国家卫生健康委 of …委员会) is the standard short
 * name and does not count, nor one without its place (市委 of 阳春市委).
 */
function isContraction(short: string, full: string): boolean {
  return short.length < full.length && short[0] === full[0] && !full.startsWith(short) && isSubsequence(short, full);
}

/**
 * The first mention of an organisation is a contraction of a name the text gives only later. `names`: the
 * organisation's names in the order they first come.
 */
function shortBeforeFull(names: readonly NameAt[], out: Finding[]): void {
  const first = names[0];
  const later = names.find((n) => isContraction(first.name, n.name));
  if (!later) return;
  out.push({ code: 'shortBeforeFull', start: first.at.start, end: first.at.end, data: { short: first.name, full: later.name, fullAt: later.at.start } });
}

const PLACE = /^[\u4e00-\u9fff]{2,6}?[省市县区州]/;

/**
 * A government body under two full names: both name the same place, and neither is a form of the other
 * (a hospital may carry two names by right; a government body has one).
 */
function twoFullNames(names: readonly NameAt[], out: Finding[]): void {
  if (names[0].at.orgKind !== 'government') return;
  for (let i = 1; i < names.length; i++) {
    const b = names[i].name;
    const place = PLACE.exec(b)?.[0];
    if (!place) continue;
    const a = names.slice(0, i).find((n) => n.name.startsWith(place) && !isSubsequence(n.name, b) && !isSubsequence(b, n.name));
    if (!a) continue;
    out.push({ code: 'orgTwoNames', start: names[i].at.start, end: names[i].at.end, data: { name: b, other: a.name, otherAt: a.at.start } });
    return;
  }
}

/** Longest line, in code units, read as a possible headline by `onHeadLikeLine`. */
const MAX_HEAD_LINE = 40;

/**
 * Whether `at` is on a short line without sentence punctuation: a headline or title, though the outline may
 * not have taken it for one (a page with one article has no run of headlines to go by).
 */
function onHeadLikeLine(text: string, at: number): boolean {
  let s = at;
  while (s > 0 && at - s <= MAX_HEAD_LINE && text.charCodeAt(s - 1) !== 10 && text.charCodeAt(s - 1) !== 13) s--;
  // Inside a long line (most names are): no need to look for its end.
  if (at - s > MAX_HEAD_LINE) return false;
  let e = at;
  while (e < text.length && e - s <= MAX_HEAD_LINE && text.charCodeAt(e) !== 10 && text.charCodeAt(e) !== 13) e++;
  if (e - s > MAX_HEAD_LINE || (s > 0 && text.charCodeAt(s - 1) !== 10 && text.charCodeAt(s - 1) !== 13)) return false;
  return !/[。，；！？,;!?]/.test(text.slice(s, e));
}

/** Inside 《…》 on its line: a title's words are the title's, not the report's. */
function inTitleMarks(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0 && at - i <= 40; i--) {
    const c = text.charCodeAt(i);
    if (c === 0x300a /* 《 */) return true;
    if (c === 0x300b /* 》 */ || c === 10 || c === 13) return false;
  }
  return false;
}

/** （以下简称“X”）, (下称X), （简称X）: the declaration and its alias. */
const ALIAS = /[（(](?:以下)?[简下]称(?:为)?[:：]?\s*([“"「《]?)([^）)”"」》，,。；;\s]{1,20})[”"」》]?[）)]/;

/**
 * How much text must follow a declaration before its alias counts as unused (about two pages): a report
 * being written declares a short form before the paragraphs that will use it.
 */
const ALIAS_RANGE = 2000;

/**
 * Declared aliases up to which each declaration looks for its alias in the text after it; with more, all
 * are looked for in one scan. (A look per declaration reads the rest of the text each time: a hostile file
 * of thousands of declarations would take time growing with the square of its length.)
 */
const ALIASES_LOOKED_FOR_ONE_BY_ONE = 32;

/** An alias declared with （以下简称X） and never used after. The fix removes the declaration. */
export function unusedAliases(text: string, out: Finding[]): void {
  const declarations: { start: number; end: number; alias: string }[] = [];
  for (let i = text.indexOf('称'); i >= 0; i = text.indexOf('称', i + 1)) {
    const before = text[i - 1];
    if (before !== '简' && before !== '下') continue;
    const from = Math.max(0, i - 4);
    const m = ALIAS.exec(text.slice(from, i + 32));
    if (!m || from + m.index > i) continue;
    const start = from + m.index;
    const end = start + m[0].length;
    if (text.length - end < ALIAS_RANGE) continue;
    declarations.push({ start, end, alias: m[1] === '《' ? `《${m[2]}》` : m[2] });
  }
  const usedAfter = declarations.length <= ALIASES_LOOKED_FOR_ONE_BY_ONE ? (d: { end: number; alias: string }) => text.indexOf(d.alias, d.end) >= 0 : lastUses(text, declarations);
  for (const d of declarations) {
    if (!usedAfter(d)) out.push({ code: 'unusedAlias', start: d.start, end: d.end, data: { alias: d.alias }, fix: [{ start: d.start, end: d.end, text: '' }] });
  }
}

/** Whether an alias is written after a declaration's end, from one scan of the text for all the aliases. */
function lastUses(text: string, declarations: readonly { alias: string }[]): (d: { end: number; alias: string }) => boolean {
  const aliases = new ForwardTrie();
  for (const d of declarations) aliases.add(d.alias);
  // Where each alias is last written (an alias is at most 22 code units: the scan is linear in the text).
  const last = new Map<string, number>();
  for (let i = 0; i < text.length; i++) aliases.eachAt(text, i, (length) => last.set(text.slice(i, i + length), i));
  return (d) => (last.get(d.alias) ?? -1) >= d.end;
}
