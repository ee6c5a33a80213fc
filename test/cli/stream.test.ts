/**
 * The CLI at corpus scale, run as users run it: `--format jsonl -` as a line-in, line-out filter
 * (README, "Corpora: --format jsonl - as a line filter"), and --jobs spreading files and records over worker threads.
 */
import { after, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { REPO_ROOT, SEEDS_DIR, readSeed, seedNames } from '../helpers';
import { ENGLISH_ENV } from './env';

const CLI = path.join(REPO_ROOT, 'dist', 'cli.js');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'report-lens-stream-'));
after(() => fs.rmSync(tmp, { recursive: true, force: true }));

const run = (args: string[], input?: string | Buffer) => {
  const r = spawnSync(process.execPath, [CLI, ...args], { input, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env: ENGLISH_ENV });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
/** The same, without blocking the test's process: shards of a sharded run go side by side. */
const runAsync = (args: string[], input: string) =>
  new Promise<{ code: number | null; out: string }>((resolve, reject) => {
    const p = spawn(process.execPath, [CLI, ...args], { stdio: ['pipe', 'pipe', 'ignore'], env: ENGLISH_ENV });
    let out = '';
    p.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    p.on('error', reject);
    p.on('close', (code) => resolve({ code, out }));
    p.stdin.end(input);
  });
const write = (name: string, data: string | Uint8Array) => {
  const f = path.join(tmp, name);
  fs.writeFileSync(f, data);
  return f;
};
const lines = (out: string) => out.split('\n').filter(Boolean).map((l) => JSON.parse(l));

/** Records like a corpus feeds: the seeds' paragraphs, one record each, and a few whole reports. */
function corpusRecords(): { id: string; text: string }[] {
  const recs: { id: string; text: string }[] = [];
  for (const name of seedNames()) {
    const text = readSeed(name.slice(0, 3));
    text.split(/\n\s*\n|\n(?=[一二三四五六七八九十]+、)/).forEach((p, i) => p.trim() && recs.push({ id: `${name.slice(0, 3)}-${i}`, text: p }));
    recs.push({ id: `${name.slice(0, 3)}-whole`, text });
  }
  return recs;
}

test('--format jsonl -: a bad record is answered with an error record for its id, and the stream goes on', () => {
  const input = [
    JSON.stringify({ id: 'a', text: '市卫健委投入1.5亿元推进三医协同。' }),
    '{"id":"cut-short","text":"市卫健委投入',
    '{"id": 42 , "text": 3}',
    JSON.stringify({ id: 'bin', text: 'PK\u0003\u0004\u0000\u0000' }),
    'not json at all',
    JSON.stringify({ id: 'b', text: '投入2亿元。' }),
  ].join('\r\n');
  const r = run(['annotate', '--format', 'jsonl', '-'], input);
  assert.equal(r.code, 1, 'bad records make the exit status non-zero');
  const out = lines(r.out);
  assert.deepEqual(out.map((l) => [l.id, l.error ?? 'ok']), [
    ['a', 'ok'],
    ['cut-short', 'not JSON'],
    [42, 'no "text" string'],
    ['bin', 'binary text'],
    [null, 'not JSON'],
    ['b', 'ok'],
  ]);
  assert.ok(out[5].annotations.some((a: { text: string }) => a.text === '2亿元'));
  // Where each bad record was, for the person running the stream.
  assert.match(r.err, /stdin line 2: not a JSON object/);
  assert.match(r.err, /stdin line 4: record's text looks like a binary file/);
  assert.match(r.err, /stdin line 5: not a JSON object/);
});

test('--format jsonl -: lines end at LF, CRLF or a lone CR, as readline cut them; a byte-order mark at the start is dropped', () => {
  const rec = (id: string) => JSON.stringify({ id, text: '投入1.5亿元。' });
  const r = run(['annotate', '--format', 'jsonl', '-'], `\uFEFF${rec('1')}\r${rec('2')}\n\n${rec('3')}\r\n${rec('4')}`);
  assert.equal(r.code, 0, r.err);
  assert.deepEqual(lines(r.out).map((l) => l.id), ['1', '2', '3', '4']);
});

test('--format jsonl with a binary file writes its skipped record, as --format json does', () => {
  const bin = write('skip.txt', Uint8Array.from([0x50, 0x4b, 3, 4, 0, 0, 0, 0, 0xff]));
  const r = run(['annotate', '--format', 'jsonl', bin]);
  assert.equal(r.code, 0);
  assert.deepEqual(lines(r.out), [{ id: bin, path: bin, skipped: 'binary', annotations: [], outline: [] }]);
});

test('--jobs: files give the same output, messages and exit status with 1, 2 or 3 threads', () => {
  const files = seedNames().map((n) => path.join(SEEDS_DIR, n));
  const gb = write('gb.txt', Uint8Array.from([0xd2, 0xbd, 0xb9, 0xb2, 0xcc, 0xe5, 0xbd, 0xa8, 0xc9, 0xe8]));
  const bin = write('bin.txt', Uint8Array.from([0, 1, 2, 3]));
  const inputs = [files[0], path.join(tmp, 'missing.txt'), gb, ...files.slice(1), bin, files[0]];
  for (const format of ['json', 'jsonl', 'text']) {
    const one = run(['annotate', '--format', format, '--jobs', '1', ...inputs]);
    assert.equal(one.code, 1, one.err);
    assert.ok(one.out.length > 100000 || format === 'text', format);
    for (const jobs of ['2', '3']) {
      const many = run(['annotate', '--format', format, '--jobs', jobs, ...inputs]);
      assert.equal(many.out, one.out, `${format} --jobs ${jobs}`);
      assert.equal(many.err, one.err, `${format} --jobs ${jobs}`);
      assert.equal(many.code, one.code);
    }
    const auto = run(['annotate', '--format', format, ...inputs]);
    assert.equal(auto.out, one.out, `${format}, default --jobs`);
  }
});

test('--jobs: a stream of records gives the same answers, in the same order, with 1 or 2 threads', () => {
  const recs = corpusRecords();
  // Enough records for several batches of 256 KB, with bad ones among them.
  const stream: string[] = [];
  for (let round = 0; round < 12; round++) {
    recs.forEach((r, i) => stream.push(JSON.stringify({ ...r, id: `${round}/${r.id}` })));
    stream.push(`{"id":"${round}/broken","text":"半条`, '');
  }
  const input = stream.join('\n') + '\n';
  assert.ok(Buffer.byteLength(input) > 3 * 256 * 1024, 'several batches');
  const one = run(['annotate', '--format', 'jsonl', '--jobs', '1', '-'], input);
  assert.equal(one.code, 1);
  assert.equal(lines(one.out).length, 12 * (recs.length + 1));
  for (const jobs of ['2', '3']) {
    const many = run(['annotate', '--format', 'jsonl', '--jobs', jobs, '-'], input);
    assert.equal(many.out, one.out, `--jobs ${jobs}`);
    assert.equal(many.err, one.err, `--jobs ${jobs}`);
  }
});

test('a sharded run (the stream split, shards annotated side by side, answers concatenated) equals one run', async () => {
  const recs = corpusRecords();
  const stream = recs.map((r) => JSON.stringify(r));
  stream.splice(7, 0, 'garbage', JSON.stringify({ id: 'no-text' }));
  const whole = run(['annotate', '--format', 'jsonl', '-'], stream.join('\n') + '\n');
  // As `split -l` then `xargs -P 3` or Spark's RDD.pipe() over three partitions would.
  const per = Math.ceil(stream.length / 3);
  const shards = [0, 1, 2].map((k) => stream.slice(k * per, (k + 1) * per).join('\n') + '\n');
  const answers = await Promise.all(shards.map((s) => runAsync(['annotate', '--format', 'jsonl', '--jobs', '1', '-'], s)));
  assert.equal(answers.map((a) => a.out).join(''), whole.out);
  assert.equal(lines(whole.out).length, stream.length, 'one answer per record');
});

test('--lean: files and a stream, joined with `report-lens glossary` as a script would, give the full form; --jobs 2 the same bytes', () => {
  // A team glossary that replaces a shipped entry (same id, its own definition) and adds a term of the records.
  const g = write('lean.glossary.json', JSON.stringify({ version: 1, entries: [
    { id: 'healthcare-reform', term: '医药卫生体制改革', definition: '团队自己的定义。', category: 'medical-reform', year: 2009 },
    { id: 'team-term', term: '健康底色', definition: '团队术语。', category: 'other' },
  ] }));
  const glossary = run(['glossary', '--glossary', g]);
  assert.equal(glossary.code, 0, glossary.err);
  const entries = JSON.parse(glossary.out).terms as Record<string, Record<string, unknown>>;
  assert.equal(entries['healthcare-reform'].definition, '团队自己的定义。');
  assert.deepEqual(entries['team-term'], { canonical: '健康底色', definition: '团队术语。', category: 'other', glossary: g });
  assert.ok(Object.keys(entries).length > 200);
  const full = (a: Record<string, unknown>, orgs: Record<string, { canonical: string; names: string[]; mentions: number }>) => {
    if (a.kind === 'term' && typeof a.termId === 'string') return { ...a, ...entries[a.termId] };
    if (a.kind !== 'org') return a;
    const e = orgs[a.entityId as string];
    return { kind: a.kind, start: a.start, end: a.end, text: a.text, orgKind: a.orgKind, canonical: e.canonical, entityId: a.entityId, aliases: e.names.filter((n) => n !== a.text), mentions: e.mentions };
  };
  const input = corpusRecords().map((r) => JSON.stringify(r)).join('\n') + '\nnot json\n';
  const whole = lines(run(['annotate', '--format', 'jsonl', '--glossary', g, '-'], input).out);
  const leanRun = run(['annotate', '--format', 'jsonl', '--lean', '--glossary', g, '--jobs', '1', '-'], input);
  const lean = lines(leanRun.out);
  assert.equal(lean.length, whole.length);
  assert.ok(Buffer.byteLength(leanRun.out) < 0.7 * Buffer.byteLength(whole.map((r) => JSON.stringify(r)).join('\n')));
  let teamTerms = 0;
  lean.forEach((rec, i) => {
    if (whole[i].error) return assert.deepEqual(rec, whole[i]);
    assert.deepEqual(Object.keys(rec), ['id', 'annotations', 'orgs']);
    teamTerms += rec.annotations.filter((a: { termId?: string }) => a.termId === 'team-term').length;
    assert.equal(JSON.stringify(rec.annotations.map((a: Record<string, unknown>) => full(a, rec.orgs))), JSON.stringify(whole[i].annotations), String(rec.id));
  });
  assert.ok(teamTerms > 0, 'the team glossary is used');
  assert.equal(run(['annotate', '--format', 'jsonl', '--lean', '--glossary', g, '--jobs', '2', '-'], input).out, leanRun.out);
  // Files: the same in json, with the outline as in the full form.
  const files = seedNames().map((n) => path.join(SEEDS_DIR, n));
  const fullFiles = JSON.parse(run(['annotate', '--glossary', g, ...files]).out).files;
  const leanFiles = run(['annotate', '--lean', '--glossary', g, '--jobs', '1', ...files]).out;
  JSON.parse(leanFiles).files.forEach((f: { path: string; annotations: Record<string, unknown>[]; outline: unknown; orgs: Record<string, { canonical: string; names: string[]; mentions: number }> }, i: number) => {
    assert.equal(f.path, fullFiles[i].path);
    assert.deepEqual(f.outline, fullFiles[i].outline);
    assert.equal(JSON.stringify(f.annotations.map((a) => full(a, f.orgs))), JSON.stringify(fullFiles[i].annotations), f.path);
  });
  assert.equal(run(['annotate', '--lean', '--glossary', g, '--jobs', '2', ...files]).out, leanFiles);
});

test('--lean is for json and jsonl; glossary takes no files', () => {
  const seed = path.join(SEEDS_DIR, seedNames()[0]);
  for (const format of ['text', 'csv']) {
    const r = run(['annotate', '--lean', '--format', format, seed]);
    assert.equal(r.code, 2);
    assert.match(r.err, /--lean is a form of --format json and jsonl/);
  }
  const r = run(['glossary', seed]);
  assert.equal(r.code, 2);
  assert.match(r.err, /glossary takes no files/);
});

test('a folder stands for every report under it, sorted, all of them: the output of the files named one by one', () => {
  const root = path.join(tmp, 'year');
  const seeds = seedNames().map((n) => path.join(SEEDS_DIR, n));
  const placed = ['01/a.txt', '01/b.report', '02/sub/c.txt', 'd.txt', 'e.TXT'].map((rel, i) => {
    const f = path.join(root, rel);
    fs.mkdirSync(path.dirname(f), { recursive: true });
    fs.copyFileSync(seeds[i % seeds.length], f);
    return f;
  });
  // Not reports: a hidden folder's file, another extension, a link (a link could lead out of the folder or round in a loop).
  for (const rel of ['.git/x.txt', 'notes.md']) {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.copyFileSync(seeds[0], path.join(root, rel));
  }
  if (process.platform !== 'win32') fs.symlinkSync(seeds[1], path.join(root, 'link.txt'));
  const named = run(['annotate', '--format', 'jsonl', '--jobs', '1', ...placed]);
  assert.equal(named.code, 0, named.err);
  assert.deepEqual(lines(named.out).map((r) => r.path), placed);
  for (const jobs of ['1', '2']) assert.equal(run(['annotate', '--format', 'jsonl', '--jobs', jobs, root]).out, named.out, `--jobs ${jobs}`);
  const json = JSON.parse(run(['annotate', root]).out);
  assert.deepEqual(json.files.map((f: { path: string }) => f.path), placed);

  // More reports than the workspace index takes from a folder (5,000): the command line takes them all.
  const many = path.join(tmp, 'many');
  fs.mkdirSync(many);
  for (let i = 0; i < 5001; i++) fs.writeFileSync(path.join(many, `r${String(i).padStart(5, '0')}.txt`), `第${i}号：市卫健委投入${i}万元。`);
  const all = lines(run(['annotate', '--format', 'jsonl', many]).out);
  assert.equal(all.length, 5001);
  assert.equal(all[5000].annotations.find((a: { kind: string }) => a.kind === 'figure').text, '5000万元');

  // A folder with no report says so, and is no failure.
  const empty = path.join(tmp, 'empty');
  fs.mkdirSync(empty);
  const r = run(['annotate', empty]);
  assert.equal(r.code, 0);
  assert.equal(r.out, '{"files":[]}\n');
  assert.match(r.err, /no reports \(\.txt, \.report\) under .*empty/);
});

test('--jobs needs a whole number of threads', () => {
  for (const bad of ['0', 'x', '-1', '1.5', '']) {
    const r = run(['annotate', '--jobs', bad, path.join(SEEDS_DIR, seedNames()[0])]);
    assert.equal(r.code, 2, bad);
    assert.match(r.err, /--jobs/);
  }
});
