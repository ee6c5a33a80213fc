/**
 * The bundled server (dist/server.js) over stdio, spoken to as an editor would:
 * initialize, didOpen, didChange, hover, documentSymbol, folding, semantic tokens, decorations, shutdown.
 */
import { after, before, describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { open, positionOf, startServer, type Harness } from './harness';
import { readSeed, seedsRepeated } from '../helpers';
import type { DecorationsResult } from '../../shared/protocol';

type Hover = { contents: { value: string }; range: { start: { line: number; character: number }; end: { line: number; character: number } } } | null;
type Symbol = { name: string; children?: Symbol[]; range: { start: { line: number } }; selectionRange: { start: { line: number } } };

const hover = (h: Harness, uri: string, position: { line: number; character: number }) =>
  h.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position }) as Promise<Hover>;
const decorations = (h: Harness, uri: string, visibleLines?: { start: number; end: number }[]) =>
  h.conn.sendRequest('reportLens/decorations', { textDocument: { uri }, visibleLines }) as Promise<DecorationsResult>;
const symbols = (h: Harness, uri: string) => h.conn.sendRequest('textDocument/documentSymbol', { textDocument: { uri } }) as Promise<Symbol[]>;

/** Calls `get` until `ok` accepts its value or `timeoutMs` passes; returns the last value. */
async function poll<T>(get: () => Promise<T>, ok: (v: T) => boolean, timeoutMs = 5000): Promise<T> {
  const end = Date.now() + timeoutMs;
  let v = await get();
  while (!ok(v) && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 20));
    v = await get();
  }
  return v;
}

/** Semantic tokens from LSP's relative encoding (five numbers a token) to lines and columns. */
function decodeTokens(data: number[]): { line: number; character: number; length: number; type: number; modifiers: number }[] {
  const out = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i + 4 < data.length; i += 5) {
    character = data[i] === 0 ? character + data[i + 1] : data[i + 1];
    line += data[i];
    out.push({ line, character, length: data[i + 2], type: data[i + 3], modifiers: data[i + 4] });
  }
  return out;
}

/** The text and type of a token, for comparing. */
const pick = (tk: { text: string; type: string } | undefined) => tk && { text: tk.text, type: tk.type };

/** The document text under a wire range. */
function textAt(text: string, r: [number, number, number, number]): string {
  const lines = text.split(/(?<=\r\n|\n|\r(?!\n))/);
  const offset = (line: number, ch: number) => lines.slice(0, line).reduce((n, l) => n + l.length, 0) + ch;
  return text.slice(offset(r[0], r[1]), offset(r[2], r[3]));
}

