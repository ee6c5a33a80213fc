/**
 * `report-lens annotate --format jsonl -`: a line-in, line-out filter over {"id","text"} records, the
 * contract of Hadoop Streaming and Spark's RDD.pipe() (README, "Corpora: --format jsonl - as a line filter"):
 * - one answer line per record (a line that is not blank), in the order of the records;
 * - each answer carries its record's id: {"id","annotations"}, or {"id","error"} for a record that cannot
 *   be annotated (not JSON, no "text" string, binary text), and the stream goes on;
 * - nothing is kept from one record to the next, so a stream split into shards, each annotated on its
 *   own and the answers concatenated, gives the answers of the whole stream.
 * The input is handled in batches of whole lines, which worker threads can answer side by side.
 */
import type { Readable } from 'node:stream';
import type { Analyzer } from '../core/analyze';
import { looksBinary } from '../core/inputCheck';
import { l10nKey } from '../core/l10n';
import type { Annotation } from '../core/types';
import { addRecordJson, annotationsInOrder, errorRecordJson, Utf8Chunks } from './json';

/** Bytes of input per batch: some hundred records, enough to keep a worker busy between two messages. */
export const BATCH_BYTES = 256 * 1024;

/** What went wrong with one record, for standard error; `line` counts from 1 within its batch. */
export interface RecordProblem {
  line: number;
  /** In English, translated where it is shown (a worker thread makes it). */
  message: string;
  /** What follows it as it is (a stack). */
  detail?: string;
}

/** The answers to a batch of lines. */
export interface LinesAnswer {
  /** One JSON line per record, each ending in a line feed, as UTF-8. */
  out: Uint8Array[];
  problems: RecordProblem[];
  /** Records answered with an error. */
  failures: number;
  /** Lines read (blank ones too), for numbering the next batch's lines. */
  lines: number;
}

/**
 * Answers every record of a batch of whole lines (as readline cuts them: at CRLF, LF or a lone CR); with
 * `lean`, in the lean form (json.ts `Lean`).
 */
export function annotateLines(text: string, analyzer: Analyzer, lean = false): LinesAnswer {
  const out = new Utf8Chunks();
  const answer: LinesAnswer = { out: [], problems: [], failures: 0, lines: 0 };
  for (let at = 0; at < text.length; ) {
    let nl = text.indexOf('\n', at);
    if (nl < 0) nl = text.length;
    let line = text.slice(at, nl);
    at = nl + 1;
    if (line.endsWith('\r')) line = line.slice(0, -1);
    if (line.includes('\r')) for (const part of line.split('\r')) answerLine(part, analyzer, lean, answer, out);
    else answerLine(line, analyzer, lean, answer, out);
  }
  answer.out = out.take(true);
  return answer;
}

function answerLine(line: string, analyzer: Analyzer, lean: boolean, answer: LinesAnswer, out: Utf8Chunks): void {
  const n = ++answer.lines;
  if (!line.trim()) return;
  const fail = (id: unknown, error: string, message: string, detail?: string) => {
    out.add(errorRecordJson(id, error) + '\n');
    answer.problems.push(detail === undefined ? { line: n, message } : { line: n, message, detail });
    answer.failures++;
  };
  let rec: { id?: unknown; text?: unknown } | null;
  try {
    rec = JSON.parse(line);
  } catch (e) {
    if (!(e instanceof SyntaxError)) throw e;
    return fail(leadingId(line), 'not JSON', l10nKey('not a JSON object'));
  }
  const id = rec?.id;
  if (typeof rec?.text !== 'string') return fail(id, 'no "text" string', l10nKey('record has no "text" string'));
  if (looksBinary(rec.text)) return fail(id, 'binary text', l10nKey("record's text looks like a binary file"));
  let all: Annotation[];
  try {
    all = annotationsInOrder(analyzer.analyze(rec.text));
  } catch (e) {
    // A bug met on one record of a corpus must not end the run: that record is answered with an error,
    // the stack goes to standard error and the exit status says something failed.
    return fail(id, 'internal error', l10nKey('internal error'), String((e as Error).stack ?? e));
  }
  addRecordJson(out, id, all, lean);
  out.add('\n');
}

/** `{"id":…` at the start of a line that is not JSON as a whole (cut short, say): that id, else null. */
function leadingId(line: string): unknown {
  const m = /^\s*\{\s*"id"\s*:\s*("(?:[^"\\\u0000-\u001f]|\\.)*"|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)\s*[,}]/.exec(line);
  if (!m) return null;
  try {
    return JSON.parse(m[1]);
  } catch (e) {
    // An escape JSON does not know (\x): the id cannot be read.
    if (e instanceof SyntaxError) return null;
    throw e;
  }
}

/**
 * A stream's bytes in batches of whole lines of about BATCH_BYTES (a longer line makes a longer batch; the
 * last one may lack its line feed). A byte-order mark at the start is dropped. Reading waits while the
 * caller works on a batch, so a fast writer is held back by the pipe (backpressure) and memory stays flat.
 * Each batch has its memory to itself: it can be handed over to a worker thread.
 */
export async function* lineBatches(input: Readable, size = BATCH_BYTES): AsyncGenerator<Buffer, void, void> {
  let pending: Buffer[] = [];
  let bytes = 0;
  let first = true;
  for await (const data of input) {
    let chunk: Buffer = typeof data === 'string' ? Buffer.from(data) : data;
    if (first && chunk.length) {
      if (chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) chunk = chunk.subarray(3);
      first = false;
    }
    pending.push(chunk);
    bytes += chunk.length;
    if (bytes < size) continue;
    // Earlier chunks were looked at when they came: only this one can hold the batch's last line feed.
    const nl = chunk.lastIndexOf(0x0a);
    if (nl < 0) continue;
    pending[pending.length - 1] = chunk.subarray(0, nl + 1);
    yield joined(pending);
    const rest = chunk.subarray(nl + 1);
    pending = rest.length ? [rest] : [];
    bytes = rest.length;
  }
  if (bytes) yield joined(pending);
}

/** The chunks as one buffer that has its memory to itself, so it can be handed over to a worker thread. */
function joined(chunks: readonly Buffer[]): Buffer {
  let size = 0;
  for (const c of chunks) size += c.length;
  const out = Buffer.allocUnsafeSlow(size);
  let at = 0;
  for (const c of chunks) at += c.copy(out, at);
  return out;
}
