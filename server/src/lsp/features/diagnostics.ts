/**
 * Proofreading findings (core/checks) as LSP diagnostics and quick fixes: ranges made in positions.ts,
 * messages in the user's language, at most MAX_DIAGNOSTICS per document with one more that says how many
 * were left out.
 */
import { CodeActionKind, DiagnosticSeverity, DiagnosticTag, type CodeAction, type Diagnostic, type Range, type TextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentAnalysis } from '../../core/analyze';
import { analysisChange, fixEdits, fixOf, RULES, severityRank, type AnalysisChange, type CheckCode, type CheckEdit, type Finding } from '../../core/checks';
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
 * order. `candidates` hold at least the first `max` of each severity, or as many as shownPerSeverity counts
 * (core/checks BlockChecks.select).
 */
export function capFindings(candidates: readonly Finding[], max = MAX_DIAGNOSTICS): Finding[] {
  const buckets: Finding[][] = [[], [], []];
  for (const f of candidates) buckets[severityRank(f.code)].push(f);
  const shown: Finding[] = [];
  for (const bucket of buckets) {
    if (shown.length >= max) break;
    // Only a bucket that does not fit whole needs its first findings in document order.
    if (shown.length + bucket.length > max) bucket.sort(byPosition);
    for (let i = 0; i < bucket.length && shown.length < max; i++) shown.push(bucket[i]);
  }
  return shown.sort(byPosition);
}

/**
 * How many findings of each severity can be shown, with `totals` of them in the blocks and the document-wide
 * `others`: errors first, then warnings, then information. No more of the blocks' findings are needed.
 */
export function shownPerSeverity(totals: readonly number[], others: readonly Finding[], max = MAX_DIAGNOSTICS): number[] {
  const all = [...totals];
  for (const f of others) all[severityRank(f.code)]++;
  let room = max;
  return all.map((n) => {
    const k = Math.min(room, n);
    room -= k;
    return k;
  });
}

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

/** The diagnostics sent for a document, kept to make the next ones from: an edit leaves most of them as they were. */
export interface SentDiagnostics {
  /** The analysis whose offsets `shown` are in. */
  readonly analysis: DocumentAnalysis;
  readonly l10n: L10n;
  /** The findings shown, in document order, and their diagnostics (the same index; then the summary, if any). */
  readonly shown: readonly Finding[];
  readonly diagnostics: readonly Diagnostic[];
  readonly lineCount: number;
}

/**
 * The diagnostics of a document: the findings shown, and a last one for those left out (of `total`). With the
 * diagnostics sent before (`last`) and how the analysis changed since (`change`), a finding the change did not
 * reach keeps its diagnostic: the same object before the change, its lines moved after it. Converting a
 * thousand findings to positions and messages took 1.5–3 ms on the 10 MB benchmark report; most edits now
 * convert a few.
 */
export function toDiagnostics(doc: TextDocument, analysis: DocumentAnalysis, candidates: readonly Finding[], total: number, l10n: L10n, last?: SentDiagnostics, change?: AnalysisChange, max = MAX_DIAGNOSTICS): SentDiagnostics {
  const shown = capFindings(candidates, max);
  const reuse = last && last.l10n === l10n ? reuser(doc, last, change?.old === last.analysis && change.next === analysis ? change : analysisChange(last.analysis, analysis)) : undefined;
  const diagnostics: Diagnostic[] = shown.map((f) => reuse?.(f) ?? toDiagnostic(doc, f, l10n));
  const omitted = total - shown.length;
  if (omitted > 0) {
    diagnostics.push({
      range: toRange(doc, 0, 0),
      severity: DiagnosticSeverity.Information,
      code: 'tooMany',
      source: SOURCE,
      message: l10n.t('{0} more problems are not shown (Report Lens shows {1} per document). Run “report-lens check” on the file for all of them.', omitted, max),
    });
  }
  return { analysis, l10n, shown, diagnostics, lineCount: doc.lineCount };
}

/**
 * Finds, for each finding shown now (asked in document order), the diagnostic sent for it before, if the
 * change left it where it was: wholly before the text the analysis re-read, or wholly after it on a line that
 * starts after it (its lines move by as many as the document gained; its columns stay).
 */
function reuser(doc: TextDocument, last: SentDiagnostics, change: AnalysisChange): (f: Finding) => Diagnostic | undefined {
  const { from, to, delta } = change;
  const old = last.shown;
  const lineDelta = doc.lineCount - last.lineCount;
  // Lines after the one where the re-read text ends start past it: from there on they only moved.
  const firstMoved = doc.positionAt(to + delta).line + 1;
  /** How far an old finding moved (NaN when the change reached it). */
  const shift = (o: Finding) => (o.end < from ? 0 : o.start >= to ? delta : NaN);
  let j = 0;
  return (f) => {
    // Old findings the change reached, or now before f, are passed (both lists are in document order).
    for (; j < old.length; j++) {
      const by = shift(old[j]);
      if (Number.isNaN(by)) continue;
      if (old[j].start + by > f.start || (old[j].start + by === f.start && old[j].end + by >= f.end)) break;
    }
    for (let k = j; k < old.length; k++) {
      const o = old[k];
      const by = shift(o);
      if (o.start + by !== f.start || o.end + by !== f.end) return undefined;
      if (o.code !== f.code || !sameData(o.data, f.data)) continue;
      const d = last.diagnostics[k];
      if (o.end < from) return d;
      const line = d.range.start.line + lineDelta;
      if (line < firstMoved) return undefined;
      if (lineDelta === 0) return d;
      const { start, end } = d.range;
      return { ...d, range: { start: { line, character: start.character }, end: { line: end.line + lineDelta, character: end.character } } };
    }
    return undefined;
  };
}

function sameData(a: Finding['data'], b: Finding['data']): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}

/** Whether two lists of diagnostics say the same (most of the objects are the same ones: see toDiagnostics). */
export function sameDiagnostics(a: readonly Diagnostic[], b: readonly Diagnostic[]): boolean {
  return a.length === b.length && a.every((d, i) => d === b[i] || JSON.stringify(d) === JSON.stringify(b[i]));
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
