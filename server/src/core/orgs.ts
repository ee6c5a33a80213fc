/**
 * Organisation names: detection in a paragraph (orgs/detect.ts) and grouping of a document's
 * mentions into organisations (orgs/resolve.ts), driven by the lexicon in server/data/orgs.json.
 */
import type { OrgAnnotation } from './types';
import { findOrgMentionsWith } from './orgs/detect';
import { resolveOrgsWith } from './orgs/resolve';
import type { OrgMention } from './orgs/mention';
import { builtinLexicon } from './orgs/lexicon';

export type { OrgMention } from './orgs/mention';

/**
 * Builds the organisation lexicon now rather than on first use: 20–50 ms in a new process, which a server
 * spends before its first document instead of inside the first step of that document's analysis.
 */
export function loadOrgLexicon(): void {
  builtinLexicon();
}

/** Finds organisation names in a paragraph. */
export function findOrgMentions(text: string): OrgMention[] {
  return findOrgMentionsWith(text);
}

/**
 * Groups the mentions of a whole document into organisations: sets canonical, entityId, aliases and
 * mentions count on each. The document's length tells the name that signs it (its issuer).
 */
export function resolveOrgs(mentions: OrgMention[], documentLength?: number): OrgAnnotation[] {
  return resolveOrgsWith(mentions, undefined, documentLength);
}
