/**
 * Go to Definition: a glossary term goes to its entry in the glossary file; an organisation to its
 * first mention under its full name; a candidate term (in no glossary) to its first mention.
 */
import type { Location, Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { entityAt, type Lookup } from '../../core/mentions';
import { toRange } from './positions';
import type { GlossaryLocator } from './references';

export function getDefinition(doc: TextDocument, analysis: Lookup, position: Position, glossary?: GlossaryLocator): Location | null {
  const found = entityAt(analysis, doc.offsetAt(position));
  if (!found || found.kind === 'tag') return null;
  if (found.kind === 'term' && found.term.termId) {
    const entry = glossary?.(found.term);
    if (entry) return entry;
  }
  const def = found.definition;
  return { uri: doc.uri, range: toRange(doc, def.start, def.end) };
}
