/** Settings shared by client and server (`reportLens.*`). Defaults live here, once. */

export interface ReportLensSettings {
  /** Which kinds are decorated and coloured. */
  decorations: { terms: boolean; figures: boolean; orgs: boolean; candidates: boolean };
  /** Extra glossary files (workspace-relative or absolute paths). */
  glossaryFiles: string[];
  /** Documents longer than this many UTF-16 code units are analysed only up to it. */
  maxAnalysisLength: number;
  /** Report quoted formulas that are not in the glossary as candidate terms. */
  candidateTerms: boolean;
}

export const DEFAULT_SETTINGS: ReportLensSettings = {
  decorations: { terms: true, figures: true, orgs: true, candidates: true },
  glossaryFiles: [],
  maxAnalysisLength: 60_000_000,
  candidateTerms: true,
};

/** Merges a partial settings object (as read from the workspace) over the defaults. */
export function withDefaults(partial: unknown): ReportLensSettings {
  const p = (partial && typeof partial === 'object' ? partial : {}) as Partial<ReportLensSettings>;
  const deco = (p.decorations && typeof p.decorations === 'object' ? p.decorations : {}) as Partial<ReportLensSettings['decorations']>;
  const bool = (v: unknown, d: boolean) => (typeof v === 'boolean' ? v : d);
  return {
    decorations: {
      terms: bool(deco.terms, DEFAULT_SETTINGS.decorations.terms),
      figures: bool(deco.figures, DEFAULT_SETTINGS.decorations.figures),
      orgs: bool(deco.orgs, DEFAULT_SETTINGS.decorations.orgs),
      candidates: bool(deco.candidates, DEFAULT_SETTINGS.decorations.candidates),
    },
    glossaryFiles: Array.isArray(p.glossaryFiles) ? p.glossaryFiles.filter((f): f is string => typeof f === 'string') : [],
    maxAnalysisLength:
      typeof p.maxAnalysisLength === 'number' && p.maxAnalysisLength > 0 ? p.maxAnalysisLength : DEFAULT_SETTINGS.maxAnalysisLength,
    candidateTerms: bool(p.candidateTerms, DEFAULT_SETTINGS.candidateTerms),
  };
}
