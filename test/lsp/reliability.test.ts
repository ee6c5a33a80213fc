/**
 * The server over stdio against clients that misbehave: versions sent again or backwards, messages too
 * big to hold, URIs that are not valid escapes. It must answer, with ranges of the current text, and never die.
 */
import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as path from 'node:path';
import { startServer, type Harness } from './harness';
import { REPO_ROOT } from '../helpers';
import type { DecorationsResult, WireRange } from '../../shared/protocol';

/** Rejects when `p` takes longer than `ms`: a request must be answered, not hang. */
function within<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([p, new Promise<T>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms)))]).finally(() => clearTimeout(timer));
}

const decorations = (h: Harness, uri: string) => h.conn.sendRequest('reportLens/decorations', { textDocument: { uri } }) as Promise<DecorationsResult | null>;

/** The text under each range of each kind, and whether every range lies inside the text. */
function underRanges(text: string, deco: DecorationsResult): Record<string, string[]> {
  const lines = text.split(/(?<=\r\n|\n|\r(?!\n))/);
  const offset = (line: number, ch: number) => {
    assert.ok(line < lines.length || (line === lines.length && ch === 0) || (lines.length === 0 && line === 0), `line ${line} outside the ${lines.length} lines`);
    const l = lines[line] ?? '';
    assert.ok(ch <= l.replace(/\r?\n$|\r$/, '').length, `character ${ch} outside line ${line}`);
    return lines.slice(0, line).reduce((n, x) => n + x.length, 0) + ch;
  };
  const out: Record<string, string[]> = {};
  for (const [kind, ranges] of Object.entries(deco.ranges)) out[kind] = (ranges as WireRange[]).map((r) => text.slice(offset(r[0], r[1]), offset(r[2], r[3])));
  return out;
}

describe('version games', () => {
  const texts = [
    '一、工作回顾\n全年投入1.5亿元，推进三医协同。\n',
    '芜湖市卫健委组织召开会议。\n紧密型县域医共体建设取得成效，覆盖率达86.43%。\n',
    '二、下一步计划\n做好家庭医生签约服务，投入2000万元。\n',
    '推进分级诊疗，三医协同发展。\n\n三、其他\n安徽省卫生健康委员会印发通知。\n',
    '（一）医共体\n县域医共体建设；投入3.2亿元。\n',
  ];

  test('versions 1→2→1→2→3 with whole texts: each answer is of the current text, fast, never null', async () => {
    const h = await startServer();
    try {
      const uri = 'file:///virtual/cycles.txt';
      // What each text's decorations are when opened afresh under its own URI.
      const expected: Record<string, string[]>[] = [];
      for (let i = 0; i < texts.length; i++) {
        const fresh = `file:///virtual/fresh-${i}.txt`;
        h.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: fresh, languageId: 'plaintext', version: 1, text: texts[i] } });
        expected.push(underRanges(texts[i], (await within(decorations(h, fresh), 10_000, `fresh ${i}`))!));
      }
      h.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: texts[0] } });
      assert.deepEqual(underRanges(texts[0], (await decorations(h, uri))!), expected[0]);
      const versions = [2, 1, 2, 3];
      for (let step = 0; step < versions.length; step++) {
        const text = texts[step + 1];
        h.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: versions[step] }, contentChanges: [{ text }] });
        const t0 = Date.now();
        const deco = await within(decorations(h, uri), 5000, `step ${step} (version ${versions[step]})`);
        assert.ok(deco, `step ${step}: decorations are not null`);
        assert.equal(deco.version, versions[step]);
        assert.deepEqual(underRanges(text, deco), expected[step + 1], `step ${step}: the decorations are of the current text`);
        assert.ok(Date.now() - t0 < 2000, `step ${step}: answered in ${Date.now() - t0} ms`);
      }
    } finally {
      await h.close();
    }
  });

  test('versions going back with incremental edits, and the same version again and again: decorations follow the text', async () => {
    const h = await startServer();
    try {
      const uri = 'file:///virtual/cycles-incremental.txt';
      let text = texts[0];
      h.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text } });
      await decorations(h, uri);
      const inserts = ['紧密型县域医共体', '投入1.5亿元。', '芜湖市卫健委', '家庭医生签约服务', '86.43%', '三医协同'];
      // 1→2→1→2→3→2→2→2→1… with a request after some of the changes only, so that edits pile up between analyses.
      const versions = [2, 1, 2, 3, 2, 2, 2, 1, 5, 4, 4, 6];
      for (let step = 0; step < versions.length; step++) {
        const insert = inserts[step % inserts.length];
        const line = step % 2;
        text = text.split('\n').map((l, i) => (i === line ? insert + l : l)).join('\n');
        h.conn.sendNotification('textDocument/didChange', {
          textDocument: { uri, version: versions[step] },
          contentChanges: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: insert }],
        });
        if (step % 3 === 1) continue;
        const deco = await within(decorations(h, uri), 5000, `step ${step}`);
        assert.ok(deco, `step ${step}: not null`);
        const fresh = `file:///virtual/cycles-fresh-${step}.txt`;
        h.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: fresh, languageId: 'plaintext', version: 1, text } });
        const want = (await decorations(h, fresh))!;
        assert.deepEqual(underRanges(text, deco), underRanges(text, want), `step ${step}: the decorations are of the current text`);
      }
    } finally {
      await h.close();
    }
  });

  test('a document opened again without a close: the new text is analysed, not the old one', async () => {
    const h = await startServer();
    try {
      const uri = 'file:///virtual/reopened.txt';
      h.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: texts[0] } });
      await decorations(h, uri);
      h.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: texts[1] } });
      const deco = (await within(decorations(h, uri), 5000, 'reopened'))!;
      const fresh = 'file:///virtual/reopened-fresh.txt';
      h.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: fresh, languageId: 'plaintext', version: 1, text: texts[1] } });
      assert.deepEqual(underRanges(texts[1], deco), underRanges(texts[1], (await decorations(h, fresh))!));
    } finally {
      await h.close();
    }
  });
});
