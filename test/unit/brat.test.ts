/** The brat standoff format: parsing, writing, code-point offsets, and tags read against a report. */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import fc from 'fast-check';
import { parseBrat, parseBratSteps, serializeBrat, splitAtLineBreaks, type BratProblemCode } from '../../server/src/core/standoff/brat';
import { CodePointIndex, codePointLength } from '../../server/src/core/standoff/codePoints';
import { tagsFromBrat, tagsToBrat, type Tag } from '../../server/src/core/tags';
import { finish, type Steps } from '../../server/src/core/steps';
import { readAnnPiecesAsync, readAnnText } from '../../server/src/disk/annFiles';
import { REPO_ROOT } from '../helpers';

const FIXTURES = path.join(REPO_ROOT, 'test', 'fixtures', 'tagging');
const fixture = (name: string) => fs.readFileSync(path.join(FIXTURES, name), 'utf8');

test('code points: astral characters count once, CRLF counts twice', () => {
  const check = (text: string, utf16: number, cp: number) => {
    const index = new CodePointIndex(text);
    assert.equal(index.toCodePoint(utf16), cp, `${JSON.stringify(text)} utf16 ${utf16}`);
    assert.equal(index.toUtf16(cp), utf16, `${JSON.stringify(text)} cp ${cp}`);
  };
  check('abc', 2, 2);
  check('𠀀医', 2, 1);
  check('𠀀医', 3, 2);
  check('😀😀卫健委', 4, 2);
  check('a\r\nb', 3, 3);
  check('𠀀\r\n😀芜湖', 6, 4);
  check('𠀀\r\n😀芜湖', 7, 5);
  assert.equal(new CodePointIndex('𠀀😀').length, 2);
  assert.equal(new CodePointIndex('abc').toUtf16(4), undefined, 'beyond the end');
  assert.equal(new CodePointIndex('abc').toUtf16(-1), undefined);
  assert.equal(codePointLength('县域😀'), 3);
  assert.equal(codePointLength('\ud800x'), 2, 'a lone surrogate is one code point');
});

test('property: code-point offsets agree with Array.from and convert back', () => {
  const chars = fc.constantFrom('县', '医', '𠀀', '😀', '\r\n', '\n', 'a', ' ', '\ud83d', '\ude00');
  fc.assert(
    fc.property(fc.array(chars, { maxLength: 60 }), (parts) => {
      const text = parts.join('');
      const index = new CodePointIndex(text);
      assert.equal(index.length, Array.from(text).length);
      let utf16 = 0;
      Array.from(text).forEach((ch, cp) => {
        assert.equal(index.toCodePoint(utf16), cp);
        assert.equal(index.toUtf16(cp), utf16);
        utf16 += ch.length;
      });
      assert.equal(index.toUtf16(index.length), text.length);
    }),
  );
});

test('parse: every kind of line, kept in order', () => {
  const parsed = parseBrat(fixture('all-kinds.ann'));
  assert.deepEqual(parsed.problems, []);
  assert.deepEqual(
    parsed.entries.map((e) => [e.type, e.id, e.line]),
    [
      ['T', 'T1', 1],
      ['T', 'T2', 2],
      ['A', 'A1', 3],
      ['#', '#1', 4],
      ['other', 'R1', 5],
      ['other', 'N1', 6],
      ['other', '*', 7],
      ['A', 'A2', 8],
    ],
  );
  const t2 = parsed.entries[1];
  assert.ok(t2.type === 'T');
  assert.deepEqual(t2.fragments, [[8, 10], [11, 14]]);
  assert.equal(t2.text, '县域 医共体');
  assert.deepEqual(parsed.entries[7], { type: 'A', id: 'A2', name: 'Negated', target: 'T2', line: 8 });
});

test('parse: a corrupt file gives problems with their line numbers; good lines are still read', () => {
  const check = (ann: string, expected: [number, BratProblemCode][], good: string[]) => {
    const parsed = parseBrat(ann);
    assert.deepEqual(parsed.problems.map((p) => [p.line, p.code]), expected, ann);
    assert.deepEqual(parsed.entries.map((e) => e.id), good, ann);
    for (const p of parsed.problems) assert.ok(p.message.length > 5);
  };
  check(fixture('corrupt.ann'), [[2, 'offsets'], [4, 'syntax'], [5, 'duplicate-id'], [6, 'missing-text'], [7, 'unknown-target']], ['T1', 'T2', 'A1']);
  check('T1\tTerm 5 3\tx\n', [[1, 'offsets']], []);
  check('T1 Term 0 3 abc\n', [[1, 'syntax']], []);
  check('T1\tTerm 0 a\tabc\n', [[1, 'offsets']], []);
  check('T1\tTerm\tabc\n', [[1, 'syntax']], []);
  check('A1\tVerdict T9 Wrong\n', [[1, 'unknown-target']], ['A1']);
  check('A1\tVerdict\n', [[1, 'syntax']], []);
  check('#1\tAnnotatorNotes\tfoo\n', [[1, 'syntax']], []);
  check('\n\nT1\tTerm 0 3\tabc\r\n\r\n', [], ['T1']);
  check('', [], []);
});

