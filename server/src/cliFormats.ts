/**
 * The CLI's annotation formats and the `import` command (cli.ts hands these over):
 *
 *   report-lens annotate --format brat|doccano|csv|html [--out PATH] [--no-tags] [--lang en|zh-cn] FILE|DIR...
 *   report-lens import [--report FILE | --dir DIR] [--dry-run] FILE.ann|FILE.jsonl...
 *
 * Exports hold the detections minus those the user marked wrong, plus the user's tags, read from
 * the .ann beside each report. `import` reads brat or doccano files back into those .ann files.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Analyzer } from './core/analyze';
import { withCorrections } from './core/corrections';
import { collectAnnotations, toBrat, toDoccano, type ExportDocument } from './core/export/annotations';
import { toCsv } from './core/export/csv';
import { toHtml } from './core/export/html';
import { parseBrat, type ParsedBrat } from './core/standoff/brat';
import { parseDoccano } from './core/standoff/doccano';
import { lostTagLine, mergeTags, reanchor, tagsFromBrat, tagsToBrat, type LostTag, type Tag } from './core/tags';
import type { EntityKind } from './core/types';
import { annPathOf, writeAtomic } from './tagStore';
import { decodeReport, listReports, REPORT_EXTENSIONS } from './reportFiles';
import { htmlLang, htmlWords } from './exportWords';
import { setLocale } from './l10n';

export const EXPORT_FORMATS = ['brat', 'doccano', 'csv', 'html'] as const;
type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Lines for cli.ts's usage text. */
export const TAGGING_USAGE = `  report-lens annotate --format brat|doccano|csv|html [--out PATH] [--no-tags] [--lang en|zh-cn] FILE|DIR...
  report-lens import [--report FILE | --dir DIR] [--dry-run] FILE.ann|FILE.jsonl...

Export formats (offsets in Unicode code points, as brat, doccano and Python count them):
  --format brat     brat standoff .ann; one report to standard output, several (or a folder) into
                    --out DIR as .txt/.ann pairs brat can open
  --format doccano  doccano JSONL, one {"text","label":[[start,end,label]],"filename"} line per report
  --format csv      one row per annotation (file, source, kind, label, start, end, line, column, text, …)
  --format html     a standalone page with the highlights and a legend
  --out PATH        write to PATH instead of standard output
  --no-tags         leave out the tags and corrections kept in the .ann beside each report
  --lang LANG       language of the HTML page's legend (default: from LANG)
A DIR stands for every .txt and .report file under it.
import reads annotations made in brat (.ann) or doccano (.jsonl) and adds them to the tags kept
beside each report: a brat file goes to --report (default: the .txt of the same name beside it);
doccano records go to the report named by their "filename" under --dir (default: the current
folder), else to the report with the same text. Spans the detectors already find are not repeated.
  --dry-run         say what would be added without writing`;

/** How cli.ts analyses text, and how it reports. */
export interface CliHost {
  /** An analyzer with the glossaries given on the command line. */
  analyzer(glossaries: string[], candidates: boolean): Analyzer;
  stdout(s: string): void;
  stderr(s: string): void;
}

class UsageError extends Error {}

/**
 * Runs `annotate` with an export format, or `import`. Returns the exit code, or undefined when the
 * command line is not one of these (cli.ts then handles it).
 */
export async function runTaggingCli(argv: string[], host: CliHost): Promise<number | undefined> {
  const [command, ...rest] = argv;
  const format = formatOf(rest);
  if (command === 'annotate' && format === undefined) return undefined;
  if (command !== 'annotate' && command !== 'import') return undefined;
  try {
    return command === 'import' ? await runImport(rest, host) : await runExport(rest, format!, host);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    host.stderr(`report-lens: ${e.message}\n\n${TAGGING_USAGE}\n`);
    return 2;
  }
}

/** The export format asked for, if it is one of ours. */
function formatOf(args: string[]): ExportFormat | undefined {
  for (let i = 0; i < args.length; i++) {
    const v = args[i] === '--format' ? args[i + 1] : args[i].startsWith('--format=') ? args[i].slice('--format='.length) : undefined;
    if (v !== undefined) return (EXPORT_FORMATS as readonly string[]).includes(v) ? (v as ExportFormat) : undefined;
  }
  return undefined;
}

