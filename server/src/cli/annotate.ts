/**
 * `report-lens annotate` in the formats for scripts and people: one JSON document (json), a JSON object per
 * line (jsonl, also as a filter of {"id","text"} records on standard input: records.ts), or a listing (text).
 * Files and batches of records are units of work, answered in the main thread or, with --jobs, by worker
 * threads (jobs.ts); answers are written in the order of the inputs either way, so the output is the same.
 */
import * as fs from 'node:fs';
import type { Analyzer } from '../core/analyze';
import type { Analysis, Annotation, OutlineNode } from '../core/types';
import { lineAndColumn, lineStarts } from '../core/lines';
import { figureValueText } from '../core/figureText';
import { readReportSync } from '../disk/reportFiles';
import { cliAnalyzer } from './analyzer';
import { fileRecordJson, skippedFileJson, Utf8Chunks } from './json';
import { expandInputs } from './inputs';
import { coreCount, OrderedWindow, serveWorker, threadsWorth, WorkerPool } from './jobs';
import { annotateLines, lineBatches, type RecordProblem } from './records';
import { ENGLISH, l10nFor, type L10n } from '../core/l10n';
import { say, unreadable, warnEncoding, type Io } from './io';

export type AnnotateFormat = 'json' | 'jsonl' | 'text';

export interface AnnotateOptions {
  format: AnnotateFormat;
  /** Threads to annotate on (this one and worker threads); undefined: as many as the cores when there is enough to do (see threadsFor). */
  jobs?: number;
  /** What a worker needs to make the same analyzer as the main thread's. */
  glossaryFiles: readonly string[];
  candidates: boolean;
  /** JSON in the lean form (json.ts `Lean`): terms without their glossary entry's fields, what an organisation's mentions share once per file or record. */
  lean: boolean;
}

/** A unit of work: one file, or a batch of record lines from standard input. */
type Unit = { file: string; format: AnnotateFormat } | { lines: Uint8Array };

/** The answer to a unit: what to write (made as it is written, in the main thread), what to tell, what failed. */
interface Answer {
  out: Iterable<string | Uint8Array>;
  /** Whole lines for standard error. */
  messages: string[];
  failures: number;
  /** For a batch of records: the problems by line within the batch, and how many lines it had. */
  problems?: RecordProblem[];
  lines?: number;
}

/** Annotates the inputs (a folder stands for its reports, "-" reads records from standard input); returns the exit status. */
export async function annotate(named: readonly string[], o: AnnotateOptions, analyzer: Analyzer, io: Io): Promise<number> {
  const inputs = (await expandInputs(named, io)).map((r) => r.file);
  const writer = new AnswerWriter(io, o.format);
  const { threads, growing } = threadsFor(inputs, o.jobs);
  // This thread and threads - 1 workers, which run this same bundle (dist/cli.js; main.ts knows a worker).
  const local = async (unit: Unit) => ('lines' in unit ? answerLines(unit.lines, analyzer, o.lean) : annotateFile(unit.file, unit.format, analyzer, o.lean, io.l10n));
  const pool = threads > 1 ? new WorkerPool<Unit, Answer>(__filename, threads - 1, workerSetup(o, io.l10n), local) : undefined;
  // By default, a stream is shared between threads once it has proved long enough (threadsWorth).
  let given = 0;
  const grow = (bytes: number) => {
    given += bytes;
    if (growing) pool?.allow(threadsWorth(given, Infinity, threads) - 1);
  };
  grow(0);
  // Room for every unit placed (QUEUED per worker, one here) and as many again, answered but not yet written.
  const window = new OrderedWindow<Answer>(4 * threads, (a) => writer.write(a));
  await writer.begin();
  try {
    for (const input of inputs) {
      if (input === '-') {
        for await (const batch of lineBatches(io.stdin)) {
          grow(batch.byteLength);
          if (pool) await window.push((await pool.place({ lines: batch }, [batch.buffer as ArrayBuffer])).answer);
          else await writer.write(answerLines(batch, analyzer, o.lean));
        }
      } else if (pool) {
        if (growing) grow(sizeOf(input));
        await window.push((await pool.place({ file: input, format: o.format })).answer);
      }
      else await writer.write(await annotateFile(input, o.format, analyzer, o.lean, io.l10n));
    }
    await window.flush();
  } finally {
    await pool?.close();
  }
  await writer.end();
  return writer.failures ? 1 : 0;
}

