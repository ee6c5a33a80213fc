/**
 * The V8 flags of shared/engine.ts: the command line's process analyses with allocation-site pretenuring
 * off. V8 traces its pretenuring decisions with --trace-pretenuring-statistics ("… => tenure" when a place
 * in the code starts making its objects old); the same analysis without the flags makes such decisions,
 * so the trace can tell the two apart.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { REPO_ROOT, seedsRepeated } from '../helpers';

const CLI = path.join(REPO_ROOT, 'dist', 'cli.js');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'report-lens-engine-'));
const input = path.join(tmp, 'reports.txt');
// About 1 MB of reports: enough analysis for V8 to decide about the places that make the results.
fs.writeFileSync(input, seedsRepeated(350_000));

/** V8's decisions to make a place's objects old, or to think about it ("=> tenure", "=> maybe tenure"). */
const toTenure = (out: string) => out.split('\n').filter((l) => l.includes('pretenuring:') && /=> (maybe )?tenure$/.test(l.trim()));

test('without the engine flags, the analysis makes V8 make some of its results old (the trace sees it)', () => {
  const script = `const { Analyzer } = require(${JSON.stringify(path.join(REPO_ROOT, 'server/src/core/analyze'))});
const { TermMatcher } = require(${JSON.stringify(path.join(REPO_ROOT, 'server/src/core/terms'))});
const { builtinGlossary } = require(${JSON.stringify(path.join(REPO_ROOT, 'server/src/core/glossary'))});
const a = new Analyzer(new TermMatcher([builtinGlossary()])).analyze(require('fs').readFileSync(${JSON.stringify(input)}, 'utf8'));
void a.terms; void a.figures; void a.orgs; void a.outline;`;
  const r = spawnSync(process.execPath, ['--trace-pretenuring-statistics', '--require', 'tsx/cjs', '-e', script], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, cwd: REPO_ROOT });
  assert.equal(r.status, 0, r.stderr);
  assert.ok(toTenure(r.stdout).length > 0, `no tenure decision in:\n${r.stdout.slice(0, 2000)}`);
});

test('report-lens annotate runs with allocation-site pretenuring off: V8 makes none of its results old', () => {
  // V8's trace goes to standard output too, so the JSON is only looked at for its annotations.
  const r = spawnSync(process.execPath, ['--trace-pretenuring-statistics', CLI, 'annotate', '--format', 'json', input], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  assert.equal(r.status, 0, r.stderr);
  assert.ok(r.stdout.split('"kind":"org"').length > 1000, 'the reports were analysed');
  assert.deepEqual(toTenure(r.stdout), []);
});
