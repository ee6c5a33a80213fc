import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { addGlossaryEntry, builtinGlossary, CATEGORIES, parseGlossary } from '../../server/src/core/glossary';
import { TermMatcher } from '../../server/src/core/terms';
import type { GlossaryEntry } from '../../server/src/core/types';
import { REPO_ROOT } from '../helpers';

/** Parses `text` and compares the ids of the kept entries and the problems as "line:column message-pattern". */
function check(text: string, ids: string[], problems: [line: number, pattern: RegExp][] = []) {
  const g = parseGlossary(text, 'team.glossary.json');
  assert.equal(g.name, 'team.glossary.json');
  assert.deepEqual(
    g.entries.map((e) => e.id),
    ids,
    'entries',
  );
  assert.equal(g.problems.length, problems.length, JSON.stringify(g.problems));
  problems.forEach(([line, pattern], i) => {
    assert.equal(g.problems[i].line, line, JSON.stringify(g.problems[i]));
    assert.match(g.problems[i].message, pattern);
  });
  return g;
}

const ENTRY_A = '{ "id": "a", "term": "蓝鲸计划", "definition": "团队术语。", "category": "other" }';
const ENTRY_B = '{ "id": "b", "term": "白鹭行动", "aliases": ["白鹭专项行动"], "definition": "另一个术语。", "category": "governance", "year": 2024 }';

test('a good file: comments and trailing commas are allowed, fields come through', () => {
  const g = check(
    `// team glossary
{
  "$schema": "./glossary.schema.json",
  "version": 1,
  /* two entries */
  "entries": [
    ${ENTRY_A},
    ${ENTRY_B},
  ],
}`,
    ['a', 'b'],
  );
  assert.deepEqual(g.entries[1], { id: 'b', term: '白鹭行动', aliases: ['白鹭专项行动'], definition: '另一个术语。', category: 'governance', year: 2024 });
  assert.equal(g.ignore, undefined);
});

test('a broken entry is reported at its line and skipped; the others stay', () => {
  check(`{\n  "version": 1,\n  "entries": [\n    ${ENTRY_A},\n    { "id": "x", "term": "缺定义" , "category": "other" },\n    ${ENTRY_B}\n  ]\n}`, ['a', 'b'], [[4, /Missing "definition"/]]);
  // The problem points at the offending value when there is one.
  check(`{"entries": [\n${ENTRY_A},\n{ "id": "c", "term": "某术语",\n  "definition": "定义。",\n  "category": "sports" }\n]}`, ['a'], [[4, /Unknown category "sports"/]]);
  check(`{"entries": [\n{ "id": "c", "term": "某术语", "definition": "定义。", "category": "other",\n  "year": "2020" }\n]}`, [], [[2, /"year" must be a whole number/]]);
  check(`{"entries": [\n{ "id": "中文", "term": "某术语", "definition": "定义。", "category": "other" }\n]}`, [], [[1, /"id" must be a string of ASCII/]]);
  check(`{"entries": [\n{ "id": "c", "term": "某", "definition": "定义。", "category": "other" }\n]}`, [], [[1, /"term" must be at least 2 characters/]]);
  check(`{"entries": [\n{ "id": "c", "term": "某术语", "aliases": ["好", 3], "definition": "定义。", "category": "other" }\n]}`, [], [
    [1, /Alias 1 must be at least 2/],
    [1, /Alias 2 must be a string/],
  ]);
  check(`{"entries": [\n{ "id": "c", "term": " 某术语", "definition": "", "category": "other" }\n]}`, [], [
    [1, /must not start or end with spaces/],
    [1, /"definition" must be a non-empty string/],
  ]);
  check(`{"entries": [\n  "蓝鲸计划"\n]}`, [], [[1, /An entry must be an object/]]);
});

test('a file that is not JSON yields no entries and one problem with its line', () => {
  check('this is not json', [], [[0, /Invalid JSON/]]);
  check('{\n  "version": 1,\n  "entries": [\n    { "id": "x", \n', [], [[4, /Invalid JSON/]]);
  check('{\n  "entries": [\n    { "id": "x" "term": "缺逗号" }\n  ]\n}', [], [[2, /Invalid JSON: comma expected/]]);
  check('', [], [[0, /Invalid JSON/]]);
  check('   \n', [], [[1, /Invalid JSON/]]);
});

