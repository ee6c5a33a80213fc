/** The tags beside a report on disk: loading, re-anchoring on open, saving, lost tags, a corrupt file left alone. */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TagStore, diff, type TagState } from '../../server/src/disk/tagStore';
import { annPathOf } from '../../server/src/disk/annFiles';
import type { LostTag } from '../../server/src/core/tags';

/** A folder with a report (and optionally its .ann), and a store that records what it reports. */
function setup(report: string, ann?: string) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'report-lens-tags-'));
  const file = path.join(dir, 'report.txt');
  fs.writeFileSync(file, report);
  if (ann !== undefined) fs.writeFileSync(path.join(dir, 'report.ann'), ann);
  const events: { lost: { ids: string[]; logged?: string }[]; problems: TagState['problem'][] } = { lost: [], problems: [] };
  const store = new TagStore({
    lost: (_s, lost: LostTag[], logged) => events.lost.push({ ids: lost.map((l) => l.tag.id), logged }),
    problem: (s) => events.problems.push(s.problem),
  });
  const uri = pathToFileURL(file).toString();
  const annFile = path.join(dir, 'report.ann');
  const read = () => fs.readFileSync(annFile, 'utf8');
  return { dir, file, uri, annFile, store, events, read, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

const show = (s: TagState) => s.tags.map((t) => `${t.id} ${t.label} ${t.spans.map((x) => `${x.start}-${x.end}:${x.text}`).join(';')}${t.verdict ? ' ' + t.verdict : ''}`);

test('the .ann of a report: same folder, same name', () => {
  assert.equal(annPathOf(path.join('a', 'b', 'report.txt')), path.join('a', 'b', 'report.ann'));
  assert.equal(annPathOf(path.join('a', 'x.y.report')), path.join('a', 'x.y.ann'));
  assert.equal(annPathOf(path.join('a', 'README')), path.join('a', 'README.ann'));
});

test('tagging writes the .ann at once; no .ann is created for a report never tagged', () => {
  const s = setup('𠀀前言。芜湖市卫健委推进。\r\n');
  try {
    const text = fs.readFileSync(s.file, 'utf8');
    s.store.open(s.uri, text, 1);
    s.store.saved(s.uri);
    assert.equal(fs.existsSync(s.annFile), false);
    const r = s.store.add(s.uri, 'Organisation', text.indexOf('芜湖'), text.indexOf('推进'));
    assert.ok(r.ok);
    assert.equal(s.read(), 'T1\tOrganisation 4 10\t芜湖市卫健委\n');
    const m = s.store.add(s.uri, 'Organisation', text.indexOf('芜湖'), text.indexOf('推进'), 'wrong');
    assert.ok(m.ok);
    assert.equal(s.read(), 'T1\tOrganisation 4 10\t芜湖市卫健委\nA1\tVerdict T1 Wrong\n');
    assert.ok(s.store.remove(s.uri, ['T1']).ok);
    assert.equal(s.read(), '', 'the file stays, empty');
    assert.equal(fs.readdirSync(s.dir).filter((f) => f.endsWith('.tmp')).length, 0, 'no temporary file left');
  } finally {
    s.cleanup();
  }
});

test('edits move tags in memory; saving the report writes them where they now are', () => {
  const s = setup('芜湖市卫健委推进。', 'T1\tOrganisation 0 6\t芜湖市卫健委\n');
  try {
    s.store.open(s.uri, '芜湖市卫健委推进。', 1);
    s.store.recordEdits(s.uri, [{ start: 0, end: 0, length: 3 }]);
    s.store.changed(s.uri, '新前言芜湖市卫健委推进。', 2);
    assert.deepEqual(show(s.store.get(s.uri)!), ['T1 Organisation 3-9:芜湖市卫健委']);
    assert.equal(s.read(), 'T1\tOrganisation 0 6\t芜湖市卫健委\n', 'not before the save');
    fs.writeFileSync(s.file, '新前言芜湖市卫健委推进。');
    s.store.saved(s.uri);
    assert.equal(s.read(), 'T1\tOrganisation 3 9\t芜湖市卫健委\n');
    // Without recorded edits, the change is found by comparing the texts.
    s.store.changed(s.uri, '新前言，芜湖市卫健委推进。', 3);
    assert.deepEqual(show(s.store.get(s.uri)!), ['T1 Organisation 4-10:芜湖市卫健委']);
  } finally {
    s.cleanup();
  }
});

test('a tag whose text was deleted is reported at the save and recorded in report.ann.lost', () => {
  const s = setup('芜湖市卫健委推进。', 'T1\tOrganisation 0 6\t芜湖市卫健委\nT2\tTerm 6 8\t推进\n');
  try {
    s.store.open(s.uri, '芜湖市卫健委推进。', 1);
    s.store.changed(s.uri, '推进。', 2);
    assert.deepEqual(s.events.lost, [], 'not yet: an undo could bring it back');
    s.store.saved(s.uri);
    assert.deepEqual(s.events.lost, [{ ids: ['T1'], logged: `${s.annFile}.lost` }]);
    assert.equal(s.read(), 'T2\tTerm 0 2\t推进\n');
    assert.equal(fs.readFileSync(`${s.annFile}.lost`, 'utf8'), 'T1\tOrganisation 0 6\t芜湖市卫健委\n');
  } finally {
    s.cleanup();
  }
});

test('the report changed outside the editor: tags are re-anchored by their text on open, lost ones recorded', () => {
  const report = '新增一段前言。\n芜湖市卫健委推进建设。\n';
  const s = setup(report, 'T1\tOrganisation 0 6\t芜湖市卫健委\nT2\tFigure 8 13\t1.5亿元\n#1\tAnnotatorNotes T1\t简称\n');
  try {
    const state = s.store.open(s.uri, report, 1);
    assert.deepEqual(show(state), ['T1 Organisation 8-14:芜湖市卫健委']);
    assert.equal(s.read(), 'T1\tOrganisation 8 14\t芜湖市卫健委\n#1\tAnnotatorNotes T1\t简称\n', 'rewritten to match the text on disk');
    assert.equal(fs.readFileSync(`${s.annFile}.lost`, 'utf8'), 'T2\tFigure 8 13\t1.5亿元\n');
    assert.deepEqual(s.events.lost.map((l) => l.ids), [['T2']]);
    assert.deepEqual(state.lost.map((l) => l.tag.id), ['T2']);
  } finally {
    s.cleanup();
  }
});

test('a corrupt .ann is reported with its line, left untouched, and tagging is refused until it is fixed', () => {
  const corrupt = 'T1\tOrganisation 0 6\t芜湖市卫健委\nT2\tTerm six 8\t推进\n';
  const s = setup('芜湖市卫健委推进。', corrupt);
  try {
    const state = s.store.open(s.uri, '芜湖市卫健委推进。', 1);
    assert.deepEqual(s.events.problems.map((p) => [p!.line, p!.code]), [[2, 'offsets']]);
    assert.deepEqual(show(state), ['T1 Organisation 0-6:芜湖市卫健委'], 'what could be read is shown');
    const r = s.store.add(s.uri, 'Term', 6, 8);
    assert.equal(r.ok, false);
    assert.equal(!r.ok && r.reason, 'problem');
    s.store.changed(s.uri, '前言芜湖市卫健委推进。', 2);
    s.store.saved(s.uri);
    assert.equal(s.read(), corrupt, 'untouched');
    // Fixed by hand: read again, tagging works.
    fs.writeFileSync(s.annFile, 'T1\tOrganisation 0 6\t芜湖市卫健委\n');
    const fixed = s.store.current(s.uri)!;
    assert.equal(fixed.problem, undefined);
    assert.deepEqual(show(fixed), ['T1 Organisation 2-8:芜湖市卫健委']);
    assert.ok(s.store.add(s.uri, 'Term', 8, 10).ok);
    assert.match(s.read(), /^T1\tOrganisation 2 8\t芜湖市卫健委\nT2\tTerm 8 10\t推进\n$/);
  } finally {
    s.cleanup();
  }
});

test('a .ann changed by another program is read again before anything is written', () => {
  const s = setup('芜湖市卫健委推进。', 'T1\tOrganisation 0 6\t芜湖市卫健委\n');
  try {
    s.store.open(s.uri, '芜湖市卫健委推进。', 1);
    fs.writeFileSync(s.annFile, 'T1\tOrganisation 0 6\t芜湖市卫健委\nT5\t重点任务 6 8\t推进\n');
    assert.ok(s.store.add(s.uri, 'Figure', 8, 9).ok);
    assert.equal(s.read(), 'T1\tOrganisation 0 6\t芜湖市卫健委\nT5\t重点任务 6 8\t推进\nT6\tFigure 8 9\t。\n');
  } finally {
    s.cleanup();
  }
});

test('untitled documents cannot be tagged (nowhere to keep the tags)', () => {
  const store = new TagStore({ lost: () => undefined, problem: () => undefined });
  store.open('untitled:Untitled-1', '芜湖市卫健委', 1);
  const r = store.add('untitled:Untitled-1', 'Organisation', 0, 6);
  assert.equal(!r.ok && r.reason, 'no-file');
});

test('diff: one edit between the common prefix and suffix', () => {
  const check = (a: string, b: string, expected: [number, number, number]) => {
    const e = diff(a, b);
    assert.deepEqual([e.start, e.end, e.length], expected, `${a} → ${b}`);
    assert.equal(a.slice(0, e.start) + b.slice(e.start, e.start + e.length) + a.slice(e.end), b);
  };
  check('abc', 'abXc', [2, 2, 1]);
  check('abc', 'ac', [1, 2, 0]);
  check('aaa', 'aaaa', [3, 3, 1]);
  check('', 'x', [0, 0, 1]);
  check('same', 'same', [4, 4, 0]);
});
