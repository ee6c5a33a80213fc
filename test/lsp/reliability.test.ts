/**
 * The server over stdio against clients that misbehave: versions sent again or backwards, messages too
 * big to hold, URIs that are not valid escapes. It must answer, with ranges of the current text, and never die.
 */
import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { startServer, type Harness } from './harness';
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

/** A message as bytes on the wire, with a header announcing `length` (its real length by default). */
function frame(message: object | string, length?: number): Buffer {
  const body = Buffer.from(typeof message === 'string' ? message : JSON.stringify(message));
  return Buffer.concat([Buffer.from(`Content-Length: ${length ?? body.length}\r\n\r\n`), body]);
}

/** Whether the server's process is still running after `ms`. */
async function aliveAfter(h: Harness, ms: number): Promise<boolean> {
  await new Promise((ok) => setTimeout(ok, ms));
  return h.proc!.exitCode === null && h.proc!.signalCode === null;
}

describe('messages that must not crash the server', () => {
  test('a header announcing 5,000,000,000 bytes: the server skips them and lives on, without allocating them', async () => {
    const h = await startServer({ expectErrors: true });
    try {
      const uri = 'file:///virtual/before-huge.txt';
      h.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: '推进三医协同。' } });
      assert.ok(await decorations(h, uri));
      h.raw(Buffer.from('Content-Length: 5000000000\r\n\r\n{"jsonrpc":"2.0","id":99,"method":"textDocument/hover","params":'));
      h.raw(Buffer.alloc(4 << 20, 0x20));
      assert.ok(await aliveAfter(h, 800), `the server died: ${h.stderr().slice(-1500)}`);
      const rss = Number((await import('node:fs')).readFileSync(`/proc/${h.proc!.pid}/status`, 'utf8').match(/VmRSS:\s+(\d+)/)?.[1] ?? 0) * 1024;
      assert.ok(rss < 1024 * 1024 * 1024, `RSS ${rss} bytes`);
    } finally {
      h.proc!.kill('SIGKILL');
    }
  });

  test('a message over the limit (--max-message-mb): a request gets an error answer, an open is skipped with a message, the stream goes on', async () => {
    const h = await startServer({ args: ['--max-message-mb=1'], expectErrors: true });
    try {
      const uri = 'file:///virtual/too-big.txt';
      const big = '推进三医协同。\n'.repeat(100_000); // 2.4 MB as UTF-8
      h.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: big } });
      await h.waitFor(() => h.messages.some((m) => m.message.includes('too-big.txt') && /too large/.test(m.message)), 'a message naming the report');
      await h.waitFor(() => h.logged.some((m) => /skipped a message of \d+ bytes/.test(m.message) && m.message.includes('1048576')), 'a log line with the sizes');
      assert.equal(await within(decorations(h, uri), 5000, 'decorations of the skipped report'), null);
      // A request too big: answered with an error, by its id.
      await assert.rejects(
        within(h.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 }, padding: 'x'.repeat(2 << 20) }), 5000, 'big hover'),
        (e: Error & { code?: number }) => e.code === -32600 && /longer than the limit/.test(e.message),
      );
      // And the stream goes on.
      const small = 'file:///virtual/after-big.txt';
      h.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: small, languageId: 'plaintext', version: 1, text: '推进三医协同。' } });
      assert.ok(await within(decorations(h, small), 5000, 'decorations after the skipped messages'));
    } finally {
      await h.close();
    }
  });

  test('the limit from the environment: REPORT_LENS_MAX_MESSAGE_MB', async () => {
    const h = await startServer({ env: { REPORT_LENS_MAX_MESSAGE_MB: '1' }, expectErrors: true });
    try {
      await assert.rejects(h.conn.sendRequest('textDocument/hover', { textDocument: { uri: 'file:///x.txt' }, position: { line: 0, character: 0 }, padding: 'x'.repeat(2 << 20) }));
      assert.ok(await aliveAfter(h, 100));
    } finally {
      await h.close();
    }
  });

  test('document and folder URIs with a % that is not an escape: answered, never a crash', async () => {
    const h = await startServer({ expectErrors: true });
    try {
      const bad = 'file:///tmp/100%zz%.txt';
      h.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: bad, languageId: 'plaintext', version: 1, text: '推进三医协同，投入1.5亿元。\n' } });
      const binary = 'file:///tmp/50%%binary%g.txt';
      h.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: binary, languageId: 'plaintext', version: 1, text: 'PK\u0003\u0004\u0000\u0000医共体' } });
      await h.waitFor(() => h.messages.some((m) => m.message.includes('50%%binary%g.txt')), 'the binary warning naming the file');
      assert.ok(await within(decorations(h, bad), 5000, 'decorations'));
      assert.ok(await within(h.conn.sendRequest('textDocument/hover', { textDocument: { uri: bad }, position: { line: 0, character: 3 } }), 5000, 'hover'));
      h.conn.sendNotification('textDocument/didChange', { textDocument: { uri: bad, version: 2 }, contentChanges: [{ text: '芜湖市卫健委。' }] });
      h.conn.sendNotification('textDocument/didSave', { textDocument: { uri: bad } });
      h.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: 'file:///tmp/%E0%A4%A.glossary.json', type: 2 }] });
      await assert.rejects(h.conn.sendRequest('reportLens/export', { format: 'csv', folder: 'file:///tmp/%zz' }));
      await h.conn.sendRequest('reportLens/tags', { textDocument: { uri: bad } });
      await h.conn.sendRequest('reportLens/addTag', { textDocument: { uri: bad }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 2 } }, label: 'Term' });
      h.conn.sendNotification('textDocument/didClose', { textDocument: { uri: bad } });
      assert.ok(await aliveAfter(h, 300), `the server died: ${h.stderr().slice(-1500)}`);
      const ok = 'file:///virtual/after-bad-uris.txt';
      h.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: ok, languageId: 'plaintext', version: 1, text: '推进三医协同。' } });
      assert.ok(await within(decorations(h, ok), 5000, 'decorations after'));
    } finally {
      await h.close();
    }
  });

  test('workspace folders with a % that is not an escape: initialize is answered', async () => {
    const h = await startServer({ rootDir: '/tmp/%zz' });
    try {
      assert.ok(h.init.capabilities.hoverProvider);
    } finally {
      await h.close();
    }
  });

  test('a header that never ends, then bodies that are not messages: reported, and the stream goes on', async () => {
    const h = await startServer({ expectErrors: true });
    try {
      h.raw(Buffer.alloc(100_000, 0x41));
      h.raw('\r\n\r\n');
      for (const body of ['5', 'null', '[]', '"x"', '{"jsonrpc":"2.0","id":1}', '{"method":5}', '{"jsonrpc":"2.0","id":"q","method":"textDocument/hover"}', '{not json', '{"jsonrpc":"2.0","id":"r","method":"textDocument/hover","params":{"textDocument":{"uri":5},"position":null}}']) {
        h.raw(frame(body));
      }
      h.raw('Content-Length: -5\r\n\r\n');
      h.raw('Content-Length: 12abc\r\n\r\n');
      const ok = 'file:///virtual/after-garbage.txt';
      h.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: ok, languageId: 'plaintext', version: 1, text: '推进三医协同。' } });
      assert.ok(await within(decorations(h, ok), 5000, 'decorations after the garbage'));
      assert.ok(await aliveAfter(h, 100));
    } finally {
      await h.close();
    }
  });
});

