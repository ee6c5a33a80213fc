/**
 * The server's documents against the reference implementation of LSP's TextDocument
 * (vscode-languageserver-textdocument): the same text, lines and positions after any sequence of
 * edits, with CRLF, lone CR, astral characters, swapped and out-of-range positions, and a big text.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { TextDocument, type Position } from 'vscode-languageserver-textdocument';
import { ReportDocument } from '../../server/src/lsp/reportDocument';
import { readSeed } from '../helpers';

const piece = fc.constantFrom('a', '中', '医共体', '\r', '\n', '\r\n', '𠀀', '😀', ' ', '，', '\uD800');
const text = fc.array(piece, { maxLength: 40 }).map((xs) => xs.join(''));
const position = fc.record({ line: fc.integer({ min: -1, max: 12 }), character: fc.integer({ min: -1, max: 30 }) });
const edit = fc.record({ start: position, end: position, text });

/**
 * The model: each edit applied to a plain string at the offsets a reference document made from the
 * current text gives (the reference's own incremental update goes wrong when a range names lines
 * past the end: it indexes its line table by the line numbers as given).
 */
function applyModel(text: string, e: { start: Position; end: Position; text: string }): string {
  const ref = TextDocument.create('file:///model.txt', 'plaintext', 0, text);
  let [a, b] = [ref.offsetAt(e.start), ref.offsetAt(e.end)];
  const swapped = e.start.line > e.end.line || (e.start.line === e.end.line && e.start.character > e.end.character);
  if (swapped) [a, b] = [b, a];
  return text.slice(0, a) + e.text + text.slice(b);
}

function same(ours: ReportDocument, text: string, version: number, probes: Position[], offsets: number[]) {
  assert.equal(ours.getText(), text);
  assert.equal(ours.version, version);
  const ref = TextDocument.create('file:///model.txt', 'plaintext', version, text);
  assert.equal(ours.lineCount, ref.lineCount);
  for (const p of probes) {
    assert.equal(ours.offsetAt(p), ref.offsetAt(p), `offsetAt ${JSON.stringify(p)}`);
    assert.equal(ours.getText({ start: p, end: probes[0] }), ref.getText({ start: p, end: probes[0] }));
  }
  for (const o of offsets) assert.deepEqual(ours.positionAt(o), ref.positionAt(o), `positionAt ${o}`);
  for (let line = -1; line <= ref.lineCount + 1; line++) {
    assert.deepEqual(ours.getLineRange(line), ref.getLineRange(line), `getLineRange ${line}`);
    assert.equal(ours.getEOLCharacters(line), ref.getEOLCharacters(line), `getEOLCharacters ${line}`);
  }
}

test('property: after any edits, text, line count, offsets and positions match the reference TextDocument', () => {
  fc.assert(
    fc.property(text, fc.array(edit, { maxLength: 6 }), fc.array(position, { minLength: 1, maxLength: 8 }), fc.array(fc.integer({ min: -2, max: 200 }), { maxLength: 8 }), fc.boolean(), (initial, edits, probes, offsets, batch) => {
      const ours = ReportDocument.create('file:///a.txt', 'plaintext', 1, initial);
      // Line starts are built lazily: look once before editing so the incremental update is used.
      ours.positionAt(0);
      let model = initial;
      if (batch) {
        ours.update(edits.map((e) => ({ range: { start: e.start, end: e.end }, text: e.text })), 2);
        for (const e of edits) model = applyModel(model, e);
        same(ours, model, 2, probes, offsets);
      } else {
        edits.forEach((e, i) => {
          ours.update([{ range: { start: e.start, end: e.end }, text: e.text }], i + 2);
          model = applyModel(model, e);
          same(ours, model, i + 2, probes, offsets);
        });
      }
    }),
    { numRuns: 2000 },
  );
});

