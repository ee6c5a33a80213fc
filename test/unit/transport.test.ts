/**
 * Reading messages over stdio (server/src/lsp/transport): big messages parsed in steps give what
 * JSON.parse gives, and a request about another document may pass a big message still being parsed,
 * while everything whose order matters keeps it.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import fc from 'fast-check';
import type { Message } from 'vscode-jsonrpc';
import { parseJsonSteps, type SliceLimits } from '../../server/src/lsp/transport/slicedJson';
import { INDEPENDENT, maxMessageBytes, MESSAGE_TOO_LARGE, OVERTAKING, SlicedMessageReader, DEFAULT_MAX_MESSAGE } from '../../server/src/lsp/transport/slicedReader';
import { finish, type Steps } from '../../server/src/core/steps';
import { readSeed } from '../helpers';

const SMALL: SliceLimits = { longString: 8, piece: 16 };
const bytes = (s: string) => Buffer.from(s, 'utf8');
const parse = (json: string | Buffer, limits = SMALL) => finish(parseJsonSteps(typeof json === 'string' ? bytes(json) : json, undefined, limits));

/** Parses with both, and says what each gave: a value, or that it threw a SyntaxError. */
function both(json: string | Buffer, limits = SMALL): { ours: unknown; theirs: unknown } {
  const run = (f: () => unknown) => {
    try {
      return { value: f() };
    } catch (e) {
      assert.ok(e instanceof SyntaxError, `threw ${String(e)}`);
      return 'SyntaxError';
    }
  };
  const text = typeof json === 'string' ? json : new TextDecoder().decode(json);
  return { ours: run(() => parse(json, limits)), theirs: run(() => JSON.parse(text)) };
}

// Strings rich in what is hard to cut: escapes of every kind, quotes, backslash runs, control
// characters, CJK, characters outside the BMP and lone surrogates (JSON.stringify escapes those).
const hardChar = fc.constantFrom('\\', '"', '\n', '\r\n', '\t', '\u0001', '\u001f', '/', 'u', '中', '医共体', '😀', '𠀀', '\uD800', '\uDC00', 'a', ' ', '，', '\u2028');
const hardString = fc.array(hardChar, { maxLength: 120 }).map((xs) => xs.join(''));

test('property: long strings decoded in pieces are what JSON.parse gives, whatever the cuts', () => {
  fc.assert(
    fc.property(hardString, fc.integer({ min: 1, max: 64 }), fc.integer({ min: 0, max: 40 }), (s, piece, longString) => {
      const json = JSON.stringify({ jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri: 'file:///a.txt', version: 1, text: s }, list: [s, 1, null] } });
      const limits = { piece, longString };
      assert.deepEqual(parse(json, limits), JSON.parse(json));
    }),
    { numRuns: 3000 },
  );
});

test('property: any JSON value, and any text cut or changed from one, parses as with JSON.parse or fails as it does', () => {
  fc.assert(
    fc.property(fc.jsonValue(), fc.nat(), fc.constantFrom('', '"', '\\', '}', '\u0001', '\\x', '\\u12', ','), (value, at, insert) => {
      const json = JSON.stringify(value) ?? 'null';
      const r = both(json);
      assert.deepEqual(r.ours, r.theirs);
      const cut = at % (json.length + 1);
      const broken = json.slice(0, cut) + insert + json.slice(cut + (insert ? 0 : 1));
      const b = both(broken);
      assert.deepEqual(b.ours, b.theirs, `for ${JSON.stringify(broken)}`);
    }),
    { numRuns: 3000 },
  );
});

test('invalid escapes, raw control characters and unterminated strings in a long string are SyntaxErrors', () => {
  const long = 'x'.repeat(40);
  for (const bad of [`"${long}\\q"`, `"${long}\\u12G4"`, `"${long}\u0001"`, `"${long}`, `["${long}" "${long}"]`]) {
    assert.throws(() => parse(bad), SyntaxError, bad);
  }
});

