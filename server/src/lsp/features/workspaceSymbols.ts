/**
 * Workspace Symbols (Ctrl+T): the sections, organisations and policy terms of every report in the
 * workspace folders (core/symbols.ts finds them), filtered by the user's query.
 */
import { SymbolKind, type Position, type SymbolInformation } from 'vscode-languageserver';
import { matchesQuery, type ReportSymbol } from '../../core/symbols';
import type { L10n } from '../../core/l10n';

/** A report's symbols, and how to turn their offsets into positions. */
export interface SymbolFile {
  uri: string;
  /** File name shown beside each symbol. */
  name: string;
  symbols: readonly ReportSymbol[];
  positionAt(offset: number): Position;
}

const KIND: Record<ReportSymbol['kind'], SymbolKind> = {
  title: SymbolKind.File,
  section: SymbolKind.String,
  org: SymbolKind.Class,
  term: SymbolKind.Key,
};

/**
 * The symbols of the reports matching `query`, at most `limit`: names containing the query as one piece
 * first, then those matching it in order.
 */
export function findSymbols(files: Iterable<SymbolFile>, query: string, { t }: L10n, limit = 500): SymbolInformation[] {
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
        location: { uri: f.uri, range: { start: f.positionAt(s.start), end: f.positionAt(s.end) } },
        containerName: detail ? `${f.name} · ${detail}` : f.name,
      };
      (s.name.toLowerCase().includes(q) ? exact : fuzzy).push(info);
      if (exact.length >= limit) return exact;
    }
  }
  return [...exact, ...fuzzy].slice(0, limit);
}
