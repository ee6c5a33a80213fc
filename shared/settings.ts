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
  /** The user's own tag labels. */
  customTags: CustomTag[];
  /**
   * The entries of glossaryFiles that come from the user's own settings (not the workspace's), added by
   * Report Lens's client; undefined from clients that do not say. Only these may name files outside
   * the workspace folders.
   */
  userGlossaryFiles?: string[];
}

/** A label of the user's own (`reportLens.customTags`). */
export interface CustomTag {
  name: string;
  color?: string;
  description?: string;
}

export const DEFAULT_SETTINGS: ReportLensSettings = {
  decorations: { terms: true, figures: true, orgs: true, candidates: true },
  glossaryFiles: [],
  maxAnalysisLength: 60_000_000,
  candidateTerms: true,
  customTags: [],
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
    customTags: readCustomTags(p.customTags),
    ...(Array.isArray(p.userGlossaryFiles) ? { userGlossaryFiles: p.userGlossaryFiles.filter((f): f is string => typeof f === 'string') } : {}),
  };
}

/** Reads `reportLens.customTags` leniently: entries without a name are ignored. */
export function readCustomTags(value: unknown): CustomTag[] {
  if (!Array.isArray(value)) return [];
  const out: CustomTag[] = [];
  for (const v of value) {
    if (!v || typeof v !== 'object' || typeof (v as CustomTag).name !== 'string' || !(v as CustomTag).name.trim()) continue;
    const c = v as CustomTag;
    out.push({ name: c.name.trim(), ...(typeof c.color === 'string' ? { color: c.color } : {}), ...(typeof c.description === 'string' ? { description: c.description } : {}) });
  }
  return out;
}
