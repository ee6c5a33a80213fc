/**
 * Workspace Symbols (Ctrl+T): the sections, organisations and policy terms of every report in the
 * workspace folders. `symbolsOf` extracts them from one report's analysis; `findSymbols` filters
 * the whole index by the user's query.
 */
import { SymbolKind, type SymbolInformation } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from '../core/types';
import { flattenOutline } from '../core/outline';
import { compact } from '../core/mentions';
import { toRange } from './positions';
import { t } from '../l10n';

/** One symbol of a report, with its LSP range (kept instead of the text, so the index stays small). */
export interface IndexedSymbol {
  name: string;
  kind: 'title' | 'section' | 'org' | 'term';
  /** Shown beside the name: the full name for an alias, "candidate term"… */
  detail?: string;
  range: ReturnType<typeof toRange>;
}

/** Sections (all levels), each organisation name and each term, at their first mention. */
export function symbolsOf(doc: TextDocument, analysis: Pick<Analysis, 'outline' | 'orgs' | 'terms'>): IndexedSymbol[] {
  const out: IndexedSymbol[] = [];
  for (const n of flattenOutline(analysis.outline)) {
    const name = n.name.replace(/\s+/g, ' ').trim();
    if (name) out.push({ name, kind: n.style === 'title' ? 'title' : 'section', range: toRange(doc, n.start, n.end) });
  }
  const seen = new Set<string>();
  for (const o of analysis.orgs) {
    const name = compact(o.text);
    if (seen.has(`o:${name}`)) continue;
    seen.add(`o:${name}`);
    const full = compact(o.canonical);
    out.push({ name, kind: 'org', ...(full !== name ? { detail: full } : {}), range: toRange(doc, o.start, o.end) });
  }
  for (const term of analysis.terms) {
    const name = compact(term.canonical);
    if (seen.has(`t:${name}`)) continue;
    seen.add(`t:${name}`);
    out.push({ name, kind: 'term', ...(term.candidate ? { detail: 'candidate' } : {}), range: toRange(doc, term.start, term.end) });
  }
  return out;
}

/**
 * True when the query's characters appear in the name in order (case and white space ignored),
 * the way VS Code's own symbol search matches.
 */
export function matchesQuery(name: string, query: string): boolean {
  const q = query.replace(/\s+/g, '').toLowerCase();
  if (!q) return true;
  const n = name.toLowerCase();
  let at = 0;
  for (const ch of q) {
    at = n.indexOf(ch, at);
    if (at < 0) return false;
    at += ch.length;
  }
  return true;
}

const KIND: Record<IndexedSymbol['kind'], SymbolKind> = {
  title: SymbolKind.File,
  section: SymbolKind.String,
  org: SymbolKind.Class,
  term: SymbolKind.Key,
};

/**
 * The symbols of the indexed reports matching `query`, at most `limit`: names containing the query
 * as one piece first, then those matching it in order.
 */
export function findSymbols(files: Iterable<{ uri: string; name: string; symbols: readonly IndexedSymbol[] }>, query: string, limit = 500): SymbolInformation[] {
  const q = query.replace(/\s+/g, '').toLowerCase();
  const exact: SymbolInformation[] = [];
  const fuzzy: SymbolInformation[] = [];
  for (const f of files) {
    for (const s of f.symbols) {
      if (!matchesQuery(s.name, q)) continue;
      const detail = s.kind === 'org' ? s.detail ?? t('organisation') : s.kind === 'term' ? (s.detail === 'candidate' ? t('candidate term') : t('policy term')) : undefined;
      const info: SymbolInformation = {
        name: s.name,
        kind: KIND[s.kind],
        location: { uri: f.uri, range: s.range },
        containerName: detail ? `${f.name} · ${detail}` : f.name,
      };
      (s.name.toLowerCase().includes(q) ? exact : fuzzy).push(info);
      if (exact.length >= limit) return exact;
    }
  }
  return [...exact, ...fuzzy].slice(0, limit);
}
