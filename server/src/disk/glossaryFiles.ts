/**
 * The glossaries in use: the one that ships with the extension plus the user's files.
 * A file that fails to parse keeps its last good entries, and its problems are reported with file and line.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { addGlossaryEntry, builtinGlossary, parseGlossary, type GlossaryProblem, type ParsedGlossary } from '../core/glossary';
import type { GlossaryEntry } from '../core/types';
import { TermMatcher } from '../core/terms';
import { writeAtomic } from './atomicWrite';
import { pathOfUri } from './fileUris';

/** A glossary file at the root of a workspace folder is used without being configured. */
export const WORKSPACE_GLOSSARY = 'report-lens.glossary.json';

export interface GlossaryFileReport {
  file: string;
  uri: string;
  problems: GlossaryProblem[];
  /** True when the file could not be used at all and the last good version (or nothing) stands in. */
  rejected: boolean;
  /** Set when the file could not be read. */
  readError?: string;
}

export class GlossaryFiles {
  private builtin = builtinGlossary();
  private lastGood = new Map<string, ParsedGlossary>();
  private current: ParsedGlossary[] = [];
  private matcherCache?: TermMatcher;
  files: string[] = [];
  private conventional: string[] = [];

  /** Resolves configured paths against the workspace folders. */
  static resolve(configured: string[], folders: string[]): string[] {
    const out: string[] = [];
    for (const f of configured) {
      if (path.isAbsolute(f)) out.push(f);
      else for (const folder of folders.length ? folders : [process.cwd()]) out.push(path.join(folder, f));
    }
    return [...new Set(out)];
  }

  /**
   * (Re)loads the user glossary files: the configured ones, then `report-lens.glossary.json` of each
   * workspace folder when it exists. Returns what went wrong in each.
   */
  load(configured: string[], folders: string[]): GlossaryFileReport[] {
    this.conventional = folders.map((f) => path.join(f, WORKSPACE_GLOSSARY));
    const files = [...new Set([...configured, ...this.conventional.filter((f) => fs.existsSync(f))])];
    this.files = [...new Set([...files, ...this.conventional])];
    const reports: GlossaryFileReport[] = [];
    this.current = [];
    for (const file of files) {
      const uri = pathToFileURL(file).toString();
      let text: string;
      try {
        text = fs.readFileSync(file, 'utf8');
      } catch (e) {
        const prev = this.lastGood.get(file);
        if (prev) this.current.push(prev);
        reports.push({ file, uri, problems: [], rejected: true, readError: (e as Error).message });
        continue;
      }
      const parsed = parseGlossary(text, path.basename(file));
      const unusable = parsed.entries.length === 0 && parsed.problems.length > 0;
      if (unusable) {
        const prev = this.lastGood.get(file);
        if (prev) this.current.push(prev);
      } else {
        this.lastGood.set(file, parsed);
        this.current.push(parsed);
      }
      reports.push({ file, uri, problems: parsed.problems, rejected: unusable });
    }
    this.matcherCache = undefined;
    return reports;
  }

  /** True when `uri` is one of the configured glossary files. */
  isGlossaryFile(uri: string): boolean {
    const file = pathOfUri(uri);
    return file !== undefined && this.files.includes(file);
  }

  /**
   * Writes an entry into a glossary file (the given one, else the first configured one, else the
   * workspace glossary), creating the file if need be. The write is atomic: the file is never left half-written.
   */
  addEntry(entry: Omit<GlossaryEntry, 'id'> & { id?: string }, configured: string[], file?: string): string {
    const target = file ?? configured[0] ?? this.conventional[0];
    if (!target) throw new Error('no workspace folder to create a glossary file in');
    let text = '';
    try {
      text = fs.readFileSync(target, 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    }
    const full: GlossaryEntry = { ...entry, id: entry.id ?? `user-${hash(entry.term)}` };
    writeAtomic(target, addGlossaryEntry(text, full));
    return target;
  }

  matcher(): TermMatcher {
    this.matcherCache ??= new TermMatcher([this.builtin, ...this.current]);
    return this.matcherCache;
  }
}

/** A short stable hash of a string (FNV-1a), for ids of entries users add. */
function hash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}
