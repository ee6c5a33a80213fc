/** Shared helpers for the unit and LSP tests. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as assert from 'node:assert/strict';

export const REPO_ROOT = path.resolve(__dirname, '..');
/** The real sample reports live beside the repository, never inside it. */
export const SEEDS_DIR = process.env.REPORT_LENS_SEEDS ?? path.resolve(REPO_ROOT, '..', 'shared', 'seeds');

/** File names of the sample reports, sorted. */
export function seedNames(): string[] {
  return fs.readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.txt')).sort();
}

/** Text of one sample report, found by the start of its file name (e.g. "001"). */
export function readSeed(prefix: string): string {
  const name = seedNames().find((n) => n.startsWith(prefix));
  if (!name) throw new Error(`no seed report starting with ${prefix} in ${SEEDS_DIR}`);
  return fs.readFileSync(path.join(SEEDS_DIR, name), 'utf8');
}

/** The sample reports one after another, each followed by a blank line, until at least `chars` UTF-16 units. */
export function seedsRepeated(chars: number): string {
  const seeds = seedNames().map((n) => readSeed(n.slice(0, 3)));
  let out = '';
  for (let i = 0; out.length < chars; i++) out += seeds[i % seeds.length] + '\n\n';
  return out;
}

export interface Marked {
  text: string;
  /** Ranges marked with [[ ]] in the fixture, in order. */
  ranges: { start: number; end: number; text: string }[];
}

/**
 * Parses a fixture where ranges are marked with `[[` and `]]`:
 * `parseMarked('组建[[紧密型县域医共体]]7个')` gives the text without markers and the marked range.
 */
export function parseMarked(fixture: string): Marked {
  let text = '';
  const ranges: Marked['ranges'] = [];
  let open = -1;
  for (let i = 0; i < fixture.length; i++) {
    if (fixture.startsWith('[[', i)) { open = text.length; i++; continue; }
    if (fixture.startsWith(']]', i) && open >= 0) {
      ranges.push({ start: open, end: text.length, text: text.slice(open) });
      open = -1; i++; continue;
    }
    text += fixture[i];
  }
  return { text, ranges };
}

/**
 * Compares `actual` with the JSON snapshot `test/snapshots/<name>.json`.
 * Run with UPDATE_SNAPSHOTS=1 to write it; review the diff before committing. A missing snapshot
 * fails the run: outside CI it is written first, for review; under CI (CI set) nothing is written,
 * and UPDATE_SNAPSHOTS is ignored, so that CI only ever compares.
 */
export function matchSnapshot(name: string, actual: unknown): void {
  const file = path.join(REPO_ROOT, 'test', 'snapshots', `${name}.json`);
  const json = JSON.stringify(actual, null, 1) + '\n';
  const write = () => {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, json);
  };
  if (process.env.UPDATE_SNAPSHOTS && !process.env.CI) {
    write();
    return;
  }
  if (!fs.existsSync(file)) {
    // A snapshot written by the run that checks it checks nothing: that run fails either way.
    if (process.env.CI) assert.fail(`snapshot ${name} is missing; run UPDATE_SNAPSHOTS=1 npm test and commit it`);
    write();
    assert.fail(`snapshot ${name} was missing and has been written to test/snapshots/${name}.json: review it, then run the tests again`);
  }
  assert.equal(json, fs.readFileSync(file, 'utf8'), `snapshot ${name} changed; if intended, run UPDATE_SNAPSHOTS=1 npm test and review the diff`);
}
