/** The CLI's JSON, written a piece at a time, is byte for byte what JSON.stringify gives for the record objects. */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Analyzer } from '../../server/src/core/analyze';
import { builtinGlossary } from '../../server/src/core/glossary';
import { TermMatcher } from '../../server/src/core/terms';
import type { Analysis, Annotation, OutlineNode } from '../../server/src/core/types';
import { addRecordJson, annotationText, annotationsInOrder, CHUNK_BYTES, errorRecordJson, fileRecordJson, skippedFileJson, Utf8Chunks } from '../../server/src/cli/json';
import { REPO_ROOT, readSeed, seedNames } from '../helpers';

const matcher = new TermMatcher([builtinGlossary()]);
const analyzer = new Analyzer(matcher);

/** The record objects as the CLI built them before it wrote JSON as text: the public shape. */
const objectOf = (a: Annotation) => {
  const { kind, start, end, text, ...rest } = a;
  return { kind, start, end, text, ...rest };
};
/** UTF-8 pieces as one string. */
const joined = (pieces: Iterable<Uint8Array>) => Buffer.concat([...pieces]).toString('utf8');
const recordText = (id: unknown, a: Analysis) => {
  const out = new Utf8Chunks();
  addRecordJson(out, id, annotationsInOrder(a));
  return joined(out.take(true));
};
const outlineJson = (nodes: OutlineNode[]): unknown[] =>
  nodes.map((n) => ({ name: n.name, level: n.level, line: n.line, endLine: n.endLine, style: n.style, start: n.start, end: n.end, sectionEndLine: n.sectionEndLine, formalLevel: n.formalLevel, children: outlineJson(n.children) }));
const sortedAsBefore = (a: Analysis) => [...a.terms, ...a.figures, ...a.orgs].sort((x, y) => x.start - y.start || y.end - x.end);

test('the seeds: every record is the JSON.stringify of its object, annotations in the same order', () => {
  for (const name of seedNames()) {
    const a = analyzer.analyze(readSeed(name.slice(0, 3)));
    const before = sortedAsBefore(a);
    assert.deepEqual(annotationsInOrder(a), before, name);
    const record = { path: name, annotations: before.map(objectOf), outline: outlineJson(a.outline) };
    assert.ok(record.outline.length > 0, name);
    assert.equal(joined(fileRecordJson(name, a, false)), JSON.stringify(record), name);
    assert.equal(joined(fileRecordJson(name, a, true)), JSON.stringify({ id: name, ...record }) + '\n', name);
    assert.equal(recordText(name, a), JSON.stringify({ id: name, annotations: record.annotations }), name);
  }
});

test('a big record comes in pieces that join to the whole', () => {
  const text = Array.from({ length: 120 }, (_, i) => readSeed(String(i % 5).padStart(3, '0'))).join('\n\n');
  const a = analyzer.analyze(text);
  const pieces = [...fileRecordJson('big.txt', a, false)];
  assert.ok(pieces.length >= 3, `${pieces.length} pieces`);
  assert.ok(pieces.every((p) => p.length <= CHUNK_BYTES));
  assert.equal(joined(pieces), JSON.stringify({ path: 'big.txt', annotations: sortedAsBefore(a).map(objectOf), outline: outlineJson(a.outline) }));
});

test('pieces of UTF-8: a string is never cut, one longer than a piece is a piece of its own', () => {
  const out = new Utf8Chunks();
  const strings = ['{"a":', '"𠀀投入"', 'x'.repeat(CHUNK_BYTES), ',', '中'.repeat(CHUNK_BYTES / 4), '}'];
  for (const s of strings) out.add(s);
  const pieces = out.take(true);
  assert.equal(joined(pieces), strings.join(''));
  assert.ok(pieces.length >= 3);
  assert.equal(out.take(true).length, 0);
});

