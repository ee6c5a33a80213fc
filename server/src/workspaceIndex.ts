/**
 * The symbols of every report in the workspace folders, for Workspace Symbols. Reports are read and
 * analysed in the background the first time they are asked for, with progress reported, and only
 * again when a file's size or time changes. Open reports are not indexed here: their live analysis is used.
 */
import * as fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentAnalysis } from './core/analyze';
import type { Steps } from './core/steps';
import { AnalysisCancelled, runSteps, turn } from './runSteps';
import { symbolsOf, type IndexedSymbol } from './features/workspaceSymbols';
import { listReports, readReport } from './reportFiles';

export interface IndexedFile {
  uri: string;
  /** File name shown beside each symbol. */
  name: string;
  symbols: IndexedSymbol[];
}

interface Entry extends IndexedFile {
  stamp: string;
}

/** Reports progress: `done` of `total` files read. */
export type Progress = (done: number, total: number) => void;

export class WorkspaceIndex {
  private entries = new Map<string, Entry>();
  private running?: Promise<void>;
  private key: unknown;

  /** `analyze` gives the steps of a full analysis (whole-document results included). */
  constructor(private readonly analyze: (text: string) => Steps<DocumentAnalysis>) {}

  /** Forgets everything (the glossary changed, so terms may differ). */
  invalidate(key?: unknown): void {
    if (key !== undefined && key === this.key) return;
    this.key = key;
    this.entries.clear();
  }

  /** The indexed files. */
  files(): IndexedFile[] {
    return [...this.entries.values()];
  }

  /** How many files are indexed. */
  get size(): number {
    return this.entries.size;
  }

  /**
   * Brings the index up to date with the folders: new and changed reports are analysed, deleted
   * ones dropped. `progress` is called only when there is work to do. Concurrent calls share one run.
   */
  update(folders: readonly string[], progress?: { begin(total: number): Progress; end(): void }, cancelled: () => boolean = () => false): Promise<void> {
    this.running ??= this.run(folders, progress, cancelled).finally(() => (this.running = undefined));
    return this.running;
  }

  private async run(folders: readonly string[], progress: { begin(total: number): Progress; end(): void } | undefined, cancelled: () => boolean): Promise<void> {
    const files = (await Promise.all(folders.map((f) => listReports(f, cancelled)))).flat();
    const wanted = new Set(files);
    for (const f of [...this.entries.keys()]) if (!wanted.has(f)) this.entries.delete(f);
    const todo: { file: string; stamp: string }[] = [];
    for (const file of files) {
      try {
        const s = await fs.promises.stat(file);
        const stamp = `${s.size}:${s.mtimeMs}`;
        if (this.entries.get(file)?.stamp !== stamp) todo.push({ file, stamp });
      } catch {
        this.entries.delete(file);
      }
    }
    if (!todo.length) return;
    const report = progress?.begin(todo.length);
    try {
      for (let i = 0; i < todo.length; i++) {
        if (cancelled()) return;
        report?.(i, todo.length);
        const { file, stamp } = todo[i];
        const text = await readReport(file);
        const uri = pathToFileURL(file).toString();
        // In slices, so a big report in the folder never holds up the requests of the open ones.
        let analysis: DocumentAnalysis | undefined;
        try {
          analysis = text === undefined ? undefined : await runSteps(this.analyze(text), cancelled);
        } catch (e) {
          if (e instanceof AnalysisCancelled) return;
          throw e;
        }
        const symbols = text === undefined || !analysis ? [] : symbolsOf(TextDocument.create(uri, 'plaintext', 0, text), analysis);
        this.entries.set(file, { uri, name: path.basename(file), symbols, stamp });
        await turn(); // let requests in between files
      }
    } finally {
      progress?.end();
    }
  }
}
