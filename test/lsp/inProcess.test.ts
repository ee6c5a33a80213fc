/**
 * Servers made by createServer in this process, as tests and other hosts can make them: each has its own
 * state (documents, analyses, the user's language), so two of them side by side do not interfere.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { open, positionOf, startServer } from './harness';

type Hover = { contents: { value: string } } | null;
type Symbol = { name: string; children?: Symbol[] };

test('two servers in one process keep their own language and documents', async () => {
  const en = await startServer({ inProcess: true, locale: 'en' });
  const zh = await startServer({ inProcess: true, locale: 'zh-cn' });
  try {
    const text = '一、工作情况\n全市投入1.5亿元，推进三医协同。\n';
    const uriEn = open(en, text, 'in-process-en.txt');
    const uriZh = open(zh, text, 'in-process-zh.txt');
    const at = positionOf(text, '1.5亿元');
    const hoverEn = (await en.conn.sendRequest('textDocument/hover', { textDocument: { uri: uriEn }, position: at })) as Hover;
    const hoverZh = (await zh.conn.sendRequest('textDocument/hover', { textDocument: { uri: uriZh }, position: at })) as Hover;
    assert.match(hoverEn!.contents.value, /money/);
    assert.match(hoverZh!.contents.value, /金额/);
    // Each server knows only the document opened on it.
    const other = await en.conn.sendRequest('textDocument/hover', { textDocument: { uri: uriZh }, position: at });
    assert.equal(other, null);
    const symbols = (await zh.conn.sendRequest('textDocument/documentSymbol', { textDocument: { uri: uriZh } })) as Symbol[];
    assert.deepEqual(symbols.map((s) => s.name), ['一、工作情况']);
  } finally {
    await en.close();
    await zh.close();
  }
});
