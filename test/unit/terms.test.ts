import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { builtinGlossary, type ParsedGlossary } from '../../server/src/core/glossary';
import { findCandidateTerms, TermMatcher } from '../../server/src/core/terms';
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
  check(matcher, '推进[[区域点数法总额预算]]和[[病种分值付费]]试点', ['区域点数法总额预算', '按病种分值付费']);
  check(matcher, '开展[[两癌筛查]]，在全省率先开展[[两癌]]扩面', ['两癌筛查', '两癌筛查']);
  check(matcher, '没有术语的一句话。', []);
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
  check(matcher, '[[DRG付费]]和[[MDT]]联盟', ['按疾病诊断相关分组付费', '多学科诊疗']);
  const m = new TermMatcher([glossary('g', [{ id: 'x', term: '医改' }])]);
  check(m, '医改\u0301 与 [[医改]]', ['医改']);
});

test('ignore: organisation names that contain a term are skipped whole', () => {
  check(matcher, '获得国家医保局批复，[[医保]]部门', ['医疗保障']);
  check(matcher, '市妇幼保健院开展[[妇幼保健]]', ['妇幼健康']);
  check(matcher, '一级巡视员参加[[巡视]]工作', ['巡视巡察']);
  const m = new TermMatcher([glossary('g', [{ id: 'x', term: '蓝鲸计划' }], ['蓝鲸计划书'])]);
  check(m, '蓝鲸计划书和[[蓝鲸计划]]', ['蓝鲸计划']);
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
  checkCandidates('构建[[“1+N”模式]]，打造[[“四心工程”]]党建品牌', ['“1+N”模式', '“四心工程”']);
  checkCandidates('实施[[“头雁工程”]]，开展[[“八步强责”机制]]试点', ['“头雁工程”', '“八步强责”机制']);
  checkCandidates('统筹推进[["4+1"]]改革任务，打造[[「一院一品一特色」]]', ['“4+1”', '“一院一品一特色”']);
  checkCandidates('按照[[‘派一送一’]]原则，围绕[[“一个首要任务”]]', ['“派一送一”', '“一个首要任务”']);
  checkCandidates('推进[[“双控”机制]]建设', ['“双控”机制']);
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

/** Terms each seed must yield, as written in the report (the pipeline's views: broken lines joined). */
const EXPECTED: Record<string, string[]> = {
  '000': [
    '习近平新时代中国特色社会主义思想', '党的二十大', '二十届三中全会精神', '以人民健康为中心', '深化医药卫生体制改革', '健康蚌埠', '优质医疗资源扩容下沉',
    '城市医疗集团', '医疗卫生服务体系', '党建引领', '党建品牌', '第一议题', '四个意识', '四个自信', '两个维护', '党员示范岗', '医德医风', '两优一先',
    '医联体', '名医工作室', '区域医疗中心', '省级区域医疗中心', '国家级临床重点专科', '紧密型县域医共体', '医共体', '深化医改', '督察激励', '高层次人才',
    '群众身边不正之风和腐败问题', '清廉医院', '健康安徽建设', '积极生育支持政策', '托育', '计划生育特殊家庭', '积极生育支持政策体系', '适度生育水平',
    '育儿补贴', '育儿补贴制度', '托育服务', '社区托育', '民生实事', '人民至上、生命至上', '健康中国', '长三角一体化', '结对帮扶',
  ],
  '001': [
    '习近平新时代中国特色社会主义思想', '党的二十大', '把保障人民健康放在优先发展的战略位置', '党组织书记抓基层党建述职评议', '党纪学习教育', '巡视', '巡察',
    '两个作用', '党建与业务深度融合', '综合医改', '公立医院改革示范项目', '以奖代补', '数字健康', '主动健康', '三医协同发展', '医疗服务价格动态调整机制',
    '医疗服务性收入占比', '薪酬制度改革', '紧密型县域医共体', '紧密型城市医疗集团', '国家区域医疗中心', '优质服务基层行', '大学生乡村医生专项计划', '大学生村医',
    '疾控机构改革', '突发公共卫生事件', '多点触发早期监测预警', '传染病智能监测预警', '平战结合', '消除血吸虫病', '生育友好型社会', '育儿补贴政策',
    '三个全覆盖', '家庭医生签约制度', '千人口托位数', '健康口腔', '两癌筛查', '出生缺陷防治提升', '新生儿代谢性疾病筛查', '中医药传承创新发展',
    '综合查一次', '医疗机构疾控监督员', '千万工程', '病媒生物防制', '健康影响评价', '从严治党', '医药领域腐败问题集中整治', '三医协同发展和治理',
    '社区嵌入式托育', '普惠托育服务', '智慧中药房', '将健康融入所有政策',
  ],
  '002': [
    '国之大者', '党史学习教育', '学党史、悟思想、办实事、开新局', '无偿献血', '新冠肺炎疫情', '疫情防控', '核酸检测', '流调', '高质量发展', '优化营商环境',
    '国家卫生城市复审', '健康淮安', '国家卫生镇', '健康企业', '家庭医生', '十四五', '三级甲等', '综合医改', '国家三级公立医院绩效考核', '基层医疗卫生机构',
    '农村区域性医疗卫生中心', '社区医院', '分级诊疗', '优质资源下沉', '区域点数法总额预算', '病种分值付费', '我为群众办实事', '院前急救', '标准化中医馆',
    'ECMO', '省级临床重点专科', '母婴设施', '计生家庭奖励扶助', '老年病医院', '护理院', '老年医学科', '老年友善医疗机构', '3岁以下婴幼儿照护服务',
    '计生特殊家庭', '全国示范性老年友好型社区',
  ],
  '003': [
    '卫生健康现代化', '高质量发展', '新质生产力', '研究型医院', '医学人工智能', '国家医学中心', '区域医疗中心', '县乡村卫生人才一体', '县域医共体',
    '公立医院改革', '医改', '一老一幼', '生育补贴制度', '普惠托育服务', '基本公共服务', '医疗、医保、医药协同发展和治理', '十四五', '智慧医院', '托育服务',
    '医育结合', '医防融合', '慢病管理', '航空医疗转运', '国家紧急医学救援基地', '名中医', '中医药文化', '疾控监督员', '首诊负责制', '信易医', '绿色通道',
    '三级甲等医院', '互联互通', '远程会诊', '党委领导下的院长负责制', '作风建设', '接诉即办', '医用耗材SPD', '风险分级管控和隐患排查治理', '以患者为中心',
    '一站式服务中心', '以人民健康为中心', '党的政治建设', '新发展阶段', '新发展理念', '新发展格局',
  ],
  '004': [
    '县域医共体', '医共体', '紧密型县域医疗卫生共同体', '绩效考核', '双向转诊', '绿色通道', '医防融合', '慢性病管理', '孕产保健', '订单定向医学生',
    '乡村医生', '医联体', '中医学适宜技术', '远程会诊', '无偿献血', '育儿补助', '民生实事项目', '公立医院党的建设', '医院章程', '十四五', '党史学习教育',
    '四个意识', '四个自信', '两个维护', '党员积分制', '党员示范岗', '党支部标准化规范化建设', '学习型党组织', '党管干部', '人才是第一资源',
    '柔性引进', '公立医院高质量发展', 'MDT', '胸痛中心', '医疗质量控制中心', '全国三级公立医院绩效考核', '全面从严治党', '党风廉政建设', '中央八项规定精神',
    '九不准', '三重一大', '警示教育', '以案促教、以案促改', '医德医风建设', '以人民为中心的发展思想', '党建与业务深度融合', '党的二十大精神', '两个确立',
    '党委理论学习中心组', '第一议题', '政治站位', '健康中国建设',
  ],
};

test('recall on the seeds: every expected term is found, at least 30 per report', () => {
  assert.deepEqual(Object.keys(EXPECTED).sort(), seedNames().map((n) => n.slice(0, 3)));
  for (const [prefix, expected] of Object.entries(EXPECTED)) {
    assert.ok(new Set(expected).size >= 30, `${prefix}: at least 30 expected terms`);
    const found = new Set<string>();
    for (const b of splitBlocks(readSeed(prefix))) for (const t of matcher.find(b.view)) found.add(b.view.slice(t.start, t.end));
    const missed = expected.filter((t) => !found.has(t));
    assert.deepEqual(missed, [], `${prefix}: missed ${missed.join(' ')}`);
  }
});

test('precision on the seeds: nothing is found inside a longer glossary term, and no term swallows a neighbouring word', () => {
  for (const name of seedNames()) {
    const text = readSeed(name.slice(0, 3));
    for (const t of matcher.find(text)) {
      // Every annotation is one of its entry's own forms.
      const e = matcher.entry(t.termId!)!;
      assert.ok([e.term, ...(e.aliases ?? [])].includes(t.text), `${name}: ${t.text} as ${e.id}`);
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

test('property: a term is found wherever it is placed between non-term text', () => {
  const forms = builtin.entries.flatMap((e) => [e.term, ...(e.aliases ?? [])]);
  fc.assert(
    fc.property(fc.constantFrom(...forms), fc.constantFrom('', '。', '，我们', '2024年'), fc.constantFrom('', '。', '工作', '。\n'), (form, before, after) => {
      const found = matcher.find(before + form + after);
      assert.ok(found.some((t) => t.start === before.length && t.end === before.length + form.length), `${before}[${form}]${after}`);
    }),
    { numRuns: 500 },
  );
});
