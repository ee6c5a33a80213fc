/**
 * The server and the files of a workspace it reads and writes (issue 11), in this process and over stdio:
 * a glossary or a .ann that is a FIFO or a link to /dev/zero never holds it up; a tag the disk refuses is
 * not shown; tags found lost while the report has unsaved changes are recorded at once.
 */
import { after, describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { startServer, type Harness } from './harness';
import type { TagEditResult, TagsResult } from '../../shared/protocol';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'report-lens-lsp-files-'));
after(() => fs.rmSync(tmp, { recursive: true, force: true }));
const REPORT = '一、总体情况\n芜湖市卫健委推进医共体建设，投入1.5亿元。\n二、下一步\n继续推进。\n';
let n = 0;

for (const inProcess of [true, false]) {
  describe(inProcess ? 'in this process' : 'over stdio', () => {
    /** A folder with REPORT on disk as r.txt and `ann` beside it, a server on it, and `text` opened in the editor. */
    const withReport = async (name: string, ann: string, text: string, check: (h: Harness, uri: string, dir: string) => Promise<void>) => {
      const dir = path.join(tmp, `${name}${++n}`);
      fs.mkdirSync(dir);
      const file = path.join(dir, 'r.txt');
      fs.writeFileSync(file, REPORT);
      fs.writeFileSync(path.join(dir, 'r.ann'), ann);
      const h = await startServer({ rootDir: dir, inProcess });
      try {
        const uri = pathToFileURL(file).toString();
        h.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text } });
        await check(h, uri, dir);
      } finally {
        await h.close();
      }
    };

    test('a FIFO glossary, a .ann linked to /dev/zero, a FIFO among the reports: named, and the server answers at once', { skip: process.platform === 'win32' }, async () => {
      const dir = path.join(tmp, `special${++n}`);
      fs.mkdirSync(dir);
      execFileSync('mkfifo', [path.join(dir, 'report-lens.glossary.json')]);
      execFileSync('mkfifo', [path.join(dir, 'pipe.txt')]);
      fs.symlinkSync('/dev/zero', path.join(dir, 'zero.report'));
      const file = path.join(dir, 'r.txt');
      fs.writeFileSync(file, REPORT);
      fs.symlinkSync('/dev/zero', path.join(dir, 'r.ann'));
      const h = await startServer({ rootDir: dir, inProcess, expectErrors: false });
      try {
        const uri = pathToFileURL(file).toString();
        h.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: REPORT } });
        const symbols = (await h.conn.sendRequest('textDocument/documentSymbol', { textDocument: { uri } })) as { name: string }[];
        assert.deepEqual(symbols.map((s) => s.name), ['一、总体情况', '二、下一步']);
        await h.waitFor(() => h.messages.some((m) => m.message.includes('r.ann')), 'the .ann named');
        await h.waitFor(() => h.messages.some((m) => m.message.includes('report-lens.glossary.json')), 'the glossary named');
        const tags = (await h.conn.sendRequest('reportLens/tags', { textDocument: { uri } })) as TagsResult;
        assert.deepEqual(tags.tags, []);
        assert.match(tags.problem?.message ?? '', /r\.ann.*character device/);
        const r = (await h.conn.sendRequest('reportLens/addTag', { textDocument: { uri }, range: { start: { line: 1, character: 0 }, end: { line: 1, character: 6 } }, label: 'Organisation' })) as TagEditResult;
        assert.equal(r.ok, false);
        const ws = (await h.conn.sendRequest('workspace/symbol', { query: '总体' })) as { name: string }[];
        assert.ok(ws.some((s) => s.name === '一、总体情况'), 'the workspace index went past the special files');
        assert.ok(fs.lstatSync(path.join(dir, 'r.ann')).isSymbolicLink());
      } finally {
        await h.close();
      }
    });

    test('in Chinese, the reason a glossary file or a .ann cannot be read is in Chinese too', { skip: process.platform === 'win32' }, async () => {
      const dir = path.join(tmp, `special-zh${++n}`);
      fs.mkdirSync(dir);
      execFileSync('mkfifo', [path.join(dir, 'report-lens.glossary.json')]);
      const file = path.join(dir, 'r.txt');
      fs.writeFileSync(file, REPORT);
      fs.symlinkSync('/dev/zero', path.join(dir, 'r.ann'));
      const h = await startServer({ rootDir: dir, inProcess, expectErrors: false, locale: 'zh-cn' });
      try {
        const uri = pathToFileURL(file).toString();
        h.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: REPORT } });
        await h.waitFor(() => h.messages.some((m) => m.message.includes('report-lens.glossary.json')), 'the glossary named');
        const glossary = h.messages.find((m) => m.message.includes('report-lens.glossary.json'))!.message;
        assert.match(glossary, /是 FIFO（命名管道），不是普通文件/);
        const tags = (await h.conn.sendRequest('reportLens/tags', { textDocument: { uri } })) as TagsResult;
        assert.match(tags.problem?.message ?? '', /r\.ann.*是字符设备，不是普通文件/);
      } finally {
        await h.close();
      }
    });

    test('a tag the disk refuses (the report’s folder is a file) is not shown, and the user is told why', async () => {
      const blocker = path.join(tmp, `blocker${++n}`);
      fs.writeFileSync(blocker, 'a file where a folder should be');
      const uri = pathToFileURL(path.join(blocker, 'r.txt')).toString();
      const h = await startServer({ rootDir: tmp, inProcess });
      try {
        h.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: REPORT } });
        const r = (await h.conn.sendRequest('reportLens/addTag', { textDocument: { uri }, range: { start: { line: 1, character: 0 }, end: { line: 1, character: 6 } }, label: 'Organisation' })) as TagEditResult;
        assert.equal(r.ok, false);
        assert.match(r.message ?? '', /undone.*ENOTDIR/);
        const tags = (await h.conn.sendRequest('reportLens/tags', { textDocument: { uri } })) as TagsResult;
        assert.deepEqual(tags.tags, [], 'not painted: the file does not hold it');
      } finally {
        await h.close();
      }
    });

    test('reopened with unsaved changes (a hot exit, a restart): tags whose text is gone are recorded in .ann.lost at once', async () => {
      const ann = 'T1\tFigure 22 27\t1.5亿元\nT2\tTerm 15 18\t医共体\n#1\tAnnotatorNotes T1\t待核实\n';
      const unsaved = REPORT.replace('，投入1.5亿元', '');
      await withReport('hot', ann, unsaved, async (h, uri, dir) => {
        await h.waitFor(() => h.messages.some((m) => m.message.includes('1.5亿元') && m.message.includes('r.ann.lost')), 'the lost tag reported with its record');
        assert.equal(fs.readFileSync(path.join(dir, 'r.ann.lost'), 'utf8'), 'T1\tFigure 22 27\t1.5亿元\n#1\tAnnotatorNotes T1\t待核实\n');
        const tags = (await h.conn.sendRequest('reportLens/tags', { textDocument: { uri } })) as TagsResult;
        assert.deepEqual(tags.tags.map((t) => t.id), ['T2']);
        assert.deepEqual(tags.lost.map((t) => t.id), ['T1']);
      });
    });

    test('the tags of some lines only: a client of a report with a million tags asks for those on screen', async () => {
      await withReport('lines', 'T1\tOrganisation 7 13\t芜湖市卫健委\nT2\t重点任务 36 38\t继续\n', REPORT, async (h, uri) => {
        const all = (await h.conn.sendRequest('reportLens/tags', { textDocument: { uri } })) as TagsResult;
        assert.deepEqual([all.tags.map((t) => t.id), all.partial], [['T1', 'T2'], undefined]);
        const some = (await h.conn.sendRequest('reportLens/tags', { textDocument: { uri }, visibleLines: [{ start: 3, end: 3 }] })) as TagsResult;
        assert.deepEqual([some.tags.map((t) => t.id), some.partial], [['T2'], true]);
      });
    });
  });
}
