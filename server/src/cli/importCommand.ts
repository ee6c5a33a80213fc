/**
 * `report-lens import`: annotations made in brat (.ann) or doccano (.jsonl) are added to the tags kept beside
 * each report, as the editor keeps them. Spans the detectors already find are not repeated.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Analyzer } from '../core/analyze';
import { parseBrat } from '../core/standoff/brat';
import { parseDoccano, type DoccanoRecord } from '../core/standoff/doccano';
import { reportNamesOf } from '../core/standoff/annNames';
import { dependentsOf, lostTagLines, mergeTags, reanchor, tagsFromBrat, tagsToBrat, type Tag } from '../core/tags';
import type { EntityKind } from '../core/types';
import { annPathOf, appendLost, NEW_ANN, readAnn, readAnnText, rivalOf } from '../disk/annFiles';
import { RefusedWrite, writeAtomic } from '../disk/atomicWrite';
import { encodeText } from '../disk/encode';
import { listReports, readReportSync } from '../disk/reportFiles';
import { ENGLISH, l10nKey } from '../core/l10n';
import { UsageError } from './args';
import { readText, say, type Io } from './io';

export interface ImportOptions {
  /** The report a single brat file belongs to. */
  report?: string;
  /** Where doccano records' file names are looked up (default: the current folder). */
  dir?: string;
  dryRun: boolean;
}

/** Imported spans, as tags of one report. */
interface Incoming {
  report: string;
  tags: Tag[];
  /** Where they came from, for messages. */
  source: string;
}

/** Imports the files; returns the exit status. */
export async function importAnnotations(inputs: readonly string[], o: ImportOptions, analyzer: Analyzer, io: Io): Promise<number> {
  if (o.report !== undefined && inputs.length > 1) throw new UsageError('--report takes one file to import');
  const t = io.l10n.t;
  let failures = 0;
  const incoming: Incoming[] = [];
  for (const input of inputs) {
    const content = readInput(input);
    if (typeof content !== 'string') {
      say(io, t('cannot read {0}: {1}', input, t(content.message)));
      failures++;
      continue;
    }
    const r = input.toLowerCase().endsWith('.ann') ? fromBrat(input, content, o, io) : await fromDoccano(input, content, o, io);
    failures += r.failures;
    incoming.push(...r.incoming);
  }
  const byReport = new Map<string, Incoming[]>();
  for (const i of incoming) byReport.set(path.resolve(i.report), [...(byReport.get(path.resolve(i.report)) ?? []), i]);
  for (const [file, items] of byReport) if (!(await mergeInto(file, items, o, analyzer, io))) failures++;
  return failures ? 1 : 0;
}

/** A file to import, as text: a regular file only (never a FIFO or a device); a .jsonl is read as a report is (readReportSync). */
function readInput(input: string): string | { message: string } {
  if (input.toLowerCase().endsWith('.ann')) {
    const ann = readAnnText(input);
    if (ann.status === 'text') return ann.text;
    return { message: ann.status === 'missing' ? l10nKey('no such file') : ann.message };
  }
  const read = readReportSync(input, Infinity);
  return 'text' in read ? read.text : read;
}

function fromBrat(input: string, content: string, o: ImportOptions, io: Io): { incoming: Incoming[]; failures: number } {
  const t = io.l10n.t;
  const parsed = parseBrat(content);
  if (parsed.problems.length) {
    for (const p of parsed.problems) say(io, `${input}:${p.line}: ${p.message}`);
    return { incoming: [], failures: 1 };
  }
  const target = o.report ?? findBesideAnn(input);
  if (!target) {
    say(io, t('{0}: no report of the same name beside it; say which with --report FILE', input));
    return { incoming: [], failures: 1 };
  }
  const text = readText(target, io);
  if (text === undefined) return { incoming: [], failures: 1 };
  const r = tagsFromBrat(parsed, text);
  for (const l of r.lost) say(io, t('{0}: {1} "{2}" is not in {3}; not imported', input, l.tag.id, l.tag.spans.map((s) => s.text).join(' '), target));
  return { incoming: [{ report: target, tags: r.tags, source: input }], failures: 0 };
}

async function fromDoccano(input: string, content: string, o: ImportOptions, io: Io): Promise<{ incoming: Incoming[]; failures: number }> {
  const t = io.l10n.t;
  const parsed = parseDoccano(content);
  for (const p of parsed.problems) say(io, `${input}:${p.line}: ${p.message}`);
  let failures = parsed.problems.length ? 1 : 0;
  const incoming: Incoming[] = [];
  const root = o.dir ?? '.';
  let byText: Map<string, string> | undefined;
  for (const rec of parsed.records) {
    const named = [rec.meta.filename, rec.meta.path, rec.meta.file].find((v): v is string => typeof v === 'string');
    const place = o.report === undefined && named !== undefined ? insideFolder(root, named) : undefined;
    if (place === null) {
      say(io, t('{0}:{1}: "{2}" names a file outside {3}; not imported', input, rec.line, named!, root));
      failures++;
      continue;
    }
    let target = o.report ?? (place && fs.existsSync(place) ? place : undefined);
    if (!target) {
      byText ??= await reportsByText(root);
      target = byText.get(rec.text);
    }
    if (!target) {
      say(io, named ? t('{0}:{1}: no report named {2} with this text under {3}', input, rec.line, named, root) : t('{0}:{1}: no report with this text under {2}', input, rec.line, root));
      failures++;
      continue;
    }
    const text = readText(target, io);
    if (text === undefined) {
      failures++;
      continue;
    }
    incoming.push({ report: target, tags: placeRecord(rec, text, target, input, io), source: `${input}:${rec.line}` });
  }
  return { incoming, failures };
}

