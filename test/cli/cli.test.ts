/** The command-line interface, run as users run it: node dist/cli.js … */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { REPO_ROOT, SEEDS_DIR, seedNames } from '../helpers';
import { ENGLISH_ENV } from './env';

const CLI = path.join(REPO_ROOT, 'dist', 'cli.js');
const run = (args: string[], input?: string) => {
  const r = spawnSync(process.execPath, [CLI, ...args], { input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: ENGLISH_ENV });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'report-lens-cli-'));
const write = (name: string, data: string | Uint8Array) => {
  const f = path.join(tmp, name);
  fs.writeFileSync(f, data);
  return f;
};

interface Out { files: { path: string; skipped?: string; annotations: { kind: string; start: number; end: number; text: string; [k: string]: unknown }[]; outline: { name: string; level: number; line: number; endLine: number; children: unknown[] }[] }[] }

test('annotate --format json: every annotation is the file text at its UTF-16 offsets; outline lines are 0-based', () => {
  const files = seedNames().map((n) => path.join(SEEDS_DIR, n));
  const r = run(['annotate', '--format', 'json', ...files]);
  assert.equal(r.code, 0, r.err);
  const out = JSON.parse(r.out) as Out;
  assert.equal(out.files.length, files.length);
  for (const f of out.files) {
    const text = fs.readFileSync(f.path, 'utf8').replace(/^\uFEFF/, '');
    const lines = text.split(/\r\n|\r|\n/);
    assert.ok(f.annotations.length > 20, f.path);
    for (const a of f.annotations) {
      assert.ok(['term', 'figure', 'org'].includes(a.kind));
      assert.equal(text.slice(a.start, a.end), a.text);
    }
    for (const kind of ['term', 'figure', 'org']) assert.ok(f.annotations.some((a) => a.kind === kind), `${f.path} has ${kind}`);
    const walk = (nodes: Out['files'][0]['outline']) => {
      for (const n of nodes) {
        assert.ok(n.line <= n.endLine && n.endLine < lines.length);
        assert.ok(lines[n.line].trim().length > 0, `heading line ${n.line} of ${f.path} is not blank`);
        walk(n.children as never);
      }
    };
    walk(f.outline);
  }
  const money = out.files.flatMap((f) => f.annotations).find((a) => a.text === '1.5亿元');
  assert.equal(money?.value, 150000000);
});

test('BOM, CRLF and astral characters: offsets are into the text without the BOM', () => {
  const text = '𠀀😀组建紧密型县域医共体7个。\r\n投入1.5亿元。\r\n';
  const f = write('bom.txt', '\uFEFF' + text);
  const out = JSON.parse(run(['annotate', f]).out) as Out;
  for (const a of out.files[0].annotations) assert.equal(text.slice(a.start, a.end), a.text);
  const term = out.files[0].annotations.find((a) => a.kind === 'term');
  assert.equal(term?.start, 6);
});

test('GB18030 files are decoded, UTF-16 with BOM too', () => {
  // 卫生 in GB18030: CE C0 C9 FA; 医共体: D2 BD B9 B2 CC E5
  const gb = Uint8Array.from([0xd2, 0xbd, 0xb9, 0xb2, 0xcc, 0xe5, 0xbd, 0xa8, 0xc9, 0xe8]);
  const r = run(['annotate', write('gb.txt', gb)]);
  assert.equal(r.code, 0);
  assert.match(r.err, /gb18030/);
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('投入1.5亿元', 'utf16le')]);
  const out = JSON.parse(run(['annotate', write('u16.txt', utf16)]).out) as Out;
  assert.ok(out.files[0].annotations.some((a) => a.text === '1.5亿元'));
});

test('a missing file fails with a clear message; a binary file is reported and skipped', () => {
  const missing = run(['annotate', path.join(tmp, 'nope.txt')]);
  assert.equal(missing.code, 1);
  assert.match(missing.err, /cannot read .*nope\.txt: no such file/);
  const bin = write('x.txt', Uint8Array.from([0x50, 0x4b, 3, 4, 0, 0, 0, 0, 0xff]));
  const r = run(['annotate', bin]);
  assert.equal(r.code, 0);
  assert.match(r.err, /binary/);
  assert.deepEqual((JSON.parse(r.out) as Out).files[0], { path: bin, skipped: 'binary', annotations: [], outline: [] });
});

