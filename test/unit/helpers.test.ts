import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { parseMarked, seedNames } from '../helpers';

test('parseMarked strips markers and keeps offsets', () => {
  const m = parseMarked('组建[[紧密型县域医共体]]7个，[[𠀀]]');
  assert.equal(m.text, '组建紧密型县域医共体7个，𠀀');
  assert.deepEqual(m.ranges.map((r) => [r.start, r.end, r.text]), [[2, 10, '紧密型县域医共体'], [13, 15, '𠀀']]);
});

test('the sample reports are found beside the repository', () => {
  assert.ok(seedNames().length >= 5);
});
