/**
 * Find All References, Go to Definition and Document Highlight on terms, organisations and tags. A glossary
 * term's definition is its entry in the glossary file (disk/glossaryLocations.ts).
 */
import { GlossaryLocations } from '../../disk/glossaryLocations';
import type { TermAnnotation } from '../../core/types';
import { getReferences } from '../features/references';
import { getDefinition } from '../features/definition';
import { getDocumentHighlights } from '../features/documentHighlight';
import { locationIn } from '../features/positions';
import { WHOLE_DOCUMENT } from '../../core/analyze';
import type { HandlerModule } from '../context';

export const registerNavigation: HandlerModule = (ctx) => {
  const { connection, tags } = ctx;
  const glossary = new GlossaryLocations(() => ctx.glossaries.files);
  const locate = (term: TermAnnotation) => {
    const e = glossary.locate(term);
    return e && locationIn(e.file, e.lineStarts, e.start, e.end);
  };
  // Every tag as an object only when one is under the cursor (its mentions are wanted): a report may have a million.
  const tagsNear = (uri: string, offset: number) => (tags.tagsAt(uri, offset).length ? tags.tagsOf(uri) : []);
  connection.onReferences(async (params, token) => {
    const r = await ctx.analysisOf(params.textDocument.uri, token, WHOLE_DOCUMENT);
    return r ? getReferences(r.doc, r.analysis, params.position, params.context.includeDeclaration, tagsNear(r.doc.uri, r.doc.offsetAt(params.position)), locate) : null;
  });
  connection.onDefinition(async (params, token) => {
    const r = await ctx.analysisOf(params.textDocument.uri, token, WHOLE_DOCUMENT);
    return r ? getDefinition(r.doc, r.analysis, params.position, locate) : null;
  });
  connection.onDocumentHighlight(async (params, token) => {
    const r = await ctx.analysisOf(params.textDocument.uri, token, WHOLE_DOCUMENT);
    return r ? getDocumentHighlights(r.doc, r.analysis, params.position, tagsNear(r.doc.uri, r.doc.offsetAt(params.position))) : null;
  });
  return { capabilities: () => ({ referencesProvider: true, definitionProvider: true, documentHighlightProvider: true }) };
};
