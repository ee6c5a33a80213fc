/**
 * Trust: VS Code's Restricted Mode (initializationOptions.trusted false) and where glossary files may be.
 * In Restricted Mode the server highlights with the built-in glossary, reads no workspace glossary, reads
 * and writes no .ann, and says so once; trusting the workspace brings all of it back. Glossary files are
 * read and written only inside the workspace folders, or where the user's own settings name them.
 */
import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { positionOf, startServer, type Harness } from './harness';
import type { DecorationsResult, TagEditResult, TagsResult } from '../../shared/protocol';

type Hover = { contents: { value: string } } | null;
const hover = (h: Harness, uri: string, text: string, needle: string) =>
  h.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: positionOf(text, needle, 1) }) as Promise<Hover>;
const decorations = (h: Harness, uri: string) => h.conn.sendRequest('reportLens/decorations', { textDocument: { uri } }) as Promise<DecorationsResult | null>;

/** Calls `get` until `ok` accepts its value or `timeoutMs` passes; returns the last value. */
async function poll<T>(get: () => Promise<T>, ok: (v: T) => boolean, timeoutMs = 8000): Promise<T> {
  const end = Date.now() + timeoutMs;
  let v = await get();
  while (!ok(v) && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 50));
    v = await get();
  }
  return v;
}

const GLOSSARY = (term: string, definition: string) => JSON.stringify({ version: 1, entries: [{ id: `t-${term.length}`, term, definition, category: 'other' }] }, null, 2);

/** A workspace folder with a glossary, a report on disk and its .ann. */
function workspace(): { dir: string; report: string; uri: string; ann: string; text: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'report-lens-trust-'));
  fs.writeFileSync(path.join(dir, 'report-lens.glossary.json'), GLOSSARY('蓝鲸计划', '工作区术语表里的定义。'));
  const text = '芜湖市卫健委启动蓝鲸计划，推进三医协同。\n';
  const report = path.join(dir, 'r.txt');
  fs.writeFileSync(report, text);
  const ann = path.join(dir, 'r.ann');
  fs.writeFileSync(ann, 'T1\tOrganisation 0 6\t芜湖市卫健委\n');
  return { dir, report, uri: pathToFileURL(report).toString(), ann, text };
}

describe('Restricted Mode', () => {
  test('built-in glossary only, no .ann read or written, said once; trusting the folder brings the workspace glossary and the tags', async () => {
    const ws = workspace();
    const h = await startServer({ rootDir: ws.dir, trusted: false });
    try {
      h.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: ws.uri, languageId: 'plaintext', version: 1, text: ws.text } });
      await h.waitFor(() => h.messages.some((m) => /Restricted Mode/.test(m.message)), 'the Restricted Mode message');
      const deco = (await decorations(h, ws.uri))!;
      assert.equal(deco.ranges.term?.length, 1, 'the built-in term 三医协同 is highlighted, the workspace term is not');
      assert.doesNotMatch((await hover(h, ws.uri, ws.text, '蓝鲸计划'))?.contents.value ?? '', /工作区术语表/);
      const tags = (await h.conn.sendRequest('reportLens/tags', { textDocument: { uri: ws.uri } })) as TagsResult | null;
      assert.ok(!tags || tags.tags.length === 0, 'no tags read');
      const before = fs.readFileSync(ws.ann, 'utf8');
      const add = (await h.conn.sendRequest('reportLens/addTag', { textDocument: { uri: ws.uri }, range: { start: positionOf(ws.text, '三医协同', 0), end: positionOf(ws.text, '三医协同', 4) }, label: 'Term' })) as TagEditResult;
      assert.equal(add.ok, false);
      assert.match(add.message!, /Restricted Mode/);
      const mark = (await h.conn.sendRequest('reportLens/markDetection', { textDocument: { uri: ws.uri }, position: positionOf(ws.text, '三医协同', 1), verdict: 'wrong' })) as TagEditResult;
      assert.equal(mark.ok, false);
      await h.conn.sendRequest('workspace/executeCommand', { command: 'reportLens.applyGlossaryEntry', arguments: [{ entry: { term: '白鹭行动', definition: '定义。', category: 'other' } }] });
      h.conn.sendNotification('textDocument/didSave', { textDocument: { uri: ws.uri } });
      await decorations(h, ws.uri);
      assert.equal(fs.readFileSync(ws.ann, 'utf8'), before, 'the .ann is untouched');
      assert.doesNotMatch(fs.readFileSync(path.join(ws.dir, 'report-lens.glossary.json'), 'utf8'), /白鹭行动/);
      assert.deepEqual(fs.readdirSync(ws.dir).sort(), ['r.ann', 'r.txt', 'report-lens.glossary.json']);
      assert.equal(h.messages.filter((m) => /^Restricted Mode/.test(m.message)).length, 1, 'said once');

      h.conn.sendNotification('reportLens/trustGranted');
      const trusted = await poll(() => hover(h, ws.uri, ws.text, '蓝鲸计划'), (v) => /工作区术语表/.test(v?.contents.value ?? ''));
      assert.match(trusted?.contents.value ?? '', /工作区术语表/, 'the workspace glossary is read once trusted');
      const now = await poll(async () => (await h.conn.sendRequest('reportLens/tags', { textDocument: { uri: ws.uri } })) as TagsResult | null, (v) => (v?.tags.length ?? 0) > 0);
      assert.deepEqual(now?.tags.map((t) => t.text), ['芜湖市卫健委']);
      const added = (await h.conn.sendRequest('reportLens/addTag', { textDocument: { uri: ws.uri }, range: { start: positionOf(ws.text, '三医协同', 0), end: positionOf(ws.text, '三医协同', 4) }, label: 'Term' })) as TagEditResult;
      assert.equal(added.ok, true, added.message);
      assert.match(fs.readFileSync(ws.ann, 'utf8'), /三医协同/);
    } finally {
      await h.close();
      fs.rmSync(ws.dir, { recursive: true, force: true });
    }
  });

  test('a trusted workspace, and a client that says nothing of trust: no Restricted Mode message', async () => {
    const h = await startServer();
    try {
      const uri = 'file:///virtual/trusted.txt';
      h.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: '推进三医协同。' } });
      await decorations(h, uri);
      assert.ok(!h.messages.some((m) => /Restricted Mode/.test(m.message)));
    } finally {
      await h.close();
    }
  });
});

