/**
 * The command line in the user's language: messages and help in Simplified Chinese when --lang, LC_ALL,
 * LC_MESSAGES or LANG say Chinese, English otherwise; what it writes for scripts (JSON) is the same in both.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { REPO_ROOT, SEEDS_DIR, seedNames } from '../helpers';
import { l10nFor } from '../../server/src/core/l10n';
import { helpText, type HelpTopic } from '../../server/src/cli/usage';
import { ENGLISH_ENV } from './env';

const CLI = path.join(REPO_ROOT, 'dist', 'cli.js');
const run = (args: string[], env: NodeJS.ProcessEnv, input?: string) => {
  const r = spawnSync(process.execPath, [CLI, ...args], { input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...ENGLISH_ENV, ...env } });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
const CHINESE = { LANG: 'zh_CN.UTF-8' };

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'report-lens-l10n-'));
const folder = path.join(tmp, 'reports');
fs.mkdirSync(path.join(folder, 'empty'), { recursive: true });
fs.copyFileSync(path.join(SEEDS_DIR, seedNames()[0]), path.join(folder, 'a.txt'));
fs.writeFileSync(path.join(folder, 'b.txt'), Uint8Array.from({ length: 3000 }, (_, i) => (i * 7919) % 256));

test('annotate: the same JSON in both languages, its messages in Chinese with LANG=zh_CN (worker threads too)', () => {
  for (const jobs of ['1', '2']) {
    const en = run(['annotate', '--format', 'jsonl', '--jobs', jobs, folder, path.join(folder, 'empty')], {});
    const zh = run(['annotate', '--format', 'jsonl', '--jobs', jobs, folder, path.join(folder, 'empty')], CHINESE);
    assert.equal(zh.code, 0, zh.err);
    assert.equal(zh.out, en.out, `--jobs ${jobs}: the output is the same`);
    assert.ok(zh.out.includes('"skipped":"binary"'));
    assert.match(en.err, /b\.txt looks like a binary file; skipped/);
    assert.match(zh.err, /b\.txt 看起来是二进制文件，已跳过/, `--jobs ${jobs}`);
    assert.match(zh.err, /empty 下没有报告（\.txt、\.report）/);
    assert.doesNotMatch(zh.err, /looks like|no reports/);
  }
});

test('annotate: the bad records of a stream are told in Chinese, and their error records stay as scripts read them', () => {
  const input = '{"id":1,"text":"分级诊疗"}\nnot json\n{"id":3}\n';
  const zh = run(['annotate', '--format', 'jsonl', '-'], CHINESE, input);
  const en = run(['annotate', '--format', 'jsonl', '-'], {}, input);
  assert.equal(zh.code, 1);
  assert.equal(zh.out, en.out);
  assert.match(zh.out, /"error":"not JSON"/);
  assert.match(zh.err, /标准输入第 2 行：不是 JSON 对象/);
  assert.match(zh.err, /标准输入第 3 行：记录中没有 "text" 字符串/);
});

test('annotate --format text: the headings of the listing in Chinese', () => {
  const file = path.join(folder, 'a.txt');
  const zh = run(['annotate', '--format', 'text', '--lang', 'zh-cn', file], {});
  assert.equal(zh.code, 0, zh.err);
  assert.match(zh.out, /^-- 提纲$/m);
  assert.match(zh.out, /^-- 标注$/m);
  assert.match(zh.out, /（第 \d+ 行）/);
  const en = run(['annotate', '--format', 'text', file], {});
  assert.match(en.out, /^-- outline$/m);
  assert.match(en.out, /\(line \d+\)/);
});

test('the language: --lang first, then LC_ALL, LC_MESSAGES, LANG; C and unknown languages are English', () => {
  const summary = (env: NodeJS.ProcessEnv, ...lang: string[]) => run(['check', ...lang, path.join(folder, 'a.txt')], env).err.trim().split('\n').pop()!;
  assert.match(summary(CHINESE), /^report-lens: 1 个文件中共有 \d+ 个错误、\d+ 个警告、\d+ 个提示$/);
  assert.match(summary({}), /^report-lens: \d+ errors?, \d+ warnings?, \d+ notes? in 1 file$/);
  assert.match(summary(CHINESE, '--lang', 'en'), /in 1 file$/);
  assert.match(summary({ LANG: 'C' }, '--lang', 'zh-cn'), /1 个文件中共有/);
  assert.match(summary({ LC_ALL: 'en_US.UTF-8', LANG: 'zh_CN.UTF-8' }), /in 1 file$/);
  assert.match(summary({ LC_MESSAGES: 'zh_CN.UTF-8', LANG: 'en_US.UTF-8' }), /1 个文件中共有/);
  assert.match(summary({ LANG: 'fr_FR.UTF-8' }), /in 1 file$/);
});

test('usage errors and help in Chinese', () => {
  const bad = run(['annotate', '--format', 'xml', path.join(folder, 'a.txt')], CHINESE);
  assert.equal(bad.code, 2);
  assert.match(bad.err, /^report-lens: 未知格式“xml”（可用：json, jsonl, text, /);
  assert.match(bad.err, /用法：/);
  const jobs = run(['annotate', '--jobs', 'many', path.join(folder, 'a.txt')], CHINESE);
  assert.match(jobs.err, /--jobs 需要不小于 1 的整数线程数（收到的是“many”）/);
  const unknown = run(['annotate', '--formt', 'json'], CHINESE);
  assert.equal(unknown.code, 2);
  assert.match(unknown.err, /Unknown option '--formt'/, "Node's own message, as it is");
  const help = run(['check', '--help'], CHINESE);
  assert.equal(help.code, 0);
  assert.equal(help.out, helpText('check', l10nFor('zh-cn')) + '\n');
  assert.equal(run(['--help'], {}).out, helpText('usage', l10nFor('en')) + '\n');
  const missing = run(['check', path.join(tmp, 'nope.txt')], CHINESE);
  assert.match(missing.err, /无法读取 .*nope\.txt：文件不存在/);
  assert.match(run(['check', path.join(folder, 'empty')], CHINESE).err, /empty 下没有报告/, 'check names an empty folder too');
  assert.match(run(['annotate', '--format', 'csv', path.join(folder, 'empty')], {}).err, /no reports \(\.txt, \.report\) under .*empty/, 'and so does an export');
  assert.match(run(['import', '--lang', 'zh-cn', path.join(tmp, 'none.ann')], {}).err, /无法读取 .*none\.ann：文件不存在/);
  assert.match(run(['glossary', '--lang', 'zh-cn', 'x'], {}).err, /glossary 命令不接受文件/);
});

test('the help texts say the same in both languages: the same commands, options and JSON fields', () => {
  const zh = l10nFor('zh-cn');
  const en = l10nFor('en');
  const words = (s: string) => new Set(s.match(/--format [a-z|]+|--[a-z][a-z-]*|"[a-zA-Z<>]+"|report-lens [a-z]+/g));
  for (const topic of ['usage', 'annotate', 'import', 'glossary', 'check'] as HelpTopic[]) {
    assert.notEqual(helpText(topic, zh), helpText(topic, en), topic);
    assert.deepEqual([...words(helpText(topic, zh))].sort(), [...words(helpText(topic, en))].sort(), topic);
    assert.match(helpText(topic, zh), /[\u4e00-\u9fff]/, `${topic} is in Chinese`);
  }
});
