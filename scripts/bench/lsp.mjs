/**
 * A minimal LSP client for the benchmark: starts dist/server.js over stdio (with --expose-gc) and
 * speaks JSON-RPC through vscode-languageserver-protocol, like test/lsp/harness.ts does.
 * Every wait is bounded; servers still running when the process exits are killed.
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { withTimeout } from './stats.mjs';

const require = createRequire(import.meta.url);
/** The environment the VS Code client starts the server with (client/src/extension.ts). */
const SERVER_ENV = JSON.parse(fs.readFileSync(new URL('../../shared/serverEnv.json', import.meta.url), 'utf8'));
const { createProtocolConnection, StreamMessageReader, StreamMessageWriter } = require('vscode-languageserver-protocol/node');

const live = new Set();
function killAll() {
  for (const p of live) {
    try {
      p.kill('SIGKILL');
    } catch {
      /* gone */
    }
  }
  live.clear();
}
process.on('exit', killAll);
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, () => {
    killAll();
    process.exit(130);
  });
}

/** Starts the server; `rootDir` is the workspace folder it is told about. */
export async function startServer({ serverJs, rootDir, timeoutMs = 30000 }) {
  // BENCH_SERVER_NODE_ARGS adds node options for the server, e.g. "--cpu-prof --cpu-prof-dir=prof".
  const extra = (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(/\s+/).filter(Boolean);
  // REPORT_LENS_LOOP_DELAY: the server measures how long its event loop is held up (reportLens/loopDelay).
  // SERVER_ENV: the environment the VS Code client gives the server (glibc's mmap threshold).
  const env = { ...process.env, ...SERVER_ENV, REPORT_LENS_LOOP_DELAY: '1' };
  const proc = spawn(process.execPath, ['--expose-gc', ...extra, serverJs, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], cwd: rootDir, env });
  live.add(proc);
  let stderr = '';
  proc.stderr.on('data', (d) => {
    stderr += d;
    if (stderr.length > 100000) stderr = stderr.slice(-50000);
  });
  const exited = new Promise((resolve) => proc.on('exit', (code, signal) => resolve({ code, signal })));
  exited.then(() => live.delete(proc));
  const conn = createProtocolConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
  conn.onError(() => undefined);
  conn.onRequest('workspace/configuration', (params) => params.items.map(() => ({})));
  conn.onRequest('client/registerCapability', () => null);
  conn.onRequest('window/workDoneProgress/create', () => null);
  const messages = [];
  conn.onNotification('window/showMessage', (p) => messages.push(p));
  conn.onNotification('window/logMessage', () => undefined);
  // The last diagnostics per document: when they came, for which version, how many; and who waits for them.
  const diagnostics = new Map();
  const diagnosticWaiters = new Set();
  conn.onNotification('textDocument/publishDiagnostics', (p) => {
    diagnostics.set(p.uri, { at: performance.now(), version: p.version, count: p.diagnostics.length });
    for (const w of [...diagnosticWaiters]) w();
  });
  conn.onNotification('reportLens/decorationsChanged', () => undefined);
  conn.listen();
  const rootUri = 'file://' + rootDir;
  // A server that dies at start (a broken bundle) fails the run at once instead of at the timeout.
  const died = exited.then(({ code, signal }) => {
    throw new Error(`server exited (code ${code}, signal ${signal}) before answering initialize: ${stderr.slice(-1500)}`);
  });
  died.catch(() => undefined);
  const init = await withTimeout(
    Promise.race([died, conn.sendRequest('initialize', {
      processId: process.pid,
      rootUri,
      workspaceFolders: [{ uri: rootUri, name: 'bench' }],
      capabilities: {
        workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } },
        textDocument: { hover: { contentFormat: ['markdown'] }, documentSymbol: { hierarchicalDocumentSymbolSupport: true } },
      },
      // As VS Code's client: it paints decorations itself.
      initializationOptions: { clientDrawsDecorations: true, locale: 'en' },
    })]),
    timeoutMs,
    'initialize',
  );
  conn.sendNotification('initialized', {});

  const server = {
    proc,
    conn,
    init,
    messages,
    stderr: () => stderr,
    /** Sends a request and resolves with { result, ms } (round trip), or rejects after `timeoutMs`. */
    async timed(method, params, timeoutMs = 30000) {
      const t0 = performance.now();
      const result = await withTimeout(conn.sendRequest(method, params), timeoutMs, `${method}; server stderr: ${stderr.slice(-1000)}`);
      return { result, ms: performance.now() - t0 };
    },
    request(method, params, timeoutMs = 30000) {
      return withTimeout(conn.sendRequest(method, params), timeoutMs, `${method}; server stderr: ${stderr.slice(-1000)}`);
    },
    notify(method, params) {
      conn.sendNotification(method, params);
    },
    /** Resolves with { at, version, count } once diagnostics of `uri` at `version` or later arrive. */
    diagnosticsFor(uri, version, timeoutMs = 30000) {
      return withTimeout(
        new Promise((resolve) => {
          const check = () => {
            const d = diagnostics.get(uri);
            if (d && d.version >= version) {
              diagnosticWaiters.delete(check);
              resolve(d);
            }
          };
          diagnosticWaiters.add(check);
          check();
        }),
        timeoutMs,
        `diagnostics of ${uri} v${version}; server stderr: ${stderr.slice(-1000)}`,
      );
    },
    /** RSS and heap: the server's reportLens/memory request, else VmRSS from /proc with heap unknown. */
    async memory() {
      try {
        const m = await withTimeout(conn.sendRequest('reportLens/memory'), 30000, 'reportLens/memory');
        if (m && typeof m.rss === 'number') {
          return { rss: m.rss, heapUsed: m.heapUsed ?? null, heapTotal: m.heapTotal ?? null, external: m.external ?? null, peakRss: procStatus(proc.pid, 'VmHWM'), source: 'reportLens/memory' };
        }
      } catch {
        /* not implemented: fall back */
      }
      return { rss: procStatus(proc.pid, 'VmRSS'), heapUsed: null, heapTotal: null, external: null, peakRss: procStatus(proc.pid, 'VmHWM'), source: '/proc' };
    },
    /** The longest the server's event loop was held up since the last call ({ maxMs, p99Ms, meanMs, samples }), or null. */
    async loopDelay() {
      try {
        return await withTimeout(conn.sendRequest('reportLens/loopDelay'), 30000, 'reportLens/loopDelay');
      } catch {
        return null;
      }
    },
    async close() {
      try {
        await withTimeout(conn.sendRequest('shutdown'), 5000, 'shutdown');
        conn.sendNotification('exit');
      } catch {
        /* gone or stuck: killed below */
      }
      await Promise.race([exited, new Promise((r) => setTimeout(r, 3000))]);
      if (proc.exitCode === null && proc.signalCode === null) proc.kill('SIGKILL');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 2000))]);
      conn.dispose();
      live.delete(proc);
    },
  };
  return server;
}

/** A field of /proc/<pid>/status in bytes (Linux), or null. */
export function procStatus(pid, field) {
  try {
    const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : null;
  } catch {
    return null;
  }
}

/** A server of vscode-languageserver alone that answers every hover with null (bareServer.cjs). */
export const BARE_SERVER = new URL('./bareServer.cjs', import.meta.url).pathname;

/** Round trips of `positions` as hovers on a bare server (after `warmup` untimed ones), in ms. */
export async function bareHoverTimes({ rootDir, uri, positions, warmup = 20 }) {
  const server = await startServer({ serverJs: BARE_SERVER, rootDir });
  try {
    for (const p of positions.slice(0, warmup)) await server.request('textDocument/hover', { textDocument: { uri }, position: p });
    const times = [];
    for (const p of positions) times.push((await server.timed('textDocument/hover', { textDocument: { uri }, position: p })).ms);
    return times;
  } finally {
    await server.close();
  }
}
