/** Proofreading over LSP: diagnostics pushed after a change, quick fixes that clear them, settings, the cap. */
import { after, before, describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { isDeepStrictEqual } from 'node:util';
import { open, startServer, type Harness } from './harness';

interface Range {
  start: { line: number; character: number };
  end: { line: number; character: number };
}
interface Diagnostic {
  range: Range;
  code: string;
  severity: number;
  source: string;
  message: string;
}
interface TextEdit {
  range: Range;
  newText: string;
}
interface CodeAction {
  title: string;
  kind: string;
  isPreferred?: boolean;
  diagnostics?: Diagnostic[];
  edit?: { changes: Record<string, TextEdit[]> };
}

/** The diagnostics the server last published for `uri`. */
const diagnosticsOf = (h: Harness, uri: string) => (h.diagnostics.get(uri) ?? []) as unknown as Diagnostic[];

/** Waits until the diagnostics of `uri` satisfy `ok`. */
async function waitForDiagnostics(h: Harness, uri: string, ok: (d: Diagnostic[]) => boolean, what: string): Promise<Diagnostic[]> {
  await h.waitFor(() => h.diagnostics.has(uri) && ok(diagnosticsOf(h, uri)), what, 20000);
  return diagnosticsOf(h, uri);
}

/** The offset of an LSP position in a text with \n line breaks. */
function offsetOf(text: string, p: { line: number; character: number }): number {
  const lines = text.split('\n');
  return lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
}

/** `text` with LSP text edits applied (none overlap). */
function applyEdits(text: string, edits: TextEdit[]): string {
  const sorted = edits.map((e) => ({ start: offsetOf(text, e.range.start), end: offsetOf(text, e.range.end), text: e.newText })).sort((a, b) => b.start - a.start);
  for (const e of sorted) text = text.slice(0, e.start) + e.text + text.slice(e.end);
  return text;
}

/** The LSP position of an offset in a text with \n line breaks. */
function positionAt(text: string, offset: number): { line: number; character: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

function textAt(text: string, r: Range): string {
  return text.slice(offsetOf(text, r.start), offsetOf(text, r.end));
}

const REPORT = '青禾市卫生健康委员会2024年工作总结\n一、主要做法\n2024年,全市新增床位500张。这是我们的的目标。\n二、存在问题\n基层服务能力仍需提升。\n四、下一步打算\n持续深化改革。\n';

describe('proofreading diagnostics', () => {
  let h: Harness;
  before(async () => {
    h = await startServer();
  });
  after(async () => {
    await h.close();
  });

  test('diagnostics appear after opening a report, with codes, severities and messages, and clear after a quick fix', async () => {
    const uri = open(h, REPORT);
    const found = await waitForDiagnostics(h, uri, (d) => d.some((x) => x.code === 'headingSequence'), 'diagnostics with the heading numbering');
    const byCode = new Map(found.map((d) => [d.code, d]));
    assert.equal(textAt(REPORT, byCode.get('halfWidthPunctuation')!.range), ',');
    assert.equal(byCode.get('halfWidthPunctuation')!.severity, 2);
    assert.equal(textAt(REPORT, byCode.get('doubledChar')!.range), '的的');
    assert.equal(byCode.get('doubledChar')!.severity, 1);
    assert.equal(textAt(REPORT, byCode.get('headingSequence')!.range), '四、');
    assert.match(byCode.get('headingSequence')!.message, /expected 三、/);
    assert.ok(found.every((d) => d.source === 'report-lens'));

    // The quick fix of 的的, applied as VS Code would, and the diagnostics of the next version.
    const target = byCode.get('doubledChar')!;
    const actions = (await h.conn.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: target.range, context: { diagnostics: [target] } })) as CodeAction[];
    const fix = actions.find((a) => a.kind === 'quickfix' && a.isPreferred && a.diagnostics?.some((d) => d.code === 'doubledChar'));
    assert.ok(fix?.edit, `no quick fix for 的的 among ${actions.map((a) => a.title).join(' | ')}`);
    const edits = fix.edit.changes[uri];
    const fixed = applyEdits(REPORT, edits);
    assert.ok(fixed.includes('这是我们的目标。'));
    h.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: edits.map((e) => ({ range: e.range, text: e.newText })) });
    const after = await waitForDiagnostics(h, uri, (d) => !d.some((x) => x.code === 'doubledChar'), 'the 的的 diagnostic to clear');
    assert.ok(after.some((d) => d.code === 'halfWidthPunctuation'), 'the other diagnostics stay');

    // Renumbering the level clears the heading diagnostic.
    const heading = after.find((d) => d.code === 'headingSequence')!;
    const renumber = ((await h.conn.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: heading.range, context: { diagnostics: [heading] } })) as CodeAction[]).find((a) => a.isPreferred)!;
    assert.equal(renumber.title, 'Renumber this level');
    const renumbered = applyEdits(fixed, renumber.edit!.changes[uri]);
    assert.ok(renumbered.includes('三、下一步打算'));
    h.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: 3 }, contentChanges: [{ text: renumbered }] });
    await waitForDiagnostics(h, uri, (d) => !d.some((x) => x.code === 'headingSequence') && d.length > 0, 'the heading diagnostic to clear');

    // Closing the document clears its diagnostics.
    h.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
    await waitForDiagnostics(h, uri, (d) => d.length === 0, 'diagnostics cleared on close');
  });

  test('“Fix all” fixes every certain problem; the source action does it on request', async () => {
    const text = '2024年,全市新增床位500张;会议指出:要抓好落实。\n下一段。\n';
    const uri = open(h, text);
    const found = await waitForDiagnostics(h, uri, (d) => d.filter((x) => x.code === 'halfWidthPunctuation').length === 3, 'three half-width marks');
    const one = found[0];
    const actions = (await h.conn.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: one.range, context: { diagnostics: [one] } })) as CodeAction[];
    const all = actions.find((a) => a.title === 'Fix all 3 like this in the document');
    assert.ok(all, actions.map((a) => a.title).join(' | '));
    assert.equal(applyEdits(text, all.edit!.changes[uri]), '2024年，全市新增床位500张；会议指出：要抓好落实。\n下一段。\n');
    const source = (await h.conn.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ['source.fixAll'] } })) as CodeAction[];
    assert.equal(source.length, 1);
    assert.equal(source[0].kind, 'source.fixAll.reportLens');
    assert.equal(applyEdits(text, source[0].edit!.changes[uri]), '2024年，全市新增床位500张；会议指出：要抓好落实。\n下一段。\n');
  });

  test('a rule turned off in the settings disappears, and comes back when turned on', async () => {
    const uri = open(h, '这是我们的的目标,也是任务。\n下一段。\n');
    await waitForDiagnostics(h, uri, (d) => d.some((x) => x.code === 'doubledChar'), 'the 的的 diagnostic');
    h.settings = { checks: { doubledChar: false } };
    h.conn.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    await waitForDiagnostics(h, uri, (d) => !d.some((x) => x.code === 'doubledChar') && d.some((x) => x.code === 'halfWidthPunctuation'), 'the rule turned off');
    h.settings = {};
    h.conn.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    await waitForDiagnostics(h, uri, (d) => d.some((x) => x.code === 'doubledChar'), 'the rule back on');
  });

  test('at most a thousand diagnostics per document, errors first, and one more that says how many were left out', async () => {
    const text = '全市新增床位,病床使用率提高。\n'.repeat(1500) + '这是我们的的目标。\n下一段。\n';
    const uri = open(h, text);
    const found = await waitForDiagnostics(h, uri, (d) => d.length > 1000, 'the capped diagnostics');
    assert.equal(found.length, 1001);
    const summary = found.find((d) => d.code === 'tooMany')!;
    assert.match(summary.message, /^501 more problems are not shown/);
    assert.ok(found.some((d) => d.code === 'doubledChar'), 'the error at the end is among those shown');
  });

  test('after each edit, the diagnostics published equal those of the same text opened afresh (blocks before and after the edit, the cap, the summary)', async () => {
    // Warnings past the cap (a half-width comma per line), errors all shown (的的 every 50 lines), and heading
    // numbers with a gap before and after the edits (document-wide findings).
    const lines: string[] = ['青禾市卫生健康委员会2024年工作总结', '一、主要做法'];
    for (let i = 0; i < 1200; i++) {
      if (i === 300) lines.push('三、存在问题');
      if (i === 900) lines.push('五、下一步打算');
      lines.push(i % 50 === 7 ? `第${i}段,这是我们的的目标。` : `第${i}段全市新增床位,病床使用率提高。`);
    }
    let text = lines.join('\n') + '\n';
    const uri = open(h, text);
    // Once the document-wide findings are in (they come after the per-paragraph ones).
    const settled = (d: Diagnostic[]) => d.length === 1001 && d.some((x) => x.code === 'headingSequence');
    await waitForDiagnostics(h, uri, settled, 'the capped diagnostics');
    const lineStart = (line: number) => offsetOf(text, { line, character: 0 });
    /** The offset where `needle` is found first at or after line `line` of the current text. */
    const find = (needle: string, line: number) => text.indexOf(needle, lineStart(line));
    const edits: { what: string; at: () => [number, number]; insert: string }[] = [
      { what: 'a half-width comma in the middle', at: () => [lineStart(600) + 3, lineStart(600) + 3], insert: ',' },
      { what: '的的 in the middle', at: () => [lineStart(601) + 4, lineStart(601) + 4], insert: '的的' },
      { what: 'a new line with a heading', at: () => [lineStart(602), lineStart(602)], insert: '六、新的一节\n' },
      { what: 'a few lines deleted', at: () => [lineStart(640) + 2, lineStart(655) + 5], insert: '' },
      { what: 'a character before an error on its line', at: () => [lineStart(text.slice(0, find('的的', 700)).split('\n').length - 1), find('的的', 700)], insert: '全' },
      { what: 'the comma taken out again', at: () => [find(',', 600), find(',', 600) + 1], insert: '' },
      { what: 'the first line', at: () => [0, 2], insert: '黄山' },
      { what: 'two line breaks joined at the end', at: () => [lineStart(1150) - 1, lineStart(1150)], insert: '' },
    ];
    let version = 1;
    for (const e of edits) {
      const [start, end] = e.at();
      const range = { start: positionAt(text, start), end: positionAt(text, end) };
      text = text.slice(0, start) + e.insert + text.slice(end);
      h.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: ++version }, contentChanges: [{ range, text: e.insert }] });
      const fresh = open(h, text);
      await h.waitFor(() => settled(diagnosticsOf(h, fresh)) && isDeepStrictEqual(diagnosticsOf(h, uri), diagnosticsOf(h, fresh)), `the diagnostics after ${e.what} to equal those of the text opened afresh`, 20000);
      const shown = diagnosticsOf(h, uri);
      assert.equal(shown.length, 1001, e.what);
      assert.ok(shown.some((d) => d.code === 'tooMany'), e.what);
      for (const code of ['doubledChar', 'headingSequence']) {
        assert.ok(shown.some((d) => d.code === code && d.range.start.line < 590) && shown.some((d) => d.code === code && d.range.start.line > 700), `${code} before and after the edits (${e.what})`);
      }
      h.conn.sendNotification('textDocument/didClose', { textDocument: { uri: fresh } });
    }
  });
});

