/**
 * `report-lens annotate --format brat|doccano|csv|html`: the exports of the editor's Export commands, with the
 * tags and corrections kept in the .ann beside each report.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Analyzer } from '../core/analyze';
import type { ExportDocument } from '../core/export/annotations';
import { exportDocument, renderExport, type ExportFormat } from '../core/export/formats';
import { htmlLang, htmlWords } from '../core/export/words';
import type { L10n } from '../core/l10n';
import { annPathOf, tagsBeside } from '../disk/annFiles';
import { writeAtomic } from '../disk/atomicWrite';
import { listReports } from '../disk/reportFiles';
import { UsageError } from './args';
import { readText, type Io } from './io';

export interface ExportOptions {
  format: ExportFormat;
  /** A file (or, for brat, a folder) to write to instead of standard output. */
  out?: string;
  /** Leave out the tags and corrections kept beside the reports. */
  noTags: boolean;
  l10n: L10n;
}

/** Exports the inputs (files, or folders standing for every report under them); returns the exit status. */
export async function exportReports(inputs: readonly string[], o: ExportOptions, analyzer: Analyzer, io: Io): Promise<number> {
  let failures = 0;
  const reports = await expandInputs(inputs);
  const docs: ExportDocument[] = [];
  for (const r of reports) {
    const text = await readText(r.file, io);
    if (text === undefined) {
      failures++;
      continue;
    }
    const tags = o.noTags ? [] : tagsOf(r.file, text, io);
    docs.push(exportDocument(r.name, text, analyzer.analyze(text), tags));
  }
  const files = renderExport(o.format, docs, {
    base: 'Report Lens',
    single: o.format === 'brat' && !o.out,
    html: { lang: htmlLang(o.l10n), words: htmlWords(o.l10n) },
  });
  if (o.format === 'brat' && o.out) writeBratFolder(o.out, files, reports.map((r) => r.file));
  else if (o.format === 'brat' && docs.length > 1) throw new UsageError('several reports in brat format need --out DIR');
  else if (o.out) writeAtomic(o.out, files[0]?.content ?? '');
  else if (files[0]) await io.write(files[0].content);
  return failures ? 1 : 0;
}

/** The reports named on the command line, a folder standing for every report under it. */
export async function expandInputs(inputs: readonly string[]): Promise<{ file: string; name: string }[]> {
  const reports: { file: string; name: string }[] = [];
  for (const input of inputs) {
    let isDir = false;
    try {
      isDir = fs.statSync(input).isDirectory();
    } catch {
      // Not there: reported when it is read.
    }
    if (isDir) for (const f of await listReports(input)) reports.push({ file: f, name: path.relative(input, f).split(path.sep).join('/') });
    else reports.push({ file: input, name: input.split(path.sep).join('/') });
  }
  return reports;
}

/** The tags beside a report; none, with a message, when its .ann cannot be used. */
function tagsOf(file: string, text: string, io: Io) {
  const beside = tagsBeside(file, text);
  if (beside.problem) io.stderr(`report-lens: ${beside.ann}: ${beside.problem}; its tags are left out\n`);
  for (const l of beside.lost) io.stderr(`report-lens: ${beside.ann}: tag ${l.tag.id} "${l.tag.spans.map((s) => s.text).join(' ')}" is no longer in the text\n`);
  return beside.tags;
}

/** brat's .txt/.ann pairs into a folder, never over the tags kept beside a report. */
function writeBratFolder(target: string, files: { name: string; content: string }[], inputs: string[]): void {
  const own = new Set(inputs.map((f) => path.resolve(annPathOf(f))));
  for (const f of files) {
    const dest = path.resolve(target, f.name);
    if (own.has(dest)) throw new UsageError(`--out ${target} would overwrite ${dest}, the tags kept beside a report; choose another folder`);
  }
  for (const f of files) {
    const dest = path.join(target, f.name);
    fs.mkdirSync(path.dirname(dest), { recursive: true });
    fs.writeFileSync(dest, f.content);
  }
}
