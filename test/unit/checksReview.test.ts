/**
 * The proofreading checks on real documents stay as reviewed: test/eval/checks-review.jsonl holds every
 * diagnostic on the sample reports and the held-out documents with a reviewer's verdict (right or wrong). A
 * new diagnostic, or one that is no longer found, fails here until the list is updated and the new ones
 * reviewed (node scripts/eval/checks.mjs --update; see test/eval/README.md).
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Analyzer } from '../../server/src/core/analyze';
import { builtinGlossary } from '../../server/src/core/glossary';
import { TermMatcher } from '../../server/src/core/terms';
import { checkAnalysis } from '../../server/src/core/checks';
import { REPO_ROOT, SEEDS_DIR } from '../helpers';

interface Reviewed {
  doc: string;
  code: string;
  start: number;
  end: number;
  text?: string;
  verdict: string;
  note?: string;
}

const reviewed: Reviewed[] = fs
  .readFileSync(path.join(REPO_ROOT, 'test', 'eval', 'checks-review.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l));

/** The text of a reviewed document, when it is on this machine (local pages may not be). */
function textOf(doc: string): string | undefined {
  const [where, id] = doc.split('/');
  const file = where === 'seeds' ? path.join(SEEDS_DIR, `${id}.txt`) : path.join(REPO_ROOT, 'test', 'eval', where, `${id}.txt`);
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '') : undefined;
}

test('every diagnostic on the reviewed documents is in the list, with a verdict, and every listed one is still found', () => {
  const analyzer = new Analyzer(new TermMatcher([builtinGlossary()]));
  const docs = new Set(reviewed.map((r) => r.doc));
  for (const dir of ['docs']) for (const f of fs.readdirSync(path.join(REPO_ROOT, 'test', 'eval', dir))) if (f.endsWith('.txt')) docs.add(`${dir}/${f.slice(0, -4)}`);
  for (const f of fs.readdirSync(SEEDS_DIR)) if (f.endsWith('.txt')) docs.add(`seeds/${f.slice(0, -4)}`);
  let compared = 0;
  for (const doc of [...docs].sort()) {
    const text = textOf(doc);
    if (text === undefined) continue;
    compared++;
    const found = checkAnalysis(analyzer.analyze(text)).map((f) => `${f.code} ${f.start}-${f.end}`);
    const listed = reviewed.filter((r) => r.doc === doc).map((r) => `${r.code} ${r.start}-${r.end}`);
    assert.deepEqual(found, listed, `${doc}: run node scripts/eval/checks.mjs --update and review the new lines`);
    for (const r of reviewed.filter((x) => x.doc === doc && x.text !== undefined)) assert.equal(text.slice(r.start, r.end), r.text, `${doc} ${r.code} ${r.start}`);
  }
  assert.ok(compared >= 35, `only ${compared} documents compared`);
  assert.deepEqual(reviewed.filter((r) => r.verdict !== 'right' && r.verdict !== 'wrong'), [], 'diagnostics without a verdict');
});

test('precision on the reviewed documents: at least 90% right in all, no rule below 80%', () => {
  const byRule = new Map<string, { right: number; all: number }>();
  for (const r of reviewed) {
    const t = byRule.get(r.code) ?? { right: 0, all: 0 };
    t.all++;
    if (r.verdict === 'right') t.right++;
    byRule.set(r.code, t);
  }
  const right = reviewed.filter((r) => r.verdict === 'right').length;
  assert.ok(right / reviewed.length >= 0.9, `${right} of ${reviewed.length} right`);
  for (const [code, t] of byRule) assert.ok(t.right / t.all >= 0.8, `${code}: ${t.right} of ${t.all} right`);
});
