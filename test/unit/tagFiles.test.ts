/**
 * Nothing the user tagged is lost, and nothing is written where it should not be (issue 11): lost tags
 * recorded whatever the save state, with the lines that refer to them; .ann files in another encoding;
 * reports of one folder that brat's naming would make share a file; writes the disk refuses; temporary files
 * left by a killed write; links where Report Lens writes.
 */
import { after, test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { TagStore, type TagState } from '../../server/src/disk/tagStore';
import { annPathOf } from '../../server/src/disk/annFiles';
import { annNameOf, bratStemOf, reportNamesOf } from '../../server/src/core/standoff/annNames';
import { parseBrat } from '../../server/src/core/standoff/brat';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'report-lens-tagfiles-'));
after(() => fs.rmSync(tmp, { recursive: true, force: true }));
let folders = 0;

/** A fresh folder with files (name → content), and a store that records what it reports. */
function setup(files: Record<string, string | Uint8Array>) {
  const dir = path.join(tmp, `f${++folders}`);
  fs.mkdirSync(dir);
  for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), content);
  const events = { lost: [] as { ids: string[]; logged?: string }[], problems: [] as NonNullable<TagState['problem']>[], writeFailed: [] as string[] };
  const store = new TagStore({
    lost: (_s, lost, logged) => events.lost.push({ ids: lost.map((l) => l.tag.id), logged }),
    problem: (s) => events.problems.push(s.problem!),
    writeFailed: (s) => events.writeFailed.push(s.writeError ?? ''),
    reloaded: () => undefined,
  });
  const uri = (name: string) => pathToFileURL(path.join(dir, name)).toString();
  const read = (name: string) => fs.readFileSync(path.join(dir, name), 'utf8');
  return { dir, store, events, uri, read, file: (name: string) => path.join(dir, name) };
}

test('tags found lost while the report has unsaved changes go to .ann.lost at once, once; the .ann waits for the save', async () => {
  const disk = '芜湖市卫健委推进医共体建设。';
  const ann = 'T1\tOrganisation 0 6\t芜湖市卫健委\nT2\tTerm 8 11\t医共体\n';
  const s = setup({ 'r.txt': disk, 'r.ann': ann });
  // A hot exit, a restart of the server: the editor holds text that is not on disk, without 芜湖市卫健委.
  const unsaved = '推进医共体建设。';
  await s.store.open(s.uri('r.txt'), unsaved, 1);
  assert.equal(s.read('r.ann.lost'), 'T1\tOrganisation 0 6\t芜湖市卫健委\n', 'recorded when found lost');
  assert.deepEqual(s.events.lost, [{ ids: ['T1'], logged: s.file('r.ann.lost') }]);
  assert.equal(s.read('r.ann'), ann, 'the .ann matches the text on disk until the report is saved');
  // Opened again before the save: the record does not grow.
  s.store.close(s.uri('r.txt'));
  await s.store.open(s.uri('r.txt'), unsaved, 1);
  assert.equal(s.read('r.ann.lost'), 'T1\tOrganisation 0 6\t芜湖市卫健委\n');
  // Saved: the .ann follows the saved text, and the lost tag is in the record, not nowhere.
  fs.writeFileSync(s.file('r.txt'), unsaved);
  await s.store.saved(s.uri('r.txt'));
  assert.equal(s.read('r.ann'), 'T2\tTerm 2 5\t医共体\n');
  assert.match(s.read('r.ann.lost'), /^T1\tOrganisation 0 6\t芜湖市卫健委$/m);
});

test('a lost tag takes its notes, relations, attributes and events with it: the .ann left behind opens again', async () => {
  const report = '推进医共体建设。';
  const ann = [
    'T1\tOrganisation 0 6\t芜湖市卫健委',
    'T2\tTerm 2 5\t医共体',
    'T3\tTrigger 5 7\t建设',
    '#1\tAnnotatorNotes T1\t简称',
    'A1\tNegated T1',
    'R1\tPart-of Arg1:T2 Arg2:T1',
    'E1\tBuild:T3 Agent:T1',
    'R2\tCause Arg1:E1 Arg2:T2',
    'N1\tReference T2 Wikidata:Q1\t医共体',
    '',
  ].join('\n');
  const s = setup({ 'r.txt': report, 'r.ann': ann });
  const state = await s.store.open(s.uri('r.txt'), report, 1);
  assert.equal(state.problem, undefined);
  assert.equal(s.read('r.ann'), 'T2\tTerm 2 5\t医共体\nT3\tTrigger 5 7\t建设\nN1\tReference T2 Wikidata:Q1\t医共体\n');
  assert.equal(
    s.read('r.ann.lost'),
    'T1\tOrganisation 0 6\t芜湖市卫健委\n#1\tAnnotatorNotes T1\t简称\nA1\tNegated T1\nR1\tPart-of Arg1:T2 Arg2:T1\nE1\tBuild:T3 Agent:T1\nR2\tCause Arg1:E1 Arg2:T2\n',
  );
  assert.deepEqual(parseBrat(s.read('r.ann')).problems, []);
  s.store.close(s.uri('r.txt'));
  const again = await s.store.open(s.uri('r.txt'), report, 1);
  assert.equal(again.problem, undefined, 'the next open does not refuse the file');
  assert.ok((await s.store.add(s.uri('r.txt'), 'Figure', 0, 2)).ok);
});

