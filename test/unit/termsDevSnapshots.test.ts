/**
 * The terms found in the committed documents of the held-out dev split (test/eval/docs, dev ids only:
 * the test split is never looked at while tuning), as reviewed snapshots. After a deliberate change:
 * UPDATE_SNAPSHOTS=1 npm test, then read the diff.
 */
import { test } from 'node:test';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Analyzer } from '../../server/src/core/analyze';
import { builtinGlossary } from '../../server/src/core/glossary';
import { TermMatcher } from '../../server/src/core/terms';
import { matchSnapshot, REPO_ROOT } from '../helpers';

const analyzer = new Analyzer(new TermMatcher([builtinGlossary()]));
const evalDir = path.join(REPO_ROOT, 'test', 'eval');
const dev: string[] = JSON.parse(fs.readFileSync(path.join(evalDir, 'split.json'), 'utf8')).dev;

for (const id of dev) {
  const file = path.join(evalDir, 'docs', `${id}.txt`);
  // Pages kept as address and annotations only have no committed text.
  if (!fs.existsSync(file)) continue;
  test(`terms of dev document ${id}`, () => {
    const text = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
    const lines = analyzer.analyze(text).terms.map((t) => `${t.start}-${t.end} ${t.text.replace(/\r?\n/g, '⏎')} → ${t.candidate ? 'candidate' : `${t.canonical} [${t.category}]`}`);
    matchSnapshot(`terms-dev-${id}`, lines);
  });
}
