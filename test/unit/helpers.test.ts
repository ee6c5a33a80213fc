import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT, matchSnapshot, parseMarked, seedNames } from '../helpers';

test('parseMarked strips markers and keeps offsets', () => {
  const m = parseMarked('组建[[紧密型县域医共体]]7个，[[𠀀]]');
  assert.equal(m.text, '组建紧密型县域医共体7个，𠀀');
  assert.deepEqual(m.ranges.map((r) => [r.start, r.end, r.text]), [[2, 10, '紧密型县域医共体'], [13, 15, '𠀀']]);
});

test('the sample reports are found beside the repository', () => {
  assert.ok(seedNames().length >= 5);
});

test('a missing snapshot fails the run: under CI nothing is written, outside CI it is written for review', () => {
  const name = `missing-${process.pid}`;
  const file = path.join(REPO_ROOT, 'test', 'snapshots', `${name}.json`);
  const saved = { CI: process.env.CI, UPDATE_SNAPSHOTS: process.env.UPDATE_SNAPSHOTS };
  const restore = (key: keyof typeof saved) => (saved[key] === undefined ? delete process.env[key] : (process.env[key] = saved[key]));
  try {
    process.env.CI = 'true';
    process.env.UPDATE_SNAPSHOTS = '1';
    assert.throws(() => matchSnapshot(name, ['a']), /is missing/);
    assert.ok(!fs.existsSync(file), 'CI writes no snapshot, even with UPDATE_SNAPSHOTS');
    delete process.env.CI;
    delete process.env.UPDATE_SNAPSHOTS;
    assert.throws(() => matchSnapshot(name, ['a']), /has been written/);
    assert.equal(fs.readFileSync(file, 'utf8'), '[\n "a"\n]\n');
    matchSnapshot(name, ['a']);
    assert.throws(() => matchSnapshot(name, ['b']), /changed/);
  } finally {
    restore('CI');
    restore('UPDATE_SNAPSHOTS');
    fs.rmSync(file, { force: true });
  }
});
