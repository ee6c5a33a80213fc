import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { builtinGlossary, type ParsedGlossary } from '../../server/src/core/glossary';
import { findCandidateTerms } from '../../server/src/core/candidates';
import { TermMatcher } from '../../server/src/core/terms';
import { Analyzer } from '../../server/src/core/analyze';
import { splitBlocks } from '../../server/src/core/textView';
import type { GlossaryEntry, TermAnnotation } from '../../server/src/core/types';
import { matchSnapshot, parseMarked, readSeed, seedNames } from '../helpers';

const builtin = builtinGlossary();
const matcher = new TermMatcher([builtin]);

function glossary(name: string, entries: (Partial<GlossaryEntry> & { id: string; term: string })[], ignore?: string[]): ParsedGlossary {
  return {
    name,
    entries: entries.map((e) => ({ definition: `${e.term}的定义。`, category: 'other', ...e })),
    problems: [],
    ...(ignore ? { ignore } : {}),
  };
}

/** The fixture's [[marked]] ranges must be exactly the terms found, with these canonical terms. */
function check(m: TermMatcher, fixture: string, canonicals: string[]) {
  const { text, ranges } = parseMarked(fixture);
  const found = m.find(text);
  assert.deepEqual(
    found.map((t) => [t.start, t.end, t.text, t.canonical]),
    ranges.map((r, i) => [r.start, r.end, r.text, canonicals[i]]),
    fixture,
  );
  return found;
}

test('longest match wins, matches do not overlap, and quotes stay outside builtin terms', () => {
  check(matcher, '组建[[紧密型县域医共体]]7个，深化[[县域医共体]]改革，[[医共体]]实现全覆盖', ['紧密型县域医共体', '县域医共体', '县域医共体']);
  check(matcher, '成立[[紧密型县域医疗卫生共同体]]管理委员会', ['紧密型县域医共体']);
  check(matcher, '组建4个[[紧密型城市医疗集团]]，加快[[城市医疗集团]]建设，签约[[医联体]]', ['紧密型城市医疗集团', '城市医疗集团', '医疗联合体']);
  check(matcher, '增强“[[四个意识]]”、坚定“[[四个自信]]”、做到“[[两个维护]]”', ['四个意识', '四个自信', '两个维护']);
  check(matcher, '推进[[国家区域医疗中心]]和[[省级区域医疗中心]]建设，建设[[区域医疗中心]]', ['国家区域医疗中心', '省级区域医疗中心', '区域医疗中心']);
  check(matcher, '推进[[区域点数法总额预算]]改革和[[病种分值付费]]试点', ['区域点数法总额预算', '按病种分值付费']);
  // The full name of the DIP reform is one term, not its two halves.
  check(matcher, '开展[[区域点数法总额预算和按病种分值付费]]', ['按病种分值付费']);
  check(matcher, '开展[[两癌筛查]]，在全省率先开展[[两癌]]扩面', ['两癌筛查', '两癌筛查']);
  check(matcher, '没有术语的一句话。', []);
});

test('party-building formulas of the glossary; a longer name holding one is its own term (百千万工程, not 千万工程)', () => {
  check(matcher, '推进“[[四个全面]]”战略布局，坚持[[三个区分开来]]，[[整治形式主义为基层减负]]，落实[[七个着力]]', ['四个全面', '三个区分开来', '整治形式主义为基层减负', '七个着力']);
  check(matcher, '推进“[[百千万工程]]”落地，学习[[千万工程]]经验', ['百千万工程', '千万工程']);
});

test('supervision and elderly-care terms; a quoted part inside a term; 四级手术 is no 三四级手术', () => {
  check(matcher, '开展[[“组团式”帮扶]]，完成国家[[双随机]]任务，加强[[两定机构]]监管，建设[[家庭养老床位]]，推进[[健康老龄化]]', [
    '组团式帮扶', '双随机、一公开', '两定机构', '家庭养老床位', '健康老龄化',
  ]);
  check(matcher, '四级手术占比18.6%，[[三四级手术]]', ['三四级手术']);
});

test('fresh pages (round 6): campaigns, aid models and indicators as replies and hospital reports write them', () => {
  check(matcher, '开展[[中医中药中国行]]活动，签署[[“以院包科”]]协议，狠抓[[“国考”]]指标，将[[每千人拥有婴幼儿托位数]]列为主要指标，参加国考', [
    '中医中药中国行', '以院包科', '三级公立医院绩效考核', '千人口托位数',
  ]);
  check(matcher, '参加[[新型农村合作医疗]]，[[新农合]]参合率98%，[[城乡居民医保]]', ['新型农村合作医疗', '新型农村合作医疗', '城乡居民基本医疗保险']);
  // Health education and tobacco control: 控烟 alone is tobacco control, not the Healthy China action of that name.
  check(matcher, '开展[[控烟]]宣传，纪念[[世界无烟日]]，创建[[无烟党政机关]]，建设[[健康促进县]]和[[健康促进学校]]，开展[[健康素养监测]]，普及[[健康素养66条]]，建设[[健康村镇]]，深入开展[[控烟行动]]', [
    '控烟', '世界无烟日', '无烟单位', '健康促进县区', '健康促进场所', '健康素养监测', '中国公民健康素养—基本知识与技能', '健康村镇', '控烟行动',
  ]);
  check(matcher, '推进[[家医签约]]，实施[[全科医生特岗计划]]，落实[[国家医疗质量安全改进目标]]，推进[[检验结果互认]]', [
    '家庭医生签约服务', '全科医生特岗计划', '国家医疗质量安全改进目标', '检查检验结果互认',
  ]);
});

test('a term broken by a line break is not found (the pipeline joins lines first)', () => {
  check(matcher, '推进分级\n\n诊疗和[[医联体]]', ['医疗联合体']);
  // The shorter term after the break is all that is left.
  check(matcher, '推进县域\n[[医共体]]建设', ['县域医共体']);
  check(matcher, '紧密型\r\n[[县域医共体]]', ['县域医共体']);
});

test('offsets are UTF-16: astral characters before a term count twice', () => {
  const found = check(matcher, '𠀀😀[[医共体]]𠀀', ['县域医共体']);
  assert.equal(found[0].start, 4);
});

test('ASCII terms need ASCII boundaries; combining marks glue to the term', () => {
  check(matcher, '推进[[DRG]]/[[DIP]]改革', ['按疾病诊断相关分组付费', '按病种分值付费']);
  check(matcher, 'ADRG和DIPS不是术语', []);
  check(matcher, '[[DRG付费]]后[[CMI]]提高', ['按疾病诊断相关分组付费', 'CMI']);
  check(matcher, 'CMIS和XCMI不是术语', []);
  const m = new TermMatcher([glossary('g', [{ id: 'x', term: '医改' }])]);
  check(m, '医改\u0301 与 [[医改]]', ['医改']);
});

test('ignore: text that contains a term but names something else is skipped whole', () => {
  const m = new TermMatcher([glossary('g', [{ id: 'ins', term: '医保' }, { id: 'mch', term: '妇幼保健' }], ['医保局', '妇幼保健院'])]);
  check(m, '获得国家医保局批复，[[医保]]部门', ['医保']);
  check(m, '市妇幼保健院开展[[妇幼保健]]', ['妇幼保健']);
  const n = new TermMatcher([glossary('g', [{ id: 'x', term: '蓝鲸计划' }], ['蓝鲸计划书'])]);
  check(n, '蓝鲸计划书和[[蓝鲸计划]]', ['蓝鲸计划']);
});

test('annotations carry the entry: id, definition, category, source, year, glossary name', () => {
  const [t] = matcher.find('深化紧密型县域医共体建设');
  const e = matcher.entry('compact-county-medical-community')!;
  assert.deepEqual(t, {
    kind: 'term',
    start: 2,
    end: 10,
    text: '紧密型县域医共体',
    termId: e.id,
    canonical: e.term,
    definition: e.definition,
    english: e.english,
    source: e.source,
    year: e.year,
    category: 'medical-reform',
    glossary: 'builtin',
  });
  // Optional fields that an entry lacks are absent, not undefined.
  const m = new TermMatcher([glossary('g', [{ id: 'x', term: '蓝鲸计划' }])]);
  assert.deepEqual(Object.keys(m.find('蓝鲸计划')[0]).sort(), ['canonical', 'category', 'definition', 'end', 'glossary', 'kind', 'start', 'termId', 'text']);
  assert.equal(matcher.entry('no-such-id'), undefined);
  assert.equal(matcher.entries().length, builtin.entries.length);
});

test('a user glossary overrides: same id replaces the entry, same term replaces it, a shared alias goes to the later file', () => {
  const user = glossary('team.glossary.json', [
    { id: 'county-medical-community', term: '县域医共体', definition: '团队自己的定义。' },
    { id: 'team-drg', term: '按疾病诊断相关分组付费', definition: '团队的DRG定义。' },
    { id: 'team-blue', term: '蓝鲸计划', aliases: ['两癌'] },
  ]);
  const m = new TermMatcher([builtin, user]);
  const [a] = m.find('推进县域医共体建设');
  assert.deepEqual([a.termId, a.definition, a.glossary], ['county-medical-community', '团队自己的定义。', 'team.glossary.json']);
  // The overriding entry lists no aliases: the builtin entry's aliases (医共体) no longer match.
  assert.deepEqual(m.find('医共体').map((t) => t.text), []);
  assert.equal(m.entry('county-medical-community')?.glossary, 'team.glossary.json');
  // Same term, other id: the builtin entry is gone, with its aliases.
  assert.equal(m.entry('drg'), undefined);
  assert.deepEqual(m.find('按疾病诊断相关分组付费').map((t) => t.termId), ['team-drg']);
  assert.deepEqual(m.find('推进DRG').map((t) => t.termId), []);
  // A shared alias: the later file takes the form, the earlier entry keeps its others.
  assert.deepEqual(m.find('两癌和两癌筛查').map((t) => [t.text, t.termId]), [['两癌', 'team-blue'], ['两癌筛查', 'two-cancers-screening']]);
  // The builtin matcher is not affected.
  assert.equal(matcher.find('推进县域医共体建设')[0].glossary, 'builtin');
});

test('user terms: full-width forms are folded like the text, quoted terms match any quote style', () => {
  const m = new TermMatcher([glossary('g', [{ id: 'six', term: '“六亮”行动' }, { id: 'one-n', term: '１＋Ｎ模式' }])]);
  check(m, '以[[“六亮”行动]]为抓手，[["六亮"行动]]，[[「六亮」行动]]', ['“六亮”行动', '“六亮”行动', '“六亮”行动']);
  check(m, '构建[[1+N模式]]', ['１＋Ｎ模式']);
  check(m, '六亮行动', []);
});

test('qualifiers: a term with a qualifier inside is the term, with the canonical form to show', () => {
  const g = glossary('g', [{ id: 'settle', term: '异地就医直接结算' }, { id: 'reform', term: '公立医院改革' }, { id: 'short', term: '医改' }]);
  const m = new TermMatcher([{ ...g, qualifiers: ['住院', '门诊费用', '体制'] }]);
  check(m, '推进[[异地就医住院直接结算]]和[[异地就医门诊费用直接结算]]', ['异地就医直接结算', '异地就医直接结算']);
  check(m, '深化[[公立医院体制改革]]，[[公立医院改革]]', ['公立医院改革', '公立医院改革']);
  // Only between two parts of two characters or more, and one qualifier at a time.
  check(m, '医体制改与异地就医住院门诊费用直接结算', []);
  // A qualifier does not stand at either end of a term.
  check(m, '住院[[异地就医直接结算]]体制', ['异地就医直接结算']);
  // Without qualifiers, a word inside breaks the term.
  check(new TermMatcher([g]), '推进异地就医住院直接结算', []);
});

test('qualifiers: a real form of another entry is never taken over by a variant', () => {
  const m = new TermMatcher([
    { ...glossary('g', [{ id: 'a', term: '区域医疗中心' }, { id: 'b', term: '区域医疗服务中心' }]), qualifiers: ['服务'] },
  ]);
  check(m, '[[区域医疗服务中心]]和[[区域医疗中心]]', ['区域医疗服务中心', '区域医疗中心']);
});

test('listOnly: an entry whose words are everyday language alone is a term only as an item of a list of terms', () => {
  const m = new TermMatcher([glossary('g', [{ id: 'a', term: '基层首诊' }, { id: 'b', term: '急慢分治' }, { id: 'c', term: '上下联动', listOnly: true }])]);
  check(m, '[[基层首诊]]、[[急慢分治]]、[[上下联动]]的格局', ['基层首诊', '急慢分治', '上下联动']);
  check(m, '[[上下联动]]、[[基层首诊]]', ['上下联动', '基层首诊']);
  check(m, '省市县上下联动、部门协同，[[基层首诊]]', ['基层首诊']);
  check(m, '[[基层首诊]]和上下联动', ['基层首诊']);
  // Two list-only items do not vouch for each other.
  const n = new TermMatcher([glossary('g', [{ id: 'c', term: '上下联动', listOnly: true }, { id: 'd', term: '左右协同', listOnly: true }])]);
  check(n, '上下联动、左右协同', []);
});

// ---------------------------------------------------------------- candidates

/** Candidates in a fixture: the [[marked]] ranges with these canonical forms. */
function checkCandidates(fixture: string, canonicals: string[]) {
  const { text, ranges } = parseMarked(fixture);
  const found = findCandidateTerms(text, matcher.find(text));
  assert.deepEqual(
    found.map((t) => [t.start, t.end, t.canonical]),
    ranges.map((r, i) => [r.start, r.end, canonicals[i]]),
    fixture,
  );
  for (const t of found) {
    assert.equal(t.candidate, true);
    assert.equal(t.kind, 'term');
    assert.equal(t.text, text.slice(t.start, t.end));
    assert.equal(t.termId, undefined);
  }
}

test('candidates: short quoted formulas with numerals, + or a head noun, with the head noun that follows', () => {
  checkCandidates('推深做实[[“312”工作法]]，以[[“六亮”行动]]为抓手', ['“312”工作法', '“六亮”行动']);
  // A number of any length is a formula with a head noun after it (a bare one is a phone line: “12345”).
  checkCandidates('实行[[“1234567”工作制度]]，拨打“12345”热线', ['“1234567”工作制度']);
  checkCandidates('构建[[“1+N”模式]]，打造[[“四心工程”]]党建品牌', ['“1+N”模式', '“四心工程”']);
  checkCandidates('实施[[“头雁工程”]]，开展[[“八步强责”机制]]试点', ['“头雁工程”', '“八步强责”机制']);
  checkCandidates('统筹推进[["4+1"]]改革任务，打造[[「一院一品一特色」]]', ['“4+1”', '“一院一品一特色”']);
  checkCandidates('按照[[‘派一送一’]]原则，围绕[[“一个首要任务”]]', ['“派一送一”', '“一个首要任务”']);
  checkCandidates('推进[[“双控”机制]]建设', ['“双控”机制']);
  // A work system or a work model is named as a work method is (“彻底改革”国际金融体系 is no name).
  checkCandidates('全面对标[[“1551”工作体系]]，推行[[“三全”工作模式]]，“彻底改革”国际金融体系', ['“1551”工作体系', '“三全”工作模式']);
});

test('candidates: quotations, emphasis and glossary terms are not candidates', () => {
  checkCandidates('群众说：“现在来药房取药方便多了，时间更自由。”', []);
  checkCandidates('打造“一站式”服务，推动“一体化”智慧医疗，实现“一卡通”', []);
  checkCandidates('让患者享受“国家队”专家服务，打造党建“红色品牌”', []);
  checkCandidates('坚定捍卫“两个确立”、坚决做到“两个维护”，落实“第一议题”制度', []);
  checkCandidates('“以缩小三大差距为主攻方向”，“学党史、悟思想、办实事、开新局”', []);
  checkCandidates('成立“12345”接诉即办热线', []);
  checkCandidates('“六亮\n行动”与未闭合的“三地一区', []);
  checkCandidates('单字“医”心“卫”民，英文‘ta’', []);
  checkCandidates('“健康你我‘ta’”相约在20“[[“三地一区”]]', ['“三地一区”']);
});

test('candidates: periods, hospital grades, festival dates and quoted honours are not formulas', () => {
  checkCandidates('科学编制“十四五”发展规划，回顾‘十三五’时期', []);
  // A meeting named by its number is an event: 全国“两会”期间, 党的“十九大”, “十八届三中全会”.
  checkCandidates('全国“两会”期间，为党的“十九大”胜利召开，学习“二十大”和“十八届三中全会”精神', []);
  // A place's way of doing a thing, quoted, is a named model (“宁波解法”, “泰安经验”), as “驻蚌模式” is.
  checkCandidates('推广[[“宁波解法”]]，学习[[“泰安经验”]]', ['“宁波解法”', '“泰安经验”']);
  // A disease, a virus or a vaccine in quotes is no formula, whatever its digits.
  checkCandidates('开展“甲型H1N1流感”防控，防范“H7N9禽流感”，接种“13价肺炎疫苗”', []);
  checkCandidates('以创建“三级甲等综合医院”为目标，再次获评“三甲”，保持“二甲”，升格“三级医院”和“二级综合医院”', []);
  checkCandidates('组织“三八”妇女节义诊和“五一”假期值守', []);
  checkCandidates('荣获“三八红旗手”称号，获评“十佳护士”和“五四青年奖章”', []);
  checkCandidates('获评“双拥模范”荣誉', []);
});

test('candidates: a “+” formula needs a number; a head noun of an event day does not make a formula', () => {
  checkCandidates('推广“固定+流动+互联网”服务，开展“义诊+宣教”集中活动日', []);
  checkCandidates('构建[[“2+N”]]协作网，落实[[“一院+多点”]]布局', ['“2+N”', '“一院+多点”']);
});

test('candidates: 一 in 一张 (one network, one map) and 合一 (merged into one) counts as a numeral', () => {
  checkCandidates('构建[[“急救一张网”]]，推行[[“多码合一”]]', ['“急救一张网”', '“多码合一”']);
  checkCandidates('打造“一体化”服务，实行“一站式”办理', []);
  // Government-service formulas make one network, window or matter (“一卡通” stays a descriptor).
  checkCandidates('办好[[“一件事联办”]]，推行[[“一窗受理”]]，实现“一卡通”', ['“一件事联办”', '“一窗受理”']);
});

