/**
 * The language server's process analyses with the V8 flags of shared/engine.ts: allocation-site
 * pretenuring off (test/cli/engine.test.ts shows the same analysis without them makes V8 decide to make
 * results old). V8 traces its decisions on standard output, which over stdio is the protocol's channel, so
 * the server is started here over Node IPC, as VS Code can start it, and its standard output read apart.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as path from 'node:path';
import { createProtocolConnection, IPCMessageReader, IPCMessageWriter } from 'vscode-languageserver-protocol/node';
import { REPO_ROOT, seedsRepeated } from '../helpers';

test('the server, over IPC, opens 1 MB of reports and makes none of its results old', async () => {
  const proc = spawn(process.execPath, ['--trace-pretenuring-statistics', path.join(REPO_ROOT, 'dist', 'server.js'), '--node-ipc'], { stdio: ['pipe', 'pipe', 'pipe', 'ipc'] });
  let stdout = '';
  proc.stdout!.on('data', (d) => (stdout += d));
  const conn = createProtocolConnection(new IPCMessageReader(proc), new IPCMessageWriter(proc));
  conn.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => ({})));
  conn.onRequest('client/registerCapability', () => null);
  conn.onRequest('window/workDoneProgress/create', () => null);
  const published = new Map<string, number>();
  let onPublish = () => undefined as void;
  conn.onNotification('textDocument/publishDiagnostics', (p: { uri: string; version?: number }) => {
    published.set(p.uri, p.version ?? 0);
    onPublish();
  });
  conn.listen();
  try {
    await conn.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
    conn.sendNotification('initialized', {});
    const uri = 'file:///reports.txt';
    const diagnosed = new Promise<void>((resolve) => (onPublish = () => void (published.has(uri) && resolve())));
    conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: seedsRepeated(350_000) } });
    await diagnosed;
    type Symbol = { children?: Symbol[] };
    const count = (xs: Symbol[]): number => xs.reduce((n, x) => n + 1 + count(x.children ?? []), 0);
    const sections = count((await conn.sendRequest('textDocument/documentSymbol', { textDocument: { uri } })) as Symbol[]);
    assert.ok(sections > 100, `${sections} sections`);
    const tenure = stdout.split('\n').filter((l) => l.includes('pretenuring:') && /=> (maybe )?tenure$/.test(l.trim()));
    assert.deepEqual(tenure, []);
  } finally {
    conn.dispose();
    proc.kill();
  }
});
