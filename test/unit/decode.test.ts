/**
 * The one decoder of report files (server/src/disk/decode.ts), on real byte sequences: UTF-8 with one bad
 * byte stays UTF-8 (with the offset of the bad byte), GB18030 is chosen only for a file that is all
 * GB18030 and not UTF-8.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { decodeBytes, decodeBytesSteps, firstInvalidUtf8, utf8PiecesSteps } from '../../server/src/disk/decode';
import { finish } from '../../server/src/core/steps';
import { Analyzer } from '../../server/src/core/analyze';
import { builtinGlossary } from '../../server/src/core/glossary';
import { TermMatcher } from '../../server/src/core/terms';
import { readSeed } from '../helpers';

/**
 * A GB18030 encoder for the characters of the two-byte area (all of GBK, so every common Chinese
 * character and punctuation mark), made from the platform's decoder: Node has no GB18030 encoder.
 */
const GB: Map<string, number[]> = (() => {
  const map = new Map<string, number[]>();
  const decoder = new TextDecoder('gb18030', { fatal: true });
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      try {
        const ch = decoder.decode(Uint8Array.from([lead, trail]));
        if (ch.length === 1 && !map.has(ch)) map.set(ch, [lead, trail]);
      } catch {
        /* not a character */
      }
    }
  }
  return map;
})();

/** `text` as GB18030 bytes; characters outside the two-byte area become "?". */
function gb18030(text: string): Uint8Array {
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) out.push(code);
    else out.push(...(GB.get(ch) ?? [0x3f]));
  }
  return Uint8Array.from(out);
}

const analyzer = new Analyzer(new TermMatcher([builtinGlossary()]));
const count = (text: string) => {
  const a = analyzer.analyze(text);
  return a.terms.length + a.figures.length + a.orgs.length;
};

test('a UTF-8 report with one bad byte stays UTF-8: the offset of the byte is given, and the annotations are those of the clean text', () => {
  const text = readSeed('001');
  const clean = Buffer.from(text, 'utf8');
  // Somewhere in the middle, between two characters (a byte 0xFF is never UTF-8).
  const at = clean.indexOf(Buffer.from('。', 'utf8'), clean.length >> 1) + 3;
  const broken = Buffer.concat([clean.subarray(0, at), Buffer.from([0xff]), clean.subarray(at)]);
  const d = decodeBytes(broken);
  assert.ok('text' in d);
  assert.equal(d.encoding, 'utf-8');
  assert.equal(d.invalidAt, at);
  assert.equal(d.text.replace('\uFFFD', ''), text.replace(/^\uFEFF/, ''));
  const want = count(text);
  assert.ok(want > 50, `${want} annotations in the seed`);
  assert.ok(count(d.text) >= want - 2, `${count(d.text)} annotations with the bad byte, ${want} without`);
});

test('a UTF-8 report cut in the middle of a character, or with a lone continuation byte: UTF-8, with the offset', () => {
  const clean = Buffer.from('一、工作回顾\n全年投入1.5亿元，推进三医协同。\n', 'utf8');
  const cut = clean.subarray(0, clean.length - 2);
  const d = decodeBytes(cut);
  assert.ok('text' in d && d.encoding === 'utf-8' && d.invalidAt === clean.length - 4);
  // (Long enough for one U+FFFD not to make it look like a binary file.)
  const lone = Buffer.concat([Buffer.from('推进三医协同', 'utf8'), Buffer.from([0x80]), Buffer.from('，投入1.5亿元。\n'.repeat(5), 'utf8')]);
  const e = decodeBytes(lone);
  assert.ok('text' in e && e.encoding === 'utf-8' && e.invalidAt === Buffer.byteLength('推进三医协同'));
});

