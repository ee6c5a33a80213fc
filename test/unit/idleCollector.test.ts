/** The server's collection of garbage after big documents (lsp/handlers/memory.ts), on a fake clock. */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { TextDocuments, type Connection } from 'vscode-languageserver';
import { AFTER_CLOSE_MS, AFTER_EDITS_MS, BIG_DOCUMENT, COLLECTIONS, IdleCollector, fullCollection, watchDocuments, type Timers } from '../../server/src/lsp/handlers/memory';
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
    now += ms;
    for (const [id, t] of [...due].sort((a, b) => a[1].at - b[1].at)) if (t.at <= now) due.delete(id), t.fn();
  };
  return { timers, advance };
}

test('a big document that closes is followed by collections from a second later; a small one by none', () => {
  const clock = fakeClock();
  let collections = 0;
  const c = new IdleCollector(() => collections++, clock.timers);
  c.closed(BIG_DOCUMENT - 1);
  clock.advance(60_000);
  assert.equal(collections, 0);
  // A window closing closes several at once: one collection for all of them.
  c.closed(BIG_DOCUMENT);
  clock.advance(AFTER_CLOSE_MS / 2);
  c.closed(10 * BIG_DOCUMENT);
  clock.advance(AFTER_CLOSE_MS - 1);
  assert.equal(collections, 0);
  clock.advance(1);
  assert.equal(collections, 1);
  for (let i = 0; i < 60; i++) clock.advance(1000);
  assert.equal(collections, COLLECTIONS);
});

test('edits to a big document are followed by a collection when typing pauses, not between keystrokes', () => {
  const clock = fakeClock();
  let collections = 0;
  const c = new IdleCollector(() => collections++, clock.timers);
  for (let i = 0; i < 50; i++) {
    c.changed(BIG_DOCUMENT);
    clock.advance(200);
  }
  assert.equal(collections, 0);
  clock.advance(AFTER_EDITS_MS);
  assert.equal(collections, 1);
  for (let i = 0; i < 60; i++) clock.advance(1000);
  assert.equal(collections, COLLECTIONS);
  c.changed(BIG_DOCUMENT - 1);
  clock.advance(AFTER_EDITS_MS * 2);
  assert.equal(collections, COLLECTIONS);
});

test('the full collection is there without --expose-gc, and frees what nothing holds', async () => {
  const collect = fullCollection();
  const ref = new WeakRef(Array.from({ length: 300_000 }, (_, i) => ({ i, s: `x${i}` })));
  // A weak reference holds its target until the job that made it ends.
  await new Promise((resolve) => setImmediate(resolve));
  collect();
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

test('opening a big document is not an edit: no collection while it is analysed; editing and closing it are', () => {
  const clock = fakeClock();
  let collections = 0;
  const { documents, send } = documentsFedByHand();
  watchDocuments(documents, new IdleCollector(() => collections++, clock.timers));
  const uri = 'file:///big.txt';
  send('open', { textDocument: { uri, languageId: 'plaintext', version: 1, text: '年'.repeat(BIG_DOCUMENT) } });
  clock.advance(60_000);
  assert.equal(collections, 0);
  send('change', { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '的' }] });
  clock.advance(AFTER_EDITS_MS);
  assert.equal(collections, 1);
  clock.advance(60_000);
  assert.equal(collections, COLLECTIONS);
  send('close', { textDocument: { uri } });
  clock.advance(AFTER_CLOSE_MS);
  assert.equal(collections, COLLECTIONS + 1);
});