test('serialize: the fixture round-trips byte for byte', () => {
  for (const name of ['all-kinds.ann', 'tags-crlf-astral.ann']) {
    const ann = fixture(name);
    assert.equal(serializeBrat(parseBrat(ann).entries), ann, name);
  }
});

test('serialize: line breaks never reach a field; labels lose their white space', () => {
  const out = serializeBrat([
    { type: 'T', id: 'T1', label: '重点 任务', fragments: [[0, 2]], text: 'a\nb', line: 0 },
    { type: '#', id: '#1', noteType: 'AnnotatorNotes', target: 'T1', text: 'x\r\ny', line: 0 },
  ]);
  assert.equal(out, 'T1\t重点_任务 0 2\ta b\n#1\tAnnotatorNotes T1\tx y\n');
});

test('spans across line breaks are cut where brat cuts them', () => {
  const check = (text: string, expected: string[]) => {
    const got = splitAtLineBreaks(text, 0, text.length).map(([s, e]) => text.slice(s, e));
    assert.deepEqual(got, expected, JSON.stringify(text));
  };
  check('县域\n\n医共体', ['县域', '医共体']);
  check('县域\r\n医共体', ['县域', '医共体']);
  check('县域医共体', ['县域医共体']);
  check('a\rb\nc', ['a', 'b', 'c']);
});

/** The report the hand-written `tags-crlf-astral.ann` belongs to: CRLF lines and astral characters before the tags. */
const REPORT = '𠀀😀说明\r\n芜湖市卫健委推进紧密型县域\r\n医共体建设，投入1.5亿元。\r\n';

test('tags read against a report with CRLF and astral characters land on their text', () => {
  const file = tagsFromBrat(parseBrat(fixture('tags-crlf-astral.ann')), REPORT);
  assert.deepEqual(file.lost, []);
  assert.equal(file.changed, false);
  const texts = file.tags.map((t) => [t.id, t.label, REPORT.slice(t.spans[0].start, t.spans[t.spans.length - 1].end), t.verdict ?? '']);
  assert.deepEqual(texts, [
    ['T4', '重点任务', '𠀀😀说明', ''],
    ['T1', 'Organisation', '芜湖市卫健委', ''],
    ['T2', 'Term', '紧密型县域\r\n医共体', 'right'],
    ['T3', 'Figure', '1.5亿元', 'wrong'],
  ]);
  assert.equal(file.tags[2].spans.length, 1, 'the two fragments across the line break are one span again');
  assert.deepEqual(file.extra.map((e) => e.id), ['#1']);
  // Written back, the file is the same as the one written by hand.
  assert.equal(tagsToBrat(file.tags, file.extra, REPORT), fixture('tags-crlf-astral.ann'));
});

test('property: tags written and read back are the same tags (any text, any spans)', () => {
  const chars = fc.constantFrom('县', '医', '𠀀', '😀', '\r\n', '\n', 'a', '，', '委');
  fc.assert(
    fc.property(
      fc.array(chars, { minLength: 1, maxLength: 40 }),
      fc.array(fc.tuple(fc.nat(), fc.nat(), fc.constantFrom('Term', 'Figure', 'Organisation', '重点任务')), { maxLength: 6 }),
      (parts, picks) => {
        const text = parts.join('');
        // Spans start and end on character boundaries (a selection never splits a surrogate pair) and not on a line break.
        const bounds = [0];
        for (const p of parts) bounds.push(bounds[bounds.length - 1] + p.length);
        const tags: Tag[] = [];
        picks.forEach(([a, b, label], i) => {
          let s = bounds[a % bounds.length];
          let e = bounds[b % bounds.length];
          if (s > e) [s, e] = [e, s];
          while (s < e && /[\r\n]/.test(text[s])) s++;
          while (e > s && /[\r\n]/.test(text[e - 1])) e--;
          if (e > s) tags.push({ id: `T${i + 1}`, label, spans: [{ start: s, end: e, text: text.slice(s, e) }] });
        });
        const ann = tagsToBrat(tags, [], text);
        const parsed = parseBrat(ann);
        assert.deepEqual(parsed.problems, []);
        const back = tagsFromBrat(parsed, text);
        assert.deepEqual(back.lost, []);
        const key = (t: Tag) => `${t.id}|${t.label}|${t.spans.map((s) => `${s.start}-${s.end}:${s.text}`).join(';')}`;
        assert.deepEqual(back.tags.map(key).sort(), tags.map(key).sort());
        // Every offset brat reads is a code-point offset: slicing the code points gives the text field.
        const cps = Array.from(text);
        for (const e of parsed.entries) {
          if (e.type === 'T') assert.equal(e.fragments.map(([s, t]) => cps.slice(s, t).join('')).join(' '), e.text);
        }
      },
    ),
  );
});

