/** Where a CLI command reads and writes: the process's streams, or a test's. */
import type { Readable } from 'node:stream';
import { l10nFor, type L10n } from '../core/l10n';
import { readReportSync } from '../disk/reportFiles';

export interface Io {
  stdin: Readable;
  /** Writes to standard output, waiting when the pipe is full. */
  write(s: string | Uint8Array): Promise<void>;
  stderr(s: string): void;
  /** The language of the messages (a command's --lang may change it before it says anything). */
  l10n: L10n;
}

/**
 * The language of a run's messages: `lang` (--lang) when given, else the environment's, in the order POSIX
 * reads it (LC_ALL, LC_MESSAGES, LANG: zh_CN.UTF-8 is Simplified Chinese); English by default and for C.
 * The JSON a command writes is the same in every language; its messages and help are not.
 */
export function cliL10n(lang?: string, env: NodeJS.ProcessEnv = process.env): L10n {
  return l10nFor(lang ?? (env.LC_ALL || env.LC_MESSAGES || env.LANG || 'en'));
}

/** One line on standard error: "report-lens: " and the message. */
export function say(io: Pick<Io, 'stderr'>, message: string): void {
  io.stderr(`report-lens: ${message}\n`);
}

/**
 * The process's own streams. When whoever reads standard output stops reading (`report-lens … | head`),
 * the run ends at once, quietly, with status 0: the output was cut short by the reader's choice, as
 * `head` wants, and `set -o pipefail` scripts do not fail on it (as with ripgrep or fd; Node ignores
 * SIGPIPE, so there is no 141). Any other error writing the output ends it with a line and status 74 (EX_IOERR).
 */
export function processIo(l10n: L10n): Io {
  const io: Io = {
    stdin: process.stdin,
    write: (s) => (process.stdout.write(s) ? Promise.resolve() : new Promise((resolve) => process.stdout.once('drain', () => resolve()))),
    stderr: (s) => void process.stderr.write(s),
    l10n,
  };
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    say(io, io.l10n.t('cannot write the output: {0}', e.message));
    process.exit(74);
  });
  return io;
}

/** Reads a report for a command (synchronously, as the command line reads: readReportSync); undefined, with a message, when it cannot be read or is binary. */
export function readText(file: string, io: Pick<Io, 'stderr' | 'l10n'>): string | undefined {
  const read = readReportSync(file, Infinity);
  if ('text' in read) {
    warnEncoding(file, read, io);
    return read.text;
  }
  say(io, unreadable(file, read, io.l10n));
  return undefined;
}

/** Why a report was not read: binary, or the system's reason. */
export function unreadable(file: string, read: { problem: string; message: string }, l10n: L10n): string {
  return read.problem === 'binary' ? l10n.t('{0} looks like a binary file; skipped', file) : l10n.t('cannot read {0}: {1}', file, l10n.t(read.message));
}

/** Tells how a report was decoded when it was not plain UTF-8: its encoding, and where its first bad byte is. */
export function warnEncoding(file: string, read: { encoding: string; invalidAt?: number }, io: Pick<Io, 'stderr' | 'l10n'>): void {
  const t = io.l10n.t;
  if (read.invalidAt !== undefined) say(io, t('{0}: byte {1} is not valid {2}; read as {3} with U+FFFD for the bad bytes', file, read.invalidAt, read.encoding.toUpperCase(), read.encoding));
  else if (read.encoding !== 'utf-8') say(io, t('{0} read as {1}', file, read.encoding));
}
