/**
 * The core's long work runs in steps whose size follows the pace of the code (core/steps.ts, StepSizer): a
 * new process runs it many times slower until it is compiled. What the core finds must not depend on where
 * its steps end: the sample reports, with and without their blank lines (a text extracted from a PDF often
 * has none, and the outline then cuts one block of thousands of lines across steps), give the same
 * annotations, outline and findings with steps of one unit, a few, and more than the text.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { Analyzer, WHOLE_DOCUMENT } from '../../server/src/core/analyze';
import { checkAnalysis } from '../../server/src/core/checks';
import { builtinGlossary } from '../../server/src/core/glossary';
import { finish, withStepSize } from '../../server/src/core/steps';
import { TermMatcher } from '../../server/src/core/terms';
import { readSeed, seedNames } from '../helpers';

const matcher = new TermMatcher([builtinGlossary()]);

/** Everything the core finds in a text, as JSON. */
function found(text: string): string {
  const a = new Analyzer(matcher).analyze(text);
  finish(a.prepare(WHOLE_DOCUMENT));
  return JSON.stringify({ terms: a.terms, figures: a.figures, orgs: a.orgs, outline: a.outline, findings: checkAnalysis(a) });
}

const texts = seedNames().flatMap((name) => {
  const text = readSeed(name.slice(0, 3));
  return [
    { name, text },
    { name: `${name} without blank lines`, text: text.replace(/\n[ \t\u3000]*(?=\r?\n)/g, '') },
  ];
});

for (const { name, text } of texts) {
  test(`${name}: the same results whatever the size of the steps`, () => {
    const whole = withStepSize(1 << 30, () => found(text));
    assert.ok(whole.length > 1000);
    for (const size of [1, 3, 64]) assert.equal(withStepSize(size, () => found(text)), whole, `steps of ${size}`);
  });
}

test('a text without blank lines (one block of 20,000 lines) is cut into units in steps, not in one', () => {
  const text = '芜湖市卫健委推进医共体建设，投入1.5亿元。\n'.repeat(20000);
  const a = new Analyzer(matcher).analyze(text);
  const steps = withStepSize(100, () => {
    let n = 0;
    const outline = a.prepare(['outline']);
    for (let r = outline.next(); !r.done; r = outline.next()) n++;
    return n;
  });
  // Steps of 100 lines: 200 to cut the lines into units, 200 more to place the headings (and the few of
  // cutting the text into lines). Cut in one step, the block made it some 200 in all.
  assert.ok(steps >= 400, `${steps} steps`);
});
