/**
 * The symbols of every report in the workspace folders, for Workspace Symbols. Reports are read and
 * analysed in the background the first time they are asked for, with progress reported, and only
 * again when a file's size or time changes. Open reports are not indexed here: their live analysis is used.
 *
 * Symbols are kept as offsets with the file's line starts (not its text), so the index stays small and
 * the LSP layer makes positions from them.
 */
import * as fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import * as path from 'node:path';
import type { DocumentAnalysis } from '../core/analyze';
import type { Steps } from '../core/steps';
import { lineStartsSteps } from '../core/lines';
import { reportSymbolsSteps, type ReportSymbol } from '../core/symbols';
import { decodeBytesSteps } from './decode';
import { listReports, readReportWith } from './reportFiles';

export interface IndexedFile {
  uri: string;
  /** File name shown beside each symbol. */
  name: string;
  symbols: ReportSymbol[];
  /** Offsets where the file's lines start, to turn the symbols' offsets into positions. */
  lineStarts: Uint32Array;
}

interface Entry extends IndexedFile {
  stamp: string;
}

/** Reports progress: `done` of `total` files read. */
export type Progress = (done: number, total: number) => void;

/** How the index runs an analysis: in slices, giving way to requests (undefined when cancelled). */
export type StepsRunner = <T>(steps: Steps<T>, cancelled: () => boolean) => Promise<T | undefined>;

export interface WorkspaceIndexHost {
  /** The steps of a full analysis (whole-document results included). */
  analyze(text: string): Steps<DocumentAnalysis>;
  run: StepsRunner;
  /** Lets other work in between two files. */
  turn(): Promise<void>;
  /**
   * Whether a report is open in the editor: its live analysis answers for it, so it is not read and analysed
   * a second time here (a 10 MB report open in its folder was, two seconds after it opened: as much work
   * again, and its text and results twice in memory while it ran). Once it is closed, the next update
   * indexes it as it is on disk.
   */
  isOpen(file: string): boolean;
}

export class WorkspaceIndex {
  private entries = new Map<string, Entry>();
  private running?: Promise<void>;
  private key: unknown;

  constructor(private readonly host: WorkspaceIndexHost) {}

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
      if (this.host.isOpen(file)) continue;
      let stamp: string;
      try {
        const s = await fs.promises.stat(file);
        stamp = `${s.size}:${s.mtimeMs}`;
      } catch {
        // Listed a moment ago and gone now: nothing to index.
        this.entries.delete(file);
        continue;
      }
      if (this.entries.get(file)?.stamp !== stamp) todo.push({ file, stamp });
    }
    if (!todo.length) return;
    const report = progress?.begin(todo.length);
    try {
      for (let i = 0; i < todo.length; i++) {
        if (cancelled()) return;
        report?.(i, todo.length);
        const { file, stamp } = todo[i];
        // Opened while the files before it were indexed.
        if (this.host.isOpen(file)) continue;
        // Read, analysed and indexed in slices, so a big report in the folder never holds up the requests of the open ones.
        const read = await readReportWith(file, (bytes) => this.host.run(decodeBytesSteps(bytes), cancelled));
        if (!read) return; // cancelled
        const text = 'text' in read ? read.text : '';
        const analysis = text ? await this.host.run(this.host.analyze(text), cancelled) : undefined;
        if (text && !analysis) return;
        const symbols = analysis ? await this.host.run(reportSymbolsSteps(analysis), cancelled) : [];
        const starts = await this.host.run(lineStartsSteps(text), cancelled);
        if (!symbols || !starts) return;
        this.entries.set(file, { uri: pathToFileURL(file).toString(), name: path.basename(file), symbols, lineStarts: starts, stamp });
        await this.host.turn();
      }
    } finally {
      progress?.end();
    }
  }
}
