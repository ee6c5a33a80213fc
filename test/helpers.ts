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
 * Run with UPDATE_SNAPSHOTS=1 to write it; review the diff before committing.
 */
export function matchSnapshot(name: string, actual: unknown): void {
  const file = path.join(REPO_ROOT, 'test', 'snapshots', `${name}.json`);
  const json = JSON.stringify(actual, null, 1) + '\n';
  if (process.env.UPDATE_SNAPSHOTS || !fs.existsSync(file)) {
    if (!process.env.UPDATE_SNAPSHOTS && process.env.CI) {
      assert.fail(`snapshot ${name} is missing; run UPDATE_SNAPSHOTS=1 npm test and commit it`);
    }
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, json);
    return;
  }
  assert.equal(json, fs.readFileSync(file, 'utf8'), `snapshot ${name} changed; if intended, run UPDATE_SNAPSHOTS=1 npm test and review the diff`);
}
