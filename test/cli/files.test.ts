/**
 * The CLI and the files it reads and writes (issue 11), run as users run it: node dist/cli.js … Special
 * files never hold it up; import writes only under --dir; annotate writes only inside --out, over no input
 * and no existing file without --force, through no link; CSV cells never run as spreadsheet formulas.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { cliSandbox } from './sandbox';

/** A run held up by a file is killed after 20 s (and the test fails on its status). */
const { tmp, run, write } = cliSandbox('report-lens-cli-files-', 20000);
const unix = process.platform !== 'win32';
const REPORT = '芜湖市卫健委推进医共体建设，投入1.5亿元。\n';

test('a FIFO or a link to /dev/zero as input, glossary or .ann is named and skipped, never waited on', { skip: !unix }, () => {
  const dir = path.join(tmp, 'special');
  fs.mkdirSync(dir);
  const fifo = path.join(dir, 'pipe.txt');
  execFileSync('mkfifo', [fifo]);
  const zero = path.join(dir, 'zero.txt');
  fs.symlinkSync('/dev/zero', zero);
  const r = run(['annotate', '--format', 'json', fifo, zero]);
  assert.equal(r.code, 1, r.err);
  assert.match(r.err, /pipe\.txt: is a FIFO/);
  assert.match(r.err, /zero\.txt: is a character device/);

  const report = write('special/r.txt', REPORT);
  execFileSync('mkfifo', [path.join(dir, 'r.ann')]);
  const csv = run(['annotate', '--format', 'csv', report]);
  assert.equal(csv.code, 0, csv.err);
  assert.match(csv.err, /r\.ann: is a FIFO.*its tags are left out/);
  assert.match(csv.out, /1\.5亿元/);

  const glossary = path.join(dir, 'g.json');
  execFileSync('mkfifo', [glossary]);
  const g = run(['annotate', '--glossary', glossary, report]);
  assert.equal(g.code, 2);
  assert.match(g.err, /cannot read glossary .*g\.json: is a FIFO/);

  const imp = run(['import', '--report', report, fifo]);
  assert.equal(imp.code, 1);
  assert.match(imp.err, /cannot read .*pipe\.txt: is a FIFO/);

  // check read them as they came: it waited on the FIFO for a writer, and read /dev/zero until memory ran out.
  for (const fix of [[], ['--fix']]) {
    const c = run(['check', ...fix, fifo, zero, report]);
    assert.equal(c.code, 1, c.err);
    assert.match(c.err, /cannot read .*pipe\.txt: is a FIFO/);
    assert.match(c.err, /cannot read .*zero\.txt: is a character device/);
    assert.match(c.err, /in 1 file/);
  }
});

test('import --dir: a doccano record naming a file outside the folder is refused, nothing is written there', () => {
  const dir = path.join(tmp, 'imp', 'in');
  write('imp/in/a.txt', REPORT);
  const elsewhere = write('imp/elsewhere/x.txt', REPORT);
  const jsonl = write(
    'imp/data.jsonl',
    [
      JSON.stringify({ text: REPORT, label: [[0, 6, '重点任务']], filename: '../elsewhere/x.txt' }),
      JSON.stringify({ text: REPORT, label: [[0, 6, '重点任务']], filename: elsewhere }),
      JSON.stringify({ text: REPORT, label: [[0, 6, '待核实']], filename: 'a.txt' }),
    ].join('\n') + '\n',
  );
  if (unix) fs.symlinkSync(path.dirname(elsewhere), path.join(dir, 'link'));
  const linked = JSON.stringify({ text: REPORT, label: [[0, 6, '重点任务']], filename: 'link/x.txt' });
  fs.appendFileSync(jsonl, unix ? linked + '\n' : '');
  const r = run(['import', '--dir', dir, jsonl]);
  assert.equal(r.code, 1);
  assert.match(r.err, /data\.jsonl:1: "\.\.\/elsewhere\/x\.txt" names a file outside/);
  assert.match(r.err, /data\.jsonl:2: ".*x\.txt" names a file outside/);
  if (unix) assert.match(r.err, /data\.jsonl:4: "link\/x\.txt" names a file outside/);
  assert.deepEqual(fs.readdirSync(path.dirname(elsewhere)), ['x.txt'], 'no .ann written outside --dir');
  assert.match(fs.readFileSync(path.join(dir, 'a.ann'), 'utf8'), /\t待核实 0 6\t芜湖市卫健委/);
});

test('import: a .ann.lost that is a link is not followed; the .ann keeps the tags it could not move', { skip: !unix }, () => {
  const report = write('lostlink/r.txt', '推进医共体建设。\n');
  write('lostlink/r.ann', 'T1\tOrganisation 0 6\t芜湖市卫健委\n');
  const target = write('lostlink-target', 'precious\n');
  fs.symlinkSync(target, path.join(tmp, 'lostlink', 'r.ann.lost'));
  const src = write('lostlink-in/x.ann', 'T1\t重点任务 2 5\t医共体\n');
  const r = run(['import', '--report', report, src]);
  assert.equal(r.code, 1);
  assert.match(r.err, /r\.ann: not written: .*symbolic link/);
  assert.equal(fs.readFileSync(target, 'utf8'), 'precious\n');
  assert.equal(fs.readFileSync(path.join(tmp, 'lostlink', 'r.ann'), 'utf8'), 'T1\tOrganisation 0 6\t芜湖市卫健委\n');
});