test('candidates: a named campaign or brand with a modifier before its head noun, or a list of them before 等', () => {
  checkCandidates('打造[[“初心守护”]]健康品牌，开展[[“百医进百村”]]惠民行动', ['“初心守护”', '“百医进百村”']);
  checkCandidates('开展[[“名医进社区”]][[“专家下基层”]]等活动', ['“名医进社区”', '“专家下基层”']);
  checkCandidates('开展[[“青年医学人才走进革命老区”]]、[[“院士专家县域行”]]等主题活动', ['“青年医学人才走进革命老区”', '“院士专家县域行”']);
  checkCandidates('推出[[“仁心向党 服务百姓”]]服务品牌', ['“仁心向党 服务百姓”']);
  checkCandidates('开展[[“清廉诊室”]][[“阳光采购”]]等专项整治', ['“清廉诊室”', '“阳光采购”']);
  // A theme, an honour being created or selected, a verb before the head: no formula.
  checkCandidates('以“健康你我”为主题开展活动，开展“最美护士”评选活动，推进“星级支部”创建活动', []);
  checkCandidates('他说“要把好事办好”的活动，要求“彻底改革”国际金融体系，起了“十分重要”的作用', []);
});

test('candidates: a brand named after 品牌, and a quoted list of numbered formulas item by item', () => {
  checkCandidates('打造党建品牌[[“杏林先锋”]]，擦亮品牌', ['“杏林先锋”']);
  checkCandidates('围绕“[[一条主线]]、[[两个抓手]]、[[三项机制]]”展开', ['“一条主线”', '“两个抓手”', '“三项机制”']);
  // Not every item numbered: a quotation, not a list of formulas.
  checkCandidates('提出“一条主线、抓好落实”的要求', []);
});

test('named campaigns without quotes: a year of a campaign (提升年, 建设年, 攻坚年) and a programme whose name says what it does (提升行动, 登峰计划)', () => {
  checkCandidates('开展[[护理质量提升年]]活动，今年是[[改革攻坚年]]', ['护理质量提升年', '改革攻坚年']);
  checkCandidates('全面启动[[县域服务能力提升年]]专项行动，深入开展[[行风建设年]]', ['县域服务能力提升年', '行风建设年']);
  checkCandidates('实施[[基层卫生人才登峰计划]]和[[全民健身水平提升行动]]，', ['基层卫生人才登峰计划', '全民健身水平提升行动']);
});

test('named campaigns: dates, years of something else, work plans and construction are not campaigns', () => {
  checkCandidates('2024年提升年度考核水平，质量提升年均3%，完成建设年产万吨项目', []);
  checkCandidates('开展二〇二四年工作，制定年度工作计划，推进二期提升工程', []);
  checkCandidates('落实各项提升行动和有关改善计划，实施提升行动', []);
  // A campaign's name does not reach into a quoted candidate before it.
  checkCandidates('打造[[“惠民”工程]]建设提升行动', ['“惠民”工程']);
  // Already a quoted candidate or a glossary term: found once.
  checkCandidates('开展[[“医疗安全提升年”活动]]，实施[[“人才登峰计划”]]', ['“医疗安全提升年”活动', '“人才登峰计划”']);
});

test('candidates on the seeds: the formulas the reports coin are found', () => {
  const canonicals = (prefix: string) => {
    const out: string[] = [];
    for (const b of splitBlocks(readSeed(prefix))) out.push(...findCandidateTerms(b.view, matcher.find(b.view)).map((t) => t.canonical));
    return out;
  };
  const c001 = canonicals('001');
  assert.ok(c001.includes('“312”工作法') && c001.includes('“六亮”行动'), c001.join(' '));
  const c000 = canonicals('000');
  assert.ok(c000.includes('“四心工程”') && c000.includes('“1+N”模式'), c000.join(' '));
});

test('candidate snapshots over the seeds (review the diff when they change)', () => {
  for (const name of seedNames()) {
    const text = readSeed(name.slice(0, 3));
    const known = matcher.find(text);
    const found = findCandidateTerms(text, known);
    matchSnapshot(`candidates-${name.slice(0, 3)}`, found.map((t) => [t.start, t.end, t.canonical]));
  }
});

// ---------------------------------------------------------------- recall on the seeds

/** Policy terms each seed must yield, as written in the report (the pipeline's views: broken lines joined). */
const EXPECTED: Record<string, string[]> = {
  '000': ['城市医疗集团', '第一议题', '四个意识', '四个自信', '两个维护', '两优一先', '医联体', '名医工作室', '区域医疗中心', '紧密型县域医共体', '医共体', '群众身边不正之风和腐败问题', '清廉医院', '积极生育支持政策', '育儿补贴', '健康中国'],
  '001': [
    '党纪学习教育', '两个作用', '公立医院改革示范项目', '三医协同发展', '紧密型县域医共体', '紧密型城市医疗集团', '名医工作室', '国家区域医疗中心', '优质服务基层行',
    '大学生乡村医生专项计划', '生育友好型社会', '三个全覆盖', '千人口托位数', '两癌筛查', '综合查一次', '医疗机构疾控监督员', '千万工程', '健康影响评价',
    '医药领域腐败问题集中整治', '普惠托育服务', '将健康融入所有政策',
  ],
  '002': ['党史学习教育', '国家三级公立医院绩效考核', '分级诊疗', '区域点数法总额预算和病种分值付费', '我为群众办实事'],
  '003': ['国家医学中心', '区域医疗中心', '县域医共体', '一老一幼', '生育补贴制度', '普惠托育服务', '医疗、医保、医药协同发展和治理', '医育结合', '医防融合', '疾控监督员', '信易医', '党委领导下的院长负责制', '接诉即办'],
  '004': [
    '县域医共体', '医共体', '紧密型县域医疗卫生共同体', '双向转诊', '医防融合', '订单定向医学生', '医联体', '育儿补助', '党史学习教育', '四个意识', '四个自信', '两个维护',
    '党员积分制', '全国三级公立医院绩效考核', '清廉医院', '中央八项规定精神', '九不准', '三重一大', '两个确立', '第一议题', '健康中国建设',
  ],
};

/**
 * What the glossary no longer calls a policy term (ANNOTATION_GUIDELINES.md, TERM: procedures and devices,
 * facility types, grades and honours, diseases, generic management words, common activities, indicators,
 * periods), though the seeds use the words.
 */
const NOT_TERMS = [
  '义诊', '核酸检测', 'ECMO', 'MDT', '远程会诊', '胸痛中心', '护理院', '老年医学科', '母婴室', '社区医院', '三级医院', '三甲医院', '三级甲等', '名中医', '老年友善医疗机构',
  '国家卫生城市复审', '省级临床重点专科', '新冠肺炎疫情', '内部控制', '精细化管理', '一站式服务', '绿色通道', '互联互通', '绩效考核', '无偿献血', '十四五', '托育服务',
  '智慧医院', '习近平新时代中国特色社会主义思想', '党的二十大', '警示教育', '党员示范岗',
];

test('recall on the seeds: every expected policy term is found', () => {
  assert.deepEqual(Object.keys(EXPECTED).sort(), seedNames().map((n) => n.slice(0, 3)));
  for (const [prefix, expected] of Object.entries(EXPECTED)) {
    const found = new Set<string>();
    for (const b of splitBlocks(readSeed(prefix))) for (const t of matcher.find(b.view)) found.add(b.view.slice(t.start, t.end));
    const missed = expected.filter((t) => !found.has(t));
    assert.deepEqual(missed, [], `${prefix}: missed ${missed.join(' ')}`);
  }
});

test('everyday wording is not turned into a named plan; the plan by its name is found', () => {
  check(matcher, '坚持以患者为中心改善医疗服务，持续改善医疗服务质量', []);
  check(matcher, '落实[[进一步改善医疗服务行动计划]]，推进[[医疗服务改善行动]]', ['改善医疗服务行动计划', '改善医疗服务行动计划']);
});

test('the issue’s coverage: 医保, hospital management and public health terms, and close variants with the canonical form', () => {
  check(matcher, '推行[[按病种付费]]，实现[[基本医疗保险省级统筹]]，建立[[门诊共济]]，推进[[DRG]]/[[DIP]]', ['按病种付费', '省级统筹', '门诊共济保障', '按疾病诊断相关分组付费', '按病种分值付费']);
  check(matcher, '[[三四级手术]]占比提高，[[药占比]]下降，[[平均住院日]]缩短', ['三四级手术', '药占比', '平均住院日']);
  check(matcher, '坚持[[联防联控]]、[[群防群控]]', ['联防联控', '群防群控']);
  check(matcher, '形成[[基层首诊]]、[[双向转诊]]、[[急慢分治]]、[[上下联动]]的格局', ['基层首诊', '双向转诊', '急慢分治', '上下联动']);
  check(matcher, '推进[[异地就医住院直接结算]]，深化[[公立医院体制改革]]，实行[[总额预算]]', ['异地就医直接结算', '公立医院改革', '总额预算管理']);
});

test('the seeds use words that are not policy terms, and none is found', () => {
  const all = seedNames().map((n) => readSeed(n.slice(0, 3))).join('\n');
  for (const w of NOT_TERMS) assert.ok(all.includes(w), `the seeds use ${w}`);
  const found = new Set(matcher.find(all).map((t) => t.text));
  assert.deepEqual(NOT_TERMS.filter((w) => found.has(w)), []);
});

test('precision on the seeds: nothing is found inside a longer glossary term, and no term swallows a neighbouring word', () => {
  for (const name of seedNames()) {
    const text = readSeed(name.slice(0, 3));
    for (const t of matcher.find(text)) {
      // Every annotation is one of its entry's own forms, or one with a qualifier inserted (深化综合医改).
      const e = matcher.entry(t.termId!)!;
      const forms = [e.term, ...(e.aliases ?? [])];
      const qualified = (builtin.qualifiers ?? []).some((q) => t.text.includes(q) && forms.includes(t.text.replace(q, '')));
      assert.ok(forms.includes(t.text) || qualified, `${name}: ${t.text} as ${e.id}`);
    }
  }
  // Words that contain a short term but mean something else.
  check(matcher, '农村医疗卫生机构和著名中医专家', []);
});

// ---------------------------------------------------------------- properties

/** Pieces of glossary terms, quotes, breaks and odd characters: strings that come close to matching. */
const piece = fc.constantFrom(
  '县域', '医共体', '紧密型', '县域医共体', '两个', '维护', '“', '”', '"', '「', '」', '‘', '’', '六亮', '行动', '312', '工作法', '1+N', '模式',
  'DRG', 'DIP', 'A', '1', '\n', '\r\n', ' ', '，', '。', '𠀀', '😀', '\u0301', '\uD800', '医保局', '医保', '两癌', '筛查', '四心工程', '十四五',
  // Campaigns, lists of quoted names, qualifiers and list-only terms.
  '提升', '年', '计划', '建设', '开展', '活动', '等', '、', '品牌', '上下联动', '急慢分治', '异地就医', '住院', '直接结算',
);

function assertRanges(text: string, list: TermAnnotation[]) {
  let last = 0;
  for (const t of list) {
    assert.ok(t.start >= last && t.start < t.end && t.end <= text.length, JSON.stringify([text, t]));
    assert.equal(t.text, text.slice(t.start, t.end));
    last = t.end;
  }
}

test('property: find never throws; ranges are valid, sorted, non-overlapping and are glossary forms', () => {
  fc.assert(
    fc.property(fc.array(fc.oneof(piece, fc.string({ maxLength: 3 }), fc.string({ unit: 'binary', maxLength: 3 })), { maxLength: 60 }), (parts) => {
      const text = parts.join('');
      const found = matcher.find(text);
      assertRanges(text, found);
      for (const t of found) assert.ok(matcher.entry(t.termId!), t.termId);
      const candidates = findCandidateTerms(text, found);
      assertRanges(text, candidates);
      for (const c of candidates) assert.ok(!found.some((t) => t.start < c.end && c.start < t.end), 'a candidate overlaps a term');
    }),
    { numRuns: 2000 },
  );
});

test('every glossary form is found wherever it is placed between non-term text', () => {
  // All forms against all contexts (some 29,000 cases, well under a second): exhaustive, so no run can pass on a lucky draw.
  // A form with 工作 after it is still the form: the glossary holds no form that is another plus 工作.
  // (A list-only entry is found only beside another term: see its own test.)
  const forms = builtin.entries.filter((e) => !e.listOnly).flatMap((e) => [e.term, ...(e.aliases ?? [])]);
  const missed: string[] = [];
  for (const form of forms) {
    for (const before of ['', '。', '，我们', '2024年']) {
      for (const after of ['', '。', '工作', '。\n']) {
        const found = matcher.find(before + form + after);
        if (!found.some((t) => t.start === before.length && t.end === before.length + form.length)) missed.push(`${before}[${form}]${after}`);
      }
    }
  }
  assert.ok(forms.length > 1000, `${forms.length} forms`);
  assert.deepEqual(missed, []);
});

test('fresh pages (round 9): aid to Tibet and Xinjiang, MCH plans, 医保 supervision and payment, digital health, hospice and mental health', () => {
  // Paired aid to Tibet and Xinjiang is its own policy; the medical-talent group aid is one programme for both; 对口帮扶 is 对口支援.
  check(matcher, '选派骨干参加[[对口援疆]]和[[对口援藏]]，做好[[医疗援疆]]、[[医疗援藏]]工作，深化[[医疗人才“组团式”援藏]]，推进[[“组团式”援疆]]和[[组团式援藏]]', [
    '对口援疆', '对口援藏', '对口援疆', '对口援藏', '医疗人才组团式援藏援疆', '医疗人才组团式援藏援疆', '医疗人才组团式援藏援疆',
  ]);
  check(matcher, '城市三级医院[[对口帮扶]]县级医院，推行“[[县聘乡用]]”“[[乡聘村用]]”', ['对口支援', '县管乡用', '乡聘村用']);
  check(matcher, '[[千人口婴幼儿托位数]]达到3.5个，[[每千常住人口托位数]]4.1个，[[每千人口3岁以下婴幼儿托位数]]达3.2个', ['千人口托位数', '千人口托位数', '千人口托位数']);
  // The two plans are named plans, not the generic 母婴安全 or 出生缺陷防治.
  check(matcher, '落实[[加速消除宫颈癌行动计划]]，实施[[加速消除宫颈癌行动]]，实施[[母婴安全行动提升计划]]和[[出生缺陷防治能力提升计划]]，保障[[母婴安全]]', [
    '加速消除宫颈癌行动计划', '加速消除宫颈癌行动计划', '母婴安全行动提升计划', '出生缺陷防治能力提升计划', '母婴安全',
  ]);
  // 医保: unannounced inspections (ordinary 监督检查 is no term), today's payment wording, plurals, APG, the quoted “三医”.
  check(matcher, '开展[[医保基金飞行检查]]，配合国家[[飞行检查]]，加强日常监督检查', ['飞行检查', '飞行检查']);
  check(matcher, '推进[[病种付费]]，实行[[按病种打包付费]]，推行[[DRGs]]和[[DIPs]]，对[[医共体]]实行[[医保基金打包付费]]，探索[[门诊病例分组]]（[[APG]]）付费和[[APG付费]]', [
    '按病种付费', '按病种付费', '按疾病诊断相关分组付费', '按病种分值付费', '县域医共体', '总额预算管理', '门诊病例分组付费', '门诊病例分组付费', '门诊病例分组付费',
  ]);
  check(matcher, '促进[[“三医”协同]]，深化[[“三医”协同发展和治理]]', ['三医协同发展和治理', '三医协同发展和治理']);
  check(matcher, '开展[[医保基金管理突出问题专项整治]]，启动[[医保基金监管集中宣传月]]活动，开展[[“打击欺诈骗保 维护基金安全”集中宣传月]]', [
    '医保基金管理突出问题专项整治', '医保基金监管集中宣传月', '医保基金监管集中宣传月',
  ]);
  // A publicity month without 医保 is no term.
  check(matcher, '开展献血宣传月和集中宣传月活动', []);
  // Digital health; 健康卡 alone is no term.
  check(matcher, '推广[[电子健康卡]]，发放[[居民健康卡]]，加快[[全民健康信息化]]建设，推进[[人口健康信息化]]，开展[[信息互通共享攻坚行动]]', [
    '电子健康卡', '电子健康卡', '全民健康信息化', '全民健康信息化', '全国医疗卫生机构信息互通共享三年攻坚行动',
  ]);
  check(matcher, '[[电子病历系统功能应用水平分级评价]]达到5级，推进[[5G+智慧医疗]]和[[5G+医疗健康]]应用', ['电子病历系统应用水平分级评价', '5G+医疗健康', '5G+医疗健康']);
  check(matcher, '办理健康卡和社会保障卡', []);
  // Hospice care and its national pilots, the elderly health week; 老年友善医疗机构 (an honour) stays unfound, and nothing in it.
  check(matcher, '推进[[安宁疗护]]，获批[[国家安宁疗护试点]]，开展[[老年健康宣传周]]活动，创建老年友善医疗机构', ['安宁疗护', '安宁疗护试点', '老年健康宣传周']);
  // Severe mental disorders: freeing locked-up patients and the care-and-support groups; unlocking a phone is no term.
  check(matcher, '开展[[解锁救治]]，完成[[解锁行动]]，成立[[关爱帮扶小组]]，手机解锁后登录', ['解锁救治', '解锁救治', '关爱帮扶小组']);
});