interface Args {
  flags: Map<string, string | true>;
  multi: Map<string, string[]>;
  inputs: string[];
}

function parse(args: string[], withValue: string[], booleans: string[], repeated: string[] = []): Args {
  const out: Args = { flags: new Map(), multi: new Map(), inputs: [] };
  for (let i = 0; i < args.length; i++) {
    let a = args[i];
    let inline: string | undefined;
    const eq = a.indexOf('=');
    if (a.startsWith('--') && eq > 0) {
      inline = a.slice(eq + 1);
      a = a.slice(0, eq);
    }
    if (withValue.includes(a) || repeated.includes(a)) {
      const v = inline ?? args[++i];
      if (v === undefined) throw new UsageError(`${a} needs a value`);
      if (repeated.includes(a)) out.multi.set(a, [...(out.multi.get(a) ?? []), v]);
      else out.flags.set(a, v);
    } else if (booleans.includes(a)) out.flags.set(a, true);
    else if (a.startsWith('--')) throw new UsageError(`unknown option ${a}`);
    else out.inputs.push(a);
  }
  return out;
}

/** Reads a report; undefined (and a message) when it cannot be read or is binary. */
function readText(file: string, host: CliHost): string | undefined {
  let bytes: Uint8Array;
  try {
    bytes = fs.readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    host.stderr(`report-lens: cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : code ?? (e as Error).message}\n`);
    return undefined;
  }
  const text = decodeReport(bytes);
  if (text === undefined) host.stderr(`report-lens: ${file} looks like a binary file; skipped\n`);
  return text;
}

/** The tags beside a report, or none (with a message) when its .ann cannot be read. */
function tagsBeside(file: string, text: string, host: CliHost): Tag[] {
  const ann = annPathOf(file);
  let parsed: ParsedBrat;
  try {
    parsed = parseBrat(fs.readFileSync(ann, 'utf8'));
  } catch {
    return [];
  }
  if (parsed.problems.length) {
    const p = parsed.problems[0];
    host.stderr(`report-lens: ${ann}:${p.line}: ${p.message}; its tags are left out\n`);
    return [];
  }
  const r = tagsFromBrat(parsed, text);
  for (const l of r.lost) host.stderr(`report-lens: ${ann}: tag ${l.tag.id} "${l.tag.spans.map((s) => s.text).join(' ')}" is no longer in the text\n`);
  return r.tags;
}

