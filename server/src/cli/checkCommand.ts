/**
 * `report-lens check`: the proofreading diagnostics of the editor for files and folders, as a listing for
 * people (file:line:column), JSON for scripts or SARIF 2.1.0 for code scanning; with --fix, the certain fixes
 * written back. The exit status is 1 when an error-severity problem remains (or a file cannot be read), 0
 * otherwise, 2 for a usage error.
 */
import type { Analyzer } from '../core/analyze';
import { applyEdits, CHECK_CODES, checkAnalysis, fixEdits, fixOf, RULES, type CheckCode, type Finding } from '../core/checks';
import { describe, fixTitle, ruleTitle } from '../core/checks/messages';
import type { L10n } from '../core/l10n';
import { lineAndColumn, lineStarts } from '../core/lines';
import { writeAtomic } from '../disk/atomicWrite';
import { decodeBytes } from '../disk/decode';
import { MAX_TEXT_BYTES, readRegularFile } from '../disk/safeRead';
import { cliAnalyzer } from './analyzer';
import { parseCommand, UsageError } from './args';
import { expandInputs } from './inputs';
import { cliL10n, say, unreadable, type Io } from './io';
import { helpText } from './usage';

declare const REPORT_LENS_VERSION: string | undefined;

const FORMATS = ['text', 'json', 'sarif'] as const;
type Format = (typeof FORMATS)[number];

/** At most this many rounds of fixes: a fix may leave another certain problem (a space, then the mark before it). */
const FIX_ROUNDS = 3;