describe('where glossary files may be', () => {
  const setup = () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'report-lens-places-'));
    const folder = path.join(dir, 'ws');
    const elsewhere = path.join(dir, 'elsewhere');
    fs.mkdirSync(folder);
    fs.mkdirSync(elsewhere);
    const outside = path.join(elsewhere, 'team.glossary.json');
    fs.writeFileSync(outside, GLOSSARY('蓝鲸计划', '别处的术语表。'));
    fs.writeFileSync(path.join(folder, 'inside.glossary.json'), GLOSSARY('白鹭行动', '工作区里的术语表。'));
    // A link inside the workspace to the file elsewhere is elsewhere.
    fs.symlinkSync(outside, path.join(folder, 'link.glossary.json'));
    return { dir, folder, outside };
  };
  const text = '启动蓝鲸计划和白鹭行动。\n';

  test("a glossary outside the workspace named by the workspace's settings is not read, with a message; inside, or in the user's settings, it is", async () => {
    const { dir, folder, outside } = setup();
    // Report Lens's client says which entries come from the user's settings: none here.
    const h = await startServer({ rootDir: folder, settings: { glossaryFiles: [outside, 'inside.glossary.json', 'link.glossary.json'], userGlossaryFiles: [] } });
    try {
      const uri = 'file:///virtual/places.txt';
      h.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text } });
      await h.waitFor(() => h.messages.filter((m) => /outside the workspace folders/.test(m.message)).length >= 2, 'messages about the files outside');
      assert.ok(h.messages.some((m) => m.message.includes(outside)));
      assert.ok(h.messages.some((m) => m.message.includes(path.join(folder, 'link.glossary.json'))));
      const inside = await poll(() => hover(h, uri, text, '白鹭行动'), (v) => /工作区里的术语表/.test(v?.contents.value ?? ''));
      assert.match(inside?.contents.value ?? '', /工作区里的术语表/);
      assert.doesNotMatch((await hover(h, uri, text, '蓝鲸计划'))?.contents.value ?? '', /别处的术语表/);

      // Named in the user's own settings: read.
      h.settings = { glossaryFiles: [outside], userGlossaryFiles: [outside] };
      h.conn.sendNotification('workspace/didChangeConfiguration', { settings: {} });
      const user = await poll(() => hover(h, uri, text, '蓝鲸计划'), (v) => /别处的术语表/.test(v?.contents.value ?? ''));
      assert.match(user?.contents.value ?? '', /别处的术语表/);
    } finally {
      await h.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a client that does not say where settings come from (other editors): its glossary files are the user’s', async () => {
    const { dir, folder, outside } = setup();
    const h = await startServer({ rootDir: folder, settings: { glossaryFiles: [outside] } });
    try {
      const uri = 'file:///virtual/places-other.txt';
      h.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text } });
      const v = await poll(() => hover(h, uri, text, '蓝鲸计划'), (x) => /别处的术语表/.test(x?.contents.value ?? ''));
      assert.match(v?.contents.value ?? '', /别处的术语表/);
    } finally {
      await h.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('Add to glossary writes only into a glossary in use or the workspace glossary, never a file the client names elsewhere', async () => {
    const { dir, folder, outside } = setup();
    const victim = path.join(dir, 'elsewhere', 'victim.txt');
    fs.writeFileSync(victim, 'do not touch\n');
    const h = await startServer({ rootDir: folder, settings: { glossaryFiles: [outside], userGlossaryFiles: [] } });
    try {
      const apply = (arg: unknown) => h.conn.sendRequest('workspace/executeCommand', { command: 'reportLens.applyGlossaryEntry', arguments: [arg] });
      await apply({ entry: { term: '白鹭行动', definition: '定义。', category: 'other' }, file: victim });
      await h.waitFor(() => h.messages.some((m) => /not one of the glossary files in use/.test(m.message)), 'the refusal');
      assert.equal(fs.readFileSync(victim, 'utf8'), 'do not touch\n');
      // The configured file outside is refused, so the entry goes to the workspace glossary.
      await apply({ entry: { term: '白鹭行动', definition: '定义。', category: 'other' } });
      await h.waitFor(() => h.messages.some((m) => /^Added/.test(m.message)), 'the entry added');
      assert.match(fs.readFileSync(path.join(folder, 'report-lens.glossary.json'), 'utf8'), /白鹭行动/);
      assert.doesNotMatch(fs.readFileSync(outside, 'utf8'), /白鹭行动/);
    } finally {
      await h.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
