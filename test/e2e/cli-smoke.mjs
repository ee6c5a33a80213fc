// The command-line tool from the installed extension (E2E_MODE=package): `node <extension>/dist/cli.js`
// run from a folder with no node_modules above it, as a user with only the .vsix would run it. Checks
// that the bundle works on its own: annotations and outline in JSON, the text listing, an HTML export.
// Env: EXT_DIR (the installed extension's folder, required), WORK (scratch dir), RESULTS.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { stageChecks } from './stageChecks.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const ext = process.env.EXT_DIR;
if (!ext) { console.error('cli-smoke: EXT_DIR is required'); process.exit(2); }
const cli = path.join(ext, 'dist', 'cli.js');
const work = process.env.WORK ?? fs.mkdtempSync(path.join(os.tmpdir(), 'report-lens-cli-'));
const SAMPLE = 'qinghe-health-commission-2024.txt';
fs.mkdirSync(work, { recursive: true });
// The sample the package ships, so the check also says it is there.
fs.copyFileSync(path.join(ext, 'samples', SAMPLE), path.join(work, SAMPLE));

const { check, finish } = stageChecks('cli');
const run = (...args) => spawnSync(process.execPath, [cli, ...args], { cwd: work, encoding: 'utf8', timeout: 60_000, env: { ...process.env, NODE_PATH: '' } });

check('the installed package has no node_modules and its CLI lies outside the repository', () => {
  if (fs.existsSync(path.join(ext, 'node_modules'))) throw new Error(`${ext}/node_modules exists`);
  if (path.resolve(ext).startsWith(repo + path.sep)) throw new Error(`${ext} is inside the repository`);
});

check('annotate --format json: terms, figures, organisations and the outline', () => {
  const r = run('annotate', '--format', 'json', SAMPLE);
  if (r.status !== 0) throw new Error(`exit ${r.status}: ${r.stderr}`);
  const file = JSON.parse(r.stdout).files[0];
  const kinds = new Set(file.annotations.map((a) => a.kind));
  for (const k of ['term', 'figure', 'org']) if (!kinds.has(k)) throw new Error(`no ${k} annotations`);
  if (file.annotations.find((a) => a.text === '1.5亿元')?.value !== 150_000_000) throw new Error('1.5亿元 is not 150,000,000');
  const names = [];
  const walk = (l) => { for (const s of l ?? []) { names.push(s.name); walk(s.children); } };
  walk(file.outline);
  if (!names.some((n) => n.startsWith('三、2025年工作思路'))) throw new Error(`outline: ${names.join(' | ')}`);
});

check('annotate --format text lists the term with its definition', () => {
  const r = run('annotate', '--format', 'text', SAMPLE);
  if (r.status !== 0) throw new Error(`exit ${r.status}: ${r.stderr}`);
  if (!r.stdout.includes('紧密型县域医共体')) throw new Error(r.stdout.slice(0, 500));
});

check('annotate --format html --lang zh-cn writes a page with the highlights', () => {
  const r = run('annotate', '--format', 'html', '--lang', 'zh-cn', SAMPLE);
  if (r.status !== 0) throw new Error(`exit ${r.status}: ${r.stderr}`);
  if (!/<html[\s>]/i.test(r.stdout) || !r.stdout.includes('青禾市中心医院')) throw new Error(r.stdout.slice(0, 300));
});

finish();
