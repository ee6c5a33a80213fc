/**
 * CSV of annotations, one row per span, for spreadsheets and scripts (RFC 4180: fields quoted when
 * they hold a comma, a quote or a line break; rows end with CRLF). The file starts with a UTF-8
 * byte-order mark so that Excel and WPS read the Chinese text as UTF-8.
 *
 * `start`/`end` count Unicode code points, as brat and doccano do (Python's `text[start:end]`);
 * `line` and `column` are 1-based, the column in code points too.
 */
import { CodePointIndex } from '../standoff/codePoints';
import type { ExportDocument } from './annotations';

export const CSV_COLUMNS = [
  'file',
  'source',
  'kind',
  'label',
  'start',
  'end',
  'line',
  'column',
  'text',
  'canonical',
  'subtype',
  'value',
  'value_high',
  'unit',
  'date',
  'confirmed',
] as const;

/** The annotations of several reports as one CSV table. */
export function toCsv(docs: readonly ExportDocument[]): string {
  const rows: string[] = [CSV_COLUMNS.join(',')];
  for (const doc of docs) {
    const index = new CodePointIndex(doc.text);
    const lineStarts = [0];
    for (let i = 0; i < doc.text.length; i++) {
      const c = doc.text.charCodeAt(i);
      if (c === 13 && doc.text.charCodeAt(i + 1) === 10) continue; // CRLF: the line starts after the LF
      if (c === 10 || c === 13) lineStarts.push(i + 1);
    }
    for (const a of doc.annotations) {
      const line = lastAtOrBefore(lineStarts, a.start);
      const row = [
        doc.name,
        a.source,
        a.kind,
        a.label,
        index.toCodePoint(a.start),
        index.toCodePoint(a.end),
        line + 1,
        index.toCodePoint(a.start) - index.toCodePoint(lineStarts[line]) + 1,
        a.text,
        a.canonical ?? '',
        a.subtype ?? '',
        a.value ?? '',
        a.valueHigh ?? '',
        a.unit ?? '',
        a.date ?? '',
        a.confirmed ? 'yes' : '',
      ];
      rows.push(row.map(field).join(','));
    }
  }
  return '\uFEFF' + rows.join('\r\n') + '\r\n';
}

/** A CSV field, quoted when it needs to be. */
export function field(v: string | number): string {
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Index of the last item of a sorted array that is ≤ x. */
function lastAtOrBefore(items: readonly number[], x: number): number {
  let lo = 0;
  let hi = items.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (items[mid] <= x) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
