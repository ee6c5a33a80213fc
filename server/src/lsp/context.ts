/**
 * What the server's handler modules share: the connection and documents, the analyses, the user's tags,
 * and what the client said it can do. One per server, made by createServer (server.ts).
 */
import type { CancellationToken, Connection, MessageType, TextDocuments } from 'vscode-languageserver';
import type { DocumentAnalysis, WholeDocumentPart } from '../core/analyze';
import type { L10n } from '../core/l10n';
import type { TermMatcher } from '../core/terms';
import type { GlossaryFiles } from '../disk/glossaryFiles';
import type { ReportDocument } from './reportDocument';
import type { SettingsCache } from './settings';
import type { StepRunner } from './runSteps';
import type { TagService } from './tagService';

/** What the client can do, from its initialize request. */
export interface ClientInfo {
  /**
   * The client is Report Lens's own VS Code extension: it paints the decorations (so no semantic tokens),
   * asks the user for a new term's definition, and runs the tagging commands of quick fixes.
   */
  ownClient: boolean;
  /** The client takes dynamic registrations of didSave. */
  dynamicSave: boolean;
  /** The client shows progress the server creates (window/workDoneProgress/create). */
  progress: boolean;
}

/** An open document's current version and its analysis, with the user's corrections. */
export interface Current {
  doc: ReportDocument;
  analysis: DocumentAnalysis;
}

export interface ServerContext {
  readonly connection: Connection;
  readonly documents: TextDocuments<ReportDocument>;
  readonly runner: StepRunner;
  readonly settings: SettingsCache;
  readonly glossaries: GlossaryFiles;
  /** The user's tags and corrections (handlers/tags.ts). */
  readonly tags: TagService;
  /** The user's language, from initialize. */
  l10n: L10n;
  client: ClientInfo;
  /** Workspace folders (absolute paths). */
  workspaceFolders: string[];
  /** False while the workspace is untrusted (VS Code's Restricted Mode; see trust.ts). */
  trusted: boolean;
  /** Called once the user trusts the workspace. */
  readonly trustListeners: (() => void)[];
  /** The glossary matcher in use, to analyse reports that are not open. */
  matcher(): TermMatcher;
  /**
   * The analysis of an open document's current version, with the user's corrections; undefined when the
   * document closed or changed meanwhile, or the request was cancelled. `needs`: the whole-document results
   * the request uses; `upTo`: the request needs the analysis only up to that offset.
   */
  analysisOf(uri: string, token?: CancellationToken, needs?: readonly WholeDocumentPart[], upTo?: (doc: ReportDocument) => number): Promise<Current | undefined>;
  /** Shows the user a message without waiting for an answer. */
  tell(type: MessageType, message: string): void;
  /** Logs an unexpected failure to the client's output channel, with its stack. */
  logError(what: string, e: unknown): void;
}

/** A handler module: registers its handlers on the context's connection and says what it adds to the capabilities. */
export type HandlerModule = (ctx: ServerContext) => { capabilities?(): Record<string, unknown> } | void;
