// The command-line tool as users install it on its own: `npm run pack:cli` packs report-lens-<version>.tgz,
// which must hold only the runtime files, install with `npm install -g` into an empty prefix without the
// registry (--offline: it has no dependencies to fetch), and whose `report-lens` command then works from a
// folder with no node_modules anywhere above it.
// Run: npm run test:cli-pack (CLI_TARBALL=path to test a tarball already packed).
import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const SAMPLE = 'qinghe-health-commission-2024.txt';
let tarball;
let prefix;
let work;
let bin;

before(() => {
  tarball = process.env.CLI_TARBALL
    ?? execFileSync(process.execPath, [path.join(root, 'scripts', 'package', 'pack-cli.mjs')], { cwd: root, encoding: 'utf8' }).trim().split('\n').pop();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'report-lens-cli-'));
  prefix = path.join(tmp, 'prefix');
  work = path.join(tmp, 'work');
  fs.mkdirSync(work, { recursive: true });
  fs.copyFileSync(path.join(root, 'samples', SAMPLE), path.join(work, SAMPLE));
  bin = path.join(prefix, 'bin', 'report-lens');
});
after(() => { if (prefix) fs.rmSync(path.dirname(prefix), { recursive: true, force: true }); });

/** Runs the installed command in the scratch folder. */
function run(args, input) {
  return spawnSync(bin, args, { cwd: work, input, encoding: 'utf8', env: { ...process.env, NODE_PATH: '', LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '' } });
}

test('the tarball holds the bundle, its manifest, README and LICENSE, nothing else', () => {
  const files = execFileSync('tar', ['tzf', tarball], { encoding: 'utf8' }).trim().split('\n').sort();
  assert.deepEqual(files, ['package/LICENSE', 'package/README.md', 'package/dist/cli.js', 'package/package.json']);
  const manifest = JSON.parse(execFileSync('tar', ['xzOf', tarball, 'package/package.json'], { encoding: 'utf8' }));
  assert.deepEqual(manifest.bin, { 'report-lens': 'dist/cli.js' });
  assert.equal(manifest.dependencies, undefined, 'the bundle needs no dependencies');
});

test('npm install -g of the tarball into an empty prefix works offline', () => {
  const r = spawnSync('npm', ['install', '-g', '--prefix', prefix, '--offline', '--no-audit', '--no-fund', tarball], { encoding: 'utf8', cwd: work });
  assert.equal(r.status, 0, `npm install failed:\n${r.stdout}\n${r.stderr}`);
  assert.ok(fs.existsSync(bin), `${bin} was not installed`);
  const installed = fs.readdirSync(path.join(prefix, 'lib', 'node_modules'));
  assert.deepEqual(installed, ['report-lens'], 'only report-lens itself is installed');
});

test('report-lens annotate --format json finds terms, figures, organisations and the outline', () => {
  const r = run(['annotate', '--format', 'json', SAMPLE]);
  assert.equal(r.status, 0, r.stderr);
  const { files: [file] } = JSON.parse(r.stdout);
  const kinds = new Set(file.annotations.map((a) => a.kind));
  assert.deepEqual([...kinds].sort(), ['figure', 'org', 'term']);
  const figure = file.annotations.find((a) => a.text === '1.5亿元');
  assert.equal(figure?.value, 150_000_000);
  assert.ok(file.annotations.some((a) => a.kind === 'term' && a.text === '紧密型县域医共体' && a.definition));
  const names = [];
  const walk = (list) => { for (const s of list ?? []) { names.push(s.name); walk(s.children); } };
  walk(file.outline);
  assert.ok(names.some((n) => n.startsWith('一、2024年工作开展情况')), `outline: ${names.join(' | ')}`);
});

test('report-lens annotate reads JSONL records from standard input', () => {
  const r = run(['annotate', '--format', 'jsonl', '-'], `${JSON.stringify({ id: 'a', text: '全市推进紧密型县域医共体建设，投入1.5亿元。' })}\n`);
  assert.equal(r.status, 0, r.stderr);
  const out = JSON.parse(r.stdout.trim());
  assert.equal(out.id, 'a');
  assert.ok(out.annotations.some((a) => a.kind === 'figure' && a.text === '1.5亿元'));
});

test('report-lens annotate --lean refers to the entries report-lens glossary prints', () => {
  const r = run(['annotate', '--format', 'jsonl', '--lean', '-'], `${JSON.stringify({ id: 'a', text: '全市推进紧密型县域医共体建设。' })}\n`);
  assert.equal(r.status, 0, r.stderr);
  const term = JSON.parse(r.stdout.trim()).annotations.find((a) => a.kind === 'term');
  assert.deepEqual(Object.keys(term), ['kind', 'start', 'end', 'text', 'termId']);
  const g = run(['glossary']);
  assert.equal(g.status, 0, g.stderr);
  const entry = JSON.parse(g.stdout).terms[term.termId];
  assert.equal(entry.canonical, '紧密型县域医共体');
  assert.ok(entry.definition.length > 10);
});

test('report-lens exports HTML and says so on a usage error', () => {
  const html = run(['annotate', '--format', 'html', SAMPLE]);
  assert.equal(html.status, 0, html.stderr);
  assert.match(html.stdout, /<html[\s>]/i);
  assert.match(html.stdout, /紧密型县域医共体/);
  const bad = run(['annotate', '--format', 'nonsense', SAMPLE]);
  assert.equal(bad.status, 2, 'a usage error exits 2');
});