test('property: line starts found a few characters at a time, as far as each request needs and in slices between edits, match the reference', () => {
  const step = fc.oneof(
    fc.record({ kind: fc.constant('edit' as const), e: edit }),
    fc.record({ kind: fc.constant('offsetAt' as const), p: position }),
    fc.record({ kind: fc.constant('positionAt' as const), o: fc.integer({ min: -2, max: 200 }) }),
    fc.record({ kind: fc.constant('line' as const), line: fc.integer({ min: -1, max: 14 }) }),
    fc.record({ kind: fc.constant('slices' as const), n: fc.integer({ min: 1, max: 4 }) }),
  );
  fc.assert(
    fc.property(text, fc.integer({ min: 1, max: 6 }), fc.array(step, { maxLength: 12 }), (initial, chunk, steps) => {
      const ours = ReportDocument.create('file:///a.txt', 'plaintext', 1, initial, chunk);
      const slices = ours.indexLines();
      let model = initial;
      let version = 1;
      for (const s of steps) {
        const ref = TextDocument.create('file:///model.txt', 'plaintext', version, model);
        if (s.kind === 'edit') {
          ours.update([{ range: { start: s.e.start, end: s.e.end }, text: s.e.text }], ++version);
          model = applyModel(model, s.e);
        } else if (s.kind === 'offsetAt') assert.equal(ours.offsetAt(s.p), ref.offsetAt(s.p), `offsetAt ${JSON.stringify(s.p)}`);
        else if (s.kind === 'positionAt') assert.deepEqual(ours.positionAt(s.o), ref.positionAt(s.o), `positionAt ${s.o}`);
        else if (s.kind === 'line') {
          assert.deepEqual(ours.getLineRange(s.line), ref.getLineRange(s.line), `getLineRange ${s.line}`);
          assert.equal(ours.getEOLCharacters(s.line), ref.getEOLCharacters(s.line), `getEOLCharacters ${s.line}`);
        } else for (let k = 0; k < s.n; k++) slices.next();
      }
      same(ours, model, version, [{ line: 0, character: 0 }], [0, model.length]);
    }),
    { numRuns: 3000 },
  );
});

test('an edit where a lone \\r found as a break becomes half of \\r\\n, while the line starts are known only part of the way', () => {
  // Three characters at a time: the edit's position needs the line starts up to line 2 (offset 6), not the rest.
  const text = 'ab\rcd\nef\ngh\nij';
  const ours = ReportDocument.create('file:///a.txt', 'plaintext', 1, text, 3);
  ours.update([{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: '\n' }], 2);
  const after = 'ab\r\ncd\nef\ngh\nij';
  const ref = TextDocument.create('file:///a.txt', 'plaintext', 2, after);
  for (let o = 0; o <= after.length; o++) assert.deepEqual(ours.positionAt(o), ref.positionAt(o), `positionAt ${o}`);
  assert.equal(ours.lineCount, ref.lineCount);
});

test('the line starts found in slices of a big report equal those found at once, and a request needs only the slices up to its line', () => {
  const base = readSeed('001');
  let big = '';
  while (big.length < 300_000) big += base.replace(/\n/g, big.length % 3 === 0 ? '\r\n' : big.length % 3 === 1 ? '\r' : '\n') + '𠀀';
  const ref = TextDocument.create('file:///big.txt', 'plaintext', 1, big);
  const lazy = ReportDocument.create('file:///big.txt', 'plaintext', 1, big, 1000);
  // The first screen: a few slices, not the whole text.
  const slices = lazy.indexLines();
  assert.deepEqual(lazy.getLineRange(5), ref.getLineRange(5));
  let left = 0;
  while (!slices.next().done) left++;
  assert.ok(left > big.length / 1000 - 5, `${left} slices left after the first screen`);
  for (let o = 0; o < big.length; o += 997) assert.deepEqual(lazy.positionAt(o), ref.positionAt(o));
  assert.equal(lazy.lineCount, ref.lineCount);
});

test('a big report: edits with CRLF and astral characters match the reference', () => {
  const base = readSeed('001');
  let big = '';
  while (big.length < 200_000) big += base.replace(/\n/g, big.length % 2 ? '\r\n' : '\n') + '𠀀';
  const ours = ReportDocument.create('file:///big.txt', 'plaintext', 1, big);
  const ref = TextDocument.create('file:///big.txt', 'plaintext', 1, big);
  ours.positionAt(0);
  const mid = ref.positionAt(big.length >> 1);
  const edits = [
    { range: { start: mid, end: mid }, text: '紧密型县域医共体\r\n' },
    { range: { start: { line: 3, character: 0 }, end: { line: 5, character: 2 } }, text: '' },
    { range: { start: { line: 10, character: 1 }, end: { line: 10, character: 1 } }, text: '😀\r' },
    { range: { start: mid, end: { line: mid.line + 40, character: 0 } }, text: 'x\ny\rz' },
    { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '\n' },
  ];
  edits.forEach((e, i) => {
    ours.update([e], i + 2);
    TextDocument.update(ref, [e], i + 2);
    assert.equal(ours.getText(), ref.getText());
    assert.equal(ours.lineCount, ref.lineCount);
    for (let o = 0; o < big.length; o += 997) assert.deepEqual(ours.positionAt(o), ref.positionAt(o));
    for (let l = 0; l < ref.lineCount; l += 31) assert.equal(ours.offsetAt({ line: l, character: 5 }), ref.offsetAt({ line: l, character: 5 }));
  });
});