// 芜湖市卫健委 推进 医共体 in GB18030, with a Windows line end: as another tool on Chinese Windows writes it.
const GB_ANN = Buffer.concat([
  Buffer.from('T1\tOrganisation 0 6\t'),
  Buffer.from([0xce, 0xdf, 0xba, 0xfe, 0xca, 0xd0, 0xce, 0xc0, 0xbd, 0xa1, 0xce, 0xaf]),
  Buffer.from('\r\nT2\tTerm 8 11\t'),
  Buffer.from([0xd2, 0xbd, 0xb9, 0xb2, 0xcc, 0xe5]),
  Buffer.from('\r\n'),
]);

test('a GB18030 .ann is read as GB18030, and written back in GB18030', async () => {
  const report = '芜湖市卫健委推进医共体建设。';
  const s = setup({ 'r.txt': report, 'r.ann': GB_ANN });
  const state = await s.store.open(s.uri('r.txt'), report, 1);
  assert.equal(state.problem, undefined);
  assert.deepEqual(state.tags.map((t) => t.spans[0].text), ['芜湖市卫健委', '医共体']);
  assert.deepEqual(state.lost, [], 'no tag is declared lost');
  assert.equal(fs.existsSync(s.file('r.ann.lost')), false);
  assert.ok(fs.readFileSync(s.file('r.ann')).equals(GB_ANN), 'untouched by the open');
  assert.ok((await s.store.add(s.uri('r.txt'), '重点任务', 6, 8)).ok);
  const bytes = fs.readFileSync(s.file('r.ann'));
  assert.equal(new TextDecoder('gb18030').decode(bytes), 'T1\tOrganisation 0 6\t芜湖市卫健委\nT3\t重点任务 6 8\t推进\nT2\tTerm 8 11\t医共体\n');
  assert.throws(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes), 'still GB18030, not UTF-8');
});

test('a .ann Report Lens cannot read exactly is left untouched, reported, and tagging is refused', async () => {
  const report = '芜湖市卫健委推进医共体建设。';
  // Valid in neither UTF-8 nor GB18030: 0xFF is no byte of either.
  const broken = Buffer.concat([Buffer.from('T1\tOrganisation 0 6\t芜湖市卫健委\nT2\tTerm 8 11\t'), Buffer.from([0xff, 0xfe, 0x41]), Buffer.from('\n')]);
  const s = setup({ 'r.txt': report, 'r.ann': broken });
  const state = await s.store.open(s.uri('r.txt'), report, 1);
  assert.equal(state.problem?.code, 'encoding');
  assert.equal(s.events.problems.length, 1);
  const r = await s.store.add(s.uri('r.txt'), 'Figure', 0, 2);
  assert.equal(!r.ok && r.reason, 'problem');
  s.store.changed(s.uri('r.txt'), `前言${report}`, 2);
  fs.writeFileSync(s.file('r.txt'), `前言${report}`);
  await s.store.saved(s.uri('r.txt'));
  assert.ok(fs.readFileSync(s.file('r.ann')).equals(broken), 'the bytes are untouched');
  assert.equal(fs.existsSync(s.file('r.ann.lost')), false);
});