/** Runs `report-lens check` with its arguments; returns the exit status. */
export async function runCheck(args: string[], io: Io): Promise<number> {
  const { values: v, positionals: inputs } = parseCommand(args, {
    format: { type: 'string' },
    fix: { type: 'boolean' },
    disable: { type: 'string', multiple: true },
    glossary: { type: 'string', multiple: true },
    lang: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (v.lang !== undefined) io.l10n = cliL10n(v.lang);
  if (v.help) {
    await io.write(helpText('check', io.l10n) + '\n');
    return 0;
  }
  const format = (v.format ?? 'text') as Format;
  if (!FORMATS.includes(format)) throw new UsageError('unknown format "{0}" ({1})', format, FORMATS.join(', '));
  if (inputs.length === 0) throw new UsageError('no input files');
  const disabled = new Set((v.disable ?? []).flatMap((d) => d.split(',')).map((d) => d.trim()).filter(Boolean));
  for (const code of disabled) if (!(CHECK_CODES as readonly string[]).includes(code)) throw new UsageError('unknown rule "{0}" ({1})', code, CHECK_CODES.join(', '));
  const analyzer = cliAnalyzer(v.glossary ?? [], true, io);
  return check(inputs, { format, fix: !!v.fix, disabled, l10n: io.l10n }, analyzer, io);
}

export interface CheckOptions {
  format: Format;
  fix: boolean;
  disabled: ReadonlySet<string>;
  l10n: L10n;
}

/** The problems of one file, for the outputs. */
interface Checked {
  path: string;
  text: string;
  findings: Finding[];
  /** How many problems --fix fixed. */
  fixed: number;
}

/** Checks the inputs (files, or folders standing for every report under them); returns the exit status. */
export async function check(inputs: readonly string[], o: CheckOptions, analyzer: Analyzer, io: Io): Promise<number> {
  const t = o.l10n.t;
  let failures = 0;
  const files: Checked[] = [];
  for (const { file, name } of await expandInputs(inputs, io)) {
    // Only a regular file is read (a FIFO named on the command line would hold the run, /dev/zero fill its memory).
    const read = readRegularFile(file, MAX_TEXT_BYTES);
    if ('problem' in read) {
      say(io, unreadable(file, read, o.l10n));
      failures++;
      continue;
    }
    const bytes = read.bytes;
    const decoded = decodeBytes(bytes);
    if ('binary' in decoded) {
      say(io, t('{0} looks like a binary file; skipped', file));
      continue;
    }
    const findingsOf = (text: string) => checkAnalysis(analyzer.analyze(text)).filter((f) => !o.disabled.has(f.code));
    let text = decoded.text;
    let findings = findingsOf(text);
    let fixed = 0;
    if (o.fix && findings.some((f) => fixOf(f))) {
      const why = notWritable(bytes, decoded, o.l10n);
      if (why) say(io, t('{0} not fixed: {1}', file, why));
      else {
        for (let round = 0; round < FIX_ROUNDS; round++) {
          const edits = fixEdits(findings);
          if (!edits.length) break;
          const taken = new Set(edits.map((e) => `${e.start}:${e.end}`));
          fixed += findings.filter((f) => fixOf(f)?.every((e) => taken.has(`${e.start}:${e.end}`))).length;
          text = applyEdits(text, edits);
          findings = findingsOf(text);
        }
        writeAtomic(file, (hasBom(bytes) ? '\uFEFF' : '') + text);
        say(io, fixed === 1 ? t('{0}: fixed 1 problem', file) : t('{0}: fixed {1} problems', file, fixed));
      }
    }
    files.push({ path: name, text, findings, fixed });
  }
  if (o.format === 'json') await io.write(JSON.stringify(checkJson(files, o.l10n)) + '\n');
  else if (o.format === 'sarif') await io.write(JSON.stringify(sarifLog(files, o.l10n), null, 2) + '\n');
  else await io.write(textListing(files, o.l10n));
  const counts = countBySeverity(files);
  const errors = counts.error === 1 ? t('1 error') : t('{0} errors', counts.error);
  const warnings = counts.warning === 1 ? t('1 warning') : t('{0} warnings', counts.warning);
  const notes = counts.information === 1 ? t('1 note') : t('{0} notes', counts.information);
  const inFiles = files.length === 1 ? t('1 file') : t('{0} files', files.length);
  say(io, t('{0}, {1}, {2} in {3}', errors, warnings, notes, inFiles));
  return failures || counts.error ? 1 : 0;
}

function hasBom(bytes: Uint8Array): boolean {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

/**
 * Why a file's fixes cannot be written back, or undefined when they can: only UTF-8 is written, and only
 * when its text turns back into exactly the bytes read (a file that does not round-trip is left untouched).
 */
function notWritable(bytes: Buffer, decoded: { text: string; encoding: string }, l10n: L10n): string | undefined {
  if (decoded.encoding !== 'utf-8') return l10n.t('it is {0}, and fixes are written to UTF-8 files only', decoded.encoding);
  if (!Buffer.from((hasBom(bytes) ? '\uFEFF' : '') + decoded.text, 'utf8').equals(bytes)) return l10n.t('its text does not turn back into the same bytes');
  return undefined;
}

function countBySeverity(files: readonly Checked[]): Record<'error' | 'warning' | 'information', number> {
  const counts = { error: 0, warning: 0, information: 0 };
  for (const f of files) for (const x of f.findings) counts[RULES[x.code].severity]++;
  return counts;
}

/** A finding's place as 1-based lines and UTF-16 columns. */
function placeOf(starts: number[], f: Finding): { line: number; column: number; endLine: number; endColumn: number } {
  const s = lineAndColumn(starts, f.start);
  const e = lineAndColumn(starts, f.end);
  return { line: s.line + 1, column: s.column + 1, endLine: e.line + 1, endColumn: e.column + 1 };
}

/** file:line:column: severity code: message, one line per problem. */
function textListing(files: readonly Checked[], l10n: L10n): string {
  const out: string[] = [];
  for (const f of files) {
    const starts = lineStarts(f.text);
    for (const x of f.findings) {
      const { line, column } = placeOf(starts, x);
      out.push(`${f.path}:${line}:${column}: ${RULES[x.code].severity} ${x.code}: ${describe(x, l10n)}`);
    }
  }
  return out.length ? out.join('\n') + '\n' : '';
}

/**
 * The JSON of `check --format json`, a public interface: {"files":[{"path","problems":[…]}]}; each problem
 * has code, severity, message, start/end (UTF-16 offsets), line/column/endLine/endColumn (1-based) and, when
 * certain, its fix as edits. Fields are only ever added.
 */
function checkJson(files: readonly Checked[], l10n: L10n): Record<string, unknown> {
  return {
    files: files.map((f) => {
      const starts = lineStarts(f.text);
      return {
        path: f.path,
        fixed: f.fixed,
        problems: f.findings.map((x) => ({
          code: x.code,
          severity: RULES[x.code].severity,
          message: describe(x, l10n),
          start: x.start,
          end: x.end,
          ...placeOf(starts, x),
          ...(x.data ? { data: x.data } : {}),
          ...(fixOf(x) ? { fix: fixOf(x) } : {}),
        })),
      };
    }),
  };
}

const SARIF_LEVEL = { error: 'error', warning: 'warning', information: 'note' } as const;

/** A SARIF 2.1.0 log of the problems: one run, one rule per check, columns in UTF-16 code units. */
function sarifLog(files: readonly Checked[], l10n: L10n): Record<string, unknown> {
  const rules = CHECK_CODES.map((code) => ({
    id: code,
    name: code,
    shortDescription: { text: ruleTitle(code, l10n) },
    defaultConfiguration: { level: SARIF_LEVEL[RULES[code].severity] },
    properties: { family: RULES[code].family },
  }));
  const index = new Map<CheckCode, number>(CHECK_CODES.map((c, i) => [c, i]));
  const results = files.flatMap((f) => {
    const starts = lineStarts(f.text);
    const artifactLocation = { uri: encodeURI(f.path) };
    const region = (start: number, end: number) => {
      const p = placeOf(starts, { code: 'spaceInText', start, end });
      return { startLine: p.line, startColumn: p.column, endLine: p.endLine, endColumn: p.endColumn, charOffset: start, charLength: end - start };
    };
    return f.findings.map((x) => ({ x, fix: fixOf(x) })).map(({ x, fix }) => ({
      ruleId: x.code,
      ruleIndex: index.get(x.code),
      level: SARIF_LEVEL[RULES[x.code].severity],
      message: { text: describe(x, l10n) },
      locations: [{ physicalLocation: { artifactLocation, region: region(x.start, x.end) } }],
      ...(fix
        ? {
            fixes: [
              {
                description: { text: fixTitle(x, l10n) },
                artifactChanges: [{ artifactLocation, replacements: fix.map((e) => ({ deletedRegion: region(e.start, e.end), insertedContent: { text: e.text } })) }],
              },
            ],
          }
        : {}),
    }));
  });
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'report-lens', version: typeof REPORT_LENS_VERSION === 'string' ? REPORT_LENS_VERSION : 'dev', rules } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}
