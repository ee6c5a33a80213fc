/**
 * Entities and their mentions, on a hand-made analysis (independent of the detectors): the entity at
 * the cursor, references, definition, highlights, the Report Entities view and workspace symbols.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { entityAt, type Lookup } from '../../server/src/core/mentions';
import { getReferences } from '../../server/src/lsp/features/references';
import { getDefinition } from '../../server/src/lsp/features/definition';
import { getDocumentHighlights } from '../../server/src/lsp/features/documentHighlight';
import { getEntities } from '../../server/src/lsp/features/entities';
import { findSymbols } from '../../server/src/lsp/features/workspaceSymbols';
import { matchesQuery, reportSymbols } from '../../server/src/core/symbols';
import { ENGLISH } from '../../server/src/core/l10n';
import type { Analysis, Annotation, FigureAnnotation, OrgAnnotation, TermAnnotation } from '../../server/src/core/types';
import type { Tag } from '../../server/src/core/tags';

const TEXT = '芜湖市卫生健康委员会（以下简称市卫健委）推进三医协同。\n市卫健委投入1.5亿元，三医协同成效明显，“六亮”行动启动。\n芜湖市卫生健康委员会牵头。\n';
const doc = TextDocument.create('file:///r/report.txt', 'plaintext', 3, TEXT);

/** The n-th occurrence of `s`. */
function at(s: string, nth = 0) {
  let i = -1;
  for (let k = 0; k <= nth; k++) i = TEXT.indexOf(s, i + 1);
  return { start: i, end: i + s.length, text: s };
}
const org = (s: string, nth: number): OrgAnnotation => ({ ...at(s, nth), kind: 'org', orgKind: 'government', canonical: '芜湖市卫生健康委员会', entityId: 'wuhu', aliases: [], mentions: 4 });
const term = (s: string, nth: number): TermAnnotation => ({ ...at(s, nth), kind: 'term', termId: 'sanyi', canonical: '三医协同', glossary: 'builtin' });
const figure: FigureAnnotation = { ...at('1.5亿元'), kind: 'figure', figureKind: 'money', value: 150000000, unit: '元' };
const candidate: TermAnnotation = { ...at('六亮'), kind: 'term', canonical: '六亮', candidate: true };

const ANALYSIS: Lookup & Pick<Analysis, 'figures' | 'outline'> = {
  orgs: [org('芜湖市卫生健康委员会', 0), org('市卫健委', 0), org('市卫健委', 1), org('芜湖市卫生健康委员会', 1)],
  terms: [term('三医协同', 0), term('三医协同', 1), candidate],
  figures: [figure],
  outline: [],
  at(offset: number): Annotation[] {
    const all: Annotation[] = [...this.orgs, ...this.terms, ...this.figures];
    return all.filter((a) => a.start <= offset && offset <= a.end).sort((a, b) => a.end - a.start - (b.end - b.start));
  },
};

const TAGS: Tag[] = [
  { id: 'T1', label: '重点任务', spans: [at('成效明显')] },
  { id: 'T2', label: 'Figure', spans: [at('1.5亿元')], verdict: 'wrong' },
];

/** Position just inside the n-th occurrence of `s`. */
const pos = (s: string, nth = 0) => doc.positionAt(at(s, nth).start + 1);
/** The document text of LSP ranges. */
const texts = (ranges: { start: { line: number; character: number }; end: { line: number; character: number } }[]) => ranges.map((r) => doc.getText(r));
const lines = (ranges: { start: { line: number } }[]) => ranges.map((r) => r.start.line);

test('the entity at the cursor: an organisation under any of its names, a term, a candidate, a user tag', () => {
  const check = (s: string, nth: number, expected: [string, string[]] | undefined) => {
    const e = entityAt(ANALYSIS, at(s, nth).start + 1, TAGS);
    const got = e && [e.kind, e.mentions.map((m) => m.text)];
    assert.deepEqual(got, expected, `${s}#${nth}`);
  };
  check('市卫健委', 1, ['org', ['芜湖市卫生健康委员会', '市卫健委', '市卫健委', '芜湖市卫生健康委员会']]);
  check('三医协同', 1, ['term', ['三医协同', '三医协同']]);
  check('六亮', 0, ['term', ['六亮']]);
  check('成效明显', 0, ['tag', ['成效明显']]);
  check('牵头', 0, undefined);
  check('1.5亿元', 0, undefined);
});

test('references: all mentions; the declaration as asked (an organisation’s first full name, a term’s glossary entry)', () => {
  const entry = { uri: 'file:///g/glossary.json', range: { start: { line: 9, character: 2 }, end: { line: 9, character: 8 } } };
  const refs = (p: ReturnType<typeof pos>, decl: boolean) => getReferences(doc, ANALYSIS, p, decl, TAGS, () => entry);
  assert.deepEqual(texts(refs(pos('市卫健委', 1), true).map((l) => l.range)), ['芜湖市卫生健康委员会', '市卫健委', '市卫健委', '芜湖市卫生健康委员会']);
  assert.deepEqual(lines(refs(pos('市卫健委', 1), false).map((l) => l.range)), [0, 1, 2], 'without the defining mention');
  const withEntry = refs(pos('三医协同'), true);
  assert.equal(withEntry[0].uri, entry.uri, 'the glossary entry first');
  assert.deepEqual(withEntry.slice(1).map((l) => l.uri), [doc.uri, doc.uri]);
  assert.equal(refs(pos('三医协同'), false).length, 2);
  assert.deepEqual(texts(refs(pos('成效明显'), true).map((l) => l.range)), ['成效明显']);
  assert.deepEqual(refs(doc.positionAt(TEXT.indexOf('牵头') + 1), true), []);
});

