import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { placeNames, withPlaceStrategies } from '../../server/src/core/placeStrategies';
import { builtinGlossary, CATEGORIES } from '../../server/src/core/glossary';
import { TermMatcher } from '../../server/src/core/terms';
import data from '../../server/data/placeStrategies.json';
import schema from '../../server/data/placeStrategies.schema.json';
import orgData from '../../server/data/orgs.json';
import { parseMarked } from '../helpers';

const matcher = new TermMatcher([builtinGlossary()]);

/** The fixture's [[marked]] ranges must be exactly the terms (glossary terms and strategies), with these canonical forms. */
function check(fixture: string, canonicals: string[]) {
  const { text, ranges } = parseMarked(fixture);
  const found = withPlaceStrategies(text, matcher.find(text));
  assert.deepEqual(
    found.map((t) => [t.start, t.end, t.text, t.canonical]),
    ranges.map((r, i) => [r.start, r.end, r.text, canonicals[i]]),
    fixture,
  );
  return found;
}

test('健康 + a province, city or county by its short name is that place’s strategy', () => {
  check('推进[[健康湖南]]建设', ['健康湖南']);
  check('深入实施[[健康温州]]战略，打造[[健康桐乡]]', ['健康温州', '健康桐乡']);
  check('为建设“[[健康黔东南]]”贡献力量', ['健康黔东南']);
  // A county of one character is known by its full name.
  check('全力推进[[健康萧县]]建设', ['健康萧县']);
  // 健康 ending the word before a place that goes on with its level is no strategy (老人健康|淮阴区…).
  check('关心老人健康淮阴区卫健委开展义诊，推进[[健康淮阴]]区建设', ['健康淮阴']);
  // The Xinjiang Production and Construction Corps has a strategy as a province does (fresh pages, round 21).
  check('深化[[健康兵团]]建设，协同推进“[[健康兵团]]”建设', ['健康兵团', '健康兵团']);
});

test('健康 + place + 行动 is the place’s action, 健康中国 + place + 行动 its part of the national action', () => {
  const [t] = check('印发[[健康温州行动]]实施方案', ['健康温州行动']);
  assert.match(t.definition!, /^温州对照健康中国行动/);
  assert.equal(t.english, 'Healthy 温州 Action');
  assert.equal(t.category, 'public-health');
  assert.equal(t.termId, undefined, 'not a glossary entry: its mentions are grouped by canonical form');
  check('入选[[健康中国四川行动]]典型案例，[[健康中国·四川行动]]', ['健康中国四川行动', '健康中国·四川行动']);
  // 健康中国 alone stays the glossary's national strategy, with its own definition.
  const [g] = check('推进[[健康中国]]，[[健康中国]]四川', ['健康中国', '健康中国']);
  assert.equal(g.termId, 'healthy-china');
});

test('places that are everyday words after 健康 count only quoted or with 建设/行动/战略 or a year', () => {
  check('祝愿老人健康长寿，守护群众健康平安，整合健康资源', []);
  check('推进“[[健康平安]]”，建设[[健康长寿]]2030', ['健康平安', '健康长寿']);
  check('建设[[健康资源行动]]', ['健康资源行动']);
});

test('no place after 健康: no strategy', () => {
  check('加强健康管理，提升健康水平，开展健康咨询', []);
  check('[[健康城市]]和健康乡村', ['健康城市']);
});

test('place names: short forms without the administrative suffix, ethnic names and all; nothing shorter than two characters', () => {
  const names = placeNames(orgData.places);
  for (const p of ['湖南', '温州', '黔东南', '红河', '桐乡', '萧县', '建湖', '六盘水', '阳春']) assert.ok(names.has(p), p);
  for (const p of ['萧', '县', '区', '']) assert.ok(!names.has(p), p);
  assert.ok(names.size > 2500, `${names.size} places`);
});

test('placeStrategies.json follows its schema and every word place is a place', () => {
  assert.deepEqual(Object.keys(data).filter((k) => k !== '$schema' && k !== 'description').sort(), [...schema.required].sort());
  const names = placeNames(orgData.places);
  for (const w of data.wordPlaces) assert.ok(names.has(w), `${w} is a place`);
  for (const s of data.strategies) {
    assert.ok((CATEGORIES as readonly string[]).includes(s.category), s.category);
    for (const t of [s.definition, s.english, s.actionDefinition, s.actionEnglish]) assert.ok(t.includes('{place}'), t);
  }
});

test('property: strategies never overlap a term or each other, and stay inside the text', () => {
  const piece = fc.constantFrom('健康', '中国', '·', '温州', '长寿', '行动', '建设', '“', '”', '2030', '健康中国', '医共体', '县域', '，', '湖南', '萧县', '\n');
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
      const text = parts.join('');
      const found = withPlaceStrategies(text, matcher.find(text));
      let last = 0;
      for (const t of found) {
        assert.ok(t.start >= last && t.start < t.end && t.end <= text.length, JSON.stringify([text, t]));
        assert.equal(t.text, text.slice(t.start, t.end));
        last = t.end;
      }
    }),
    { numRuns: 1000 },
  );
});

test('fresh pages (round 43): a template\'s placeholder for its place makes a strategy as a place does (推进健康XX建设, 健康××行动, 健康xx)', () => {
  check('推进[[健康XX]]建设，实施[[健康××行动]]，共建[[健康xx]]', ['健康XX', '健康××行动', '健康xx']);
});

test('fresh pages (round 103): 新市 (新市区\'s short name) is an everyday word after 健康 (做一个健康新市民); confirmed it is still a strategy', () => {
  check('做一个真正的健康新市民，推进[[健康新市]]建设', ['健康新市']);
});

test('fresh pages (round 146): 健康 and a place alone in 《》 names an account, a paper or a column, no strategy (公众号《健康文昌》); 《健康中国四川行动》 and the strategy outside 《》 stay', () => {
  check('发挥微信公众号《健康文昌》等平台作用，推进[[健康文昌]]建设，印发《[[健康中国四川行动]]实施方案》', ['健康文昌', '健康中国四川行动']);
});
