/**
 * Where a glossary term is defined: the offsets of its entry's "term" in the glossary file, for
 * Go to Definition and Find All References. Files are parsed once per change of size or time.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseTree, type Node } from 'jsonc-parser';
import type { TermAnnotation } from '../core/types';
import { lineStarts } from '../core/lines';
import { stampOf } from './annFiles';

/** An entry's place in its glossary file: offsets, with the file's line starts to make positions. */
export interface EntryLocation {
  file: string;
  start: number;
  end: number;
  lineStarts: readonly number[];
}

/** The shipped glossary, in server/data (see core/glossary.ts). */
const BUILTIN_FILE = 'glossary.json';

/** The folder of the shipped glossary, from the bundle (dist/) or the sources (server/src/disk/). */
function dataDir(): string | undefined {
  for (const dir of [path.join(__dirname, '..', 'server', 'data'), path.join(__dirname, '..', '..', 'data')]) {
    if (fs.existsSync(dir)) return dir;
  }
  return undefined;
}

interface Parsed {
  stamp: string;
  /** Term id → location of its entry. */
  ids: Map<string, EntryLocation>;
}

export class GlossaryLocations {
  private cache = new Map<string, Parsed>();

  /** `userFiles` lists the user's glossary files (absolute paths). */
  constructor(private readonly userFiles: () => readonly string[] = () => []) {}

  /** The location of the term's glossary entry, or undefined when its file is not found. */
  locate(term: Pick<TermAnnotation, 'termId' | 'glossary'>): EntryLocation | undefined {
    if (!term.termId) return undefined;
    for (const file of this.candidates(term.glossary)) {
      const hit = this.parse(file)?.ids.get(term.termId);
      if (hit) return hit;
    }
    return undefined;
  }

  /** Files that may hold the entry: those named like the annotation's glossary first. */
  private candidates(glossary: string | undefined): string[] {
    const dir = dataDir();
    const builtin = dir ? [path.join(dir, BUILTIN_FILE)] : [];
    const user = [...this.userFiles()];
    if (!glossary || glossary === 'builtin') return [...builtin, ...user];
    const named = user.filter((f) => f === glossary || path.basename(f) === glossary);
    return [...named, ...user.filter((f) => !named.includes(f)), ...builtin];
  }

  private parse(file: string): Parsed | undefined {
    const stamp = stampOf(file);
    if (stamp === undefined) return undefined;
    const cached = this.cache.get(file);
    if (cached?.stamp === stamp) return cached;
    const text = fs.readFileSync(file, 'utf8');
    const starts = lineStarts(text);
    const ids = new Map<string, EntryLocation>();
    const visit = (node: Node | undefined) => {
      if (!node) return;
      if (node.type === 'object') {
        const prop = (name: string) => node.children?.find((p) => p.children?.[0]?.value === name)?.children?.[1];
        const id = prop('id');
        if (typeof id?.value === 'string') {
          const at = prop('term') ?? node;
          ids.set(id.value, { file, start: at.offset, end: at.offset + at.length, lineStarts: starts });
        }
      }
      for (const c of node.children ?? []) visit(c);
    };
    visit(parseTree(text));
    const parsed = { stamp, ids };
    this.cache.set(file, parsed);
    return parsed;
  }
}