test('annotate --format brat --out: every file inside --out, no input overwritten, no existing file without --force, no link followed', () => {
  const a = path.join(tmp, 'brat', 'A');
  write('brat/A/r.txt', REPORT);
  write('brat/A/r.report', '另一份报告：芜湖市卫健委。\n');
  write('brat/A/r.ann', 'T1\t重点任务 0 6\t芜湖市卫健委\n');
  const b = path.join(tmp, 'brat', 'B');

  // r.txt and r.report of one folder: two pairs, neither over the other.
  const ok = run(['annotate', '--format', 'brat', '--out', b, a]);
  assert.equal(ok.code, 0, ok.err);
  assert.deepEqual(fs.readdirSync(b).sort(), ['r.ann', 'r.report.ann', 'r.report.txt', 'r.txt']);
  assert.equal(fs.readFileSync(path.join(b, 'r.report.txt'), 'utf8'), '另一份报告：芜湖市卫健委。\n');

  // Existing files: refused without --force (nothing written), overwritten with it.
  fs.writeFileSync(path.join(b, 'r.txt'), 'someone else’s\n');
  const again = run(['annotate', '--format', 'brat', '--out', b, a]);
  assert.equal(again.code, 2);
  assert.match(again.err, /exist.*--force/);
  assert.equal(fs.readFileSync(path.join(b, 'r.txt'), 'utf8'), 'someone else’s\n');
  const forced = run(['annotate', '--format', 'brat', '--force', '--out', b, a]);
  assert.equal(forced.code, 0, forced.err);
  assert.equal(fs.readFileSync(path.join(b, 'r.txt'), 'utf8'), REPORT);

  // --out naming an input or the .ann beside one: refused, even with --force.
  for (const out of [path.join(a, 'r.ann'), path.join(a, 'r.txt')]) {
    const r = run(['annotate', '--format', 'csv', '--force', '--out', out, path.join(a, 'r.txt')]);
    assert.equal(r.code, 2, out);
    assert.match(r.err, /never overwrites/);
  }
  assert.equal(fs.readFileSync(path.join(a, 'r.txt'), 'utf8'), REPORT);
  assert.equal(fs.readFileSync(path.join(a, 'r.ann'), 'utf8'), 'T1\t重点任务 0 6\t芜湖市卫健委\n');

  // An input given as ../x.txt is written inside --out.
  write('brat/x.txt', REPORT);
  const up = run(['annotate', '--format', 'brat', '--out', 'out-up', '../x.txt', 'r.txt'], a);
  assert.equal(up.code, 0, up.err);
  assert.deepEqual(fs.readdirSync(path.join(a, 'out-up')).sort(), ['r.ann', 'r.txt', 'x.ann', 'x.txt']);
  assert.equal(fs.readFileSync(path.join(tmp, 'brat', 'x.txt'), 'utf8'), REPORT, 'the input itself is untouched');
  assert.equal(fs.existsSync(path.join(tmp, 'brat', 'x.ann')), false);

  if (unix) {
    // A folder inside --out that is a link to elsewhere: nothing written through it, nor made in it.
    write('brat/C/sub/s.txt', REPORT);
    write('brat/C/sub/deeper/d.txt', REPORT);
    const out = path.join(tmp, 'brat', 'outC');
    fs.mkdirSync(out);
    const away = path.join(tmp, 'brat', 'away');
    fs.mkdirSync(away);
    fs.symlinkSync(away, path.join(out, 'sub'));
    const r = run(['annotate', '--format', 'brat', '--out', out, path.join(tmp, 'brat', 'C')]);
    assert.equal(r.code, 2);
    assert.match(r.err, /symbolic link/);
    assert.deepEqual(fs.readdirSync(away), [], 'not even the folder deeper/');
    // A file there that is a link: not written through either.
    fs.rmSync(path.join(out, 'sub'));
    fs.mkdirSync(path.join(out, 'sub'));
    const victim = write('brat/victim', 'precious\n');
    fs.symlinkSync(victim, path.join(out, 'sub', 's.ann'));
    const f = run(['annotate', '--format', 'brat', '--force', '--out', out, path.join(tmp, 'brat', 'C')]);
    assert.equal(f.code, 2);
    assert.match(f.err, /symbolic link/);
    assert.equal(fs.readFileSync(victim, 'utf8'), 'precious\n');
    assert.deepEqual(fs.readdirSync(path.join(out, 'sub')), ['s.ann'], 'refused before anything was written');
  }
});

test('CSV: text that a spreadsheet would run as a formula starts with a quote; numbers stay numbers', () => {
  const dir = path.join(tmp, 'csv');
  write('csv/=HYPERLINK("http:x").txt', '增长-27%，下降-0.27。芜湖市卫健委推进医共体建设。\n');
  write('csv/=HYPERLINK("http:x").ann', 'T1\t=cmd|calc 0 3\t增长-\nT2\t@SUM(A1) 12 18\t芜湖市卫健委\n');
  const r = run(['annotate', '--format', 'csv', dir]);
  assert.equal(r.code, 0, r.err);
  const rows = r.out.replace(/^\uFEFF/, '').trim().split('\r\n').slice(1);
  assert.ok(rows.length > 3);
  for (const row of rows) {
    // Naive split is enough here: no field of these rows has a comma inside quotes but the file name.
    assert.ok(row.startsWith(`"'=HYPERLINK(""http:x"").txt"`), row);
    for (const cell of row.split(',').slice(1)) assert.doesNotMatch(cell, /^"?[=+@\t\r]/, row);
  }
  assert.ok(rows.some((row) => row.includes(",user,tag,'=cmd|calc,")));
  assert.ok(rows.some((row) => row.includes(",user,tag,'@SUM(A1),")));
  assert.ok(rows.some((row) => /,-27%,/.test(row)), 'a negative percentage stays a number');
  assert.ok(rows.some((row) => /,-0\.27,/.test(row)));
});
