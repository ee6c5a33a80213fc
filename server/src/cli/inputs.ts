/** The inputs of a command: files as named, a folder standing for every report under it. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { listReports } from '../disk/reportFiles';
import { say, type Io } from './io';

/** A report to read: its path, and its name in output that names reports relative to a folder given. */
export interface InputReport {
  file: string;
  name: string;
}

/**
 * The reports named on the command line, a folder standing for every report under it (.txt and .report,
 * sorted, hidden folders and links skipped; all of them, with no cap as the workspace index has). A name
 * that is not a folder is kept as given, "-" too: what cannot be read is reported when it is read.
 * A folder that holds no report is said on `io`'s standard error.
 */
export async function expandInputs(inputs: readonly string[], io: Pick<Io, 'stderr' | 'l10n'>): Promise<InputReport[]> {
  const reports: InputReport[] = [];
  for (const input of inputs) {
    let isDir = false;
    try {
      isDir = input !== '-' && fs.statSync(input).isDirectory();
    } catch {
      // Not there: reported when it is read.
    }
    if (!isDir) {
      reports.push({ file: input, name: input.split(path.sep).join('/') });
      continue;
    }
    const files = await listReports(input, () => false, Infinity);
    if (files.length === 0) say(io, io.l10n.t('no reports (.txt, .report) under {0}', input));
    for (const f of files) reports.push({ file: f, name: path.relative(input, f).split(path.sep).join('/') });
  }
  return reports;
}