async function runExport(args: string[], format: ExportFormat, host: CliHost): Promise<number> {
  const a = parse(args, ['--format', '--out', '--lang'], ['--no-tags', '--no-candidates'], ['--glossary']);
  if (!a.inputs.length) throw new UsageError('no input files');
  const lang = a.flags.get('--lang');
  setLocale(typeof lang === 'string' ? lang : process.env.LC_ALL || process.env.LANG || 'en');
  const analyzer = host.analyzer(a.multi.get('--glossary') ?? [], !a.flags.has('--no-candidates'));
  let failures = 0;
  const reports: { file: string; name: string }[] = [];
  for (const input of a.inputs) {
    let stat: fs.Stats | undefined;
    try {
      stat = fs.statSync(input);
    } catch {
      /* reported when read */
    }
    if (stat?.isDirectory()) {
      for (const f of await listReports(input)) reports.push({ file: f, name: path.relative(input, f).split(path.sep).join('/') });
    } else reports.push({ file: input, name: input.split(path.sep).join('/') });
  }
  const docs: ExportDocument[] = [];
  for (const r of reports) {
    const text = readText(r.file, host);
    if (text === undefined) {
      failures++;
      continue;
    }
    const tags = a.flags.has('--no-tags') ? [] : tagsBeside(r.file, text, host);
    const analysis = withCorrections(analyzer.analyze(text), tags);
    docs.push({ name: r.name, text, annotations: collectAnnotations(text, analysis, tags) });
  }
  const out = a.flags.get('--out');
  const target = typeof out === 'string' ? out : undefined;
  if (format === 'brat') {
    if (!target) {
      if (docs.length > 1) throw new UsageError('several reports in brat format need --out DIR');
      if (docs[0]) host.stdout(toBrat(docs[0]));
    } else {
      // Never write over the tags kept beside a report.
      const own = new Set(reports.map((r) => path.resolve(annPathOf(r.file))));
      for (const d of docs) {
        const ann = path.resolve(target, d.name.replace(/\.[^./]*$/, '') + '.ann');
        if (own.has(ann)) throw new UsageError(`--out ${target} would overwrite ${ann}, the tags kept beside a report; choose another folder`);
      }
      for (const d of docs) {
        const stem = path.join(target, d.name.replace(/\.[^./]*$/, ''));
        fs.mkdirSync(path.dirname(stem), { recursive: true });
        fs.writeFileSync(`${stem}.txt`, d.text);
        fs.writeFileSync(`${stem}.ann`, toBrat(d));
      }
    }
  } else {
    const content =
      format === 'doccano'
        ? docs.map((d) => toDoccano(d) + '\n').join('')
        : format === 'csv'
          ? toCsv(docs)
          : toHtml(docs, { title: docs.length === 1 ? docs[0].name : 'Report Lens', lang: htmlLang(), words: htmlWords() });
    if (target) writeAtomic(target, content);
    else host.stdout(content);
  }
  return failures ? 1 : 0;
}

/** Imported spans, as tags of one report. */
interface Incoming {
  report: string;
  tags: Tag[];
  /** Where they came from, for messages. */
  source: string;
}

