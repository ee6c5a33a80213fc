/** core/lines: line starts found in chunks are those found at once, and both follow endsLine. */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { endsLine, lineStarts, lineStartsSteps } from '../../server/src/core/lines';
import { finish } from '../../server/src/core/steps';

const piece = fc.constantFrom('a', '中', '\r', '\n', '\r\n', '\n\r', '𠀀', '😀', '\uD800', ' ');
const text = fc.array(piece, { maxLength: 60 }).map((xs) => xs.join(''));

/** The line starts one character at a time, straight from the rule. */
function byRule(t: string): number[] {
  const starts = [0];
  for (let q = 0; q < t.length; q++) if (endsLine(t, q)) starts.push(q + 1);
  return starts;
}

/** The line starts found `size` characters at a time, as the workspace index finds them. */
function inChunks(t: string, size: number): number[] {
  return [...finish(lineStartsSteps(t, size))];
}

test('property: line starts found in chunks of any size equal those found at once and those of the rule', () => {
  fc.assert(
    fc.property(text, fc.integer({ min: 1, max: 8 }), (t, size) => {
      const once = lineStarts(t);
      assert.deepEqual(once, byRule(t));
      assert.deepEqual(inChunks(t, size), once);
    }),
    { numRuns: 3000 },
  );
});

test('a \\r\\n cut between two chunks is one break, found in the second', () => {
  assert.deepEqual(inChunks('ab\r\ncd', 3), [0, 4]);
  assert.deepEqual(inChunks('ab\r', 3), [0, 3]);
  assert.deepEqual(inChunks('ab\rc', 3), [0, 3]);
});
