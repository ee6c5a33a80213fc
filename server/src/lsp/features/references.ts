/** Find All References: every mention of the organisation, term or user tag under the cursor. */
import type { Location, Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { entityAt, type Lookup } from '../../core/mentions';
import type { TermAnnotation } from '../../core/types';
import type { Tag } from '../../core/tags';
import { toRange } from './positions';

/** Where a glossary term is defined (its entry in a glossary file), when that is known. */
export type GlossaryLocator = (term: TermAnnotation) => Location | undefined;

/**
 * The mentions in this document. With `includeDeclaration`, a glossary term's entry comes first;
 * without it, an organisation's defining mention (its first under the full name) is left out.
 */
export function getReferences(
  doc: TextDocument,
  analysis: Lookup,
  position: Position,
  includeDeclaration: boolean,
  tags: readonly Tag[] = [],
  glossary?: GlossaryLocator,
): Location[] {
  const found = entityAt(analysis, doc.offsetAt(position), tags);
  if (!found) return [];
  const here = (a: { start: number; end: number }): Location => ({ uri: doc.uri, range: toRange(doc, a.start, a.end) });
  if (found.kind === 'org') {
    return found.mentions.filter((m) => includeDeclaration || m.start !== found.definition.start).map(here);
  }
  if (found.kind === 'term') {
    const entry = includeDeclaration && found.term.termId ? glossary?.(found.term) : undefined;
    const mentions = found.mentions.filter((m) => includeDeclaration || found.term.termId || m.start !== found.definition.start);
    return [...(entry ? [entry] : []), ...mentions.map(here)];
  }
  return found.mentions.map(here);
}
