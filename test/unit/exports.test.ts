/** Exports: brat, doccano, CSV and HTML of one report, each compared with a file written by hand. */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { collectAnnotations, toBrat, toDoccano, type ExportDocument } from '../../server/src/core/export/annotations';
import { toCsv, field } from '../../server/src/core/export/csv';
import { escapeHtml, toHtml, type HtmlOptions } from '../../server/src/core/export/html';
import { parseBrat } from '../../server/src/core/standoff/brat';
import { parseDoccano } from '../../server/src/core/standoff/doccano';
import type { Analysis } from '../../server/src/core/types';
import type { Tag } from '../../server/src/core/tags';
import { REPO_ROOT } from '../helpers';

const FIXTURES = path.join(REPO_ROOT, 'test', 'fixtures', 'tagging');
const fixture = (name: string) => fs.readFileSync(path.join(FIXTURES, name), 'utf8');

/** A report with an astral character, CRLF lines and a term broken across a line. */
const TEXT = '𠀀说明\r\n芜湖市卫健委投入1.5亿元，推进紧密型县域\r\n医共体建设，“六亮”行动。\r\n';
const at = (s: string) => ({ start: TEXT.indexOf(s), end: TEXT.indexOf(s) + s.length, text: s });

/** What the detectors find in it, written by hand (one of them wrong: 县域 is no organisation). */
const ANALYSIS: Pick<Analysis, 'terms' | 'figures' | 'orgs'> = {
  terms: [
    { ...at('紧密型县域\r\n医共体'), kind: 'term', termId: 'jinmixing', canonical: '紧密型县域医共体', category: 'medical-reform' },
    { ...at('六亮'), kind: 'term', canonical: '六亮', candidate: true },
  ],
  figures: [{ ...at('1.5亿元'), kind: 'figure', figureKind: 'money', value: 150000000, unit: '元' }],
  orgs: [
    { ...at('芜湖市卫健委'), kind: 'org', orgKind: 'government', canonical: '芜湖市卫生健康委员会', entityId: 'o1', aliases: [], mentions: 1 },
    { ...at('县域'), kind: 'org', orgKind: 'other', canonical: '县域', entityId: 'o2', aliases: [], mentions: 1 },
  ],
};

/** The user's tags: 县域 marked wrong, a custom tag over a sentence, the term confirmed. */
const TAGS: Tag[] = [
  { id: 'T1', label: 'Organisation', spans: [at('县域')], verdict: 'wrong' },
  { id: 'T2', label: '重点任务', spans: [at('推进紧密型县域\r\n医共体建设')] },
  { id: 'T3', label: 'Term', spans: [at('紧密型县域\r\n医共体')], verdict: 'right' },
];

const DOC: ExportDocument = { name: 'report.txt', text: TEXT, annotations: collectAnnotations(TEXT, ANALYSIS, TAGS) };

const WORDS: HtmlOptions['words'] = {
  legend: 'Legend',
  term: 'Policy term',
  candidate: 'Candidate term',
  figure: 'Figure',
  org: 'Organisation',
  userTag: 'your tag',
  none: 'No annotations.',
};

test('what is exported: detections minus the one marked wrong, user tags, the confirmed term once', () => {
  assert.deepEqual(
    DOC.annotations.map((a) => [a.label, a.text, a.source, !!a.confirmed]),
    [
      ['Organisation', '芜湖市卫健委', 'detected', false],
      ['Figure', '1.5亿元', 'detected', false],
      ['重点任务', '推进紧密型县域\r\n医共体建设', 'user', false],
      ['Term', '紧密型县域\r\n医共体', 'detected', true],
      ['CandidateTerm', '六亮', 'detected', false],
    ],
  );
  // A user tag of a detector kind where nothing was detected is exported as the user's.
  const extra = collectAnnotations(TEXT, ANALYSIS, [{ id: 'T9', label: 'Organisation', spans: [at('说明')] }]);
  assert.ok(extra.some((a) => a.text === '说明' && a.kind === 'org' && a.source === 'user'));
});

test('brat export equals the hand-written file, and every fragment is its text in code points', () => {
  const ann = toBrat(DOC);
  assert.equal(ann, fixture('export.ann'));
  const cps = Array.from(TEXT);
  for (const e of parseBrat(ann).entries) if (e.type === 'T') assert.equal(e.fragments.map(([s, t]) => cps.slice(s, t).join('')).join(' '), e.text);
});

