/**
 * Tagging over LSP, against the bundled server: references, definition, highlights, workspace
 * symbols (with progress), and the tag requests with the .ann file they keep beside a report.
 */
import { after, before, describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { WorkDoneProgress } from 'vscode-languageserver-protocol';
import { open, positionOf, startServer, type Harness } from './harness';
import { readSeed } from '../helpers';
import { REMOVE_TAGS_COMMAND, TAG_RANGE_COMMAND } from '../../shared/commands';
import type { DecorationsResult, EntitiesResult, ExportResult, TagEditResult, TagsResult, WireRange } from '../../shared/protocol';

type Pos = { line: number; character: number };
type Loc = { uri: string; range: { start: Pos; end: Pos } };

/** The text of `text` under an LSP range. */
function textOf(text: string, r: { start: Pos; end: Pos }): string {
  const lines = text.split(/(?<=\r\n|\n|\r(?!\n))/);
  const offset = (p: Pos) => lines.slice(0, p.line).reduce((n, l) => n + l.length, 0) + p.character;
  return text.slice(offset(r.start), offset(r.end));
}
const wire = (r: WireRange) => ({ start: { line: r[0], character: r[1] }, end: { line: r[2], character: r[3] } });
const key = (r: { start: Pos; end: Pos }) => `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;
const compact = (s: string) => s.replace(/\s+/g, '');

describe('references, definition, highlights', () => {
  let h: Harness;
  let text: string;
  let uri: string;
  let deco: DecorationsResult;
  before(async () => {
    h = await startServer();
    text = readSeed('001');
    uri = open(h, text);
    await h.decorationsChanged(uri, 1);
    deco = (await h.conn.sendRequest('reportLens/decorations', { textDocument: { uri } })) as DecorationsResult;
  });
  after(async () => { await h.close(); });

  test('the server announces them', () => {
    const c = h.init.capabilities;
    assert.ok(c.referencesProvider && c.definitionProvider && c.documentHighlightProvider && c.workspaceSymbolProvider);
  });

  test('a term: references are its mentions (after its glossary entry when asked), definition is the entry', async () => {
    const at = positionOf(text, '三医协同', 1);
    const terms = new Set((deco.ranges.term ?? []).map((r) => key(wire(r))));
    const refs = (await h.conn.sendRequest('textDocument/references', { textDocument: { uri }, position: at, context: { includeDeclaration: true } })) as Loc[];
    assert.ok(refs.length >= 2, JSON.stringify(refs));
    const [entry, ...mentions] = refs;
    assert.match(entry.uri, /\/server\/data\/[^/]+\.json$/, 'the glossary entry comes first');
    const glossary = fs.readFileSync(new URL(entry.uri), 'utf8');
    assert.match(textOf(glossary, entry.range), /三医协同/);
    for (const m of mentions) {
      assert.equal(m.uri, uri);
      assert.ok(terms.has(key(m.range)), `${textOf(text, m.range)} is not a decorated term`);
    }
    assert.ok(mentions.some((m) => textOf(text, m.range).includes('三医协同')), mentions.map((m) => textOf(text, m.range)).join('|'));
    const without = (await h.conn.sendRequest('textDocument/references', { textDocument: { uri }, position: at, context: { includeDeclaration: false } })) as Loc[];
    assert.deepEqual(without.map((l) => key(l.range)), mentions.map((l) => key(l.range)));

    const def = (await h.conn.sendRequest('textDocument/definition', { textDocument: { uri }, position: at })) as Loc;
    assert.deepEqual(def, entry);

    const hl = (await h.conn.sendRequest('textDocument/documentHighlight', { textDocument: { uri }, position: at })) as { range: { start: Pos; end: Pos } }[];
    assert.deepEqual(hl.map((x) => key(x.range)), mentions.map((l) => key(l.range)));
  });

  test('an organisation: references and highlights are the mentions of all its names; definition its first full-name mention', async () => {
    const at = positionOf(text, '芜湖市卫健委', 2);
    const hover = (await h.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: at })) as { contents: { value: string } };
    const canonical = /^\*\*(.+?)\*\*/.exec(hover.contents.value)![1].replace(/\\(.)/g, '$1');
    const orgs = new Set((deco.ranges.org ?? []).map((r) => key(wire(r))));
    const refs = (await h.conn.sendRequest('textDocument/references', { textDocument: { uri }, position: at, context: { includeDeclaration: true } })) as Loc[];
    assert.ok(refs.length >= 1);
    for (const r of refs) assert.ok(orgs.has(key(r.range)), `${textOf(text, r.range)} is not a decorated organisation`);
    assert.ok(refs.some((r) => r.range.start.line === at.line && r.range.start.character <= at.character && at.character <= r.range.end.character), 'the mention under the cursor is one of them');

    const def = (await h.conn.sendRequest('textDocument/definition', { textDocument: { uri }, position: at })) as Loc;
    assert.equal(def.uri, uri);
    const full = refs.filter((r) => compact(textOf(text, r.range)) === compact(canonical));
    if (full.length) assert.deepEqual(def.range, full[0].range, 'the first mention under the full name');
    else assert.deepEqual(def.range, refs[0].range, 'no full-name mention: the first one');

    const hl = (await h.conn.sendRequest('textDocument/documentHighlight', { textDocument: { uri }, position: at })) as { range: { start: Pos; end: Pos }; kind: number }[];
    assert.deepEqual(hl.map((x) => key(x.range)).sort(), refs.map((r) => key(r.range)).sort());
    assert.deepEqual(hl.filter((x) => x.kind === 3).map((x) => x.range), [def.range], 'the defining mention is marked as written');
  });

  test('nothing at a plain character', async () => {
    const plain = { line: 0, character: 0 };
    const r = (await h.conn.sendRequest('textDocument/references', { textDocument: { uri }, position: plain, context: { includeDeclaration: true } })) as Loc[] | null;
    assert.ok(!r || r.length === 0 || r.every((l) => l.uri === uri));
  });
});

describe('workspace symbols', () => {
  let dir: string;
  let h: Harness;
  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'report-lens-ws-'));
    fs.mkdirSync(path.join(dir, 'sub'));
    fs.writeFileSync(path.join(dir, 'a.txt'), readSeed('001'));
    fs.writeFileSync(path.join(dir, 'sub', 'b.report'), readSeed('004'));
    fs.writeFileSync(path.join(dir, 'notes.md'), '芜湖市卫健委');
    h = await startServer({ rootDir: dir });
  });
  after(async () => {
    await h.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('sections, organisations and terms of every report in the folder, with progress while indexing', async () => {
    const progress: { token: unknown; kind: string }[] = [];
    h.conn.onProgress(WorkDoneProgress.type, 'index-1', (value) => {
      progress.push({ token: 'index-1', kind: value.kind });
    });
    const symbols = (await h.conn.sendRequest('workspace/symbol', { query: '', workDoneToken: 'index-1' })) as { name: string; kind: number; location: Loc; containerName?: string }[];
    const a = pathToFileURL(path.join(dir, 'a.txt')).toString();
    const b = pathToFileURL(path.join(dir, 'sub', 'b.report')).toString();
    const files = new Set(symbols.map((s) => s.location.uri));
    assert.ok(files.has(a) && files.has(b), [...files].join(', '));
    assert.ok(![...files].some((f) => f.endsWith('.md')), 'only reports');
    assert.ok(symbols.some((s) => s.location.uri === a && s.kind === 15 && s.name.startsWith('一、主要做法')), 'a section of a.txt');
    assert.ok(symbols.some((s) => s.location.uri === a && s.kind === 5 && s.name === '芜湖市卫健委'), 'an organisation of a.txt');
    assert.ok(symbols.some((s) => s.location.uri === a && s.kind === 20 && s.name.includes('三医协同')), 'a term of a.txt');
    const text = readSeed('001');
    for (const s of symbols.filter((x) => x.location.uri === a && x.kind === 5)) {
      assert.equal(compact(textOf(text, s.location.range)), s.name, 'an organisation symbol points at its name');
    }
    await h.waitFor(() => progress.some((p) => p.token === 'index-1' && p.kind === 'end'), 'progress end');
    assert.equal(progress.filter((p) => p.token === 'index-1')[0].kind, 'begin');

    const filtered = (await h.conn.sendRequest('workspace/symbol', { query: '卫健委' })) as { name: string }[];
    assert.ok(filtered.length > 0 && filtered.every((s) => /卫.*健.*委/.test(s.name)), JSON.stringify(filtered.map((s) => s.name)));

    // A new report in the folder is found at the next query.
    fs.writeFileSync(path.join(dir, 'c.txt'), '一、新的报告\n深化三医协同发展和治理。\n');
    const again = (await h.conn.sendRequest('workspace/symbol', { query: '新的报告' })) as { location: Loc }[];
    assert.ok(again.some((s) => s.location.uri.endsWith('/c.txt')));
  });

  test('a report open in the editor is not read from disk: its symbols are those of its unsaved text', async () => {
    const d = path.join(dir, 'd.txt');
    fs.writeFileSync(d, '一、磁盘上的标题\n深化三医协同发展和治理。\n');
    fs.writeFileSync(path.join(dir, 'e.txt'), '一、另一份报告\n推进分级诊疗。\n');
    const uri = pathToFileURL(d).toString();
    h.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: '一、编辑器里的标题\n深化三医协同发展和治理。\n' } });
    const begun: string[] = [];
    h.conn.onProgress(WorkDoneProgress.type, 'index-2', (value) => {
      if (value.kind === 'begin') begun.push(value.message ?? '');
    });
    const symbols = (await h.conn.sendRequest('workspace/symbol', { query: '标题', workDoneToken: 'index-2' })) as { name: string; location: Loc }[];
    assert.deepEqual(symbols.filter((s) => s.location.uri === uri).map((s) => s.name), ['一、编辑器里的标题']);
    // Only e.txt was new on disk to the index: d.txt is open.
    await h.waitFor(() => begun.length > 0, 'progress begin');
    assert.deepEqual(begun, ['1 reports']);
  });
});

describe('tags beside a report', () => {
  let dir: string;
  let h: Harness;
  const REPORT = '𠀀前言。\r\n组建覆盖全市的城市医疗集团，投入1.5亿元，深化三医协同发展和治理。\r\n';
  const PHRASE = '组建覆盖全市的城市医疗集团';
  let file: string;
  let uri: string;
  const ann = () => fs.readFileSync(path.join(dir, 'report.ann'), 'utf8');
  const tags = () => h.conn.sendRequest('reportLens/tags', { textDocument: { uri } }) as Promise<TagsResult>;
  const rangeOf = (text: string, s: string, nth = 0) => ({ start: positionOf(text, s, 0, nth), end: positionOf(text, s, s.length, nth) });
  const openFile = (text: string, version = 1) =>
    h.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version, text } });

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'report-lens-tags-'));
    file = path.join(dir, 'report.txt');
    fs.writeFileSync(file, REPORT);
    uri = pathToFileURL(file).toString();
    h = await startServer({ rootDir: dir });
    openFile(REPORT);
    await h.decorationsChanged(uri, 1);
  });
  after(async () => {
    await h.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('tagging a selection writes the .ann (code-point offsets, CRLF counted twice) and the tag is listed', async () => {
    const r = (await h.conn.sendRequest('reportLens/addTag', { textDocument: { uri }, range: rangeOf(REPORT, PHRASE), label: '重点任务' })) as TagEditResult;
    assert.deepEqual(r, { ok: true, ids: ['T1'] });
    // 𠀀 前 言 。 \r \n: the phrase starts at code point 6.
    assert.equal(ann(), `T1\t重点任务 6 19\t${PHRASE}\n`);
    const t = await tags();
    assert.deepEqual(t.tags.map((x) => [x.id, x.label, x.kind, x.text]), [['T1', '重点任务', 'tag', PHRASE]]);
    assert.deepEqual(wire(t.tags[0].ranges[0]), rangeOf(REPORT, PHRASE));
    const none = (await h.conn.sendRequest('reportLens/addTag', { textDocument: { uri }, range: rangeOf(REPORT, '。\r\n'), label: 'Term' })) as TagEditResult;
    assert.equal(none.ok, true, 'punctuation can be tagged');
    await h.conn.sendRequest('reportLens/removeTag', { textDocument: { uri }, ids: none.ids });
    assert.equal(ann(), `T1\t重点任务 6 19\t${PHRASE}\n`);
  });

  test('marking a detection wrong hides it and records the correction; confirming one is kept as right', async () => {
    const before = (await h.conn.sendRequest('reportLens/decorations', { textDocument: { uri } })) as DecorationsResult;
    const figures = (before.ranges.figure ?? []).map((r) => textOf(REPORT, wire(r)));
    assert.ok(figures.includes('1.5亿元'), figures.join('|'));
    const r = (await h.conn.sendRequest('reportLens/markDetection', { textDocument: { uri }, position: positionOf(REPORT, '1.5亿元', 1), verdict: 'wrong' })) as TagEditResult;
    assert.equal(r.ok, true, r.message);
    assert.match(ann(), /^T2\tFigure 22 27\t1\.5亿元$/m);
    assert.match(ann(), /^A1\tVerdict T2 Wrong$/m);
    const after = (await h.conn.sendRequest('reportLens/decorations', { textDocument: { uri } })) as DecorationsResult;
    assert.ok(!(after.ranges.figure ?? []).map((x) => textOf(REPORT, wire(x))).includes('1.5亿元'), 'the wrong figure is no longer decorated');
    const hover = (await h.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: positionOf(REPORT, '1.5亿元', 1) })) as { contents: { value: string } } | null;
    assert.ok(!hover || !/150,000,000/.test(hover.contents.value), 'nor hovered');

    const ok = (await h.conn.sendRequest('reportLens/markDetection', { textDocument: { uri }, position: positionOf(REPORT, '三医协同', 1), verdict: 'right' })) as TagEditResult;
    assert.equal(ok.ok, true, ok.message);
    assert.match(ann(), /^A\d\tVerdict T3 Right$/m);
    const nothing = (await h.conn.sendRequest('reportLens/markDetection', { textDocument: { uri }, position: positionOf(REPORT, '前言', 1), verdict: 'wrong' })) as TagEditResult;
    assert.equal(nothing.ok, false);
    assert.ok(nothing.message && nothing.message.length > 5);
  });

  test('the entities view lists tags and corrections; exports include the tag and leave out the wrong figure', async () => {
    const e = (await h.conn.sendRequest('reportLens/entities', { textDocument: { uri } })) as EntitiesResult;
    const groups = Object.fromEntries(e.groups.map((g) => [g.id, g]));
    assert.deepEqual(groups.tags.children!.map((c) => [c.label, c.count]), [['重点任务', 1]]);
    const corrections = groups.corrections.children!.map((c) => c.label);
    assert.equal(corrections.length, 2);
    assert.ok(corrections.includes('1.5亿元') && corrections.some((c) => c.includes('三医协同')), corrections.join('|'));
    assert.ok(!(groups.figures?.children ?? []).flatMap((k) => k.children ?? []).some((f) => f.label === '1.5亿元'));

    const exp = async (format: string) => ((await h.conn.sendRequest('reportLens/export', { format, textDocument: { uri } })) as ExportResult).files;
    const [csv] = await exp('csv');
    assert.equal(csv.name, 'report.csv');
    assert.match(csv.content, /^report\.txt,user,tag,重点任务,6,19,2,1,组建覆盖全市的城市医疗集团,/m);
    assert.ok(!csv.content.includes('1.5亿元'));
    assert.match(csv.content, /,Term,.*三医协同.*,yes\r\n/);
    const [html] = await exp('html');
    assert.match(html.content, /<mark class="t0 user" title="重点任务[^"]*">组建/);
    const shown = /<div class="report">([\s\S]*?)<\/div>/.exec(html.content)![1].replace(/<[^>]+>/g, '');
    assert.equal(shown.replace(/&amp;/g, '&'), REPORT, 'the page shows the whole report');
    const [brat] = await exp('brat');
    assert.match(brat.content, /\t重点任务 6 19\t组建覆盖全市的城市医疗集团\n/);
    const [doccano] = await exp('doccano');
    assert.deepEqual(JSON.parse(doccano.content).label.find((l: unknown[]) => l[2] === '重点任务'), [6, 19, '重点任务']);
  });

  test('edits move the tags; saving rewrites the .ann; closing and reopening finds them again', async () => {
    const inserted = '（征求意见稿）';
    const now = inserted + REPORT;
    h.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: inserted }] });
    await h.decorationsChanged(uri, 2);
    const moved = await tags();
    assert.deepEqual(wire(moved.tags.find((t) => t.id === 'T1')!.ranges[0]), rangeOf(now, PHRASE));
    assert.match(ann(), /^T1\t重点任务 6 19\t/m, 'the file follows the saved text, not the editor');
    fs.writeFileSync(file, now);
    h.conn.sendNotification('textDocument/didSave', { textDocument: { uri } });
    await tags(); // answered after the save was handled
    assert.match(ann(), /^T1\t重点任务 13 26\t/m, '.ann rewritten after the save');

    h.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
    openFile(now, 1);
    await h.decorationsChanged(uri, 1);
    const back = await tags();
    assert.deepEqual(back.tags.map((t) => t.id).sort(), ['T1', 'T2', 'T3']);
    assert.equal(textOf(now, wire(back.tags.find((t) => t.id === 'T1')!.ranges[0])), PHRASE);
  });

  test('a report changed outside the editor: tags re-anchored by their text, a tag whose text is gone reported and recorded', async () => {
    h.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
    const changed = '新的开头，多几个字。\r\n' + REPORT.replace('1.5亿元', '2亿元');
    fs.writeFileSync(file, changed);
    const messages = h.messages.length;
    openFile(changed, 1);
    await h.waitFor(() => h.messages.slice(messages).some((m) => m.message.includes('1.5亿元')), 'the lost tag reported');
    const t = await tags();
    assert.equal(textOf(changed, wire(t.tags.find((x) => x.id === 'T1')!.ranges[0])), PHRASE);
    assert.ok(!t.tags.some((x) => x.id === 'T2'));
    assert.match(ann(), /^T1\t重点任务 18 31\t组建/m);
    assert.match(fs.readFileSync(path.join(dir, 'report.ann.lost'), 'utf8'), /^T2\tFigure \d+ \d+\t1\.5亿元$/m);
    const e = (await h.conn.sendRequest('reportLens/entities', { textDocument: { uri } })) as EntitiesResult;
    assert.deepEqual(e.groups.find((g) => g.id === 'lost')?.children?.map((c) => c.label), ['1.5亿元']);
  });

  test('a corrupt .ann is reported with its line and left untouched; tagging waits until it is fixed', async () => {
    const other = path.join(dir, 'other.txt');
    fs.writeFileSync(other, '芜湖市卫健委推进医共体建设。\n');
    const corrupt = 'T1\tOrganisation 0 6\t芜湖市卫健委\nT2\tTerm eight 11\t医共体\n';
    fs.writeFileSync(path.join(dir, 'other.ann'), corrupt);
    const otherUri = pathToFileURL(other).toString();
    const messages = h.messages.length;
    h.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: otherUri, languageId: 'plaintext', version: 1, text: '芜湖市卫健委推进医共体建设。\n' } });
    await h.waitFor(() => h.messages.slice(messages).some((m) => m.message.includes('other.ann') && m.message.includes('line 2')), 'the problem reported with file and line');
    const r = (await h.conn.sendRequest('reportLens/addTag', { textDocument: { uri: otherUri }, range: { start: { line: 0, character: 8 }, end: { line: 0, character: 11 } }, label: 'Term' })) as TagEditResult;
    assert.equal(r.ok, false);
    assert.match(r.message!, /other\.ann/);
    assert.equal(fs.readFileSync(path.join(dir, 'other.ann'), 'utf8'), corrupt);
    const t = (await h.conn.sendRequest('reportLens/tags', { textDocument: { uri: otherUri } })) as TagsResult;
    assert.equal(t.problem?.line, 2);
    assert.deepEqual(t.tags.map((x) => x.id), ['T1'], 'what could be read is shown');

    fs.writeFileSync(path.join(dir, 'other.ann'), 'T1\tOrganisation 0 6\t芜湖市卫健委\n');
    const fixed = (await h.conn.sendRequest('reportLens/addTag', { textDocument: { uri: otherUri }, range: { start: { line: 0, character: 8 }, end: { line: 0, character: 11 } }, label: 'Term' })) as TagEditResult;
    assert.equal(fixed.ok, true, fixed.message);
    assert.equal(fs.readFileSync(path.join(dir, 'other.ann'), 'utf8'), 'T1\tOrganisation 0 6\t芜湖市卫健委\nT2\tTerm 8 11\t医共体\n');
  });

  test('a document that is not a file cannot be tagged', async () => {
    const virtual = 'untitled:Untitled-1';
    h.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: virtual, languageId: 'plaintext', version: 1, text: '芜湖市卫健委。\n' } });
    await h.decorationsChanged(virtual, 1);
    const r = (await h.conn.sendRequest('reportLens/addTag', { textDocument: { uri: virtual }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } }, label: 'Term' })) as TagEditResult;
    assert.equal(r.ok, false);
    assert.ok(r.message);
  });
});

describe('quick fixes (VS Code)', () => {
  test('a selection can be tagged as each kind and each custom tag; a detection marked wrong or right; a tag removed', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'report-lens-fix-'));
    const text = '组建覆盖全市的城市医疗集团，投入1.5亿元。\n';
    const file = path.join(dir, 'r.txt');
    fs.writeFileSync(file, text);
    fs.writeFileSync(path.join(dir, 'r.ann'), 'T1\t重点任务 0 6\t组建覆盖全市\n');
    const uri = pathToFileURL(file).toString();
    const h = await startServer({ rootDir: dir, clientDrawsDecorations: true, settings: { customTags: [{ name: '重点任务', color: '#c2185b' }, { name: '' }] } });
    try {
      h.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text } });
      await h.decorationsChanged(uri, 1);
      type Action = { title: string; command: { command: string; arguments: unknown[] } };
      const actions = (start: Pos, end: Pos) =>
        h.conn.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: { start, end }, context: { diagnostics: [] } }) as Promise<Action[]>;
      const selection = await actions({ line: 0, character: 7 }, { line: 0, character: 13 });
      const titles = selection.map((a) => a.title);
      for (const t of ['Tag as policy term', 'Tag as figure', 'Tag as organisation', 'Tag as “重点任务”']) assert.ok(titles.includes(t), titles.join(' | '));
      const custom = selection.find((a) => a.title === 'Tag as “重点任务”')!;
      assert.deepEqual(custom.command.command, TAG_RANGE_COMMAND);
      assert.deepEqual(custom.command.arguments[0], { uri, range: { start: { line: 0, character: 7 }, end: { line: 0, character: 13 } }, label: '重点任务' });

      const atFigure = await actions(positionOf(text, '1.5亿元', 1), positionOf(text, '1.5亿元', 1));
      assert.deepEqual(atFigure.map((a) => a.title), ['Mark “1.5亿元” as not a figure', 'Confirm “1.5亿元” as a figure']);
      assert.deepEqual(atFigure[0].command.arguments[0], { uri, position: positionOf(text, '1.5亿元', 1), verdict: 'wrong', kind: 'figure' });

      const atTag = await actions({ line: 0, character: 2 }, { line: 0, character: 2 });
      const remove = atTag.find((a) => a.command.command === REMOVE_TAGS_COMMAND);
      assert.equal(remove?.title, 'Remove tag “组建覆盖全市” (重点任务)');
      assert.deepEqual(remove?.command.arguments[0], { uri, ids: ['T1'] });
    } finally {
      await h.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
