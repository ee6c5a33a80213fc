/**
 * The one switch over export formats, for the server's Export commands and the CLI alike: the documents to
 * export in, the files to write out (names relative to where the user saves them).
 */
import type { DocumentAnalysis } from '../analyze';
import { withCorrections } from '../corrections';
import type { Tag } from '../tags';
import { collectAnnotations, toBrat, toDoccano, type ExportDocument } from './annotations';
import { toCsv } from './csv';
import { toHtml, type HtmlOptions } from './html';

export const EXPORT_FORMATS = ['brat', 'doccano', 'csv', 'html'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportFile {
  name: string;
  content: string;
}

export interface RenderOptions {
  /** Name of a file that holds several reports (doccano, CSV, HTML), without extension. */
  base: string;
  /** One report exported from beside its text: brat gives only its .ann. */
  single?: boolean;
  /** The HTML page's language, words and colours of custom labels (its title is the report's name or `base`). */
  html: Omit<HtmlOptions, 'title'>;
}

/** A report as exports hold it: the detections the user did not mark wrong, and the user's tags. */
export function exportDocument(name: string, text: string, analysis: DocumentAnalysis, tags: readonly Tag[]): ExportDocument {
  return { name, text, annotations: collectAnnotations(text, withCorrections(analysis, tags), tags) };
}

/** The files of an export. */
export function renderExport(format: ExportFormat, docs: readonly ExportDocument[], options: RenderOptions): ExportFile[] {
  const stem = (name: string) => name.replace(/\.[^./]*$/, '');
  switch (format) {
    case 'brat':
      // brat reads a folder of .txt/.ann pairs: the text goes with its annotations.
      return options.single && docs.length === 1
        ? [{ name: `${stem(docs[0].name)}.ann`, content: toBrat(docs[0]) }]
        : docs.flatMap((d) => [
            { name: `${stem(d.name)}.txt`, content: d.text },
            { name: `${stem(d.name)}.ann`, content: toBrat(d) },
          ]);
    case 'doccano':
      return [{ name: `${options.base}.jsonl`, content: docs.map((d) => toDoccano(d) + '\n').join('') }];
    case 'csv':
      return [{ name: `${options.base}.csv`, content: toCsv(docs) }];
    case 'html':
      return [{ name: `${options.base}.html`, content: toHtml(docs, { ...options.html, title: docs.length === 1 ? docs[0].name : options.base }) }];
  }
}