test('a BOM before the message is skipped, and broken UTF-8 becomes U+FFFD, as TextDecoder does', () => {
  const json = JSON.stringify({ text: '中文'.repeat(20) });
  assert.deepEqual(parse(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes(json)])), JSON.parse(json));
  const broken = Buffer.concat([bytes('{"text":"' + 'a'.repeat(20)), Buffer.from([0xe4, 0xb8]), bytes('b'.repeat(20) + '"}')]);
  assert.deepEqual(parse(broken), JSON.parse(new TextDecoder().decode(broken)));
});

test('a real report sent as a big didOpen (CRLF, outside-BMP characters) arrives exactly, and its document is known before its text is decoded', () => {
  let text = '';
  for (let i = 0; text.length < 700_000; i++) text += readSeed(['000', '001', '002'][i % 3]).replace(/\n/g, '\r\n') + '𠀀😀\u0000"\\\n';
  const message = { jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri: 'file:///big.txt', languageId: 'plaintext', version: 1, text } } };
  const body = bytes(JSON.stringify(message));
  let skeleton: Message | undefined;
  let steps = 0;
  const run = parseJsonSteps(body, (s) => (skeleton = s as Message));
  let r = run.next();
  while (!r.done) {
    steps++;
    r = run.next();
  }
  assert.equal((skeleton as unknown as typeof message).params.textDocument.uri, 'file:///big.txt');
  assert.ok(steps >= body.length / (1 << 20), `${steps} steps for ${body.length} bytes`);
  assert.equal((r.value as typeof message).params.textDocument.text, text);
  assert.deepEqual(r.value, message);
});

// ---------------------------------------------------------------- the reader

/** A message's fields, for the checks. */
const fields = (m: Message) => m as unknown as { id?: number; method?: string; params?: { textDocument?: { uri?: string } } };
/** A request's or response's id, else a notification's method. */
const idOrMethod = (m: Message) => fields(m).id ?? fields(m).method;
/** A request's or response's id, else the document a notification is about. */
const idOrDocument = (m: Message) => fields(m).id ?? fields(m).params?.textDocument?.uri;

const frame = (m: object) => {
  const body = bytes(JSON.stringify(m));
  return Buffer.concat([bytes(`Content-Length: ${body.length}\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n`), body]);
};
const didOpen = (uri: string, text: string) => ({ jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'plaintext', version: 1, text } } });
const hover = (id: number, uri: string) => ({ jsonrpc: '2.0', id, method: 'textDocument/hover', params: { textDocument: { uri }, position: { line: 0, character: 0 } } });
const didChange = (uri: string) => ({ jsonrpc: '2.0', method: 'textDocument/didChange', params: { textDocument: { uri, version: 2 }, contentChanges: [{ text: 'x' }] } });

/**
 * A reader whose big-message parses go `eager` steps at once (one step reads the message's skeleton,
 * so it knows the document) and the rest only when the test says so.
 */
function reader(bigMessage = 1000, eager = 0, auto = false, maxMessage?: number) {
  const stream = new PassThrough();
  const parses: (() => void)[] = [];
  const run = <T>(steps: Steps<T>) => {
    if (auto) return Promise.resolve().then(() => finish(steps));
    for (let i = 0; i < eager; i++) steps.next();
    return new Promise<T>((resolve, reject) =>
      parses.push(() => {
        try {
          resolve(finish(steps));
        } catch (e) {
          reject(e);
        }
      }),
    );
  };
  const r = new SlicedMessageReader(stream, { bigMessage, run, limits: { longString: 100, piece: 16 }, maxMessage });
  const got: Message[] = [];
  const errors: Error[] = [];
  r.onError((e) => errors.push(e));
  r.listen((m) => got.push(m));
  const settle = () => new Promise((ok) => setImmediate(ok));
  return { stream, got, errors, settle, parses };
}

/** Writes bytes in pieces of random sizes. */
async function write(stream: PassThrough, data: Buffer, cuts: number[]): Promise<void> {
  let at = 0;
  for (const c of cuts) {
    if (at >= data.length) break;
    stream.write(data.subarray(at, at + c));
    at += c;
  }
  if (at < data.length) stream.write(data.subarray(at));
}

