/**
 * The one way Report Lens reads a file of the workspace (a report, a .ann, a glossary): regular files only,
 * and never more than a cap for its kind. A repository may hold anything under a report's name: a FIFO,
 * whose reader waits until someone writes to it, or a link to /dev/zero, which never ends. Read plainly,
 * either would freeze the server; here they are a problem named at once.
 *
 * The file is opened without blocking (O_NONBLOCK: opening a FIFO for reading does not wait for a writer)
 * and its type checked on the opened descriptor, so it cannot be swapped between the check and the read.
 */
import * as fs from 'node:fs';
import { l10nKey } from '../core/l10n';

/** Largest .ann read: a 1M-line file is about 44 MB. */
export const MAX_ANN_BYTES = 128 * 1024 * 1024;
/** Largest glossary read: the shipped one is a few hundred KB. */
export const MAX_GLOSSARY_BYTES = 16 * 1024 * 1024;
/** Largest report read to compare with an open one or by the CLI: about the longest string Node can hold. */
export const MAX_TEXT_BYTES = 256 * 1024 * 1024;

export type SafeRead =
  | { bytes: Buffer }
  | { problem: 'missing' | 'not-a-file' | 'too-large' | 'unreadable'; message: string };

/** Open flags: read, do not wait for a FIFO's writer, never become a terminal's controlling process. */
const FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0) | (fs.constants.O_NOCTTY ?? 0);

/**
 * Why a file that is not a regular file is not read, in a few words. Messages of a few fixed words are
 * translated where they are shown (l10nKey); the system's own messages are shown as they are.
 */
function notRegular(s: fs.Stats): string {
  if (s.isDirectory()) return l10nKey('is a folder, not a regular file');
  if (s.isFIFO()) return l10nKey('is a FIFO (named pipe), not a regular file');
  if (s.isCharacterDevice()) return l10nKey('is a character device, not a regular file');
  if (s.isBlockDevice()) return l10nKey('is a block device, not a regular file');
  if (s.isSocket()) return l10nKey('is a socket, not a regular file');
  return l10nKey('is not a regular file');
}

/** Why a file of these stats is not read, if it is not. */
function refusal(s: fs.Stats, maxBytes: number): Extract<SafeRead, { problem: string }> | undefined {
  if (!s.isFile()) return { problem: 'not-a-file', message: notRegular(s) };
  if (s.size > maxBytes) return tooLarge(maxBytes);
  return undefined;
}

/**
 * A file over its kind's cap. The caps Report Lens reads with have their message in the bundle, so it is
 * translated where it is shown like the others (a cap of another size, in tests, is said in bytes).
 */
function tooLarge(maxBytes: number): Extract<SafeRead, { problem: string }> {
  return { problem: 'too-large', message: TOO_LARGE.get(maxBytes) ?? `is larger than ${maxBytes} bytes` };
}

const MB = 1024 * 1024;
/** The caps' messages: the .ann's, the glossary's, the command line's and the workspace's reports'. */
const TOO_LARGE = new Map<number, string>([
  [MAX_ANN_BYTES, l10nKey('is larger than 128 MB')],
  [MAX_GLOSSARY_BYTES, l10nKey('is larger than 16 MB')],
  [MAX_TEXT_BYTES, l10nKey('is larger than 256 MB')],
  [20 * MB, l10nKey('is larger than 20 MB')],
]);

/** A failed open or read, in a few words. */
function failure(e: unknown): Extract<SafeRead, { problem: string }> {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return { problem: 'missing', message: l10nKey('no such file') };
  if (code === 'EACCES' || code === 'EPERM') return { problem: 'unreadable', message: l10nKey('permission denied') };
  if (code === 'EISDIR') return { problem: 'not-a-file', message: l10nKey('is a folder, not a regular file') };
  if (typeof code === 'string') return { problem: 'unreadable', message: (e as Error).message };
  throw e;
}

/** Reads a regular file of at most `maxBytes` bytes (links followed); anything else is a problem. */
export function readRegularFile(file: string, maxBytes: number): SafeRead {
  let fd: number;
  try {
    // Checked before opening too: opening some devices has effects of its own.
    const refused = refusal(fs.statSync(file), maxBytes);
    if (refused) return refused;
    fd = fs.openSync(file, FLAGS);
  } catch (e) {
    return failure(e);
  }
  try {
    const refused = refusal(fs.fstatSync(fd), maxBytes);
    if (refused) return refused;
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(Math.max(fs.fstatSync(fd).size - total, 0) + 1, 1 << 24));
      const n = fs.readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      total += n;
      if (total > maxBytes) return tooLarge(maxBytes);
      chunks.push(chunk.subarray(0, n));
    }
    return { bytes: chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total) };
  } catch (e) {
    return failure(e);
  } finally {
    fs.closeSync(fd);
  }
}

/** readRegularFile without holding up the event loop while the bytes come. */
export async function readRegularFileAsync(file: string, maxBytes: number): Promise<SafeRead> {
  let handle: fs.promises.FileHandle;
  try {
    const refused = refusal(await fs.promises.stat(file), maxBytes);
    if (refused) return refused;
    handle = await fs.promises.open(file, FLAGS);
  } catch (e) {
    return failure(e);
  }
  try {
    const refused = refusal(await handle.stat(), maxBytes);
    if (refused) return refused;
    const bytes = await handle.readFile();
    // The file grew after the check.
    if (bytes.length > maxBytes) return tooLarge(maxBytes);
    return { bytes };
  } catch (e) {
    return failure(e);
  } finally {
    await handle.close();
  }
}
