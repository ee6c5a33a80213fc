/** The CLI's export formats and `import`, run as users run them: node dist/cli.js … */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { cliSandbox } from './sandbox';

const { tmp, run, write } = cliSandbox('report-lens-cli-tags-');

/** A report with an astral character and CRLF, and the tags kept beside it. */
const REPORT = '𠀀前言。\r\n组建覆盖全市的城市医疗集团，投入1.5亿元，深化三医协同发展和治理。\r\n';
const ANN = 'T1\t重点任务 6 19\t组建覆盖全市的城市医疗集团\nT2\tFigure 22 27\t1.5亿元\nA1\tVerdict T2 Wrong\n';

test('--format csv and doccano include the tags beside the report and leave out what was marked wrong', () => {
  const report = write('one/report.txt', REPORT);
  write('one/report.ann', ANN);
  const csv = run(['annotate', '--format', 'csv', report]);
  assert.equal(csv.code, 0, csv.err);
  assert.ok(csv.out.startsWith('\uFEFFfile,source,kind,label,start,end,line,column,text,'));
  assert.match(csv.out, /,user,tag,重点任务,6,19,2,1,组建覆盖全市的城市医疗集团,/);
  assert.ok(!csv.out.includes('1.5亿元'), 'the figure marked wrong is left out');
  assert.match(csv.out, /,detected,(term|candidate),/);
  const withoutTags = run(['annotate', '--format', 'csv', '--no-tags', report]);
  assert.ok(withoutTags.out.includes('1.5亿元') && !withoutTags.out.includes('重点任务'));

  const jsonl = run(['annotate', '--format=doccano', report]);
  assert.equal(jsonl.code, 0, jsonl.err);
  const rec = JSON.parse(jsonl.out.trim()) as { text: string; label: [number, number, string][] };
  assert.equal(rec.text, REPORT);
  const cps = Array.from(REPORT);
  for (const [s, e] of rec.label) assert.ok(e > s && e <= cps.length);
  assert.deepEqual(rec.label.find((l) => l[2] === '重点任务'), [6, 19, '重点任务']);
  assert.equal(cps.slice(6, 19).join(''), '组建覆盖全市的城市医疗集团');
});

test('--format brat: one report to standard output, a folder into --out as .txt/.ann pairs, never over the tags beside a report', () => {
  const dir = path.join(tmp, 'many');
  write('many/a.txt', REPORT);
  write('many/a.ann', ANN);
  write('many/sub/b.report', '芜湖市卫健委推进三医协同。\n');
  const one = run(['annotate', '--format', 'brat', path.join(dir, 'a.txt')]);
  assert.equal(one.code, 0, one.err);
  assert.match(one.out, /^T\d+\t重点任务 6 19\t组建覆盖全市的城市医疗集团$/m);
  assert.match(one.out, /^A\d+\tSource T\d+ User$/m);

  const refused = run(['annotate', '--format', 'brat', dir]);
  assert.equal(refused.code, 2);
  assert.match(refused.err, /--out/);
  const over = run(['annotate', '--format', 'brat', '--out', dir, dir]);
  assert.equal(over.code, 2);
  assert.match(over.err, /overwrite/);
  assert.equal(fs.readFileSync(path.join(dir, 'a.ann'), 'utf8'), ANN, 'the tags beside the report are untouched');

  const out = path.join(tmp, 'brat-out');
  const ok = run(['annotate', '--format', 'brat', '--out', out, dir]);
  assert.equal(ok.code, 0, ok.err);
  assert.equal(fs.readFileSync(path.join(out, 'a.txt'), 'utf8'), REPORT);
  assert.match(fs.readFileSync(path.join(out, 'a.ann'), 'utf8'), /\t重点任务 6 19\t/);
  // b.report becomes b.report.txt: brat reads .txt files, and an r.report beside an r.txt must not take its place.
  assert.ok(fs.existsSync(path.join(out, 'sub', 'b.report.txt')) && fs.existsSync(path.join(out, 'sub', 'b.report.ann')));
});

