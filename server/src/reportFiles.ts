/** Finding and reading the reports of a folder, for the workspace index, folder exports and the CLI. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { looksBinary, stripBom } from './core/inputCheck';

/** File extensions of reports. */
export const REPORT_EXTENSIONS = ['.txt', '.report'];
/** Folders never searched for reports. */
const SKIP = new Set(['node_modules', '__pycache__']);
/** At most this many reports per folder, so opening a huge folder cannot stall the server. */
export const MAX_REPORTS = 5000;
/** Larger files are not indexed. */
export const MAX_REPORT_BYTES = 20 * 1024 * 1024;

/** The report files under `folder` (hidden and build folders skipped), sorted, at most MAX_REPORTS. */
export async function listReports(folder: string, cancelled: () => boolean = () => false): Promise<string[]> {
  const out: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    let entries: fs.Dirent[];
    try {
      entries = await fs.promises.readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (out.length >= MAX_REPORTS || cancelled()) return;
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

/** Decodes a report's bytes: UTF-8 (BOM removed), UTF-16 with a BOM, else GB18030; undefined for binary files. */
export function decodeReport(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (bytes.subarray(0, 8192).includes(0)) return undefined;
  let text: string;
  try {
    text = stripBom(new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes));
  } catch {
    text = new TextDecoder('gb18030').decode(bytes);
  }
  return looksBinary(text) ? undefined : text;
}

/** Reads and decodes a report, or undefined when it cannot be read, is too large or is binary. */
export async function readReport(file: string): Promise<string | undefined> {
  try {
    const stat = await fs.promises.stat(file);
    if (stat.size > MAX_REPORT_BYTES) return undefined;
    return decodeReport(await fs.promises.readFile(file));
  } catch {
    return undefined;
  }
}