test('naming: .txt keeps brat’s name; any other report its whole name; nothing depends on the folder', () => {
  const table: [string, string][] = [
    ['r.txt', 'r.ann'],
    ['r.report', 'r.report.ann'],
    ['report.TXT', 'report.TXT.ann'],
    ['noext', 'noext..ann'],
    ['noext.txt', 'noext.ann'],
    ['a.b.txt', 'a.b.ann'],
    ['sub/r.report', 'sub/r.report.ann'],
    ['.txt', '.txt..ann'],
  ];
  for (const [report, ann] of table) {
    assert.equal(annNameOf(report), ann, report);
    assert.ok(reportNamesOf(ann.slice(ann.lastIndexOf('/') + 1)).includes(report.slice(report.lastIndexOf('/') + 1)), ann);
  }
  const anns = table.map(([r]) => annNameOf(r));
  assert.equal(new Set(anns).size, anns.length, 'no two reports of the table share a file');
  assert.deepEqual([bratStemOf('r.txt'), bratStemOf('r.report'), bratStemOf('noext')], ['r', 'r.report', 'noext.']);
  assert.equal(annPathOf(path.join('a', 'r.report')), path.join('a', 'r.report.ann'));
});

test('r.txt, r.report, report.TXT, noext and noext.txt in one folder each keep their own tags', async () => {
  const text = '芜湖市卫健委推进医共体建设。';
  const names = ['r.txt', 'r.report', 'report.TXT', 'noext', 'noext.txt'];
  const s = setup(Object.fromEntries(names.map((n) => [n, text])));
  const labels = ['A', 'B', 'C', 'D', 'E'];
  for (let i = 0; i < names.length; i++) {
    await s.store.open(s.uri(names[i]), text, 1);
    assert.ok((await s.store.add(s.uri(names[i]), labels[i], 0, 6)).ok);
  }
  for (let i = 0; i < names.length; i++) {
    s.store.close(s.uri(names[i]));
    const state = await s.store.open(s.uri(names[i]), text, 1);
    assert.deepEqual(state.tags.map((t) => t.label), [labels[i]], names[i]);
  }
  assert.deepEqual(s.events.lost, [], 'no report took another’s tags for lost ones');
  assert.deepEqual(fs.readdirSync(s.dir).filter((f) => f.endsWith('.ann')).sort(), ['noext..ann', 'noext.ann', 'r.ann', 'r.report.ann', 'report.TXT.ann']);
});

test('odd names that would still share a file: the .txt keeps it, the other report is not tagged', async () => {
  const text = '芜湖市卫健委推进医共体建设。';
  const s = setup({ 'x.report': text, 'x.report.txt': text, 'x.report.ann': 'T1\tOrganisation 0 6\t芜湖市卫健委\n' });
  const mine = await s.store.open(s.uri('x.report.txt'), text, 1);
  assert.deepEqual(mine.tags.map((t) => t.id), ['T1']);
  const other = await s.store.open(s.uri('x.report'), text, 1);
  assert.equal(other.problem?.code, 'shared');
  assert.deepEqual(other.tags, []);
  assert.equal((await s.store.add(s.uri('x.report'), 'X', 0, 2)).ok, false);
  assert.equal(s.read('x.report.ann'), 'T1\tOrganisation 0 6\t芜湖市卫健委\n');
});

/**
 * A folder the disk refuses to write in, also to root (for whom chmod changes nothing): the report's
 * folder replaced by a plain file, so that every path under it fails with ENOTDIR.
 */
function blockFolder(dir: string): () => void {
  fs.renameSync(dir, `${dir}.away`);
  fs.writeFileSync(dir, 'not a folder');
  return () => {
    fs.rmSync(dir);
    fs.renameSync(`${dir}.away`, dir);
  };
}

test('a tag the disk refuses is undone: the editor never shows what the file does not hold', async () => {
  const text = '芜湖市卫健委推进医共体建设。';
  const s = setup({ 'r.txt': text, 'r.ann': 'T1\tTerm 8 11\t医共体\n' });
  await s.store.open(s.uri('r.txt'), text, 1);
  const unblock = blockFolder(s.dir);
  try {
    const added = await s.store.add(s.uri('r.txt'), 'Organisation', 0, 6);
    assert.equal(!added.ok && added.reason, 'write');
    assert.match(!added.ok ? added.detail ?? '' : '', /ENOTDIR/);
    const marked = await s.store.add(s.uri('r.txt'), 'Term', 8, 11, 'wrong');
    assert.equal(marked.ok, false);
    const removed = await s.store.remove(s.uri('r.txt'), ['T1']);
    assert.equal(removed.ok, false);
    const state = s.store.get(s.uri('r.txt'))!;
    assert.deepEqual(state.tags.map((t) => `${t.id} ${t.label} ${t.verdict ?? ''}`), ['T1 Term '], 'as in the file: no new tag, no verdict, not removed');
  } finally {
    unblock();
  }
  assert.equal(s.read('r.ann'), 'T1\tTerm 8 11\t医共体\n');
  assert.ok((await s.store.add(s.uri('r.txt'), 'Organisation', 0, 6)).ok, 'and works again once the disk takes it');
  assert.equal(s.read('r.ann'), 'T2\tOrganisation 0 6\t芜湖市卫健委\nT1\tTerm 8 11\t医共体\n');
});

