/** Where a CLI command reads and writes: the process's streams, or a test's. */
import type { Readable } from 'node:stream';
import { readReport } from '../disk/reportFiles';

export interface Io {
  stdin: Readable;
  /** Writes to standard output, waiting when the pipe is full. */
  write(s: string | Uint8Array): Promise<void>;
  stderr(s: string): void;
}

/** The process's own streams. */
export function processIo(): Io {
  return {
    stdin: process.stdin,
    write: (s) => (process.stdout.write(s) ? Promise.resolve() : new Promise((resolve) => process.stdout.once('drain', () => resolve()))),
    stderr: (s) => void process.stderr.write(s),
  };
}

/** Reads a report for a command; undefined, with a message, when it cannot be read or is binary. */
export async function readText(file: string, io: Pick<Io, 'stderr'>): Promise<string | undefined> {
  const read = await readReport(file, Infinity);
  if ('text' in read) return read.text;
  io.stderr(read.problem === 'binary' ? `report-lens: ${file} looks like a binary file; skipped\n` : `report-lens: cannot read ${file}: ${read.message}\n`);
  return undefined;
}
