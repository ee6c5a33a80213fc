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

/**
 * Notification from server to Report Lens's own client: an open report is mostly characters that could
 * not be decoded (a GB18030 file opened as UTF-8); the client offers to reopen it in `suggested`.
 * Other clients get a window/showMessage instead. Sent once per document while it stays open.
 */
export const WrongEncodingNotification = { method: 'reportLens/wrongEncoding' } as const;
export interface WrongEncodingParams { uri: string; suggested: 'gb18030' }

/** Notification from client to server: the user trusted the workspace (it was in Restricted Mode). */
export const TrustGrantedNotification = { method: 'reportLens/trustGranted' } as const;

/** Initialization options the client sends. */
export interface InitializationOptions {
  /**
   * False in an untrusted workspace (VS Code's Restricted Mode): no workspace glossary, no tags, no
   * glossary edits until TrustGrantedNotification. Absent: trusted.
   */
  trusted?: boolean;
  /** The client draws its own decorations, so semantic tokens would colour everything twice. */
  clientDrawsDecorations?: boolean;
  /** UI language, e.g. "zh-cn" or "en". */
  locale?: string;
}

/** Request: the server's memory use, for benchmarks and diagnostics (after a garbage collection when the server runs with --expose-gc). */
export const MemoryRequest = { method: 'reportLens/memory' } as const;
export interface MemoryResult { rss: number; heapUsed: number; heapTotal: number; external: number }

/**
 * Request: the longest the server's event loop was held up since the last such request (which
 * starts a new count), for benchmarks. Null unless the server was started with the environment
 * variable REPORT_LENS_LOOP_DELAY=1: measuring costs a timer every millisecond.
 */
export const LoopDelayRequest = { method: 'reportLens/loopDelay' } as const;
export interface LoopDelayResult { maxMs: number; p99Ms: number; meanMs: number; samples: number }

// ---------------------------------------------------------------- tagging, corrections, entities, export

/** A position as LSP has it (0-based line, UTF-16 character). */
export interface WirePosition { line: number; character: number }

/** How a user tag is drawn: like a detection of that kind, or as a label of the user's own. */
export type TagKind = 'term' | 'figure' | 'org' | 'tag';

export interface WireTag {
  /** The tag's id in the .ann file ("T4"). */
  id: string;
  /** "Term", "Figure", "Organisation" or a custom label. */
  label: string;
  kind: TagKind;
  /** Set on corrections of automatic detections. */
  verdict?: 'wrong' | 'right';
  text: string;
  ranges: WireRange[];
}

/** Request: the user's tags and corrections of a document. */
export const TagsRequest = { method: 'reportLens/tags' } as const;
export interface TagsParams { textDocument: { uri: string } }
export interface TagsResult {
  version: number;
  tags: WireTag[];
  /** Tags whose text is gone, with the line where it was last. */
  lost: { id: string; label: string; text: string; line: number }[];
  /** Set while the .ann file beside the report cannot be read; tagging is refused until it is fixed. */
  problem?: { file: string; line: number; message: string };
}

/** Notification from server to client: the tags of this document changed; ask again. */
export const TagsChangedNotification = { method: 'reportLens/tagsChanged' } as const;

/** Request: tag a range ("Term", "Figure", "Organisation" or a custom label). */
export const AddTagRequest = { method: 'reportLens/addTag' } as const;
export interface AddTagParams { textDocument: { uri: string }; range: { start: WirePosition; end: WirePosition }; label: string }

/** Request: remove tags, by id or those at a position. */
export const RemoveTagRequest = { method: 'reportLens/removeTag' } as const;
export interface RemoveTagParams { textDocument: { uri: string }; ids?: string[]; position?: WirePosition }

/** Request: mark the automatic detection at a position as wrong (hidden from then on) or right (confirmed). */
export const MarkDetectionRequest = { method: 'reportLens/markDetection' } as const;
export interface MarkDetectionParams { textDocument: { uri: string }; position: WirePosition; verdict: 'wrong' | 'right'; kind?: 'term' | 'figure' | 'org' }

/** What a tag request did: `message` (localised) says why when nothing was done. */
export interface TagEditResult { ok: boolean; message?: string; ids?: string[] }

/** One entry of the Report Entities view. */
export interface EntityNode {
  /** Stable for the same entity across versions of a document. */
  id: string;
  label: string;
  description?: string;
  count: number;
  /** Every mention, in document order (those of the children included). */
  ranges: WireRange[];
  kind: 'group' | 'org' | 'alias' | 'term' | 'figure-kind' | 'figure' | 'tag-label' | 'tag' | 'correction' | 'lost';
  children?: EntityNode[];
  /** Ids of the user tags behind the entry, so the view can remove them. */
  tagIds?: string[];
}

/** Request: the entities of a document for the Report Entities view. */
export const EntitiesRequest = { method: 'reportLens/entities' } as const;
export interface EntitiesParams { textDocument: { uri: string } }
export interface EntitiesResult { version: number; groups: EntityNode[] }

export type ExportFormat = 'brat' | 'doccano' | 'csv' | 'html';

/** Request: the annotations of one report, or of every report in a folder, in an export format. */
export const ExportRequest = { method: 'reportLens/export' } as const;
export interface ExportParams { format: ExportFormat; textDocument?: { uri: string }; folder?: string }
/** Files to write, named relative to where the user chose to save them. */
export interface ExportResult { files: { name: string; content: string }[]; reports: number }
