/**
 * The Report Entities view: organisations (their names grouped under one entry), policy terms,
 * figures grouped by kind, the user's tags and corrections, each with a count and every mention's range.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis, FigureKind, OrgAnnotation, TermAnnotation } from '../../core/types';
import { compact, sameTerm } from '../../core/mentions';
import { kindOfLabel, type LostTag, type Tag } from '../../core/tags';
import type { EntitiesResult, EntityNode, WireRange } from '../../../../shared/protocol';
import { toWireRange } from './positions';
import { FIGURE_KIND_LABEL } from './labels';
import type { L10n } from '../../core/l10n';

/** The name of a tag label as users see it: the detector kinds translated, custom labels as they are. */
export function labelName(label: string, t: L10n['t']): string {
  const kind = kindOfLabel(label);
  return kind === 'term' ? t('policy term') : kind === 'figure' ? t('figure') : kind === 'org' ? t('organisation') : label;
}

/** Groups the document's entities for the view. */
export function getEntities(doc: TextDocument, analysis: Pick<Analysis, 'terms' | 'figures' | 'orgs'>, tags: readonly Tag[], lost: readonly LostTag[], { t }: L10n): EntitiesResult {
  const wire = (a: { start: number; end: number }): WireRange => toWireRange(doc, a.start, a.end);
  const groups: EntityNode[] = [];
  const group = (id: string, label: string, children: EntityNode[]) => {
    if (!children.length) return;
    const ranges = children.flatMap((c) => c.ranges);
    groups.push({ id, label, kind: 'group', count: ranges.length, ranges: sortRanges(ranges), children });
  };

  // Organisations: one entry per entity, its names as children when it has several.
  const orgs = new Map<string, OrgAnnotation[]>();
  for (const o of analysis.orgs) orgs.set(o.entityId, [...(orgs.get(o.entityId) ?? []), o]);
  const orgNodes = [...orgs.entries()].map(([entityId, mentions]): EntityNode => {
    const names = byName(mentions, (o) => compact(o.text));
    const children = names.size > 1 ? [...names].map(([name, ms]): EntityNode => ({ id: `org:${entityId}:${name}`, label: name, kind: 'alias', count: ms.length, ranges: ms.map(wire) })) : undefined;
    return { id: `org:${mentions[0].canonical}`, label: mentions[0].canonical, kind: 'org', count: mentions.length, ranges: mentions.map(wire), ...(children ? { children } : {}) };
  });
  group('orgs', t('Organisations'), sortByCount(orgNodes));

  // Terms: one entry per glossary entry (or candidate formula).
  const terms: TermAnnotation[][] = [];
  for (const term of analysis.terms) {
    const same = terms.find((list) => sameTerm(list[0], term));
    if (same) same.push(term);
    else terms.push([term]);
  }
  const termNodes = terms.map((list): EntityNode => ({
    id: `term:${list[0].termId ?? compact(list[0].canonical)}`,
    label: list[0].canonical,
    ...(list[0].candidate ? { description: t('candidate term') } : {}),
    kind: 'term',
    count: list.length,
    ranges: list.map(wire),
  }));
  group('terms', t('Policy terms'), sortByCount(termNodes));

  // Figures: by kind, then by what is written.
  const kinds = new Map<string, typeof analysis.figures>();
  for (const f of analysis.figures) kinds.set(f.figureKind, [...(kinds.get(f.figureKind) ?? []), f]);
  const figureNodes = [...kinds].map(([kind, figures]): EntityNode => {
    const children = [...byName(figures, (f) => compact(f.text))].map(([text, fs]): EntityNode => ({ id: `figure:${kind}:${text}`, label: text, kind: 'figure', count: fs.length, ranges: fs.map(wire) }));
    return { id: `figure:${kind}`, label: FIGURE_KIND_LABEL[kind as FigureKind]?.(t) ?? kind, kind: 'figure-kind', count: figures.length, ranges: figures.map(wire), children: sortByCount(children) };
  });
  group('figures', t('Figures'), sortByCount(figureNodes));

  // The user's tags: by label, then by text.
  const own = tags.filter((tag) => tag.verdict === undefined);
  const labels = new Map<string, Tag[]>();
  for (const tag of own) labels.set(tag.label, [...(labels.get(tag.label) ?? []), tag]);
  const tagNodes = [...labels].map(([label, list]): EntityNode => {
    const children = [...byName(list, (tag) => compact(tag.spans.map((s) => s.text).join('')))].map(([text, ts]): EntityNode => ({
      id: `tag:${label}:${text}`,
      label: text,
      kind: 'tag',
      count: ts.length,
      ranges: ts.flatMap((tag) => tag.spans.map(wire)),
      tagIds: ts.map((tag) => tag.id),
    }));
    return { id: `tag:${label}`, label: labelName(label, t), kind: 'tag-label', count: list.length, ranges: list.flatMap((tag) => tag.spans.map(wire)), children: sortByCount(children), tagIds: list.map((tag) => tag.id) };
  });
  group('tags', t('Your tags'), tagNodes.sort((a, b) => a.label.localeCompare(b.label)));

  // Corrections, so they can be seen and undone.
  const corrections = tags.filter((tag) => tag.verdict !== undefined).map((tag): EntityNode => ({
    id: `correction:${tag.id}`,
    label: tag.spans.map((s) => compact(s.text)).join(' '),
    description: tag.verdict === 'wrong' ? t('not a {0}', labelName(tag.label, t)) : t('confirmed {0}', labelName(tag.label, t)),
    kind: 'correction',
    count: 1,
    ranges: tag.spans.map(wire),
    tagIds: [tag.id],
  }));
  group('corrections', t('Corrections'), corrections);

  if (lost.length) {
    const nodes = lost.map((l): EntityNode => ({
      id: `lost:${l.tag.id}`,
      label: compact(l.tag.spans.map((s) => s.text).join(' ')),
      description: t('{0}, was near line {1}', labelName(l.tag.label, t), doc.positionAt(Math.min(l.near, doc.getText().length)).line + 1),
      kind: 'lost',
      count: 0,
      ranges: [],
      tagIds: [l.tag.id],
    }));
    groups.push({ id: 'lost', label: t('Lost tags'), kind: 'group', count: nodes.length, ranges: [], children: nodes });
  }
  return { version: doc.version, groups };
}

/** Items grouped by a name, in order of first mention. */
function byName<T>(items: readonly T[], name: (x: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const x of items) {
    const k = name(x);
    out.set(k, [...(out.get(k) ?? []), x]);
  }
  return out;
}

/** Most mentioned first; ties in order of first mention. */
function sortByCount(nodes: EntityNode[]): EntityNode[] {
  return nodes
    .map((n, i) => ({ n, i }))
    .sort((a, b) => b.n.count - a.n.count || a.i - b.i)
    .map((x) => x.n);
}

function sortRanges(ranges: WireRange[]): WireRange[] {
  return ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}