describe('server over stdio', () => {
  let h: Harness;
  before(async () => { h = await startServer(); });
  after(async () => { await h.close(); });

  test('initialize announces the features', () => {
    const c = h.init.capabilities;
    assert.equal(c.textDocumentSync, 2, 'incremental sync');
    assert.ok(c.hoverProvider);
    assert.ok(c.documentSymbolProvider);
    assert.ok(c.foldingRangeProvider);
    assert.deepEqual(c.semanticTokensProvider?.legend.tokenTypes, ['keyword', 'number', 'class']);
  });

  test('a year-end report: decorations, hovers, outline, folding, semantic tokens', async () => {
    const text = readSeed('001');
    const uri = open(h, text);
    await h.decorationsChanged(uri, 1);
    const deco = await decorations(h, uri);
    assert.equal(deco.version, 1);
    const texts = (kind: keyof DecorationsResult['ranges']) => (deco.ranges[kind] ?? []).map((r) => textAt(text, r));
    assert.ok(texts('figure').includes('1.5亿元'), 'figure 1.5亿元 decorated');
    assert.ok(texts('figure').includes('86.43%'));
    assert.ok(texts('term').some((t) => t.startsWith('三医协同')), 'term 三医协同 decorated');
    assert.ok(texts('org').includes('芜湖市卫健委'), 'org 芜湖市卫健委 decorated');

    const money = await hover(h, uri, positionOf(text, '1.5亿元', 2));
    assert.match(money!.contents.value, /150,000,000/);
    assert.equal(textAt(text, [money!.range.start.line, money!.range.start.character, money!.range.end.line, money!.range.end.character]), '1.5亿元');

    const term = await hover(h, uri, positionOf(text, '三医协同', 1));
    assert.match(term!.contents.value, /三医协同/);
    assert.match(term!.contents.value, /policy term/);

    const org = await hover(h, uri, positionOf(text, '芜湖市卫健委', 2));
    assert.match(org!.contents.value, /government body/);
    assert.match(org!.contents.value, /Mentioned \d+ times/);

    const outline = await symbols(h, uri);
    const names = outline.flatMap((s) => [s.name, ...(s.children ?? []).map((c) => c.name)]);
    assert.ok(names.some((n) => n.startsWith('一、主要做法')), `sections: ${names.join(' | ')}`);
    assert.ok(names.some((n) => n.startsWith('二、2025年工作计划')));
    const first = outline.flatMap((s) => [s, ...(s.children ?? [])]).find((s) => s.name.startsWith('一、'))!;
    assert.ok((first.children ?? []).some((c) => /^[(（]一[)）]/.test(c.name)), '(一) nested under 一、');

    const folds = (await h.conn.sendRequest('textDocument/foldingRange', { textDocument: { uri } })) as { startLine: number; endLine: number }[];
    assert.ok(folds.some((f) => f.startLine === first.selectionRange.start.line && f.endLine > f.startLine), 'the 一、 section folds');

    const tokens = (await h.conn.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri } })) as { data: number[] };
    const legend = h.init.capabilities.semanticTokensProvider!.legend.tokenTypes;
    const found = decodeTokens(tokens.data).map((tk) => ({ ...tk, type: legend[tk.type], text: textAt(text, [tk.line, tk.character, tk.line, tk.character + tk.length]) }));
    assert.ok(found.length > 10, `${found.length} tokens`);
    /** The token that starts where the first `needle` of the text starts. */
    const tokenAt = (needle: string) => {
      const p = positionOf(text, needle, 0);
      return found.find((tk) => tk.line === p.line && tk.character === p.character);
    };
    assert.deepEqual(pick(tokenAt('1.5亿元')), { text: '1.5亿元', type: 'number' });
    assert.deepEqual(pick(tokenAt('86.43%')), { text: '86.43%', type: 'number' });
    assert.deepEqual(pick(tokenAt('芜湖市卫健委')), { text: '芜湖市卫健委', type: 'class' });
    assert.equal(tokenAt('三医协同')?.type, 'keyword');
    assert.ok(tokenAt('三医协同')!.text.startsWith('三医协同'));
    // Within a line, tokens come in order and do not overlap.
    for (let i = 1; i < found.length; i++) {
      const [a, b] = [found[i - 1], found[i]];
      assert.ok(b.line > a.line || b.character >= a.character + a.length, `token ${i} overlaps the one before`);
    }
  });

  test('a short name declared by an edit is decorated and hovered where the report uses it later', async () => {
    const text = '武汉市硚口区汉水桥街社区卫生服务中心成立于2010年。\n今年汉水中心完成随访3000人次。\n';
    const uri = open(h, text);
    await h.decorationsChanged(uri, 1);
    const orgsOf = async (now: string, lines?: { start: number; end: number }[]) => ((await decorations(h, uri, lines)).ranges.org ?? []).map((r) => textAt(now, r));
    assert.deepEqual(await orgsOf(text), ['武汉市硚口区汉水桥街社区卫生服务中心']);
    const at = text.indexOf('成立');
    h.conn.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 0, character: at }, end: { line: 0, character: at } }, text: '（以下简称“汉水中心”）' }],
    });
    await h.decorationsChanged(uri, 2);
    const now = text.slice(0, at) + '（以下简称“汉水中心”）' + text.slice(at);
    assert.deepEqual(await orgsOf(now), ['武汉市硚口区汉水桥街社区卫生服务中心', '汉水中心', '汉水中心']);
    // Also when only the second line is on screen, the declaration being off it.
    assert.deepEqual(await orgsOf(now, [{ start: 1, end: 1 }]), ['汉水中心']);
    const use = await hover(h, uri, positionOf(now, '今年汉水中心', 3));
    assert.match(use!.contents.value, /武汉市硚口区汉水桥街社区卫生服务中心/);
    assert.match(use!.contents.value, /Mentioned 3 times/);
  });

  test('an incremental edit updates decorations and symbols', async () => {
    const text = '一、工作回顾\n全年投入1.5亿元。\n';
    const uri = open(h, text);
    await h.decorationsChanged(uri, 1);
    h.conn.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, text: '二、下一步计划\n推进三医协同，做好工作。\n' }],
    });
    await h.decorationsChanged(uri, 2);
    const deco = await decorations(h, uri);
    assert.equal(deco.version, 2);
    const now = text + '二、下一步计划\n推进三医协同，做好工作。\n';
    assert.deepEqual((deco.ranges.term ?? []).map((r) => textAt(now, r)), ['三医协同']);
    const names = (await symbols(h, uri)).flatMap((s) => [s.name, ...(s.children ?? []).map((c) => c.name)]);
    assert.ok(names.includes('二、下一步计划'), names.join('|'));

    // Delete the term: its decoration goes.
    h.conn.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 3 },
      contentChanges: [{ range: { start: { line: 3, character: 2 }, end: { line: 3, character: 6 } }, text: '' }],
    });
    await h.decorationsChanged(uri, 3);
    assert.deepEqual((await decorations(h, uri)).ranges.term ?? [], []);
  });

  test('positions stay right after astral characters and with CRLF', async () => {
    const text = '𠀀😀说明\r\n𠀀𠀀组建紧密型县域医共体7个，投入1.5亿元。\r\n';
    const uri = open(h, text);
    await h.decorationsChanged(uri, 1);
    const deco = await decorations(h, uri);
    assert.deepEqual((deco.ranges.term ?? []).map((r) => textAt(text, r)), ['紧密型县域医共体']);
    assert.ok((deco.ranges.figure ?? []).map((r) => textAt(text, r)).includes('1.5亿元'));
    const hv = await hover(h, uri, positionOf(text, '1.5亿元', 1));
    assert.deepEqual(hv!.range.start, { line: 1, character: text.split('\r\n')[1].indexOf('1.5亿元') });
  });

  test('a term broken across lines is one decoration spanning the break', async () => {
    const text = '这得益于恒口示范区推进的卫生健康事业发展和县域\n\n医共体建设。\n';
    const uri = open(h, text);
    await h.decorationsChanged(uri, 1);
    const terms = ((await decorations(h, uri)).ranges.term ?? []).map((r) => textAt(text, r));
    assert.ok(terms.includes('县域\n\n医共体'), JSON.stringify(terms));
  });

  test('visible lines limit the ranges sent', async () => {
    const text = readSeed('001');
    const uri = open(h, text);
    await h.decorationsChanged(uri, 1);
    const all = await decorations(h, uri);
    const some = await decorations(h, uri, [{ start: 0, end: 3 }]);
    assert.equal(some.partial, true);
    assert.ok((some.ranges.figure ?? []).length < (all.ranges.figure ?? []).length);
    assert.ok((some.ranges.figure ?? []).every((r) => r[0] <= 4));
  });

  test('a big report is analysed in slices: its first screen is decorated early, other documents are answered meanwhile', async () => {
    const small = '一、工作回顾\n全年投入1.5亿元，推进三医协同。\n';
    const smallUri = open(h, small);
    await decorations(h, smallUri);
    // The seeds repeated to some 3 million characters (a few seconds of work on a slow machine).
    const text = seedsRepeated(3_000_000);
    const bigUri = open(h, text, 'big-report.txt');
    let screenDone = false;
    let bigDone = false;
    const firstScreen = decorations(h, bigUri, [{ start: 0, end: 100 }]).then((r) => ((screenDone = true), r));
    // The outline needs the whole document analysed.
    const outline = symbols(h, bigUri).then((r) => ((bigDone = true), r));
    // Hovers on the small document every 5 ms until the outline comes. Those answered after the first
    // screen and before the outline were answered while the big report was still being analysed.
    let answeredMeanwhile = 0;
    const hovers: Promise<void>[] = [];
    while (!bigDone) {
      hovers.push(hover(h, smallUri, positionOf(small, '三医协同')).then((r) => void (r && screenDone && !bigDone && answeredMeanwhile++)));
      await new Promise((ok) => setTimeout(ok, 5));
    }
    await Promise.all(hovers);
    const [early, sections] = await Promise.all([firstScreen, outline]);
    // A server that analysed the big report in one go would answer the first screen, the outline and
    // the hovers in the order they came, none of the hovers in between; so would one that answered
    // the first screen only once the whole report was analysed. (The analysis takes some hundreds
    // of milliseconds even on a fast machine: dozens of hovers.)
    assert.ok(answeredMeanwhile >= 5, `${answeredMeanwhile} hovers answered between the first screen and the outline`);
    const count = (list: Symbol[]): number => list.reduce((n, x) => n + 1 + count(x.children ?? []), 0);
    assert.ok(count(sections) > 100, `${count(sections)} sections`);
    // What the first screen got early is what it gets from the finished analysis.
    assert.equal(early.version, 1);
    assert.ok((early.ranges.term ?? []).length > 0 && (early.ranges.org ?? []).length > 0);
    const late = await decorations(h, bigUri, [{ start: 0, end: 100 }]);
    assert.deepEqual(late.ranges, early.ranges);
  });

  test('typing while a big report is first analysed: the first analysis finishes, the edits follow it incrementally', async () => {
    const text = seedsRepeated(1_000_000);
    const uri = open(h, text, 'typed-report.txt');
    const at = positionOf(text, '。', 1, 2000);
    // A keystroke every 50 ms, each followed by a request for the decorations of that version. If
    // each keystroke restarted the analysis from scratch, none would ever be answered.
    let version = 1;
    let answered = 0;
    const pending: Promise<void>[] = [];
    const deadline = Date.now() + 60_000;
    while (answered < 5 && Date.now() < deadline) {
      version++;
      h.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range: { start: at, end: at }, text: '的' }] });
      const asked = version;
      pending.push(decorations(h, uri).then((r) => void (r?.version === asked && answered++)));
      await new Promise((ok) => setTimeout(ok, 50));
    }
    await Promise.all(pending);
    assert.ok(answered >= 5, `${answered} versions decorated in ${version - 1} keystrokes`);
    // And the answer is right: the same as for the final text opened afresh.
    const last = await decorations(h, uri, [{ start: at.line - 5, end: at.line + 5 }]);
    assert.equal(last.version, version);
    const lines = text.split('\n');
    lines[at.line] = lines[at.line].slice(0, at.character) + '的'.repeat(version - 1) + lines[at.line].slice(at.character);
    const fresh = await decorations(h, open(h, lines.join('\n'), 'typed-report-fresh.txt'), [{ start: at.line - 5, end: at.line + 5 }]);
    assert.deepEqual(last.ranges, fresh.ranges);
    assert.ok((last.ranges.term ?? []).length > 0);
  });

  test('an empty document and a binary one do not break the server', async () => {
    const empty = open(h, '');
    await h.decorationsChanged(empty, 1);
    assert.equal(await hover(h, empty, { line: 0, character: 0 }), null);
    assert.deepEqual(await symbols(h, empty), []);

    const binary = open(h, 'PK\u0003\u0004\u0000\u0000\u0014\u0000医共体\u0000\uFFFD\uFFFD', 'archive.txt');
    await h.decorationsChanged(binary, 1);
    await h.waitFor(() => h.messages.some((m) => m.message.includes('archive.txt') && /binary/.test(m.message)), 'binary warning');
    assert.deepEqual((await decorations(h, binary)).ranges.term ?? [], []);
  });
});