test('a tag whose offsets are stale is found again by its text; one whose text is gone is lost, not dropped', () => {
  const ann = 'T1\tOrganisation 0 6\t芜湖市卫健委\nT2\tTerm 6 14\t紧密型县域医共体\nT3\tFigure 30 35\t9.9亿元\n';
  const text = '前言。芜湖市卫健委推进紧密型县域医共体建设。';
  const file = tagsFromBrat(parseBrat(ann), text);
  assert.equal(file.changed, true);
  assert.deepEqual(file.tags.map((t) => [t.id, t.spans[0].start, t.spans[0].text]), [['T1', 3, '芜湖市卫健委'], ['T2', 11, '紧密型县域医共体']]);
  assert.deepEqual(file.lost.map((l) => [l.tag.id, l.tag.spans[0].text]), [['T3', '9.9亿元']]);
});

test('a .ann in pieces parses as the whole text: line numbers, problems, a piece of one line break, CRLF, the BOM', () => {
  const text = '\uFEFFT1\tTerm 0 2\t县域\r\n\nT2\tTerm 3 5\t医共\rbad line\nA1\tVerdict T1 Wrong\nT1\tTerm 0 1\t县\n#1\tAnnotatorNotes T2\tnote';
  // Cut after every line feed, as the reader of big files does (disk/annFiles.ts readAnnPiecesAsync).
  const pieces = text.split(/(?<=\n)/);
  assert.ok(pieces.length > 3);
  assert.deepEqual(finish(parseBratSteps(pieces)), parseBrat(text));
  assert.deepEqual(finish(parseBratSteps(['T1\tTerm 0 1\t县\n', '\n', 'x\n'])), parseBrat('T1\tTerm 0 1\t县\n\nx\n'));
  assert.deepEqual(finish(parseBratSteps([])), parseBrat(''));
  fc.assert(
    fc.property(fc.array(fc.constantFrom('T1\tTerm 0 1\t县', 'T2\tOrg 1 2\t域', '', 'A1\tVerdict T1 Wrong', 'bad', '\r'), { maxLength: 8 }), fc.array(fc.nat(8)), (lines, cuts) => {
      const whole = lines.join('\n');
      const at = [...new Set(cuts)].filter((c) => c < lines.length - 1).sort((a, b) => a - b);
      const pieces = [...at, lines.length - 1].map((c, k) => lines.slice(k === 0 ? 0 : at[k - 1] + 1, c + 1).join('\n') + (c < lines.length - 1 ? '\n' : ''));
      assert.deepEqual(finish(parseBratSteps(pieces)), parseBrat(whole));
    }),
  );
});

test('a big UTF-8 .ann is read in pieces that make the text readAnnText reads; other files in one piece', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rl-pieces-'));
  const straight = async <T>(steps: Steps<T>) => finish(steps);
  const check = async (name: string, bytes: Uint8Array, many: boolean) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, bytes);
    const whole = readAnnText(file);
    const pieces = await readAnnPiecesAsync(file, straight);
    assert.equal(pieces.status, whole.status, name);
    if (pieces.status !== 'text' || whole.status !== 'text') return;
    assert.equal(pieces.pieces.join(''), whole.text, name);
    assert.deepEqual(pieces.encoding, whole.encoding, name);
    assert.equal(pieces.pieces.length > 1, many, name);
    for (const p of pieces.pieces.slice(0, -1)) assert.ok(p.endsWith('\n'), `${name}: every piece but the last ends a line`);
  };
  const line = (i: number) => `T${i}\tTerm ${i} ${i + 2}\t芜湖𠀀\r\n`;
  const big = Array.from({ length: 40000 }, (_, i) => line(i + 1)).join('');
  await check('big.ann', Buffer.from(big), true);
  await check('bom.ann', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(big)]), true);
  await check('small.ann', Buffer.from('T1\tTerm 0 2\t县域\n'), false);
  await check('empty.ann', Buffer.alloc(0), false);
  await check('fffd.ann', Buffer.from(big + 'T0\tTerm 0 1\t\uFFFD\n'), false);
  await check('bad.ann', Buffer.concat([Buffer.from(big), Buffer.from([0xff, 0x0a])]), false);
  await check('gb.ann', Buffer.from([0x54, 0x31, 0x09, 0x54, 0x20, 0x30, 0x20, 0x31, 0x09, 0xc3, 0xe6, 0x0a]), false);
  await check('utf16.ann', Buffer.from('\uFEFFT1\tTerm 0 1\t县\n', 'utf16le'), false);
  fs.rmSync(dir, { recursive: true, force: true });
});
