/**
 * PieceText (server/src/core/pieceText.ts), the text of an open document kept in pieces, against a
 * plain string: the same characters after any sequence of replacements, with CRLF, characters
 * outside the BMP and ranges out of bounds, whatever the size of the pieces.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { PieceText } from '../../server/src/core/pieceText';
import { readSeed } from '../helpers';

const piece = fc.constantFrom('a', '中', '医共体', '\r', '\n', '\r\n', '𠀀', '😀', ' ', '，', '\uD800', '1.5亿元');
const text = fc.array(piece, { maxLength: 30 }).map((xs) => xs.join(''));
const edit = fc.record({ start: fc.integer({ min: -2, max: 80 }), end: fc.integer({ min: -2, max: 80 }), insert: text });

/** Every way of reading the text agrees with the model. */
function same(t: PieceText, model: string, probes: number[]): void {
  assert.equal(t.length, model.length);
  for (const i of probes) {
    const a = ((i % (model.length + 3)) + model.length + 3) % (model.length + 3) - 1;
    assert.equal(t.charCodeAt(a), model.charCodeAt(a), `charCodeAt(${a})`);
    const b = a + (i % 7);
    assert.equal(t.slice(Math.max(0, a), b), model.slice(Math.max(0, a), Math.max(Math.max(0, a), b)), `slice(${a}, ${b})`);
  }
  assert.equal(t.isBlank(), model.trim().length === 0);
  assert.equal(t.toString(), model);
}

test('property: after any replacements, a piece text reads as the string the same replacements give', () => {
  fc.assert(
    fc.property(text, fc.array(edit, { maxLength: 12 }), fc.integer({ min: 1, max: 9 }), fc.array(fc.integer(), { minLength: 5, maxLength: 5 }), (initial, edits, size, probes) => {
      let t = PieceText.of(initial, size);
      let model = initial;
      const versions: [PieceText, string][] = [];
      for (const e of edits) {
        const s = Math.max(0, Math.min(e.start, e.end, model.length));
        const end = Math.max(s, Math.min(Math.max(e.start, e.end), model.length));
        t = t.replace(e.start <= e.end ? e.start : e.end, e.start <= e.end ? e.end : e.start, e.insert);
        model = model.slice(0, s) + e.insert + model.slice(end);
        versions.push([t, model]);
        // Reading every other version whole checks that a text made whole still reads the same.
        if (versions.length % 2) same(t, model, probes);
      }
      // Older versions are unchanged by later replacements.
      for (const [v, m] of versions) same(v, m, probes);
    }),
    { numRuns: 2000 },
  );
});

test('a keystroke in a big report leaves the other pieces shared and the old version intact', () => {
  let report = '';
  for (let i = 0; report.length < 600_000; i++) report += readSeed(['000', '001', '002'][i % 3]).replace(/\n/g, '\r\n');
  const v1 = PieceText.of(report);
  const mid = report.length >> 1;
  const v2 = v1.replace(mid, mid, '的');
  const v3 = v2.replace(mid, mid + 1, '');
  assert.equal(v2.slice(mid - 3, mid + 4), report.slice(mid - 3, mid) + '的' + report.slice(mid, mid + 3));
  assert.equal(v2.charCodeAt(mid), '的'.charCodeAt(0));
  assert.equal(v3.toString(), report);
  assert.equal(v1.toString(), report);
  assert.equal(v2.length, report.length + 1);
});
