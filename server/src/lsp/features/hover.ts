/** Hover: a term's definition, a figure's normalised value, an organisation's names. */
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { FigureAnnotation, OrgAnnotation, TermAnnotation } from '../../core/types';
import { CATEGORY_LABEL, FIGURE_KIND_LABEL, ORG_KIND_LABEL } from './labels';
import type { DocumentAnalysis } from '../../core/analyze';
import { toRange } from './positions';
import type { L10n } from '../../core/l10n';

export function getHover(doc: TextDocument, analysis: DocumentAnalysis, position: Position, l10n: L10n): Hover | null {
  const found = analysis.at(doc.offsetAt(position));
  if (found.length === 0) return null;
  const parts = found.map((a) => (a.kind === 'term' ? termHover(a, l10n) : a.kind === 'figure' ? figureHover(a, l10n) : orgHover(a, l10n)));
  const first = found[0];
  return {
    contents: { kind: MarkupKind.Markdown, value: parts.join('\n\n---\n\n') },
    range: toRange(doc, first.start, first.end),
  };
}

/** Escapes text for Markdown so report text never turns into markup. */
function md(s: string): string {
  return s.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, (c) => '\\' + c).replace(/\r?\n/g, ' ');
}

function termHover(a: TermAnnotation, { t, chinese }: L10n): string {
  if (a.candidate) {
    return [
      `**${md(a.canonical)}** · ${t('candidate term')}`,
      t('This quoted formula is not in any glossary. Use the quick fix “Add to glossary…” to define it.'),
    ].join('\n\n');
  }
  const lines = [`**${md(a.canonical)}** · ${t('policy term')}${a.category ? ` (${CATEGORY_LABEL[a.category]?.(t) ?? a.category})` : ''}`];
  if (a.definition) lines.push(md(a.definition));
  if (a.english) lines.push(`*${md(a.english)}*`);
  const source = [a.source, a.year ? String(a.year) : undefined].filter(Boolean).join(chinese ? '，' : ', ');
  if (source) lines.push(`${t('Source')}: ${md(source)}`);
  if (a.glossary && a.glossary !== 'builtin') lines.push(`${t('Glossary')}: ${md(a.glossary)}`);
  return lines.join('\n\n');
}

/** Formats a number with thousands separators and at most 6 decimals. */
export function formatNumber(n: number): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: 6 });
}

function figureHover(f: FigureAnnotation, { t }: L10n): string {
  const head = `**${md(f.text)}** · ${FIGURE_KIND_LABEL[f.figureKind]?.(t) ?? f.figureKind}`;
  const lines = [head];
  const unit = f.unit ? ` ${md(f.unit)}` : '';
  switch (f.figureKind) {
    case 'percent':
      if (f.value !== null) lines.push(`= ${formatNumber(f.value)} (${formatNumber(Math.round(f.value * 1e8) / 1e6)}%)`);
      break;
    case 'percentage-point':
      if (f.value !== null) lines.push(`= ${t('{0} percentage points', formatNumber(f.value))}`);
      lines.push(t('A change in a percentage, not a percentage.'));
      break;
    case 'date':
    case 'period':
      if (f.date) lines.push(`= ${md(f.date)}`);
      else if (f.value !== null) lines.push(`= ${formatNumber(f.value)}${unit}`);
      break;
    case 'range':
      if (f.value !== null) lines.push(`= ${formatNumber(f.value)}–${f.valueHigh !== undefined ? formatNumber(f.valueHigh) : '?'}${unit}`);
      break;
    case 'rank':
      if (f.value !== null) lines.push(`= ${t('rank {0}', formatNumber(f.value))}${f.scope ? ` (${md(f.scope)})` : ''}`);
      break;
    default:
      if (f.value !== null) lines.push(`= ${formatNumber(f.value)}${unit}`);
  }
  const notes: string[] = [];
  if (f.approx && f.approx !== 'exact') notes.push(APPROX[f.approx]?.(t) ?? f.approx);
  if (f.change) notes.push(f.change === 'increase' ? t('increase') : t('decrease'));
  if (notes.length) lines.push(notes.join(' · '));
  return lines.join('\n\n');
}

const APPROX: Record<string, (t: L10n['t']) => string> = {
  'more-than': (t) => t('more than'),
  nearly: (t) => t('nearly'),
  about: (t) => t('about'),
  'at-least': (t) => t('at least'),
  'at-most': (t) => t('at most'),
};

function orgHover(o: OrgAnnotation, { t, chinese }: L10n): string {
  const lines = [`**${md(o.canonical)}** · ${ORG_KIND_LABEL[o.orgKind]?.(t) ?? o.orgKind}`];
  const others = o.aliases.filter((a) => a !== o.canonical);
  if (others.length) lines.push(`${t('Also called in this document')}: ${others.map(md).join(chinese ? '、' : ', ')}`);
  lines.push(t('Mentioned {0} times in this document', o.mentions));
  return lines.join('\n\n');
}
