/** Where a CLI command reads and writes: the process's streams, or a test's. */
import type { Readable } from 'node:stream';
import { readReportSync } from '../disk/reportFiles';

export interface Io {
  stdin: Readable;
  /** Writes to standard output, waiting when the pipe is full. */
  write(s: string | Uint8Array): Promise<void>;
  stderr(s: string): void;
}

/**
 * The process's own streams. When whoever reads standard output stops reading (`report-lens … | head`),
 * the run ends at once, quietly, with status 0: the output was cut short by the reader's choice, as
 * `head` wants, and `set -o pipefail` scripts do not fail on it (as with ripgrep or fd; Node ignores
 * SIGPIPE, so there is no 141). Any other error writing the output ends it with a line and status 74 (EX_IOERR).
 */
export function processIo(): Io {
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    process.stderr.write(`report-lens: cannot write the output: ${e.message}\n`);
    process.exit(74);
  });
  return {
    stdin: process.stdin,
    write: (s) => (process.stdout.write(s) ? Promise.resolve() : new Promise((resolve) => process.stdout.once('drain', () => resolve()))),
    stderr: (s) => void process.stderr.write(s),
  };
}

/** Reads a report for a command; undefined, with a message, when it cannot be read or is binary. */
export async function readText(file: string, io: Pick<Io, 'stderr'>): Promise<string | undefined> {
  const read = readReportSync(file, Infinity);
  if ('text' in read) {
    warnEncoding(file, read, io);
    return read.text;
  }
  io.stderr(read.problem === 'binary' ? `report-lens: ${file} looks like a binary file; skipped\n` : `report-lens: cannot read ${file}: ${read.message}\n`);
  return undefined;
}

/** Tells how a report was decoded when it was not plain UTF-8: its encoding, and where its first bad byte is. */
export function warnEncoding(file: string, read: { encoding: string; invalidAt?: number }, io: Pick<Io, 'stderr'>): void {
  if (read.invalidAt !== undefined) {
    io.stderr(`report-lens: ${file}: byte ${read.invalidAt} is not valid ${read.encoding.toUpperCase()}; read as ${read.encoding} with U+FFFD for the bad bytes\n`);
  } else if (read.encoding !== 'utf-8') io.stderr(`report-lens: ${file} read as ${read.encoding}\n`);
}
