/** Hovers over figures say the value as a person reads it, in the user's language, through the server. */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { open, positionOf, startServer, type Harness } from './harness';

type Hover = { contents: { value: string } } | null;

/** The hover text at the first occurrence of `needle`, with Markdown escapes taken out. */
async function hoverAt(h: Harness, uri: string, text: string, needle: string): Promise<string> {
  const hover = (await h.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: positionOf(text, needle) })) as Hover;
  assert.ok(hover, `no hover at ${needle}`);
  return hover.contents.value.replace(/\\(.)/g, '$1');
}

const TEXT = '全县婴儿死亡率5.32‰，规划期为2016—2030年。2024年4月起，每月20日开展服务，60岁以上老人约2.8亿元。\n';

test('figure hovers in English: 5.32‰, 2016–2030, April 2024, day 20, at least 60 岁', async () => {
  const h = await startServer({ inProcess: true, locale: 'en' });
  try {
    const uri = open(h, TEXT, 'figure-hover-en.txt');
    assert.match(await hoverAt(h, uri, TEXT, '5.32‰'), /= 5\.32‰$/m);
    assert.match(await hoverAt(h, uri, TEXT, '2016—2030年'), /= 2016–2030$/m);
    assert.match(await hoverAt(h, uri, TEXT, '2024年4月'), /= April 2024$/m);
    assert.match(await hoverAt(h, uri, TEXT, '20日'), /= day 20 of the month$/m);
    assert.match(await hoverAt(h, uri, TEXT, '60岁以上'), /= at least 60 岁$/m);
    assert.match(await hoverAt(h, uri, TEXT, '2.8亿元'), /= about 280,000,000 元$/m);
  } finally {
    await h.close();
  }
});

test('figure hovers in Chinese: 5.32‰, 2016年–2030年, 2024年4月, 20日, 不少于60 岁', async () => {
  const h = await startServer({ inProcess: true, locale: 'zh-cn' });
  try {
    const uri = open(h, TEXT, 'figure-hover-zh.txt');
    assert.match(await hoverAt(h, uri, TEXT, '5.32‰'), /= 5\.32‰$/m);
    assert.match(await hoverAt(h, uri, TEXT, '2016—2030年'), /= 2016年–2030年$/m);
    assert.match(await hoverAt(h, uri, TEXT, '2024年4月'), /= 2024年4月$/m);
    assert.match(await hoverAt(h, uri, TEXT, '20日'), /= 20日$/m);
    assert.match(await hoverAt(h, uri, TEXT, '60岁以上'), /= 不少于60 岁$/m);
  } finally {
    await h.close();
  }
});

test('hovers in a traditional-script document show names and units in traditional characters', async () => {
  const h = await startServer({ inProcess: true, locale: 'zh-cn' });
  try {
    const text = '國家衛生健康委員會要求推進分級診療，全縣門診量同比增長3.2個百分點，婴兒死亡率5.32‰。\n';
    const uri = open(h, text, 'figure-hover-traditional.txt');
    assert.match(await hoverAt(h, uri, text, '分級診療'), /^\*\*分級診療\*\*/);
    assert.match(await hoverAt(h, uri, text, '國家衛生健康委員會'), /^\*\*國家衛生健康委員會\*\*/);
    assert.match(await hoverAt(h, uri, text, '3.2個百分點'), /= 3\.2 個百分點/);
    assert.match(await hoverAt(h, uri, text, '5.32‰'), /= 5\.32‰$/m);
  } finally {
    await h.close();
  }
});