test('--format jsonl - reads {"id","text"} records and writes {"id","annotations"} per line', () => {
  const input = [
    JSON.stringify({ id: 'a', text: '市卫健委投入1.5亿元推进三医协同。' }),
    '',
    'not json',
    JSON.stringify({ id: 7, text: '' }),
  ].join('\n');
  const r = run(['annotate', '--format', 'jsonl', '-'], input);
  assert.equal(r.code, 1, 'a bad record makes the exit status non-zero');
  const lines = r.out.trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(lines.length, 3);
  assert.equal(lines[0].id, 'a');
  assert.ok(lines[0].annotations.some((a: { kind: string; text: string }) => a.kind === 'figure' && a.text === '1.5亿元'));
  assert.ok(lines[0].annotations.some((a: { kind: string }) => a.kind === 'org'));
  assert.ok(lines[1].error);
  assert.deepEqual(lines[2], { id: 7, annotations: [] });
});

test('usage errors exit 2 with the usage text', () => {
  for (const args of [[], ['frobnicate'], ['annotate'], ['annotate', '--format', 'xml', 'a.txt'], ['annotate', '-']]) {
    const r = run(args);
    assert.equal(r.code, 2, args.join(' '));
    assert.match(r.err, /Usage:/);
  }
});

test('an extra glossary adds terms; a broken one is reported with its line', () => {
  const g = write('team.glossary.json', JSON.stringify({ version: 1, entries: [{ id: 'blue', term: '蓝鲸计划', definition: '团队术语。', category: 'other' }] }));
  const out = JSON.parse(run(['annotate', '--glossary', g, write('t.txt', '启动蓝鲸计划。')]).out) as Out;
  assert.ok(out.files[0].annotations.some((a) => a.kind === 'term' && a.text === '蓝鲸计划' && a.definition === '团队术语。'));
  const bad = write('bad.glossary.json', '{\n "version": 1,\n "entries": [ {"id": 1} ]\n}');
  const r = run(['annotate', '--glossary', bad, write('u.txt', '启动。')]);
  assert.match(r.err, /bad\.glossary\.json:\d+:\d+: /);
});

test('annotate --format text: the outline with its lines, then each annotation with its place and what it means', () => {
  const file = write('listing.txt', '关于印发某市托育服务体系建设三年行动计划\n（2024—2026年）的通知\n\n一、工作目标\n到2026年底，全市每千人口托位数达到4.5个，投入1.5亿元，覆盖3-11岁儿童，覆盖率86.43%，2024—2026年间完成。\n');
  const r = run(['annotate', '--format', 'text', file]);
  assert.equal(r.code, 0, r.err);
  const lines = r.out.split('\n');
  assert.deepEqual(lines.slice(1, 4), ['-- outline', '关于印发某市托育服务体系建设三年行动计划（2024—2026年）的通知  (line 1)', '  一、工作目标  (line 4)']);
  assert.ok(lines.includes('-- annotations'));
  assert.ok(lines.some((l) => /^5:\d+ +figure 2024—2026年  → range 2024\/2026$/.test(l)), 'a period: its ISO interval only');
  // The years in brackets after the plan's name, in the title, are the name's.
  assert.ok(!lines.some((l) => /^2:2 +figure/.test(l)), 'no figure in a plan\'s name');
  assert.ok(lines.some((l) => /^5:27 +figure 1\.5亿元  → money 150,000,000 元$/.test(l)), 'money: value and unit, as the hover shows them');
  assert.ok(lines.some((l) => /figure 86\.43%  → percent 86\.43%$/.test(l)), 'a percentage as written, not the fraction the JSON keeps');
  assert.ok(lines.some((l) => /figure 3-11岁  → \w+ 3–11 岁$/.test(l)), 'a range: lower–upper and unit');
  assert.ok(lines.some((l) => /term +每千人口托位数  → /.test(l)));
  // A blank inside a span stays one (a time after its date).
  const spaced = run(['annotate', '--format', 'text', write('spaced.txt', '发布时间：2026-03-20 09:56\n')]).out.split('\n');
  assert.ok(spaced.some((l) => /figure 2026-03-20 09:56  → date 2026-03-20T09:56$/.test(l)), spaced.join('\n'));
});
