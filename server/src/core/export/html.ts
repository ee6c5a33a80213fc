/**
 * A standalone HTML page showing reports with their annotations highlighted and a legend: one file
 * a colleague without VS Code can open. Everything is inline (no scripts, fonts or links to
 * fetch; a Content-Security-Policy forbids them) and all report text is escaped.
 *
 * Where annotations nest (a figure inside an organisation's name) the innermost colour shows and
 * the tooltip lists all of them.
 */
import type { ExportAnnotation, ExportDocument, ExportKind } from './annotations';

export interface HtmlOptions {
  /** Page title. */
  title: string;
  /** Language of the page's own words: "en" or "zh-CN". */
  lang: string;
  /** Words of the page, already in the user's language. */
  words: {
    legend: string;
    term: string;
    candidate: string;
    figure: string;
    org: string;
    /** Shown for a user tag in a tooltip, e.g. "your tag". */
    userTag: string;
    /** Shown when a report has no annotations. */
    none: string;
  };
  /** Colours (#rgb or #rrggbb) of custom labels; others get colours from a fixed palette. */
  tagColors?: Record<string, string>;
}

const KIND_COLOR: Record<Exclude<ExportKind, 'tag'>, string> = {
  term: '#0066ff',
  candidate: '#0066ff',
  figure: '#b58900',
  org: '#008060',
};
const PALETTE = ['#c2185b', '#7b1fa2', '#e65100', '#2e7d32', '#455a64', '#6d4c41', '#00838f', '#ad1457'];
const HEX = /^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/;

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** The page for one or more reports. */
export function toHtml(docs: readonly ExportDocument[], options: HtmlOptions): string {
  const w = options.words;
  // Custom labels in order of first appearance, each with a CSS class and a colour.
  const custom = new Map<string, { cls: string; color: string }>();
  for (const d of docs) {
    for (const a of d.annotations) {
      if (a.kind !== 'tag' || custom.has(a.label)) continue;
      const wanted = options.tagColors?.[a.label];
      custom.set(a.label, { cls: `t${custom.size}`, color: wanted && HEX.test(wanted) ? wanted : PALETTE[custom.size % PALETTE.length] });
    }
  }
  const cls = (a: ExportAnnotation) => (a.kind === 'tag' ? custom.get(a.label)!.cls : `k-${a.kind}`);
  const kindName = (a: ExportAnnotation) => (a.kind === 'tag' ? a.label : w[a.kind]);

  const counts = new Map<string, number>();
  for (const d of docs) for (const a of d.annotations) counts.set(cls(a), (counts.get(cls(a)) ?? 0) + 1);
  const legendItems: [string, string][] = [
    ['k-term', w.term],
    ['k-candidate', w.candidate],
    ['k-figure', w.figure],
    ['k-org', w.org],
    ...[...custom].map(([label, c]): [string, string] => [c.cls, label]),
  ];
  const legend = legendItems
    .filter(([c]) => counts.has(c))
    .map(([c, name]) => `<li><mark class="${c}">${escapeHtml(name)}</mark> <span class="n">${counts.get(c)}</span></li>`)
    .join('');

  const css = [
    'body{font:16px/1.8 -apple-system,"Segoe UI","PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;margin:0;color:#222;background:#fff}',
    'header{position:sticky;top:0;background:#fafafa;border-bottom:1px solid #ddd;padding:.5em 1.5em;z-index:1}',
    'h1{font-size:1.2em;margin:.2em 0}h2{font-size:1.05em;margin:1.5em 0 .5em;border-bottom:1px solid #eee}',
    '.legend{list-style:none;margin:.3em 0;padding:0;display:flex;flex-wrap:wrap;gap:.4em 1.2em}.n{color:#666;font-size:.85em}',
    'main{padding:0 1.5em 2em;max-width:60em}nav ul{margin:.3em 0}',
    '.report{white-space:pre-wrap;word-break:break-word}',
    'mark{color:inherit;border-radius:2px;padding:0 1px}',
    ...(['term', 'figure', 'org'] as const).map((k) => `.k-${k}{background:${KIND_COLOR[k]}22;border-bottom:2px solid ${KIND_COLOR[k]}}`),
    `.k-candidate{background:none;border-bottom:2px dashed ${KIND_COLOR.candidate}}`,
    ...[...custom.values()].map((c) => `.${c.cls}{background:${c.color}22;border-bottom:2px solid ${c.color}}`),
    '.user{outline:1px dotted #555}',
    '@media (prefers-color-scheme:dark){body{background:#1e1e1e;color:#ddd}header{background:#252526;border-color:#444}h2{border-color:#333}.n{color:#aaa}}',
  ].join('\n');

  const many = docs.length > 1;
  const nav = many ? `<nav><ul>${docs.map((d, i) => `<li><a href="#doc-${i + 1}">${escapeHtml(d.name)}</a></li>`).join('')}</ul></nav>` : '';
  const sections = docs
    .map((d, i) => {
      const body = d.annotations.length ? highlight(d, cls, (a) => tooltip(a, kindName(a), w.userTag)) : escapeHtml(d.text);
      const empty = d.annotations.length ? '' : `<p class="n">${escapeHtml(w.none)}</p>`;
      return `<section id="doc-${i + 1}">${many ? `<h2>${escapeHtml(d.name)}</h2>` : ''}${empty}<div class="report">${body}</div></section>`;
    })
    .join('\n');

  return [
    '<!DOCTYPE html>',
    `<html lang="${escapeHtml(options.lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(options.title)}</title>`,
    `<style>\n${css}\n</style>`,
    '</head>',
    '<body>',
    `<header><h1>${escapeHtml(options.title)}</h1><ul class="legend" aria-label="${escapeHtml(w.legend)}">${legend}</ul></header>`,
    `<main>${nav}\n${sections}</main>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function tooltip(a: ExportAnnotation, kindName: string, userTag: string): string {
  const parts = [kindName];
  if (a.canonical && a.canonical !== a.text) parts.push(a.canonical);
  if (a.subtype) parts.push(a.subtype);
  if (a.kind === 'figure' && a.value !== undefined && a.value !== null) parts.push(`${a.value}${a.unit ? ' ' + a.unit : ''}`);
  if (a.source === 'user') parts.push(userTag);
  return parts.join(' · ');
}

/**
 * The report's text with <mark> elements: the text is cut wherever an annotation starts or ends,
 * and each piece is marked with the innermost annotation covering it.
 */
function highlight(doc: ExportDocument, cls: (a: ExportAnnotation) => string, title: (a: ExportAnnotation) => string): string {
  const text = doc.text;
  const anns = doc.annotations.filter((a) => a.end > a.start && a.start >= 0 && a.end <= text.length).sort((a, b) => a.start - b.start || b.end - a.end);
  const bounds = [...new Set([0, text.length, ...anns.flatMap((a) => [a.start, a.end])])].sort((a, b) => a - b);
  const out: string[] = [];
  const active: ExportAnnotation[] = [];
  let next = 0;
  for (let i = 0; i < bounds.length - 1; i++) {
    const from = bounds[i];
    const to = bounds[i + 1];
    for (let k = active.length - 1; k >= 0; k--) if (active[k].end <= from) active.splice(k, 1);
    while (next < anns.length && anns[next].start <= from) {
      if (anns[next].end > from) active.push(anns[next]);
      next++;
    }
    const piece = escapeHtml(text.slice(from, to));
    if (active.length === 0) {
      out.push(piece);
      continue;
    }
    const inner = active.reduce((x, y) => (y.end - y.start < x.end - x.start ? y : x));
    const classes = cls(inner) + (inner.source === 'user' ? ' user' : '');
    out.push(`<mark class="${classes}" title="${escapeHtml(active.map(title).join('\n'))}">${piece}</mark>`);
  }
  return out.join('');
}