/**
 * How many threads to annotate with: --jobs as given. By default as many as the input is worth
 * (threadsWorth), at most the cores: for files by their sizes; with a stream, whose length is not known
 * yet, the pool is `growing`: workers are allowed as the input read so far grows.
 */
function threadsFor(inputs: readonly string[], jobs: number | undefined): { threads: number; growing: boolean } {
  if (jobs !== undefined) return { threads: jobs, growing: false };
  const cores = coreCount();
  if (cores < 2) return { threads: 1, growing: false };
  if (inputs.includes('-')) return { threads: cores, growing: true };
  let bytes = 0;
  for (const f of inputs) bytes += sizeOf(f);
  return { threads: threadsWorth(bytes, inputs.length, cores), growing: false };
}

/**
 * A file's size; a file that cannot be read counts for nothing here (it is reported when its turn comes).
 * Asked synchronously: a folder of 5,000 reports waited 0.15 s for their sizes through the event loop.
 */
function sizeOf(file: string): number {
  try {
    return fs.statSync(file).size;
  } catch {
    return 0;
  }
}

/** Writes answers: the JSON document's frame around the files' records, messages, the count of failures. */
class AnswerWriter {
  failures = 0;
  private records = 0;
  /** Lines of standard input read so far, for numbering the lines of the problems. */
  private line = 0;

  constructor(private readonly io: Io, private readonly format: AnnotateFormat) {}

  async begin(): Promise<void> {
    if (this.format === 'json') await this.io.write('{"files":[');
  }

  async write(a: Answer): Promise<void> {
    for (const m of a.messages) this.io.stderr(m);
    const t = this.io.l10n.t;
    for (const p of a.problems ?? []) say(this.io, t('stdin line {0}: {1}', this.line + p.line, p.detail === undefined ? t(p.message) : `${t(p.message)}: ${p.detail}`));
    this.line += a.lines ?? 0;
    this.failures += a.failures;
    let first = true;
    for (const piece of a.out) {
      if (first && this.format === 'json' && this.records++ > 0) await this.io.write(',');
      first = false;
      await this.io.write(piece);
    }
  }

  async end(): Promise<void> {
    if (this.format === 'json') await this.io.write(']}\n');
  }
}

/** Reads and annotates one file; its record is made as it is written. */
async function annotateFile(input: string, format: AnnotateFormat, analyzer: Analyzer, lean: boolean, l10n: L10n): Promise<Answer> {
  const read = readReportSync(input, Infinity);
  const messages: string[] = [];
  const io = { stderr: (m: string) => void messages.push(m), l10n };
  if (!('text' in read)) {
    say(io, unreadable(input, read, l10n));
    if (read.problem !== 'binary') return { out: [], messages, failures: 1 };
    return { out: format === 'text' ? [] : [skippedFileJson(input, 'binary', format === 'jsonl', lean) + (format === 'jsonl' ? '\n' : '')], messages, failures: 0 };
  }
  warnEncoding(input, read, io);
  const analysis = analyzer.analyze(read.text);
  if (format === 'text') return { out: [textListing(input, read.text, analysis, l10n)], messages, failures: 0 };
  return { out: fileRecordJson(input, analysis, format === 'jsonl', lean), messages, failures: 0 };
}

/** Answers a batch of record lines. */
function answerLines(batch: Uint8Array, analyzer: Analyzer, lean: boolean): Answer {
  const a = annotateLines(Buffer.from(batch.buffer, batch.byteOffset, batch.byteLength).toString('utf8'), analyzer, lean);
  return { out: a.out, messages: [], failures: a.failures, problems: a.problems, lines: a.lines };
}