async function runImport(args: string[], host: CliHost): Promise<number> {
  const a = parse(args, ['--report', '--dir'], ['--dry-run', '--no-candidates'], ['--glossary']);
  if (!a.inputs.length) throw new UsageError('no files to import');
  const report = a.flags.get('--report');
  const dir = a.flags.get('--dir');
  if (typeof report === 'string' && a.inputs.length > 1) throw new UsageError('--report takes one file to import');
  const analyzer = host.analyzer(a.multi.get('--glossary') ?? [], !a.flags.has('--no-candidates'));
  let failures = 0;
  const incoming: Incoming[] = [];
  for (const input of a.inputs) {
    let content: string;
    try {
      content = fs.readFileSync(input, 'utf8');
    } catch {
      host.stderr(`report-lens: cannot read ${input}\n`);
      failures++;
      continue;
    }
    if (input.toLowerCase().endsWith('.ann')) {
      const parsed = parseBrat(content);
      if (parsed.problems.length) {
        for (const p of parsed.problems) host.stderr(`report-lens: ${input}:${p.line}: ${p.message}\n`);
        failures++;
        continue;
      }
      const target = typeof report === 'string' ? report : findBesideAnn(input);
      if (!target) {
        host.stderr(`report-lens: ${input}: no report of the same name beside it; say which with --report FILE\n`);
        failures++;
        continue;
      }
      const text = readText(target, host);
      if (text === undefined) {
        failures++;
        continue;
      }
      const r = tagsFromBrat(parsed, text);
      for (const l of r.lost) host.stderr(`report-lens: ${input}: ${l.tag.id} "${l.tag.spans.map((s) => s.text).join(' ')}" is not in ${target}; not imported\n`);
      incoming.push({ report: target, tags: r.tags, source: input });
    } else {
      const parsed = parseDoccano(content);
      for (const p of parsed.problems) host.stderr(`report-lens: ${input}:${p.line}: ${p.message}\n`);
      if (parsed.problems.length) failures++;
      const root = typeof dir === 'string' ? dir : '.';
      const byText = new Map<string, string>();
      let indexed = false;
      for (const rec of parsed.records) {
        const named = [rec.meta.filename, rec.meta.path, rec.meta.file].find((v): v is string => typeof v === 'string');
        let target = typeof report === 'string' ? report : named && fs.existsSync(path.join(root, named)) ? path.join(root, named) : undefined;
        if (!target) {
          if (!indexed) {
            for (const f of await listReports(root)) {
              const t = readText(f, { ...host, stderr: () => undefined });
              if (t !== undefined && !byText.has(t)) byText.set(t, f);
            }
            indexed = true;
          }
          target = byText.get(rec.text);
        }
        if (!target) {
          host.stderr(`report-lens: ${input}:${rec.line}: no report ${named ? `named ${named} ` : ''}with this text under ${root}\n`);
          failures++;
          continue;
        }
        const text = readText(target, host);
        if (text === undefined) {
          failures++;
          continue;
        }
        const tags: Tag[] = rec.spans.map((s, i) => ({ id: `T${i + 1}`, label: s.label, spans: [{ start: s.start, end: s.end, text: s.text }] }));
        // The record's text may differ from the report's (line ends changed on upload): find each span by its text.
        const placed = rec.text === text ? { tags, lost: [] } : reanchor(tags, text);
        for (const l of placed.lost) host.stderr(`report-lens: ${input}:${rec.line}: "${l.tag.spans[0].text}" is not in ${target}; not imported\n`);
        incoming.push({ report: target, tags: placed.tags.filter((t) => t.spans[0].end > t.spans[0].start), source: `${input}:${rec.line}` });
      }
    }
  }

  // Merge per report into the .ann beside it.
  const byReport = new Map<string, Incoming[]>();
  for (const i of incoming) byReport.set(path.resolve(i.report), [...(byReport.get(path.resolve(i.report)) ?? []), i]);
  for (const [file, items] of byReport) {
    const text = readText(file, host)!;
    const ann = annPathOf(file);
    let existing = { tags: [] as Tag[], extra: [] as ReturnType<typeof tagsFromBrat>['extra'], lost: [] as LostTag[] };
    if (fs.existsSync(ann)) {
      const parsed = parseBrat(fs.readFileSync(ann, 'utf8'));
      if (parsed.problems.length) {
        host.stderr(`report-lens: ${ann}:${parsed.problems[0].line}: ${parsed.problems[0].message}; fix it first, nothing was imported into it\n`);
        failures++;
        continue;
      }
      const r = tagsFromBrat(parsed, text);
      existing = { tags: r.tags, extra: r.extra, lost: r.lost };
    }
    const analysis = analyzer.analyze(text);
    const detected = new Set<string>();
    for (const x of [...analysis.terms, ...analysis.figures, ...analysis.orgs]) detected.add(`${x.kind}:${x.start}:${x.end}`);
    const isDetected = (kind: EntityKind, s: number, e: number) => detected.has(`${kind}:${s}:${e}`);
    const merged = mergeTags(existing.tags, existing.extra, items.flatMap((i) => i.tags), isDetected);
    host.stdout(`${file}: ${merged.added.length} tag(s) added, ${merged.skipped.length} already there or found by the detectors${a.flags.has('--dry-run') ? ' (dry run: nothing written)' : ''}\n`);
    for (const t of merged.added) host.stdout(`  + ${t.label} "${t.spans.map((s) => s.text).join(' ')}"${t.verdict ? ` (${t.verdict})` : ''}\n`);
    if (!a.flags.has('--dry-run') && merged.added.length) {
      // Tags of the .ann whose text is gone are kept in the record of lost tags, as the editor does.
      if (existing.lost.length) {
        fs.appendFileSync(`${ann}.lost`, existing.lost.map((l) => lostTagLine(l, text)).join(''));
        host.stderr(`report-lens: ${ann}: ${existing.lost.length} tag(s) no longer match the text; moved to ${ann}.lost\n`);
      }
      writeAtomic(ann, tagsToBrat(merged.tags, existing.extra, text));
    }
  }
  return failures ? 1 : 0;
}

/** The report beside a .ann file with the same base name. */
function findBesideAnn(ann: string): string | undefined {
  const stem = ann.slice(0, -'.ann'.length);
  return REPORT_EXTENSIONS.map((e) => stem + e).find((f) => fs.existsSync(f));
}
