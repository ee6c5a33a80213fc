/**
 * Hover: a term's definition, a figure's normalised value, an organisation's names. In a document
 * written in traditional characters, the names and units the core knows in simplified form are shown
 * in traditional (core/script.ts), as the document writes them where it does.
 */
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { FigureAnnotation, OrgAnnotation, TermAnnotation } from '../../core/types';
import { CATEGORY_LABEL, FIGURE_KIND_LABEL, ORG_KIND_LABEL } from './labels';
import type { DocumentAnalysis } from '../../core/analyze';
import { figureValueText } from '../../core/figureText';
import { toRange } from './positions';
import { hasTraditional, toTraditional } from '../../core/script';
import type { L10n } from '../../core/l10n';

/** How much text around an annotation tells whether the document is written in traditional characters. */
const SCRIPT_WINDOW = 200;

export function getHover(doc: TextDocument, analysis: DocumentAnalysis, position: Position, l10n: L10n): Hover | null {
  const found = analysis.at(doc.offsetAt(position));
  if (found.length === 0) return null;
  const first = found[0];
  const text = doc.getText();
  const around = text.slice(Math.max(0, first.start - SCRIPT_WINDOW), first.end + SCRIPT_WINDOW);
  // Names and units in the document's script: as written around the annotation, else OpenCC's form.
  const script = hasTraditional(around) ? (s: string) => toTraditional(s, around) : (s: string) => s;
  const parts = found.map((a) => (a.kind === 'term' ? termHover(a, l10n, script) : a.kind === 'figure' ? figureHover(a, l10n, script) : orgHover(a, l10n, script)));
  return {
    contents: { kind: MarkupKind.Markdown, value: parts.join('\n\n---\n\n') },
    range: toRange(doc, first.start, first.end),
  };
}

/** Escapes text for Markdown so report text never turns into markup. */
function md(s: string): string {
  return s.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, (c) => '\\' + c).replace(/\r?\n/g, ' ');
}

/** Writes a simplified name or unit in the document's script. */
type Script = (s: string) => string;

function termHover(a: TermAnnotation, { t, chinese }: L10n, script: Script): string {
  if (a.candidate) {
    return [
      `**${md(a.canonical)}** · ${t('candidate term')}`,
      t('This formula or name is not in any glossary. Use the quick fix “Add to glossary…” to define it.'),
    ].join('\n\n');
  }
  const lines = [`**${md(script(a.canonical))}** · ${t('policy term')}${a.category ? ` (${CATEGORY_LABEL[a.category]?.(t) ?? md(a.category)})` : ''}`];
  if (a.definition) lines.push(md(a.definition));
  if (a.english) lines.push(`*${md(a.english)}*`);
  const source = [a.source, a.year ? String(a.year) : undefined].filter(Boolean).join(chinese ? '，' : ', ');
  if (source) lines.push(`${t('Source')}: ${md(source)}`);
  if (a.glossary && a.glossary !== 'builtin') lines.push(`${t('Glossary')}: ${md(a.glossary)}`);
  return lines.join('\n\n');
}

function figureHover(f: FigureAnnotation, l10n: L10n, script: Script): string {
  const { t } = l10n;
  const lines = [`**${md(f.text)}** · ${FIGURE_KIND_LABEL[f.figureKind]?.(t) ?? f.figureKind}`];
  const value = figureValueText({ ...f, unit: script(f.unit), scope: f.scope && script(f.scope) }, l10n);
  if (value !== undefined) lines.push(`= ${md(value)}`);
  if (f.figureKind === 'percentage-point') lines.push(t('A change in a percentage, not a percentage.'));
  if (f.change) lines.push(f.change === 'increase' ? t('increase') : t('decrease'));
  return lines.join('\n\n');
}

function orgHover(o: OrgAnnotation, { t, chinese }: L10n, script: Script): string {
  const lines = [`**${md(script(o.canonical))}** · ${ORG_KIND_LABEL[o.orgKind]?.(t) ?? o.orgKind}`];
  const others = o.aliases.filter((a) => a !== o.canonical);
  if (others.length) lines.push(`${t('Also called in this document')}: ${others.map((a) => md(script(a))).join(chinese ? '、' : ', ')}`);
  lines.push(t('Mentioned {0} times in this document', o.mentions));
  return lines.join('\n\n');
}