test('--format html: a standalone page, its legend in the language asked for', () => {
  const report = write('html/report.txt', REPORT);
  write('html/report.ann', ANN);
  const en = run(['annotate', '--format', 'html', report]);
  assert.equal(en.code, 0, en.err);
  assert.match(en.out, /^<!DOCTYPE html>/);
  assert.match(en.out, /<mark class="t0 user"[^>]*>组建/);
  assert.match(en.out, /Policy term|Organisation/);
  assert.doesNotMatch(en.out, /<script|https?:\/\//);
  const zh = run(['annotate', '--format', 'html', '--lang', 'zh-cn', '--out', path.join(tmp, 'html', 'page.html'), report]);
  assert.equal(zh.code, 0, zh.err);
  assert.match(fs.readFileSync(path.join(tmp, 'html', 'page.html'), 'utf8'), /政策术语|机构/);
});

test('import brat: new tags go into the .ann beside the report; detected spans are not repeated; --dry-run writes nothing', () => {
  const report = write('imp/report.txt', REPORT);
  const elsewhere = write('imp-from-brat/edited.ann', 'T1\t待核实 0 3\t𠀀前言\nT2\tFigure 22 27\t1.5亿元\nT3\t重点任务 6 19\t组建覆盖全市的城市医疗集团\n');
  const dry = run(['import', '--report', report, '--dry-run', elsewhere]);
  assert.equal(dry.code, 0, dry.err);
  assert.match(dry.out, /2 tag\(s\) added/);
  assert.equal(fs.existsSync(path.join(tmp, 'imp', 'report.ann')), false);
  const r = run(['import', '--report', report, elsewhere]);
  assert.equal(r.code, 0, r.err);
  const ann = fs.readFileSync(path.join(tmp, 'imp', 'report.ann'), 'utf8');
  assert.match(ann, /^T\d+\t待核实 0 3\t𠀀前言$/m);
  assert.match(ann, /^T\d+\t重点任务 6 19\t组建覆盖全市的城市医疗集团$/m);
  assert.doesNotMatch(ann, /1\.5亿元/, 'the detectors find the figure already');
  // Importing again adds nothing.
  const again = run(['import', '--report', report, elsewhere]);
  assert.match(again.out, /0 tag\(s\) added/);
  assert.equal(fs.readFileSync(path.join(tmp, 'imp', 'report.ann'), 'utf8'), ann);
});

test('import doccano: records go to the report named by "filename", else to the report with the same text; others are reported', () => {
  const dir = path.join(tmp, 'dc');
  write('dc/a.txt', REPORT);
  write('dc/b.txt', '芜湖市卫健委推进医共体建设。\n');
  const jsonl = write(
    'dc-in/data.jsonl',
    [
      JSON.stringify({ text: REPORT, label: [[6, 19, '重点任务']], filename: 'a.txt' }),
      JSON.stringify({ text: '芜湖市卫健委推进医共体建设。\n', label: [[8, 11, 'Term']] }),
      JSON.stringify({ text: '没有这份报告。', label: [[0, 2, 'X']] }),
      '{not json',
    ].join('\n') + '\n',
  );
  const r = run(['import', '--dir', dir, jsonl]);
  assert.equal(r.code, 1, 'some records could not be imported');
  assert.match(r.err, /data\.jsonl:3: no report/);
  assert.match(r.err, /data\.jsonl:4: not valid JSON/);
  assert.match(fs.readFileSync(path.join(dir, 'a.ann'), 'utf8'), /^T1\t重点任务 6 19\t组建覆盖全市的城市医疗集团$/m);
  // 医共体 is added as a term unless the glossary already finds it there.
  const bAnn = path.join(dir, 'b.ann');
  if (fs.existsSync(bAnn)) assert.match(fs.readFileSync(bAnn, 'utf8'), /^T1\tTerm 8 11\t医共体$/m);
  assert.match(r.out, /b\.txt: [01] tag\(s\) added/);
});

test('import refuses to write into a .ann that cannot be read, and says where', () => {
  const report = write('bad/report.txt', REPORT);
  const corrupt = 'T1\t重点任务 6 x\t组建\n';
  write('bad/report.ann', corrupt);
  const src = write('bad-in/x.ann', 'T1\t待核实 0 3\t𠀀前言\n');
  const r = run(['import', '--report', report, src]);
  assert.equal(r.code, 1);
  assert.match(r.err, /report\.ann:1:/);
  assert.equal(fs.readFileSync(path.join(tmp, 'bad', 'report.ann'), 'utf8'), corrupt);
});