test('fresh pages (round 10): pharmacy, nursing, cancer screening projects, patient experience and integrity; reviews, specialties and plain wording are not terms', () => {
  // Pharmacy: prescription review and the tiers of antimicrobials; the awareness week by its names. Managing clinical use and 合理用药 in general are no terms.
  check(matcher, '开展[[处方点评]]，落实[[处方点评制度]]，实行[[抗菌药物分级管理]]，开展[[世界提高抗微生物药物认识周]]活动，组织“[[提高抗菌药物认识周]]”宣传', [
    '处方点评', '处方点评', '抗菌药物分级管理', '世界提高抗微生物药物认识周', '世界提高抗微生物药物认识周',
  ]);
  check(matcher, '加强抗菌药物临床应用管理，促进合理用药，开展处方审核', []);
  // Nursing: the care model, the 2023 plan, 网约护士 as the Internet Plus nursing service, the nursing plan national and local.
  check(matcher, '全面推行[[责任制整体护理]]，落实[[进一步改善护理服务行动计划]]，深化[[改善护理服务行动]]，试点[[网约护士]]，推进“[[互联网+护理服务]]”，落实《[[全国护理事业发展规划]]（2021—2025年）》，编制本省[[护理事业发展规划]]', [
    '责任制整体护理', '改善护理服务行动计划', '改善护理服务行动计划', '互联网+护理服务', '互联网+护理服务', '全国护理事业发展规划', '全国护理事业发展规划',
  ]);
  check(matcher, '开展延续护理服务，持续改善护理服务，落实整体护理', []);
  // Cancer screening: the named projects whole, not their 癌症早诊早治 part; screening alone is a procedure.
  check(matcher, '实施[[城市癌症早诊早治项目]]（[[城癌项目]]），承担[[农村上消化道癌早诊早治项目]]和[[大肠癌筛查早诊早治项目]]，推进[[癌症早诊早治]]', [
    '城市癌症早诊早治项目', '城市癌症早诊早治项目', '上消化道癌早诊早治项目', '大肠癌早诊早治项目', '癌症早诊早治',
  ]);
  check(matcher, '开展大肠癌筛查和上消化道癌筛查，做到早诊早治', []);
  // The patient-experience campaign with or without 主题活动, its halves joined by nothing, 、, a comma or a space; each half alone is plain wording.
  check(matcher, '开展[[改善就医感受提升患者体验主题活动]]，开展“[[改善就医感受、提升患者体验]]”主题活动，以[[改善就医感受,提升患者体验]]为主线，部署[[改善就医感受 提升患者体验]]工作', [
    '改善就医感受提升患者体验主题活动', '改善就医感受提升患者体验主题活动', '改善就医感受提升患者体验主题活动', '改善就医感受提升患者体验主题活动',
  ]);
  assert.deepEqual(matcher.find(splitBlocks('以改善就医感受，提升患者体验为主线')[0].view).map((t) => [t.text, t.canonical]), [['改善就医感受,提升患者体验', '改善就医感受提升患者体验主题活动']]);
  check(matcher, '持续改善群众就医感受，不断提升患者就医体验，改善就医感受', []);
  // Hospital reviews and specialties name grades and titles a hospital or department holds: no terms.
  check(matcher, '启动新一轮等级医院评审，通过三级医院评审，获批国家临床重点专科建设项目，新增省级重点学科2个，建设县级医学龙头学科，创建国家中医优势专科', []);
  // Integrity: the named national rectification work; the 2025 code; the anti-corruption campaign's short form.
  // (行风建设 alone is the sector's broad vocabulary, as 党风廉政建设 is: no entry.)
  check(matcher, '加强行风建设，开展[[纠正医药购销领域和医疗服务中不正之风]]工作，落实《[[医务人员职业道德准则]]（2025年版）》，开展[[医药领域腐败问题整治]]', [
    '纠正医药购销领域和医疗服务中不正之风', '医务人员职业道德准则', '医药领域腐败问题集中整治',
  ]);
  // 纠风 alone and 医德医风 are no terms.
  check(matcher, '深入开展行风建设年活动，做好纠风工作，加强医德医风建设', []);
});

test('fresh pages (round 11): nutrition, school health, medical disputes, HIV and TB plans, 职工医保 and budgets; designations, broad vocabulary and bare formulas are not terms', () => {
  // Nutrition: the 2017 plan, the nutrition week and the students' day (as 世界无烟日 is), the salt-reduction week.
  check(matcher, '贯彻落实《[[国民营养计划]]（2017—2030年）》，组织开展[[全民营养周]]暨“5·20”[[中国学生营养日]]宣传，纪念[[学生营养日]]，开展[[“915”减盐周]]和[[中国减盐周]]活动', [
    '国民营养计划', '全民营养周', '中国学生营养日', '中国学生营养日', '中国减盐周', '中国减盐周',
  ]);
  // Canteens, restaurants, schools and cities built to a standard are designations (as 老年友善医疗机构); 减盐 alone is plain wording.
  check(matcher, '倡导减盐减油减糖，创建营养健康食堂和营养健康餐厅，建设营养与健康学校，创建国家食品安全示范城市', []);
  // School health: the surveillance programme with 和, 与, 及 or nothing between its halves; the 2018 myopia plan and the 2021 Bright Action; the eye-care day.
  check(matcher, '开展[[学生常见病和健康影响因素监测与干预]]，完成[[学生常见病与健康影响因素监测与干预]]和[[学生常见病健康影响因素监测与干预]]任务，落实《[[综合防控儿童青少年近视实施方案]]》，推进[[儿童青少年近视综合防控]]，实施[[儿童青少年近视防控光明行动]]，开展[[全国爱眼日]]宣传', [
    '学生常见病和健康影响因素监测与干预', '学生常见病和健康影响因素监测与干预', '学生常见病和健康影响因素监测与干预',
    '综合防控儿童青少年近视', '综合防控儿童青少年近视', '儿童青少年近视防控光明行动', '全国爱眼日',
  ]);
  check(matcher, '加强近视防控，引导学生爱眼护眼', []);
  // Medical disputes: people's mediation (its committee is a body, not the term), liability insurance by its short names, the 2013 campaign.
  check(matcher, '完善[[医疗纠纷人民调解]]机制，推行[[医疗责任保险]]，[[医责险]]参保率100%，购买[[医疗责任险]]，开展[[打击涉医违法犯罪专项行动]]，创建[[平安医院]]，坚持[[新时代枫桥经验]]', [
    '医疗纠纷人民调解', '医疗责任保险', '医疗责任保险', '医疗责任保险', '打击涉医违法犯罪专项行动', '平安医院', '枫桥经验',
  ]);
  // 第三方调解 alone is generic; 平安中国 and 扫黑除恶 are broad national vocabulary (as 党风廉政建设).
  check(matcher, '市医疗纠纷人民调解委员会受理纠纷35件，引入第三方调解，建设平安中国，深入开展扫黑除恶专项斗争', []);
  // HIV and TB: the policy, the 2019 plans, the demonstration areas; a bare “三位一体” is no entry.
  check(matcher, '落实“[[四免一关怀]]”政策，贯彻《[[遏制艾滋病传播实施方案]]（2019—2022年）》，创建第四轮[[全国艾滋病综合防治示范区]]，落实《[[遏制结核病行动计划]]（2019—2022年）》', [
    '四免一关怀', '遏制艾滋病传播实施方案', '艾滋病综合防治示范区', '遏制结核病行动计划',
  ]);
  check(matcher, '健全“三位一体”结核病防治服务体系', []);
  // 计划免疫 is the old name of the immunization programme; the employees' scheme is its own entry, its 门诊共济 still the longer term.
  check(matcher, '做好[[计划免疫]]工作，[[城镇职工基本医疗保险]]参保12万人，[[职工医保]]个人账户，推进[[职工医保门诊共济]]，[[城乡居民医保]]', [
    '国家免疫规划', '职工基本医疗保险', '职工基本医疗保险', '门诊共济保障', '城乡居民基本医疗保险',
  ]);
  check(matcher, '组织职工体检，开展免疫接种', []);
  // Budgets: the three public expenses quoted or not, and the revenue-and-expenditure rule; 三公开 and 收支平衡 are other words.
  check(matcher, '[[“三公”经费]]支出下降12%，压减[[三公经费]]，实行[[收支两条线管理]]，落实“[[收支两条线]]”', ['三公经费', '三公经费', '收支两条线', '收支两条线']);
  check(matcher, '落实院务公开三公开制度，保持收支平衡', []);
});

test('fresh pages (round 13): law-based government, team-based aid and east–west pairings; numbered programmes of a party committee', () => {
  // Law-based government: the five-year law-education plans, the responsibility principle, the three enforcement systems, no penalty for a first violation.
  check(matcher, '完成[[“八五”普法]]中期评估，总结[[七五普法]]，落实[[谁执法谁普法普法责任制]]，全面推行[[行政执法三项制度]]，推行[[首违不罚]]清单', [
    '八五普法', '七五普法', '谁执法谁普法', '行政执法三项制度', '首违不罚',
  ]);
  // Party meetings are routine institutions, not policy terms (the dev set's annotators left them out).
  check(matcher, '召开巡察整改专题民主生活会和组织生活会', []);
  // Team-based aid with 医疗 or 支援, and the pairings of east–west cooperation by their short names.
  check(matcher, '[[“组团式”医疗帮扶]]和[[“组团式”支援]]，[[“组团式”医疗援藏]]，深化[[闽宁协作]]、[[沪滇协作]]，[[对口援青]]', [
    '组团式帮扶', '组团式帮扶', '医疗人才组团式援藏援疆', '东西部协作', '东西部协作', '对口援青',
  ]);
  // Round 14: the patriotic health month (not the campaign it is part of), medical education, childcare.
  check(matcher, '开展第36个[[爱国卫生月]]活动，[[爱卫月]]期间，深化[[医教协同]]，推进[[“5+3”一体化]]人才培养，推动[[医育融合]]和[[托幼一体]]', [
    '爱国卫生月', '爱国卫生月', '医教协同', '5+3一体化', '医育结合', '托幼一体化',
  ]);
  // Round 15: endemic diseases and occupational health.
  check(matcher, '完成[[地方病防治专项三年攻坚行动]]，启动[[地方病防治巩固提升行动]]，开展第30个“5·15”[[防治碘缺乏病日]]宣传，推进[[尘肺病防治攻坚行动]]', [
    '地方病防治专项三年攻坚行动', '地方病防治巩固提升行动', '防治碘缺乏病日', '尘肺病防治攻坚行动',
  ]);
  // Round 16: administrative reform, sports and health.
  check(matcher, '推行[[告知承诺制]]，加强[[事中事后监管]]，推进[[体医融合]]', ['告知承诺制', '事中事后监管', '体卫融合']);
  // A party committee names its programmes by numbers; a bare number elsewhere is a phone line or a year.
  checkCandidates('紧扣省委[[“1310”]]具体部署和市委[[“1312”]]思路举措，拨打“12345”热线', ['“1310”', '“1312”']);
  // A quoted target with an amount in 万 or a percentage is a quotation; a quoted count of things may name a formula.
  checkCandidates('实现“新增普惠托位15万个”目标，加强[[“重点工作5张报表”]]督查，落实[[“3个100%”]]', ['“重点工作5张报表”', '“3个100%”']);
});

test('fresh pages (round 17): the elderly and survey reports; campaigns by their month, variants of a programme name', () => {
  const matcher = new TermMatcher([builtinGlossary()]);
  // 敬老月 is a national campaign, quoted or not; 老年人健康宣传周 and 区域性医疗中心 are forms of listed terms.
  check(matcher, '今年[[敬老月]]期间，开展“[[敬老月]]”活动和[[老年人健康宣传周]]，推进[[区域性医疗中心]]建设', ['敬老月', '敬老月', '老年健康宣传周', '区域医疗中心']);
});

test('fresh pages (round 17, tobacco control): smoke-free environments apart from smoke-free units; second-hand smoke is no formula', () => {
  const matcher = new TermMatcher([builtinGlossary()]);
  // 无烟环境 is the environment (it had the smoke-free units' entry); the programmes of the control action.
  check(matcher, '共享[[无烟环境]]，创建[[无烟党政机关]]和[[无烟家庭]]，建立[[首诊询问吸烟史制度]]，推进[[控烟履约]]，推广[[中国戒烟平台]]', [
    '无烟环境', '无烟单位', '无烟单位', '首诊询问吸烟史制度', '控烟履约', '中国戒烟平台',
  ]);
  // 二手, 三手 make words (second-hand), no numbered formula; “两个带头” is one.
  checkCandidates('“二手烟”和“三手烟”的危害，落实[[“两个带头”]]', ['“两个带头”']);
});

test('fresh pages (round 18): drug and food regulation, health infrastructure and medical assistance', () => {
  const matcher = new TermMatcher([builtinGlossary()]);
  check(matcher, '落实[[“四个最严”要求]]，加强[[两品一械]]监管，建立[[药物警戒制度]]，落实[[药品上市许可持有人制度]]，开展[[飞行检查]]', [
    '四个最严', '两品一械', '药物警戒', '药品上市许可持有人制度', '飞行检查',
  ]);
  check(matcher, '实施[[国家食品安全风险监测计划]]，开展[[食品安全国家标准跟踪评价]]和[[食品安全宣传周]]活动', ['食品安全风险监测', '食品安全国家标准跟踪评价', '食品安全宣传周']);
  check(matcher, '争取[[全民健康保障工程]]资金，建设[[县域医疗卫生次中心]]和[[重大疫情救治基地]]，创建[[国家级医学中心]]', [
    '全民健康保障工程', '县域医疗卫生次中心', '重大疫情救治基地', '国家医学中心',
  ]);
  check(matcher, '对[[建档立卡贫困人口]]开展[[大病专项救治]]，落实[[三重制度综合保障]]', ['建档立卡', '大病专项救治', '三重保障']);
  // The flight inspection's entry speaks of drug regulators too.
  assert.match(matcher.entry('flight-inspection')!.definition, /药品监管部门/);
});

test('fresh pages (round 19, family planning associations): their programmes; 社会办医院 is a kind of hospital', () => {
  const matcher = new TermMatcher([builtinGlossary()]);
  check(matcher, '开展[[青春健康教育]]，实施[[暖心行动]]和[[幸福工程]]，开展[[生育关怀行动]]', ['青春健康', '暖心行动', '幸福工程', '生育关怀']);
  // 社会办医院 names hospitals run by society, no policy; 社会办医 is the policy.
  check(matcher, '支持社会办医院发展，鼓励[[社会办医]]', ['社会办医']);
});

test('fresh pages (round 20): clinical pathways; the targeted training of rural medical students in its other wordings', () => {
  const matcher = new TermMatcher([builtinGlossary()]);
  check(matcher, '推进[[临床路径管理]]，实施[[订单定向培养]]，招收[[免费定向医学生]]', ['临床路径', '农村订单定向医学生免费培养', '农村订单定向医学生免费培养']);
  // Cosmetic medicine and private clinics: the campaigns, the link to criminal justice, clinics by filing;
  // 社会办医疗机构 names institutions, no policy.
  check(matcher, '开展[[严厉打击非法医疗美容专项行动]]和[[医疗美容行业突出问题专项治理]]，做好[[行刑衔接]]，推行[[诊所备案制]]，鼓励[[社会力量办医]]，社会办医疗机构', [
    '打击非法医疗美容专项行动', '医疗美容行业突出问题专项治理', '行刑衔接', '诊所备案制', '社会办医',
  ]);
});

test('fresh pages (round 21, border regions): the ethnic-unity line, free health check-ups for all, the pastoral areas\' cooperative scheme', () => {
  const matcher = new TermMatcher([builtinGlossary()]);
  check(matcher, '[[铸牢中华民族共同体意识]]，启动[[全民健康免费体检工程]]，第二轮[[全民健康体检]]工作，[[新型农村牧区合作医疗]]', [
    '铸牢中华民族共同体意识', '全民健康体检', '全民健康体检', '新型农村合作医疗',
  ]);
});

test('fresh pages (round 21): a quoted formula written as a list of short numbered parts is one candidate; a motto\'s phrases and a list of honours are none', () => {
  checkCandidates('实施[[“一人、一针、一消毒”]]，坚持[[“强基、稳二、控三”]]，构建[[“一体两翼、一院五区、协同发展”]]格局', [
    '“一人、一针、一消毒”',
    '“强基、稳二、控三”',
    '“一体两翼、一院五区、协同发展”',
  ]);
  // Each part a formula of its own: the parts, as before.
  checkCandidates('围绕“[[一条主线]]、[[两个抓手]]”', ['“一条主线”', '“两个抓手”']);
  checkCandidates('形成“上下一盘棋、防控一张网”，获得“一等奖、二等奖”，按“第一、第二”顺序，“平垸行洪、移民建镇”', []);
});

test('fresh pages (round 22): relocation for poverty alleviation, the reforms of the 2010s by their names, and forms of listed terms', () => {
  const matcher = new TermMatcher([builtinGlossary()]);
  check(matcher, '做好[[易地扶贫搬迁]]安置点服务，破除[[以药补医]]机制，推进[[县级公立医院综合改革]]，开展[[药品集中采购]]', [
    '易地扶贫搬迁', '以药补医', '县级公立医院综合改革', '药品集中采购',
  ]);
  // 药品集中采购 is the older, broader procurement; 国家组织药品集中采购 the volume-based one.
  check(matcher, '落实[[基药制度]]，开展[[全科医师转岗培训]]，落实[[国家组织药品集中采购]]，完善[[党组织领导下的院长负责制]]', [
    '国家基本药物制度', '全科医生转岗培训', '药品集中带量采购', '党委领导下的院长负责制',
  ]);
});

test('fresh pages (round 23): health awareness days and weeks, the doctors\' and nurses\' days, short forms of medical training', () => {
  const matcher = new TermMatcher([builtinGlossary()]);
  check(matcher, '在[[世界卫生日]]、[[世界艾滋病日]]和[[全国肿瘤防治宣传周]]期间，庆祝[[中国医师节]]和[[国际护士节]]', ['世界卫生日', '世界艾滋病日', '全国肿瘤防治宣传周', '中国医师节', '国际护士节']);
  check(matcher, '开展[[住院医师培训]]、[[专科医师培训]]，招收[[免费医学生]]', ['住院医师规范化培训', '专科医师规范化培训', '农村订单定向医学生免费培养']);
});

test('fresh pages (round 23): a quoted number before 工作要求 or 发展思路 is a programme; quoted idioms are metaphors', () => {
  checkCandidates('落实[[“2341”工作要求]]，坚持[[“6543”发展思路]]', ['“2341”工作要求', '“6543”发展思路']);
  checkCandidates('形成全社会参与的“一盘棋”工作机制，提供“一条龙”服务', []);
});

test('fresh pages (round 24): a term broken by a blank between two of its characters is one span, mapped back to the text', () => {
  const matcher = new TermMatcher([builtinGlossary()]);
  check(matcher, '推进[[紧密型县域 医共体]]建设，做好[[家庭医生　签约服务]]，𠀋[[分级 诊疗]]', ['紧密型县域医共体', '家庭医生签约服务', '分级诊疗']);
  // A blank between a term and a word after it changes nothing; blanks elsewhere are kept (2024 年).
  check(matcher, '[[医联体]] 建设，2024 年', ['医疗联合体']);
});

test('fresh pages (round 24, disability and rehabilitation): the national systems and campaigns of the genre', () => {
  const matcher = new TermMatcher([builtinGlossary()]);
  check(matcher, '实施[[残疾儿童康复救助制度]]，落实[[困难残疾人生活补贴和重度残疾人护理补贴]]制度，开展[[精准康复]]，推进[[精神障碍社区康复服务融合行动]]', [
    '残疾儿童康复救助制度', '残疾人两项补贴', '精准康复', '精康融合行动',
  ]);
});

test('fresh pages (round 24, health enforcement): the campaign against illegal practice by its name; the bare verb phrase is no term', () => {
  const matcher = new TermMatcher([builtinGlossary()]);
  check(matcher, '开展[[打击非法行医专项行动]]，依法打击非法行医', ['打击非法行医专项行动']);
});

test('fresh pages (round 25): World Rabies Day after its ordinal, gender equality as a basic state policy', () => {
  const matcher = new TermMatcher([builtinGlossary()]);
  check(matcher, '第十九个[[世界狂犬病日]]，坚持[[男女平等基本国策]]', ['世界狂犬病日', '男女平等基本国策']);
});

