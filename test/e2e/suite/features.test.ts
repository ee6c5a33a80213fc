/** What a user sees on the sample reports: hovers, outline, folding and decorations, through the VS Code API. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  api,
  closeAll,
  decoratedTexts,
  findSymbol,
  hasRange,
  hoverText,
  NEWSPAPER,
  openSample,
  poll,
  positionOf,
  rangeOf,
  restoreSampleAround,
  SUMMARY,
  symbols,
} from './util';
import { glossaryEntry } from './glossary';
import * as fs from 'node:fs';
import { TAGS_OF_COMMAND, TAG_AS_CUSTOM_COMMAND } from '../../../shared/commands';

/** The policy term the tests hover; the sample summary uses it in several sections. */
const TERM = '紧密型县域医共体';

describe('Report Lens on a year-end summary (plain text)', () => {
  let editor: vscode.TextEditor;
  let doc: vscode.TextDocument;
  before(async () => {
    await closeAll();
    editor = await openSample(SUMMARY);
    doc = editor.document;
  });
  after(closeAll);

  it('activates on a .txt report and returns its API', async () => {
    assert.equal(doc.languageId, 'plaintext');
    const ext = vscode.extensions.getExtension('report-lens.report-lens');
    assert.ok(ext?.isActive, 'extension not active after opening a .txt report');
    assert.equal(typeof (await api()).whenDecorated, 'function');
  });

  it('hover on a policy term shows its definition and source', async () => {
    const entry = glossaryEntry(TERM);
    const text = await hoverText(doc, positionOf(doc, TERM, 2));
    assert.ok(text.includes(entry.term), `hover does not name the term "${entry.term}":\n${text}`);
    assert.ok(text.includes(entry.definition.replace(/\s+/g, ' ').trim()), `hover lacks the definition "${entry.definition}":\n${text}`);
    if (entry.source) assert.ok(text.includes(entry.source), `hover lacks the source "${entry.source}":\n${text}`);
  });

  it('hover on a figure shows its normalised value (1.5亿元 → 150,000,000 元)', async () => {
    const text = await hoverText(doc, positionOf(doc, '1.5亿元', 1));
    assert.match(text, /1\.5亿元/, text);
    assert.match(text, /150,000,000\s*元/, `no normalised value in:\n${text}`);
  });

  it('hover on a percentage-point figure says it is a change in points', async () => {
    const text = await hoverText(doc, positionOf(doc, '2.4个百分点', 1));
    assert.match(text, /2\.4/, text);
    assert.match(text, /percentage points|百分点/, text);
  });

  it('hover on an organisation\'s alias shows its full name and kind', async () => {
    // 「青禾市中心医院（青禾市第一人民医院）」: the parenthesised name is an alias of the hospital.
    const text = await hoverText(doc, positionOf(doc, '青禾市第一人民医院', 3));
    assert.ok(text.includes('青禾市中心医院'), `hover lacks the full name:\n${text}`);
    assert.match(text, /·\s*(hospital|医院)/, `hover lacks the organisation kind:\n${text}`);
  });

  it('hover on an organisation\'s full name lists its aliases', async () => {
    const text = await hoverText(doc, positionOf(doc, '青禾市中心医院', 3));
    assert.ok(text.includes('青禾市中心医院'), `hover lacks the full name:\n${text}`);
    assert.ok(text.includes('青禾市第一人民医院'), `hover lacks the alias 青禾市第一人民医院:\n${text}`);
  });

  it('no hover on plain prose', async () => {
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, positionOf(doc, '现将有关情况报告如下', 2));
    const text = (hovers ?? []).flatMap((h) => h.contents).map((c) => (typeof c === 'string' ? c : c.value)).join('');
    assert.equal(text, '', `unexpected hover on prose: ${text}`);
  });

  it('document symbols are the report\'s sections, nested 一、 > (一) > 1.', async () => {
    const list = await symbols(doc);
    const one = findSymbol(list, '一、2024年工作开展情况');
    const two = findSymbol(list, '二、存在的问题');
    const three = findSymbol(list, '三、2025年工作思路');
    assert.equal(two.parents.length, one.parents.length, 'sections 一、 and 二、 are not siblings');
    assert.equal(three.parents.length, one.parents.length, 'sections 一、 and 三、 are not siblings');

    const sub = findSymbol(list, '深化医药卫生体制改革，群众就医负担持续减轻');
    assert.equal(sub.parents.at(-1), one.symbol, '(一) is not a child of 一、');
    assert.deepEqual(
      one.symbol.children.map((c) => c.name.replace(/^[（(][一二三四][)）]\s*/, '').slice(0, 6)),
      ['深化医药卫生', '夯实基层卫生', '织密公共卫生', '聚焦“一老一'],
      'children of 一、',
    );
    const item = findSymbol(list, '推进公立医院高质量发展');
    assert.equal(item.parents.at(-1), sub.symbol, '1. is not a child of (一)');
    assert.equal(findSymbol(list, '持续深化三医协同改革').parents.at(-1), three.symbol, '(一) of 三、 is not a child of 三、');

    // A section's range runs to the next section; its selection range is the heading line.
    const nextLine = two.symbol.range.start.line;
    assert.equal(one.symbol.selectionRange.start.line, positionOf(doc, '一、2024年工作开展情况', 0).line);
    assert.ok(one.symbol.range.end.line >= nextLine - 1 && one.symbol.range.end.line <= nextLine, `一、 ends at line ${one.symbol.range.end.line}, 二、 starts at ${nextLine}`);
  });

  it('folding ranges follow the sections', async () => {
    const ranges = await poll('folding ranges', async () => (await vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', doc.uri)) ?? undefined, (r) => r.length > 0);
    const line = (text: string) => positionOf(doc, text, 0).line;
    const at = (text: string) => ranges.find((r) => r.start === line(text));
    const one = at('一、2024年工作开展情况');
    assert.ok(one, `no folding range starts at 一、; ranges: ${JSON.stringify(ranges)}`);
    const two = line('二、存在的问题');
    assert.ok(one.end >= two - 2 && one.end < two, `一、 folds to line ${one.end}, 二、 is line ${two}`);
    const sub = at('(一)深化医药卫生体制改革');
    assert.ok(sub, 'no folding range for (一)');
    assert.ok(sub.end < line('(二)夯实基层卫生基础'), '(一) folds into (二)');
    assert.ok(at('(二)夯实基层卫生基础'), 'no folding range for (二)');
  });

  it('decorations mark terms, figures and organisations', async () => {
    const applied = (await api()).getAppliedDecorations(doc.uri);
    for (const kind of ['term', 'figure', 'org']) assert.ok((applied[kind] ?? []).length > 0, `no ${kind} decorations: ${JSON.stringify(Object.keys(applied))}`);
    assert.ok(hasRange(applied, 'term', rangeOf(doc, TERM)), `${TERM} is not decorated as a term; terms: ${decoratedTexts(doc, applied, 'term').join('、')}`);
    assert.ok(hasRange(applied, 'figure', rangeOf(doc, '1.5亿元')), `1.5亿元 not decorated as a figure; figures: ${decoratedTexts(doc, applied, 'figure').join('、')}`);
    assert.ok(decoratedTexts(doc, applied, 'org').some((t) => t.includes('青禾市中心医院')), `青禾市中心医院 not decorated; orgs: ${decoratedTexts(doc, applied, 'org').join('、')}`);
    // Decorated ranges are real spans of the document, never empty, within one kind never overlapping.
    for (const [kind, ranges] of Object.entries(applied)) {
      const sorted = [...ranges].sort((a, b) => a.start.compareTo(b.start));
      for (const [i, r] of sorted.entries()) {
        assert.ok(!r.isEmpty && doc.validateRange(r).isEqual(r), `${kind} range ${JSON.stringify(r)} is empty or outside the document`);
        if (i > 0) assert.ok(!sorted[i - 1].end.isAfter(r.start), `${kind} ranges overlap: ${doc.getText(sorted[i - 1])} / ${doc.getText(r)}`);
      }
    }
  });
});

describe('Report Lens on a newspaper page (report language)', () => {
  let doc: vscode.TextDocument;
  before(async () => {
    await closeAll();
    doc = (await openSample(NEWSPAPER)).document;
  });
  after(closeAll);

  it('opens .report files in the report language', () => {
    assert.equal(doc.languageId, 'report');
  });

  it('the outline lists the articles\' headlines', async () => {
    const list = await symbols(doc);
    for (const headline of ['县域医共体让村民就近看好病', '家庭医生上门 慢病管理不断档', '市中医医院开设“治未病”门诊']) findSymbol(list, headline);
    const names = list.map((s) => s.name).join(' | ');
    assert.ok(!names.includes('本报讯'), `a byline became a section: ${names}`);
  });

  it('hovers work in the report language too', async () => {
    const text = await hoverText(doc, positionOf(doc, '2.8亿元', 1));
    assert.match(text, /280,000,000\s*元/, text);
  });

  it('decorations are painted for the report language', async () => {
    const applied = (await api()).getAppliedDecorations(doc.uri);
    // The figure is 2.8亿元, with or without the 约 (about) before it.
    const figure = rangeOf(doc, '2.8亿元');
    assert.ok((applied.figure ?? []).some((r) => r.contains(figure) && /^约?2\.8亿元$/.test(doc.getText(r))), `figures: ${decoratedTexts(doc, applied, 'figure').join('、')}`);
    assert.ok((applied.term ?? []).length > 0, 'no term decorations');
  });
});

/** The language server's processes: children of this extension host running dist/server.js. */
function serverPids(): number[] {
  const pids: number[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const cmd = fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      if (ppid === process.pid && /dist[\\/]server\.js/.test(cmd)) pids.push(Number(entry));
    } catch {
      /* gone meanwhile */
    }
  }
  return pids;
}