/**
 * Where a record's file name points under `root`: the path, or null when it leads out of it (`..`, an
 * absolute path, a link to elsewhere): imports write beside the report, so only reports under `root` may be named.
 */
function insideFolder(root: string, name: string): string | null {
  const target = path.resolve(root, name);
  const within = (base: string, p: string) => {
    const rel = path.relative(base, p);
    return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
  };
  if (path.isAbsolute(name) || !within(path.resolve(root), target)) return null;
  // A link under `root` may lead elsewhere: what it resolves to must be under `root` too.
  if (fs.existsSync(target) && !within(fs.realpathSync(root), fs.realpathSync(target))) return null;
  return target;
}

/** A doccano record's spans as tags of the report's text (found by their text when the record's text differs). */
function placeRecord(rec: DoccanoRecord, text: string, target: string, input: string, io: Io): Tag[] {
  const tags: Tag[] = rec.spans.map((s, i) => ({ id: `T${i + 1}`, label: s.label, spans: [{ start: s.start, end: s.end, text: s.text }] }));
  // The record's text may differ from the report's (line ends changed on upload): find each span by its text.
  const placed = rec.text === text ? { tags, lost: [] } : reanchor(tags, text);
  for (const l of placed.lost) say(io, io.l10n.t('{0}:{1}: "{2}" is not in {3}; not imported', input, rec.line, l.tag.spans[0].text, target));
  return placed.tags.filter((t) => t.spans[0].end > t.spans[0].start);
}

/** Every report under a folder by its text, for doccano records that do not name their file. */
async function reportsByText(root: string): Promise<Map<string, string>> {
  const byText = new Map<string, string>();
  for (const f of await listReports(root)) {
    const t = readText(f, { stderr: () => undefined, l10n: ENGLISH });
    if (t !== undefined && !byText.has(t)) byText.set(t, f);
  }
  return byText;
}

/** Merges imported tags into the .ann beside a report; false when that .ann cannot be used. */
async function mergeInto(file: string, items: Incoming[], o: ImportOptions, analyzer: Analyzer, io: Io): Promise<boolean> {
  const t = io.l10n.t;
  const text = readText(file, io)!;
  const ann = annPathOf(file);
  const rival = rivalOf(file);
  if (rival) {
    say(io, t('{0} keeps the tags of {1}; rename {2} to import into it', ann, rival, file));
    return false;
  }
  const read = readAnn(ann);
  let existing: ReturnType<typeof tagsFromBrat> = { tags: [], extra: [], lost: [], changed: false, verdicts: false };
  if (read.status === 'unreadable' || (read.status === 'read' && read.parsed.problems.length)) {
    const where = read.status === 'read' ? `${ann}:${read.parsed.problems[0].line}: ${read.parsed.problems[0].message}` : `${ann}: ${read.message}`;
    say(io, t('{0}; fix it first, nothing was imported into it', where));
    return false;
  }
  if (read.status === 'read') existing = tagsFromBrat(read.parsed, text);
  const encoding = read.status === 'read' ? read.encoding : NEW_ANN;
  const analysis = analyzer.analyze(text);
  const detected = new Set<string>();
  for (const x of [...analysis.terms, ...analysis.figures, ...analysis.orgs]) detected.add(`${x.kind}:${x.start}:${x.end}`);
  const isDetected = (kind: EntityKind, s: number, e: number) => detected.has(`${kind}:${s}:${e}`);
  const merged = mergeTags(existing.tags, existing.extra, items.flatMap((i) => i.tags), isDetected);
  const summary = t('{0}: {1} tag(s) added, {2} already there or found by the detectors', file, merged.added.length, merged.skipped.length);
  await io.write(`${summary}${o.dryRun ? t(' (dry run: nothing written)') : ''}\n`);
  for (const t of merged.added) await io.write(`  + ${t.label} "${t.spans.map((s) => s.text).join(' ')}"${t.verdict ? ` (${t.verdict})` : ''}\n`);
  if (o.dryRun || !merged.added.length) return true;
  try {
    // Tags of the .ann whose text is gone are kept in the record of lost tags, with what refers to them, as the editor does.
    const { kept, dependents } = dependentsOf(existing.extra, existing.lost.map((l) => l.tag.id));
    if (existing.lost.length) {
      const lost = appendLost(ann, lostTagLines(existing.lost, dependents, text), encoding);
      say(io, t('{0}: {1} tag(s) no longer match the text; moved to {2}', ann, existing.lost.length, lost));
    }
    const bytes = encodeText(tagsToBrat(merged.tags, kept, text), encoding.encoding, encoding.bom);
    if (!bytes) throw new RefusedWrite(t("a tag's text cannot be written in {0}", encoding.encoding));
    writeAtomic(ann, bytes);
  } catch (e) {
    if (!(e instanceof RefusedWrite) && typeof (e as NodeJS.ErrnoException).code !== 'string') throw e;
    say(io, t('{0}: not written: {1}', ann, (e as Error).message));
    return false;
  }
  return true;
}

/** The report beside a .ann file, whose tags it holds (core/standoff/annNames.ts). */
function findBesideAnn(ann: string): string | undefined {
  return reportNamesOf(path.basename(ann))
    .map((name) => path.join(path.dirname(ann), name))
    .find((f) => fs.existsSync(f));
}
