/**
 * Export one report or a whole folder (brat, doccano, CSV, HTML): open reports from their live analysis and
 * tags, the others read from disk with the tags beside them. The client writes the files.
 */
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ErrorCodes, ResponseError } from 'vscode-languageserver';
import { ExportRequest, type ExportParams, type ExportResult } from '../../../../shared/protocol';
import { Analyzer, WHOLE_DOCUMENT } from '../../core/analyze';
import type { ExportDocument } from '../../core/export/annotations';
import { exportDocument, renderExport } from '../../core/export/formats';
import { htmlLang, htmlWords } from '../../core/export/words';
import { tagsBeside } from '../../disk/annFiles';
import { listReports, readReport } from '../../disk/reportFiles';
import { progressFor } from '../progress';
import { fileNameOf, pathOfUri } from '../uris';
import type { HandlerModule, ServerContext } from '../context';

export const registerExports: HandlerModule = (ctx) => {
  ctx.connection.onRequest(ExportRequest.method, async (params: ExportParams, token): Promise<ExportResult> => {
    let docs: ExportDocument[];
    let base: string;
    if (params.folder) {
      const folder = params.folder.startsWith('file:') ? pathOfUri(params.folder) : params.folder;
      if (folder === undefined) throw new ResponseError(ErrorCodes.InvalidParams, `not a folder: ${params.folder}`);
      base = path.basename(folder);
      docs = await folderDocuments(ctx, folder, () => token.isCancellationRequested);
    } else if (params.textDocument) {
      const r = await ctx.analysisOf(params.textDocument.uri, token, WHOLE_DOCUMENT);
      if (!r) return { files: [], reports: 0 };
      const name = fileNameOf(r.doc.uri);
      base = name.replace(/\.[^.]*$/, '') || name;
      docs = [exportDocument(name, r.analysis.text, r.analysis, ctx.tags.tagsOf(r.doc.uri))];
    } else {
      return { files: [], reports: 0 };
    }
    const colors: Record<string, string> = {};
    for (const c of (await (params.textDocument ? ctx.settings.get(params.textDocument.uri) : ctx.settings.global())).customTags) if (c.color) colors[c.name] = c.color;
    const files = renderExport(params.format, docs, {
      base,
      single: !!params.textDocument,
      html: { lang: htmlLang(ctx.l10n), words: htmlWords(ctx.l10n), tagColors: colors },
    });
    return { files, reports: docs.length };
  });
};

/** Every report of a folder: open ones as they are in the editor, the others as they are on disk. */
async function folderDocuments(ctx: ServerContext, folder: string, cancelled: () => boolean): Promise<ExportDocument[]> {
  const docs: ExportDocument[] = [];
  const analyzer = new Analyzer(ctx.matcher());
  const files = await listReports(folder, cancelled);
  const progress = progressFor(ctx, () => ctx.l10n.t('Indexing reports'));
  const report = progress.begin(files.length);
  try {
    for (let i = 0; i < files.length && !cancelled(); i++) {
      report(i, files.length);
      const uri = pathToFileURL(files[i]).toString();
      const name = path.relative(folder, files[i]).split(path.sep).join('/');
      const open = ctx.documents.get(uri) ? await ctx.analysisOf(uri, undefined, WHOLE_DOCUMENT) : undefined;
      if (open) {
        docs.push(exportDocument(name, open.analysis.text, open.analysis, ctx.tags.tagsOf(uri)));
      } else {
        const read = await readReport(files[i]);
        if (!('text' in read)) continue; // a binary, huge or unreadable file is no report to export
        const beside = tagsBeside(files[i], read.text);
        docs.push(exportDocument(name, read.text, analyzer.analyze(read.text), beside.tags));
      }
      await ctx.runner.turn();
    }
  } finally {
    progress.end();
  }
  return docs;
}
