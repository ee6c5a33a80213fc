/** Finding and reading the reports of a folder, for the workspace index, folder exports and the CLI. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { l10nKey } from '../core/l10n';
import { decodeBytes, type Decoded } from './decode';
import { MAX_TEXT_BYTES, readRegularFile, readRegularFileAsync, type SafeRead } from './safeRead';

/** File extensions of reports. */
export const REPORT_EXTENSIONS = ['.txt', '.report'];
/** Folders never searched for reports. */
const SKIP = new Set(['node_modules', '__pycache__']);
/** At most this many reports per folder, so opening a huge folder cannot stall the server. */
export const MAX_REPORTS = 5000;
/** Larger files are not indexed. */
export const MAX_REPORT_BYTES = 20 * 1024 * 1024;

/** The report files under `folder` (hidden and build folders skipped), sorted, at most `max` (MAX_REPORTS). */
export async function listReports(folder: string, cancelled: () => boolean = () => false, max = MAX_REPORTS): Promise<string[]> {
  const out: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    let entries: fs.Dirent[];
    try {
      entries = await fs.promises.readdir(dir, { withFileTypes: true });
    } catch {
      // A folder the user may not read holds no report we could show; the walk goes on beside it.
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (out.length >= max || cancelled()) return;
      if (e.name.startsWith('.')) continue;
      const full = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (!SKIP.has(e.name)) await walk(full);
      } else if (e.isFile() && REPORT_EXTENSIONS.includes(path.extname(e.name).toLowerCase())) out.push(full);
    }
  };
  await walk(folder);
  return out;
}

/** A report read from disk: its text, or why there is none. */
export type ReportRead =
  | Extract<Decoded, { text: string }>
  | { problem: 'unreadable' | 'too-large' | 'binary' | 'not-a-file'; message: string };

/**
 * Reads and decodes a report; a file that cannot be read, is too large (at most MAX_TEXT_BYTES whatever
 * is asked), is not a regular file (a folder, a FIFO, a device) or is binary gives its problem.
 */
export async function readReport(file: string, maxBytes = MAX_REPORT_BYTES): Promise<ReportRead> {
  return (await readReportWith(file, decodeBytes, maxBytes))!;
}

/**
 * readReport with the bytes decoded by `decode` (the workspace index decodes in steps beside other work:
 * decode.ts decodeBytesSteps); undefined when `decode` gives nothing (the work was cancelled).
 */
export async function readReportWith(
  file: string,
  decode: (bytes: Uint8Array) => Decoded | undefined | Promise<Decoded | undefined>,
  maxBytes = MAX_REPORT_BYTES,
): Promise<ReportRead | undefined> {
  const read = await readRegularFileAsync(file, Math.min(maxBytes, MAX_TEXT_BYTES));
  if ('problem' in read) return problemOf(read);
  const decoded = await decode(read.bytes);
  return decoded && reportOf(decoded);
}

/**
 * readReport with synchronous reads, for the command line, which reads one file after another: a file
 * read through the event loop waited for five trips to Node's thread pool (stat, open, stat, read, close),
 * half the time of annotating a folder of 5,000 short reports.
 */
export function readReportSync(file: string, maxBytes = MAX_REPORT_BYTES): ReportRead {
  const read = readRegularFile(file, Math.min(maxBytes, MAX_TEXT_BYTES));
  return 'problem' in read ? problemOf(read) : reportOf(decodeBytes(read.bytes));
}

function problemOf(read: Extract<SafeRead, { problem: string }>): ReportRead {
  return { problem: read.problem === 'missing' ? 'unreadable' : read.problem, message: read.message };
}

function reportOf(decoded: Decoded): ReportRead {
  return 'binary' in decoded ? { problem: 'binary', message: l10nKey('looks like a binary file') } : decoded;
}
