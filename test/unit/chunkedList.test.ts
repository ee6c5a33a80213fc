import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { ChunkedList } from '../../server/src/core/chunkedList';

/** Lists long enough to span several chunks (4,096 items each), with replacements anywhere in them. */
const spliced = fc
  .record({ length: fc.integer({ min: 0, max: 13000 }), at: fc.nat(), removed: fc.nat({ max: 5000 }), added: fc.nat({ max: 5000 }) })
  .map(({ length, at, removed, added }) => {
    const from = length ? at % (length + 1) : 0;
    return { length, from, to: Math.min(length, from + removed), added };
  });

test('a chunked list with items replaced holds what the same array would', () => {
  fc.assert(
    fc.property(spliced, ({ length, from, to, added }) => {
      const items: object[] = Array.from({ length }, (_, i) => ({ i }));
      const fresh = Array.from({ length: added }, (_, i) => ({ fresh: i }));
      const list = ChunkedList.from(items).splice(from, to, fresh);
      const expected = [...items.slice(0, from), ...fresh, ...items.slice(to)];
      assert.equal(list.length, expected.length);
      assert.deepEqual([...list], expected);
      for (const i of [0, from, from + added - 1, expected.length - 1]) if (i >= 0 && i < expected.length) assert.equal(list.at(i), expected[i]);
      // The list it was made from is unchanged.
      assert.deepEqual([...ChunkedList.from(items)], items);
    }),
    { numRuns: 100 },
  );
});

test('replacing items one after another, as keystrokes do, keeps every version as it was', () => {
  let array = Array.from({ length: 10000 }, (_, i) => i);
  let list = ChunkedList.from(array);
  const versions: [ChunkedList<number>, number[]][] = [];
  for (const [from, to, added] of [[5000, 5001, 1], [4095, 4097, 3], [0, 2, 0], [9990, 9997, 9], [8191, 8192, 1]]) {
    const fresh = Array.from({ length: added }, (_, i) => -1 - i);
    list = list.splice(from, to, fresh);
    array = [...array.slice(0, from), ...fresh, ...array.slice(to)];
    versions.push([list, array]);
  }
  for (const [l, a] of versions) assert.deepEqual([...l], a);
});

test('a mapping that changes nothing gives the same list', () => {
  const list = ChunkedList.from(Array.from({ length: 9000 }, (_, i) => ({ i })));
  assert.equal(list.map((x) => x), list);
  const one = list.map((x, i) => (i === 5000 ? { i: -1 } : x));
  assert.notEqual(one, list);
  assert.deepEqual(one.at(5000), { i: -1 });
  assert.equal(one.at(4999), list.at(4999));
});
