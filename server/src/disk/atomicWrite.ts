/** The one way Report Lens replaces a file: never half-written, whatever happens during the write. */
import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * Writes a file atomically: a temporary file in the same folder, flushed to disk, renamed over the target,
 * and the folder flushed too, so that the rename itself survives a crash.
 */
export function writeAtomic(file: string, content: string): void {
  const dir = path.dirname(file);
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  const fd = fs.openSync(tmp, 'wx');
  try {
    fs.writeSync(fd, content);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  try {
    fs.renameSync(tmp, file);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e;
  }
  syncFolder(dir);
}

/** Flushes a folder's entries (the rename); some file systems cannot, which costs only the guarantee. */
function syncFolder(dir: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(dir, 'r');
    fs.fsyncSync(fd);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== 'EISDIR' && code !== 'EINVAL' && code !== 'EPERM' && code !== 'EACCES') throw e;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}