test('a document opened without a version (a broken client) does not stop the checks of the others', async () => {
  const h = await startServer({ expectErrors: true });
  try {
    h.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: 'file:///virtual/no-version.txt', languageId: 'plaintext', text: '这是我们的的目标。\n下一段。\n' } });
    const uri = open(h, '这是我们的的目标,也是任务。\n下一段。\n');
    await waitForDiagnostics(h, uri, (d) => d.some((x) => x.code === 'doubledChar'), 'diagnostics of the well-formed document');
    assert.equal(h.proc?.exitCode, null, 'the server is still running');
    // The broken document is checked too, without an error (the server may complain of its missing version elsewhere).
    await waitForDiagnostics(h, 'file:///virtual/no-version.txt', (d) => d.some((x) => x.code === 'doubledChar'), 'diagnostics of the document without a version');
    assert.deepEqual(h.loggedErrors.filter((e) => e.includes('checking')), []);
  } finally {
    await h.close();
  }
});

test('diagnostics speak Chinese to a Chinese client', async () => {
  const h = await startServer({ locale: 'zh-cn', inProcess: true });
  try {
    const uri = open(h, '这是我们的的目标,也是任务。\n下一段。\n');
    const found = await waitForDiagnostics(h, uri, (d) => d.some((x) => x.code === 'doubledChar'), 'diagnostics');
    assert.equal(found.find((d) => d.code === 'doubledChar')!.message, '“的的”：“的”重复，请删去一个。');
    assert.equal(found.find((d) => d.code === 'halfWidthPunctuation')!.message, '中文行文中使用了半角“,”：应写作“，”。');
  } finally {
    await h.close();
  }
});
