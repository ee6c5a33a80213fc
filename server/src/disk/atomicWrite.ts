/**
 * The one way Report Lens replaces a file: never half-written, whatever happens during the write, and
 * never through a symbolic link (a link could send the write anywhere on the machine).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

/** Temporary files this process is writing now: not stale, whatever their age. */
const writing = new Set<string>();

/** A write refused before it started: the target is a symbolic link or not a regular file. */
export class RefusedWrite extends Error {}

/** `.report.ann.<pid>.<time>.tmp`: the temporary file of a write of `file` by process `pid`. */
function tempName(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Date.now().toString(36)}.tmp`);
}

/** Throws RefusedWrite when `file` exists as anything but a regular file (a link, a FIFO, a folder). */
export function checkWritable(file: string): void {
  let s: fs.Stats;
  try {
    s = fs.lstatSync(file);
  } catch (e) {
    // Absent: written new. (ENOTDIR: a part of the path is a file; the write itself will say so.)
    if (['ENOENT', 'ENOTDIR'].includes((e as NodeJS.ErrnoException).code ?? '')) return;
    throw e;
  }
  if (s.isSymbolicLink()) throw new RefusedWrite(`${file} is a symbolic link: Report Lens does not write through links`);
  if (!s.isFile()) throw new RefusedWrite(`${file} is not a regular file`);
}

/** Opening the temporary file: created here, never an existing file or link (O_EXCL, O_NOFOLLOW). */
const TEMP_FLAGS = fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_EXCL | (fs.constants.O_NOFOLLOW ?? 0);

/**
 * Writes a file atomically: a temporary file in the same folder, flushed to disk, renamed over the target,
 * and the folder flushed too, so that the rename itself survives a crash. A target that is a symbolic link
 * or not a regular file is refused (RefusedWrite).
 */
export function writeAtomic(file: string, content: string | Uint8Array): void {
  checkWritable(file);
  const tmp = tempName(file);
  const fd = fs.openSync(tmp, TEMP_FLAGS, 0o644);
  writing.add(tmp);
  try {
    try {
      fs.writeSync(fd, typeof content === 'string' ? Buffer.from(content, 'utf8') : content);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(tmp, file);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e;
  } finally {
    writing.delete(tmp);
  }
  syncFolder(path.dirname(file));
}

/** Makes a file's pieces and hands each to `write` as soon as it is made; throws to leave the file as it was. */
export type PieceMaker = (write: (piece: Uint8Array) => void) => Promise<void>;

/**
 * writeAtomic with the writing and flushing done off the event loop, from pieces written one after
 * another (never copied into one buffer): for files of many megabytes. Pieces can come from a PieceMaker
 * as they are made, so that 45 MB of bytes are never held at once (outside the JavaScript heap, but counted
 * by the collector, which then runs full collections over everything else the server holds).
 */
export async function writeAtomicAsync(file: string, pieces: readonly Uint8Array[] | PieceMaker): Promise<void> {
  checkWritable(file);
  const tmp = tempName(file);
  const handle = await fs.promises.open(tmp, TEMP_FLAGS, 0o644);
  writing.add(tmp);
  try {
    try {
      if (typeof pieces === 'function') {
        // Each write starts once the one before ended; the maker goes on meanwhile.
        let written: Promise<unknown> = Promise.resolve();
        try {
          await pieces((piece) => {
            written = written.then(() => handle.write(piece));
          });
        } finally {
          // A failed write is thrown by the await below; one the maker's own failure hides is not left unhandled.
          await written.catch(() => undefined);
        }
        await written;
      } else for (const piece of pieces) await handle.write(piece);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.promises.rename(tmp, file);
  } catch (e) {
    await fs.promises.rm(tmp, { force: true });
    throw e;
  } finally {
    writing.delete(tmp);
  }
  await syncFolderAsync(path.dirname(file));
}

/** syncFolder off the event loop: flushing a folder can take a disk's while (tens of milliseconds under load). */
async function syncFolderAsync(folder: string): Promise<void> {
  let handle: fs.promises.FileHandle | undefined;
  try {
    handle = await fs.promises.open(folder, 'r');
    await handle.sync();
  } catch (e) {
    if (!FOLDER_SYNC_REFUSALS.has((e as NodeJS.ErrnoException).code ?? '')) throw e;
  } finally {
    await handle?.close();
  }
}

/** What some file systems answer to a folder's flush: it costs only the guarantee. */
const FOLDER_SYNC_REFUSALS = new Set(['EISDIR', 'EINVAL', 'EPERM', 'EACCES']);

/** Flushes a folder's entries (the rename); some file systems cannot, which costs only the guarantee. */
function syncFolder(folder: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(folder, 'r');
    fs.fsyncSync(fd);
  } catch (e) {
    if (!FOLDER_SYNC_REFUSALS.has((e as NodeJS.ErrnoException).code ?? '')) throw e;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** True when process `pid` exists (it may belong to another user). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes the temporary files that writes of `file` left behind when their process was killed (`kill -9`
 * between creating and renaming them): those named as writeAtomic names them whose process is gone, or is
 * this one but not writing them now. Returns the names removed.
 */
export function removeStaleTemps(file: string): string[] {
  const folder = path.dirname(file);
  const prefix = `.${path.basename(file)}.`;
  let names: string[];
  try {
    names = fs.readdirSync(folder);
  } catch (e) {
    // No folder to clean (the report is not saved where it says, or cannot be listed): nothing was left there by us.
    if (['ENOENT', 'ENOTDIR', 'EACCES', 'EPERM'].includes((e as NodeJS.ErrnoException).code ?? '')) return [];
    throw e;
  }
  const removed: string[] = [];
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const m = /^(\d+)\.[0-9a-z]+\.tmp$/.exec(name.slice(prefix.length));
    if (!m) continue;
    const pid = Number(m[1]);
    const full = path.join(folder, name);
    if (pid === process.pid ? writing.has(full) : alive(pid)) continue;
    if (!fs.lstatSync(full, { throwIfNoEntry: false })?.isFile()) continue;
    fs.rmSync(full, { force: true });
    removed.push(name);
  }
  return removed;
}
