/**
 * `report-lens annotate` in the formats for scripts and people: one JSON document (json), a JSON object per
 * line (jsonl, also as a filter of {"id","text"} records on standard input), or a listing (text).
 */
import * as readline from 'node:readline';
import type { Analyzer } from '../core/analyze';
import type { Analysis, Annotation, OutlineNode } from '../core/types';
import { lineAndColumn, lineStarts } from '../core/lines';
import { readReport } from '../disk/reportFiles';
import { allAnnotations, outlineJson } from './json';
import { warnEncoding, type Io } from './io';

export type AnnotateFormat = 'json' | 'jsonl' | 'text';

/** Annotates the inputs ("-" reads records from standard input); returns the exit status. */
export async function annotate(inputs: readonly string[], format: AnnotateFormat, analyzer: Analyzer, io: Io): Promise<number> {
  let failures = 0;
  const files: Record<string, unknown>[] = [];
  for (const input of inputs) {
    if (input === '-') {
      failures += await annotateRecords(analyzer, io);
      continue;
    }
    const read = await readReport(input, Infinity);
    if (!('text' in read)) {
      if (read.problem === 'binary') {
        io.stderr(`report-lens: ${input} looks like a binary file; skipped\n`);
        if (format !== 'text') files.push({ path: input, skipped: 'binary', annotations: [], outline: [] });
      } else {
        io.stderr(`report-lens: cannot read ${input}: ${read.message}\n`);
        failures++;
      }
      continue;
    }
    warnEncoding(input, read, io);
    const analysis = analyzer.analyze(read.text);
    const record = { path: input, annotations: allAnnotations(analysis), outline: outlineJson(analysis.outline) };
    if (format === 'jsonl') await io.write(JSON.stringify({ id: input, ...record }) + '\n');
    else if (format === 'text') await io.write(textListing(input, read.text, analysis));
    else files.push(record);
  }
  if (format === 'json') await io.write(JSON.stringify({ files }) + '\n');
  return failures ? 1 : 0;
}

/** Reads {"id","text"} records, one per line, and writes {"id","annotations"} for each; a bad line gets an error record. */
async function annotateRecords(analyzer: Analyzer, io: Io): Promise<number> {
  let failures = 0;
  const rl = readline.createInterface({ input: io.stdin, crlfDelay: Infinity });
  let lineNo = 0;
  for await (const line of rl) {
    lineNo++;
    if (!line.trim()) continue;
    let rec: { id?: unknown; text?: unknown };
    try {
      rec = JSON.parse(line);
    } catch {
      failures++;
      io.stderr(`report-lens: stdin line ${lineNo}: not a JSON object\n`);
      await io.write(JSON.stringify({ id: null, error: `line ${lineNo} is not JSON` }) + '\n');
      continue;
    }
    if (typeof rec?.text !== 'string') {
      failures++;
      io.stderr(`report-lens: stdin line ${lineNo}: record has no "text" string\n`);
      await io.write(JSON.stringify({ id: rec?.id ?? null, error: 'no "text" string' }) + '\n');
      continue;
    }
    await io.write(JSON.stringify({ id: rec.id ?? null, annotations: allAnnotations(analyzer.analyze(rec.text)) }) + '\n');
  }
  return failures;
}

/** A listing for people: the outline, then one line per annotation with its line and column. */
function textListing(path: string, text: string, analysis: Analysis): string {
  const starts = lineStarts(text);
  const out: string[] = [`== ${path}`, '-- outline'];
  const walk = (nodes: OutlineNode[]) => {
    for (const n of nodes) {
      out.push(`${'  '.repeat(n.level - 1)}${n.name}  (line ${n.line + 1})`);
      walk(n.children);
    }
  };
  walk(analysis.outline);
  out.push('-- annotations');
  const all: Annotation[] = [...analysis.terms, ...analysis.figures, ...analysis.orgs].sort((a, b) => a.start - b.start);
  for (const a of all) {
    const { line, column } = lineAndColumn(starts, a.start);
    const where = `${line + 1}:${column + 1}`;
    out.push(`${where.padEnd(9)} ${a.kind.padEnd(6)} ${a.text.replace(/\s+/g, '')}  → ${detailOf(a)}`);
  }
  return out.join('\n') + '\n';
}

function detailOf(a: Annotation): string {
  if (a.kind === 'term') return a.candidate ? 'candidate term' : `${a.canonical}${a.category ? ` [${a.category}]` : ''}`;
  if (a.kind === 'figure') return `${a.figureKind} ${a.date ?? (a.value === null ? '' : a.value)}${a.valueHigh !== undefined ? `–${a.valueHigh}` : ''} ${a.unit}`.trim();
  return `${a.orgKind} ${a.canonical}${a.mentions > 1 ? ` ×${a.mentions}` : ''}`;
}
