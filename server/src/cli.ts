/**
 * report-lens: the analysis core on the command line, for batch use and scripts.
 *
 *   report-lens annotate [--format json|jsonl|text] [--glossary FILE]... FILE...
 *   report-lens annotate --format jsonl -        (records {"id","text"} on stdin → {"id","annotations"} per line)
 *
 * The JSON shapes are a public interface: fields are only ever added, never renamed or removed.
 */
import * as fs from 'node:fs';
import * as readline from 'node:readline';
import { Analyzer } from './core/analyze';
import { builtinGlossary, parseGlossary, type ParsedGlossary } from './core/glossary';
import { TermMatcher } from './core/terms';
import { looksBinary, stripBom } from './core/inputCheck';
import type { Analysis, Annotation, OutlineNode } from './core/types';
import { runTaggingCli, TAGGING_USAGE } from './cliFormats';

const USAGE = `Usage:
  report-lens annotate [--format json|jsonl|text] [--glossary FILE]... [--no-candidates] FILE...
  report-lens annotate --format jsonl [--glossary FILE]... -

Finds policy terms, figures and organisation names in Chinese reports.
  --format json   one JSON document {"files":[{"path","annotations":[...],"outline":[...]}]} (default)
  --format jsonl  one JSON object per line; with "-", reads {"id","text"} records from standard input
                  and writes {"id","annotations"} for each
  --format text   a listing for people to read
  --glossary FILE an extra glossary file (JSON, see docs/glossary.md); may be repeated
Offsets are UTF-16 code units into the file's text (after removing a byte-order mark), end exclusive.

${TAGGING_USAGE}`;

interface Options {
  format: 'json' | 'jsonl' | 'text';
  glossaries: string[];
  candidates: boolean;
  inputs: string[];
}

class UsageError extends Error {}

function parseArgs(argv: string[]): Options {
  const [command, ...rest] = argv;
  if (command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(USAGE + '\n');
    process.exit(0);
  }
  if (command !== 'annotate') throw new UsageError(command ? `unknown command "${command}"` : 'no command given');
  const o: Options = { format: 'json', glossaries: [], candidates: true, inputs: [] };
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    const value = () => {
      const v = rest[++i];
      if (v === undefined) throw new UsageError(`${a} needs a value`);
      return v;
    };
    if (a === '--format') {
      const f = value();
      if (f !== 'json' && f !== 'jsonl' && f !== 'text') throw new UsageError(`unknown format "${f}" (json, jsonl or text)`);
      o.format = f;
    } else if (a.startsWith('--format=')) {
      rest.splice(i + 1, 0, a.slice('--format='.length));
      rest[i] = '--format';
      i--;
    } else if (a === '--jsonl') o.format = 'jsonl';
    else if (a === '--json') o.format = 'json';
    else if (a === '--glossary') o.glossaries.push(value());
    else if (a === '--no-candidates') o.candidates = false;
    else if (a === '--help' || a === '-h') {
      process.stdout.write(USAGE + '\n');
      process.exit(0);
    } else if (a.startsWith('--')) throw new UsageError(`unknown option ${a}`);
    else o.inputs.push(a);
  }
  if (o.inputs.length === 0) throw new UsageError('no input files');
  if (o.inputs.includes('-') && o.format !== 'jsonl') throw new UsageError('reading records from standard input ("-") needs --format jsonl');
  return o;
}

/** Decodes a file's bytes: UTF-8 (with or without BOM), UTF-16 with BOM, or GB18030 as a fallback. */
export function decode(bytes: Uint8Array): { text: string; encoding: string } | { binary: true } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) return { binary: true };
  try {
    return { text: stripBom(new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes)), encoding: 'utf-8' };
  } catch {
    const text = new TextDecoder('gb18030').decode(bytes);
    return looksBinary(text) ? { binary: true } : { text, encoding: 'gb18030' };
  }
}

/** One annotation as written in JSON: kind, start, end, text first, then the kind's own fields. */
function annotationJson(a: Annotation): Record<string, unknown> {
  const { kind, start, end, text, ...rest } = a;
  return { kind, start, end, text, ...rest };
}

function allAnnotations(analysis: Analysis): Record<string, unknown>[] {
  const all: Annotation[] = [...analysis.terms, ...analysis.figures, ...analysis.orgs];
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  return all.map(annotationJson);
}

function outlineJson(nodes: OutlineNode[]): Record<string, unknown>[] {
  return nodes.map((n) => ({
    name: n.name,
    level: n.level,
    line: n.line,
    endLine: n.endLine,
    style: n.style,
    start: n.start,
    end: n.end,
    sectionEndLine: n.sectionEndLine,
    children: outlineJson(n.children),
  }));
}

