/**
 * Writing messages over stdio (server/src/lsp/transport/jsonEncoder.ts): every message's bytes are
 * JSON.stringify's, also for diagnostics put together from bytes kept from an earlier message.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Message } from 'vscode-jsonrpc';
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
