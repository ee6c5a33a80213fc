/**
 * Where a glossary term is defined: the range of its entry's "term" in the glossary file, for
 * Go to Definition and Find All References. Files are parsed once per change of size or time.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseTree, type Node } from 'jsonc-parser';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Location } from 'vscode-languageserver';
import type { TermAnnotation } from './core/types';

/** The shipped glossary, in server/data (see core/glossary.ts). */
const BUILTIN_FILE = 'glossary.json';

/** The folder of the shipped glossary, from the bundle (dist/) or the sources (server/src/). */
function dataDir(): string | undefined {
  for (const dir of [path.join(__dirname, '..', 'server', 'data'), path.join(__dirname, '..', 'data')]) {
    if (fs.existsSync(dir)) return dir;
  }
  return undefined;
}

interface Parsed {
  stamp: string;
  /** Term id → location of its entry. */
  ids: Map<string, Location>;
}

export class GlossaryLocations {
  private cache = new Map<string, Parsed>();

  /** `userFiles` lists the user's glossary files (absolute paths). */
  constructor(private readonly userFiles: () => readonly string[] = () => []) {}

  /** The location of the term's glossary entry, or undefined when its file is not found. */
  locate(term: Pick<TermAnnotation, 'termId' | 'glossary'>): Location | undefined {
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
    let stamp: string;
    try {
      const s = fs.statSync(file);
      stamp = `${s.size}:${s.mtimeMs}`;
    } catch {
      return undefined;
    }
    const cached = this.cache.get(file);
    if (cached?.stamp === stamp) return cached;
    const text = fs.readFileSync(file, 'utf8');
    const uri = pathToFileURL(file).toString();
    const doc = TextDocument.create(uri, 'json', 0, text);
    const ids = new Map<string, Location>();
    const visit = (node: Node | undefined) => {
      if (!node) return;
      if (node.type === 'object') {
        const prop = (name: string) => node.children?.find((p) => p.children?.[0]?.value === name)?.children?.[1];
        const id = prop('id');
        if (typeof id?.value === 'string') {
          const at = prop('term') ?? node;
          ids.set(id.value, { uri, range: { start: doc.positionAt(at.offset), end: doc.positionAt(at.offset + at.length) } });
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