test('definition: a glossary term goes to its entry; an organisation to its first full name; a candidate to its first mention', () => {
  const entry = { uri: 'file:///g/glossary.json', range: { start: { line: 9, character: 2 }, end: { line: 9, character: 8 } } };
  assert.deepEqual(getDefinition(doc, ANALYSIS, pos('三医协同', 1), () => entry), entry);
  const orgDef = getDefinition(doc, ANALYSIS, pos('市卫健委', 1))!;
  assert.deepEqual([doc.getText(orgDef.range), orgDef.range.start.line], ['芜湖市卫生健康委员会', 0]);
  const unknownEntry = getDefinition(doc, ANALYSIS, pos('三医协同', 1), () => undefined)!;
  assert.deepEqual([doc.getText(unknownEntry.range), unknownEntry.range.start.line], ['三医协同', 0], 'no glossary file: the first mention');
  assert.equal(doc.getText(getDefinition(doc, ANALYSIS, pos('六亮'))!.range), '六亮');
  assert.equal(getDefinition(doc, ANALYSIS, pos('成效明显')), null);
});

test('highlights: every mention, the defining one of an organisation marked as written', () => {
  const hl = getDocumentHighlights(doc, ANALYSIS, pos('市卫健委'), TAGS);
  assert.deepEqual(hl.map((h) => [doc.getText(h.range), h.kind]), [['芜湖市卫生健康委员会', 3], ['市卫健委', 2], ['市卫健委', 2], ['芜湖市卫生健康委员会', 2]]);
  assert.deepEqual(getDocumentHighlights(doc, ANALYSIS, pos('三医协同')).map((h) => h.range.start.line), [0, 1]);
});

test('the entities view: names of one organisation under one entry, terms, figures by kind, tags, corrections, lost tags', () => {
  const lost = [{ tag: { id: 'T9', label: 'Organisation', spans: [{ start: 0, end: 3, text: '旧名称' }] }, near: TEXT.indexOf('牵头') }];
  const r = getEntities(doc, ANALYSIS, TAGS, lost, ENGLISH);
  assert.equal(r.version, 3);
  const show = (n: { label: string; count: number; ranges: unknown[]; children?: unknown[] }): unknown => [n.label, n.count, n.ranges.length, ...(n.children ? [(n.children as typeof n[]).map(show)] : [])];
  assert.deepEqual(r.groups.map(show), [
    ['Organisations', 4, 4, [['芜湖市卫生健康委员会', 4, 4, [['芜湖市卫生健康委员会', 2, 2], ['市卫健委', 2, 2]]]]],
    ['Policy terms', 3, 3, [['三医协同', 2, 2], ['六亮', 1, 1]]],
    ['Figures', 1, 1, [['money', 1, 1, [['1.5亿元', 1, 1]]]]],
    ['Your tags', 1, 1, [['重点任务', 1, 1, [['成效明显', 1, 1]]]]],
    ['Corrections', 1, 1, [['1.5亿元', 1, 1]]],
    ['Lost tags', 1, 0, [['旧名称', 0, 0]]],
  ]);
  const orgs = r.groups[0];
  assert.deepEqual(orgs.ranges.map((x) => x[0]), [0, 0, 1, 2], 'mentions in document order');
  assert.deepEqual(r.groups[3].children![0].tagIds, ['T1']);
  assert.match(r.groups[4].children![0].description!, /not a figure/);
  assert.match(r.groups[5].children![0].description!, /line 3/);
  assert.equal(r.groups[1].children![1].description, 'candidate term');
});

test('workspace symbols: sections, each organisation name and each term once; matched in order, one piece first', () => {
  const outline = [{ name: '一、工作\n回顾', level: 1, formalLevel: 2, style: 'chinese-numeral' as const, start: 0, end: 5, line: 0, endLine: 0, sectionEnd: 10, sectionEndLine: 1, children: [] }];
  const symbols = reportSymbols({ ...ANALYSIS, outline });
  assert.deepEqual(symbols.map((s) => [s.kind, s.name, s.detail ?? '']), [
    ['section', '一、工作 回顾', ''],
    ['org', '芜湖市卫生健康委员会', ''],
    ['org', '市卫健委', '芜湖市卫生健康委员会'],
    ['term', '三医协同', ''],
    ['term', '六亮', 'candidate'],
  ]);
  const file = { uri: doc.uri, name: 'report.txt', symbols, positionAt: (o: number) => doc.positionAt(o) };
  const found = (q: string) => findSymbols([file], q, ENGLISH).map((s) => s.name);
  assert.deepEqual(found('卫健委'), ['市卫健委', '芜湖市卫生健康委员会']);
  assert.deepEqual(found('三医'), ['三医协同']);
  assert.equal(found('').length, 5);
  assert.deepEqual(found('不存在'), []);
  assert.ok(matchesQuery('芜湖市卫生健康委员会', '芜湖 委员会'));
  assert.ok(!matchesQuery('三医协同', '协同三医'));
  const info = findSymbols([file], '市卫健委', ENGLISH)[0];
  assert.equal(info.containerName, 'report.txt · 芜湖市卫生健康委员会');
  assert.equal(info.location.uri, doc.uri);
  assert.equal(doc.getText(info.location.range), '市卫健委');
});
