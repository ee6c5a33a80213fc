/**
 * Custom LSP messages between the Report Lens client and server, declared once.
 * Both sides import this file; only plain JSON crosses the wire.
 */

/** Decoration kinds the client has a style for. */
export type DecorationKind = 'term' | 'candidate' | 'figure' | 'org';

/** A range as [startLine, startCharacter, endLine, endCharacter] (LSP positions, UTF-16 columns). */
export type WireRange = [number, number, number, number];

export interface DecorationsParams {
  textDocument: { uri: string };
  /** Only ranges intersecting these lines are returned; all when absent. */
  visibleLines?: { start: number; end: number }[];
}

export interface DecorationsResult {
  /** Document version the ranges belong to. */
  version: number;
  /** Ranges per kind; a kind turned off in the settings is absent. */
  ranges: Partial<Record<DecorationKind, WireRange[]>>;
  /** True when ranges were left out because the document is huge or only visible lines were asked for. */
  partial?: boolean;
}

/** Request: the decorations of one document. */
export const DecorationsRequest = { method: 'reportLens/decorations' } as const;

/** Notification from server to client: decorations of this document changed; ask again. */
export const DecorationsChangedNotification = { method: 'reportLens/decorationsChanged' } as const;
export interface DecorationsChangedParams { uri: string; version: number }

/** Notification from server to client: a message to show the user (localised on the server). */
export const StatusNotification = { method: 'reportLens/status' } as const;
export interface StatusParams { uri?: string; severity: 'info' | 'warning' | 'error'; message: string }

/** Initialization options the client sends. */
export interface InitializationOptions {
  /** The client draws its own decorations, so semantic tokens would colour everything twice. */
  clientDrawsDecorations?: boolean;
  /** UI language, e.g. "zh-cn" or "en". */
  locale?: string;
}

/** Request: the server's memory use, for benchmarks and diagnostics (after a garbage collection when the server runs with --expose-gc). */
export const MemoryRequest = { method: 'reportLens/memory' } as const;
export interface MemoryResult { rss: number; heapUsed: number; heapTotal: number; external: number }
