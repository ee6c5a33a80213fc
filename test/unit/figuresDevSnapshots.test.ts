/**
 * The figures of every committed dev document of the held-out set (test/eval/docs, dev ids of
 * split.json; never the test split), as reviewed snapshots: a change in what is found shows in review.
 * After a deliberate change: UPDATE_SNAPSHOTS=1 npm test, then read the diff.
 */
import { test } from 'node:test';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Analyzer } from '../../server/src/core/analyze';
import { builtinGlossary } from '../../server/src/core/glossary';
import { TermMatcher } from '../../server/src/core/terms';
import type { FigureAnnotation } from '../../server/src/core/types';
import { REPO_ROOT, matchSnapshot } from '../helpers';

const EVAL = path.join(REPO_ROOT, 'test', 'eval');
const split = JSON.parse(fs.readFileSync(path.join(EVAL, 'split.json'), 'utf8')) as { dev: string[] };
const analyzer = new Analyzer(new TermMatcher([builtinGlossary()]));

/** One line per figure, easy to read in a diff. */
function line(f: FigureAnnotation): string {
  const value = f.dates?.join(',') ?? f.date ?? (f.value === null ? '∅' : String(f.value)) + (f.valueHigh !== undefined ? `–${f.valueHigh}` : '');
  return `${f.start}-${f.end} ${f.text.replace(/\r?\n/g, '⏎')} → ${f.figureKind} ${value} ${f.unit}${f.approx ? ` (${f.approx})` : ''}${f.scope ? ` @${f.scope}` : ''}`;
}

for (const id of split.dev) {
  const file = path.join(EVAL, 'docs', `${id}.txt`);
  if (!fs.existsSync(file)) continue; // a news page: only its address and gold are committed
  test(`figures of dev document ${id}`, () => {
    matchSnapshot(`figures-dev-${id}`, analyzer.analyze(fs.readFileSync(file, 'utf8')).figures.map(line));
  });
}