describe('a language server that crashes', () => {
  const PHRASE = '组建覆盖全市的城市医疗集团';
  const LABEL = '崩溃测试';
  restoreSampleAround(SUMMARY);

  it('is restarted with a message; the open report (unsaved edit included), its hovers, decorations and tags are back', async function () {
    if (process.platform !== 'linux') this.skip(); // finds the server through /proc
    const editor = await openSample(SUMMARY);
    const doc = editor.document;
    const range = rangeOf(doc, PHRASE);
    editor.selection = new vscode.Selection(range.start, range.end);
    await vscode.commands.executeCommand(TAG_AS_CUSTOM_COMMAND, LABEL);
    type Painted = { label: string; ranges: vscode.Range[] };
    const tagsOf = async () => (await vscode.commands.executeCommand<Painted[]>(TAGS_OF_COMMAND, doc.uri)) ?? [];
    await poll('the tag painted', tagsOf, (t) => t.length === 1);
    // An edit that is not saved: the restarted server must get the text as it is in the editor.
    assert.ok(await editor.edit((b) => b.insert(new vscode.Position(0, 0), '（崩溃前未保存的一行）\n')));
    await poll('the tag moved by the edit', tagsOf, (t) => t.length === 1 && doc.getText(t[0].ranges[0]) === PHRASE);

    const before = serverPids();
    assert.equal(before.length, 1, `one server process, found ${before.join(', ')}`);
    process.kill(before[0], 'SIGKILL');
    const after = await poll('a new server process', () => serverPids(), (p) => p.length === 1 && p[0] !== before[0], 30_000);
    assert.notEqual(after[0], before[0]);

    const text = await hoverText(doc, positionOf(doc, TERM, 2), (s) => s.includes(TERM));
    assert.ok(text.includes(TERM), text);
    const tags = await poll('the tag after the restart', tagsOf, (t) => t.length === 1 && doc.getText(t[0].ranges[0]) === PHRASE, 30_000);
    assert.equal(tags[0].label, LABEL);
    const applied = await poll('decorations after the restart', async () => (await api()).getAppliedDecorations(doc.uri), (a) => hasRange(a, 'term', rangeOf(doc, TERM)), 30_000);
    assert.ok((applied.figure ?? []).length > 0);
    const sections = await symbols(doc, (s) => s.length > 0);
    assert.ok(findSymbol(sections, '一、2024年工作开展情况'));
  });
});
