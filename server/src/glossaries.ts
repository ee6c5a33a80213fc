/**
 * The glossaries in use: the one that ships with the extension plus the user's files.
 * A file that fails to parse keeps its last good entries, and its problems are reported with file and line.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { builtinGlossary, parseGlossary, type GlossaryProblem, type ParsedGlossary } from './core/glossary';
import { TermMatcher } from './core/terms';

export interface GlossaryFileReport {
  file: string;
  uri: string;
  problems: GlossaryProblem[];
  /** True when the file could not be used at all and the last good version (or nothing) stands in. */
  rejected: boolean;
  /** Set when the file could not be read. */
  readError?: string;
}

export class Glossaries {
  private builtin = builtinGlossary();
  private lastGood = new Map<string, ParsedGlossary>();
  private current: ParsedGlossary[] = [];
  private matcherCache?: TermMatcher;
  files: string[] = [];

  /** Resolves configured paths against the workspace folders. */
  static resolve(configured: string[], folders: string[]): string[] {
    const out: string[] = [];
    for (const f of configured) {
      if (path.isAbsolute(f)) out.push(f);
      else for (const folder of folders.length ? folders : [process.cwd()]) out.push(path.join(folder, f));
    }
    return [...new Set(out)];
  }

  /** (Re)loads the user glossary files; returns what went wrong in each. */
  load(files: string[]): GlossaryFileReport[] {
    this.files = files;
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
    if (!uri.startsWith('file:')) return false;
    const file = fileURLToPath(uri);
    return this.files.includes(file);
  }

  matcher(): TermMatcher {
    this.matcherCache ??= new TermMatcher([this.builtin, ...this.current]);
    return this.matcherCache;
  }
}
