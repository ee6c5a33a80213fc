/**
 * The JSON that `report-lens annotate --format json|jsonl` writes: a public interface that users' scripts
 * read. Fields are only ever added, never renamed or removed.
 */
import type { Analysis, Annotation, OutlineNode } from '../core/types';

/** One annotation as written in JSON: kind, start, end, text first, then the kind's own fields. */
export function annotationJson(a: Annotation): Record<string, unknown> {
  const { kind, start, end, text, ...rest } = a;
  return { kind, start, end, text, ...rest };
}

/** Every annotation of an analysis in document order (a longer span before a shorter one at the same start). */
export function allAnnotations(analysis: Analysis): Record<string, unknown>[] {
  const all: Annotation[] = [...analysis.terms, ...analysis.figures, ...analysis.orgs];
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  return all.map(annotationJson);
}

/** The outline as a tree of headings; `line`/`endLine` are 0-based. */
export function outlineJson(nodes: OutlineNode[]): Record<string, unknown>[] {
  return nodes.map((n) => ({
    name: n.name,
    level: n.level,
    line: n.line,
    endLine: n.endLine,
    style: n.style,
    start: n.start,
    end: n.end,
    sectionEndLine: n.sectionEndLine,
    children: outlineJson(n.children),
  }));
}