test('fresh pages (round 26): the programmes of recruitment notices, occupational health, mental health and the Chengdu-Chongqing circle', () => {
  const matcher = new TermMatcher([builtinGlossary()]);
  // (A quoted number alone is not read as a university project: Hubei's “985” is a policy of health poverty alleviation.)
  check(matcher, '国家[[“211”工程]]、[[985工程]]高校，“985”政策，参加[[“三支一扶”计划]]和[[志愿服务西部计划]]，招聘[[特岗全科医生]]', ['211工程', '985工程', '三支一扶', '大学生志愿服务西部计划', '全科医生特岗计划']);
  check(matcher, '推动[[成渝地区双城经济圈建设]]，开展[[《职业病防治法》宣传周]]和[[健康企业建设]]，新创15家省健康企业，开展[[精神卫生综合管理试点]]', [
    '成渝地区双城经济圈', '职业病防治法宣传周', '健康企业建设', '全国精神卫生综合管理试点',
  ]);
  check(matcher, '[[基本药物集中招标采购]]，[[医院智慧服务分级评估]]', ['药品集中采购', '医院智慧服务分级评估']);
});

test('fresh pages (round 26): a blank inside a quote\'s edge is no part of the name; a quoted indicator (…率) is no formula', () => {
  checkCandidates('开展[[“ 暖心护航 ”行动]]，实施[[“六亮 ”工程]]', ['“暖心护航”行动', '“六亮”工程']);
  checkCandidates('“学前3年毛入园率”、“5岁以下儿童死亡率”未达标，[[“三率”]]提升', ['“三率”']);
});

test('fresh pages (round 27): the Greater Bay Area and its drugs-and-devices policy', () => {
  const matcher = new TermMatcher([builtinGlossary()]);
  check(matcher, '推进[[粤港澳大湾区建设]]，落实[[港澳药械通]]政策，[[粤港澳大湾区]]内地', ['粤港澳大湾区', '港澳药械通', '粤港澳大湾区']);
});

test('fresh pages (round 28): health assistance after poverty alleviation, designated assistance, monitoring against relapse through illness, the primary-care TCM programme, World Patient Safety Day, forms of listed entries', () => {
  const matcher = new TermMatcher([builtinGlossary()]);
  check(matcher, '做好[[健康帮扶]]和[[定点帮扶]]，落实[[防止因病返贫动态监测]]，实施[[基层中医药服务能力提升工程]]，开展[[世界患者安全日]]活动', [
    '健康帮扶', '定点帮扶', '防止因病返贫动态监测', '基层中医药服务能力提升工程', '世界患者安全日',
  ]);
  check(matcher, '推进[[健康脱贫]]，推动[[长三角区域一体化]]，建设[[名老中医专家传承工作室]]和[[名中医工作室]]，[[将健康融入所有的政策]]', [
    '健康扶贫', '长三角一体化', '名老中医药专家传承工作室', '名医工作室', '将健康融入所有政策',
  ]);
});

test('fresh pages (round 29): the ear-care and osteoporosis days, the children\'s oral and COPD screening programmes, the antibiotics campaign; the regional TCM centres as regional medical centres', () => {
  const matcher = new TermMatcher([builtinGlossary()]);
  check(matcher, '在[[全国爱耳日]]和[[世界骨质疏松日]]，实施[[儿童口腔疾病综合干预项目]]、[[慢阻肺高危人群早期筛查与综合干预项目]]，开展[[抗菌药物临床应用专项整治]]，建设[[区域中医医疗中心]]', [
    '全国爱耳日', '世界骨质疏松日', '儿童口腔疾病综合干预项目', '慢阻肺高危人群早期筛查与综合干预项目', '抗菌药物临床应用专项整治', '区域医疗中心',
  ]);
});

test('fresh pages (round 30): the childcare publicity month, forms of listed entries (三明市医改经验, 将健康融入各项政策, 全民营养计划, 生育友好社会)', () => {
  const matcher = new TermMatcher([builtinGlossary()]);
  check(matcher, '开展[[全国托育服务宣传月]]，学习[[三明市医改经验]]，[[将健康融入各项政策]]，实施[[全民营养计划]]，建设[[生育友好社会]]', [
    '全国托育服务宣传月', '三明医改', '将健康融入所有政策', '国民营养计划', '生育友好型社会',
  ]);
});

test('fresh pages (round 32): integrated and collaborating Chinese and Western medicine; city brands of 惠民保 (沪惠保, 惠厦保), and 惠民保障 is no 惠民保', () => {
  const matcher = new TermMatcher([builtinGlossary()]);
  check(matcher, '推进[[中西医结合]]，完善[[中西医协同]]诊疗体系，参保[[沪惠保]]和[[惠厦保]]，[[城市定制型商业补充医疗保险]]，享有惠民保障', [
    '中西医结合', '中西医协同', '惠民保', '惠民保', '惠民保',
  ]);
});

test('fresh pages (round 32): a term that names a unit is no term (卫生应急中心, 继续医学教育委员会, 治未病科、); 中心 opening a noun of its own (医共体中心药房) and 科 opening a word (健康教育科普) leave it', () => {
  const matcher = new TermMatcher([builtinGlossary()]);
  check(matcher, '卫生应急中心成立，省级继续医学教育委员会，儿科、治未病科、康复科，疫情防控领导小组，建设6个[[医共体]]中心药房，开展[[健康教育]]科普', ['县域医共体', '健康教育']);
});

test('fresh pages (round 33): the national fitness strategy, plan and day (bare 全民健身 stays broad vocabulary), the rare disease network, folic acid against neural tube defects, the AIDS and TB plans, three awareness days', () => {
  const matcher = new TermMatcher([builtinGlossary()]);
  check(matcher, '实施[[全民健身国家战略]]和[[全民健身计划]]，[[全民健身日]]，推动全民健身，加入[[罕见病诊疗协作网]]，[[增补叶酸预防神经管缺陷项目]]，落实[[中国遏制与防治艾滋病规划]]和[[全国结核病防治规划]]，[[预防出生缺陷日]]、[[世界家庭医生日]]、[[世界红十字日]]', [
    '全民健身国家战略', '全民健身计划', '全民健身日', '罕见病诊疗协作网', '增补叶酸预防神经管缺陷', '中国遏制与防治艾滋病行动计划', '全国结核病防治规划', '预防出生缺陷日', '世界家庭医生日', '世界红十字日',
  ]);
});

test('fresh pages (round 34): the rural students\' nutrition programme by its full and short names, TCM culture in schools', () => {
  const matcher = new TermMatcher([builtinGlossary()]);
  check(matcher, '落实[[农村义务教育学生营养改善计划]]和[[学生营养改善计划]]，开展[[中医药文化进校园]]活动', ['农村义务教育学生营养改善计划', '农村义务教育学生营养改善计划', '中医药文化进校园']);
});

test('fresh pages (round 34): the eye health plan, the children\'s vaccination day and week, forms of listed entries (光明行动, 城市紧密型医疗集团, 老年健康宣传活动周)', () => {
  const matcher = new TermMatcher([builtinGlossary()]);
  check(matcher, '落实[[全国眼健康规划]]，[[全国儿童预防接种周]]，推进[[光明行动]]，建设[[城市紧密型医疗集团]]，[[老年健康宣传活动周]]', [
    '全国眼健康规划', '全国儿童预防接种日', '儿童青少年近视防控光明行动', '紧密型城市医疗集团', '老年健康宣传周',
  ]);
});

test('fresh pages (round 35): the 2018–2020 plans apart from their successors (母婴安全行动计划, 健康儿童行动计划), TCM hospitals\' performance assessment, 先看病后付费, 定点扶贫, 三重医疗保障, 健康融入万策', () => {
  const matcher = new TermMatcher([builtinGlossary()]);
  check(matcher, '实施[[母婴安全行动计划]]和[[健康儿童行动计划]]，[[二级公立中医医院绩效考核]]，推行[[先看病后付费]]，[[定点扶贫]]，[[三重医疗保障]]，[[健康融入万策]]', [
    '母婴安全行动计划', '健康儿童行动计划', '二级公立医院绩效考核', '先诊疗后付费', '定点帮扶', '三重保障', '将健康融入所有政策',
  ]);
});

test('fresh pages (round 35): 中西医结合医院 is a kind of hospital, no 中西医结合', () => {
  const matcher = new TermMatcher([builtinGlossary()]);
  check(matcher, '建设中西医结合医院，推进[[中西医结合]]', ['中西医结合']);
});

test('fresh pages (round 36): separating drug sales from medical services (医药分开, 医药分离)', () => {
  const matcher = new TermMatcher([builtinGlossary()]);
  check(matcher, '推进[[医药分开]]，实行[[医药分离]]', ['医药分开', '医药分开']);
});

test('fresh pages (round 36): 临终关怀 is the older name of 安宁疗护, and a ward or its beds make it a facility (安宁疗护病区); the interoperability assessment and shorter names of the EMR evaluation', () => {
  const matcher = new TermMatcher([builtinGlossary()]);
  check(matcher, '开展[[临终关怀]]，设立安宁疗护病区，通过[[互联互通测评]]和[[电子病历分级评价]]', ['安宁疗护', '互联互通标准化成熟度测评', '电子病历系统应用水平分级评价']);
});

test('fresh pages (round 36): 取消药品加成 with the hospitals it names inside (取消公立医院药品加成, 取消县级公立医院药品加成)', () => {
  const matcher = new TermMatcher([builtinGlossary()]);
  check(matcher, '[[取消公立医院药品加成]]，[[取消县级公立医院药品加成]]收入', ['取消药品加成', '取消药品加成']);
});

test('fresh pages (round 37): a reform principle (管办分开, 管办分离), population campaigns and surveys, supervision assistance, Internet Plus regulation, stroke screening', () => {
  const matcher = new TermMatcher([builtinGlossary()]);
  check(
    matcher,
    '推进[[管办分离]]，开展[[婚育新风进万家活动]]，完成2021年度[[全国人口与家庭动态监测调查]]，做好[[卫生计生监督协管]]，接入“[[互联网+监管]]”平台，实施[[脑卒中高危人群筛查和干预项目]]',
    ['管办分开', '婚育新风进万家', '全国人口与家庭动态监测调查', '卫生监督协管', '互联网+监管', '脑卒中高危人群筛查和干预项目'],
  );
});

test('fresh pages (round 37): Tibet\'s village-stationed campaign (强基础惠民生, 强基惠民), 对口援建 as paired support, team-based aid to Qinghai (组团式援青)', () => {
  const matcher = new TermMatcher([builtinGlossary()]);
  check(matcher, '参加[[强基惠民]]驻村工作，北京市[[对口援建]]新疆，[[医疗人才“组团式”援青]]', ['强基础惠民生', '对口支援', '组团式帮扶']);
});

test('fresh pages (round 38): police-hospital linkage (警医联动), the integrity action plan, inspections of large hospitals, the major new drug programme; full names of the drug lists (国家基本医疗保险药品目录, 国家基本药物目录), 党委领导下院长负责制 without 的, 医疗共同体', () => {
  const matcher = new TermMatcher([builtinGlossary()]);
  check(
    matcher,
    '健全[[警医联动机制]]，落实[[廉洁从业行动计划]]，开展[[大型医院巡查]]，承担[[国家重大新药创制科技专项]]，纳入[[国家基本医疗保险药品目录]]和[[国家基本药物目录]]，实行[[党委领导下院长负责制]]，建设[[医疗共同体]]',
    ['警医联动', '医疗机构工作人员廉洁从业行动计划', '大型医院巡查', '重大新药创制国家科技重大专项', '国家医保药品目录', '国家基本药物目录', '党委领导下的院长负责制', '县域医共体'],
  );
});

test('fresh pages (round 39): payment by service item, by head and global prepayment; DIP written with 病组 in brackets; 特病单议; the central environmental inspection, the year of economic management, World Pharmacists Day, the drug safety campaign', () => {
  const matcher = new TermMatcher([builtinGlossary()]);
  check(
    matcher,
    '由[[按服务项目付费]]转向[[按病种(病组)分值付费]]，实行[[按人头定额付费]]和[[总额预付]]，开展[[特病单议]]，接受[[中央环保督察]]，开展[[经济管理年活动]]，纪念[[世界药师日]]，开展[[药品安全专项整治行动]]',
    ['按项目付费', '按病种分值付费', '按人头付费', '总额预算管理', '特例单议', '中央生态环境保护督察', '公立医疗机构经济管理年', '世界药师日', '药品安全专项整治行动'],
  );
});

test('fresh pages (round 40): the national survey of Chinese medicinal resources, the dementia action plan and Alzheimer\'s day, the weight management year; forms 大病医保, 多层次医疗保障制度体系, 出生缺陷三级干预, 五大发展理念, 全民健康生活方式日', () => {
  const matcher = new TermMatcher([builtinGlossary()]);
  check(
    matcher,
    '开展[[第四次全国中药资源普查]]，落实[[应对老年期痴呆国家行动计划]]，纪念[[世界阿尔茨海默病日]]，开展[[体重管理年]]，完善[[大病医保]]和[[多层次医疗保障制度体系]]，落实[[出生缺陷三级干预]]，践行[[五大发展理念]]，迎接[[全民健康生活方式日]]',
    ['全国中药资源普查', '应对老年期痴呆国家行动计划', '世界阿尔茨海默病日', '体重管理年', '大病保险', '多层次医疗保障体系', '出生缺陷三级预防', '新发展理念', '全民健康生活方式行动'],
  );
});

test('fresh pages (round 41): 飞检 is the short form of 飞行检查', () => {
  const matcher = new TermMatcher([builtinGlossary()]);
  check(matcher, '接受国家医保局[[飞检]]', ['飞行检查']);
});

test('fresh pages (round 41): the theme education with a comma between its halves (“不忘初心,牢记使命”主题教育)', () => {
  const matcher = new TermMatcher([builtinGlossary()]);
  check(matcher, '开展“[[不忘初心,牢记使命]]”主题教育', ['不忘初心、牢记使命主题教育']);
});

test('fresh pages (round 41): the labour analgesia pilot (分娩镇痛试点)', () => {
  const matcher = new TermMatcher([builtinGlossary()]);
  check(matcher, '成为国家[[分娩镇痛试点]]医院，开展[[分娩镇痛诊疗试点]]', ['分娩镇痛试点', '分娩镇痛试点']);
});

test('fresh pages (round 41): National Malaria Day (全国疟疾日)', () => {
  const matcher = new TermMatcher([builtinGlossary()]);
  check(matcher, '4月26日是第17个[[全国疟疾日]]', ['全国疟疾日']);
});

test('fresh pages (round 42): healthy towns and villages by level, the county hospital upgrade, class-B-with-class-A measures, aid formulas', () => {
  const matcher = new TermMatcher([builtinGlossary()]);
  check(matcher, '推进[[健康县区建设]]，启动[[健康城区]]建设项目，开展[[健康乡镇]]建设，实现[[健康村建设]]制度化', ['健康县区', '健康城市', '健康村镇', '健康村镇']);
  // A village or town named healthy is an honour, counted as such (省健康镇3个、健康村(社区)41个): no programme.
  check(matcher, '创建省卫生村191个，省健康镇3个、健康村(社区)41个', []);
  check(matcher, '支持[[县级医院提标扩能]]等项目建设，此前落实“[[乙类甲管]]”要求，现实施“[[乙类乙管]]”', ['县级医院提标扩能', '乙类甲管', '乙类乙管']);
  check(matcher, '深化[[闽宁对口扶贫协作]]，贯彻[[新时代党的治疆方略]]和[[治藏方略]]', ['东西部协作', '新时代党的治疆方略', '新时代党的治藏方略']);
});

test('fresh pages (round 42): a quoted brand that quotes a character of its own (“枣庄卫生‘榴’住你”专场引才活动, “吴兴医‘声’”品牌) is a candidate; a quotation inside a quotation is not', () => {
  checkCandidates('开展[[“枣庄卫生‘榴’住你”]]专场引才活动。打造[[“吴兴医‘声’”品牌]]。他说“这是‘好’事”。', ['“枣庄卫生‘榴’住你”', '“吴兴医‘声’”品牌']);
});

test('fresh pages (round 42): a quoted honour of the best ten or hundred (“十佳医师”, “百佳村医”) is no candidate term', () => {
  checkCandidates('慰问了“十佳医师”代表，为“十佳护士”“百佳医师”“十佳村医”颁奖，开展[[“五访五问”行动]]', ['“五访五问”行动']);
});

test('fresh pages (round 43): home hospital beds, AI Plus health care, and two close variants (医防结合, 健康优先战略)', () => {
  const matcher = new TermMatcher([builtinGlossary()]);
  check(matcher, '开展[[家庭病床服务]]，建立[[家庭病床]]，推进“[[人工智能+医疗卫生]]”，坚持[[医防结合]]，实施[[健康优先战略]]', ['家庭病床', '家庭病床', '人工智能+医疗卫生', '医防融合', '健康优先发展战略']);
});

test('fresh pages (round 43): a quoted product named after its kind (数字健康人“安诊儿”, 智能体“杭小育”, 微信小程序“大眼仔随访志”) or before it (“健康知识进万家”小程序) is a candidate; a word quoted after a kind is not (大模型“落户”)', () => {
  checkCandidates('数字健康人[[“安诊儿”]]上线，智能体[[“杭小育”]]，微信小程序[[“大眼仔随访志”]]，[[“健康知识进万家”小程序]]，DeepSeek大模型“落户”', [
    '“安诊儿”',
    '“杭小育”',
    '“大眼仔随访志”',
    '“健康知识进万家”小程序',
  ]);
});

test('fresh pages (round 43): governance formulas written without quotes (五公开, 双公示, 折子工程) and the maternal and child health demonstration project', () => {
  const matcher = new TermMatcher([builtinGlossary()]);
  check(matcher, '落实[[五公开]]要求，做好[[双公示]]，完成[[折子工程]]任务，创建[[全国妇幼健康优质服务示范工程]]', ['五公开', '双公示', '折子工程', '妇幼健康优质服务示范工程']);
});

test('fresh pages (round 44): health education programmes (健康中国行, 亿万农民健康促进行动, 健康科普专家库, 贫困地区健康促进三年攻坚行动), studios and workstations, palliative care, disability prevention and a global formula', () => {
  const matcher = new TermMatcher([builtinGlossary()]);
  check(
    matcher,
    '开展[[健康中国行]]活动和[[亿万农民健康促进行动]]，组建[[健康科普专家库]]和[[健康科普资源库]]，实施[[贫困地区健康促进三年攻坚行动]]，推进[[健康中国行动]]，' +
      '建设[[健康促进学校]]，推行[[缓和医疗]]，[[院士专家工作站]]揭牌，成立[[国医大师传承工作室]]和[[全国老药工传承工作室]]，依托[[名中医传承工作室]]，' +
      '落实[[国家残疾预防行动计划]]，构建[[人类卫生健康共同体]]',
    ['健康中国行', '亿万农民健康促进行动', '健康科普专家库', '健康科普资源库', '贫困地区健康促进三年攻坚行动', '健康中国行动', '健康促进场所', '安宁疗护', '院士工作站', '国医大师传承工作室', '全国老药工传承工作室', '名医工作室', '国家残疾预防行动计划', '人类卫生健康共同体'],
  );
});

