/**
 * doccano's JSONL for sequence labelling: one JSON object per line,
 *
 *   {"text": "芜湖市卫健委…", "label": [[0, 6, "Organisation"], …]}
 *
 * Offsets count Unicode code points (doccano's server is Python), end exclusive. Reading also accepts
 * `"entities"` instead of `"label"`, and spans written as {"start_offset", "end_offset", "label"}.
 * Other keys are kept as metadata. A line that cannot be read is a problem with its 1-based line number.
 */
import { CodePointIndex } from './codePoints';

export interface DoccanoSpan {
  /** UTF-16 offsets into `text`. */
  start: number;
  end: number;
  label: string;
  text: string;
}

export interface DoccanoRecord {
  /** 1-based line of the record in the file. */
  line: number;
  text: string;
  spans: DoccanoSpan[];
  /** The record's other keys (id, filename, meta…). */
  meta: Record<string, unknown>;
}

export type DoccanoProblemCode = 'json' | 'text' | 'labels' | 'offsets';

export interface DoccanoProblem {
  line: number;
  code: DoccanoProblemCode;
  /** English description; the server localises by `code`. */
  message: string;
}

/** Reads doccano JSONL. Good records are returned even when other lines have problems. */
export function parseDoccano(jsonl: string): { records: DoccanoRecord[]; problems: DoccanoProblem[] } {
  const records: DoccanoRecord[] = [];
  const problems: DoccanoProblem[] = [];
  const lines = jsonl.replace(/^\uFEFF/, '').split(/\r\n|\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = i + 1;
    if (!lines[i].trim()) continue;
    let value: unknown;
    try {
      value = JSON.parse(lines[i]);
    } catch (e) {
      problems.push({ line, code: 'json', message: `not valid JSON (${(e as Error).message})` });
      continue;
    }
    if (!value || typeof value !== 'object' || Array.isArray(value)) {
      problems.push({ line, code: 'json', message: 'not a JSON object' });
      continue;
    }
    const { text, label, entities, ...meta } = value as Record<string, unknown>;
    if (typeof text !== 'string') {
      problems.push({ line, code: 'text', message: 'the record has no "text" string' });
      continue;
    }
    const raw = label ?? entities ?? [];
    if (!Array.isArray(raw)) {
      problems.push({ line, code: 'labels', message: '"label" is not a list of [start, end, label] spans' });
      continue;
    }
    const index = new CodePointIndex(text);
    const spans: DoccanoSpan[] = [];
    for (const item of raw) {
      const span = readSpan(item);
      if (!span) {
        problems.push({ line, code: 'labels', message: `${JSON.stringify(item)} is not a [start, end, label] span` });
        continue;
      }
      const s = index.toUtf16(span.start);
      const e = index.toUtf16(span.end);
      if (s === undefined || e === undefined || e < s) {
        problems.push({ line, code: 'offsets', message: `the span [${span.start}, ${span.end}] is outside the text (${index.length} characters)` });
        continue;
      }
      spans.push({ start: s, end: e, label: span.label, text: text.slice(s, e) });
    }
    records.push({ line, text, spans, meta });
  }
  return { records, problems };
}

function readSpan(item: unknown): { start: number; end: number; label: string } | undefined {
  if (Array.isArray(item) && item.length >= 3) {
    const [start, end, label] = item;
    if (Number.isInteger(start) && Number.isInteger(end) && typeof label === 'string') return { start, end, label };
  } else if (item && typeof item === 'object') {
    const o = item as Record<string, unknown>;
    const start = o.start_offset ?? o.start;
    const end = o.end_offset ?? o.end;
    const label = o.label;
    if (Number.isInteger(start) && Number.isInteger(end) && typeof label === 'string') return { start: start as number, end: end as number, label };
  }
  return undefined;
}

/** One doccano JSONL line for `text` and its spans (UTF-16 offsets in, code points out), without a line end. */
export function doccanoLine(text: string, spans: readonly { start: number; end: number; label: string }[], meta: Record<string, unknown> = {}): string {
  const index = new CodePointIndex(text);
  const label = spans.map((s) => [index.toCodePoint(s.start), index.toCodePoint(s.end), s.label]);
  return JSON.stringify({ text, label, ...meta });
}
