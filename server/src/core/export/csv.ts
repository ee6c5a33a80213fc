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
import { lineAndColumn, lineStarts } from '../lines';

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
    const starts = lineStarts(doc.text);
    for (const a of doc.annotations) {
      const { line } = lineAndColumn(starts, a.start);
      const row = [
        doc.name,
        a.source,
        a.kind,
        a.label,
        index.toCodePoint(a.start),
        index.toCodePoint(a.end),
        line + 1,
        index.toCodePoint(a.start) - index.toCodePoint(starts[line]) + 1,
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
