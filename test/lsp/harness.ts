/**
 * Starts the bundled server over stdio and speaks LSP to it, as an editor would; or, with `inProcess`, a
 * server made by createServer in this process on a pair of streams (no build needed, no process boundary).
 * Either way a test fails if the server logged an error it did not expect (window/logMessage of type Error).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { PassThrough } from 'node:stream';
import * as path from 'node:path';
import { createConnection } from 'vscode-languageserver/node';
import { createServer } from '../../server/src/lsp/server';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
} from 'vscode-languageserver-protocol/node';
import type { InitializeResult } from 'vscode-languageserver-protocol';
import { REPO_ROOT } from '../helpers';

export interface Harness {
  conn: ProtocolConnection;
  /** Writes bytes to the server as they are, for messages no well-behaved client would send. */
  raw(bytes: string | Buffer): void;
  /** The server's process; undefined for a server in this process. */
  proc?: ChildProcess;
  /** Errors the server logged (window/logMessage of type Error); close() fails on any unless `expectErrors`. */
  loggedErrors: string[];
  /** Everything the server logged (window/logMessage), errors or not. */
  logged: { type: number; message: string }[];
  init: InitializeResult;
  /** Messages the server showed the user (window/showMessage). */
  messages: { type: number; message: string }[];
  /** Diagnostics the server published, per URI. */
  diagnostics: Map<string, { message: string; range: { start: { line: number } } }[]>;
  /** Resolves when the server says decorations of `uri` changed (at `version` or later). */
  decorationsChanged(uri: string, version: number, timeoutMs?: number): Promise<void>;
  /** Waits until `predicate` holds, checking after each message from the server. */
  waitFor(predicate: () => boolean, what: string, timeoutMs?: number): Promise<void>;
  settings: Record<string, unknown>;
  stderr: () => string;
  close(): Promise<void>;
}

export interface StartOptions {
  settings?: Record<string, unknown>;
  clientDrawsDecorations?: boolean;
  locale?: string;
  rootDir?: string;
  /** Run the server in this process (createServer) instead of the bundle over stdio. */
  inProcess?: boolean;
  /** The test provokes errors the server logs. */
  expectErrors?: boolean;
  /** initializationOptions.trusted (VS Code's Restricted Mode when false); absent by default. */
  trusted?: boolean;
  /** More command-line arguments and environment variables for the server's process. */
  args?: string[];
  env?: Record<string, string>;
}

/** Streams to and from a server: its own process, or one made in this process. */
function serverStreams(inProcess: boolean, args: string[] = [], env: Record<string, string> = {}): { proc?: ChildProcess; fromServer: NodeJS.ReadableStream; toServer: NodeJS.WritableStream; stderr: () => string } {
  if (inProcess) {
    const toServer = new PassThrough();
    const fromServer = new PassThrough();
    createServer(createConnection(new StreamMessageReader(toServer), new StreamMessageWriter(fromServer))).listen();
    return { fromServer, toServer, stderr: () => '' };
  }
  // REPORT_LENS_SERVER: another bundle (an older build, to see a test fail before its fix).
  const bundle = process.env.REPORT_LENS_SERVER ?? path.join(REPO_ROOT, 'dist', 'server.js');
  const proc = spawn(process.execPath, [bundle, '--stdio', ...args], { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...env } });
  let err = '';
  proc.stderr!.on('data', (d) => (err += d));
  return { proc, fromServer: proc.stdout!, toServer: proc.stdin!, stderr: () => err };
}