test('fresh pages (round 45): the 2021 campaign against illegal cosmetic medicine services is not the 2017 one, and the 2023 rectification goes by its short forms (医美专项治理, …专项整治)', () => {
  const matcher = new TermMatcher([builtinGlossary()]);
  check(matcher, '开展[[打击非法医疗美容服务专项整治]]工作，落实[[医美专项治理]]，开展[[医美行业突出问题专项整治]]，回顾[[严厉打击非法医疗美容专项行动]]', [
    '打击非法医疗美容服务专项整治',
    '医疗美容行业突出问题专项治理',
    '医疗美容行业突出问题专项治理',
    '打击非法医疗美容专项行动',
  ]);
});

test('fresh pages (round 45): 先医后付 is treatment first, payment later; the Scientific Outlook on Development and the campaign to study it', () => {
  const matcher = new TermMatcher([builtinGlossary()]);
  check(matcher, '实行[[先医后付]]，落实[[科学发展观]]，开展[[学习实践科学发展观活动]]', ['先诊疗后付费', '科学发展观', '学习实践科学发展观活动']);
});

test('fresh pages (round 46): newborn screening, the premarital examination and its short forms (免费婚检, 婚检), World Population Day, and the short forms of the pre-pregnancy check-up (免费孕检)', () => {
  const matcher = new TermMatcher([builtinGlossary()]);
  check(matcher, '开展[[新生儿疾病筛查]]和[[新生儿筛查]]，推行[[免费婚检]]，提高[[婚检]]率，组织[[婚前医学检查]]，纪念[[世界人口日]]，提供[[免费孕检]]', [
    '新生儿疾病筛查',
    '新生儿疾病筛查',
    '婚前医学检查',
    '婚前医学检查',
    '婚前医学检查',
    '世界人口日',
    '孕前优生健康检查',
  ]);
});

test('fresh pages (round 46): international health goals and rules (全民健康覆盖, 千年发展目标, 可持续发展目标, 国际卫生条例)', () => {
  const matcher = new TermMatcher([builtinGlossary()]);
  check(matcher, '实现[[全民健康覆盖]]，完成[[千年发展目标]]，落实[[可持续发展目标]]，履行[[国际卫生条例]]', ['全民健康覆盖', '千年发展目标', '可持续发展目标', '国际卫生条例']);
});

test('fresh pages (round 46): basic medical insurance and serious-illness assistance by their own names (基本医疗保险, 基本医保, 大病救助), and Sanming\'s instruments (全员目标年薪制, 医保打包支付)', () => {
  const matcher = new TermMatcher([builtinGlossary()]);
  check(matcher, '参加[[基本医疗保险]]，[[基本医保]]报销后，实施[[大病救助]]和[[重特大疾病医疗救助]]，推行[[全员目标年薪制]]和[[医保打包支付]]，参加[[职工基本医疗保险]]', [
    '基本医疗保险',
    '基本医疗保险',
    '大病救助',
    '大病救助',
    '全员目标年薪制',
    '总额预算管理',
    '职工基本医疗保险',
  ]);
});

test('fresh pages (round 47): mutual recognition of test results by its short forms (医检互认, 检验检查互认), Beijing–Inner Mongolia assistance (京蒙帮扶), 卫生援疆, and the Corps–local integration (兵地融合发展)', () => {
  const matcher = new TermMatcher([builtinGlossary()]);
  check(matcher, '推进[[医检互认]]和[[检验检查互认]]，深化[[京蒙帮扶]]，开展[[卫生援疆]]，推动[[兵地融合发展]]', ['检查检验结果互认', '检查检验结果互认', '东西部协作', '对口援疆', '兵地融合发展']);
});

test('fresh pages (round 47): the women\'s and the children\'s development outlines each by its own name, beside the pair (两纲); Project Hope and the Spring Bud Project', () => {
  const matcher = new TermMatcher([builtinGlossary()]);
  check(matcher, '落实[[中国妇女发展纲要]]，实施[[中国儿童发展纲要]]，推进[[两纲]]，参与[[希望工程]]和[[春蕾计划]]', ['中国妇女发展纲要', '中国儿童发展纲要', '两纲', '希望工程', '春蕾计划']);
});

test('fresh pages (round 48): drug shortages (短缺药品保供稳价, its consultation mechanism, the national list), the list of medical security benefits, the local names of outpatient chronic and special diseases, and 居民医保', () => {
  const matcher = new TermMatcher([builtinGlossary()]);
  check(matcher, '做好[[短缺药品保供稳价]]，完善[[短缺药品供应保障工作会商联动机制]]，发布[[国家短缺药品清单]]，落实[[国家医疗保障待遇清单]]，申请[[门诊特殊疾病]]和[[特慢病]]，参加[[居民医保]]或[[职工医保]]', [
    '短缺药品保供稳价',
    '短缺药品供应保障工作会商联动机制',
    '国家短缺药品清单',
    '医疗保障待遇清单制度',
    '门诊慢特病',
    '门诊慢特病',
    '城乡居民基本医疗保险',
    '职工基本医疗保险',
  ]);
});

test('fresh pages (round 49): breastfeeding days and weeks in their other forms (全国母乳喂养宣传日, 世界母乳喂养宣传周) and World Hepatitis Day', () => {
  const matcher = new TermMatcher([builtinGlossary()]);
  check(matcher, '[[全国母乳喂养宣传日]]，[[世界母乳喂养宣传周]]，[[世界肝炎日]]', ['全国母乳喂养宣传日', '世界母乳喂养周', '世界肝炎日']);
});

test('fresh pages (round 49): the core systems counted (18项核心制度); one of them alone (首诊负责制) is none, as the seeds\' gold has it', () => {
  const matcher = new TermMatcher([builtinGlossary()]);
  check(matcher, '落实首诊负责制，执行[[18项核心制度]]和[[十八项医疗质量安全核心制度]]', ['医疗质量安全核心制度', '医疗质量安全核心制度']);
});

test('fresh pages (round 50): malaria\'s “1-3-7” norm, the rural general assistant physician, the shortened endemic-disease campaign, healthy villages as built', () => {
  const matcher = new TermMatcher([builtinGlossary()]);
  check(matcher, '落实[[“1-3-7”工作规范]]，报考[[乡村全科执业助理医师]]，实施[[地方病防治攻坚行动]]，推进[[健康乡村建设]]，卫生 健康 乡村', ['“1-3-7”工作规范', '乡村全科执业助理医师', '地方病防治专项三年攻坚行动', '健康村镇']);
});

test('fresh pages (round 51): national physical fitness monitoring and its survey, students\' fitness monitoring, the end of the mark-up on consumables', () => {
  const matcher = new TermMatcher([builtinGlossary()]);
  check(matcher, '开展[[国民体质监测]]和[[全民健身活动状况调查]]，[[学生体质健康监测]]，公立医院[[取消耗材加成]]', ['国民体质监测', '全民健身活动状况调查', '学生体质健康监测', '取消医用耗材加成']);
});

test('fresh pages (round 52): the action to eliminate hepatitis C as a public health threat, by its names and short forms', () => {
  const matcher = new TermMatcher([builtinGlossary()]);
  check(matcher, '开展[[消除丙肝公共卫生危害攻坚]]工作，落实[[消除丙型肝炎公共卫生危害行动]]', ['消除丙型肝炎公共卫生危害行动', '消除丙型肝炎公共卫生危害行动']);
});

test('fresh pages (round 52, zoonoses): integrated echinococcosis control and its campaigns, compulsory immunisation of animals', () => {
  const matcher = new TermMatcher([builtinGlossary()]);
  check(matcher, '实施[[包虫病三年攻坚行动计划]]，推进[[包虫病综合防治]]工作，落实[[强制免疫]]', ['包虫病综合防治', '包虫病综合防治', '动物疫病强制免疫']);
});

test('fresh pages (round 52, drug rehabilitation): community drug rehabilitation, methadone maintenance, the model city for drug control, the international day; 中西医并重 and 平急结合 are principles the dev set\'s gold leaves out', () => {
  const matcher = new TermMatcher([builtinGlossary()]);
  check(matcher, '做好[[社区戒毒社区康复]]，开展[[美沙酮维持治疗]]，创建[[全国禁毒示范城市]]，[[国际禁毒日]]宣传，坚持中西医并重、平急结合', ['社区戒毒社区康复', '戒毒药物维持治疗', '全国禁毒示范城市', '国际禁毒日']);
});

test('fresh pages (round 53, environmental health): the three national monitoring projects of environmental health', () => {
  const matcher = new TermMatcher([builtinGlossary()]);
  check(matcher, '开展[[公共场所健康危害因素监测]]、[[农村环境卫生监测]]和[[空气污染对人群健康影响监测]]', ['公共场所健康危害因素监测', '农村环境卫生监测', '空气污染对人群健康影响监测']);
});


test('fresh pages (round 53, internet-plus nursing): blanks around the plus of an internet-plus term are read out (互联网 + 护理服务); a term that names a department with its staff after 科 is none (中西医结合科主任, 免疫规划科主任)', () => {
  const matcher = new TermMatcher([builtinGlossary()]);
  check(matcher, '开展“[[互联网 + 护理服务]]”试点，中西医结合科主任，免疫规划科主任，坚持[[中西医结合]]', ['互联网+护理服务', '中西医结合']);
});

test('fresh pages (round 53, seasonal TCM): the hot and cold periods of the solar calendar and what is done in them are periods, no formulas (“三伏贴”, “三九天”, “数九寒天”); “九九重阳健康礼包” and “六亮”行动 stay candidates', () => {
  checkCandidates('开展“三伏贴”敷贴，“三九贴”，“三伏天灸”，“三伏”，“三九天”，“数九寒天”，送上[[“九九重阳健康礼包”]]，落实[[“六亮”行动]]', ['“九九重阳健康礼包”', '“六亮”行动']);
});

test('fresh pages (round 54, migrant health): the dynamic monitoring survey of migrants, the Healthy City Tour for new citizens (not 健康城市 inside it), basic public health services with 计生', () => {
  const matcher = new TermMatcher([builtinGlossary()]);
  check(matcher, '开展[[流动人口卫生计生动态监测调查]]，启动[[新市民健康城市行]]活动，提供[[基本公共卫生计生服务]]', ['流动人口动态监测调查', '新市民健康城市行', '基本公共卫生服务']);
});

test('fresh pages (round 55): the short forms of the family-planning assistance schemes (奖扶, 特扶, 奖特扶), the disability prevention day, PPP as a whole word (not in PPPoE), 一院两区 as one hospital on several campuses, Xi Jinping Thought on the Rule of Law', () => {
  const matcher = new TermMatcher([builtinGlossary()]);
  check(matcher, '落实[[奖扶]]、[[特扶]]政策，发放[[奖特扶]]资金，迎接[[全国残疾预防日]]，PPPoE拨号，采用[[PPP模式]]，实现[[一院两区]]，学习[[习近平法治思想]]', [
    '计划生育家庭奖励扶助',
    '计划生育特别扶助',
    '计划生育奖励扶助和特别扶助制度',
    '全国残疾预防日',
    '政府和社会资本合作',
    '一院多区',
    '习近平法治思想',
  ]);
});

test('fresh pages (round 56): the three determinations of a department (三定方案), social assistance (低保, 特困供养, 临时救助) and the subsidy after vaccination (先打后补)', () => {
  const matcher = new TermMatcher([builtinGlossary()]);
  check(matcher, '印发[[三定方案]]，将[[低保]]对象、[[特困供养]]人员纳入[[临时救助]]，推行“[[先打后补]]”', ['三定方案', '最低生活保障', '特困人员救助供养', '临时救助', '先打后补']);
});

test('fresh pages (round 57, new technologies): restricted and prohibited medical technologies and their lists', () => {
  const matcher = new TermMatcher([builtinGlossary()]);
  check(matcher, '开展[[国家限制类技术目录]]内技术须备案，严禁使用[[禁止类技术]]，[[限制类技术]]实行备案管理', ['限制类技术', '禁止类技术', '限制类技术']);
});

test('fresh pages (round 57): local plans for women and children (两个规划), classified protection of cybersecurity (not 等保 in 住房等保障), physicians\' regional registration, electronic registration and periodic assessment', () => {
  const matcher = new TermMatcher([builtinGlossary()]);
  check(matcher, '实施[[两个规划]]，落实[[等级保护制度]]，做好住房等保障措施，推行[[医师区域注册]]、[[电子化注册]]，开展[[医师定期考核]]', [
    '妇女儿童发展规划',
    '网络安全等级保护',
    '医师区域注册',
    '电子化注册',
    '医师定期考核',
  ]);
});

test('fresh pages (round 58): health literacy\'s basic knowledge with a double dash, the literacy month, the national hospital campaigns (医疗质量万里行, 三好一满意), healthy communities, the field epidemiology training programme, 药品零差价', () => {
  const matcher = new TermMatcher([builtinGlossary()]);
  check(matcher, '学习[[《中国公民健康素养——基本知识与技能》]]，开展[[全民健康素养宣传月]]、[[医疗质量万里行]]和[[三好一满意活动]]，推进[[健康社区建设]]，参加[[中国现场流行病学培训项目]]，实行[[药品零差价]]', [
    '中国公民健康素养—基本知识与技能',
    '全民健康素养宣传月',
    '医疗质量万里行',
    '三好一满意',
    // (Healthy communities are healthy cells, as the 2016 guidance on healthy cities and villages lists them; round 92.)
    '健康细胞工程',
    '中国现场流行病学培训项目',
    '取消药品加成',
  ]);
});

test('fresh pages (round 59): the short forms of maternal health programmes (孕优检查, 增补叶酸, 重大公共卫生服务), 揭榜挂帅', () => {
  const matcher = new TermMatcher([builtinGlossary()]);
  check(matcher, '开展[[孕优检查]]，[[增补叶酸]]，落实[[重大公共卫生服务]]，实行“[[揭榜挂帅]]”', ['孕前优生健康检查', '增补叶酸预防神经管缺陷', '重大公共卫生服务项目', '揭榜挂帅']);
});

test('fresh pages (rounds 60 to 62): the TCM apprenticeship programme and the grassroots studios, 道德讲堂, 创先争优, 跨省直接结算 with 联网 inside, maternity insurance and its merger, the licensing of large medical equipment', () => {
  const matcher = new TermMatcher([builtinGlossary()]);
  check(matcher, '开展第七批[[全国老中医药专家学术经验继承工作]]，入选[[全国基层老中医药专家传承工作室]]，举办[[道德讲堂]]，深入开展[[创先争优活动]]，稳步提升[[异地就医联网直接结算]]率，住院费用[[跨省直接结算]]，[[生育保险]]参保，[[两险合并]]，取得[[大型医用设备配置许可证]]', [
    '全国老中医药专家学术经验继承工作',
    '基层名老中医药专家传承工作室',
    '道德讲堂',
    '创先争优',
    '异地就医直接结算',
    '异地就医直接结算',
    '生育保险',
    '生育保险和职工基本医疗保险合并实施',
    '大型医用设备配置许可',
  ]);
});

test('fresh pages (round 62): urban residents\' medical insurance is its own scheme (城镇居民基本医疗保险, not the merged 城乡居民基本医疗保险), 大病统筹, 全面放开二孩, the special family-planning families\' assistance', () => {
  const matcher = new TermMatcher([builtinGlossary()]);
  check(matcher, '[[城镇居民基本医疗保险]]，实行[[大病统筹]]，[[全面放开二孩]]，[[计划生育特殊家庭扶助制度]]', ['城镇居民基本医疗保险', '大病统筹', '全面两孩政策', '计划生育特殊家庭扶助制度']);
});

test('fresh pages (round 63): the drug ratio is no term inside the share of new or traditional drugs (创新药占比, 中药占比)', () => {
  const matcher = new TermMatcher([builtinGlossary()]);
  check(matcher, '创新药占比提高，中药占比上升，[[药占比]]下降', ['药占比']);
});

test('fresh pages (round 64): primary health care (初级卫生保健, 初保)', () => {
  const matcher = new TermMatcher([builtinGlossary()]);
  check(matcher, '实现[[初级卫生保健]]达标，[[初保]]工作', ['初级卫生保健', '初级卫生保健']);
});

test('fresh pages (round 65): World Hypertension Day is its own day (世界高血压日, not 全国高血压日), 无烟日 is World No Tobacco Day, the rural cooperative medical system, five guarantees, emergency assistance and the fund campaigns are terms', () => {
  const matcher = new TermMatcher([builtinGlossary()]);
  check(
    matcher,
    '第18个[[世界高血压日]]，在[[无烟日]]前后，参加[[农村合作医疗保险]]的人数17.7万人，参加[[新型农村合作医疗]]，纳入[[农村五保供养]]，落实[[疾病应急救助制度]]，打击[[欺诈骗取医疗保障基金]]，开展[[医疗保障基金专项治理]]',
    ['世界高血压日', '世界无烟日', '农村合作医疗', '新型农村合作医疗', '农村五保供养', '疾病应急救助', '欺诈骗保', '医保基金专项治理'],
  );
});

test('fresh pages (round 65): a budget\'s code before its subject (“01中央直达资金”, “210卫生健康支出”, “21004公共卫生”) and a day\'s theme naming an age (“18岁以上知晓血压”) are no candidate formulas; “9073养老服务格局” and “15分钟养老服务圈” are', () => {
  checkCandidates('资金来源为“01中央直达资金”，功能科目“21004公共卫生”，“210卫生健康支出”，主题是“18岁以上知晓血压”，构建[[“9073养老服务格局”]]，打造[[“15分钟养老服务圈”]]', ['“9073养老服务格局”', '“15分钟养老服务圈”']);
});

test('fresh pages (round 66): World Sight Day is its own day (世界爱眼日, not 全国爱眼日), and civil servants\' medical subsidy, cover for large expenses, vaccine injury compensation, 两孩政策 and 医疗服务共同体 are terms', () => {
  const matcher = new TermMatcher([builtinGlossary()]);
  check(
    matcher,
    '第25个[[世界爱眼日]]，[[全国爱眼日]]，实施[[公务员医疗补助]]，参加[[大额医疗费补充保险]]，落实[[预防接种异常反应补偿]]，[[两孩政策]]，组建[[医疗服务共同体]]',
    ['世界视觉日', '全国爱眼日', '公务员医疗补助', '大额医疗费用补助', '预防接种异常反应补偿', '全面两孩政策', '县域医共体'],
  );
});

test('fresh pages (round 67): a technology quoted before 技术项目 (“试管婴儿”技术项目) and a hospital by its quoted short name (“北医三院”) are no candidate formulas; a programme quoted before 工程 still is one', () => {
  checkCandidates('一致同意湘潭市妇幼保健院‘试管婴儿’技术项目正式运行，在“北医三院”就诊，推进[[“青苗”工程]]', ['“青苗”工程']);
});

