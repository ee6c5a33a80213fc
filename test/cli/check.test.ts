/** `report-lens check`, run as users run it: the listing, JSON, SARIF against its schema, --fix, exit statuses. */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import Ajv from 'ajv-draft-04';
import { REPO_ROOT, SEEDS_DIR, seedNames } from '../helpers';
import { ENGLISH_ENV } from './env';

const CLI = path.join(REPO_ROOT, 'dist', 'cli.js');
const run = (args: string[]) => {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: ENGLISH_ENV });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'report-lens-check-'));
const write = (name: string, data: string | Uint8Array) => {
  const f = path.join(tmp, name);
  fs.mkdirSync(path.dirname(f), { recursive: true });
  fs.writeFileSync(f, data);
  return f;
};

/** A report with an error (的的), warnings (a half-width comma, 2024 年) and a certain fix for each. */
const REPORT = '一、主要做法\n2024年,全市新增床位500张,全县 16 所医院完成改造。这是我们的的目标。\n二、下一步打算\n持续深化改革。\n';
/** Where 的的 is in REPORT: line 2, this 1-based column. */
const DOUBLED_COLUMN = REPORT.split('\n')[1].indexOf('的的') + 1;
/** The same report proofread: only warnings without a certain fix would be left. */
const CLEAN = '一、主要做法\n2024年，全市新增床位500张，全县16所医院完成改造。这是我们的目标。\n二、下一步打算\n持续深化改革。\n';

test('check: file:line:column, severity, code and message per problem; exit 1 with an error, 0 without', () => {
  const bad = write('bad.txt', REPORT);
  const r = run(['check', bad]);
  assert.equal(r.code, 1, r.err);
  const lines = r.out.trim().split('\n');
  assert.ok(lines.includes(`${bad}:2:6: warning halfWidthPunctuation: Half-width , in Chinese text: write ，.`), r.out);
  assert.ok(lines.includes(`${bad}:2:${DOUBLED_COLUMN}: error doubledChar: 的的: “的” written twice; remove one.`), r.out);
  assert.ok(lines.includes(`${bad}:2:23: warning spaceInText: Space between a number and its unit (6 所): remove it.`), r.out);
  assert.match(r.err, /1 error, 4 warnings, 0 notes in 1 file/);
  const good = write('good.txt', CLEAN);
  const g = run(['check', good]);
  assert.equal(g.code, 0, g.err);
  assert.equal(g.out, '');
  // Warnings alone do not fail the run.
  const warned = write('warned.txt', '2024年,全市新增床位500张。\n下一段。\n');
  assert.equal(run(['check', warned]).code, 0);
});

test('check --format json: problems with offsets into the text, lines and columns, and their fixes', () => {
  const f = write('json.txt', REPORT);
  const out = JSON.parse(run(['check', '--format', 'json', f]).out) as { files: { path: string; problems: { code: string; severity: string; start: number; end: number; line: number; column: number; fix?: { start: number; end: number; text: string }[] }[] }[] };
  assert.equal(out.files.length, 1);
  const doubled = out.files[0].problems.find((p) => p.code === 'doubledChar')!;
  assert.equal(REPORT.slice(doubled.start, doubled.end), '的的');
  assert.deepEqual([doubled.severity, doubled.line, doubled.column], ['error', 2, DOUBLED_COLUMN]);
  assert.deepEqual(doubled.fix, [{ start: doubled.start + 1, end: doubled.end, text: '' }]);
});

test('check --format sarif: valid SARIF 2.1.0 (the OASIS schema shipped by @microsoft/jest-sarif), with rules, results and fixes', () => {
  const schema = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'node_modules', '@microsoft', 'jest-sarif', 'lib', 'schemas', 'sarif-2.1.0-rtm.5.json'), 'utf8'));
  // The schema's patterns are written for JavaScript's regular expressions without the u flag.
  const compiled = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false, logger: false }).compile(schema);
  const validate = (data: unknown): boolean => compiled(data);
  assert.ok(!validate({ version: '2.1.0', runs: [{ tool: { driver: {} }, results: [] }] }), 'the schema rejects a driver without a name');
  const f = write('sarif.txt', REPORT);
  const files = [f, ...seedNames().map((n) => path.join(SEEDS_DIR, n))];
  const r = run(['check', '--format', 'sarif', ...files]);
  const log = JSON.parse(r.out);
  assert.ok(validate(log), JSON.stringify(compiled.errors?.slice(0, 5), null, 1));
  assert.equal(log.version, '2.1.0');
  const { driver } = log.runs[0].tool;
  const results = log.runs[0].results as { ruleId: string; ruleIndex: number; level: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number; charOffset: number; charLength: number } } }[]; fixes?: unknown[] }[];
  assert.ok(results.length > 50);
  for (const x of results) assert.equal(driver.rules[x.ruleIndex].id, x.ruleId);
  const doubled = results.find((x) => x.ruleId === 'doubledChar')!;
  const { region, artifactLocation } = doubled.locations[0].physicalLocation;
  assert.equal(doubled.level, 'error');
  assert.deepEqual([region.startLine, region.startColumn], [2, DOUBLED_COLUMN]);
  assert.equal(REPORT.substr(region.charOffset, region.charLength), '的的');
  assert.equal(decodeURI(artifactLocation.uri), f);
  assert.ok(doubled.fixes?.length);
  // A report that breaks no rule is still a valid log, with no results.
  const empty = JSON.parse(run(['check', '--format', 'sarif', write('clean.txt', CLEAN)]).out);
  assert.ok(validate(empty));
  assert.deepEqual(empty.runs[0].results, []);
});

