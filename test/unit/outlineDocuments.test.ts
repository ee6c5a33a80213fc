/**
 * The outline of the committed development documents of the held-out evaluation (test/eval, dev ids only:
 * the test split's texts are not for tuning), as reviewed snapshots: any change shows up in review.
 * After a deliberate change: UPDATE_SNAPSHOTS=1 npm test, then read the diff.
 */
import { test } from 'node:test';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { findOutline, flattenOutline } from '../../server/src/core/outline';
import { matchSnapshot, REPO_ROOT } from '../helpers';
import { assertWellFormed } from '../outlineHelpers';

const EVAL = path.join(REPO_ROOT, 'test', 'eval');
const split = JSON.parse(fs.readFileSync(path.join(EVAL, 'split.json'), 'utf8')) as { dev: string[] };
const committed = split.dev.filter((id) => fs.existsSync(path.join(EVAL, 'docs', `${id}.txt`)));

for (const id of committed) {
  test(`outline of dev document ${id}`, () => {
    const text = fs.readFileSync(path.join(EVAL, 'docs', `${id}.txt`), 'utf8').replace(/^\uFEFF/, '');
    const outline = findOutline(text);
    assertWellFormed(text, outline);
    const lines = flattenOutline(outline).map(
      (n) => `${'  '.repeat(n.level - 1)}${n.style} ${n.line}${n.endLine > n.line ? `-${n.endLine}` : ''}→${n.sectionEndLine} ${n.name}${n.inline ? ' (inline)' : ''}`,
    );
    matchSnapshot(`outline-dev-${id}`, lines);
  });
}