test('the shape of the file: root object, entries array, version, unknown properties', () => {
  check('[]', [], [[0, /must be a JSON object/]]);
  check('{\n  "version": 1\n}', [], [[0, /needs an "entries" array/]]);
  check('{\n  "entries": {}\n}', [], [[1, /needs an "entries" array/]]);
  check(`{\n  "version": 2,\n  "entries": [${ENTRY_A}]\n}`, ['a'], [[1, /Unsupported version 2/]]);
  check(`{\n  "colour": "blue",\n  "entries": [\n${ENTRY_A.replace('"category"', '"note": "x", "category"')}]\n}`, ['a'], [
    [1, /Unknown property "colour"/],
    [3, /Unknown property "note"/],
  ]);
  const g = check(`{ "ignore": ["蓝鲸计划书"],\n "entries": [${ENTRY_A}] }`, ['a']);
  assert.deepEqual(g.ignore, ['蓝鲸计划书']);
  check(`{ "ignore": "x",\n "entries": [] }`, [], [[0, /"ignore" must be an array/]]);
});

test('qualifiers: words of Chinese characters; anything else is reported at its item and left out', () => {
  const g = check(`{ "qualifiers": ["住院", "门诊费用"],\n "entries": [${ENTRY_A}] }`, ['a']);
  assert.deepEqual(g.qualifiers, ['住院', '门诊费用']);
  const bad = check(`{ "qualifiers": [\n"住院",\n"DRG",\n"住 院",\n"",\n3,\n"五个汉字长"],\n "entries": [${ENTRY_A}] }`, ['a'], [
    [2, /"qualifiers" items must be words of 1 to 4 Chinese characters/],
    [3, /"qualifiers" items must be words/],
    [4, /"qualifiers" items must be words/],
    [5, /"qualifiers" items must be words/],
    [6, /"qualifiers" items must be words/],
  ]);
  assert.deepEqual(bad.qualifiers, ['住院']);
  check(`{ "qualifiers": "住院",\n "entries": [] }`, [], [[0, /"qualifiers" must be an array of words/]]);
  assert.equal(check(`{ "entries": [${ENTRY_A}] }`, ['a']).qualifiers, undefined);
});

test('listOnly: a boolean that comes through when true', () => {
  const g = check(`{"entries": [\n${ENTRY_A.replace('"category"', '"listOnly": true, "category"')},\n${ENTRY_B.replace('"category"', '"listOnly": false, "category"')}\n]}`, ['a', 'b']);
  assert.equal(g.entries[0].listOnly, true);
  assert.equal('listOnly' in g.entries[1], false);
  check(`{"entries": [\n${ENTRY_A.replace('"category"', '"listOnly": "yes", "category"')}\n]}`, [], [[1, /"listOnly" must be true or false/]]);
});

test('duplicates within one file are problems: a repeated id skips the entry, a repeated term or alias is taken over', () => {
  check(`{"entries": [\n${ENTRY_A},\n${ENTRY_A.replace('蓝鲸计划', '蓝鲸二期')}\n]}`, ['a'], [[2, /Duplicate id "a"/]]);
  check(`{"entries": [\n${ENTRY_A},\n${ENTRY_B.replace('"白鹭专项行动"', '"蓝鲸计划"')}\n]}`, ['a', 'b'], [[2, /"蓝鲸计划" is already a term or alias of entry 1/]]);
  check(`{"entries": [\n${ENTRY_B.replace('"白鹭专项行动"', '"白鹭行动"')}\n]}`, ['b'], [[1, /listed twice in this entry/]]);
});

test('a byte-order mark and CRLF line ends do not shift the lines', () => {
  check(`\uFEFF{\r\n"entries": [\r\n${ENTRY_A},\r\n{ "id": "x",\r\n "definition": "定义。", "category": "other" }\r\n]}`, ['a'], [[3, /Missing "term"/]]);
});

// ---------------------------------------------------------------- addGlossaryEntry

const NEW: GlossaryEntry = { id: 'team-six', term: '“六亮”行动', definition: '党支部开展的亮身份、亮承诺等六项活动。', category: 'party-building' };