test('check --fix: applies the certain fixes atomically, keeps the BOM and CRLF, reports what is left', () => {
  const f = write('fix.txt', '\uFEFF' + REPORT.replace(/\n/g, '\r\n'));
  const r = run(['check', '--fix', f]);
  assert.equal(r.code, 0, `${r.out}${r.err}`);
  assert.match(r.err, /fixed 5 problems/);
  assert.equal(fs.readFileSync(f, 'utf8'), '\uFEFF' + CLEAN.replace(/\n/g, '\r\n'));
  assert.deepEqual(fs.readdirSync(tmp).filter((n) => n.endsWith('.tmp')), [], 'no temporary file left');
  // Nothing left to fix: the file is not written again.
  const before = fs.statSync(f).mtimeMs;
  const again = run(['check', '--fix', f]);
  assert.equal(again.code, 0);
  assert.equal(fs.statSync(f).mtimeMs, before);
});

test('check --fix never writes a file it cannot write back exactly: GB18030 and UTF-16 are reported and left as they are', () => {
  const utf16 = write('utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(REPORT, 'utf16le')]));
  const bytes = fs.readFileSync(utf16);
  const r = run(['check', '--fix', utf16]);
  assert.equal(r.code, 1, 'the error is still there');
  assert.match(r.err, /not fixed: it is utf-16le/);
  assert.deepEqual(fs.readFileSync(utf16), bytes);
  // GB18030 bytes of 的的 and a half-width comma: read as GB18030, never written.
  const gb = write('gb.txt', Buffer.from([0xb5, 0xc4, 0xb5, 0xc4, 0x2c, 0xb5, 0xc4, 0xa1, 0xa3, 0x0a]));
  const gbBytes = fs.readFileSync(gb);
  const g = run(['check', '--fix', gb]);
  assert.match(g.err, /not fixed: it is gb18030/);
  assert.deepEqual(fs.readFileSync(gb), gbBytes);
});

test('check: folders, --disable, unreadable and binary files, usage errors', () => {
  const dir = path.join(tmp, 'folder');
  write('folder/a.txt', REPORT);
  write('folder/sub/b.report', REPORT);
  write('folder/skip.md', REPORT);
  const r = run(['check', '--format', 'json', dir]);
  assert.deepEqual(JSON.parse(r.out).files.map((f: { path: string }) => f.path), ['a.txt', 'sub/b.report']);
  const d = run(['check', '--disable', 'doubledChar,halfWidthPunctuation', path.join(dir, 'a.txt')]);
  assert.equal(d.code, 0, 'no error left once 的的 is not checked');
  assert.doesNotMatch(d.out, /doubledChar|halfWidthPunctuation/);
  const missing = run(['check', path.join(tmp, 'missing.txt')]);
  assert.equal(missing.code, 1);
  assert.match(missing.err, /cannot read .*missing\.txt: no such file/);
  const binary = run(['check', write('bin.txt', Buffer.from([0, 1, 2, 3, 0, 0]))]);
  assert.equal(binary.code, 0);
  assert.match(binary.err, /looks like a binary file; skipped/);
  assert.equal(run(['check', '--format', 'xml', dir]).code, 2);
  assert.equal(run(['check', '--disable', 'noSuchRule', dir]).code, 2);
  assert.equal(run(['check']).code, 2);
  assert.match(run(['check', '--help']).out, /report-lens check \[--format text\|json\|sarif\]/);
});

test('check --lang zh-cn: messages in Chinese', () => {
  const r = run(['check', '--lang', 'zh-cn', write('zh.txt', REPORT)]);
  assert.match(r.out, /error doubledChar: “的的”：“的”重复，请删去一个。/);
});