test('fresh pages (round 68): procurement of medical consumables is named without 高值 (the text says 医用耗材集中带量采购; 高值… is an alias), and 节余留用 is 结余留用 written with 节', () => {
  check(
    new TermMatcher([builtinGlossary()]),
    '国家组织药品和[[医用耗材集中带量采购]]工作，首次国家组织[[高值医用耗材集中带量采购]]，5批次集中采购[[节余留用]]资金',
    ['医用耗材集中带量采购', '医用耗材集中带量采购', '结余留用'],
  );
});

test('fresh pages (round 68): a ranking\'s list quoted as an honour (“中国肿瘤营养基层500强”, “全国百强”) is no candidate formula', () => {
  checkCandidates('肿瘤放化疗科获“中国肿瘤营养基层500强”殊荣，入选“全国百强”，开展[[“1+N”]]帮扶', ['“1+N”']);
});

test('fresh pages (round 68): the studios\' programme written without 室 (名老中医药专家传承工作建设项目) is the studios\' term', () => {
  check(matcher, '首批全国[[名老中医药专家传承工作建设项目]]专家', ['名老中医药专家传承工作室']);
});

test('fresh pages (round 69): days and campaigns of legal publicity, the device safety week and the WHO cervical cancer strategy are terms; 健康县(区) is the healthy county (the health-promoting county until round 107); the chronic disease demonstration area is a designation, as dev\'s gold has it', () => {
  check(
    matcher,
    '开展[[国家宪法日]]暨“[[宪法宣传周]]”活动，[[民法典宣传月]]，[[以案释法]]，创建国家慢性病综合防控示范区，[[全国医疗器械安全宣传周]]，落实[[消除宫颈癌全球战略]]，“[[健康县(区)]]”建设',
    ['国家宪法日', '宪法宣传周', '民法典宣传月', '以案释法', '医疗器械安全宣传周', '加速消除宫颈癌全球战略', '健康县区'],
  );
});

test('fresh pages (round 69): three short numbers joined by dashes are a rule\'s formula (“20-20-20”法则), no date or phone; the myopia publicity month is a term', () => {
  checkCandidates('遵循[[“20-20-20”]]法则，拨打“0551-1234567”，“2023-01-01”', ['“20-20-20”']);
  check(matcher, '开展[[全国近视防控宣传教育月]]活动', ['近视防控宣传教育月']);
});

test('fresh pages (round 70): the national AIDS plan with its quoted period (中国遏制与防治艾滋病“十三五”行动计划) is the plan', () => {
  check(matcher, '实施《[[中国遏制与防治艾滋病“十三五”行动计划]]》', ['中国遏制与防治艾滋病行动计划']);
});

test('fresh pages (round 70): 医改 inside a reform office\'s short name (医改办, 国医改办发) is no term; 深化医改 is', () => {
  check(matcher, '国医改办发〔2018〕1号，京医改办，深化[[医改]]', ['医药卫生体制改革']);
});

test('fresh pages (round 71): long-term prescriptions, the exam of TCM practitioners with proven expertise, the elderly mental care action, lawful-practice self-inspection and malpractice scoring are terms; 门诊慢病 and 特殊病种门诊 are the chronic outpatient diseases; 延长处方 holds no 长处方', () => {
  check(
    matcher,
    '推行[[长处方]]制度，适当延长处方用量；开展[[中医医术确有专长人员医师资格考核]]，[[确有专长人员]]可注册；实施[[老年心理关爱行动]]；开展[[医疗机构依法执业自查]]，实行[[不良执业行为记分]]；[[门诊慢病]]和[[特殊病种门诊]]',
    ['长期处方', '中医医术确有专长人员医师资格考核', '中医医术确有专长人员医师资格考核', '老年心理关爱行动', '依法执业自查', '不良执业行为记分', '门诊慢特病', '门诊慢特病'],
  );
});

test('fresh pages (round 74): negotiated drugs (国谈药品, 谈判药品) are the negotiation\'s term; 双通道 unquoted, prescriptions filled outside (处方外配), 门诊慢(特)病 and 异地联网结算 are terms of their entries', () => {
  check(
    matcher,
    '[[国谈药品]]实行“[[双通道]]”管理，[[双通道]]药店，[[处方外配]]，[[门诊慢(特)病]]，[[异地联网结算]]，[[带量采购]]',
    ['医保药品谈判', '双通道管理', '双通道管理', '处方流转', '门诊慢特病', '异地就医直接结算', '药品集中带量采购'],
  );
});

test('fresh pages (round 74): the national health city campaign is a term (创卫, 创建国家卫生城市, 国家卫生县城创建); the honour (国家卫生城市) and its review (国家卫生城市复审, as the seeds\' annotations have it) are none', () => {
  check(
    matcher,
    '全力推进[[创卫]]工作，[[创建国家卫生城市]]，迎接国家卫生城市复审，[[国家卫生县城创建]]，荣获国家卫生城市称号',
    ['创建国家卫生城市', '创建国家卫生城市', '创建国家卫生城市'],
  );
});

test('fresh pages (round 75): the pain management pilot and the campaign against illegal use of insurance funds are terms', () => {
  check(matcher, '开展[[疼痛综合管理试点]]，推进[[医保基金违法违规问题专项整治]]', ['疼痛综合管理试点', '医保基金违法违规问题专项整治']);
});

test('fresh pages (round 76): 平疫结合 is a term; the residency of general practitioners (全科医师规范化培训) is the residency\'s', () => {
  check(matcher, '按照“[[平疫结合]]”要求改造病区，开展[[全科医师规范化培训]]', ['平疫结合', '住院医师规范化培训']);
});

test('fresh pages (round 76): the pediatric and mental health service years are a term; 先诊疗、后付费 with its comma, 零差率 alone, 家庭签约 and 普惠托幼 are their entries\' variants', () => {
  check(
    matcher,
    '开展“[[儿科和精神卫生服务年]]”行动，推行“[[先诊疗、后付费]]”“[[先看病,后付费]]”，实施药品“[[零差率]]”，开展[[家庭签约]]，发展[[普惠托幼]]',
    ['儿科和精神卫生服务年', '先诊疗后付费', '先诊疗后付费', '取消药品加成', '家庭医生签约服务', '普惠托育'],
  );
});

test('fresh pages (round 77): the medical insurance e-voucher (医保电子凭证, 电子医保凭证, 医保码) and residents\' electronic health records are terms', () => {
  check(matcher, '激活[[医保电子凭证]]，出示[[电子医保凭证]]或[[医保码]]，查询[[居民电子健康档案]]', ['医保电子凭证', '医保电子凭证', '医保电子凭证', '居民电子健康档案']);
});

test('fresh pages (round 77): the large-scale equipment renewal is a term', () => {
  check(matcher, '落实[[推动大规模设备更新]]工作要求，开展[[大规模设备更新]]', ['大规模设备更新', '大规模设备更新']);
});

test('fresh pages (round 73): 健康中国人 (a slogan\'s healthy Chinese people, a site\'s name) holds no 健康中国; 健康中国人人参与 and 健康中国建设 do', () => {
  check(matcher, '和谐我生活，健康中国人。[[健康中国人人]]参与，推进[[健康中国建设]]。健康中国人讯', ['健康中国', '健康中国']);
});

test('fresh pages (round 78): payment methods written short (人头付费, 病种分值结算, 床日付费) and 家庭医生服务 are their terms; 医疗救助设备 is rescue equipment, no medical assistance', () => {
  check(matcher, '实行[[人头付费]]，推行[[病种分值结算]]，开展[[床日付费]]，[[家庭医生服务]]覆盖全县。采购医疗救助设备，完善[[医疗救助]]制度。', ['按人头付费', '按病种分值付费', '按床日付费', '家庭医生签约服务', '医疗救助']);
});

test('fresh pages (round 78): the 三名工程 (名医、名科、名院) is a term, quoted or not, and its 三名 is no count', () => {
  check(matcher, '组建73个[[三名工程]]团队，实施[[“三名”工程]]。', ['三名工程', '三名工程']);
});

test('fresh pages (round 79): the smoke-free units\' variants (无烟政府机关, 无烟医疗机构, 无烟医疗卫生系统) are the term', () => {
  check(matcher, '创建[[无烟政府机关]]，建设[[无烟医疗机构]]和[[无烟医疗卫生系统]]。', ['无烟单位', '无烟单位', '无烟单位']);
});

test('fresh pages (round 80): 职业健康达人 is a term, quoted or not; 职业健康帮扶 is occupational-health help, no poverty relief\'s 健康帮扶', () => {
  check(matcher, '开展争做[[“职业健康达人”]]活动，评选[[职业健康达人]]10名。开展职业健康帮扶行动。', ['职业健康达人', '职业健康达人']);
});

test('fresh pages (round 82): a department doing its work (免疫规划科负责), a treatment room (中西医结合治疗室) and 非免疫规划疫苗 hold no term; 免疫规划科学管理 does', () => {
  check(matcher, '疾控中心免疫规划科负责，接种非免疫规划疫苗，在中西医结合治疗室，实施[[国家免疫规划]]，[[免疫规划]]科学管理。', ['国家免疫规划', '国家免疫规划']);
});

test('fresh pages (round 82): regional public health centres are a term; 平安中国 stays broad national vocabulary and 以奖代补 a funding practice (the seeds\' gold leaves it), 平安医院 its own term', () => {
  check(matcher, '建设[[国家区域公共卫生中心]]和[[区域公卫中心]]，实行以奖代补，推进平安中国建设，创建[[平安医院]]。', ['区域公共卫生中心', '区域公共卫生中心', '平安医院']);
});

test('fresh pages (round 83): 爱国卫生宣传月 is the patriotic health month, not the campaign cut short', () => {
  check(matcher, '开展第36个[[爱国卫生宣传月]]活动，深入开展[[爱国卫生运动]]。', ['爱国卫生月', '爱国卫生运动']);
});

test('fresh pages (round 84): 普惠托位 is affordable childcare, and 育儿假 and 社会抚养费 are population policy\'s terms', () => {
  check(matcher, '新增[[普惠托位]]1000个，落实[[父母育儿假]]，取消[[社会抚养费]]。', ['普惠托育', '育儿假', '社会抚养费']);
});

test('fresh pages (round 85): health-supportive environments, the national action plans on antimicrobial resistance, the Ningyang hospice programme', () => {
  check(matcher, '加大[[健康支持性环境]]建设力度，落实[[遏制细菌耐药国家行动计划]]和[[遏制微生物耐药国家行动计划]]，参与[[全国宁养医疗服务计划]]', [
    'health-supportive-environments', 'antimicrobial-resistance-action-plan', 'microbial-resistance-action-plan', 'ningyang-hospice-programme',
  ].map((id) => builtin.entries.find((e) => e.id === id)!.term));
  // A demonstration area's title is an honour (the dev set's gold): no term.
  check(matcher, '顺利通过“国家慢性病综合防控示范区”复审', []);
});

test('fresh pages (round 85): the 互联网+ family with the quotation closed after its plus (“互联网+”医保支付, “互联网+”医疗健康)', () => {
  check(matcher, '推进[[“互联网+”医保]]支付，发展[[“互联网+”医疗健康]]和“[[互联网+护理服务]]”', ['互联网+医保', '互联网+医疗健康', '互联网+护理服务']);
});

test('fresh pages (round 86): 长期照护保险 is long-term care insurance, as 长护险 is', () => {
  check(matcher, '探索建立[[长期照护保险]]制度，扩大[[长护险]]试点', ['长期护理保险', '长期护理保险']);
});

test('fresh pages (round 86): the share of essential or procured drugs is no 药占比 (基药占比, 集采药占比)', () => {
  check(matcher, '基药占比提高，集采药占比达60%，[[药占比]]下降', ['药占比']);
});

test('fresh pages (round 87): good supply and manufacturing practice (GSP, 药品经营质量管理规范, GSP认证; GMP)', () => {
  check(matcher, '违反[[药品经营质量管理规范]]，收回[[GSP认证]]证书，通过[[GMP]]检查', ['GSP', 'GSP', 'GMP']);
});

test('fresh pages (round 88): the National Day for Helping the Disabled (全国助残日, 助残日)', () => {
  check(matcher, '在第三十五次[[全国助残日]]到来之际，[[助残日]]当天开展活动', ['全国助残日', '全国助残日']);
});

test('fresh pages (round 90): a figure quoted alone is no formula (“6小时”, “10分钟”, “4.36元”); “15分钟养老服务圈” and “312”工作法 are', () => {
  checkCandidates('实现“6小时”和“10分钟”目标，以“4.36元”成交，打造[[“15分钟养老服务圈”]]，推广[[“312”工作法]]', ['“15分钟养老服务圈”', '“312”工作法']);
});

test('a quoted figure is whatever the figures detector reads whole: a date (“6月26日”) and a span of months (“3个月”) are no formulas either', () => {
  checkCandidates('定于“6月26日”举办，为期“3个月”，推行[[“3+2”模式]]', ['“3+2”模式']);
});

test('fresh pages (round 90): the anti-corruption campaign\'s words: the key minority, kickback sales, outsourced hospital pharmacies (关键少数, 带金销售, 药房托管)', () => {
  check(matcher, '抓住“[[关键少数]]”，整治“[[带金销售]]”，严禁[[药房托管]]', ['关键少数', '带金销售', '药房托管']);
});

test('fresh pages (round 90): 开创卫生健康事业 is no 创卫; the campaign\'s short form stays', () => {
  check(matcher, '努力开创卫生健康事业新局面，全力推进[[创卫]]工作', ['创建国家卫生城市']);
});

test('fresh pages (round 91): 定向医学生 and 老年人心理关爱项目, the programmes\' names as news writes them', () => {
  check(matcher, '所谓[[定向医学生]]，开展[[老年人心理关爱项目]]', ['农村订单定向医学生免费培养', '老年心理关爱行动']);
});

test('fresh pages (round 91): the 4+7 cities\' procurement pilot (4+7, 4+7试点; not inside 14+7), 待遇清单制度, 世界听力日', () => {
  check(matcher, '自[[4+7试点]]以来，[[4+7]]城市，14+7天，落实[[待遇清单制度]]，[[世界听力日]]', ['“4+7”城市药品集中采购试点', '“4+7”城市药品集中采购试点', '医疗保障待遇清单制度', '世界听力日']);
});

test('fresh pages (round 92): healthy communities and families are healthy cells (健康社区, 健康家庭; 健康社区建设 was 健康村镇), 健康县城 a healthy city; the seeds\' 健康村(社区)41个 counts honours and stays none', () => {
  check(matcher, '推进[[健康县城]]、[[健康社区]]和[[健康家庭建设]]，健康村(社区)41个', ['健康城市', '健康细胞工程', '健康细胞工程']);
});

test('fresh pages (round 92): 安全生产月, 儿童早期发展 (农村儿童早期发展试点), 健康儿童计划, 东西协作', () => {
  check(matcher, '开展“[[安全生产月]]”活动，开展[[农村儿童早期发展试点]]，实施[[健康儿童计划]]，深化[[东西协作]]', ['安全生产月', '儿童早期发展', '健康儿童行动计划', '东西部协作']);
});

test('fresh pages (round 93): 心理健康教育 is schools\' mental-health education, no 健康教育 cut from it', () => {
  check(matcher, '开展心理健康教育，加强[[健康教育]]', ['健康教育']);
});

test('fresh pages (round 95): governing the sex ratio at birth, the Care for Girls campaign, medical insurance\'s mobile payment, the Healthy Bay Area; 处方外流 and 处方共享平台 are prescription circulation', () => {
  check(matcher, '开展[[综合治理出生人口性别比]]工作和[[关爱女孩行动]]，开通[[医保移动支付]]，建设[[处方共享平台]]，推进[[健康湾区建设]]', [
    '出生人口性别比综合治理',
    '关爱女孩行动',
    '医保移动支付',
    '处方流转',
    '健康湾区',
  ]);
});

test('fresh pages (round 96): the dental-implant price campaign and 技耗分离; 正规培训 is no 规培', () => {
  check(matcher, '开展[[口腔种植医疗服务收费和耗材价格专项治理]]，坚持[[技耗分离]]，经过正规培训，参加[[规培]]', ['口腔种植医疗服务收费和耗材价格专项治理', '技耗分离', '住院医师规范化培训']);
});

test('fresh pages (round 96): a price in a quotation is a slogan, no formula (“3元拔牙”, “千元级别”, “三千元时代”); “312”工作法 stays', () => {
  checkCandidates('“3元拔牙”“5万元正畸”“千元级别”“三千元时代”，推广[[“312”工作法]]', ['“312”工作法']);
});

test('fresh pages (round 97): the annual salary of a public hospital\'s head, as the 2021 reform names it (主要负责人年薪制)', () => {
  check(matcher, '实行[[公立医院主要负责人年薪制]]，推行[[院长年薪制]]', ['院长年薪制', '院长年薪制']);
});

test('fresh pages (rounds 98 to 100): the blood-fee waiver with no trip, targeted poverty alleviation and the campaign against poverty are terms, with the forms reports write (血费减免“一次都不跑”, 打赢脱贫攻坚战, 医养融合, 每千人口拥有婴幼儿托位数)', () => {
  check(matcher, '落实[[血费减免“一次都不跑”]]工作，坚持[[精准扶贫]]，[[打赢脱贫攻坚战]]，推进[[医养融合]]，[[每千人口拥有婴幼儿托位数]]', ['血费减免一次都不跑', '精准扶贫', '脱贫攻坚', '医养结合', '千人口托位数']);
});

test('fresh pages (round 101): the national campaigns against disorder in medical services and the inspection tour of private hospitals are terms (全国医疗乱象专项整治行动, 民营医院专项巡查行动)', () => {
  check(matcher, '开展[[全国医疗乱象专项整治行动]]和[[民营医院专项巡查行动]]', ['医疗乱象专项整治', '民营医院专项巡查']);
});

test('fresh pages (round 99): the Two Centenary Goals are a term, in their short forms too (两个一百年, 两个百年目标), and no count of 两个', () => {
  check(matcher, '实现[[两个百年目标]]，为实现[[两个一百年奋斗目标]]而奋斗', ['两个一百年', '两个一百年']);
});

test('fresh pages (round 103): the national breastfeeding plan is a term (母乳喂养促进行动计划), no candidate cut at 行动; 家庭病房 is 家庭病床', () => {
  check(matcher, '印发《[[母乳喂养促进行动计划]]（2021—2025年）》，落实[[母乳喂养促进行动计划]]，[[家庭病房]]是以家庭作为护理场所', ['母乳喂养促进行动计划', '母乳喂养促进行动计划', '家庭病床']);
});

test('fresh pages (round 104): Internet Plus, quoted or as its action or strategy, is a term (广东“互联网+”孕妇学校, “互联网+”行动); the longer glossary forms keep theirs (互联网+医疗健康)', () => {
  check(matcher, '广东[[“互联网+”]]孕妇学校启用，落实[[“互联网+”行动]]，推进[[互联网+医疗健康]]', ['“互联网+”', '“互联网+”', '互联网+医疗健康']);
});

