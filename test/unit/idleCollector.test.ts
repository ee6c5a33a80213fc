/** The server's collection of garbage after big documents (lsp/handlers/memory.ts), on a fake clock. */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { TextDocuments, type Connection } from 'vscode-languageserver';
import { AFTER_CLOSE_MS, BETWEEN_FULL_MS, BETWEEN_MINOR_MS, BIG_DOCUMENT, FULL_COLLECTIONS, IdleCollector, MINOR_COLLECTIONS, bigDocumentOpen, engineCollections, watchDocuments, type Timers } from '../../server/src/lsp/handlers/memory';
import { ReportDocument } from '../../server/src/lsp/reportDocument';

/** A clock that moves only when told, and the collections made on it. */
function fakeClock() {
  let now = 0;
  let next = 0;
  const due = new Map<number, { at: number; fn: () => void }>();
  const timers: Timers = {
    setTimeout: (fn, ms) => {
      const id = ++next;
      due.set(id, { at: now + ms, fn });
      return id as never;
    },
    clearTimeout: (id) => void due.delete(id as number),
  };
  const advance = (ms: number) => {
    const end = now + ms;
    // One timer at a time, the clock at its time: timers set by one that ran are due too if their time comes.
    for (;;) {
      const first = [...due].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
      if (!first) break;
      due.delete(first[0]);
      now = first[1].at;
      first[1].fn();
    }
    now = end;
  };
  return { timers, advance };
}

/** Collections counted, full and minor. */
function counting() {
  const n = { full: 0, minor: 0 };
  return { n, collect: { full: () => void n.full++, minor: () => void n.minor++ } };
}

/** The time a whole series takes after a close. */
const SERIES_MS = AFTER_CLOSE_MS + (FULL_COLLECTIONS - 1) * BETWEEN_FULL_MS + MINOR_COLLECTIONS * BETWEEN_MINOR_MS;

test('a big document that closes is followed by a series of collections, full ones then minor ones; a small one by none', () => {
  const clock = fakeClock();
  const { n, collect } = counting();
  const c = new IdleCollector(collect, () => false, clock.timers);
  c.closed(BIG_DOCUMENT - 1);
  clock.advance(60_000);
  assert.deepEqual(n, { full: 0, minor: 0 });
  // A window closing closes several at once: one series for all of them.
  c.closed(BIG_DOCUMENT);
  clock.advance(AFTER_CLOSE_MS / 2);
  c.closed(10 * BIG_DOCUMENT);
  clock.advance(AFTER_CLOSE_MS - 1);
  assert.deepEqual(n, { full: 0, minor: 0 });
  clock.advance(1);
  assert.deepEqual(n, { full: 1, minor: 0 });
  clock.advance((FULL_COLLECTIONS - 1) * BETWEEN_FULL_MS);
  assert.deepEqual(n, { full: FULL_COLLECTIONS, minor: 0 });
  clock.advance(BETWEEN_MINOR_MS);
  assert.deepEqual(n, { full: FULL_COLLECTIONS, minor: 1 });
  for (let i = 0; i < 60; i++) clock.advance(1000);
  assert.deepEqual(n, { full: FULL_COLLECTIONS, minor: MINOR_COLLECTIONS });
});

test('no collection while a big document is open: the series stops when one opens', () => {
  const clock = fakeClock();
  const { n, collect } = counting();
  let open = false;
  const c = new IdleCollector(collect, () => open, clock.timers);
  c.closed(BIG_DOCUMENT);
  clock.advance(AFTER_CLOSE_MS);
  assert.deepEqual(n, { full: 1, minor: 0 });
  open = true;
  for (let i = 0; i < 60; i++) clock.advance(1000);
  assert.deepEqual(n, { full: 1, minor: 0 });
});

test('the collections are there without --expose-gc; the full one frees what nothing holds', async () => {
  const collect = engineCollections();
  const ref = new WeakRef(Array.from({ length: 300_000 }, (_, i) => ({ i, s: `x${i}` })));
  // A weak reference holds its target until the job that made it ends.
  await new Promise((resolve) => setImmediate(resolve));
  collect.minor();
  collect.full();
  assert.equal(ref.deref(), undefined);
});

/** A real TextDocuments fed by hand: the notifications the client would send, as TextDocuments sees them. */
function documentsFedByHand() {
  const handlers: Record<string, (params: never) => void> = {};
  const on = (name: string) => (h: (params: never) => void) => ((handlers[name] = h), { dispose: () => undefined });
  const connection = {
    onDidOpenTextDocument: on('open'),
    onDidChangeTextDocument: on('change'),
    onDidCloseTextDocument: on('close'),
    onWillSaveTextDocument: on('willSave'),
    onWillSaveTextDocumentWaitUntil: on('willSaveWaitUntil'),
    onDidSaveTextDocument: on('save'),
  } as unknown as Connection;
  const documents = new TextDocuments<ReportDocument>({ create: ReportDocument.create, update: (doc, changes, version) => (doc.update(changes, version), doc) });
  documents.listen(connection);
  const send = (name: string, params: unknown) => handlers[name](params as never);
  return { documents, send };
}

test('edits to an open big document are followed by no collection (it would hold the loop 55+ ms); closing it, by a series', () => {
  const clock = fakeClock();
  const { n, collect } = counting();
  const { documents, send } = documentsFedByHand();
  watchDocuments(documents, new IdleCollector(collect, () => bigDocumentOpen(documents), clock.timers));
  const uri = 'file:///big.txt';
  send('open', { textDocument: { uri, languageId: 'plaintext', version: 1, text: '年'.repeat(BIG_DOCUMENT) } });
  clock.advance(60_000);
  assert.deepEqual(n, { full: 0, minor: 0 });
  send('change', { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '的' }] });
  clock.advance(60_000);
  assert.deepEqual(n, { full: 0, minor: 0 });
  send('close', { textDocument: { uri } });
  clock.advance(SERIES_MS);
  assert.deepEqual(n, { full: FULL_COLLECTIONS, minor: MINOR_COLLECTIONS });
});

test('of two big documents, closing one while the other stays open collects nothing; closing the other does', () => {
  const clock = fakeClock();
  const { n, collect } = counting();
  const { documents, send } = documentsFedByHand();
  watchDocuments(documents, new IdleCollector(collect, () => bigDocumentOpen(documents), clock.timers));
  const big = '年'.repeat(BIG_DOCUMENT);
  for (const uri of ['file:///a.txt', 'file:///b.txt']) send('open', { textDocument: { uri, languageId: 'plaintext', version: 1, text: big } });
  send('close', { textDocument: { uri: 'file:///a.txt' } });
  clock.advance(60_000);
  assert.deepEqual(n, { full: 0, minor: 0 });
  send('close', { textDocument: { uri: 'file:///b.txt' } });
  clock.advance(60_000);
  assert.deepEqual(n, { full: FULL_COLLECTIONS, minor: MINOR_COLLECTIONS });
});