export async function startServer(opts: StartOptions = {}): Promise<Harness> {
  const { proc, fromServer, toServer, stderr } = serverStreams(!!opts.inProcess, opts.args, opts.env);
  const conn = createProtocolConnection(new StreamMessageReader(fromServer), new StreamMessageWriter(toServer));
  const loggedErrors: string[] = [];
  const logged: Harness['logged'] = [];
  const messages: Harness['messages'] = [];
  const diagnostics: Harness['diagnostics'] = new Map();
  const versions = new Map<string, number>();
  const listeners = new Set<() => void>();
  const poke = () => { for (const l of [...listeners]) l(); };
  const h: Harness = {
    conn,
    raw: (bytes) => void toServer.write(bytes),
    proc,
    loggedErrors,
    logged,
    init: undefined as unknown as InitializeResult,
    messages,
    diagnostics,
    settings: opts.settings ?? {},
    stderr,
    waitFor(predicate, what, timeoutMs = 10000) {
      if (predicate()) return Promise.resolve();
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => { listeners.delete(check); reject(new Error(`timed out waiting for ${what}; server stderr: ${stderr().slice(-2000)}`)); }, timeoutMs);
        const check = () => { if (predicate()) { clearTimeout(timer); listeners.delete(check); resolve(); } };
        listeners.add(check);
      });
    },
    decorationsChanged(uri, version, timeoutMs) {
      return h.waitFor(() => (versions.get(uri) ?? -1) >= version, `decorations of ${uri} v${version}`, timeoutMs);
    },
    async close() {
      try {
        await conn.sendRequest('shutdown');
        // An in-process server would end this process on exit (vscode-languageserver's watchdog).
        if (proc) conn.sendNotification('exit');
      } catch { /* already gone */ }
      await new Promise<void>((resolve) => {
        if (!proc || proc.exitCode !== null) return resolve();
        const timer = setTimeout(() => { proc.kill('SIGKILL'); resolve(); }, 3000);
        proc.on('exit', () => { clearTimeout(timer); resolve(); });
      });
      conn.dispose();
      if (loggedErrors.length && !opts.expectErrors) throw new Error(`the server logged errors:\n${loggedErrors.join('\n')}`);
    },
  };
  conn.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) =>
    params.items.map(() => h.settings),
  );
  conn.onRequest('client/registerCapability', () => null);
  conn.onNotification('window/showMessage', (p: { type: number; message: string }) => { messages.push(p); poke(); });
  conn.onNotification('window/logMessage', (p: { type: number; message: string }) => { logged.push(p); if (p.type === 1) loggedErrors.push(p.message); poke(); });
  conn.onNotification('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: [] }) => { diagnostics.set(p.uri, p.diagnostics); poke(); });
  conn.onNotification('reportLens/decorationsChanged', (p: { uri: string; version: number }) => {
    versions.set(p.uri, Math.max(versions.get(p.uri) ?? -1, p.version));
    poke();
  });
  conn.listen();
  const root = opts.rootDir ?? REPO_ROOT;
  h.init = await conn.sendRequest('initialize', {
    // A server in this process would watch this process with a timer that never ends (vscode-languageserver).
    processId: opts.inProcess ? null : process.pid,
    rootUri: 'file://' + root,
    workspaceFolders: [{ uri: 'file://' + root, name: 'root' }],
    capabilities: {
      workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } },
      textDocument: { hover: { contentFormat: ['markdown'] }, documentSymbol: { hierarchicalDocumentSymbolSupport: true } },
    },
    initializationOptions: { clientDrawsDecorations: opts.clientDrawsDecorations ?? false, locale: opts.locale ?? 'en', ...(opts.trusted === undefined ? {} : { trusted: opts.trusted }) },
  });
  conn.sendNotification('initialized', {});
  return h;
}

let uriCount = 0;
/** Opens a document and returns its URI. */
export function open(h: Harness, text: string, name = `doc${++uriCount}.txt`): string {
  const uri = `file:///virtual/${name}`;
  h.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text } });
  return uri;
}

/** Position of the n-th occurrence of `needle` in `text` (LSP line/character, UTF-16), plus `delta` characters. */
export function positionOf(text: string, needle: string, delta = 1, nth = 0): { line: number; character: number } {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" not found`);
  }
  const offset = at + delta;
  const before = text.slice(0, offset);
  const lines = before.split(/\r\n|\r|\n/);
  return { line: lines.length - 1, character: lines[lines.length - 1].length };
}
