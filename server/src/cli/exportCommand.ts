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
import { RefusedWrite, writeAtomic } from '../disk/atomicWrite';
import { UsageError } from './args';
import { expandInputs } from './inputs';
import { readText, say, type Io } from './io';

export interface ExportOptions {
  format: ExportFormat;
  /** A file (or, for brat, a folder) to write to instead of standard output. */
  out?: string;
  /** Leave out the tags and corrections kept beside the reports. */
  noTags: boolean;
  /** Overwrite files that exist (never the inputs or the tags kept beside them). */
  force?: boolean;
  l10n: L10n;
}

/** Exports the inputs (files, or folders standing for every report under them); returns the exit status. */
export async function exportReports(inputs: readonly string[], o: ExportOptions, analyzer: Analyzer, io: Io): Promise<number> {
  let failures = 0;
  const reports = await expandInputs(inputs, io);
  const docs: ExportDocument[] = [];
  for (const r of reports) {
    const text = readText(r.file, io);
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
  const inputFiles = reports.map((r) => r.file);
  if (o.format === 'brat' && o.out) writeBratFolder(o.out, files, inputFiles, !!o.force);
  else if (o.format === 'brat' && docs.length > 1) throw new UsageError('several reports in brat format need --out DIR');
  else if (o.out) {
    checkTargets([path.resolve(o.out)], inputFiles, !!o.force);
    writeOutput(o.out, files[0]?.content ?? '');
  } else if (files[0]) await io.write(files[0].content);
  return failures ? 1 : 0;
}

/** The tags beside a report; none, with a message, when its .ann cannot be used. */
function tagsOf(file: string, text: string, io: Io) {
  const beside = tagsBeside(file, text);
  const t = io.l10n.t;
  if (beside.problem) say(io, t('{0}: {1}; its tags are left out', beside.ann, beside.problem));
  for (const l of beside.lost) say(io, t('{0}: tag {1} "{2}" is no longer in the text', beside.ann, l.tag.id, l.tag.spans.map((s) => s.text).join(' ')));
  return beside.tags;
}

/**
 * brat's .txt/.ann pairs into a folder. Every file lands inside it (an input named `../x.txt` is written as
 * `x.txt`), none over an input or the tags kept beside one, none over an existing file unless `force`, none
 * through a link. Everything is checked before anything is written.
 */
function writeBratFolder(target: string, files: { name: string; content: string }[], inputs: string[], force: boolean): void {
  const root = path.resolve(target);
  const dests = files.map((f) => path.join(root, ...insideName(f.name)));
  const twice = dests.find((d, i) => dests.indexOf(d) !== i);
  if (twice) throw new UsageError('two reports would be written as {0}; export them separately', twice);
  for (const d of dests) folderInside(root, path.dirname(d), false);
  checkTargets(dests, inputs, force);
  fs.mkdirSync(root, { recursive: true });
  for (let i = 0; i < files.length; i++) {
    folderInside(root, path.dirname(dests[i]), true);
    writeOutput(dests[i], files[i].content);
  }
}

/**
 * Checks (and with `make`, makes) `folder` under `root` one level at a time, never through a link: a folder
 * inside --out that is a link could lead anywhere (--out itself may be one: the user named it).
 */
function folderInside(root: string, folder: string, make: boolean): void {
  let at = root;
  for (const part of path.relative(root, folder).split(path.sep).filter(Boolean)) {
    at = path.join(at, part);
    const s = fs.lstatSync(at, { throwIfNoEntry: false });
    if (!s) {
      if (!make) return; // nothing below a folder still to be made can be a link
      fs.mkdirSync(at);
    } else if (s.isSymbolicLink() || !s.isDirectory()) throw new UsageError('{0} is a symbolic link or not a folder: nothing is written through it', at);
  }
}

/** The parts of an output's relative name that stay inside the output folder: no root, no `.` or `..`. */
function insideName(name: string): string[] {
  const parts = name.split('/').filter((p, i) => p !== '' && p !== '.' && p !== '..' && !(i === 0 && /^[A-Za-z]:$/.test(p)));
  return parts.length ? parts : ['report'];
}

/**
 * Refuses (UsageError) outputs that would overwrite an input report or the .ann beside one (whatever
 * `force` says), or any existing file unless `force`.
 */
function checkTargets(dests: string[], inputs: string[], force: boolean): void {
  const idOf = (f: string) => {
    const s = fs.statSync(f, { throwIfNoEntry: false });
    return s ? `${s.dev}:${s.ino}` : undefined;
  };
  const kept = new Map<string, string>();
  for (const f of inputs) {
    for (const g of [f, annPathOf(f)]) {
      const id = idOf(g);
      if (id) kept.set(id, g);
    }
  }
  const existing: string[] = [];
  for (const d of dests) {
    const s = fs.lstatSync(d, { throwIfNoEntry: false });
    if (!s) continue;
    if (s.isSymbolicLink()) throw new UsageError('{0} is a symbolic link: nothing is written through it', d);
    const input = kept.get(idOf(d) ?? '');
    if (input === d) throw new UsageError('{0} is an input, which an export never overwrites; choose another --out', d);
    if (input) throw new UsageError('{0} is the same file as {1}, which an export never overwrites; choose another --out', d, input);
    existing.push(d);
  }
  if (existing.length && !force) {
    if (existing.length > 3) throw new UsageError('{0} and {1} more exist; use --force to overwrite, or choose another --out', existing.slice(0, 3).join(', '), existing.length - 3);
    throw new UsageError('{0} exist(s); use --force to overwrite, or choose another --out', existing.join(', '));
  }
}

/** Writes one output file, atomically and never through a link. */
function writeOutput(file: string, content: string): void {
  try {
    writeAtomic(file, content);
  } catch (e) {
    if (e instanceof RefusedWrite) throw UsageError.verbatim(e.message);
    throw e;
  }
}