test('fresh pages (round 104): 组团式 assistance by doctors sent (“组团式”支医) is 组团式帮扶, as its other forms are', () => {
  check(matcher, '开展[[“组团式”支医]]，推进[[组团式帮扶]]', ['组团式帮扶', '组团式帮扶']);
});

test('fresh pages (round 105): child-friendly hospitals and cities, the national energy-saving week and low-carbon day are terms (儿童友好医院建设, 儿童友好城市, 节能宣传周, 全国低碳日)', () => {
  check(matcher, '推进[[儿童友好医院建设]]，创建[[儿童友好城市]]，开展[[节能宣传周]]和[[全国低碳日]]活动', ['儿童友好医院', '儿童友好城市', '全国节能宣传周', '全国低碳日']);
});

test('fresh pages (round 105): a short form whose last character starts an everyday word with the next is none there (征集|采用 is no 集采); the campaign written 创卫生城市 is the campaign whole', () => {
  check(matcher, '病种的征集采用医疗机构申报，推进[[集采]]，[[创卫生城市]]手抄报，共[[创卫生城区]]，[[创卫]]工作', ['药品集中带量采购', '创建国家卫生城市', '创建国家卫生城市', '创建国家卫生城市']);
});

test('fresh pages (round 105): a term before 楼 names a building (医养结合楼), no term there; the term alone stays', () => {
  check(matcher, '新建医养结合楼投入使用，推进[[医养结合]]', ['医养结合']);
});

test('fresh pages (round 104): 国家区域医学中心, as pages also write it, is the national regional medical centre', () => {
  check(matcher, '共建[[国家区域医学中心]]，[[国家区域医疗中心]]', ['国家区域医疗中心', '国家区域医疗中心']);
});

test('fresh pages (round 106): the newborn\'s one-go services are a term, quoted or not (新生儿出生“一件事”, 出生一件事); the reform itself keeps its entry (高效办成一件事)', () => {
  check(matcher, '推进[[新生儿出生“一件事”]]联办，[[出生一件事]]办理，落实[[高效办成一件事]]', ['新生儿出生一件事', '新生儿出生一件事', '一件事一次办']);
});

test('fresh pages (round 106): the national thalassemia prevention project is a term in its forms (地中海贫血防控试点项目, 地贫防控项目)', () => {
  check(matcher, '实施[[地中海贫血防控试点项目]]，[[地贫防控项目]]覆盖全省', ['地中海贫血防控项目', '地中海贫血防控项目']);
});

test('candidates (round 107): a quoted name in a source field is its publisher, no term (来源:“四方台发布”); a quoted formula elsewhere stays one', () => {
  checkCandidates('来源:“四方台发布” 来源： “健康某地发布”，推进[[“1+N”模式]]', ['“1+N”模式']);
});

test('fresh pages (round 107): the healthy-county programme (健康县区, 2021) is its own term, not the health-promoting county pilot (健康促进县, 2014)', () => {
  check(matcher, '推进全国[[健康县区建设]]工作，开展“[[健康县(区)]]”建设，创建[[健康促进县]]', ['健康县区', '健康县区', '健康促进县区']);
});

test('candidates (round 107): names a selection gives are honours (“幸福家庭”、“文明家庭”等评选活动, “生命英雄”推选活动), and a research project\'s quoted title is no programme (“…研究与应用”, “…示范研究”项目)', () => {
  checkCandidates('开展“幸福家庭”、“文明家庭”等评选活动，“生命英雄”推选活动，“农村卫生适宜技术推广示范研究”项目，“新技术研究与应用”，开展[[“千里健走”]]健走活动', ['“千里健走”']);
});

test('candidates (round 108): an event\'s quoted theme is a motto, no term (以“职业健康保护•我行动”为主题, 主题为“…”); a glossary term inside stays', () => {
  checkCandidates('以“职业健康保护•我行动”为主题，活动主题为“2017年天使飞翔”，推进[[“1+N”模式]]', ['“1+N”模式']);
});

test('fresh pages (round 109): the national safe medication month is a term, quoted or not (全国安全用药月, 安全用药月); a quoted campaign may stand a blank before its 活动 (“药学服务进社区” 活动)', () => {
  check(matcher, '每年10月份为“[[全国安全用药月]]”，赠阅“[[安全用药月]]”科普读本', ['全国安全用药月', '全国安全用药月']);
  checkCandidates('深入开展[[“药学服务进社区”]] 活动，摒弃“一言堂” 模式', ['“药学服务进社区”']);
});

test('fresh pages (round 110): the project to reduce maternal mortality and eliminate neonatal tetanus (降消项目, 2000) is a term in its forms, quoted or not', () => {
  check(matcher, '实施[[“降低孕产妇死亡率和消除新生儿破伤风”项目]]，[[降消项目]]覆盖中西部', ['降消项目', '降消项目']);
});

test('candidates (round 111): a quoted number formula before a plan of work (思路) after a modifier is one (“1116”总体工作思路)', () => {
  checkCandidates('提出[[“1116”]]总体工作思路', ['“1116”']);
});

test('fresh pages (round 112): the medical insurance and assistance system for major illnesses (2021) is a term; its assistance alone stays 大病救助', () => {
  check(matcher, '健全[[重特大疾病医疗保险和救助制度]]，落实[[重特大疾病医疗救助]]', ['重特大疾病医疗保险和救助制度', '大病救助']);
});

test('fresh pages (rounds 113 to 115): agreement management of designated providers (2015), 除四害 (1958), 回头看, the rural and the unified residents\' pensions (2009, 2014), Lecheng\'s licensed drugs and devices (2013), direct fiscal funds (2020) and the blue-sky battle (2018) are terms; 回头看看 is only looking back', () => {
  check(
    matcher,
    '实行[[协议管理]]，开展[[除四害活动]]，整改“[[回头看]]”，回头看看，[[新农保]]和[[城乡居民社会养老保险]]，使用[[特许药械]]，下达[[直达资金]]，[[打赢蓝天保卫战]]',
    ['协议管理', '除四害', '回头看', '新型农村社会养老保险', '城乡居民基本养老保险', '特许药械', '直达资金', '蓝天保卫战'],
  );
});

test('fresh pages (rounds 113 to 115): full forms and variants of known terms (农村妇女宫颈癌和乳腺癌检查, 美沙酮替代维持治疗, 乡村卫生一体化管理)', () => {
  check(matcher, '[[农村妇女宫颈癌和乳腺癌检查]]，[[美沙酮替代维持治疗]]，[[乡村卫生一体化管理]]', ['两癌筛查', '戒毒药物维持治疗', '乡村一体化管理']);
});

test('fresh pages (round 116): the 15-minute medical service and fitness circles are terms, and no minutes are counted inside a circle; a national base for emergency rescue is a kind of institution, no term', () => {
  check(matcher, '建设[[15分钟健康服务圈]]和城市社区[[15分钟健身圈]]，建设国家紧急医学救援基地', ['15分钟医疗服务圈', '15分钟健身圈']);
  assert.deepEqual(new Analyzer(matcher).analyze('打造15分钟健身圈，步行15分钟').figures.map((f) => f.text), ['15分钟']);
});

test('fresh pages (round 117): the national demonstration zones of TCM health tourism and single-disease quality management (2009) are terms', () => {
  check(matcher, '创建[[国家中医药健康旅游示范基地]]，加强[[单病种质量管理]]和[[单病种质控]]', ['国家中医药健康旅游示范区', '单病种质量管理', '单病种质量管理']);
});

test('fresh pages (round 118): the action for autistic children (2024) is a term, after a province\'s name too, and its declared short form (关爱促进行动) is it', () => {
  check(matcher, '湖南省[[孤独症儿童关爱促进行动]]实施方案(以下简称[[关爱促进行动]])', ['孤独症儿童关爱促进行动', '孤独症儿童关爱促进行动']);
});

test('candidates (round 118): a campaign\'s name declared after 简称 or 称为 starts after it (以下简称健康促进行动 was 下简称健康促进行动)', () => {
  checkCandidates('实施方案(以下简称[[健康促进行动]])', ['健康促进行动']);
});

test('fresh pages (round 119): 医警联动, the police and hospitals\' mechanism written hospital first, is 警医联动', () => {
  check(matcher, '建立[[医警联动机制]]，完善[[警医联动]]，[[医警联动]]', ['警医联动', '警医联动', '警医联动']);
});

test('fresh pages (round 119): 规培 inside 法规培训 (training in laws and regulations) is no residency training', () => {
  check(matcher, '开展法律法规培训，组织[[规培]]学员', ['住院医师规范化培训']);
});

test('fresh pages (round 120): 全面两孩 alone, as in 全面两孩和三孩政策, is the universal two-child policy', () => {
  check(matcher, '实施[[全面两孩]]和[[三孩政策]]', ['全面两孩政策', '三孩生育政策']);
});

test('fresh pages (round 122): 城乡居保 is the residents\' pension for short', () => {
  check(matcher, '做好[[城乡居保]]征缴工作', ['城乡居民基本养老保险']);
});

test('fresh pages (round 123): 重大疫情防控救治基地 and 重大疫情防治基地 are the major epidemic treatment bases', () => {
  check(matcher, '建设[[重大疫情防控救治基地]]和[[重大疫情防治基地]]', ['重大疫情救治基地', '重大疫情救治基地']);
});

test('fresh pages (round 124): looking back in time (现在回头看, 如今回头看) is no supervision campaign', () => {
  check(matcher, '现在回头看，创办这个项目很不容易；开展整改“[[回头看]]”', ['回头看']);
});

test('fresh pages (round 124): public health physicians\' standardized training is its own term, and 公卫医师规培 is it (规培 alone was residency training)', () => {
  check(matcher, '开展[[公共卫生医师规范化培训]]，[[公卫医师规培]]学员', ['公共卫生医师规范化培训', '公共卫生医师规范化培训']);
});

test('fresh pages (round 125): the insurance e-voucher\'s family account (亲情账户, 医保亲情账户, 亲情账号) and 个人账户共济 as family sharing of the personal account', () => {
  check(matcher, '开通[[医保亲情账户]]，“[[亲情账户]]”最多绑定5人，[[亲情账号]]，还可以开通[[个人账户共济]]', ['亲情账户', '亲情账户', '亲情账户', '家庭共济']);
});

test('fresh pages (round 126): 护网行动 (the attack-and-defence exercise) and 等保测评 as classified protection', () => {
  check(matcher, '参加[[护网行动]]，通过[[等保测评]]', ['护网行动', '网络安全等级保护']);
});

test('fresh pages (round 127-128): the insurance fund\'s social supervisors, 明厨亮灶 and 健康快车 are terms; 民生幸福工程 holds no 幸福工程', () => {
  check(matcher, '聘请[[医保基金社会监督员]]，[[社会监督员]]，推进“[[明厨亮灶]]”，[[健康快车]]停靠，民生幸福工程，建设幸福家园', ['医疗保障基金社会监督员', '医疗保障基金社会监督员', '明厨亮灶', '健康快车']);
});

test('fresh pages (round 130): meal assistance for older people (长者食堂, 幸福食堂), age-friendly renovation and 家庭养老照护床位; 能耗占比 holds no 耗占比; 计生特殊家庭 is a class of families, no term (as the seeds\' gold has it)', () => {
  check(matcher, '走访计生特殊家庭，在“[[幸福食堂]]”就餐，[[长者食堂]]，开展[[居家适老化改造]]，[[家庭养老照护床位]]，能耗占比最高', ['老年助餐', '老年助餐', '适老化改造', '家庭养老床位']);
});

test('fresh pages (round 130): the road accident rescue fund (路救基金, 道交基金) and 交强险 are terms', () => {
  check(matcher, '《[[道路交通事故社会救助基金]]管理办法》，[[路救基金]]垫付，[[道交基金]]，在[[交强险]]限额内，[[机动车交通事故责任强制保险]]', ['道路交通事故社会救助基金', '道路交通事故社会救助基金', '道路交通事故社会救助基金', '交强险', '交强险']);
});

test('fresh pages (round 132): the Red Cross\'s 三救三献 is a term, quoted or not', () => {
  check(matcher, '推进[[三救三献]]工作，“[[三救三献]]”', ['三救三献', '三救三献']);
});

test('fresh pages (rounds 133-134): forms of the stroke screening programme (脑卒中防治工程, …筛查与干预项目), the child nutrition project (营养包), the domestic infant formula action, 防止因病致贫返贫 and 大病集中救治', () => {
  check(matcher, '开展[[脑卒中防治工程]]，[[脑卒中高危人群筛查与干预项目]]，[[贫困地区儿童营养改善试点项目]]，[[国产婴幼儿配方乳粉提升行动]]，[[防止因病致贫返贫]]，[[大病集中救治]]', [
    '脑卒中高危人群筛查和干预项目', '脑卒中高危人群筛查和干预项目', '贫困地区儿童营养改善项目', '国产婴幼儿配方乳粉提升行动', '防止因病返贫动态监测', '大病专项救治',
  ]);
});

test('fresh pages (round 135): 镇村一体化管理 is the integrated management of township and village clinics', () => {
  check(matcher, '推进[[镇村一体化管理]]', ['乡村一体化管理']);
});

test('fresh pages (rounds 137-138): the work-safety actions (治本攻坚, 专项整治), AI Plus (“人工智能+”) and 世界肾脏病日 as World Kidney Day', () => {
  check(matcher, '开展[[安全生产治本攻坚三年行动]]，[[安全生产专项整治三年行动]]，[[世界肾脏病日]]，推进[[“人工智能+”]]医疗', ['安全生产治本攻坚三年行动', '安全生产专项整治三年行动', '世界肾脏日', '人工智能+']);
});

test('fresh pages (round 141): organ and body donation, rare diseases, schistosomiasis and malaria, zoonoses, hospital security, public-venue hygiene and ethnic medicine have their terms; air rescue by its other names', () => {
  check(
    matcher,
    '推进[[人体器官捐献]]，[[器官捐献志愿登记]]，[[遗体捐献]]，[[人体器官获取组织]]（[[OPO]]），[[国际罕见病日]]，[[罕见病目录]]，[[孤儿药]]，[[以机代牛]]，[[消除疟疾]]，[[人病兽防、关口前移]]，严打[[涉医违法犯罪]]，[[人防、物防、技防]]，[[四小行业]]，[[民族医药]]，[[空中医疗救援]]',
    ['人体器官捐献', '器官捐献志愿登记', '遗体捐献', '人体器官获取组织', '人体器官获取组织', '国际罕见病日', '罕见病目录', '孤儿药', '以机代牛', '消除疟疾', '人病兽防', '涉医违法犯罪', '人防物防技防', '四小行业', '民族医药', '航空医疗救援'],
  );
});

test('a term named by numbers joined with hyphens is found with the em or en dashes written between them (“1—3—7”工作规范, 1–3–7模式)', () => {
  check(matcher, '落实[[“1—3—7”工作规范]]和[[1–3–7模式]]，[[1-3-7模式]]', ['“1-3-7”工作规范', '“1-3-7”工作规范', '“1-3-7”工作规范']);
});

test('fresh pages (round 142): screening programmes (产前筛查, 新生儿听力筛查, 脊柱侧弯筛查), the 12356 hotline, drug rehabilitation (强制隔离戒毒), research funding (国家自然科学基金, 国自然, 面上项目), title reform (评聘分离) and the older name of the TCM reform zones (…试验区)', () => {
  check(
    matcher,
    '开展[[产前筛查]]和[[新生儿听力筛查]]，[[脊柱侧弯筛查]]，拨打[[“12356”]]，[[强制隔离戒毒]]，获[[国家自然科学基金]]（[[国自然]]）[[面上项目]]，实行[[评聘分离]]，[[国家中医药综合改革试验区]]',
    ['产前筛查', '新生儿听力筛查', '脊柱弯曲异常筛查', '12356心理援助热线', '强制隔离戒毒', '国家自然科学基金', '国家自然科学基金', '面上项目', '评聘分离', '国家中医药综合改革示范区'],
  );
});

test('fresh pages (round 143): the classes of notifiable diseases, prices (政府指导价, 特需医疗服务, 价格听证), procurement (约定采购量, 挂网采购, 国采), licensing (医疗机构执业许可证, 互联网诊疗), home care (居家医疗, 长期照护), the health work guideline and 编制周转池; 黑臭水体动态清零 is no zero-COVID', () => {
  check(
    matcher,
    '[[法定传染病]]中[[甲乙类传染病]]和[[丙类传染病]]，实行[[政府指导价]]，[[特需医疗服务]]，召开[[价格听证会]]，完成[[约定采购量]]，[[挂网采购]]，[[国采]]，[[医疗机构执业许可证]]，[[互联网诊疗]]，[[居家医疗]]，[[长期照护]]，贯彻[[新时代党的卫生健康工作方针]]，[[编制周转池]]，黑臭水体动态清零',
    ['法定传染病', '乙类传染病', '丙类传染病', '政府指导价', '特需医疗服务', '价格听证', '约定采购量', '挂网采购', '药品集中带量采购', '医疗机构执业许可证', '互联网诊疗', '居家医疗', '长期照护', '新时代党的卫生健康工作方针', '编制周转池'],
  );
});

test('fresh pages (round 144): food safety — 食源性疾病监测 and its kinds, the national and local standards, the filing of enterprise standards, 世界食品安全日', () => {
  check(matcher, '开展[[食源性疾病主动监测]]，宣传[[食品安全国家标准]]和[[食品安全地方标准]]，办理[[企业标准备案]]，[[世界食品安全日]]', [
    '食源性疾病监测', '食品安全国家标准', '食品安全地方标准', '企业标准备案', '世界食品安全日',
  ]);
});

test('fresh pages (round 144): elderly capability and disability assessment, basic elderly care services and their subsidy, 双一流, nurses per 1,000 people and the nurses\' regulation, 周末卫生日 and 门前三包; 除“四害” with its quotes, 爱国卫生活动月 as the patriotic health month', () => {
  check(matcher, '开展[[老年人能力评估]]和[[失能等级评估]]，完善[[基本养老服务]]，发放[[养老服务消费补贴]]，[[双一流]]高校，[[每千人口注册护士数]]，贯彻[[《护士条例》]]，坚持[[周末卫生日]]，落实[[门前三包]]，[[除“四害”]]，[[爱国卫生活动月]]', [
    '老年人能力评估', '失能等级评估', '基本养老服务', '养老服务消费补贴', '双一流', '每千人口注册护士数', '护士条例', '周末卫生日', '门前三包', '除四害', '爱国卫生月',
  ]);
});

test('fresh pages (round 144): 护士多点执业 is the nurses\', not the physicians\' multi-site practice, and gets no physicians\' definition', () => {
  check(matcher, '推进[[医师多点执业]]和护士多点执业', ['医师多点执业']);
});

