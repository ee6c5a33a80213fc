/**
 * The command line against what users and scripts do to it: a pipe closed early (`| head`), a hostile
 * glossary, a UTF-8 report with one bad byte, and the conventions (--help, --version exit 0).
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { REPO_ROOT, SEEDS_DIR, seedNames } from '../helpers';
import { ENGLISH_ENV } from './env';

// REPORT_LENS_CLI: another bundle (an older build, to see a test fail before its fix).
const CLI = process.env.REPORT_LENS_CLI ?? path.join(REPO_ROOT, 'dist', 'cli.js');
const run = (args: string[], input?: string) => {
  const r = spawnSync(process.execPath, [CLI, ...args], { input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 60_000, env: ENGLISH_ENV });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'report-lens-cli-rel-'));
const write = (name: string, data: string | Uint8Array) => {
  const f = path.join(tmp, name);
  fs.writeFileSync(f, data);
  return f;
};
const seeds = seedNames().map((n) => path.join(SEEDS_DIR, n));

test('annotate … | head: the reader closing the pipe ends the run quietly with status 0', async () => {
  // Many reports, so that the output goes on long after the reader has gone.
  const inputs = Array.from({ length: 40 }, (_, i) => seeds[i % seeds.length]);
  for (const format of ['text', 'jsonl']) {
    const child = spawn(process.execPath, [CLI, 'annotate', '--format', format, ...inputs], { stdio: ['ignore', 'pipe', 'pipe'], env: ENGLISH_ENV });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    // Like `head -c 100`: read a little, then close the pipe.
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    assert.equal(code, 0, `${format}: exit ${code}; stderr: ${err}`);
    assert.equal(err, '', `${format}: nothing on stderr`);
  }
});

test('annotate | head through a shell: no EPIPE stack trace, the pipeline succeeds', () => {
  const r = spawnSync('bash', ['-c', `set -o pipefail; "${process.execPath}" "${CLI}" annotate --format text ${seeds.map((s) => `"${s}" "${s}" "${s}"`).join(' ')} | head -n 3`], { encoding: 'utf8', env: ENGLISH_ENV });
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout.split('\n').length, 4);
  assert.doesNotMatch(r.stderr, /EPIPE|at /);
});

test('a glossary of 200,000 nested [ is one line on stderr, and the run goes on and exits cleanly', () => {
  const deep = write('deep.glossary.json', '['.repeat(200_000));
  const r = run(['annotate', '--glossary', deep, seeds[0]]);
  assert.equal(r.code, 0, r.err);
  const lines = r.err.trim().split('\n');
  assert.equal(lines.length, 1, r.err);
  assert.match(lines[0], /deep\.glossary\.json:1:\d+: .*nested more than \d+ levels/);
  assert.ok((JSON.parse(r.out) as { files: unknown[] }).files.length === 1);
  // Nested objects, and brackets inside strings and comments, which do not count.
  const objects = write('objects.glossary.json', '{"a":'.repeat(100_000));
  assert.equal(run(['annotate', '--glossary', objects, seeds[0]]).code, 0);
  const quoted = write('quoted.glossary.json', `// [[[[ ${'['.repeat(1000)}\n{"version": 1, "name": "${'['.repeat(100_000)}", "entries": [{"id": "blue", "term": "蓝鲸计划", "definition": "团队术语。", "category": "other"}]}`);
  const ok = run(['annotate', '--format', 'text', '--glossary', quoted, write('blue.txt', '今年启动蓝鲸计划。\n')]);
  assert.equal(ok.code, 0, ok.err);
  assert.match(ok.out, /蓝鲸计划/);
});

test('a UTF-8 report with one bad byte: read as UTF-8 with a warning naming the offset; the annotations are kept', () => {
  const clean = fs.readFileSync(seeds[1]);
  const at = clean.indexOf(Buffer.from('。', 'utf8'), clean.length >> 1) + 3;
  const broken = write('one-bad-byte.txt', Buffer.concat([clean.subarray(0, at), Buffer.from([0xfe]), clean.subarray(at)]));
  const good = JSON.parse(run(['annotate', seeds[1]]).out).files[0].annotations.length as number;
  const r = run(['annotate', broken]);
  assert.equal(r.code, 0, r.err);
  assert.match(r.err, new RegExp(`one-bad-byte\\.txt: byte ${at} is not valid UTF-8`));
  const got = JSON.parse(r.out).files[0].annotations.length as number;
  assert.ok(got >= good - 2, `${got} annotations with the bad byte, ${good} without`);
});

test('--version, --help, annotate --help and import --help print and exit 0', () => {
  const version = run(['--version']);
  assert.equal(version.code, 0);
  assert.match(version.out.trim(), /^(\d+\.\d+\.\d+\S*|dev)$/);
  for (const args of [['--help'], ['-h'], ['help'], ['annotate', '--help'], ['annotate', '-h'], ['import', '--help'], ['import', '-h']]) {
    const r = run(args);
    assert.equal(r.code, 0, `${args.join(' ')}: ${r.err}`);
    assert.match(r.out, /Usage:/, args.join(' '));
    assert.equal(r.err, '', args.join(' '));
  }
  assert.match(run(['import', '--help']).out, /report-lens import/);
  assert.match(run(['annotate', '--help']).out, /report-lens annotate/);
});