test('a GB18030 report is read as GB18030, without a warning; its annotations are those of the text', () => {
  const text = readSeed('002').replace(/^\uFEFF/, '');
  const bytes = gb18030(text);
  const d = decodeBytes(bytes);
  assert.ok('text' in d);
  assert.equal(d.encoding, 'gb18030');
  assert.equal(d.invalidAt, undefined);
  const expected = [...text].map((ch) => (ch.codePointAt(0)! < 0x80 || GB.has(ch) ? ch : '?')).join('');
  assert.equal(d.text, expected);
  assert.ok(count(d.text) > 20);
});

test('a GB18030 report with a stray byte is still GB18030 (with the offset), not thousands of U+FFFD', () => {
  const text = readSeed('003').replace(/^\uFEFF/, '');
  const bytes = gb18030(text);
  // A lead byte followed by a line break is no GB18030 sequence.
  const nl = bytes.indexOf(0x0a, bytes.length >> 1);
  const broken = Uint8Array.from([...bytes.subarray(0, nl), 0xd2, ...bytes.subarray(nl)]);
  const d = decodeBytes(broken);
  assert.ok('text' in d);
  assert.equal(d.encoding, 'gb18030');
  assert.equal(d.invalidAt, nl);
  assert.ok(count(d.text) > 20);
});

test('short texts: pure ASCII and valid UTF-8 are UTF-8; two bytes valid in both are UTF-8', () => {
  for (const s of ['', 'abc', '投入1.5亿元', '𠀀😀', '\uFEFF推进']) {
    const d = decodeBytes(Buffer.from(s, 'utf8'));
    assert.ok('text' in d && d.encoding === 'utf-8' && d.invalidAt === undefined, s);
    assert.equal(d.text, s.replace(/^\uFEFF/, ''));
  }
  // 中 in UTF-8 (E4 B8 AD) then a GB18030 pair: neither alone decides; the file is not UTF-8, and it is GB18030 only if all of it is.
  const gbOnly = gb18030('医共体建设，覆盖全县。\n');
  assert.equal((decodeBytes(gbOnly) as { encoding: string }).encoding, 'gb18030');
});

test('firstInvalidUtf8: overlong forms, surrogates, code points past U+10FFFF and truncated sequences', () => {
  const at = (...b: number[]) => firstInvalidUtf8(Uint8Array.from(b));
  assert.equal(at(0x41, 0xe4, 0xb8, 0xad), -1);
  assert.equal(at(0xf0, 0x9f, 0x98, 0x80), -1);
  assert.equal(at(0x41, 0xc0, 0x80), 1, 'overlong NUL');
  assert.equal(at(0xe0, 0x80, 0x80), 0, 'overlong three-byte');
  assert.equal(at(0x41, 0x42, 0xed, 0xa0, 0x80), 2, 'a surrogate');
  assert.equal(at(0xf4, 0x90, 0x80, 0x80), 0, 'past U+10FFFF');
  assert.equal(at(0xf5, 0x80, 0x80, 0x80), 0);
  assert.equal(at(0x41, 0xe4, 0xb8), 1, 'cut short');
  assert.equal(at(0xe4, 0x41, 0xad), 0, 'a continuation byte missing');
  assert.equal(at(0x80), 0);
  // The same verdict as the platform's fatal decoder, on random bytes.
  for (let i = 0; i < 2000; i++) {
    const bytes = Uint8Array.from({ length: 1 + (i % 9) }, (_, k) => [0x41, 0x80, 0xbf, 0xc2, 0xe0, 0xed, 0xf0, 0xf4, 0xff, 0xa0, 0x9f, 0x90][(i * 7 + k * 13 + (i >> 3) * k) % 12]);
    let valid = true;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      valid = false;
    }
    assert.equal(firstInvalidUtf8(bytes) < 0, valid, Buffer.from(bytes).toString('hex'));
  }
});

test('UTF-16 with a BOM, binary files, and NUL bytes are as before', () => {
  const u16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('投入1.5亿元', 'utf16le')]);
  assert.deepEqual(decodeBytes(u16), { text: '投入1.5亿元', encoding: 'utf-16le' });
  assert.deepEqual(decodeBytes(Uint8Array.from([0x50, 0x4b, 3, 4, 0, 0, 0xff])), { binary: true });
});