test('doccano export equals the hand-written line and reads back to the same spans', () => {
  const line = toDoccano(DOC) + '\n';
  assert.equal(line, fixture('export.jsonl'));
  const back = parseDoccano(line);
  assert.deepEqual(back.problems, []);
  assert.deepEqual(back.records[0].spans.map((s) => [s.start, s.end, s.label]), DOC.annotations.map((a) => [a.start, a.end, a.label]));
  assert.equal(back.records[0].meta.filename, 'report.txt');
});

test('CSV export equals the hand-written file (BOM, CRLF rows, quoted line breaks, code-point offsets)', () => {
  assert.equal(toCsv([DOC]), fixture('export.csv'));
  const check = (v: string | number, expected: string) => assert.equal(field(v), expected);
  check('a,b', '"a,b"');
  check('say "hi"', '"say ""hi"""');
  check('x\ny', '"x\ny"');
  check(12, '12');
  check('芜湖', '芜湖');
});

test('CSV: a text cell a spreadsheet would run as a formula gets a leading quote; a number, even negative, does not', () => {
  const check: [string | number, string][] = [
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['+1+1', "'+1+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['\r=1', `"'\r=1"`],
    ['-27%', '-27%'],
    ['-0.27', '-0.27'],
    ['+1,234.5', '"+1,234.5"'],
    ['-1e5', '-1e5'],
    [-0.27, '-0.27'],
    ['芜湖市卫健委', '芜湖市卫健委'],
    ['a=b', 'a=b'],
    ['', ''],
  ];
  for (const [value, expected] of check) assert.equal(field(value), expected, JSON.stringify(value));
});

test('HTML export: the report body equals the hand-written one; a legend with counts; nothing external', () => {
  const html = toHtml([DOC], { title: 'report.txt', lang: 'en', words: WORDS });
  const body = /<div class="report">[\s\S]*?<\/div>/.exec(html)?.[0];
  assert.equal(body, fixture('export-body.html'));
  const legend = /<ul class="legend"[^>]*>(.*?)<\/ul>/.exec(html)![1];
  const items = [...legend.matchAll(/<mark class="([^"]+)">([^<]+)<\/mark> <span class="n">(\d+)<\/span>/g)].map((m) => [m[1], m[2], Number(m[3])]);
  assert.deepEqual(items, [
    ['k-term', 'Policy term', 1],
    ['k-candidate', 'Candidate term', 1],
    ['k-figure', 'Figure', 1],
    ['k-org', 'Organisation', 1],
    ['t0', '重点任务', 1],
  ]);
  assert.match(html, /^<!DOCTYPE html>/);
  assert.match(html, /Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'"/);
  for (const bad of [/<script/i, /\bsrc=/i, /url\(/i, /@import/i, /href="(?!#)/i]) assert.doesNotMatch(html, bad);
});

test('HTML export escapes report text, labels and names; a colour that is not a colour is not used', () => {
  const text = '<script>alert("x")</script> & 卫健委';
  const doc: ExportDocument = {
    name: 'a<b>.txt',
    text,
    annotations: [{ start: text.indexOf('卫健委'), end: text.length, text: '卫健委', kind: 'tag', label: '<i>"标签"', source: 'user' }],
  };
  const html = toHtml([doc, { name: 'empty.txt', text: '无', annotations: [] }], {
    title: '<t>',
    lang: 'zh-CN',
    words: WORDS,
    tagColors: { '<i>"标签"': 'red;}body{display:none' },
  });
  assert.doesNotMatch(html, /<script>|<i>|<b>|<t>/);
  assert.ok(html.includes('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; '));
  assert.doesNotMatch(html, /display:none/);
  assert.match(html, /\.t0\{background:#c2185b22/);
  assert.match(html, /<a href="#doc-1">a&lt;b&gt;\.txt<\/a>/, 'several reports get a table of contents');
  assert.ok(html.includes('No annotations.'));
  assert.equal(escapeHtml(`'`), '&#39;');
  // A wanted colour in #rrggbb form is used.
  const coloured = toHtml([doc], { title: 't', lang: 'en', words: WORDS, tagColors: { '<i>"标签"': '#123abc' } });
  assert.match(coloured, /\.t0\{background:#123abc22/);
});
