/**
 * Organisation names: detection in a paragraph (orgs/detect.ts) and grouping of a document's
 * mentions into organisations (orgs/resolve.ts), driven by the lexicon in server/data/orgs.json.
 */
import type { OrgAnnotation, OrgKind, Span } from './types';
import { findOrgMentionsWith } from './orgs/detect';
import { resolveOrgsWith } from './orgs/resolve';

export interface OrgMention extends Span {
  orgKind: OrgKind;
  /** The full name this mention stands for when it is a known short form or a standard abbreviation can be expanded (市卫健委 → 市卫生健康委员会); absent otherwise. */
  expanded?: string;
  /** True when this mention stands in parentheses right after another organisation mention and names the same organisation: 蚌埠市中心医院（蚌埠市第三人民医院）. */
  parenAlias?: boolean;
}

/** Finds organisation names in a paragraph. */
export function findOrgMentions(text: string): OrgMention[] {
  return findOrgMentionsWith(text);
}

/** Groups the mentions of a whole document into organisations: sets canonical, entityId, aliases and mentions count on each. */
export function resolveOrgs(mentions: OrgMention[]): OrgAnnotation[] {
  return resolveOrgsWith(mentions);
}