test('a workspace glossary of 200,000 nested [: reported with its file and line, and the server works on with the built-in glossary', async () => {
  const fs = await import('node:fs');
  const os = await import('node:os');
  const path = await import('node:path');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'report-lens-deep-'));
  fs.writeFileSync(path.join(dir, 'report-lens.glossary.json'), '['.repeat(200_000));
  const h = await startServer({ rootDir: dir });
  try {
    await h.waitFor(() => h.messages.some((m) => m.message.includes('report-lens.glossary.json') && /nested/.test(m.message)), 'a message about the glossary');
    const uri = 'file:///virtual/deep-glossary.txt';
    h.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: '推进三医协同。\n' } });
    const deco = await within(decorations(h, uri), 5000, 'decorations');
    assert.equal(deco?.ranges.term?.length, 1);
  } finally {
    await h.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

describe('a report in another encoding opened as UTF-8', () => {
  // A GB18030 report as an editor shows it when it reads it as UTF-8: ASCII kept, the rest U+FFFD.
  const gbAsUtf8 = new TextDecoder('utf-8').decode(
    Buffer.from('d2bdb9b2ccbdbda8c9e8a3acb8b2b8c7c8abcfd8a1a30a'.repeat(40) + '3230323438c4eab9a4d7f7bbe3b1a80a'.repeat(20), 'hex'),
  );

  test('another client is told once, in a message naming the file and GB18030; a binary file still gets its own message', async () => {
    const h = await startServer();
    try {
      assert.ok(gbAsUtf8.split('\uFFFD').length > 100);
      const uri = 'file:///virtual/gbk-report.txt';
      h.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: gbAsUtf8 } });
      await h.waitFor(() => h.messages.some((m) => m.message.includes('gbk-report.txt') && m.message.includes('GB18030')), 'the encoding message');
      h.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: gbAsUtf8 + '\n' }] });
      await h.decorationsChanged(uri, 2);
      assert.equal(h.messages.filter((m) => m.message.includes('gbk-report.txt')).length, 1, 'said once');
      assert.ok(!h.messages.some((m) => m.message.includes('gbk-report.txt') && /binary/.test(m.message)));
      const zip = 'file:///virtual/zip-report.txt';
      h.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: zip, languageId: 'plaintext', version: 1, text: 'PK\u0003\u0004\u0000\u0000\uFFFD\uFFFD\u0014\u0000' } });
      await h.waitFor(() => h.messages.some((m) => m.message.includes('zip-report.txt') && /binary/.test(m.message)), 'the binary message');
    } finally {
      await h.close();
    }
  });

  test("Report Lens's own client gets a notification to offer reopening the file as GB18030", async () => {
    const h = await startServer({ clientDrawsDecorations: true });
    try {
      const got: { uri: string; suggested: string }[] = [];
      h.conn.onNotification('reportLens/wrongEncoding', (p: { uri: string; suggested: string }) => void got.push(p));
      const uri = 'file:///virtual/gbk-report-own.txt';
      h.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: gbAsUtf8 } });
      await h.waitFor(() => got.length > 0, 'the notification');
      assert.deepEqual(got, [{ uri, suggested: 'gb18030' }]);
    } finally {
      await h.close();
    }
  });
});
