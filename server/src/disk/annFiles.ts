/**
 * The brat `.ann` files beside reports (`report.txt` → `report.ann`), read in one place for the server's tag
 * store, folder exports and the CLI.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseBrat, type ParsedBrat } from '../core/standoff/brat';
import { tagsFromBrat, type LostTag, type Tag } from '../core/tags';

/** The .ann file of a report: same folder, same base name. */
export function annPathOf(file: string): string {
  const ext = path.extname(file);
  return path.join(path.dirname(file), `${path.basename(file, ext)}.ann`);
}

/** Size and modification time of a file, to notice changes made by other programs; undefined when absent. */
export function stampOf(file: string): string | undefined {
  try {
    const s = fs.statSync(file);
    return `${s.size}:${s.mtimeMs}`;
  } catch {
    return undefined;
  }
}

export type AnnFile =
  | { status: 'missing' }
  | { status: 'unreadable'; message: string }
  | { status: 'read'; parsed: ParsedBrat; stamp: string | undefined };

/** Reads and parses an .ann file; a parse with problems is returned as read, with its problems. */
export function readAnn(ann: string): AnnFile {
  const stamp = stampOf(ann);
  let content: string;
  try {
    content = fs.readFileSync(ann, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { status: 'missing' };
    return { status: 'unreadable', message: (e as Error).message };
  }
  return { status: 'read', parsed: parseBrat(content), stamp };
}

/**
 * The tags kept beside a report, anchored in its text: none when there is no .ann, and none (with the
 * reason) when it cannot be read or has errors, since a half-read file would give wrong tags.
 */
export function tagsBeside(file: string, text: string): { ann: string; tags: Tag[]; lost: LostTag[]; problem?: string } {
  const ann = annPathOf(file);
  const read = readAnn(ann);
  if (read.status === 'missing') return { ann, tags: [], lost: [] };
  if (read.status === 'unreadable') return { ann, tags: [], lost: [], problem: read.message };
  const p = read.parsed.problems[0];
  if (p) return { ann, tags: [], lost: [], problem: `line ${p.line}: ${p.message}` };
  const r = tagsFromBrat(read.parsed, text);
  return { ann, tags: r.tags, lost: r.lost };
}
