/**
 * Writing messages over stdio (server/src/lsp/transport/jsonEncoder.ts): every message's bytes are
 * JSON.stringify's, also for diagnostics put together from bytes kept from an earlier message.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { Writable } from 'node:stream';
import { StreamMessageWriter, type Message } from 'vscode-jsonrpc/node';
import { encodeMessage, messageEncoder } from '../../server/src/lsp/transport/jsonEncoder';

const plain = (msg: unknown) => Buffer.from(JSON.stringify(msg), 'utf8');

// Strings with what JSON escapes or UTF-8 encodes in more than one byte: quotes, backslashes, control
// characters, CJK, characters outside the BMP, lone surrogates, and the encoder's own stand-in.
const hardChar = fc.constantFrom('\\', '"', '\n', '\r\n', '\u0000', '\u001f', '中', '医共体', '“，”', '😀', '𠀀', '\uD800', '\uDC00', 'a', '\u2028', '\u0000report-lens:diagnostics', '["\\u0000report-lens:diagnostics"]');
const hardString = fc.array(hardChar, { maxLength: 40 }).map((xs) => xs.join(''));
const position = fc.record({ line: fc.nat(), character: fc.nat() });
const diagnostic = fc.record(
  {
    range: fc.record({ start: position, end: position }),
    severity: fc.integer({ min: 1, max: 4 }),
    code: hardString,
    source: fc.constant('report-lens'),
    message: hardString,
    tags: fc.constant([1]),
    data: fc.jsonValue(),
  },
  { requiredKeys: ['range', 'message'] },
);
const publish = (uri: string, version: number | undefined, diagnostics: unknown[]): Message =>
  ({ jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: version === undefined ? { uri, diagnostics } : { uri, version, diagnostics } }) as Message;

test('property: diagnostics are written as JSON.stringify writes them, also when the same objects are sent again among new ones', () => {
  fc.assert(
    fc.property(hardString, fc.option(fc.nat(), { nil: undefined }), fc.array(diagnostic, { maxLength: 30 }), fc.array(diagnostic, { maxLength: 5 }), fc.nat(), (uri, version, first, added, cut) => {
      const one = publish(uri, version, first);
      assert.deepEqual(encodeMessage(one), plain(one));
      // The next message: most objects sent again (now kept as bytes), some new ones in between.
      const at = first.length ? cut % first.length : 0;
      const next = publish(uri, version === undefined ? undefined : version + 1, [...first.slice(0, at), ...added, ...first.slice(at)]);
      assert.deepEqual(encodeMessage(next), plain(next));
    }),
    { seed: 15, numRuns: 300 },
  );
});

test('property: every other message is written as JSON.stringify writes it', () => {
  fc.assert(
    fc.property(fc.oneof(fc.constant('textDocument/publishDiagnostics'), fc.constant('window/logMessage'), hardString), fc.jsonValue(), (method, params) => {
      const msg = { jsonrpc: '2.0', method, params } as Message;
      assert.deepEqual(encodeMessage(msg), plain(msg));
    }),
    { seed: 15, numRuns: 300 },
  );
  const response = { jsonrpc: '2.0', id: 3, result: { contents: { kind: 'markdown', value: '**紧密型县域医共体** 😀' } } } as Message;
  assert.deepEqual(encodeMessage(response), plain(response));
});

test('diagnostics that are not plain objects, or a list that is not one, are written the plain way', () => {
  const odd = [null, 3, 'x', [1, 2], { toJSON: () => 'changed' }, { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, message: '中' }];
  for (const diagnostics of [odd, [], {}, 'none', undefined]) {
    const msg = { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: 'file:///r.txt', diagnostics } } as Message;
    assert.deepEqual(encodeMessage(msg), plain(msg));
  }
  // The encoder's stand-in for the list, found elsewhere in the message too.
  const d = { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, message: '中' };
  const spelled = { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: 'file:///r.txt', other: ['\u0000report-lens:diagnostics'], diagnostics: [d] } } as Message;
  assert.deepEqual(encodeMessage(spelled), plain(spelled));
});

test('a message that cannot be serialised rejects, as the default encoder does', async () => {
  const cyclic: Record<string, unknown> = { message: 'x' };
  cyclic.self = cyclic;
  const msg = publish('file:///r.txt', 1, [cyclic]);
  await assert.rejects(messageEncoder.encode(msg, { charset: 'utf-8' }), TypeError);
  const big = { jsonrpc: '2.0', method: 'x', params: { n: 10n } } as unknown as Message;
  await assert.rejects(messageEncoder.encode(big, { charset: 'utf-8' }), TypeError);
});

test("the writer's messages share one buffer: with a stream that takes each message's bytes late, every message arrives whole", async () => {
  // What the pipe sees, read when the stream calls back (as late as an operating system may), not when it is handed the bytes.
  const received: Buffer[] = [];
  const late = new Writable({
    write(chunk: Buffer, _encoding, done) {
      setTimeout(() => {
        received.push(Buffer.from(chunk));
        done();
      }, 2);
    },
  });
  const writer = new StreamMessageWriter(late, { charset: 'utf-8', contentTypeEncoder: messageEncoder });
  const kept = Array.from({ length: 50 }, (_, i) => ({ range: { start: { line: i, character: 0 }, end: { line: i, character: 1 } }, message: `第${i}条：医共体“，”😀` }));
  const messages: Message[] = [];
  for (let i = 0; i < 40; i++) {
    // Diagnostics put together from kept bytes, and plain messages, of sizes that grow and shrink.
    messages.push(i % 2 ? publish(`file:///r${i}.txt`, i, kept.slice(0, (i * 7) % 50 + 1)) : ({ jsonrpc: '2.0', id: i, result: 'x'.repeat((i * 7919) % 40000) } as unknown as Message));
  }
  await Promise.all(messages.map((m) => writer.write(m)));
  const bytes = Buffer.concat(received).toString('utf8');
  const bodies: unknown[] = [];
  for (let at = 0; at < bytes.length; ) {
    const m = /^Content-Length: (\d+)\r\n\r\n/.exec(bytes.slice(at, at + 40));
    assert.ok(m, `a header at ${at}`);
    const start = at + m[0].length;
    const body = Buffer.from(bytes.slice(start)).subarray(0, Number(m[1])).toString('utf8');
    bodies.push(JSON.parse(body));
    at = start + body.length;
  }
  assert.deepEqual(bodies, messages.map((m) => JSON.parse(JSON.stringify(m))));
});
