/** The Report Entities view's request: the entities of one report, grouped, with the user's tags. */
import { EntitiesRequest, type EntitiesParams, type EntitiesResult } from '../../../../shared/protocol';
import { getEntities } from '../features/entities';
import { WHOLE_DOCUMENT } from '../../core/analyze';
import type { HandlerModule } from '../context';

export const registerEntitiesView: HandlerModule = (ctx) => {
  ctx.connection.onRequest(EntitiesRequest.method, async (params: EntitiesParams, token): Promise<EntitiesResult | null> => {
    const r = await ctx.analysisOf(params.textDocument.uri, token, WHOLE_DOCUMENT);
    if (!r) return null;
    const state = ctx.tags.store.current(r.doc.uri);
    return getEntities(r.doc, r.analysis, state?.tags ?? [], [...(state?.lost ?? []), ...(state?.removed ?? [])], ctx.l10n);
  });
};