describe('server settings and glossaries', () => {
  test('decorations of a kind turned off are absent; a huge document is cut at maxAnalysisLength with a message', async () => {
    const h = await startServer({ settings: { decorations: { figures: false }, maxAnalysisLength: 2000 } });
    try {
      const text = readSeed('001');
      const uri = open(h, text, 'big.txt');
      await h.decorationsChanged(uri, 1);
      const deco = await decorations(h, uri);
      assert.equal(deco.ranges.figure, undefined);
      assert.ok((deco.ranges.term ?? []).length > 0);
      for (const r of Object.values(deco.ranges).flat()) assert.ok(textAt(text, r!).length > 0);
      await h.waitFor(() => h.messages.some((m) => m.message.includes('big.txt') && m.message.includes('2000')), 'truncation warning');

      // Turning figures back on takes effect without reopening.
      h.settings = {};
      h.conn.sendNotification('workspace/didChangeConfiguration', { settings: {} });
      const figures = await poll(async () => ((await decorations(h, uri)).ranges.figure ?? []).length, (n) => n > 0);
      assert.ok(figures > 0, 'figures are decorated again after the setting changed');
    } finally {
      await h.close();
    }
  });

  test('a user glossary adds terms; a broken one is reported with file and line and the last good version stays', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'report-lens-'));
    const file = path.join(dir, 'team.glossary.json');
    const good = JSON.stringify({ version: 1, entries: [{ id: 'team-xyz', term: '蓝鲸计划', definition: '测试用的团队术语。', category: 'other' }] }, null, 2);
    fs.writeFileSync(file, good);
    const h = await startServer({ settings: { glossaryFiles: ['team.glossary.json'] }, rootDir: dir });
    try {
      const text = '今年启动蓝鲸计划，覆盖全市。\n';
      const uri = open(h, text);
      await h.decorationsChanged(uri, 1);
      const hv = await hover(h, uri, positionOf(text, '蓝鲸计划', 1));
      assert.match(hv!.contents.value, /测试用的团队术语/);

      fs.writeFileSync(file, '{\n  "version": 1,\n  "entries": [\n    { "id": "x", \n');
      h.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: 'file://' + file, type: 2 }] });
      await h.waitFor(() => h.messages.some((m) => m.message.includes('team.glossary.json') && /line \d+/.test(m.message)), 'glossary error message');
      await h.waitFor(() => (h.diagnostics.get('file://' + file) ?? []).length > 0, 'glossary diagnostics');
      await h.decorationsChanged(uri, 1);
      const again = await hover(h, uri, positionOf(text, '蓝鲸计划', 1));
      assert.match(again!.contents.value, /测试用的团队术语/, 'last good glossary still used');
    } finally {
      await h.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('VS Code draws its own decorations: no semantic tokens then; Chinese hovers for a Chinese UI', async () => {
    const h = await startServer({ clientDrawsDecorations: true, locale: 'zh-cn' });
    try {
      assert.equal(h.init.capabilities.semanticTokensProvider, undefined);
      const text = '投入1.5亿元推进建设。\n';
      const uri = open(h, text);
      await h.decorationsChanged(uri, 1);
      const hv = await hover(h, uri, positionOf(text, '1.5亿元', 1));
      assert.match(hv!.contents.value, /金额/);
    } finally {
      await h.close();
    }
  });
});

test('a request sent right after the first didOpen waits for the analysis that follows loading the glossaries', async () => {
  // No waiting between initialized, didOpen and the request: a client that asks at once gets the whole outline.
  const h = await startServer();
  try {
    const text = readSeed('001');
    const uri = open(h, text);
    const [syms, folds] = await Promise.all([
      symbols(h, uri),
      h.conn.sendRequest('textDocument/foldingRange', { textDocument: { uri } }) as Promise<unknown[]>,
    ]);
    assert.ok(syms && syms.length > 0, 'an outline, not null');
    const count = (nodes: Symbol[]): number => nodes.reduce((n, s) => n + 1 + count(s.children ?? []), 0);
    assert.ok(count(syms) >= 10, `the whole outline (${count(syms)} symbols)`);
    assert.ok(folds && folds.length > 0, 'folding ranges, not null');
  } finally {
    await h.close();
  }
});
