/**
 * Gold annotations of the held-out sets (test/eval/README.md): parsing `.gold` files and anchoring their spans
 * in the document's text as UTF-16 offsets. Plain JavaScript with no import of the project, so that annotating a
 * document never needs Report Lens to run.
 */
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';

export const LABELS = ['ORG', 'FIG', 'TERM', 'HEADING'];

/** `\n` stands for a line break and `\\` for a backslash in spans and contexts. */
function unescape(s) {
  return s.replace(/\\(n|\\)/g, (_, c) => (c === 'n' ? '\n' : '\\'));
}

/** Parses a `.gold` file: header fields (`# key: value`) and one entry per annotation line. */
export function parseGold(source, file = '<gold>') {
  const meta = {};
  const entries = [];
  const errors = [];
  source.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (!line) return;
    if (line.startsWith('#')) {
      const m = /^#\s*([a-z0-9-]+)\s*:\s*(.*)$/i.exec(line);
      if (m) meta[m[1].toLowerCase()] = m[2].trim();
      return;
    }
    const m = /^(ORG|FIG|TERM|HEADING)(?:\s+([1-6]))?\s*\|\s?(.*)$/.exec(raw.replace(/^\s+/, ''));
    if (!m) {
      errors.push(`${file}:${i + 1}: not a gold line: ${raw}`);
      return;
    }
    const [, label, level, rest] = m;
    if (label === 'HEADING' && !level) errors.push(`${file}:${i + 1}: a HEADING needs its level`);
    const at = rest.lastIndexOf(' @ ');
    const span = unescape(at >= 0 ? rest.slice(0, at) : rest).replace(/\s+$/, (s) => (s.includes('\n') ? s : ''));
    const context = at >= 0 ? unescape(rest.slice(at + 3)) : undefined;
    if (!span) errors.push(`${file}:${i + 1}: empty span`);
    if (context !== undefined && !context.includes(span)) errors.push(`${file}:${i + 1}: the context does not contain the span`);
    entries.push({ label, level: level ? Number(level) : undefined, span, context, line: i + 1 });
  });
  return { meta, entries, errors };
}

/** Line index (0-based) of each offset's line. */
function lineOf(lineStarts, offset) {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Places every entry in the text: each label has its own cursor, which moves to the end of the span it placed.
 * Returns spans with UTF-16 offsets (and, for headings, their first and last line), and errors for entries not found.
 */
export function anchor(text, entries, file = '<gold>') {
  const cursor = Object.fromEntries(LABELS.map((l) => [l, 0]));
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const spans = [];
  const errors = [];
  for (const e of entries) {
    const from = cursor[e.label];
    let start = -1;
    if (e.context !== undefined) {
      const c = text.indexOf(e.context, from);
      if (c >= 0) start = c + e.context.indexOf(e.span);
    } else {
      start = text.indexOf(e.span, from);
    }
    if (start < 0) {
      errors.push(`${file}:${e.line}: ${e.label} "${e.span.replace(/\n/g, '\\n')}" not found after offset ${from}`);
      continue;
    }
    const end = start + e.span.length;
    cursor[e.label] = end;
    const s = { label: e.label, start, end, text: e.span };
    if (e.level) s.level = e.level;
    if (e.label === 'HEADING') {
      s.line = lineOf(lineStarts, start);
      s.endLine = lineOf(lineStarts, Math.max(start, end - 1));
    }
    spans.push(s);
  }
  return { spans, errors };
}

/** Occurrences of an annotated string, for a label, that no span of that label covers: often a miss. */
export function unannotatedRepeats(text, spans) {
  const warnings = [];
  for (const label of LABELS) {
    if (label === 'HEADING') continue;
    const mine = spans.filter((s) => s.label === label);
    const seen = new Set();
    for (const s of mine) {
      if (seen.has(s.text)) continue;
      seen.add(s.text);
      for (let at = text.indexOf(s.text); at >= 0; at = text.indexOf(s.text, at + 1)) {
        if (!mine.some((o) => o.start <= at && at + s.text.length <= o.end)) warnings.push({ label, start: at, end: at + s.text.length });
      }
    }
  }
  return warnings;
}

export function sha256(text) {
  return crypto.createHash('sha256').update(text, 'utf8').digest('hex');
}

/** The text of a gold file's document: docs/<id>.txt, or local/<id>.txt for pages whose text is not committed. */
export function textPathFor(goldFile) {
  const dir = path.dirname(goldFile);
  const id = path.basename(goldFile, '.gold');
  const committed = path.join(dir, `${id}.txt`);
  if (fs.existsSync(committed)) return committed;
  return path.join(dir, '..', 'local', `${id}.txt`);
}

/** Shows a span in its context on one line. */
export function inContext(text, start, end, width = 10) {
  const esc = (s) => s.replace(/\n/g, '⏎');
  return `${esc(text.slice(Math.max(0, start - width), start))}[${esc(text.slice(start, end))}]${esc(text.slice(end, end + width))}`;
}
