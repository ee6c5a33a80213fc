/** The organisation mention, as detection (detect.ts) finds it and resolution (resolve.ts) groups it. */
import type { OrgKind, Span } from '../types';

export interface OrgMention extends Span {
  orgKind: OrgKind;
  /** The full name this mention stands for when it is a known short form or a standard abbreviation can be expanded (市卫健委 → 市卫生健康委员会); absent otherwise. */
  expanded?: string;
  /** True when this mention stands in parentheses right after another organisation mention and names the same organisation: 蚌埠市中心医院（蚌埠市第三人民医院）. */
  parenAlias?: boolean;
}
