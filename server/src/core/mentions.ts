/**
 * Which entity is at an offset, and where else the report mentions it: the base of Find All
 * References, Go to Definition, Document Highlight and the Report Entities view.
 *
 * An organisation's mentions are those sharing its `entityId` (all its names); a glossary term's
 * are those with its `termId`; a candidate term's those with the same canonical text; a user tag's
 * those with the same label and text.
 */
import type { Analysis, Annotation, OrgAnnotation, TermAnnotation } from './types';
import { tagsAt, type Tag } from './tags';

export interface Range {
  start: number;
  end: number;
}

export type EntityAt =
  | { kind: 'org'; org: OrgAnnotation; mentions: OrgAnnotation[]; /** The first mention under the full (canonical) name. */ definition: OrgAnnotation }
  | { kind: 'term'; term: TermAnnotation; mentions: TermAnnotation[]; /** For candidates: the first mention. */ definition: TermAnnotation }
  | { kind: 'tag'; tag: Tag; mentions: (Range & { text: string })[] };

/** What the analysis offers for this: the flat lists, and what is at an offset (most specific first). */
export type Lookup = Pick<Analysis, 'terms' | 'orgs'> & { at(offset: number): Annotation[] };

/** Names compared without the line breaks and spaces a PDF conversion leaves inside them. */
export function compact(s: string): string {
  return s.replace(/\s+/g, '');
}

/** The entity at `offset`: an organisation or term the analysis found, else a user tag. */
export function entityAt(analysis: Lookup, offset: number, tags: readonly Tag[] = []): EntityAt | undefined {
  for (const a of analysis.at(offset)) {
    if (a.kind === 'org') {
      const mentions = analysis.orgs.filter((o) => o.entityId === a.entityId);
      const full = compact(a.canonical);
      const definition = mentions.find((o) => compact(o.text) === full) ?? mentions[0] ?? a;
      return { kind: 'org', org: a, mentions: mentions.length ? mentions : [a], definition };
    }
    if (a.kind === 'term') {
      const mentions = analysis.terms.filter((t) => sameTerm(t, a));
      return { kind: 'term', term: a, mentions: mentions.length ? mentions : [a], definition: mentions[0] ?? a };
    }
  }
  const tag = tagsAt(tags, offset).find((t) => t.verdict === undefined);
  if (tag) return { kind: 'tag', tag, mentions: tagMentions(tags, tag) };
  return undefined;
}

/** Two term mentions are the same term: same glossary entry, or for candidates the same formula. */
export function sameTerm(a: TermAnnotation, b: TermAnnotation): boolean {
  if (a.termId || b.termId) return a.termId === b.termId;
  return compact(a.canonical) === compact(b.canonical);
}

/** The spans of all tags with the same label and text as `tag` (the tag itself included), in order. */
export function tagMentions(tags: readonly Tag[], tag: Tag): (Range & { text: string })[] {
  const key = compact(tag.spans.map((s) => s.text).join(''));
  return tags
    .filter((t) => t.verdict === undefined && t.label === tag.label && compact(t.spans.map((s) => s.text).join('')) === key)
    .flatMap((t) => t.spans)
    .sort((a, b) => a.start - b.start);
}
