/** The held-out scoring (scripts/eval/score.mjs) counts as the annotation guidelines say. */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
// @ts-expect-error plain JavaScript module of the eval scripts, without types
import { matchExact, matchHeadings, matchOverlap, prf } from '../../scripts/eval/score.mjs';

const span = (start: number, end: number) => ({ start, end });

test('organisations match by exact span only', () => {
  const [g, p] = matchExact([span(0, 4), span(10, 14)], [span(0, 4), span(10, 13)]);
  assert.deepEqual([...g], [0]);
  assert.deepEqual([...p], [0]);
});

test('figures and terms match by overlap, one to one', () => {
  // One prediction overlapping two gold spans matches only one of them.
  const [g, p] = matchOverlap([span(0, 4), span(3, 8), span(20, 25)], [span(2, 6), span(24, 30), span(40, 41)]);
  assert.deepEqual([...g].sort(), [0, 2]);
  assert.deepEqual([...p].sort(), [0, 1]);
  // Touching is not overlapping.
  assert.equal(matchOverlap([span(0, 4)], [span(4, 8)])[0].size, 0);
});

test('headings match by line: a symbol covering any line of a gold heading finds it', () => {
  const gold = [{ line: 0, endLine: 0 }, { line: 3, endLine: 4 }, { line: 9, endLine: 9 }];
  const symbols = [{ line: 0, endLine: 0 }, { line: 4, endLine: 4 }, { line: 6, endLine: 6 }];
  const [g, p] = matchHeadings(gold, symbols);
  assert.deepEqual([...g], [0, 1]);
  assert.deepEqual([...p], [0, 1]);
});

test('P, R and F1', () => {
  const s = prf(3, 4, 6);
  assert.equal(s.precision, 0.5);
  assert.equal(s.recall, 0.75);
  assert.equal(s.f1, 0.6);
});
