/**
 * Proofreading findings (core/checks) as LSP diagnostics and quick fixes: ranges made in positions.ts,
 * messages in the user's language, at most MAX_DIAGNOSTICS per document with one more that says how many
 * were left out.
 */
import { CodeActionKind, DiagnosticSeverity, DiagnosticTag, type CodeAction, type Diagnostic, type Range, type TextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { fixEdits, fixOf, RULES, type CheckCode, type CheckEdit, type Finding } from '../../core/checks';
import { describe, fixTitle } from '../../core/checks/messages';
import type { L10n } from '../../core/l10n';
import { toRange } from './positions';

/**
 * Diagnostics sent for one document at most. VS Code's Problems view and its squiggles slow down past a few
 * thousand; a report with more than a thousand problems has one cause to fix first (a PDF's half-width
 * punctuation), which the quick fix "Fix all" handles at once.
 */
export const MAX_DIAGNOSTICS = 1000;

/** The source name diagnostics carry. */
export const SOURCE = 'report-lens';

const SEVERITY: Record<string, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
};

/** Rules whose finding is text to delete: shown faded as well as underlined. */
const UNNECESSARY = new Set<CheckCode>(['doubledPunctuation', 'doubledChar', 'pageDebris', 'unusedAlias']);

/**
 * The findings worth showing first, at most `max`: errors, then warnings, then information, each in document
 * order. `candidates` hold at least the first `max` of each severity (core/checks BlockChecks.select).
 */
export function capFindings(candidates: readonly Finding[], max = MAX_DIAGNOSTICS): Finding[] {
  const buckets: Finding[][] = [[], [], []];
  for (const f of candidates) buckets[SEVERITY_RANK[RULES[f.code].severity]].push(f);
  const shown: Finding[] = [];
  for (const bucket of buckets) {
    if (shown.length >= max) break;
    // Only a bucket that does not fit whole needs its first findings in document order.
    if (shown.length + bucket.length > max) bucket.sort(byPosition);
    for (let i = 0; i < bucket.length && shown.length < max; i++) shown.push(bucket[i]);
  }
  return shown.sort(byPosition);
}

const SEVERITY_RANK = { error: 0, warning: 1, information: 2 } as const;

function byPosition(a: Finding, b: Finding): number {
  return a.start - b.start || a.end - b.end;
}

/** One finding as a diagnostic. */
export function toDiagnostic(doc: TextDocument, f: Finding, l10n: L10n): Diagnostic {
  const d: Diagnostic = {
    range: toRange(doc, f.start, f.end),
    severity: SEVERITY[RULES[f.code].severity],
    code: f.code,
    source: SOURCE,
    message: describe(f, l10n),
  };
  if (UNNECESSARY.has(f.code)) d.tags = [DiagnosticTag.Unnecessary];
  return d;
}

/** The diagnostics of a document: the findings shown, and a last one for those left out (of `total`). */
export function toDiagnostics(doc: TextDocument, candidates: readonly Finding[], total: number, l10n: L10n, max = MAX_DIAGNOSTICS): Diagnostic[] {
  const shown = capFindings(candidates, max);
  const omitted = total - shown.length;
  const out = shown.map((f) => toDiagnostic(doc, f, l10n));
  if (omitted > 0) {
    out.push({
      range: toRange(doc, 0, 0),
      severity: DiagnosticSeverity.Information,
      code: 'tooMany',
      source: SOURCE,
      message: l10n.t('{0} more problems are not shown (Report Lens shows {1} per document). Run “report-lens check” on the file for all of them.', omitted, max),
    });
  }
  return out;
}

function toTextEdits(doc: TextDocument, edits: readonly CheckEdit[]): TextEdit[] {
  return edits.map((e) => ({ range: toRange(doc, e.start, e.end), newText: e.text }));
}

/** Whether a diagnostic the client sent back is the one of a finding. */
function sameDiagnostic(doc: TextDocument, d: Diagnostic, f: Finding): boolean {
  if (d.code !== f.code || d.source !== SOURCE) return false;
  const r: Range = toRange(doc, f.start, f.end);
  return d.range.start.line === r.start.line && d.range.start.character === r.start.character && d.range.end.line === r.end.line && d.range.end.character === r.end.character;
}

/**
 * Quick fixes for the findings at a range: one per finding with a certain fix, marked preferred and tied to its
 * diagnostic; and, where a rule has more findings in the document, one that fixes them all.
 */
export function checkQuickFixes(doc: TextDocument, here: readonly Finding[], all: () => Finding[], sent: readonly Diagnostic[], l10n: L10n): CodeAction[] {
  const actions: CodeAction[] = [];
  const codes = new Set<CheckCode>();
  for (const f of here) {
    const fix = fixOf(f);
    if (!fix?.length) continue;
    const diagnostics = sent.filter((d) => sameDiagnostic(doc, d, f));
    actions.push({
      title: fixTitle(f, l10n),
      kind: CodeActionKind.QuickFix,
      diagnostics,
      isPreferred: true,
      edit: { changes: { [doc.uri]: toTextEdits(doc, fix) } },
    });
    codes.add(f.code);
  }
  if (codes.size) {
    const everywhere = all();
    for (const code of codes) {
      const same = everywhere.filter((f) => f.code === code && fixOf(f)?.length);
      if (same.length < 2) continue;
      const edits = fixEdits(same);
      actions.push({
        title: l10n.t('Fix all {0} like this in the document', same.length),
        kind: CodeActionKind.QuickFix,
        edit: { changes: { [doc.uri]: toTextEdits(doc, edits) } },
      });
    }
  }
  return actions;
}

/** The source action that applies every certain fix of the document (VS Code's “Fix All”, codeActionsOnSave). */
export function fixAllAction(doc: TextDocument, all: readonly Finding[], l10n: L10n): CodeAction | undefined {
  const edits = fixEdits(all);
  if (!edits.length) return undefined;
  return {
    title: l10n.t('Fix all certain problems (Report Lens)'),
    kind: CodeActionKind.SourceFixAll + '.reportLens',
    edit: { changes: { [doc.uri]: toTextEdits(doc, edits) } },
  };
}