test('fresh pages (round 145): immunisation (扩大免疫规划, AEFI, 免疫规划疫苗 and its older name 第一类疫苗, 预防接种证查验), 一般诊疗费, TCM techniques and flagship halls, rewarded guardianship, childcare health care, the 12345 hotline, penalty benchmarks, and the parts of the five maternal safety systems', () => {
  check(matcher, '实施[[扩大免疫规划]]，监测[[疑似预防接种异常反应]]，[[第一类疫苗]]，[[入托入学预防接种证查验]]，收取[[一般诊疗费]]，推广[[中医药适宜技术]]，建设[[旗舰中医馆]]，落实[[有奖监护]]，[[托幼机构卫生保健]]，拨打[[12345政务服务热线]]，制定[[行政处罚裁量基准]]，开展[[妊娠风险筛查与评估]]和[[高危孕产妇专案管理]]', [
    '扩大免疫规划', '疑似预防接种异常反应', '免疫规划疫苗', '预防接种证查验', '一般诊疗费', '中医药适宜技术', '旗舰中医馆', '有奖监护', '托幼机构卫生保健', '12345政务服务便民热线', '行政处罚裁量基准', '母婴安全五项制度', '母婴安全五项制度',
  ]);
});

test('fresh pages (round 146): mediation of medical disputes (人民调解, 行政调解, 诉调对接, 调保结合, 医疗损害鉴定, 医疗风险分担), the two-cancers relief grants and their lottery fund, newborn screening for two diseases, occupational health (主体责任, hazard monitoring, checks, liaisons, 首次不罚), health literacy surveys, 毕业后医学教育, and the short names of the EMR rating', () => {
  check(matcher, '通过[[人民调解]]、[[行政调解]]化解，推行[[诉调对接]]和[[调保结合]]，申请[[医疗损害鉴定]]，建立[[医疗执业风险社会分担机制]]，获批[[低收入妇女“两癌”救助]][[中央专项彩票公益金]]，开展[[新生儿“两病”筛查]]，落实[[职业病防治主体责任]]，开展[[职业病危害因素监测]]、[[职业健康检查]]，培训[[职业健康协管员]]，实行[[首次不罚]]，开展[[中医药健康文化素养调查]]和[[成人烟草流行监测]]，推进[[毕业后医学教育]]，通过[[电子病历评价]]六级评审', [
    '人民调解', '行政调解', '诉调对接', '调保结合', '医疗损害鉴定', '医疗风险分担机制', '两癌救助', '中央专项彩票公益金', '新生儿两病筛查', '职业病防治主体责任', '职业病危害因素监测', '职业健康检查', '职业健康协管员', '首违不罚', '中医药健康文化素养', '成人烟草流行监测', '毕业后医学教育', '电子病历系统应用水平分级评价',
  ]);
});

test('fresh pages (round 146): a quoted name before 救助 is a relief programme\'s, a candidate (“阳光母亲”救助), as before 行动 or 项目', () => {
  checkCandidates('通过河南省[[“阳光母亲”救助]]和[[“99公益日”]]募捐活动', ['“阳光母亲”救助', '“99公益日”']);
});

test('fresh pages (round 147): emergency teams (突发急性传染病防控队, 国际应急医疗队), 一案三制, adverse drug reaction monitoring, branch secretaries who lead twice (双带头人, 双培养), the bottom line against a return to poverty and those at its edge, insurance agreements, smart supervision and payment eligibility, 四不两直, TCM talent programmes and schools\' studios, the national oral health survey', () => {
  check(matcher, '派出[[国家突发急性传染病防控队]]和[[国际应急医疗队]]，健全[[一案三制]]，开展[[药品不良反应监测]]，实施[[“双带头人”培育工程]]和[[双培养机制]]，[[守住不发生规模性返贫底线]]，监测[[边缘易致贫人口]]，签订[[医保服务协议]]，推进[[医保智能监管]]，实行[[医保支付资格管理]]，采取[[四不两直]]方式，入选[[全国优秀中医临床人才研修项目]]，建设[[中医学术流派传承工作室]]，开展[[全国口腔健康流行病学调查]]，推进[[中医药师承教育]]', [
    '突发急性传染病防控队', '国际应急医疗队', '一案三制', '药品不良反应监测', '双带头人', '双培养', '守住不发生规模性返贫底线', '边缘易致贫人口', '医保服务协议', '医保智能监管', '医保支付资格管理', '四不两直', '全国优秀中医临床人才研修项目', '中医学术流派传承工作室', '全国口腔健康流行病学调查', '中医师承教育',
  ]);
});

test('fresh pages (round 148): a quoted campaign month is a candidate without a head after it (“艾滋病检测月”正式启动); a streak of grades won is an honour (“两连A”, “三连A+”)', () => {
  checkCandidates('近期,[[“艾滋病检测月”]]正式启动。实现“两连A”的突破，获得“三连A+”', ['“艾滋病检测月”']);
});

test('fresh pages (rounds 151 and 152): myopia pilots, heat and climate health, the three kinds of households watched against poverty, population monitoring and registration, illegal cosmetic medicine, the special families\' warm homes, aid abroad (一带一路, 光明行, paired hospitals), the surgery quality action and editorial review', () => {
  check(matcher, '开展[[儿童青少年近视防控适宜技术试点]]，发布[[高温健康风险预警]]，实施[[国家气候变化健康适应行动方案]]，开展[[夏日送清凉]]活动，重点监测[[“三类户”]]，关注[[脱贫不稳定户]]和[[突发严重困难户]]，落实[[四重保障]]，推进[[出生人口实名登记]]，建立[[全员人口信息数据库]]，打击[[非法医疗美容]]，建设“[[暖心家园]]”，服务“[[一带一路]]”建设，开展[[“光明行”]]活动，推进[[中非对口医院合作]]，落实[[“感术行动”]]，坚持[[“三审三校”制度]]，创建[[国家临床医学研究中心]]', [
    '儿童青少年近视防控适宜技术试点', '高温健康风险预警', '气候变化健康适应', '送清凉', '防止返贫监测对象', '脱贫不稳定户', '突发严重困难户', '四重保障', '出生实名登记', '全员人口信息数据库', '非法医疗美容', '暖心家园', '一带一路', '光明行', '对口医院合作', '感术行动', '三审三校', '国家临床医学研究中心',
  ]);
});

test('fresh pages (round 153): 全国自然灾害 holds no 国自然 (the science foundation\'s short name)', () => {
  check(matcher, '应对全国自然灾害，获批[[国自然]]项目3项', ['国家自然科学基金']);
});

test('fresh pages (round 153): a hospital\'s specialty named by a term is a unit, no term (临终关怀专科); the care itself stays one', () => {
  check(matcher, '国内首家在三级医院内设立的临终关怀专科，推进[[安宁疗护]]工作', ['安宁疗护']);
});

test('fresh pages (round 154): counted commitments set side by side with a comma in one quote are one formula (“三个坚决,六个不允许”), no two counts; a quotation with counts stays none', () => {
  checkCandidates('严守[[“三个坚决,六个不允许”]]，做到[[“两个确保，三个不放松”]]，他说：“三个月，六个人”。', ['“三个坚决,六个不允许”', '“两个确保，三个不放松”']);
  assert.deepEqual(new Analyzer(matcher).analyze('严守“三个坚决,六个不允许”，要建立三个清单').figures.map((f) => f.text), ['三个']);
});

test('fresh pages (round 153): research integrity and its paper mills, long-term care agreements, the slogan that no epidemic follows a disaster, petition work (接访下访, 包案化解, 信访工作责任制), the legal-education duties (法治建设第一责任人, 述职述法), the hospice day and standards, the three emergency centres and the 12320 hotline', () => {
  check(matcher, '加强[[医学科研诚信]]建设，打击[[论文工厂]]，签订[[长期护理保险服务协议]]，确保[[大灾之后无大疫]]，开展[[领导干部接访下访]]，推行[[包案化解]]，落实[[信访工作责任制]]，履行[[法治建设第一责任人]]职责，开展[[述职述法]]，迎接[[世界安宁缓和医疗日]]，建设[[急诊急救三大中心]]，拨打[[12320卫生热线]]，做实“[[清朗医院]]”', [
    '科研诚信', '论文工厂', '长期护理保险服务协议', '大灾之后无大疫', '领导干部接访下访', '包案化解', '信访工作责任制', '法治建设第一责任人', '述职述法', '世界安宁缓和医疗日', '急诊急救三大中心', '12320卫生热线', '清朗医院',
  ]);
});

test('fresh pages (round 155): games named by their number or scope in quotes (“十运会”, “全运会”, “省运会”) are events, no candidate formulas', () => {
  checkCandidates('为确保“十运会”在宁召开期间的饮食卫生安全，“全运会”期间，“省运会”开幕，实施[[“1366”战略]]', ['“1366”战略']);
});

test('fresh pages (round 156): hepatitis elimination, dementia-friendly communities, research wards and GCP, the radiological licence, drinking-water hygiene, and fund supervision (回流药, 药品追溯码, 挂床住院); a plan named after a year keeps its 年 out (2025年老年痴呆防治促进行动)', () => {
  check(matcher, '尽早实现“[[消除病毒性肝炎公共卫生危害]]”目标，开展[[病毒性肝炎早防早治行动]]，建设[[老年认知障碍友好社区]]，开展2025年[[老年痴呆防治促进行动]]，建设[[研究型病房]]，遵循[[GCP]]，取得[[放射诊疗许可证]]，开展[[饮用水卫生宣传周]]活动，执行[[生活饮用水卫生标准]]，查处[[回流药]]，推广[[药品追溯码]]，严查[[挂床住院]]', [
    '消除病毒性肝炎公共卫生危害', '病毒性肝炎早防早治行动', '老年认知障碍友好社区', '老年痴呆防治促进行动', '研究型病房', '药物临床试验质量管理规范', '放射诊疗许可', '饮用水卫生宣传周', '生活饮用水卫生标准', '回流药', '药品追溯码', '挂床住院',
  ]);
});

test('fresh pages (round 156): the year a campaign is held in is no part of its name (2024年度|健康促进行动, 2025年|社区爱眼促进行动)', () => {
  checkCandidates('启动2024年度[[健康促进行动]]，开展2025年[[社区爱眼促进行动]]。', ['健康促进行动', '社区爱眼促进行动']);
});

test('fresh pages (round 157): summer treatment of winter diseases, exercise prescriptions and sport for health, the rental of rehabilitation aids, disability reporting, rural sanitation (农村人居环境整治, 问题厕所), premarital and preconception care, a quoted scheme now defined (“结婚一件事”)', () => {
  check(matcher, '开展[[冬病夏治]]服务，推广[[运动处方]]，推进[[运动促进健康]]，开展[[康复辅助器具社区租赁服务试点]]，建立[[残疾报告制度]]，推进[[农村人居环境整治]]，启动“[[问题厕所]]”整治，提供[[婚前孕前保健]]，推行“[[结婚一件事]]”', [
    '冬病夏治', '运动处方', '运动促进健康', '康复辅助器具社区租赁服务试点', '残疾报告制度', '农村人居环境整治', '农村厕所问题摸排整改', '婚前孕前保健', '结婚一件事',
  ]);
});

test('fresh pages (round 158): the Lecheng pilot zone\'s real-world data and its pilot, new biomedical technologies, shared hospitals, the island\'s customs closure, a cadre\'s probation, 能上能下, the hospital management year, multi-pathogen surveillance; clinically urgent imported drugs are the licensed drugs and devices', () => {
  check(matcher, '利用[[真实世界数据]]，开展[[生物医学新技术]]临床研究，建设[[共享医院]]，迎接[[全岛封关运作]]，实行[[任职试用期]]制度，推进[[干部能上能下]]，开展[[医院管理年活动]]，加强[[多病原监测]]，引进[[临床急需进口药械]]', [
    '真实世界数据', '生物医学新技术', '共享医院', '全岛封关运作', '任职试用期', '能上能下', '医院管理年', '多病原监测', '特许药械',
  ]);
});

test('fresh pages (round 159): the drug catalogue\'s payment standard, class B list, restricted scope and simple renewal, the satisfaction survey platform, river and lake chiefs, the water-safety “six don\'ts”, first-aid training and the first responder, the menopause care day', () => {
  check(matcher, '确定[[医保支付标准]]，纳入[[乙类目录]]，设定[[限定支付范围]]，实行[[简易续约]]，通过[[全国满意度调查平台]]，落实[[河湖长制]]，牢记[[防溺水“六不”]]，开展[[应急救护培训]]，培养[[第一响应人]]，迎来[[世界更年期关怀日]]', [
    '医保支付标准', '乙类目录', '限定支付范围', '简易续约', '全国满意度调查平台', '河湖长制', '防溺水“六不”', '应急救护培训', '第一响应人', '世界更年期关怀日',
  ]);
});

test('fresh pages (round 160): iodine supplementation and its monitoring, Kashin-Beck grain replacement, cancer registration and the special action, assisted-reproduction planning, the mother-and-child consortium, child-adapted wards, 双拥 and entitled groups, the science-popularisation contest, 万步有约', () => {
  check(matcher, '倡导[[科学补碘]]，开展[[碘盐监测]]，实施[[换粮]]和[[易地育人]]，做好[[肿瘤登记]]，推进[[健康中国癌症防治专项行动]]，落实[[人类辅助生殖技术应用规划]]，组建[[妇幼健康联合体]]，推进[[适儿化改造]]，做好[[双拥]]工作，关爱[[优抚对象]]，参加[[新时代健康科普作品征集大赛]]和[[万步有约]]', [
    '科学补碘', '碘盐监测', '换粮', '易地育人', '肿瘤登记', '癌症防治行动', '人类辅助生殖技术应用规划', '妇幼健康联合体', '适儿化改造', '双拥', '优抚对象', '新时代健康科普作品征集大赛', '万步有约',
  ]);
});

test('fresh pages (round 161): critical information infrastructure and attack-defence drills, 三化六防, DRG point payment and the settlement list, upcoding, the four full coverages (no party slogan), treat first and charge later, the deafness gene screening, the pathogen identification network', () => {
  check(matcher, '保护[[关键信息基础设施]]，开展[[攻防演练]]，落实“[[三化六防]]”，推行[[DRG点数付费]]，规范[[医保结算清单]]，查处[[高套分组]]，实现[[四个全面覆盖]]，坚持[[先救治后收费]]，开展[[新生儿听力与耳聋基因联合筛查]]，加入[[国家致病菌识别网]]', [
    '关键信息基础设施', '网络安全攻防演练', '三化六防', 'DRG点数付费', '医疗保障基金结算清单', '高套分组', '四个全面覆盖', '先救治后收费', '耳聋基因筛查', '致病菌识别网',
  ]);
});

test('fresh pages (round 163): the residents\' basic insurance written 基本医保 keeps its whole name (城乡居民基本医保, 城镇居民基本医保), not the bare basic insurance', () => {
  check(matcher, '参加[[城乡居民基本医保]]，原[[城镇居民基本医保]]，[[基本医保]]', ['城乡居民基本医疗保险', '城镇居民基本医疗保险', '基本医疗保险']);
});

test('fresh pages (round 162): World Leprosy Day and the China Leprosy Festival, the leprosy elimination plan, zero reporting, foodborne sentinel hospitals, the integrated emergency network, the public-health responsibility list, migrants\' equal services and their e-certificates, 尊医重卫, the two-branch service year with its 、', () => {
  check(matcher, '开展[[世界防治麻风病日]]暨[[中国麻风节]]活动，落实[[全面消除麻风危害可持续发展规划]]，坚持[[零报告]]，设立[[食源性疾病哨点医院]]，建设[[一体化急诊急救网络]]，落实[[公共卫生责任清单]]，推进[[流动人口基本公共卫生计生服务均等化]]和[[婚育证明电子化改革]]，营造[[尊医重卫]]氛围，开展“[[儿科、精神卫生服务年]]”行动', [
    '世界防治麻风病日', '中国麻风节', '全面消除麻风危害可持续发展规划', '零报告', '食源性疾病哨点医院', '一体化急诊急救网络', '公共卫生责任清单', '流动人口基本公共卫生计生服务均等化', '流动人口婚育证明电子化改革', '尊医重卫', '儿科和精神卫生服务年',
  ]);
});

test('fresh pages (round 163): medical care assistants, continuous-enrolment incentives and lapses, integrated budget management, internal-control reports, the recognition negative list, day surgery and day care, the close medical alliance (not the bare alliance), elderly health care vouchers, the cross-border ambulance scheme', () => {
  check(matcher, '培训[[医疗护理员]]，实行[[连续参保激励]]和[[断保约束]]，推进[[预算管理一体化]]，报送[[行政事业单位内部控制报告]]，制定[[互认负面清单]]，开展[[日间手术]]和[[日间化疗]]，建设[[紧密型医联体]]，使用[[长者医疗券]]，实施[[大湾区跨境直通救护车试行计划]]', [
    '医疗护理员', '连续参保激励', '断保约束', '预算管理一体化', '行政事业单位内部控制报告', '互认负面清单', '日间手术', '日间医疗', '紧密型医联体', '长者医疗券', '大湾区跨境直通救护车试行计划',
  ]);
});

test('fresh pages (round 164): genuine regional medicinal materials and the GAP rules, morning and noon checks, the autism screening service, inclusive education, heat health risk forecasts, new pollutants, the three-year environment-and-health plan, the three-fixed rules written out', () => {
  check(matcher, '发展[[道地药材]]，执行[[中药材生产质量管理规范]]，落实[[晨午检]]，提供[[0-6岁儿童孤独症筛查干预服务]]，推进[[融合教育]]，发布[[高温健康风险预报]]，开展[[新污染物治理]]，印发[[职能配置、内设机构和人员编制规定]]', [
    '道地药材', '中药材生产质量管理规范', '晨午检', '0-6岁儿童孤独症筛查干预服务', '融合教育', '高温健康风险预报', '新污染物治理', '三定方案',
  ]);
});

test('fresh pages (round 165): formula granules and shared TCM pharmacies, port core capacities and international health ports, dust hazard control, the fall-prevention week and the yellow handrail plan, community hospital building, the trauma system\'s county and city forms', () => {
  check(matcher, '推广[[中药配方颗粒]]，建设[[共享中药房]]，提升[[口岸公共卫生核心能力]]，创建[[国际卫生港]]，开展[[粉尘危害专项治理]]，举办[[老年人跌倒预防宣传周]]，实施[[黄扶手计划]]，推进[[社区医院建设]]，完善[[县域创伤救治体系]]', [
    '中药配方颗粒', '共享中药房', '口岸公共卫生核心能力', '国际卫生港', '粉尘危害专项治理', '老年人跌倒预防宣传周', '黄扶手计划', '社区医院建设', '区域创伤救治体系',
  ]);
});