test('addGlossaryEntry: the result parses, holds the entry, and the rest of the file is untouched', () => {
  const before = `// 团队术语表，勿删此注释
{
    "version": 1,
    "entries": [
        /* 第一条 */
        ${ENTRY_A}
    ]
}
`;
  const after = addGlossaryEntry(before, NEW);
  const g = parseGlossary(after, 't');
  assert.deepEqual(g.problems, []);
  assert.deepEqual(g.entries.map((e) => e.id), ['a', 'team-six']);
  assert.deepEqual(g.entries[1], NEW);
  assert.ok(after.startsWith('// 团队术语表，勿删此注释\n{\n    "version": 1,\n    "entries": [\n        /* 第一条 */\n        ' + ENTRY_A), after);
  assert.match(after, /\n {8}\{\n {12}"id": "team-six"/, 'indented like the file');
  assert.ok(after.endsWith('\n}\n'));
});

test('addGlossaryEntry: empty input creates the file; same id replaces in place; CRLF and tabs kept; broken JSON throws', () => {
  for (const empty of ['', '  \n']) {
    const text = addGlossaryEntry(empty, NEW);
    const g = parseGlossary(text, 't');
    assert.deepEqual(g.problems, []);
    assert.deepEqual(g.entries, [NEW]);
  }
  const two = `{\n  "entries": [\n    ${ENTRY_A},\n    ${ENTRY_B}\n  ]\n}`;
  const replaced = addGlossaryEntry(two, { id: 'a', term: '蓝鲸计划', definition: '新的定义。', category: 'other' });
  const g = parseGlossary(replaced, 't');
  assert.deepEqual(g.entries.map((e) => [e.id, e.definition]), [['a', '新的定义。'], ['b', '另一个术语。']]);
  assert.ok(replaced.includes(ENTRY_B), 'the other entry is untouched');

  const crlf = '{\r\n\t"entries": [\r\n\t\t' + ENTRY_A + '\r\n\t]\r\n}\r\n';
  const added = addGlossaryEntry(crlf, NEW);
  assert.ok(!/[^\r]\n/.test(added), 'only CRLF line ends');
  assert.match(added, /\r\n\t\t\{\r\n\t\t\t"id": "team-six"/);

  const trailing = addGlossaryEntry(`{\n  "entries": [\n    ${ENTRY_A}, // 注释\n  ],\n}\n`, NEW);
  assert.deepEqual(parseGlossary(trailing, 't').entries.map((e) => e.id), ['a', 'team-six']);
  assert.ok(trailing.includes('// 注释') && trailing.includes(`    ${ENTRY_A},\n    {\n      "id": "team-six",\n      "term": "“六亮”行动",`), trailing);

  const noEntries = addGlossaryEntry('{\n  "version": 1\n}\n', NEW);
  assert.deepEqual(parseGlossary(noEntries, 't').entries, [NEW]);
  assert.throws(() => addGlossaryEntry('{ "entries": [', NEW), /not a valid JSON object/);
  assert.throws(() => addGlossaryEntry('[]', NEW), /not a valid JSON object/);
});

test('addGlossaryEntry writes optional fields only when present, in the usual order', () => {
  const full: GlossaryEntry = { category: 'tcm', year: 2019, source: '某文件', english: 'x', definition: '定义。', aliases: ['别名甲'], term: '术语甲', id: 'z' };
  const text = addGlossaryEntry('', full);
  assert.deepEqual(Object.keys(JSON.parse(text).entries[0]), ['id', 'term', 'aliases', 'definition', 'english', 'source', 'year', 'category']);
  assert.ok(!addGlossaryEntry('', { ...NEW, aliases: [] }).includes('aliases'));
});

// ---------------------------------------------------------------- the builtin glossary

const SENTENCE_END = /[。]$/;

test('the builtin glossary: at least 300 valid entries, no problems, every category used', () => {
  const g = builtinGlossary();
  assert.equal(g.name, 'builtin');
  assert.deepEqual(g.problems, []);
  assert.ok(g.entries.length >= 300, `${g.entries.length} entries`);
  const used = new Set(g.entries.map((e) => e.category));
  assert.deepEqual([...CATEGORIES].filter((c) => !used.has(c)), []);
  // 'other' is for what fits no field: the builtin glossary hardly needs it.
  for (const c of CATEGORIES) if (c !== 'other') assert.ok(g.entries.filter((e) => e.category === c).length >= 10, `at least 10 entries in ${c}`);
  // The file parses the same way as text, with lines for problems.
  const text = fs.readFileSync(path.join(REPO_ROOT, 'server', 'data', 'glossary.json'), 'utf8');
  const parsed = parseGlossary(text, 'builtin');
  assert.deepEqual(parsed.problems, []);
  assert.deepEqual(parsed.entries, g.entries);
});

test('the builtin glossary: kebab ids, Chinese definitions of one or two sentences, sane years and sources', () => {
  for (const e of builtinGlossary().entries) {
    assert.match(e.id, /^[a-z0-9]+(?:-[a-z0-9]+)*$/, e.id);
    assert.match(e.definition, SENTENCE_END, e.id);
    assert.ok((e.definition.match(/[。！？]/g) ?? []).length <= 2, `${e.id}: one or two sentences`);
    assert.ok(/[\u4e00-\u9fff]/.test(e.definition) && e.definition.length >= 12 && e.definition.length <= 130, `${e.id}: definition length ${e.definition.length}`);
    assert.ok(e.english && /^[\x20-\x7e]+$/.test(e.english), `${e.id}: English gloss`);
    if (e.year !== undefined) assert.ok(e.year >= 1949 && e.year <= 2025, `${e.id}: year`);
    if (e.source !== undefined) assert.ok(e.source.length >= 2, e.id);
    // A definition explains: it does not just repeat the term.
    assert.notEqual(e.definition.replace(/。$/, ''), e.term);
  }
});

test('the builtin glossary: every term and alias is unique across entries and found as its own entry', () => {
  const g = builtinGlossary();
  const owner = new Map<string, string>();
  for (const e of g.entries) {
    for (const form of [e.term, ...(e.aliases ?? [])]) {
      assert.equal(owner.get(form), undefined, `"${form}" in ${e.id} and ${owner.get(form)}`);
      owner.set(form, e.id);
    }
  }
  // Longest match must give every form back whole, as the entry that owns it (no ignore rule eats it);
  // a list-only form, as an item of a list.
  const m = new TermMatcher([g]);
  const listOnly = new Set(g.entries.filter((e) => e.listOnly).map((e) => e.id));
  for (const [form, id] of owner) {
    if (listOnly.has(id)) {
      assert.deepEqual(m.find(`分级诊疗、${form}`).map((t) => t.termId), ['tiered-care', id], form);
      continue;
    }
    const found = m.find(form);
    assert.deepEqual(found.map((t) => [t.start, t.end, t.termId]), [[0, form.length, id]], form);
  }
});

test('the schema agrees with the validator on categories, required fields and id syntax', () => {
  const schema = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'server', 'data', 'glossary.schema.json'), 'utf8'));
  assert.equal(schema.$schema, 'http://json-schema.org/draft-07/schema#');
  const entry = schema.definitions.entry;
  assert.deepEqual(entry.properties.category.enum, [...CATEGORIES]);
  assert.deepEqual(entry.required, ['id', 'term', 'definition', 'category']);
  const id = new RegExp(entry.properties.id.pattern);
  for (const ok of ['a', 'county-medical-community', 'user-1x9', 'team_xyz.v2']) assert.ok(id.test(ok), ok);
  for (const bad of ['', '-a', 'a-', '中文', 'a b']) {
    assert.ok(!id.test(bad), bad);
    const g = parseGlossary(JSON.stringify({ entries: [{ id: bad, term: '某术语', definition: '定义。', category: 'other' }] }), 't');
    assert.equal(g.entries.length, 0, `validator rejects id ${JSON.stringify(bad)}`);
  }
  const builtinText = fs.readFileSync(path.join(REPO_ROOT, 'server', 'data', 'glossary.json'), 'utf8');
  assert.equal(JSON.parse(builtinText).$schema, './glossary.schema.json');
  assert.deepEqual(Object.keys(schema.properties).sort(), ['$schema', 'description', 'entries', 'ignore', 'name', 'qualifiers', 'version']);
});