test('pieces start small and double up to CHUNK_BYTES: a short record takes a few KB, not a megabyte', () => {
  const a = analyzer.analyze('市卫健委投入1.5亿元。');
  const short = [...fileRecordJson('s.txt', a, true)];
  assert.equal(short.length, 1);
  assert.ok(short[0].buffer.byteLength <= 16 * 1024, `${short[0].buffer.byteLength} bytes held`);
  const out = new Utf8Chunks();
  for (let i = 0; i < 40000; i++) out.add('{"kind":"figure","text":"1.5亿元"},');
  const held = out.take(true).map((p) => p.buffer.byteLength);
  assert.deepEqual(held.slice(0, 7), [16, 32, 64, 128, 256, 512, 1024].map((k) => k * 1024));
  assert.ok(held.slice(7).every((b) => b === CHUNK_BYTES));
});

test('skipped files, error records and odd ids are the JSON of their objects', () => {
  assert.equal(skippedFileJson('x.bin', 'binary', false), JSON.stringify({ path: 'x.bin', skipped: 'binary', annotations: [], outline: [] }));
  assert.equal(skippedFileJson('x.bin', 'binary', true), JSON.stringify({ id: 'x.bin', path: 'x.bin', skipped: 'binary', annotations: [], outline: [] }));
  for (const id of ['a"\\\n', 7, -0, 1e21, null, undefined, { nested: [1, 'x'] }, true]) {
    assert.equal(errorRecordJson(id, 'not JSON'), JSON.stringify({ id: id ?? null, error: 'not JSON' }));
    assert.equal(recordText(id, analyzer.analyze('')), JSON.stringify({ id: id ?? null, annotations: [] }));
  }
});

test('any annotation-like object: the same text as JSON.stringify, whatever its fields hold', () => {
  // Field names are words: an integer-like name ("0") would come first in any object, before "kind".
  const name = fc.oneof(fc.string({ unit: 'binary' }), fc.constantFrom('kind', 'text', '__proto__', 'a-b', '')).filter((k) => !/^(0|[1-9][0-9]*)$/.test(k));
  const value = fc.oneof(
    fc.string({ unit: 'binary' }),
    fc.double(),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
    fc.array(fc.oneof(fc.string(), fc.double(), fc.constant(undefined))),
    fc.dictionary(fc.string(), fc.oneof(fc.string(), fc.integer())),
  );
  const annotation = fc.record({
    extra: fc.dictionary(name, value),
    kind: fc.constantFrom('term', 'figure', 'org'),
    start: fc.oneof(fc.nat(), fc.constant(Number.NaN)),
    end: fc.nat(),
    text: fc.string({ unit: 'binary' }),
  });
  // The four first fields set first (as the detectors do) or after the others.
  const made = fc.tuple(annotation, fc.boolean()).map(([{ extra, ...core }, coreFirst]) => (coreFirst ? { ...core, ...extra } : { ...extra, ...core }) as unknown as Annotation);
  fc.assert(
    fc.property(made, (a) => assert.equal(annotationText(a), JSON.stringify(objectOf(a)))),
    { numRuns: 200 },
  );
  // A record's annotations are written a slice at a time, in one call when the whole slice is in order.
  fc.assert(
    fc.property(fc.array(made, { maxLength: 300 }), (list) => {
      const out = new Utf8Chunks();
      addRecordJson(out, 'r', list);
      assert.equal(joined(out.take(true)), JSON.stringify({ id: 'r', annotations: list.map(objectOf) }));
    }),
    { numRuns: 30 },
  );
});

test('lists out of document order are sorted; at the same span terms come before figures before organisations', () => {
  const t = (start: number, end: number, kind: Annotation['kind'] = 'term') => ({ kind, start, end, text: '' }) as Annotation;
  const terms = [t(5, 9), t(0, 2)];
  const figures = [t(0, 2, 'figure'), t(0, 4, 'figure')];
  const orgs = [t(0, 2, 'org')];
  const a = { terms, figures, orgs, outline: [], notices: [] } as unknown as Analysis;
  assert.deepEqual(annotationsInOrder(a).map((x) => `${x.kind}${x.start}-${x.end}`), ['figure0-4', 'term0-2', 'figure0-2', 'org0-2', 'term5-9']);
  const inOrder = { terms: [t(0, 2), t(3, 4)], figures: [t(0, 3, 'figure'), t(3, 4, 'figure')], orgs: [t(0, 2, 'org')], outline: [], notices: [] } as unknown as Analysis;
  assert.deepEqual(annotationsInOrder(inOrder), sortedAsBefore(inOrder));
});