test('property: messages arrive whole and in order, however the stream is cut, big ones too', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(fc.jsonValue(), { minLength: 1, maxLength: 6 }), fc.array(fc.integer({ min: 1, max: 50 }), { maxLength: 60 }), fc.constantFrom(Infinity, 1, 40), async (values, cuts, bigMessage) => {
      const { stream, got, errors, settle } = reader(bigMessage, 0, true);
      const messages = values.map((v, i) => ({ jsonrpc: '2.0', id: i, method: 'x/y', params: { v } }));
      await write(stream, Buffer.concat(messages.map(frame)), cuts);
      await settle();
      assert.deepEqual(errors, []);
      assert.deepEqual(got, JSON.parse(JSON.stringify(messages)));
    }),
    { numRuns: 300 },
  );
});

test('property: a message over the limit is skipped however the stream is cut; in its place comes a stand-in with its id, and a didClose for a document it changed; the others arrive in order', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(fc.integer({ min: 1, max: 400 }), { maxLength: 80 }), fc.constantFrom(Infinity, 1, 40), fc.boolean(), async (cuts, bigMessage, request) => {
      const { stream, got, errors, settle } = reader(bigMessage, 0, true, 300);
      const before = { jsonrpc: '2.0', id: 1, method: 'x/y', params: { v: 'a' } };
      const tooBig = request ? { jsonrpc: '2.0', id: 'big', method: 'textDocument/hover', params: { textDocument: { uri: 'file:///a%20b.txt' }, pad: 'x'.repeat(500) } } : didOpen('file:///big.txt', '中'.repeat(400));
      const after = { jsonrpc: '2.0', id: 2, method: 'x/y', params: { v: 'b' } };
      await write(stream, Buffer.concat([frame(before), frame(tooBig), frame(after)]), cuts);
      await settle();
      assert.deepEqual(errors, []);
      const stand = request
        ? [{ jsonrpc: '2.0', id: 'big', method: MESSAGE_TOO_LARGE, params: { bytes: frame(tooBig).length - frame(tooBig).indexOf('{'), limit: 300, method: 'textDocument/hover', uri: 'file:///a%20b.txt' } }]
        : [
            { jsonrpc: '2.0', method: MESSAGE_TOO_LARGE, params: { bytes: JSON.stringify(tooBig).length + 400 * 2, limit: 300, method: 'textDocument/didOpen', uri: 'file:///big.txt' } },
            { jsonrpc: '2.0', method: 'textDocument/didClose', params: { textDocument: { uri: 'file:///big.txt' } } },
          ];
      assert.deepEqual(got, [before, ...stand, after]);
    }),
    { numRuns: 200 },
  );
});

test('the limit on messages: --max-message-mb, else REPORT_LENS_MAX_MESSAGE_MB, else 256 MiB', () => {
  assert.equal(maxMessageBytes(['node', 'server.js', '--stdio', '--max-message-mb=2'], {}), 2 * 1024 * 1024);
  assert.equal(maxMessageBytes(['node'], { REPORT_LENS_MAX_MESSAGE_MB: '0.5' }), 512 * 1024);
  assert.equal(maxMessageBytes(['node'], { REPORT_LENS_MAX_MESSAGE_MB: 'lots' }), DEFAULT_MAX_MESSAGE);
  assert.equal(maxMessageBytes(['node'], {}), 256 * 1024 * 1024);
});