function loadGlossaries(files: string[]): ParsedGlossary[] {
  const out = [builtinGlossary()];
  for (const file of files) {
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch (e) {
      throw new UsageError(`cannot read glossary ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
    const g = parseGlossary(stripBom(text), file);
    for (const p of g.problems) process.stderr.write(`report-lens: ${file}:${p.line + 1}:${p.column + 1}: ${p.message}\n`);
    out.push(g);
  }
  return out;
}

function textListing(path: string, text: string, analysis: Analysis): string {
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const lineOf = (off: number) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (lineStarts[mid] <= off) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
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
    const where = `${lineOf(a.start) + 1}:${a.start - lineStarts[lineOf(a.start)] + 1}`;
    const shown = a.text.replace(/\s+/g, '');
    let detail = '';
    if (a.kind === 'term') detail = a.candidate ? 'candidate term' : `${a.canonical}${a.category ? ` [${a.category}]` : ''}`;
    else if (a.kind === 'figure') detail = `${a.figureKind} ${a.date ?? (a.value === null ? '' : a.value)}${a.valueHigh !== undefined ? `–${a.valueHigh}` : ''} ${a.unit}`.trim();
    else detail = `${a.orgKind} ${a.canonical}${a.mentions > 1 ? ` ×${a.mentions}` : ''}`;
    out.push(`${where.padEnd(9)} ${a.kind.padEnd(6)} ${shown}  → ${detail}`);
  }
  return out.join('\n') + '\n';
}

async function readRecords(analyzer: Analyzer): Promise<number> {
  let failures = 0;
  const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  let lineNo = 0;
  for await (const line of rl) {
    lineNo++;
    if (!line.trim()) continue;
    let rec: { id?: unknown; text?: unknown };
    try {
      rec = JSON.parse(line);
    } catch {
      failures++;
      process.stderr.write(`report-lens: stdin line ${lineNo}: not a JSON object\n`);
      process.stdout.write(JSON.stringify({ id: null, error: `line ${lineNo} is not JSON` }) + '\n');
      continue;
    }
    if (typeof rec?.text !== 'string') {
      failures++;
      process.stderr.write(`report-lens: stdin line ${lineNo}: record has no "text" string\n`);
      process.stdout.write(JSON.stringify({ id: rec?.id ?? null, error: 'no "text" string' }) + '\n');
      continue;
    }
    const analysis = analyzer.analyze(rec.text);
    if (!process.stdout.write(JSON.stringify({ id: rec.id ?? null, annotations: allAnnotations(analysis) }) + '\n')) {
      await new Promise((r) => process.stdout.once('drain', r));
    }
  }
  return failures;
}

async function main(argv: string[]): Promise<number> {
  // Export formats (brat, doccano, csv, html) and `import` live in cliFormats.ts.
  const tagged = await runTaggingCli(argv, {
    analyzer: (files, candidates) => new Analyzer(new TermMatcher(loadGlossaries(files)), { candidateTerms: candidates }),
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
  });
  if (tagged !== undefined) return tagged;
  const o = parseArgs(argv);
  const analyzer = new Analyzer(new TermMatcher(loadGlossaries(o.glossaries)), { candidateTerms: o.candidates });
  let failures = 0;
  const files: Record<string, unknown>[] = [];
  for (const input of o.inputs) {
    if (input === '-') {
      failures += await readRecords(analyzer);
      continue;
    }
    let bytes: Uint8Array;
    try {
      if (fs.statSync(input).isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
      bytes = fs.readFileSync(input);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'is a directory' : (e as Error).message;
      process.stderr.write(`report-lens: cannot read ${input}: ${why}\n`);
      failures++;
      continue;
    }
    const decoded = decode(bytes);
    if ('binary' in decoded) {
      process.stderr.write(`report-lens: ${input} looks like a binary file; skipped\n`);
      if (o.format !== 'text') files.push({ path: input, skipped: 'binary', annotations: [], outline: [] });
      continue;
    }
    if (decoded.encoding !== 'utf-8') process.stderr.write(`report-lens: ${input} read as ${decoded.encoding}\n`);
    const analysis = analyzer.analyze(decoded.text);
    const record = { path: input, annotations: allAnnotations(analysis), outline: outlineJson(analysis.outline) };
    if (o.format === 'jsonl') process.stdout.write(JSON.stringify({ id: input, ...record }) + '\n');
    else if (o.format === 'text') process.stdout.write(textListing(input, decoded.text, analysis));
    else files.push(record);
  }
  if (o.format === 'json') process.stdout.write(JSON.stringify({ files }) + '\n');
  return failures ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (e) => {
    if (e instanceof UsageError) {
      process.stderr.write(`report-lens: ${e.message}\n\n${USAGE}\n`);
      process.exitCode = 2;
    } else {
      process.stderr.write(`report-lens: ${(e as Error).stack ?? e}\n`);
      process.exitCode = 70;
    }
  },
);
