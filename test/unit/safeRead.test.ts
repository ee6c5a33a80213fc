/**
 * Reading files of the workspace: only regular files, never more than a cap. A FIFO (which blocks a
 * reader until someone writes) or a link to /dev/zero (which never ends) must give a problem at once.
 */
import { after, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { MAX_GLOSSARY_BYTES, readRegularFile, readRegularFileAsync } from '../../server/src/disk/safeRead';
import { l10nFor } from '../../server/src/core/l10n';
import { readReport } from '../../server/src/disk/reportFiles';
import { readAnn } from '../../server/src/disk/annFiles';
import { GlossaryFiles } from '../../server/src/disk/glossaryFiles';
import { GlossaryLocations } from '../../server/src/disk/glossaryLocations';
import { TagStore } from '../../server/src/disk/tagStore';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'report-lens-special-'));
after(() => fs.rmSync(tmp, { recursive: true, force: true }));
const unix = process.platform !== 'win32';

/** A FIFO nobody writes to: a plain read of it would wait for ever. */
function fifo(name: string): string {
  const f = path.join(tmp, name);
  execFileSync('mkfifo', [f]);
  return f;
}
/** A symbolic link to /dev/zero: a plain read of it would fill the memory. */
function zero(name: string): string {
  const f = path.join(tmp, name);
  fs.symlinkSync('/dev/zero', f);
  return f;
}

test('a regular file is read whole; a larger one than the cap is refused without reading it', async () => {
  const f = path.join(tmp, 'plain.txt');
  fs.writeFileSync(f, '芜湖市卫健委');
  for (const read of [readRegularFile(f, 100), await readRegularFileAsync(f, 100)]) {
    assert.ok('bytes' in read);
    assert.equal(Buffer.from(read.bytes).toString('utf8'), '芜湖市卫健委');
  }
  for (const read of [readRegularFile(f, 10), await readRegularFileAsync(f, 10)]) {
    assert.deepEqual('problem' in read && read.problem, 'too-large');
  }
  const missing = readRegularFile(path.join(tmp, 'nope'), 10);
  assert.equal('problem' in missing && missing.problem, 'missing');
  const dir = readRegularFile(tmp, 10);
  assert.equal('problem' in dir && dir.problem, 'not-a-file');
});

test('a file over its kind\'s cap is refused with a message in the user\'s language', async () => {
  // A sparse file: its size is over the cap without writing 16 MB.
  const f = path.join(tmp, 'big.glossary.json');
  fs.writeFileSync(f, '');
  fs.truncateSync(f, MAX_GLOSSARY_BYTES + 1);
  const zh = l10nFor('zh-cn');
  for (const read of [readRegularFile(f, MAX_GLOSSARY_BYTES), await readRegularFileAsync(f, MAX_GLOSSARY_BYTES)]) {
    assert.ok('problem' in read && read.problem === 'too-large');
    assert.equal(read.message, 'is larger than 16 MB');
    assert.equal(zh.t(read.message), '超过 16 MB');
  }
  const odd = readRegularFile(f, 1000);
  assert.ok('problem' in odd && odd.message === 'is larger than 1000 bytes');
});

test('a FIFO and a link to /dev/zero are refused at once, with a message naming what they are', { skip: !unix }, async () => {
  const p = fifo('pipe.txt');
  const z = zero('zero.txt');
  for (const read of [readRegularFile(p, 1e6), await readRegularFileAsync(p, 1e6)]) {
    assert.ok('problem' in read && read.problem === 'not-a-file');
    assert.match(read.message, /FIFO/);
  }
  for (const read of [readRegularFile(z, 1e6), await readRegularFileAsync(z, 1e6)]) {
    assert.ok('problem' in read && read.problem === 'not-a-file');
    assert.match(read.message, /device/);
  }
});

test('every reader of workspace files goes through it: reports, .ann files, glossaries, the tag store', { skip: !unix }, async () => {
  const dir = path.join(tmp, 'ws');
  fs.mkdirSync(dir);
  const report = path.join(dir, 'report.txt');
  fs.writeFileSync(report, '芜湖市卫健委推进医共体建设。');
  execFileSync('mkfifo', [path.join(dir, 'report.ann')]);
  execFileSync('mkfifo', [path.join(dir, 'pipe.txt')]);
  fs.symlinkSync('/dev/zero', path.join(dir, 'zero.txt'));
  fs.symlinkSync('/dev/zero', path.join(dir, 'report-lens.glossary.json'));
  const glossaryFifo = path.join(dir, 'fifo.glossary.json');
  execFileSync('mkfifo', [glossaryFifo]);

  for (const f of ['pipe.txt', 'zero.txt']) {
    const r = await readReport(path.join(dir, f), Infinity);
    assert.equal('problem' in r && r.problem, 'not-a-file', f);
  }
  const ann = readAnn(path.join(dir, 'report.ann'));
  assert.equal(ann.status, 'unreadable');

  const glossaries = new GlossaryFiles();
  const reports = glossaries.load([glossaryFifo], [dir]);
  assert.deepEqual(reports.map((r) => [path.basename(r.file), r.rejected, /FIFO|device/.test(r.readError ?? '')]), [
    ['fifo.glossary.json', true, true],
    ['report-lens.glossary.json', true, true],
  ]);
  const where = new GlossaryLocations(() => [glossaryFifo, path.join(dir, 'report-lens.glossary.json')]);
  assert.equal(where.locate({ termId: 'x', glossary: 'fifo.glossary.json' }), undefined);

  const problems: string[] = [];
  const store = new TagStore({ lost: () => undefined, problem: (s) => problems.push(s.problem!.message), writeFailed: () => undefined, reloaded: () => undefined });
  const state = await store.open(pathToFileURL(report).toString(), '芜湖市卫健委推进医共体建设。', 1);
  assert.match(problems.join(), /FIFO/);
  assert.equal((await store.add(state.uri, 'Organisation', 0, 6)).ok, false, 'tagging is refused: the .ann cannot be read');
  assert.ok(fs.lstatSync(path.join(dir, 'report.ann')).isFIFO(), 'the FIFO is left as it is');
});