test('decoded in steps (the workspace index), any file gives what decodeBytes gives, whatever the size of the pieces', () => {
  const seed = readSeed('001').replace(/^\uFEFF/, '');
  const utf8 = Buffer.from(seed, 'utf8');
  const bad = Buffer.from(utf8);
  bad[Math.floor(bad.length * 0.7)] = 0xff; // one bad byte late in the file: UTF-8 with its offset
  const cases: [string, Uint8Array][] = [
    ['a real report', utf8],
    ['with a BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8])],
    ['with U+FEFF inside, which stays', Buffer.from(seed.slice(0, 500) + '\uFEFF' + seed.slice(500), 'utf8')],
    ['with characters outside the BMP and CRLF', Buffer.from(seed.replace(/\n/g, '\r\n').replace(/医/g, '𠀀'), 'utf8')],
    ['with one bad byte late in the file', bad],
    ['cut in the middle of its last character', utf8.subarray(0, utf8.length - 1)],
    ['in GB18030', gb18030(seed)],
    ['in UTF-16 with a BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(seed, 'utf16le')])],
    ['binary', Uint8Array.from({ length: 5000 }, (_, i) => (i * 7919) % 256)],
  ];
  let stepped = 0;
  for (const [what, bytes] of cases) {
    const whole = decodeBytes(bytes);
    for (const piece of [1, 2, 3, 7, 100, 4096, 1 << 19]) {
      const steps = decodeBytesSteps(bytes, piece);
      let n = 0;
      for (let r = steps.next(); ; r = steps.next(), n++) {
        if (r.done) {
          assert.deepEqual(r.value, whole, `${what}, pieces of ${piece} bytes`);
          break;
        }
      }
      if (n > 1) stepped++;
    }
    assert.deepEqual(finish(decodeBytesSteps(bytes)), whole, what);
  }
  assert.ok(stepped >= 20, `most of the UTF-8 cases were decoded in several steps (${stepped})`);
});

test('utf8PiecesSteps: pieces end between characters or after a line feed, a step each; undefined once a piece is not UTF-8', () => {
  const text = '\uFEFF芜湖𠀀市卫健委\r\n紧密型县域医共体a\n\n𠀀𠀀1.5亿元\n';
  const bytes = Buffer.from(text, 'utf8');
  for (const size of [1, 2, 3, 5, 8, 64]) {
    const steps = utf8PiecesSteps(bytes, size, 'char');
    let yields = 0;
    let r = steps.next();
    for (; !r.done; r = steps.next()) yields++;
    const chars = r.value!;
    assert.equal(chars.join(''), text, `char pieces of ${size} bytes make the text, its BOM kept`);
    assert.equal(yields, chars.length, 'a step a piece');
    for (const p of chars) {
      assert.ok(!p.includes('\uFFFD'), `no character cut in pieces of ${size} bytes`);
      assert.ok(Buffer.byteLength(p) <= Math.max(size, 4), `a piece holds at most ${size} bytes or one character`);
    }
    const lines = finish(utf8PiecesSteps(bytes, size, 'line'))!;
    assert.equal(lines.join(''), text);
    for (const p of lines.slice(0, -1)) assert.ok(p.endsWith('\n') && Buffer.byteLength(p) > size, `line pieces of ${size}+ bytes end after a line feed`);
  }
  assert.deepEqual(finish(utf8PiecesSteps(Buffer.alloc(0), 8, 'char')), []);
  const late = Buffer.concat([bytes, Buffer.from([0xe5, 0x0a])]);
  assert.equal(finish(utf8PiecesSteps(late, 8, 'char')), undefined, 'a broken character in the last piece');
  assert.equal(finish(utf8PiecesSteps(late, 8, 'line')), undefined);
  assert.equal(finish(utf8PiecesSteps(Buffer.from([0x80, 0x80, 0x80, 0x41]), 2, 'char')), undefined, 'continuation bytes with no start');
});