// ---------------------------------------------------------------- --lean

type Rec = { annotations: Record<string, unknown>[]; orgs: Record<string, { canonical: string; names: string[]; mentions: number }> };

/** The glossary entries' fields by termId, as `report-lens glossary` lists them. */
const entryFields = new Map(matcher.entryFields());

/** The full form of a lean record's annotations, put back together as the documentation says a script would. */
const fullFromLean = (rec: Rec) =>
  rec.annotations.map((a) => {
    if (a.kind === 'term' && typeof a.termId === 'string') return { ...a, ...entryFields.get(a.termId) };
    if (a.kind !== 'org') return a;
    const e = rec.orgs[a.entityId as string];
    return { kind: a.kind, start: a.start, end: a.end, text: a.text, orgKind: a.orgKind, canonical: e.canonical, entityId: a.entityId, aliases: e.names.filter((n) => n !== a.text), mentions: e.mentions };
  });

/** The seeds and the evaluation's real documents: texts with many terms and organisations named more than one way. */
const realTexts = (): [string, string][] => {
  const docs = path.join(REPO_ROOT, 'test', 'eval', 'docs');
  const texts: [string, string][] = seedNames().map((n) => [n, readSeed(n.slice(0, 3))]);
  for (const f of fs.readdirSync(docs).filter((f) => f.endsWith('.txt'))) texts.push([f, fs.readFileSync(path.join(docs, f), 'utf8')]);
  return texts;
};

test('--lean: the full record of every real text can be put back together from its lean record and the glossary, and the lean one is smaller', () => {
  let fullBytes = 0;
  let leanBytes = 0;
  let aliased = 0;
  for (const [name, text] of realTexts()) {
    const a = analyzer.analyze(text);
    const fullText = joined(fileRecordJson(name, a, true));
    const leanText = joined(fileRecordJson(name, a, true, true));
    fullBytes += fullText.length;
    leanBytes += leanText.length;
    const full = JSON.parse(fullText);
    const lean = JSON.parse(leanText) as Rec & { id: string; path: string; outline: unknown };
    assert.deepEqual(Object.keys(lean), ['id', 'path', 'annotations', 'outline', 'orgs'], name);
    assert.deepEqual(lean.outline, full.outline, name);
    // Exactly the full text again, field order included.
    assert.equal(JSON.stringify(fullFromLean(lean)), JSON.stringify(full.annotations), name);
    // Each organisation is there once, and only those the record annotates.
    const entityIds = new Set(lean.annotations.filter((x) => x.kind === 'org').map((x) => x.entityId));
    assert.deepEqual(Object.keys(lean.orgs).sort(), [...entityIds].sort(), name);
    for (const x of lean.annotations) {
      if (x.kind === 'term' && x.termId) assert.deepEqual(Object.keys(x), ['kind', 'start', 'end', 'text', 'termId']);
      if (x.kind === 'org') assert.deepEqual(Object.keys(x), ['kind', 'start', 'end', 'text', 'orgKind', 'entityId']);
    }
    aliased += Object.values(lean.orgs).filter((e) => e.names.length > 1).length;
    // The same lean annotations in a record of the stream.
    const out = new Utf8Chunks();
    addRecordJson(out, name, annotationsInOrder(a), true);
    assert.deepEqual(JSON.parse(joined(out.take(true))), { id: name, annotations: lean.annotations, orgs: lean.orgs }, name);
  }
  assert.ok(aliased >= 15, `organisations with more than one name: ${aliased}`);
  // Measured on these texts: 0.72 of the full form's length (their outlines are a larger share than in a big report).
  assert.ok(leanBytes < 0.75 * fullBytes, `${leanBytes} of ${fullBytes}`);
});

test('--lean: a skipped file has an empty "orgs", a record without annotations too', () => {
  assert.equal(skippedFileJson('x.bin', 'binary', true, true), JSON.stringify({ id: 'x.bin', path: 'x.bin', skipped: 'binary', annotations: [], outline: [], orgs: {} }));
  const out = new Utf8Chunks();
  addRecordJson(out, 7, [], true);
  assert.equal(joined(out.take(true)), '{"id":7,"annotations":[],"orgs":{}}');
});