test('tags moved by edits that cannot be saved stay in the editor, with a warning, and are written at the next save', async () => {
  const text = '芜湖市卫健委推进医共体建设。';
  const s = setup({ 'r.txt': text, 'r.ann': 'T1\tTerm 8 11\t医共体\n' });
  await s.store.open(s.uri('r.txt'), text, 1);
  const edited = `前言，${text}`;
  s.store.changed(s.uri('r.txt'), edited, 2);
  const unblock = blockFolder(s.dir);
  try {
    await s.store.saved(s.uri('r.txt'));
  } finally {
    unblock();
  }
  assert.equal(s.events.writeFailed.length, 1);
  assert.match(s.events.writeFailed[0], /ENOTDIR/);
  const state = s.store.get(s.uri('r.txt'))!;
  assert.deepEqual(state.tags.map((t) => `${t.id} ${t.spans[0].start}`), ['T1 11'], 'kept where the text now is');
  assert.equal(state.unsaved, true);
  fs.writeFileSync(s.file('r.txt'), edited);
  await s.store.saved(s.uri('r.txt'));
  assert.equal(s.read('r.ann'), 'T1\tTerm 11 14\t医共体\n');
  assert.equal(s.store.get(s.uri('r.txt'))!.writeError, undefined);
});

test('temporary files of writes killed before their rename are removed at the next open, not those of live writers', async () => {
  const text = '芜湖市卫健委推进医共体建设。';
  // A process that has ended: its pid is free (and not reused in the moment this test takes).
  const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;
  const s = setup({
    'r.txt': text,
    'r.ann': 'T1\tTerm 8 11\t医共体\n',
    [`.r.ann.${dead}.lz5k3a.tmp`]: 'T1\tTerm 8 1',
    [`.r.ann.${process.pid}.lz5k3b.tmp`]: 'T1\tTerm 8 1',
    [`.r.ann.1.lz5k3c.tmp`]: 'pid 1 is alive',
    [`.r.ann.${dead}.notes`]: 'not ours',
    [`.other.ann.${dead}.lz5k3a.tmp`]: 'another report’s',
  });
  await s.store.open(s.uri('r.txt'), text, 1);
  assert.deepEqual(fs.readdirSync(s.dir).filter((f) => f.startsWith('.')).sort(), [`.other.ann.${dead}.lz5k3a.tmp`, '.r.ann.1.lz5k3c.tmp', `.r.ann.${dead}.notes`].sort());
});

test('links where Report Lens writes are never followed: .ann.lost, the .ann itself', { skip: process.platform === 'win32' }, async () => {
  const text = '推进医共体建设。';
  const outside = path.join(tmp, `outside-${folders}`);
  fs.writeFileSync(outside, 'precious\n');
  const s = setup({ 'r.txt': text, 'r.ann': 'T1\tOrganisation 0 6\t芜湖市卫健委\nT2\tTerm 2 5\t医共体\n' });
  fs.symlinkSync(outside, s.file('r.ann.lost'));
  const state = await s.store.open(s.uri('r.txt'), text, 1);
  assert.equal(fs.readFileSync(outside, 'utf8'), 'precious\n', 'the link’s target is untouched');
  assert.match(state.writeError ?? '', /symbolic link/);
  assert.deepEqual(s.events.lost, [{ ids: ['T1'], logged: undefined }]);
  assert.match(s.read('r.ann'), /芜湖市卫健委/, 'the lost tag stays in the .ann while it cannot be recorded elsewhere');

  const target = path.join(tmp, `outside-ann-${folders}`);
  fs.writeFileSync(target, 'T1\tTerm 2 5\t医共体\n');
  const t = setup({ 'r.txt': text });
  fs.symlinkSync(target, t.file('r.ann'));
  const linked = await t.store.open(t.uri('r.txt'), text, 1);
  assert.deepEqual(linked.tags.map((x) => x.id), ['T1'], 'read through the link');
  assert.equal(linked.problem?.code, 'link');
  assert.equal((await t.store.add(t.uri('r.txt'), 'Figure', 0, 2)).ok, false);
  assert.equal(fs.readFileSync(target, 'utf8'), 'T1\tTerm 2 5\t医共体\n');
  assert.ok(fs.lstatSync(t.file('r.ann')).isSymbolicLink());
});