test('while a big didOpen is parsed, a request about another document is answered; what concerns the big one, or is not a read, waits', async () => {
  const { stream, got, settle, parses } = reader(1000, 1);
  const big = didOpen('file:///big.txt', '一、总体情况\n'.repeat(500));
  const sequence = [
    big,
    hover(1, 'file:///small.txt'), // another document: passes
    { jsonrpc: '2.0', id: 90, result: [{}] }, // a response to the server: passes
    { jsonrpc: '2.0', id: 91, method: 'reportLens/memory' }, // about the server itself: passes
    { jsonrpc: '2.0', method: '$/cancelRequest', params: { id: 1 } }, // waits, but holds nothing back
    hover(2, 'file:///big.txt'), // the big document: waits
    hover(3, 'file:///small.txt'), // passes
    didChange('file:///other.txt'), // a change: waits
    hover(4, 'file:///other.txt'), // its document has a change waiting: waits
    hover(5, 'file:///small.txt'), // passes
    { jsonrpc: '2.0', id: 6, method: 'workspace/symbol', params: { query: '' } }, // not about one document: waits
    hover(7, 'file:///small.txt'), // something not about one document waits before it: waits
  ];
  stream.write(Buffer.concat(sequence.map(frame)));
  await settle();
  const ids = () => got.map(idOrMethod);
  assert.deepEqual(ids(), [1, 90, 91, 3, 5]);
  assert.equal(parses.length, 1);
  parses[0]();
  await settle();
  assert.deepEqual(ids(), [1, 90, 91, 3, 5, 'textDocument/didOpen', '$/cancelRequest', 2, 'textDocument/didChange', 4, 6, 7]);
  assert.deepEqual(got[5], big);
  // Once nothing waits, messages go straight through again.
  stream.write(frame(hover(8, 'file:///big.txt')));
  await settle();
  assert.deepEqual(ids().slice(-1), [8]);
});

test('before the big message says which document it is about, nothing passes it', async () => {
  const { stream, got, settle, parses } = reader();
  stream.write(Buffer.concat([frame(didOpen('file:///a.txt', 'x'.repeat(5000))), frame(didOpen('file:///b.txt', 'y'.repeat(5000))), frame(hover(1, 'file:///c.txt'))]));
  await settle();
  // Both parses are started; none has told its document yet (the test's runner has not stepped them).
  assert.deepEqual(got, []);
  parses[1]();
  await settle();
  assert.deepEqual(got, [], 'the second finished first, but the first still waits');
  parses[0]();
  await settle();
  assert.deepEqual(
    got.map(idOrDocument),
    ['file:///a.txt', 'file:///b.txt', 1],
  );
});

test('a broken message is reported and the stream goes on', async () => {
  const { stream, got, errors, settle, parses } = reader();
  const broken = bytes('{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///x.txt","text":"' + 'z'.repeat(2000) + '\\q"}}}');
  stream.write(Buffer.concat([bytes(`Content-Length: ${broken.length}\r\n\r\n`), broken, frame(hover(1, 'file:///x.txt'))]));
  await settle();
  parses[0]();
  await settle();
  assert.equal(errors.length, 1);
  assert.match(errors[0].message, /escape/i);
  assert.deepEqual(got.map(idOrMethod), [1]);
  // A header without a length cannot be followed: reported, not thrown.
  stream.write(bytes('Content-Type: x\r\n\r\n{}'));
  await settle();
  assert.equal(errors.length, 2);
});

test('the requests allowed to pass only read one document, or ask about the server', () => {
  for (const method of OVERTAKING) assert.match(method, /^(textDocument\/|reportLens\/decorations$)/);
  for (const method of INDEPENDENT) assert.match(method, /^reportLens\/(memory|loopDelay)$/);
  assert.ok(!OVERTAKING.has('textDocument/didChange') && !OVERTAKING.has('textDocument/rename'));
});

test('a big message whose document is named by a long string holds everything after it until it is decoded', async () => {
  const { stream, got, settle, parses } = reader(1000, 1);
  const uri = 'file:///' + 'a'.repeat(300) + '.txt';
  stream.write(Buffer.concat([frame(didOpen(uri, 'x'.repeat(5000))), frame(hover(1, 'file:///c.txt'))]));
  await settle();
  assert.deepEqual(got, []);
  parses[0]();
  await settle();
  assert.deepEqual(got.map(idOrDocument), [uri, 1]);
});
