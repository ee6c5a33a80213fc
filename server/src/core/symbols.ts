/**
 * The symbols of a report for Workspace Symbols (Ctrl+T): its sections, and each organisation name and
 * policy term at its first mention. Offsets, as everywhere in the core; the LSP feature makes the ranges.
 */
import type { Analysis } from './types';
import { flattenOutline, symbolName } from './outline';
import { compact } from './mentions';
import { finish, StepSizer, type Steps } from './steps';

export interface ReportSymbol {
  name: string;
  kind: 'title' | 'section' | 'org' | 'term';
  /** The full name of an organisation named by an alias; "candidate" for a candidate term. */
  detail?: string;
  start: number;
  end: number;
}

/** Sections (all levels), each organisation name and each term, at their first mention. */
export function reportSymbols(analysis: Pick<Analysis, 'outline' | 'orgs' | 'terms'>): ReportSymbol[] {
  return finish(reportSymbolsSteps(analysis));
}

/** reportSymbols in steps (the workspace index: a report can mention organisations and terms a million times). */
export function* reportSymbolsSteps(analysis: Pick<Analysis, 'outline' | 'orgs' | 'terms'>): Steps<ReportSymbol[]> {
  const out: ReportSymbol[] = [];
  const sizer = new StepSizer(256, 65536);
  for (const n of flattenOutline(analysis.outline)) {
    const name = symbolName(n);
    if (n.name.trim()) out.push({ name, kind: n.style === 'title' ? 'title' : 'section', start: n.start, end: n.end });
    if (sizer.tick()) yield;
  }
  const seen = new Set<string>();
  for (const o of analysis.orgs) {
    if (sizer.tick()) yield;
    const name = compact(o.text);
    if (seen.has(`o:${name}`)) continue;
    seen.add(`o:${name}`);
    const full = compact(o.canonical);
    out.push({ name, kind: 'org', ...(full !== name ? { detail: full } : {}), start: o.start, end: o.end });
  }
  for (const term of analysis.terms) {
    if (sizer.tick()) yield;
    const name = compact(term.canonical);
    if (seen.has(`t:${name}`)) continue;
    seen.add(`t:${name}`);
    out.push({ name, kind: 'term', ...(term.candidate ? { detail: 'candidate' } : {}), start: term.start, end: term.end });
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
