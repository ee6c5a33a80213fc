/**
 * report-lens: the analysis core on the command line, for batch use and scripts.
 *
 *   report-lens annotate [--format json|jsonl|text|brat|doccano|csv|html] [options] FILE|DIR...
 *   report-lens annotate --format jsonl -        ({"id","text"} records on stdin → {"id","annotations"} per line)
 *   report-lens import [--report FILE | --dir DIR] [--dry-run] FILE.ann|FILE.jsonl...
 *   report-lens glossary [--glossary FILE]...   (the entries' fields that annotate --lean leaves out)
 *
 * The JSON shapes are a public interface (json.ts): fields are only ever added, never renamed or removed.
 */
// First: the V8 flags the analysis runs with (set as this module is evaluated, before any other of the command line's).
import '../../../shared/engine';
import { EXPORT_FORMATS, type ExportFormat } from '../core/export/formats';
import { annotate, serveAnnotateWorker, type AnnotateFormat } from './annotate';
import { cliAnalyzer, cliMatcher } from './analyzer';
import { parseCommand, UsageError } from './args';
import { runCheck } from './checkCommand';
import { exportReports } from './exportCommand';
import { importAnnotations } from './importCommand';
import { isPoolWorker, parseJobs } from './jobs';
import { glossaryJson } from './json';
import { cliL10n, processIo, type Io } from './io';
import { helpText, type HelpTopic } from './usage';

declare const REPORT_LENS_VERSION: string | undefined;

const ANNOTATE_FORMATS = ['json', 'jsonl', 'text'] as const;

async function main(argv: string[], io: Io): Promise<number> {
  if (isPoolWorker()) return serveAnnotateWorker();
  const [command, ...rest] = argv;
  if (command === undefined) throw new UsageError('no command given');
  if (command === '--help' || command === '-h' || command === 'help') return help(io, 'usage');
  if (command === '--version' || command === '-v') {
    await io.write(version() + '\n');
    return 0;
  }
  if (command === 'annotate') return runAnnotate(rest, io);
  if (command === 'import') return runImport(rest, io);
  if (command === 'check') return runCheck(rest, io);
  if (command === 'glossary') return runGlossary(rest, io);
  throw new UsageError('unknown command "{0}"', command);
}

async function runAnnotate(args: string[], io: Io): Promise<number> {
  const { values: v, positionals: inputs } = parseCommand(args, {
    format: { type: 'string' },
    json: { type: 'boolean' },
    jsonl: { type: 'boolean' },
    glossary: { type: 'string', multiple: true },
    'no-candidates': { type: 'boolean' },
    out: { type: 'string' },
    'no-tags': { type: 'boolean' },
    force: { type: 'boolean' },
    lang: { type: 'string' },
    jobs: { type: 'string', short: 'j' },
    lean: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (v.lang !== undefined) io.l10n = cliL10n(v.lang);
  if (v.help) return help(io, 'annotate');
  const jobs = v.jobs === undefined ? undefined : parseJobs(v.jobs);
  const format = v.format ?? (v.jsonl ? 'jsonl' : 'json');
  const known = [...ANNOTATE_FORMATS, ...EXPORT_FORMATS] as readonly string[];
  if (!known.includes(format)) throw new UsageError('unknown format "{0}" ({1})', format, known.join(', '));
  if (inputs.length === 0) throw new UsageError('no input files');
  if (v.lean && format !== 'json' && format !== 'jsonl') throw new UsageError('--lean is a form of --format json and jsonl, not of {0}', format);
  const analyzer = cliAnalyzer(v.glossary ?? [], !v['no-candidates'], io);
  if ((EXPORT_FORMATS as readonly string[]).includes(format)) {
    return exportReports(inputs, { format: format as ExportFormat, out: v.out, noTags: !!v['no-tags'], force: !!v.force, l10n: io.l10n }, analyzer, io);
  }
  if (inputs.includes('-') && format !== 'jsonl') throw new UsageError('reading records from standard input ("-") needs --format jsonl');
  return annotate(inputs, { format: format as AnnotateFormat, jobs, glossaryFiles: v.glossary ?? [], candidates: !v['no-candidates'], lean: !!v.lean }, analyzer, io);
}

async function runImport(args: string[], io: Io): Promise<number> {
  const { values: v, positionals: inputs } = parseCommand(args, {
    report: { type: 'string' },
    dir: { type: 'string' },
    'dry-run': { type: 'boolean' },
    glossary: { type: 'string', multiple: true },
    'no-candidates': { type: 'boolean' },
    lang: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (v.lang !== undefined) io.l10n = cliL10n(v.lang);
  if (v.help) return help(io, 'import');
  if (inputs.length === 0) throw new UsageError('no files to import');
  const analyzer = cliAnalyzer(v.glossary ?? [], !v['no-candidates'], io);
  return importAnnotations(inputs, { report: v.report, dir: v.dir, dryRun: !!v['dry-run'] }, analyzer, io);
}

/** `report-lens glossary`: the entries annotate uses, with the fields their annotations carry (what --lean leaves out). */
async function runGlossary(args: string[], io: Io): Promise<number> {
  const { values: v, positionals } = parseCommand(args, {
    glossary: { type: 'string', multiple: true },
    lang: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (v.lang !== undefined) io.l10n = cliL10n(v.lang);
  if (v.help) return help(io, 'glossary');
  if (positionals.length > 0) throw new UsageError('glossary takes no files (got "{0}"); give glossaries with --glossary', positionals[0]);
  await io.write(glossaryJson(cliMatcher(v.glossary ?? [], io).entryFields()) + '\n');
  return 0;
}

/** Prints a help text in the run's language. */
async function help(io: Io, topic: HelpTopic): Promise<number> {
  await io.write(helpText(topic, io.l10n) + '\n');
  return 0;
}

/** The version of the package this CLI came in (set by the bundler; "dev" when run from the sources). */
function version(): string {
  return typeof REPORT_LENS_VERSION === 'string' ? REPORT_LENS_VERSION : 'dev';
}

const io = processIo(cliL10n());
const argv = process.argv.slice(2);
main(argv, io).then(
  async (code) => {
    process.exitCode = code;
    // annotate has awaited all its work: once its output is out, the process ends here rather than take
    // its heap apart first (after the 10 MB bench input, the time from the exit event to the process's
    // end went from 250-300 to 145-265 ms, four runs each at load 8-10).
    if (argv[0] === 'annotate' && !isPoolWorker()) {
      await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
      process.exit(code);
    }
  },
  (e) => {
    if (e instanceof UsageError) {
      io.stderr(`report-lens: ${e.localized(io.l10n)}\n\n${helpText('usage', io.l10n)}\n`);
      process.exitCode = 2;
    } else {
      io.stderr(`report-lens: ${(e as Error).stack ?? e}\n`);
      process.exitCode = 70;
    }
  },
);

/** Resolves when everything written to the stream before has been handed to the system. */
function flushed(stream: NodeJS.WriteStream): Promise<void> {
  return new Promise((resolve) => stream.write('', () => resolve()));
}