/** What workers are started with: the options that make their analyzer, and the form of the JSON. */
interface WorkerSetup {
  glossaryFiles: readonly string[];
  candidates: boolean;
  lean: boolean;
  /** The language of the messages. */
  locale: string;
}

function workerSetup(o: AnnotateOptions, l10n: L10n): WorkerSetup {
  return { glossaryFiles: o.glossaryFiles, candidates: o.candidates, lean: o.lean, locale: l10n.locale };
}

/**
 * The body of a worker thread of `annotate --jobs`: answers units until the pool closes. Its output is
 * sent as UTF-8 bytes, handed over rather than copied, so the main thread only writes them.
 */
export function serveAnnotateWorker(): Promise<number> {
  let analyzer: Analyzer | undefined;
  let l10n: L10n | undefined;
  return serveWorker<Unit, Answer, WorkerSetup>(async (unit, setup) => {
    // The main thread has reported the glossaries' problems already.
    analyzer ??= cliAnalyzer(setup.glossaryFiles, setup.candidates, { stderr: () => undefined, l10n: ENGLISH });
    l10n ??= l10nFor(setup.locale);
    const a = 'lines' in unit ? answerLines(unit.lines, analyzer, setup.lean) : await annotateFile(unit.file, unit.format, analyzer, setup.lean, l10n);
    // Pieces of Utf8Chunks have their memory to themselves: it is handed over, not copied.
    const bytes = new Utf8Chunks();
    const out: Uint8Array[] = [];
    for (const piece of a.out) {
      if (typeof piece === 'string') bytes.add(piece);
      else out.push(...bytes.take(true), piece);
    }
    out.push(...bytes.take(true));
    return { result: { ...a, out }, transfer: out.map((b) => b.buffer as ArrayBuffer) };
  });
}

/** A listing for people: the outline, then one line per annotation with its line and column. */
function textListing(path: string, text: string, analysis: Analysis, l10n: L10n): string {
  const t = l10n.t;
  const starts = lineStarts(text);
  const out: string[] = [`== ${path}`, `-- ${t('outline')}`];
  const walk = (nodes: OutlineNode[]) => {
    for (const n of nodes) {
      out.push(`${'  '.repeat(n.level - 1)}${n.name}  ${t('(line {0})', n.line + 1)}`);
      walk(n.children);
    }
  };
  walk(analysis.outline);
  out.push(`-- ${t('annotations')}`);
  const all: Annotation[] = [...analysis.terms, ...analysis.figures, ...analysis.orgs].sort((a, b) => a.start - b.start);
  for (const a of all) {
    const { line, column } = lineAndColumn(starts, a.start);
    const where = `${line + 1}:${column + 1}`;
    out.push(`${where.padEnd(9)} ${a.kind.padEnd(6)} ${listedText(a.text)}  → ${detailOf(a, l10n)}`);
  }
  return out.join('\n') + '\n';
}

function detailOf(a: Annotation, l10n: L10n): string {
  if (a.kind === 'term') return a.candidate ? l10n.t('candidate term') : `${a.canonical}${a.category ? ` [${a.category}]` : ''}`;
  // A date, time or period says itself in ISO 8601 (2023/2025 for 2023—2025年); other figures give value, upper bound and unit.
  // (With the part of the year or month it names: date 2024 (end) for 2024年底.)
  if (a.kind === 'figure' && a.date !== undefined) return `${a.figureKind} ${a.date}${a.datePart ? ` (${a.datePart})` : ''}`;
  // Other figures as the hover shows them: 80%, not the fraction 0.8 the JSON keeps.
  if (a.kind === 'figure') return `${a.figureKind} ${figureValueText(a, l10n) ?? ''}`.trim();
  return `${a.orgKind} ${a.canonical}${a.mentions > 1 ? ` ×${a.mentions}` : ''}`;
}

/**
 * An annotation's text on one line of the listing: a line break inside it (a span over a PDF's broken line) goes,
 * with the blanks around it; other blanks stay one (2026-03-20 09:56, 2023 年).
 */
function listedText(text: string): string {
  return text.replace(/[^\S\r\n]*[\r\n]+\s*/g, '').replace(/\s+/g, ' ');
}
