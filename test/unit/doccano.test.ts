/** doccano JSONL: reading its span forms, code-point offsets, bad lines with their numbers, round trip. */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { doccanoLine, parseDoccano, type DoccanoProblemCode } from '../../server/src/core/standoff/doccano';

test('spans as triples or objects, under "label" or "entities", with code-point offsets', () => {
  const check = (line: string, expected: [string, string][]) => {
    const r = parseDoccano(line);
    assert.deepEqual(r.problems, [], line);
    const rec = r.records[0];
    assert.deepEqual(rec.spans.map((s) => [s.label, rec.text.slice(s.start, s.end)]), expected, line);
    for (const s of rec.spans) assert.equal(s.text, rec.text.slice(s.start, s.end));
  };
  check('{"text":"芜湖市卫健委","label":[[0,6,"Organisation"]]}', [['Organisation', '芜湖市卫健委']]);
  check('{"text":"😀𠀀芜湖市卫健委","label":[[2,8,"ORG"]]}', [['ORG', '芜湖市卫健委']]);
  check('{"text":"a\\r\\n😀卫健委","entities":[[4,7,"Org"]]}', [['Org', '卫健委']]);
  check('{"text":"😀卫健委","entities":[{"id":3,"start_offset":1,"end_offset":4,"label":"Org"}]}', [['Org', '卫健委']]);
  check('{"text":"卫健委"}', []);
});

test('other keys are kept as metadata; blank lines and a BOM are fine', () => {
  const r = parseDoccano('\uFEFF{"id":7,"text":"x","label":[],"filename":"a.txt"}\n\n{"text":"y","label":[]}\r\n');
  assert.deepEqual(r.problems, []);
  assert.deepEqual(r.records.map((x) => [x.line, x.text, x.meta]), [[1, 'x', { id: 7, filename: 'a.txt' }], [3, 'y', {}]]);
});

test('bad lines are problems with their line numbers; good records and spans are still read', () => {
  const check = (jsonl: string, expected: [number, DoccanoProblemCode][], records: number) => {
    const r = parseDoccano(jsonl);
    assert.deepEqual(r.problems.map((p) => [p.line, p.code]), expected, jsonl);
    assert.equal(r.records.length, records);
  };
  check('{"text":"a","label":[]}\n{"text": "b", "label": [[0,1,"X"]\n', [[2, 'json']], 1);
  check('[1,2]\n"x"\n', [[1, 'json'], [2, 'json']], 0);
  check('{"label":[]}\n', [[1, 'text']], 0);
  check('{"text":"ab","label":"X"}\n', [[1, 'labels']], 0);
  check('{"text":"ab","label":[[0,1,"X"],[0,"1","Y"],["Z"]]}\n', [[1, 'labels'], [1, 'labels']], 1);
  check('{"text":"😀b","label":[[0,3,"X"],[1,2,"Y"],[2,1,"Z"]]}\n', [[1, 'offsets'], [1, 'offsets']], 1);
});

test('property: a line written and read back has the same spans over the same text', () => {
  const chars = fc.constantFrom('县', '医', '𠀀', '😀', '\r\n', '\n', '"', '\\', 'a');
  fc.assert(
    fc.property(fc.array(chars, { minLength: 1, maxLength: 30 }), fc.array(fc.tuple(fc.nat(), fc.nat(), fc.constantFrom('Term', '重点任务')), { maxLength: 5 }), (parts, picks) => {
      const text = parts.join('');
      const bounds = [0];
      for (const p of parts) bounds.push(bounds[bounds.length - 1] + p.length);
      const spans = picks.map(([a, b, label]) => {
        const [s, e] = [bounds[a % bounds.length], bounds[b % bounds.length]].sort((x, y) => x - y);
        return { start: s, end: e, label };
      });
      const r = parseDoccano(doccanoLine(text, spans));
      assert.deepEqual(r.problems, []);
      assert.equal(r.records[0].text, text);
      assert.deepEqual(r.records[0].spans.map((s) => ({ start: s.start, end: s.end, label: s.label })), spans);
      // The offsets in the file are code points: Python's text[start:end].
      const raw = JSON.parse(doccanoLine(text, spans)) as { label: [number, number, string][] };
      const cps = Array.from(text);
      raw.label.forEach(([s, e], i) => assert.equal(cps.slice(s, e).join(''), text.slice(spans[i].start, spans[i].end)));
    }),
  );
});
