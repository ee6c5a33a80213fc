import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { foldView } from '../../server/src/core/textView';
import { findFigures } from '../../server/src/core/figures';
import type { FigureAnnotation, FigureKind } from '../../server/src/core/types';
import { parseMarked, readSeed, seedNames } from '../helpers';
import units from '../../server/data/units.json';
import unitsSchema from '../../server/data/units.schema.json';

type Expected = Omit<FigureAnnotation, 'kind' | 'start' | 'end' | 'text'>;

/**
 * Finds the figures of a fixture whose figures are marked with [[ ]] and compares them with the
 * marked ranges and, in order, with `expected` (every field but kind and offsets, exactly).
 */
function check(fixture: string, expected: Expected[]): void {
  const { text, ranges } = parseMarked(fixture);
  const found = findFigures(text);
  assert.deepEqual(found.map((f) => f.text), ranges.map((r) => r.text), `texts in ${fixture}`);
  assert.deepEqual(found.map((f) => [f.start, f.end]), ranges.map((r) => [r.start, r.end]), `offsets in ${fixture}`);
  assert.ok(found.every((f) => f.kind === 'figure'));
  assert.deepEqual(found.map(({ kind, start, end, text, ...rest }) => rest), expected, fixture);
}

/** Shorthand for an expected figure. */
function fig(figureKind: FigureKind, value: number | null, unit: string, extra: Partial<Expected> = {}): Expected {
  return { figureKind, value, unit, ...extra };
}

// ------------------------------------------------------------------ inline cases, one table per bullet of the spec

test('numerals: Arabic, full-width, with thousands separators, and Chinese', () => {
  check('托位[[三千三百八十个]]', [fig('count', 3380, '个')]);
  check('建成[[一百二十四家]]', [fig('count', 124, '家')]);
  check('选派[[十二名]]医师', [fig('count', 12, '名')]);
  check('将神经与精神[[两个]]国家区域医疗中心毗邻建设', [fig('count', 2, '个')]);
  check('实际入托[[10,084人]]', [fig('count', 10084, '人')]);
  check('培训[[１２３人]]', [fig('count', 123, '人')]);
  check('[[一百零五人]]', [fig('count', 105, '人')]);
});

test('qualifiers: 逾 余 近 约 多 超过 以上 以下 不到', () => {
  check('累计投入逾[[3040万元]]。', [fig('money', 30400000, '元', { unitText: '万元', approx: 'more-than' })]);
  check('抽调[[3000余名]]医务人员', [fig('count', 3000, '名', { approx: 'more-than' })]);
  check('月均近[[3000人次]]', [fig('count', 3000, '人次', { approx: 'nearly' })]);
  check('受益约[[5000人]]', [fig('count', 5000, '人', { approx: 'about' })]);
  check('接受咨询超过[[3700人次]]', [fig('count', 3700, '人次', { approx: 'more-than' })]);
  check('有[[120多人]]参与', [fig('count', 120, '人', { approx: 'more-than' })]);
  check('[[60岁以上]]人群', [fig('quantity', 60, '岁', { approx: 'at-least' })]);
  check('[[3岁以下]]婴幼儿', [fig('quantity', 3, '岁', { approx: 'at-most' })]);
  check('用时不到[[一个小时]]', [fig('quantity', 1, '小时', { unitText: '个小时', approx: 'less-than' })]);
  check('达标率[[98%以上]]', [fig('percent', 0.98, '%', { approx: 'at-least' })]);
  check('总投资[[1000多万元]]', [fig('money', 10000000, '元', { unitText: '万元', approx: 'more-than' })]);
  check('[[十余家]]医院、[[百余名]]专家', [fig('count', 10, '家', { approx: 'more-than' }), fig('count', 100, '名', { approx: 'more-than' })]);
  // 约 and 近 inside words are not qualifiers.
  check('家庭医生签约[[3000人]]，附近[[5家]]', [fig('count', 3000, '人'), fig('count', 5, '家')]);
  // A qualifier before the number is outside the figure's text, as a decoration should show it.
  check('总投资约[[2.8亿元]]。', [fig('money', 280000000, '元', { unitText: '亿元', approx: 'about' })]);
  check('诉求量下降近[[10%]]', [fig('percent', 0.1, '%', { approx: 'nearly', change: 'decrease' })]);
});

test('万 and 亿 scale the value exactly', () => {
  check('核酸检测[[552.01万人次]]', [fig('count', 5520100, '人次', { unitText: '万人次' })]);
  check('投入[[1.5亿元]]推进', [fig('money', 150000000, '元', { unitText: '亿元' })]);
  check('检测样本[[8.96万份]]', [fig('count', 89600, '份', { unitText: '万份' })]);
  check('受益群众[[2万余人次]]', [fig('count', 20000, '人次', { unitText: '万人次', approx: 'more-than' })]);
  check('建筑面积[[21万平方米]]', [fig('quantity', 210000, '平方米', { unitText: '万平方米' })]);
  check('安排[[3千万元]]', [fig('money', 30000000, '元', { unitText: '千万元' })]);
});

test('money: 元, 万元, 亿元, 元/月, and 万 alone after 投入', () => {
  check('分别补贴[[2000元]]、[[5000元]]', [fig('money', 2000, '元'), fig('money', 5000, '元')]);
  check('每人分别补助[[1000元/月]]、[[2000元/月]]', [fig('money', 1000, '元/月'), fig('money', 2000, '元/月')]);
  check('给予一次性补助[[2万元]]', [fig('money', 20000, '元', { unitText: '万元' })]);
  check('[[一万五千元]]', [fig('money', 15000, '元')]);
  check('投入[[1200万]]进行分类管理', [fig('money', 12000000, '元', { unitText: '万' })]);
  // Without a money word before it, 万 alone is a plain amount.
  check('受益群众[[2万]]，', [fig('quantity', 20000, '', { unitText: '万' })]);
});

test('percentages are fractions; percentage points are points, not percentages', () => {
  check('较去年同期增长[[86.43%]]', [fig('percent', 0.8643, '%', { change: 'increase' })]);
  check('托位使用率达[[44.8%]]，同比提升[[14.7个百分点]]', [fig('percent', 0.448, '%'), fig('percentage-point', 14.7, '个百分点', { change: 'increase' })]);
  check('较上年提升[[2.4百分点]]', [fig('percentage-point', 2.4, '个百分点', { unitText: '百分点', change: 'increase' })]);
  check('[[百分之八十]]的患者', [fig('percent', 0.8, '%', { unitText: '百分之' })]);
  check('超过[[三分之一]]的患者', [fig('percent', 1 / 3, '%', { approx: 'more-than' })]);
  check('达标率[[１００％]]', [fig('percent', 1, '%')]);
});

test('rates: ‰, per 100,000, and 每…人口 denominators', () => {
  check('婴儿死亡率[[3.5‰]]', [fig('rate', 0.0035, '‰')]);
  check('[[千分之五]]', [fig('rate', 0.005, '‰', { unitText: '千分之' })]);
  check('发病率为[[1.2/10万]]', [fig('rate', 1.2, '/10万')]);
  check('每10万人口拥有全科医生[[3.5名]]', [fig('rate', 3.5, '名/10万人口')]);
  // The denominator holds for its clause only.
  check('每千人口床位[[6.5张]]，医师[[3人]]', [fig('rate', 6.5, '张/千人口'), fig('count', 3, '人')]);
  check('床位[[6.5张/千人口]]', [fig('rate', 6.5, '张/千人口')]);
  // The rate is the last count of the clause, not an age inside it.
  check('每千人口拥有[[3岁以下]]婴幼儿托位数达到[[4.1个]]。', [fig('quantity', 3, '岁', { approx: 'at-most' }), fig('rate', 4.1, '个/千人口')]);
  // Without 每 too, an indicator named per thousand people (千人口托位数) has a rate for its value.
  check('千人口托位数达[[5.99]]，', [fig('rate', 5.99, '/千人口')]);
});

test('ratios: two numbers joined by a colon after 比 or 按, or before 比例; otherwise a time of day', () => {
  check('全市医护比达到[[1:1.21]]，床护比为[[1∶0.62]]', [fig('rate', 1 / 1.21, ':', { ratio: [1, 1.21] }), fig('rate', 1 / 0.62, ':', { ratio: [1, 0.62] })]);
  check('男女性别比为[[1.38:1]]', [fig('rate', 1.38, ':', { ratio: [1.38, 1] })]);
  // A qualifier before the ratio is its approximation, as for any figure.
  check('开考比例不低于[[3：1]]', [fig('rate', 3, ':', { ratio: [3, 1], approx: 'at-least' })]);
  check('按[[1:1]]配套资金，按照[[1∶2]]的比例确定人选', [fig('rate', 1, ':', { ratio: [1, 1] }), fig('rate', 0.5, ':', { ratio: [1, 2] })]);
  // No cue: a time; a cue in another clause does not reach. Three terms after 按 are one ratio (weights).
  check('相比去年。[[10:30]]开会', [fig('date', null, '', { date: 'T10:30' })]);
  check('按权重[[3:3:4]]计分', [fig('rate', 1, ':', { ratio: [3, 3, 4] })]);
});

test('fresh pages (round 13): lengths of service in Chinese numerals, the measure words of procurement lists, the dates of a career', () => {
  // After a term's name (服务期, 试用期, 聘期, 任期, 质保期) or 满, years are a length of time, 一年 too.
  check('[[服务期两年]]，[[试用期一年]]，[[聘期三年]]，工作[[满五年]]', [fig('period', 2, '年'), fig('period', 1, '年'), fig('period', 3, '年'), fig('period', 5, '年')]);
  // Elsewhere a Chinese numeral before 年 names a plan, and 过去一年 points to a time.
  check('实施三年行动计划，回顾过去一年', []);
  check('放射源[[1枚]]，钢管[[20根]]，档案[[30卷]]，木门[[5樘]]，人手[[1本]]', [
    fig('count', 1, '枚'), fig('count', 20, '根'), fig('count', 30, '卷'), fig('count', 5, '樘'), fig('count', 1, '本'),
  ]);
  // 本 and 根 start words too: 本科, 根据; and 2022本溪 is a year before a place.
  check('招收2本科生，第1根据地，2022本溪满族自治县', []);
  // A personnel notice's dates: a year and month before the verb of a career line, and a range of them.
  check('张三，[[1979.08]]生，[[1998.07]]参加工作，[[1992/05]]入党，[[2015.09至2019.07]]在某校学习', [
    fig('date', null, '', { date: '1979-08' }), fig('date', null, '', { date: '1998-07' }), fig('date', null, '', { date: '1992-05' }),
    fig('range', null, '', { date: '2015-09/2019-07' }),
  ]);
  check('投入[[2023.05万元]]', [fig('money', 20230500, '元', { unitText: '万元' })]);
  // Training credits and hours; digits after two zeros are a code's (an index number's part), no count.
  check('不低于[[25学分]]（不少于[[90学时]]），索引号202305-00126 组配分类', [fig('quantity', 25, '学分', { approx: 'at-least' }), fig('quantity', 90, '学时', { approx: 'at-least' })]);
  // Round 15: doses and exposures, and wells counted with 口 (but 3口之家 is a family).
  check('人均剂量[[3.6mSv]]，限值[[20mSv/a]]，剂量率[[0.12μSv/h]]，集体剂量[[532.6人·mSv]]，噪声[[85dB(A)]]，粉尘[[4mg/m3]]', [
    fig('quantity', 3.6, 'mSv'), fig('quantity', 20, 'mSv/a'), fig('quantity', 0.12, 'μSv/h'), fig('quantity', 532.6, '人·mSv'), fig('quantity', 85, 'dB(A)'), fig('quantity', 4, 'mg/m³', { unitText: 'mg/m3' }),
  ]);
  check('打[[10口]]深井，3口之家', [fig('count', 10, '口')]);
  // Two hours with 点 joined as a range are a time of day, without a part of the day (but 9点意见 counts points).
  check('每周三[[9点至15点]]开放，提出[[9点]]意见', [fig('range', null, '', { date: 'T09:00/T15:00' }), fig('count', 9, '点')]);
  // 一 typed for a dash between two digits.
  check('规划期为[[2024一2030年]]，每组[[3一5人]]', [fig('range', 2024, '年', { valueHigh: 2030, date: '2024/2030' }), fig('range', 3, '人', { valueHigh: 5 })]);
  // 元月 is January (500元月 is an amount before 月); 最后一公里 is an idiom.
  check('[[元月3日]]起，每人[[500元]]，打通服务群众最后一公里', [fig('date', null, '', { date: '--01-03' }), fig('money', 500, '元')]);
});

test('fresh pages (round 4): 自…起至…止, spoken amounts with 个, hours with 点, ranks without 名, more measure words', () => {
  // The reporting period of every 政府信息公开年度报告: one range.
  check('统计期限自[[2024年1月1日起至12月31日]]止', [fig('range', null, '', { date: '2024-01-01/2024-12-31' })]);
  check('本办法自[[2024年3月1日]]起施行', [fig('date', null, '', { date: '2024-03-01' })]);
  // 1个亿 is 1亿; 3个多小时, 一个多月 are amounts with 多.
  check('总投资[[1个亿]]，手术时长[[3个多小时]]，用了[[一个多月]]', [
    fig('money', 100000000, '元', { unitText: '个亿' }),
    fig('quantity', 3, '小时', { unitText: '个小时', approx: 'more-than' }),
    fig('quantity', 1, '月', { unitText: '个月', approx: 'more-than' }),
  ]);
  check('建成一个多中心网络，[[5个]]多中心', [fig('count', 5, '个')]);
  // 个半 is a half more: 10个半月, 一个半月; a village's group in an address is no count.
  check('暂停医药服务[[10个半月]]，用时[[一个半月]]，花果村8组，成立[[3组]]', [
    fig('quantity', 10.5, '月', { unitText: '个月' }),
    fig('quantity', 1.5, '月', { unitText: '个月' }),
    fig('count', 3, '组'),
  ]);
  // N点 is an hour after a part of the day, or with 半, 钟 or its minutes; 三点意见 counts points.
  check('下午[[2点半]]，上午[[9点至11点]]，[[10点30分]]开始，提出[[3点]]意见', [
    fig('date', null, '', { date: 'T14:30' }),
    fig('range', null, '', { date: 'T09:00/T11:00' }),
    fig('date', null, '', { date: 'T10:30' }),
    fig('count', 3, '点'),
  ]);
  // 前三 after 排名, a scope or 数, where the clause ends: a rank; 前三季度 is a period, 目前5 nothing.
  check('发病数[[前五]]：肝炎；排名[[前三]]的是；位居全省[[前五]]。[[前三季度]]，目前5，死亡率[[前六]]的肿瘤', [
    fig('rank', 5, '', { approx: 'at-most' }),
    fig('rank', 3, '', { approx: 'at-most' }),
    fig('rank', 5, '', { approx: 'at-most' }),
    fig('period', 3, '季度', { approx: 'at-most' }),
    fig('rank', 6, '', { approx: 'at-most' }),
  ]);
  // Ranks from the bottom: 倒数第N (its scope before 倒数, a list after it sharing it) and 后N名/位 after a ranking
  // word or at a clause's start, before no noun; 然后3名, 术后2名 and 最后66位优秀护士 count people.
  check('排名[[倒数第1位]]，[[全省倒数第二]]、[[第三]]，排在了[[倒数第三]]，[[前五名]]是上海，[[后五名]]为甘肃；排名[[后三位]]的单位，[[最后五名]]是荆州', [
    fig('rank', 1, '', { fromEnd: true }),
    fig('rank', 2, '', { scope: '全省', fromEnd: true }),
    fig('rank', 3, '', { scope: '全省', fromEnd: true }),
    fig('rank', 3, '', { fromEnd: true }),
    fig('rank', 5, '', { approx: 'at-most' }),
    fig('rank', 5, '', { approx: 'at-most', fromEnd: true }),
    fig('rank', 3, '', { approx: 'at-most', fromEnd: true }),
    fig('rank', 5, '', { approx: 'at-most', fromEnd: true }),
  ]);
  check('然后[[3名]]医生，术后[[2名]]患者，最后[[66位]]优秀护士，倒数第三天', [fig('count', 3, '名'), fig('count', 2, '名'), fig('count', 66, '位')]);
  // (两部分 counts parts, not laws with 部: round 17 made 部分 a noun counted.)
  check('查处问题[[12件次]]，整改[[38个次]]，制定[[7部]]法律，案例[[5则]]，[[两部分]]', [
    fig('count', 12, '件次'),
    fig('count', 38, '个次'),
    fig('count', 7, '部'),
    fig('count', 5, '则'),
    fig('count', 2, '部分'),
  ]);
  // 6月龄 is an age in months, not June.
  check('[[6月龄]]儿童', [fig('quantity', 6, '月龄')]);
  // Thousands grouped by blanks, as CDC bulletins print them; a year before its 年 is no group.
  // Measure words of inspections and seizures; a building's number in an address is no count; idioms.
  check('执法车辆[[863台次]]，检查[[450户次]]，出动[[40车次]]，查扣[[15瓶]]、[[20袋]]，某居民楼2栋401房，建成[[2栋]]楼，欢聚一堂，三个文明建设', [
    fig('count', 863, '台次'),
    fig('count', 450, '户次'),
    fig('count', 40, '车次'),
    fig('count', 15, '瓶'),
    fig('count', 20, '袋'),
    fig('count', 2, '栋'),
  ]);
  // Penalty decisions write money in capital forms (大写); alone, 陆 and 伍 are a surname's or a word's.
  check('罚款人民币[[伍仟元]]整，没收违法所得[[叁仟伍佰元]]，陆家嘴[[3家]]，加强队伍建设，陆续开展', [
    fig('money', 5000, '元'),
    fig('money', 3500, '元'),
    fig('count', 3, '家'),
  ]);
  // Tenths with 成 are percentages (近三成 is nearly 30%); 一成不变, 成员, 成立 are words.
  check('近[[三成]]的患者，[[九成以上]]，一成不变，三成员，[[2023年]]成立，索引号2020-3761045 成文日期', [
    fig('percent', 0.3, '%', { unitText: '成', approx: 'nearly' }),
    fig('percent', 0.9, '%', { unitText: '成', approx: 'at-least' }),
    fig('date', null, '', { date: '2023' }),
  ]);
  // An indicator per population named without 每 (千人口床位数) makes its value a rate too.
  check('千人口托位数为[[4.5个]]，万人口全科医生数达[[3.5人]]，全县[[5万人口]]中', [
    fig('rate', 4.5, '个/千人口'),
    fig('rate', 3.5, '人/万人口'),
    fig('count', 50000, '人口', { unitText: '万人口' }),
  ]);
  // A table's cells are no groups: 1 1 150次, 10 100%.
  check('项目 1 1 [[150次]] 10 [[100%]]', [fig('count', 150, '次'), fig('percent', 1, '%')]);
  check('法定传染病[[706 361例]]，死亡[[1 983例]]，[[12 345 678人次]]，[[2023 年]]', [
    fig('count', 706361, '例'),
    fig('count', 1983, '例'),
    fig('count', 12345678, '人次'),
    fig('date', null, '', { date: '2023' }),
  ]);
  // …also with a decimal part after the last group, or a unit in Latin letters after a blank.
  check('投资[[2 898.7万元]]，常住人口[[36 797.79万人]]，建设规模[[7 350 m2]]', [
    fig('money', 28987000, '元', { unitText: '万元' }),
    fig('count', 367977900, '人', { unitText: '万人' }),
    fig('quantity', 7350, '平方米', { unitText: 'm2' }),
  ]);
});

test('fresh pages (round 6): bare values of indicators, where a change starts and of a change', () => {
  // Hospital performance reports give CMI and the consumption indices as bare numbers, after the name.
  check('时间消耗指数[[0.95]]，费用消耗指数[[0.98]]，CMI [[1.12]]，病例组合指数（CMI）[[1.12]]，基尼系数[[0.35]]。', [
    fig('quantity', 0.95, ''),
    fig('quantity', 0.98, ''),
    fig('quantity', 1.12, ''),
    fig('quantity', 1.12, ''),
    fig('quantity', 0.35, ''),
  ]);
  // 由X提升至Y: X is a value as Y is; the size of a change (提高0.08) is one too.
  check('CMI值由[[1.02]]提升至[[1.10]]，同比提高[[0.08]]。', [
    fig('quantity', 1.02, ''),
    fig('quantity', 1.1, ''),
    fig('quantity', 0.08, '', { change: 'increase' }),
  ]);
  // Not values: a number before a word of change without 由 (12345热线), a year. A full stop before a digit and a
  // percentage's sign is a decimal point (提高0。6个百分点 reads 0.6).
  check('拨打12345提升至今，提高[[0。6个百分点]]', [fig('percentage-point', 0.6, '个百分点', { change: 'increase' })]);
});

test('fresh pages (round 6): a date with its part of the day and time; ranges of hours in the afternoon', () => {
  // Notices give the day, 上午 or 下午, and the hour: one figure, the afternoon's hours after noon.
  check('笔试时间：[[2015年4月25日上午9:00至11:00]]。[[2013年2月1日上午8:30]]点前报到，[[5月6日下午3时]]开班，[[4月18日晚8点]]', [
    fig('range', null, '', { date: '2015-04-25T09:00/2015-04-25T11:00' }),
    fig('date', null, '', { date: '2013-02-01T08:30' }),
    fig('date', null, '', { date: '--05-06T15:00' }),
    fig('date', null, '', { date: '--04-18T20:00' }),
  ]);
  // 下午1时至4时30分 ends at 16:30, not 04:30; a daily bulletin's 0时至12时 is one range.
  check('下午[[1时至4时30分]]，下午[[2:30-5:00]]，[[8月11日0时至12时]]', [
    fig('range', null, '', { date: 'T13:00/T16:30' }),
    fig('range', null, '', { date: 'T14:30/T17:00' }),
    fig('range', null, '', { date: '--08-11T00:00/--08-11T12:00' }),
  ]);
});

test('fresh pages (round 6): scores, temperatures, doses', () => {
  // Scores in 分 (recruitment, assessments); not minutes after an hour, 分钟, 分之, 十分 (very) or 分院.
  check('考核得分[[95.2分]]，满分[[100分]]，合格线为[[60分]]，提高[[2.3分]]。2.11时30分报到，[[3分钟]]，十分重要，2分院', [
    fig('quantity', 95.2, '分'),
    fig('quantity', 100, '分'),
    fig('quantity', 60, '分'),
    fig('quantity', 2.3, '分', { change: 'increase' }),
    fig('quantity', 3, '分钟'),
  ]);
  check('体温超过[[38.5摄氏度]]或[[38.5°C]]，接种[[2针]]，每次[[2粒]]，每天[[7-8杯]]水', [
    fig('quantity', 38.5, '℃', { unitText: '摄氏度', approx: 'more-than' }),
    fig('quantity', 38.5, '℃', { unitText: '°C' }),
    fig('count', 2, '针'),
    fig('count', 2, '粒'),
    fig('range', 7, '杯', { valueHigh: 8 }),
  ]);
});

test('fresh pages (round 6): signs and words of comparison before a value', () => {
  // Health advice and criteria write ≥, <, 大于等于, 高于 before a value: its direction, in the hover too.
  check('年龄≥[[60岁]]，血糖<[[7.0]]，大于等于[[65岁]]，体温高于[[37.3℃]]，[[14岁及以下]]', [
    fig('quantity', 60, '岁', { approx: 'at-least' }),
    fig('quantity', 7, '', { approx: 'less-than' }),
    fig('quantity', 65, '岁', { approx: 'at-least' }),
    fig('quantity', 37.3, '℃', { approx: 'more-than' }),
    fig('quantity', 14, '岁', { approx: 'at-most' }),
  ]);
});

test('fresh pages (round 6): notices and replies: day ranges, ○ for 〇, yuan signs, 亿 and 万 in one number, sessions', () => {
  // A range of days written with one 日 (meeting notices).
  check('会期[[2010年1月12-13日]]，[[3月12—13日]]报到', [
    fig('range', 12, '日', { valueHigh: 13, date: '2010-01-12/2010-01-13' }),
    fig('range', 12, '日', { valueHigh: 13, date: '--03-12/--03-13' }),
  ]);
  // Signature dates typed with ○ or O for 〇; a bullet ○ is no numeral.
  check('[[二○○七年八月十六日]]，[[二O二三年六月]]，○ 一是加强', [
    fig('date', null, '', { date: '2007-08-16' }),
    fig('date', null, '', { date: '2023-06' }),
  ]);
  // Procurement amounts with the yuan sign before them.
  check('预算金额:([[¥:66000.00]])，最高限价:[[￥1200000.00]]', [fig('money', 66000, '元'), fig('money', 1200000, '元')]);
  // 亿 and the rest in 万 are one number.
  check('累计接种[[21亿1308.3万剂次]]，投入[[1亿2000万元]]', [
    fig('count', 2113083000, '剂次', { unitText: '万剂次' }),
    fig('money', 120000000, '元', { unitText: '万元' }),
  ]);
  // The session of a people's congress or a CPPCC term is an ordinal; meetings counted are not.
  check('市五届人大四次会议，县政协十届二次会议，全年召开[[3次]]会议', [fig('count', 3, '次')]);
});

test('fresh pages (round 6): health advice and transcripts: times, units per kilogram, fractions, decades, points', () => {
  // A range of hours with a part of the day at each end; seconds of a time stamp are kept.
  check('上午[[10点至下午4点]]开放，[[2022-11-05 15:05:16]]', [
    fig('range', null, '', { date: 'T10:00/T16:00' }),
    fig('date', null, '', { date: '2022-11-05T15:05:16' }),
  ]);
  // 1500-2000ml is no range of years; a concentration per litre keeps its denominator.
  check('每日饮水[[1500-2000ml]]，有效氯浓度[[500mg/L]]', [
    fig('range', 1500, '毫升', { valueHigh: 2000, unitText: 'ml' }),
    fig('quantity', 500, 'mg/L'),
  ]);
  // A proper fraction with a slash is a share; a date or a rate per population is not one.
  check('城市中超[[1/3]]家庭，约[[3/4]]的老年人，1/3/2024，[[25.6/10万]]', [
    fig('percent', 1 / 3, '%', { approx: 'more-than' }),
    fig('percent', 0.75, '%', { approx: 'about' }),
    fig('rate', 25.6, '/10万'),
  ]);
  // 两年多来 is more than two years; 50年代 a decade; 三点意见 counts points (三点 alone may be an hour).
  check('[[两年多来]]，上世纪[[50年代]]，提出[[四点]]意见，连续[[三年]]多次获评', [
    fig('period', 2, '年', { approx: 'more-than' }),
    fig('period', null, '', { date: '1950/1959' }),
    fig('count', 4, '点'),
    fig('quantity', 3, '年'),
  ]);
});

test('fresh pages (round 7): indicators listed under one 每千人口, editions of yearly events', () => {
  // Each indicator named (…数) before its value under one 每千人口 is a rate, whatever its measure word.
  check('每千人口医疗卫生机构床位数[[6.12张]]、执业医生数[[2.31名]]、注册护士数[[2.66名]]。', [
    fig('rate', 6.12, '张/千人口'),
    fig('rate', 2.31, '名/千人口'),
    fig('rate', 2.66, '名/千人口'),
  ]);
  // After a comma, a count with a fraction of a person is a rate of the sentence's denominator too (round 27: no one counts 2.31 doctors).
  check('每千人口床位数[[6.12张]]，执业医生[[2.31名]]，共有医生[[35名]]', [fig('rate', 6.12, '张/千人口'), fig('rate', 2.31, '名/千人口'), fig('count', 35, '名')]);
  // 全国第33个爱国卫生月 is an edition (like 第三届); 全省第3个通过验收的县 is a rank.
  check('全国第33个爱国卫生月，全国第36个“世界卫生日”，成为[[全省第3个]]通过验收的县', [fig('rank', 3, '', { scope: '全省' })]);
});

test('fresh pages (round 8): frequencies per 个月, roads, project numbers', () => {
  check('[[每个月不少于1次]]，[[每个季度开展1次]]，沿303省道，项目编号2014-06-03-021(国)', [
    fig('rate', 1, '次/月', { approx: 'at-least' }),
    fig('rate', 1, '次/季度'),
  ]);
});

test('fresh pages (round 8): blood units and doses; 红十字 counts nothing', () => {
  check('采集全血[[49.5万单位]]，[[2638单位]]，[[3159个治疗量]]，中国红十字总会，红十字志愿者，[[449个]]单位', [
    fig('quantity', 495000, '单位', { unitText: '万单位' }),
    fig('quantity', 2638, '单位'),
    fig('count', 3159, '治疗量', { unitText: '个治疗量' }),
    fig('count', 449, '个'),
  ]);
});

test('seasons, schedules and surveillance weeks: ranges into the next year, ages from months to years, weeks', () => {
  // Flu and heating seasons end in the next year, whose number is left out.
  check('流行季为[[10月至次年3月]]，[[2023年11月至翌年2月]]，[[11月1日至次年4月30日]]', [
    fig('range', null, '', { date: '--10/--03' }),
    fig('range', null, '', { date: '2023-11/2024-02' }),
    fig('range', null, '', { date: '--11-01/--04-30' }),
  ]);
  // Vaccination notices give ages from months to years: one range, in years.
  check('[[6月龄~5岁]]儿童，[[3个月至6岁]]', [fig('range', 0.5, '岁', { valueHigh: 5 }), fig('range', 0.25, '岁', { valueHigh: 6 })]);
  // Weekly surveillance reports count the weeks of the year; 第60周年 is an anniversary, 第三周期 a cycle.
  check('[[2024年第48周]]报告，[[第1-4周]]病例较多，[[第48周]]，建院第60周年，全国第33个宣传周，第三周期', [
    fig('period', null, '', { date: '2024-W48' }),
    fig('range', 1, '周', { valueHigh: 4 }),
    fig('period', 48, '周'),
  ]);
  check('[[2024年第1至4周]]', [fig('range', null, '', { date: '2024-W01/2024-W04' })]);
  // An interval after 每 without a denominator is a range, not its upper end alone.
  check('每[[3-4小时]]测量一次体温', [fig('range', 3, '小时', { valueHigh: 4 })]);
});

test('fresh pages (round 9): ranges in 万, counts in 人(次), ages with a half, months of age, durations, point values', () => {
  // 万 at both ends of a range: one range, never a negative upper end.
  check('支付标准定为[[0.8万-1万元]]，[[5万—10万元]]，[[5万至10万元]]，[[3万-5万]]，[[2-3万]]', [
    fig('range', 8000, '元', { valueHigh: 10000, unitText: '万元' }),
    fig('range', 50000, '元', { valueHigh: 100000, unitText: '万元' }),
    fig('range', 50000, '元', { valueHigh: 100000, unitText: '万元' }),
    fig('range', 30000, '', { valueHigh: 50000, unitText: '万' }),
    fig('range', 20000, '', { valueHigh: 30000, unitText: '万' }),
  ]);
  // Aid statistics write 人次 with 次 in brackets.
  check('派遣医疗队[[22批]][[655人(次)]]，接诊[[452万人（次）]]', [
    fig('count', 22, '批'),
    fig('count', 655, '人次', { unitText: '人(次)' }),
    fig('count', 4520000, '人次', { unitText: '万人（次）' }),
  ]);
  // Ages with a half; months of age are no calendar months.
  check('年龄在[[13周岁-14周岁半]]，[[一岁半]]、[[两岁半]]时，[[11~12月龄]]', [
    fig('range', 13, '岁', { valueHigh: 14.5, unitText: '周岁半' }),
    fig('quantity', 1.5, '岁', { unitText: '岁半' }),
    fig('quantity', 2.5, '岁', { unitText: '岁半' }),
    fig('range', 11, '月龄', { valueHigh: 12 }),
  ]);
  // Durations in Chinese numerals with 为期 or 多; 5支援外医疗队 counts teams (支援 alone is a verb).
  check('启动了[[为期三年]]的对口支援，经过[[两年多]]的培养，派出[[5支]]援外医疗队，大力支援', [
    fig('period', 3, '年'),
    fig('quantity', 2, '年', { approx: 'more-than' }),
    fig('count', 5, '支'),
  ]);
  // A point's value in DRG and DIP payment; classes; place names with numerals are no counts.
  check('点值[[0.85元/分]]，分为[[43大类]]，七台河市、五台山、三台县', [fig('money', 0.85, '元/分'), fig('count', 43, '大类')]);
  // Districts counted without a measure word, as 三县 are: 我市十城区 (主城区 is a word).
  check('我市[[十城区]]，主城区', [fig('count', 10, '城区')]);
  // Regions counted: 三地, 两地, 5省市 (地区, 地方 and 两地分居 are words).
  check('京津冀[[三地]]共[[39支]]队伍，川渝[[两地]]，上海等[[5省市]]，三地区，两地分居', [
    fig('count', 3, '地'),
    fig('count', 39, '支'),
    fig('count', 2, '地'),
    fig('count', 5, '省市'),
  ]);
  // Dates whose 年 and 月 a site lost are dates where month and day can be told apart, never millions of days.
  check('[[2018821日]]，[[20151231日]]，2023121日', [fig('date', null, '', { date: '2018-08-21' }), fig('date', null, '', { date: '2015-12-31' })]);
  // 为期一年 and 一年多 are lengths of time; 过去一年 points to a time, as 去年 does.
  check('[[为期一年]]，过去一年，经过[[一年多]]的开展，一年一度，统一年报', [
    fig('period', 1, '年'),
    fig('quantity', 1, '年', { approx: 'more-than' }),
  ]);
  // A norm's modal verb before a comparison keeps its direction: 不应少于1% is at least 1%.
  check('不应少于[[1%]]，不得超过[[5天]]，不宜低于[[90%]]', [
    fig('percent', 0.01, '%', { approx: 'at-least' }),
    fig('quantity', 5, '天', { approx: 'at-most' }),
    fig('percent', 0.9, '%', { approx: 'at-least' }),
  ]);
  // Clinical measures keep their units; money per item keeps its denominator.
  check('收缩压[[130-139mmHg]]，空腹血糖≥[[7.0mmol/L]]，BMI≥[[28kg/m²]]，资助[[30万元/项]]', [
    fig('range', 130, 'mmHg', { valueHigh: 139 }),
    fig('quantity', 7, 'mmol/L', { approx: 'at-least' }),
    fig('quantity', 28, 'kg/m²', { approx: 'at-least' }),
    fig('money', 300000, '元/项', { unitText: '万元/项' }),
  ]);
  // Two neighbouring numerals are a few (七八种, 两三家); years listed with one 年 are each a year; parts of an
  // index number between dashes are no years.
  check('[[七八种]]药品，[[两三家]]卫生院，[[2022]]、[[2023年度]]，索引号FZ00128-1100-2018-00083', [
    fig('range', 7, '种', { valueHigh: 8, approx: 'about' }),
    fig('range', 2, '家', { valueHigh: 3, approx: 'about' }),
    fig('date', null, '', { date: '2022' }),
    fig('date', null, '', { date: '2023' }),
  ]);
  // Round 11: units of disease-control work (m2, 头, 株, 框), years with 余, school years, mottos, budgets' years,
  // a caption's number.
  check('灭螺[[1834.9万m2]]，[[3030头]]耕牛，[[68.1万株]]，[[2年余]]，[[2011-2012学年]]', [
    fig('quantity', 18349000, '平方米', { unitText: '万m2' }),
    fig('count', 3030, '头'),
    fig('count', 681000, '株', { unitText: '万株' }),
    fig('quantity', 2, '年', { approx: 'more-than' }),
    fig('range', 2011, '年', { valueHigh: 2012, date: '2011/2012' }),
  ]);
  check('坚持安全第一、患者第一，[[全省第一]]，2024单位预算，收支两条线，图1 市疾控中心', [fig('rank', 1, '', { scope: '全省' })]);
  // Round 12: deadlines in Chinese numerals, 二倍, water-test units, place names with numerals inside a run.
  check('于[[十五日内]]缴纳，处违法所得[[二倍以上]]，铝[[0.48mg/L]]，菌落总数[[1500CFU/m3]]，浑浊度[[3NTU]]，二七区，每到一处', [
    fig('period', 15, '日'),
    fig('quantity', 2, '倍', { approx: 'at-least' }),
    fig('quantity', 0.48, 'mg/L'),
    fig('quantity', 1500, 'CFU/m³', { unitText: 'CFU/m3' }),
    fig('quantity', 3, 'NTU'),
  ]);
  // Taiwan's calendar: 105年6月30日 is 2016-06-30 (three-digit years only; 22年 is the mainland's 2022 shorthand).
  check('衛福部於[[105年6月30日]]公告，至[[113年12月31日]]止', [
    fig('date', null, '', { date: '2016-06-30' }),
    fig('date', null, '', { date: '2024-12-31' }),
  ]);
  // Half past with 时, decades written with their century and a part of them, centimetres as 公分.
  check('下午[[5时半]]，[[1980年代初]]，[[90年代末]]，身高[[50公分]]', [
    fig('date', null, '', { date: 'T17:30' }),
    fig('period', null, '', { date: '1980/1989' }),
    fig('period', null, '', { date: '1990/1999' }),
    fig('quantity', 50, '厘米', { unitText: '公分' }),
  ]);
  // Points of a speech: 四点期望, 三点希望.
  check('提出[[四点]]期望和[[三点]]希望', [fig('count', 4, '点'), fig('count', 3, '点')]);
  // 十几次 is more than ten, as 十余次; 几十家 and 数十家 stay indefinite.
  check('组织了[[十几次]]座谈会，[[二十几个]]，几十家，数十家', [fig('count', 10, '次', { approx: 'more-than' }), fig('count', 20, '个', { approx: 'more-than' })]);
});

test("fresh pages (round 7): an item's number before a year, 万 and the rest, a year and month", () => {
  // 附件:1.2021年度…: the item's 1. and the year 2021, not the quantity 1.2021 年.
  check('附件:1.[[2021年度]]全国名单', [fig('date', null, '', { date: '2021' })]);
  // 11万5697家 is 115,697 (10,000s and the rest).
  check('用人单位[[11万5697家]]，[[7万0300家]]', [fig('count', 115697, '家'), fig('count', 70300, '家')]);
  // Birth dates in a table's column and a planned month; an amount with its unit is no month.
  check('王建行\t男\t[[1998.05]]\n预计采购时间 [[2026-03]]，[[2023.05万元]]', [
    fig('date', null, '', { date: '1998-05' }),
    fig('date', null, '', { date: '2026-03' }),
    fig('money', 20230500, '元', { unitText: '万元' }),
  ]);
});

test('fresh pages (round 6): years with a half', () => {
  // 年半 is half a year more: an amount even with a Chinese numeral (一年半), where 三年行动计划 names a plan;
  // 一年半载 is an idiom ("a year or so").
  check('用了[[一年半]]时间，[[3年半]]以后，[[近两年半来]]，一年半载，三年行动计划', [
    fig('quantity', 1.5, '年', { unitText: '年半' }),
    fig('quantity', 3.5, '年', { unitText: '年半' }),
    fig('period', 2.5, '年'),
  ]);
});

test('fresh pages: reporting periods in hours, ranges from a month\'s end, 10万分之, cases, scales after 逾/近', () => {
  // A notifiable-disease bulletin's period: one range, with its hours.
  check('[[2023年]]（[[2023年1月1日0时至12月31日24时]]）', [fig('date', null, '', { date: '2023' }), fig('range', null, '', { date: '2023-01-01T00:00/2023-12-31T24:00' })]);
  check('[[1月1日零时至1月31日24时]]', [fig('range', 1, '日', { valueHigh: 31, date: '--01-01T00:00/--01-31T24:00' })]);
  // An hour at the very end of the text is an hour.
  check('会议于[[1月1日8时]]', [fig('date', null, '', { date: '--01-01T08:00' })]);
  check('[[2月底至3月20日]]完成，[[5月底至6月底]]', [
    fig('range', 2, '月', { valueHigh: 3, date: '--02/--03-20' }),
    fig('range', 5, '月', { valueHigh: 6, date: '--05/--06' }),
  ]);
  // Maternal and infant mortality: 10万分之16.1 is 16.1/10万.
  check('下降至[[10万分之16.1]]，婴儿死亡率[[千分之5.05]]', [
    fig('rate', 16.1, '/10万', { unitText: '10万分之' }),
    fig('rate', 0.00505, '‰', { unitText: '千分之' }),
  ]);
  check('立案[[2637起]]，查处[[12宗]]，[[56只]]宣传栏，飞检[[7组次]]', [fig('count', 2637, '起'), fig('count', 12, '宗'), fig('count', 56, '只'), fig('count', 7, '组次')]);
  check('一起案件，他们一起学习，自[[2024年1月1日]]起施行', [fig('date', null, '', { date: '2024-01-01' })]);
  check('宣传活动逾[[千场次]]，近[[万人]]参加', [fig('count', 1000, '场次', { approx: 'more-than' }), fig('count', 10000, '人', { approx: 'nearly' })]);
  // 上一篇 links a page to its neighbour; 十一次全会 is the eleventh plenary session.
  check('上一篇：下一篇：市委五届十次、十一次全会精神', []);
  check('[[10月16日--11月20日]]', [fig('range', null, '', { date: '--10-16/--11-20' })]);
  check('婚检[[500对]]，接种[[1.2万针次]]，发放[[300人份]]、[[2000盒]]、[[5箱]]，开展[[12堂]]课，1对1帮扶，一对一', [
    fig('count', 500, '对'),
    fig('count', 12000, '针次', { unitText: '万针次' }),
    fig('count', 300, '人份'),
    fig('count', 2000, '盒'),
    fig('count', 5, '箱'),
    fig('count', 12, '堂'),
  ]);
  check('惠及[[2万多]]农民', [fig('quantity', 20000, '', { unitText: '万', approx: 'more-than' })]);
  // Months named in Chinese numerals are dates; a count of months, an idiom and a word's 一 are not.
  check('每年[[四月]]为爱国卫生月，[[2024年一月]]，[[十二月底]]，统一月报，十月怀胎，三月余', [
    fig('date', null, '', { date: '--04' }),
    fig('date', null, '', { date: '2024-01' }),
    fig('date', null, '', { date: '--12', datePart: 'end' }),
  ]);
  // A frequency with a verb between its period and its count.
  check('[[每季度召开一次]]例会，[[每月检查2次]]，每周随即检查', [fig('rate', 1, '次/季度'), fig('rate', 2, '次/月')]);
  // A year without 年 before 项目 is no count of items; 5项目标 are five goals.
  check('某委员会2022项目绩效自评报告，完成[[5项]]目标', [fig('count', 5, '项')]);
  check('需要[[一至两名]]医生，派出[[二至三名]]护士，统一至二级医院', [fig('range', 1, '名', { valueHigh: 2 }), fig('range', 2, '名', { valueHigh: 3 })]);
  // Under one 每千人口, the same measure word in the clause is the same indicator.
  check('每千人口床位数从[[6.46张]]增加到[[7.23张]]', [fig('rate', 6.46, '张/千人口'), fig('rate', 7.23, '张/千人口')]);
});

test('counts and quantities with their measure word', () => {
  check('组建[[8家]]紧密型县域医共体，覆盖[[三县]][[43个]]乡镇卫生院', [fig('count', 8, '家'), fig('count', 3, '县'), fig('count', 43, '个')]);
  check('三级儿童医院各[[1所]]', [fig('count', 1, '所')]);
  check('中医夜市[[14场]]、义诊[[300余场次]]', [fig('count', 14, '场'), fig('count', 300, '场次', { approx: 'more-than' })]);
  check('完成[[47类]]重点人群检测', [fig('count', 47, '类')]);
  check('献血[[33000多毫升]]', [fig('quantity', 33000, '毫升', { approx: 'more-than' })]);
  check('以驻点帮扶[[6个月]]轮换一次', [fig('quantity', 6, '月', { unitText: '个月' })]);
  check('安排专人专线[[24小时]]进行转诊', [fig('quantity', 24, '小时')]);
  check('惊心动魄[[三小时]]', [fig('quantity', 3, '小时')]);
  check('实施[[四项]]民生实事', [fig('count', 4, '项')]);
  check('举办培训班[[1期]]、党员培训班[[2期]]', [fig('count', 1, '期'), fig('count', 2, '期')]);
  check('分为[[两类]]', [fig('count', 2, '类')]);
  check('药品[[5kg]]', [fig('quantity', 5, '公斤', { unitText: 'kg' })]);
  check('增长[[2倍]]', [fig('quantity', 2, '倍', { change: 'increase' })]);
  check('连续[[4年]]获评', [fig('quantity', 4, '年')]);
  check('有着[[20多年]]工作经验', [fig('quantity', 20, '年', { approx: 'more-than' })]);
});

test('ranges', () => {
  check('[[3-11岁]]儿童首剂接种率', [fig('range', 3, '岁', { valueHigh: 11 })]);
  check('[[3至6岁]]', [fig('range', 3, '岁', { valueHigh: 6 })]);
  check('获得[[2018—2020年度]]市文明机关称号', [fig('range', 2018, '年', { valueHigh: 2020, date: '2018/2020' })]);
  check('规划期([[2024-2030]])', [fig('range', 2024, '年', { valueHigh: 2030, date: '2024/2030' })]);
  check('[[2024年至2025年]]', [fig('range', 2024, '年', { valueHigh: 2025, date: '2024/2025' })]);
  check('[[10%-20%]]', [fig('range', 0.1, '%', { valueHigh: 0.2 })]);
  check('补助[[3-5万元]]', [fig('range', 30000, '元', { valueHigh: 50000, unitText: '万元' })]);
  check('[[三至五年]]', [fig('range', 3, '年', { valueHigh: 5 })]);
  check('[[1-6月]]', [fig('range', 1, '月', { valueHigh: 6, date: '--01/--06' })]);
  // A range never runs backwards.
  check('五至[[1月]]', [fig('date', null, '', { date: '--01' })]);
  // Two counts joined by a verb are two figures, not a range.
  check('筛查病种由[[2种]]扩展至[[29种]]', [fig('count', 2, '种'), fig('count', 29, '种')]);
});

test('dates', () => {
  check('[[2024年]]，在市委领导下', [fig('date', null, '', { date: '2024' })]);
  check('[[1月11日]]，[[2025年]]浙江省卫生健康工作会议召开', [fig('date', null, '', { date: '--01-11' }), fig('date', null, '', { date: '2025' })]);
  check('截至[[2024年12月底]]', [fig('date', null, '', { date: '2024-12', datePart: 'end' })]);
  check('对[[2024年1月1日]]以后生育', [fig('date', null, '', { date: '2024-01-01' })]);
  check('[[2024年初]]，[[2023年度]]', [fig('date', null, '', { date: '2024', datePart: 'start' }), fig('date', null, '', { date: '2023' })]);
  // 初步 (preliminary) is not 年初.
  check('[[2024年]]初步建成', [fig('date', null, '', { date: '2024' })]);
  check('发布于[[2024-12-31]]，[[2025.1.5]]修订，[[2025/02/01]]施行', [
    fig('date', null, '', { date: '2024-12-31' }),
    fig('date', null, '', { date: '2025-01-05' }),
    fig('date', null, '', { date: '2025-02-01' }),
  ]);
  check('[[二〇二四年十二月]]', [fig('date', null, '', { date: '2024-12' })]);
  check('每月[[20日]]作为活动日', [fig('date', null, '', { date: '---20' })]);
  check('今年[[5月]]', [fig('date', null, '', { date: '--05' })]);
});

test('periods', () => {
  check('[[2024年上半年]]', [fig('period', null, '', { date: '2024-H1' })]);
  check('[[2024年第三季度]]', [fig('period', null, '', { date: '2024-Q3' })]);
  check('[[近三年]]市县财政累计投入', [fig('period', 3, '年')]);
  check('计划[[3年内]]招收', [fig('period', 3, '年')]);
  check('[[过去5年]]', [fig('period', 5, '年')]);
});

test('ranks', () => {
  check('我市在第一批[[15个]]城市中位列[[第8]]，受邀', [fig('count', 15, '个'), fig('rank', 8, '')]);
  check('首剂接种率[[全省第三]]，', [fig('rank', 3, '', { scope: '全省' })]);
  check('位列[[全国一百二十四]]、[[全省第五]]', [fig('rank', 124, '', { scope: '全国' }), fig('rank', 5, '', { scope: '全省' })]);
  check('排名上升至[[第三十六位]]', [fig('rank', 36, '')]);
  check('全国位列[[第六]]、全省位列[[第二]]', [fig('rank', 6, '', { scope: '全国' }), fig('rank', 2, '', { scope: '全省' })]);
  check('蝉联省内三甲医院[[前五名]]', [fig('rank', 5, '', { approx: 'at-most' })]);
  check('千人口托位数达[[5.99]]，居全省首位', [fig('rate', 5.99, '/千人口')]);
  check('总数达到[[12个]]、[[全省第一]]', [fig('count', 12, '个'), fig('rank', 1, '', { scope: '全省' })]);
  // Enumerations at the start of a clause are not ranks.
  check('第一，加强党建；第二，深化改革。', []);
  // 首位 without a ranking is a priority, and 目前 is not 前N名.
  check('把人民健康放在首位，目前[[5名]]', [fig('count', 5, '名')]);
});

test('growth and negative numbers', () => {
  check('诉求量下降[[25%]]', [fig('percent', 0.25, '%', { change: 'decrease' })]);
  check('工资总额增幅[[4.8%]]', [fig('percent', 0.048, '%', { change: 'increase' })]);
  check('增长了[[5%]]', [fig('percent', 0.05, '%', { change: 'increase' })]);
  // A level reached is not a change: 提升至42%.
  check('同比增幅从[[-27%]]提升至[[42%]]', [fig('percent', -0.27, '%'), fig('percent', 0.42, '%')]);
  check('从月均近[[3000人次]]下降到[[1500人次]]', [fig('count', 3000, '人次', { approx: 'nearly' }), fig('count', 1500, '人次')]);
  check('气温[[-5℃]]', [fig('quantity', -5, '℃')]);
  check('新增[[3个]]', [fig('count', 3, '个')]);
  check('增加[[3个]]，提升[[三条]]主线', [fig('count', 3, '个', { change: 'increase' }), fig('count', 3, '条')]);
});

test('not figures: numerals in names, slogans, grades and quoted formulas', () => {
  for (const text of [
    '全面贯彻落实党的二十大和二十届三中全会精神',
    '增强“四个意识”、坚定“四个自信”、做到“两个维护”',
    '增强四个意识、做到两个维护',
    '以“六亮”行动为抓手',
    '市三院加强合作，市一院派驻专家，宁波二院、上海十院',
    '在5G基础设施建设方面',
    '固镇县中医院升格三级医院，再次获评“三甲”',
    '实现二级及以上医疗机构全覆盖',
    '严格落实党委“第一议题”制度',
    '郴州市第一人民医院、解放军第902医院',
    '入选第三批十佳制度创新案例',
    '安徽医科大学附属第一、第二、第三医院，获评第一、二批示范单位',
    '江苏省第五届无偿献血宣传月，第四次国家卫生城市复审',
    '推动“一体化”智慧医疗服务和“一站式”查询，聚焦一老一幼',
    '打造“一院一品一特色”',
    '构建“1+N”模式，推深做实“312”工作法，统筹推进“4+1”改革任务',
    '成立“12345”接诉即办热线，12345热线',
    '实施SPD管理模式，ECMO技术',
    '组织实施“十大工程”，加强三医协同发展',
    '开展两癌筛查',
    '对生育二孩、三孩的家庭',
    '给予一次性补助',
    '成功抢救了一名重症颅脑外伤患者',
    '一个支部被评为模范支部',
    '实施二期提升工程',
    '“神内-神外”四位一体的分中心',
    '三年行动计划',
    '数十人参加，几十个科室',
    '新冠COVID-19疫情，PM2.5浓度',
    '1.突出政治建设\n(1)加强',
    '“行走的医院——健康180”平台',
    '中央八项规定精神',
    '如今年轻人，说明年度计划',
    '“以缩小三大差距为主攻方向”',
  ]) {
    check(text, []);
  }
});

test('not figures: words without a numeral, five-year plans, numbers inside 《》 titles, meeting ordinals', () => {
  for (const text of [
    '今年以来，较去年同期，明年起',
    '上半年完成，下半年推进',
    '“十四五”时期，十三五期间，高质量完成“十四五”规划',
    '综合排名居全省首位',
    '印发《2024年全县卫生健康工作要点》的通知',
    '《健康城市建设规划（2021—2025年）》《关于做好3岁以下婴幼儿照护服务的意见》',
    '经市政府第十七届75次常务会议审议通过',
  ]) {
    check(text, []);
  }
  // Outside the title, the same figures count; a meeting's count is a count.
  check('[[2024年]]《条例》施行，《规划》提出[[3岁以下]]', [fig('date', null, '', { date: '2024' }), fig('quantity', 3, '岁', { approx: 'at-most' })]);
  check('全年召开常务会议[[12次]]', [fig('count', 12, '次')]);
  // A 》 that never comes does not hide the rest of the paragraph.
  check('《关于开展[[2024年]]', [fig('date', null, '', { date: '2024' })]);
});

test('a space between a number and its unit, as PDF extraction leaves it, is inside the figure', () => {
  check('人均补助标准提高 [[30 元]]，', [fig('money', 30, '元', { change: 'increase' })]);
  check('[[2023 年]]全县共', [fig('date', null, '', { date: '2023' })]);
  check('达标率为[[94.03 %]]，', [fig('percent', 0.9403, '%')]);
  check('累计报告[[1409 例]]。新发[[3　例]]', [fig('count', 1409, '例'), fig('count', 3, '例')]);
  check('发病率[[12.5/10 万]]，', [fig('rate', 12.5, '/10万')]);
  check('[[2024 年 1 月 5 日]]召开', [fig('date', null, '', { date: '2024-01-05' })]);
  // Digits on both sides of a space stay two numbers; Latin text keeps its spaces.
  check('见表 3 各地区，2023 [[2024 年]]', [fig('date', null, '', { date: '2024' })]);
  check('COVID 19 病例', []);
  // Units in Latin letters after a blank, as measurement reports print them (the SI style); not the start of a word.
  check('个人剂量[[0.308 mSv]]，剂量率[[2.5 μSv/h]]，噪声[[85 dB(A)]]超标', [fig('quantity', 0.308, 'mSv'), fig('quantity', 2.5, 'μSv/h'), fig('quantity', 85, 'dB(A)')]);
  check('共检测5 mSvx样品，3 kgs', []);
});

test('day lists and ranges, times and quarters', () => {
  check('会议于[[4月18、19日]]举行', [fig('date', null, '', { date: '--04-18', dates: ['--04-18', '--04-19'] })]);
  check('[[2024年4月18日至19日]]', [fig('range', 18, '日', { valueHigh: 19, date: '2024-04-18/2024-04-19' })]);
  check('[[5月8日—6月30日]]开展', [fig('range', null, '', { date: '--05-08/--06-30' })]);
  check('[[2023年11月至2024年2月]]', [fig('range', null, '', { date: '2023-11/2024-02' })]);
  check('[[2024年1月1日-3月22日]]', [fig('range', null, '', { date: '2024-01-01/2024-03-22' })]);
  // A second date before the first is no range.
  check('[[6月30日]]至[[5月8日]]', [fig('date', null, '', { date: '--06-30' }), fig('date', null, '', { date: '--05-08' })]);
  check('于[[28日]]召开，[[3日]]、[[4日]]', [fig('date', null, '', { date: '---28' }), fig('date', null, '', { date: '---03' }), fig('date', null, '', { date: '---04' })]);
  check('公布后[[15日内]]备案', [fig('period', 15, '日')]);
  check('〔2023〕10号文件，3号楼', []);
  check('[[14:00]]开始，[[9:30-11:30]]', [fig('date', null, '', { date: 'T14:00' }), fig('range', null, '', { date: 'T09:30/T11:30' })]);
  check('下午[[3时]]，[[8时30分]]', [fig('date', null, '', { date: 'T15:00' }), fig('date', null, '', { date: 'T08:30' })]);
  // After 比 or 按, H:MM is a ratio, not a time.
  check('按[[1:10]]配备，医护比达到[[1:25]]，同时进行', [fig('rate', 0.1, ':', { ratio: [1, 10] }), fig('rate', 0.04, ':', { ratio: [1, 25] })]);
  // A time right after a date is part of it, as web pages write when they published.
  check('发布时间：[[2025-05-08 08:54]] 来源：县卫健局，[[4月18日14:30]]', [fig('date', null, '', { date: '2025-05-08T08:54' }), fig('date', null, '', { date: '--04-18T14:30' })]);
  check('[[二季度]]、[[一季度]]和[[前三季度]]', [fig('period', 2, '季度'), fig('period', 1, '季度'), fig('period', 3, '季度', { approx: 'at-most' })]);
  check('分别位列[[全省第一]]、[[第二]]', [fig('rank', 1, '', { scope: '全省' }), fig('rank', 2, '', { scope: '全省' })]);
  check('[[第三]]、[[四季度]]门诊量上升', [fig('period', 3, '季度'), fig('period', 4, '季度')]);
  check('[[一至三季度]]', [fig('range', 1, '季度', { valueHigh: 3 })]);
  check('[[2024年前三季度]]', [fig('period', null, '', { date: '2024-Q1/2024-Q3' })]);
  check('一年四季都有', []);
  check('[[每月一次]]，[[每季度至少1次]]', [fig('rate', 1, '次/月'), fig('rate', 1, '次/季度', { approx: 'at-least' })]);
  check('每次都来，每月[[20日]]', [fig('date', null, '', { date: '---20' })]);
});

test('qualifiers after the number, with (含) and (不含)', () => {
  check('[[2天(含)以内]]办结', [fig('quantity', 2, '天', { approx: 'at-most' })]);
  check('[[60天（含）以上]]', [fig('quantity', 60, '天', { approx: 'at-least' })]);
  check('[[60岁以上(含)]]老人', [fig('quantity', 60, '岁', { approx: 'at-least' })]);
  check('[[3天(不含)以上]]，[[5万元（不含）以下]]', [fig('quantity', 3, '天', { approx: 'more-than' }), fig('money', 50000, '元', { unitText: '万元', approx: 'less-than' })]);
  check('[[90%以上]]', [fig('percent', 0.9, '%', { approx: 'at-least' })]);
  // The bound restated inside the mark, as admissions and funding rules write it: one figure.
  check('控制线下[[20分(含20分)以内]]的考生', [fig('quantity', 20, '分', { approx: 'at-most' })]);
  check('[[5万元（含5万元）以下]]，[[3天(不含3天)以上]]', [fig('money', 50000, '元', { unitText: '万元', approx: 'at-most' }), fig('quantity', 3, '天', { approx: 'more-than' })]);
  // Another number in the brackets is a figure of its own.
  check('[[20分]](含[[19分]])', [fig('quantity', 20, '分'), fig('quantity', 19, '分')]);
  // A parenthesis that is no qualifier stays outside.
  check('[[2天]](含节假日)', [fig('quantity', 2, '天')]);
});

test('digit runs that cannot be one number', () => {
  check('规划期为[[20192030年]]', [fig('range', 2019, '年', { valueHigh: 2030, date: '2019/2030' })]);
  check('编号20302019年，共12345678年', []);
});

test('numeral + a noun that counts itself: places, departments, levels, N大', () => {
  check('覆盖[[三县]][[43个]]乡镇，皖南[[7市]][[38家]]机构', [fig('count', 3, '县'), fig('count', 43, '个'), fig('count', 7, '市'), fig('count', 38, '家')]);
  check('[[五部门]]联合检查，[[两省]]共建', [fig('count', 5, '部门'), fig('count', 2, '省')]);
  check('市县[[两级]]疾控，县乡村[[三级]]网络，省、市、县[[三级]]联动，市(县)[[两级]]', [fig('count', 2, '级'), fig('count', 3, '级'), fig('count', 3, '级'), fig('count', 2, '级')]);
  check('[[三大]]中心，[[7大]]核心能力，[[五大]]工程', [fig('count', 3, '', { unitText: '大' }), fig('count', 7, '', { unitText: '大' }), fig('count', 5, '', { unitText: '大' })]);
  for (const text of ['三级医院', '全县三级医疗机构', '二级以上', '12345市民热线', '党的二十大', '党的十九大', '三区三州', '第三区', '一县一策', '三大纪律']) check(text, []);
  // Selections and honours, and formulas where another numeral follows, are names.
  for (const text of ['入选全市十大典型案例', '打造一中心一平台六大库N应用', '构建两区三高地发展格局']) check(text, []);
});

test('one or two of a thing at the end of a clause is a count, and other measure words', () => {
  check('获批国家级项目[[一项]]，省级项目[[二项]]。', [fig('count', 1, '项'), fig('count', 2, '项')]);
  check('一项工作，二项指标', []);
  check('共有[[787间]]，[[11 页]]，高[[4.3m]]，[[13.91KB]]，[[7mm]]，[[十五字]]方针', [
    fig('count', 787, '间'),
    fig('count', 11, '页'),
    fig('quantity', 4.3, '米', { unitText: 'm' }),
    fig('quantity', 13.91, 'KB'),
    fig('quantity', 7, '毫米', { unitText: 'mm' }),
    fig('count', 15, '字'),
  ]);
  // (5min is five minutes, not 5 m; ms is no unit here.)
  check('[[5min]]，3ms，索引号：11331023MB1646110Y，红十字会，十字路口', [fig('quantity', 5, '分钟', { unitText: 'min' })]);
  check('城区等[[3家]]乡镇卫生院', [fig('count', 3, '家')]);
  check('入选国家级门诊（[[全省第五家]]）', [fig('rank', 5, '', { scope: '全省' })]);
  check('a total of [[299,000]] jobs', [fig('quantity', 299000, '')]);
  check('条例（[[2009]]修订）', [fig('date', null, '', { date: '2009' })]);
});

test('robustness: unfolded full-width forms, CRLF, astral characters keep offsets right', () => {
  check('增长[[８６．４３％]]', [fig('percent', 0.8643, '%', { change: 'increase' })]);
  check('达到[[１０，０８４人]]', [fig('count', 10084, '人')]);
  check('托位数达[[5.99]]\r\n投入[[1.5亿元]]\r\n', [fig('quantity', 5.99, ''), fig('money', 150000000, '元', { unitText: '亿元' })]);
  check('😀[[300名]]𠀀[[5家]]👨‍👩‍👧[[2024年]]', [fig('count', 300, '名'), fig('count', 5, '家'), fig('date', null, '', { date: '2024' })]);
});

// ------------------------------------------------------------------ the data file

test('units.json follows its schema, and every measure word and excluded phrase does what it says', () => {
  assert.deepEqual(Object.keys(units).filter((k) => k !== '$schema').sort(), [...unitsSchema.required].sort(), 'units.json has the parts its schema requires, and no others');
  const item = unitsSchema.properties.measureWords.items;
  const kinds = new Set<string>(item.properties.kind.enum);
  const allowed = new Set(Object.keys(item.properties));
  const seen = new Set<string>();
  for (const w of units.measureWords as Record<string, unknown>[]) {
    for (const key of item.required) assert.ok(key in w, `${JSON.stringify(w)} lacks ${key}`);
    for (const key of Object.keys(w)) assert.ok(allowed.has(key), `${JSON.stringify(w)}: unknown field ${key}`);
    const text = w.text as string;
    assert.ok(kinds.has(w.kind as string), text);
    assert.ok(!seen.has(text), `${text} listed twice`);
    seen.add(text);
    // Twelve of it, after a verb and before a full stop (or the first word it must stand before), is a
    // figure with the word's unit and kind.
    const found = findFigures(`共有12${text}${(w.onlyBefore as string[] | undefined)?.[0] ?? ''}。`);
    assert.equal(found.length, 1, text);
    assert.equal(found[0].text, `12${text}`);
    assert.equal(found[0].unit, (w.unit as string | undefined) ?? text);
    assert.equal(found[0].figureKind, w.kind);
  }
  for (const phrase of units.notFigures) {
    assert.ok(/[0-9一二两三四五六七八九十百千万]/.test(phrase), phrase);
    assert.deepEqual(findFigures(`坚持${phrase}。`), [], phrase);
  }
});

test('units.json: every word around a number does what its part of the file says', () => {
  const approxes = new Set<string>(unitsSchema.definitions.approx.enum);
  /** The one figure of `text`, which must read `figure`. */
  const only = (text: string, figure: string): FigureAnnotation => {
    const found = findFigures(text);
    assert.deepEqual(found.map((f) => f.text), [figure], text);
    return found[0];
  };
  // Without the word, the same figure says nothing of the kind.
  assert.equal(only('共300名。', '300名').approx, undefined);
  assert.equal(only('5%。', '5%').change, undefined);
  assert.equal(only('1200万。', '1200万').figureKind, 'quantity');
  assert.deepEqual(findFigures('托位数5.99。'), []);
  const qualifiers = new Set(units.qualifiers.map((q) => q.text));
  for (const q of units.qualifiers as { text: string; approx: string; notPrecededBy?: string[] }[]) {
    assert.ok(approxes.has(q.approx), q.text);
    assert.equal(only(`共${q.text}300名。`, '300名').approx, q.approx, q.text);
    // After a character that makes it another word (附近, 签约), unless that word is a qualifier of its own (接近).
    for (const c of q.notPrecededBy ?? []) {
      assert.equal(q.text.length, 1, `${q.text}: notPrecededBy is for one-character qualifiers`);
      if (!qualifiers.has(c + q.text)) assert.equal(only(`共${c}${q.text}300名。`, '300名').approx, undefined, c + q.text);
    }
  }
  for (const q of units.approxSuffixes) {
    assert.ok(approxes.has(q.approx), q.text);
    assert.equal(only(`共有300名${q.text}。`, `300名${q.text}`).approx, q.approx, q.text);
  }
  for (const w of units.changeWords) assert.equal(only(`${w.text}5%。`, '5%').change, w.change, w.text);
  for (const w of units.scopes) assert.equal(only(`${w}第一。`, `${w}第一`).scope, w, w);
  for (const w of units.rankVerbs) assert.equal(only(`全省${w}第二。`, '第二').scope, '全省', w);
  for (const w of units.moneyWords) assert.equal(only(`${w}1200万。`, '1200万').figureKind, 'money', w);
  for (const w of units.valueVerbs) {
    assert.equal(w.length, 1, w);
    assert.equal(only(`托位数${w}5.99。`, '5.99').value, 5.99, w);
  }
  for (const w of units.periodBefore) assert.equal(only(`${w}5年。`, `${w}5年`).figureKind, 'period', w);
  for (const w of units.periodAfter) assert.equal(only(`5年${w}。`, `5年${w}`).figureKind, 'period', w);
});

// ------------------------------------------------------------------ the sample reports

/** The figures of a seed report, with a lookup by text. */
function seed(prefix: string) {
  const text = readSeed(prefix);
  const figures = findFigures(text);
  const get = (t: string): FigureAnnotation => {
    const f = figures.find((x) => x.text === t);
    assert.ok(f, `no figure "${t}" in seed ${prefix}; found ${figures.map((x) => x.text).join(' ')}`);
    return f;
  };
  /** Asserts that no figure touches any occurrence of `needle`. */
  const none = (needle: string): void => {
    let seen = 0;
    for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
      seen++;
      const hit = figures.find((f) => f.start < i + needle.length && f.end > i);
      assert.equal(hit, undefined, `"${needle}" at ${i} in seed ${prefix} is covered by figure "${hit?.text}"`);
    }
    assert.ok(seen > 0, `"${needle}" does not occur in seed ${prefix}`);
  };
  return { text, figures, get, none };
}

test('seed 001: money, percentages, percentage points, per-month amounts', () => {
  const s = seed('001');
  assert.deepEqual(pick(s.get('1.5亿元')), fig('money', 150000000, '元', { unitText: '亿元' }));
  assert.deepEqual(pick(s.get('86.43%')), fig('percent', 0.8643, '%', { change: 'increase' }));
  assert.deepEqual(pick(s.get('14.7个百分点')), fig('percentage-point', 14.7, '个百分点', { change: 'increase' }));
  assert.deepEqual(pick(s.get('1000元/月')), fig('money', 1000, '元/月'));
  assert.deepEqual(pick(s.get('3040万元')), fig('money', 30400000, '元', { unitText: '万元', approx: 'more-than' }));
  assert.deepEqual(pick(s.get('近三年')), fig('period', 3, '年'));
  assert.deepEqual(pick(s.get('1200万')), fig('money', 12000000, '元', { unitText: '万' }));
  assert.deepEqual(pick(s.get('25%')), fig('percent', 0.25, '%', { change: 'decrease' }));
  assert.deepEqual(pick(s.get('-27%')), fig('percent', -0.27, '%'));
  assert.deepEqual(pick(s.get('42%')), fig('percent', 0.42, '%'));
  assert.deepEqual(pick(s.get('第8')), fig('rank', 8, ''));
  assert.deepEqual(pick(s.get('5.99')), fig('rate', 5.99, '/千人口'));
  assert.deepEqual(pick(s.get('1.5万余人次')), fig('count', 15000, '人次', { unitText: '万人次', approx: 'more-than' }));
  assert.ok(s.get('2种') && s.get('29种'));
  for (const n of ['二十届三中全会', '“312”', '“一体化”', '“一站式”', '三医协同', '二级及以上', '“1+7”', '两癌', '“二孩减半、三孩全免”', '“十大皖药”', '一院一品一特色', '“六亮”', '2024-2030', '全省首位']) s.none(n);
});

test('seed 002: 万 scaling, 余, age range, ranks in words, year range, plan period', () => {
  const s = seed('002');
  assert.deepEqual(pick(s.get('8.96万份')), fig('count', 89600, '份', { unitText: '万份' }));
  assert.deepEqual(pick(s.get('552.01万人次')), fig('count', 5520100, '人次', { unitText: '万人次' }));
  assert.deepEqual(pick(s.get('3000余名')), fig('count', 3000, '名', { approx: 'more-than' }));
  assert.deepEqual(pick(s.get('3-11岁')), fig('range', 3, '岁', { valueHigh: 11 }));
  assert.deepEqual(pick(s.get('全省第三')), fig('rank', 3, '', { scope: '全省' }));
  assert.deepEqual(pick(s.get('60岁以上')), fig('quantity', 60, '岁', { approx: 'at-least' }));
  assert.deepEqual(pick(s.get('全国一百二十四')), fig('rank', 124, '', { scope: '全国' }));
  assert.deepEqual(pick(s.get('第三十六位')), fig('rank', 36, ''));
  assert.deepEqual(pick(s.get('2018—2020年度')), fig('range', 2018, '年', { valueHigh: 2020, date: '2018/2020' }));
  assert.deepEqual(pick(s.get('14亿元')), fig('money', 1400000000, '元', { unitText: '亿元', approx: 'nearly' }));
  assert.deepEqual(pick(s.get('1.67亿元')), fig('money', 167000000, '元', { unitText: '亿元' }));
  assert.deepEqual(pick(s.get('21万平方米')), fig('quantity', 210000, '平方米', { unitText: '万平方米' }));
  for (const n of ['“十大工程”', '“十四五”', '三级甲等', '“三甲”', '第一批', '第四次', '第五届', '第六期', '“333工程”', '第三周期', '“一院两区”', '“三项制度”', '市第八次', '市一院', '市二院', '市四院', '市三院']) s.none(n);
});

test('seed 000: dates with month end, 余, counts beside a place name', () => {
  const s = seed('000');
  assert.deepEqual(pick(s.get('2024年12月底')), fig('date', null, '', { date: '2024-12', datePart: 'end' }));
  assert.deepEqual(pick(s.get('2024年1月1日')), fig('date', null, '', { date: '2024-01-01' }));
  assert.deepEqual(pick(s.get('300余场次')), fig('count', 300, '场次', { approx: 'more-than' }));
  assert.deepEqual(pick(s.get('2万余人次')), fig('count', 20000, '人次', { unitText: '万人次', approx: 'more-than' }));
  assert.deepEqual(pick(s.get('43个')), fig('count', 43, '个'));
  assert.deepEqual(pick(s.get('三小时')), fig('quantity', 3, '小时'));
  assert.deepEqual(pick(s.get('2024年初')), fig('date', null, '', { date: '2024', datePart: 'start' }));
  // Numeral + a noun that counts itself (三县, three counties) is a count.
  assert.deepEqual(pick(s.get('三县')), fig('count', 3, '县'));
  for (const n of ['党的二十大', '“四个意识”', '“两个维护”', '“七个强市”', '市三院', '浙大二院', '上海一院', '二期提升工程', '第一议题', '第902医院', '“1+N”', '三级医院', '第三批', '第三届', '一次性', '一名重症', '一体化', '“一站式”', '二孩、三孩', '市第一人民医院']) s.none(n);
});

test('seed 003: newspaper page — dates, areas; hotline numbers, 5G and formulas are not figures', () => {
  const s = seed('003');
  assert.deepEqual(pick(s.get('1月11日')), fig('date', null, '', { date: '--01-11' }));
  assert.deepEqual(pick(s.get('2025年')), fig('date', null, '', { date: '2025' }));
  assert.deepEqual(pick(s.get('2200平方米')), fig('quantity', 2200, '平方米'));
  assert.deepEqual(pick(s.get('20多年')), fig('quantity', 20, '年', { approx: 'more-than' }));
  assert.deepEqual(pick(s.get('10余个')), fig('count', 10, '个', { approx: 'more-than' }));
  assert.deepEqual(pick(s.get('2023年初')), fig('date', null, '', { date: '2023', datePart: 'start' }));
  for (const n of ['“一二一”', '一个首要任务', '三个主攻方向', '两个根本', '5G', '“4+1”', '“12345”', '健康180', '一老一幼', '第一中心医院', '第一时间', '三大差距', '三级甲等']) s.none(n);
});

test('seed 004: nearly, more than, top-N ranks, periods in years', () => {
  const s = seed('004');
  assert.deepEqual(pick(s.get('8280万元')), fig('money', 82800000, '元', { unitText: '万元', approx: 'nearly' }));
  assert.deepEqual(pick(s.get('3700人次')), fig('count', 3700, '人次', { approx: 'more-than' }));
  assert.deepEqual(pick(s.get('前五名')), fig('rank', 5, '', { approx: 'at-most' }));
  assert.deepEqual(pick(s.get('3年内')), fig('period', 3, '年'));
  assert.deepEqual(pick(s.get('一个小时')), fig('quantity', 1, '小时', { unitText: '个小时', approx: 'less-than' }));
  assert.deepEqual(pick(s.get('33000多毫升')), fig('quantity', 33000, '毫升', { approx: 'more-than' }));
  assert.deepEqual(pick(s.get('2022年6月')), fig('date', null, '', { date: '2022-06' }));
  assert.deepEqual(pick(s.get('100%')), fig('percent', 1, '%'));
  for (const n of ['“心电一张网”', '“派一送一”', '一个支部', '“四个意识”', '“两个确立”', '“两个维护”', '“第一议题”', '三级考核体系', '第一资源', '八项规定', '“三重一大”', '“九不准”', '“六个强”', '二十大', '今年']) s.none(n);
});

test('every seed: figures lie inside the text, in order, without overlap, with their own text', () => {
  for (const name of seedNames()) {
    const text = readSeed(name.slice(0, 3));
    const figures = findFigures(text);
    assert.ok(figures.length > 10, name);
    assertWellFormed(text, figures, name);
  }
});

// ------------------------------------------------------------------ properties

function pick(f: FigureAnnotation): Expected {
  const { kind, start, end, text, ...rest } = f;
  return rest;
}

function assertWellFormed(text: string, figures: FigureAnnotation[], label: string): void {
  let last = 0;
  for (const f of figures) {
    assert.equal(f.kind, 'figure', label);
    assert.ok(Number.isInteger(f.start) && Number.isInteger(f.end), label);
    assert.ok(f.start >= last && f.end > f.start && f.end <= text.length, `${label}: ${f.start}-${f.end} after ${last}`);
    assert.equal(f.text, text.slice(f.start, f.end), label);
    // Never inside a surrogate pair.
    for (const o of [f.start, f.end]) {
      const lo = text.charCodeAt(o);
      assert.ok(!(lo >= 0xdc00 && lo <= 0xdfff && o > 0 && text.charCodeAt(o - 1) >= 0xd800 && text.charCodeAt(o - 1) <= 0xdbff), `${label}: offset ${o} splits a pair`);
    }
    assert.ok(f.value === null || Number.isFinite(f.value), label);
    if (f.valueHigh !== undefined) assert.ok(f.value !== null && f.valueHigh >= f.value, label);
    last = f.end;
  }
}

/** Pieces of report text that make figures, near-figures and traps. */
const PIECES = [
  '1', '2', '0', '5', '.', ',', '１', '２', '．', '％', '%', '‰', '-', '—', '至', '/', '10万',
  '一', '二', '两', '三', '十', '百', '千', '万', '亿', '〇', '零', '五',
  '个', '名', '人次', '元', '万元', '亿元', '年', '月', '日', '岁', '个百分点', '平方米', '余', '多', '以上',
  '第', '位', '全省', '全国', '前', '每', '人口', '首位', '上半年', '今年', '近', '逾', '约', '超过', '增长', '下降',
  '“', '”', '"', '（', '）', '(', ')', '，', '。', '、', '\n', '\r\n', ' ', '　',
  '医', '院', '市', '投入', '达', 'G', 'A', '😀', '𠀀', '\ud83d',
];

test('property: never throws; offsets valid, ordered and disjoint on text made of report pieces', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 80 }), (parts) => {
      const text = parts.join('');
      assertWellFormed(text, findFigures(text), JSON.stringify(text));
    }),
    { numRuns: 3000 },
  );
});

test('property: never throws on arbitrary strings, including lone surrogates and control characters', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
      assertWellFormed(text, findFigures(text), JSON.stringify(text));
    }),
    { numRuns: 2000 },
  );
});

test('property: a clause break before and after the text only shifts the figures', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }), (parts) => {
      const text = parts.join('');
      const plain = findFigures(text);
      const padded = findFigures(`。${text}。`).map((f) => ({ ...f, start: f.start - 1, end: f.end - 1 }));
      assert.deepEqual(padded, plain, JSON.stringify(text));
    }),
    { numRuns: 2000 },
  );
});

test('fresh pages (round 17): 余 and 多 inside Chinese numerals, a zero typed as 0, prices per item, vector densities, towns and parts counted', () => {
  // 余/多 between a Chinese numeral's place and its scale: 十余万人 is more than 100,000.
  check('受益[[十余万人]]，投入[[三千余万元]]和[[两千多万元]]，服务[[五十多万人次]]', [
    fig('count', 100000, '人', { unitText: '万人', approx: 'more-than' }),
    fig('money', 30000000, '元', { unitText: '万元', approx: 'more-than' }),
    fig('money', 20000000, '元', { unitText: '万元', approx: 'more-than' }),
    fig('count', 500000, '人次', { unitText: '万人次', approx: 'more-than' }),
  ]);
  // A year in Chinese digits with 0 typed for 〇, as signatures often have it.
  check('[[二0一七年十一月二十九日]]', [fig('date', null, '', { date: '2017-11-29' })]);
  // A price per item and the densities of vector monitoring keep their denominator.
  check('每只[[3元/只]]，每帖[[0.5元/帖]]，鼠密度[[5.2只/笼]]，蚊密度[[0.8只/(灯·夜)]]，蝇[[1.2只/人工小时]]', [
    fig('money', 3, '元/只'),
    fig('money', 0.5, '元/帖'),
    fig('count', 5.2, '只/笼'),
    fig('count', 0.8, '只/(灯·夜)'),
    fig('count', 1.2, '只/人工小时'),
  ]);
  // Towns, parts and aspects counted without a measure word; 一方面 and 一部分 are words.
  check('城关等[[5乡镇]]，[[五乡镇]]，报告分[[六部分]]，从[[两方面]]，一方面要加强，一部分群众', [
    fig('count', 5, '乡镇'),
    fig('count', 5, '乡镇'),
    fig('count', 6, '部分'),
    fig('count', 2, '方面'),
  ]);
  // Lengths of a career: 载 for years, more than ten years in Chinese numerals, years after a verb of service.
  check('扎根基层[[二十余载]]，[[从医三十年]]，工作[[二十八年]]，实施三年行动计划', [
    fig('quantity', 20, '年', { unitText: '载', approx: 'more-than' }),
    fig('period', 30, '年'),
    fig('quantity', 28, '年'),
  ]);
  // 年 said again before the part of a year; a decade in Chinese numerals.
  check('[[2010年年底]]，上世纪[[九十年代末]]', [fig('date', null, '', { date: '2010', datePart: 'end' }), fig('period', null, '', { date: '1990/1999' })]);
  // The years in brackets after a programme's name are its name's, with or without 《》.
  check('推动健康中国行动（2019—2030年）中控烟目标，完成计划([[500万元]])，[[2019-2030年]]期间', [
    fig('money', 5000000, '元', { unitText: '万元' }),
    fig('range', 2019, '年', { valueHigh: 2030, date: '2019/2030' }),
  ]);
  // The years of an assessment cycle, no weeks.
  check('辖区内[[2017-2019]]周期申报', [fig('range', 2017, '年', { valueHigh: 2019, date: '2017/2019' })]);
});

test('fresh pages (round 18): a section\'s number before its name is no amount; years of an era are dates', () => {
  // Emergency plans number their sections 2.2, 8.1: the blank after parts the number from the name (日常管理机构).
  check('2.2 日常管理机构', []);
  check('8.1 名词术语', []);
  // …an amount in a table's cell stays one (2279.048 万元, 87.68 分), and 这一天 is no count of days.
  check('[[2279.048 万元]]', [fig('money', 22790480, '元', { unitText: '万元' })]);
  check('[[87.68 分]]', [fig('quantity', 87.68, '分')]);
  check('在这一天', []);
  // The other forms of ≥ and ≤ (≧, ⩾), and a blank after them, as tables of targets print them.
  check('建档率≧[[90%]]，管理率≥ [[80%]]，差错率≦[[5%]]', [
    fig('percent', 0.9, '%', { approx: 'at-least' }),
    fig('percent', 0.8, '%', { approx: 'at-least' }),
    fig('percent', 0.05, '%', { approx: 'at-most' }),
  ]);
  check('同比增长[[2.2 个百分点]]', [fig('percentage-point', 2.2, '个百分点', { change: 'increase' })]);
  // 幢 counts buildings; 会聚一堂 is an idiom; 过去的五年 is a period, as 过去五年 is.
  check('新建[[3幢]]楼，代表会聚一堂，[[过去的五年]]', [fig('count', 3, '幢'), fig('period', 5, '年')]);
  // Gazetteers count years in the eras before 1949: 民国29年 is 1940, 光绪三十四年五月 May 1908.
  check('[[民国29年]]成立卫生院，[[光绪三十四年五月]]设医局，民国时期', [
    fig('date', null, '', { date: '1940' }),
    fig('date', null, '', { date: '1908-05' }),
  ]);
});

test('fresh pages (round 20): a signature year ending in ○, editions, courses counted with 门', () => {
  check('[[二○一○年十二月三日]]，[[二○二○年]]', [fig('date', null, '', { date: '2010-12-03' }), fig('date', null, '', { date: '2020' })]);
  // 2017年版 is an edition's label (标准(2017年版)), no date.
  check('执行《评审标准》(2017年版)，2017年版本', []);
  check('选修[[3门]]课程，[[4门以上]]不及格，5门诊部', [fig('count', 3, '门'), fig('count', 4, '门', { approx: 'at-least' })]);
});

test('fresh pages (round 21): a year in two digits with its month and day; levels of border regions counted', () => {
  // A site's date stamp (发布时间:23年11月03日) was a length of 23 years and a date without a year.
  check('发布时间:[[23年11月03日]]，[[08年5月12日]]', [fig('date', null, '', { date: '2023-11-03' }), fig('date', null, '', { date: '2008-05-12' })]);
  // Alone, or before 个月, two digits and 年 are still a length (with its months, one length in months).
  check('工作了[[23年11个月]]', [fig('quantity', 287, '月', { unitText: '年月' })]);
  // With a part of the month instead of its day (round 107): the end of December 2023, not 23 years and a month.
  check('任务周期截至为[[23年12月底]]的项目，[[24年3月上旬]]', [fig('date', null, '', { date: '2023-12', datePart: 'end' }), fig('date', null, '', { date: '2024-03', datePart: 'early' })]);
  // 地 is the prefecture (区、地、县三级), 盟 and 旗 Inner Mongolia's levels.
  check('实现区、地、县[[三级]]全覆盖，盟旗[[两级]]，盟、旗[[两级]]', [fig('count', 3, '级'), fig('count', 2, '级'), fig('count', 2, '级')]);
});

test('fresh pages (round 21): points of a rate per mille, towns and village groups counted, a few years before 后, the Ming reigns', () => {
  check('出生率下降[[0.21个千分点]]，提高[[1.46个百分点]]', [fig('rate', 0.21, '个千分点', { change: 'decrease' }), fig('percentage-point', 1.46, '个百分点', { change: 'increase' })]);
  // A county's towns, townships and village groups counted bare; 乡村, 镇级, 乡镇卫生院 are no counts of them.
  check('辖[[2镇]][[14乡]]，[[362村民小组]]，两乡村医生，一镇一品', [fig('count', 2, '镇'), fig('count', 14, '乡'), fig('count', 362, '村民小组')]);
  // A few years in Chinese numerals before 后 or 时间 are a length (they were left out as a plan's span, 三年行动).
  check('[[两年]]后，用[[五年]]时间，实施三年行动', [fig('quantity', 2, '年'), fig('quantity', 5, '年')]);
  check('[[嘉靖四十五年]]', [fig('date', null, '', { date: '1566' })]);
});

test('fresh pages (round 22): two neighbouring numerals before a place (五六百人), ships and trips counted, cases (宗) and rounds (轮) in Chinese numerals', () => {
  check('[[五六百人]]参加，[[二三十米]]，[[三四万人]]', [
    fig('range', 500, '人', { valueHigh: 600, approx: 'about' }),
    fig('range', 20, '米', { valueHigh: 30, approx: 'about' }),
    fig('range', 30000, '人', { valueHigh: 40000, approx: 'about' }),
  ]);
  check('船舶[[12艘]]，[[3000艘次]]，车辆[[5000辆次]]，[[120天次]]', [fig('count', 12, '艘'), fig('count', 3000, '艘次'), fig('count', 5000, '辆次'), fig('count', 120, '天次')]);
  // 三轮车 is a tricycle, 三轮驱动 a metaphor, 第2轮 an ordinal.
  check('新增[[六宗]]个案，开展[[三轮]]核酸检测，第2轮，三轮车，三轮驱动', [fig('count', 6, '宗'), fig('count', 3, '轮')]);
});

test('fresh pages (round 22): a daily bulletin\'s hours, two days joined by 及, hours in Chinese numerals to the afternoon, 时许, half of a 年度', () => {
  check('[[11月22日0-24时]]，[[31个]]省', [fig('range', null, '', { date: '--11-22T00:00/--11-22T24:00' }), fig('count', 31, '个')]);
  check('[[3月19及20日]]举行', [fig('date', null, '', { date: '--03-19', dates: ['--03-19', '--03-20'] })]);
  check('上午[[九时至下午一时]]', [fig('range', null, '', { date: 'T09:00/T13:00' })]);
  check('[[11时许]]发生', [fig('date', null, '', { date: 'T11:00', approx: 'about' })]);
  check('[[2013年度上半年]]，[[2013年度]]', [fig('period', null, '', { date: '2013-H1' }), fig('date', null, '', { date: '2013' })]);
});

test('fresh pages (round 22): 周口 and 周至 are places, no weeks after a number', () => {
  check('图片 1 周口日报记者摄，周至县，[[3周]]内', [fig('quantity', 3, '周')]);
});

test('fresh pages (round 23): countries and storeys counted bare (两国, 六国, 两层); 国家, 国际, 层次 are words', () => {
  check('中非[[两国]]，[[六国]]卫生部长，建成[[两层]]业务楼，国家层面，层次分明', [fig('count', 2, '国'), fig('count', 6, '国'), fig('count', 2, '层')]);
});

test('fresh pages (round 24): 具 and 面 count in Arabic numerals (60余具, 20面锦旗); 具有, 全面, 两面 are words', () => {
  check('查获器械[[60余具]]，收到[[20面]]锦旗，具有资质，全面推进，两面性', [fig('count', 60, '具', { approx: 'more-than' }), fig('count', 20, '面')]);
});

test('fresh pages (round 24): calls counted with 通 (70余万通电话); 通过, 通知, 沟通 are words', () => {
  check('接听[[70余万通]]电话，[[3通]]来电，通过审核，3通知', [fig('count', 700000, '通', { approx: 'more-than', unitText: '万通' }), fig('count', 3, '通')]);
});

test('fresh pages (round 25): a ratio of three parts is no time; 万 amounts with 左右; power, weight and containers counted', () => {
  check('三次产业结构为[[26:24:50]]，[[14:30]]开会，人口[[5800万左右]]', [fig('rate', 26 / 24, ':', { ratio: [26, 24, 50] }), fig('date', null, '', { date: 'T14:30' }), fig('quantity', 58000000, '', { approx: 'about', unitText: '万' })]);
  check('装机[[200兆瓦]]，收购[[3万斤]]，帐篷[[20顶]]，[[50桶]]，两位数增长', [fig('quantity', 200, '兆瓦'), fig('quantity', 30000, '斤', { unitText: '万斤' }), fig('count', 20, '顶'), fig('count', 50, '桶')]);
});

test('fresh pages (rounds 21–25): a date written day first with a four-digit year, as pages stamp them (16.09.2021 02:41); 1.2.3 and 3.5.2022年 are none', () => {
  check('覆盖城乡 [[16.09.2021  02:41]]，发布于[[20.04.2016]]，见1.2.3节', [fig('date', null, '', { date: '2021-09-16T02:41' }), fig('date', null, '', { date: '2016-04-20' })]);
  check('3.5.[[2022年]]工作安排', [fig('date', null, '', { date: '2022' })]);
});

test('numbers listed before one unit share it (分别为300、200万元, 3、5、7岁, 0.361、0.397和0.308 mSv), and months before one 月 (1、2月份)', () => {
  check('分别为[[300]]、[[200万元]]，为[[3]]、[[5]]、[[7岁]]儿童接种', [
    fig('money', 3000000, '元'),
    fig('money', 2000000, '元', { unitText: '万元' }),
    fig('quantity', 3, '岁'),
    fig('quantity', 5, '岁'),
    fig('quantity', 7, '岁'),
  ]);
  check('有效剂量分别为[[0.361]]、[[0.397]]和[[0.308 mSv]]，今年[[1]]、[[2月份]]', [
    fig('quantity', 0.361, 'mSv'),
    fig('quantity', 0.397, 'mSv'),
    fig('quantity', 0.308, 'mSv'),
    fig('date', null, '', { date: '--01' }),
    fig('date', null, '', { date: '--02' }),
  ]);
  // An item's marker at the start of a line is no number of a list; ages in months are no months but share 月龄;
  // a noun counted (3、5县) shares nothing.
  check('1、[[20个]]乡镇完成\n接种[[6]]、[[12月龄]]儿童，覆盖3、[[5县]]', [
    fig('count', 20, '个'),
    fig('quantity', 6, '月龄'),
    fig('quantity', 12, '月龄'),
    fig('count', 5, '县'),
  ]);
  // Classes named by their numbers (疟疾风险1、2、3、4类国家) share no 类.
  assert.deepEqual(findFigures('疟疾风险1、2、3、4类国家').filter((f) => f.start < 9).map((f) => f.text), []);
});

test('fresh pages (round 26): the edition of a law\'s publicity week is no rank; levels joined by 及 or 和 are counted', () => {
  check('[[4月25日至5月1日]]是全国第16个《职业病防治法》宣传周，全国第33个爱国卫生月', [fig('range', null, '', { date: '--04-25/--05-01' })]);
  check('自治区及市[[两级]]卫生健康委，国家和省[[两级]]专家', [fig('count', 2, '级'), fig('count', 2, '级')]);
});

test('fresh pages (round 27): values after the names of vital statistics, and values listed after a first one', () => {
  check('出生人数[[7588]],出生率[[10.67‰]];期望寿命[[80.48]],男、女期望寿命分别为[[78.57]]和[[82.57]]。性别比[[110.77]]。', [
    fig('quantity', 7588, ''), fig('rate', 0.01067, '‰'), fig('quantity', 80.48, ''), fig('quantity', 78.57, ''), fig('quantity', 82.57, ''), fig('quantity', 110.77, ''),
  ]);
  // A number after 和 with no value before it is none (工作和2个).
  check('人员和[[2个]]单位，1和2', [fig('count', 2, '个')]);
});

test('fresh pages (round 27): bed-days, about ten (十来), as many as a hundred (上百), a ratio written with the presentation colon', () => {
  check('占用总床日数[[1200床日]]，还得[[十来分钟]]，上[[百位]]专家，上一年度，比例为[[1︰2]]', [
    fig('count', 1200, '床日'),
    fig('quantity', 10, '分钟', { approx: 'about' }),
    fig('count', 100, '位', { approx: 'about' }),
    fig('rate', 0.5, ':', { ratio: [1, 2] }),
  ]);
});

test('fresh pages (round 27): indicators per thousand listed with 达, the denominator carried through a sentence to counts that are no whole number, per thousand farmers', () => {
  check('每千人口执业(助理)医师数达[[3.64人]]、每千人口注册护士数达[[4.24人]]、每千人口床位数达[[8.08张]]。', [
    fig('rate', 3.64, '人/千人口'), fig('rate', 4.24, '人/千人口'), fig('rate', 8.08, '张/千人口'),
  ]);
  check('每千常住人口拥有卫技人员[[6.47人]],执业(助理)医师[[2.48人]],实有床位[[2.58张]]。全区有[[3所]]医院', [
    fig('rate', 6.47, '人/千常住人口'), fig('rate', 2.48, '人/千常住人口'), fig('rate', 2.58, '张/千常住人口'), fig('count', 3, '所'),
  ]);
  check('每千农业人口乡镇卫生院卫生人员[[1.55人]]', [fig('rate', 1.55, '人/千农业人口')]);
});

test('fresh pages (round 28): a count before 次中心 keeps its own measure word (167个|次中心)', () => {
  check('建成[[167个]]次中心，服务[[300家次]]', [fig('count', 167, '个'), fig('count', 300, '家次')]);
});

test('fresh pages (round 28): a year written without 年 before 以来 or 至今 is a year', () => {
  check('[[2022]]以来，新增床位[[500张]]，[[2019]]至今，2022工作', [
    fig('date', null, '', { date: '2022' }), fig('count', 500, '张'), fig('date', null, '', { date: '2019' }),
  ]);
});

test('fresh pages (round 28): batches counted in Chinese numerals (分三批、四批); 一批 is "a number of", 第三批 an ordinal', () => {
  check('分[[三批]]、[[四批]]进行，第三批，一批专家，[[两批]]', [fig('count', 3, '批'), fig('count', 4, '批'), fig('count', 2, '批')]);
});

test('fresh pages (round 29): teeth, pairs of glasses and pack-years counted; a school\'s grades are no years', () => {
  check('窝沟封闭近[[30万颗]]，验配眼镜[[500副]]，吸烟≥[[20包年]]，二至四年级学生，副主任[[3人]]', [
    fig('count', 300000, '颗', { approx: 'nearly', unitText: '万颗' }),
    fig('count', 500, '副'),
    fig('quantity', 20, '包年', { approx: 'at-least' }),
    fig('count', 3, '人'),
  ]);
});

test('fresh pages (round 29): N名 or N位 right after a verb of ranking is a rank (全国排名48名), not a count of people', () => {
  check('全国排名[[48名]]，位列[[12位]]，录取[[48名]]学生', [
    fig('rank', 48, '', { scope: '全国' }), fig('rank', 12, ''), fig('count', 48, '名'),
  ]);
});

test('fresh pages (round 30): 放在第一位 is a motto, no rank; a year without 年 before a part of the year is a year', () => {
  check('把安全放在第一位，摆在第一位，[[2022]][[第三季度]]', [fig('date', null, '', { date: '2022' }), fig('period', 3, '季度')]);
});

test('one of a thing a few words after a bound is a quantity, as the guidelines\' example has it (每个乡镇至少建成一个); a superlative over a noun is no bound', () => {
  check('每个乡镇至少建成[[一个]]卫生院，每县至少开展[[一次]]督查，每个郊区至少有[[一所]]三级医院，人数最多的一次培训，收治一名患者', [
    fig('count', 1, '个'), fig('count', 1, '次'), fig('count', 1, '所'),
  ]);
});

test('fresh pages (round 32): a scale and a larger one stand alone after a qualifier (上千亿元, 近百万人次); 款 counts products (200余款, 5款, 上百款), not in 款项', () => {
  check('形成上[[千亿元]]的市场，近[[百万人次]]，上线[[200余款]]产品，[[5款]]药品，上[[百款]]，拨付款项，上[[千亿]]', [
    fig('money', 100000000000, '元', { approx: 'about' }),
    fig('count', 1000000, '人次', { approx: 'nearly' }),
    fig('count', 200, '款', { approx: 'more-than' }),
    fig('count', 5, '款'),
    fig('count', 100, '款', { approx: 'about' }),
    fig('quantity', 100000000000, '', { approx: 'about' }),
  ]);
});

test('fresh pages (round 33): a floor of a building (门诊楼6层, 2号楼1层) is no count, as the guidelines leave floor numbers out; a building of six storeys is', () => {
  check('位于门诊楼6层会诊中心，西直门办公区2号楼1层，新建[[6层]]住院楼', [fig('count', 6, '层')]);
});

test('fresh pages (round 34): kilocalories (1817千卡), lessons counted with 节 after digits (21节); 节日, 节约 and 第三节 are no counts', () => {
  check('每日能量[[1817千卡]]，开设课程[[21节]]，第三节课，节日期间，节约用水', [fig('quantity', 1817, '千卡'), fig('count', 21, '节')]);
});

test('fresh pages (round 34): 零下 is a temperature\'s sign (零下30℃ is −30 ℃)', () => {
  check('气温降至[[零下30℃]]', [fig('quantity', -30, '℃')]);
});

test('fresh pages (round 35): a length of time after 历时 (历时三年); 三月三, the Zhuang festival, is no month', () => {
  check('[[历时三年]]建成，欢度三月三', [fig('period', 3, '年')]);
});

test('fresh pages (round 33): the later parts of a dotted number of three parts or more are no figures (1.1.1人口老龄化, 3.3.2人工智能, 见1.2.3节); an item\'s number before a year stays one (附件:1.2022年…)', () => {
  check('1.1.1人口老龄化等背景，3.3.2人工智能赋能，见1.2.3节，附件:1.[[2022年]]通城县工作方案', [fig('date', null, '', { date: '2022' })]);
});

test('fresh pages (round 37): 元月 after a year is January (2023年元月10日); a rate per two things (65元/人/年); floors after a building\'s letter or 楼 are none (A座11-13层, 门诊楼6层), a building\'s storeys after 栋 count; a copyright\'s years are none; 举措 counted bare (三举措); 项目 after a blank is no 项', () => {
  check('[[2023年元月10日]]召开', [fig('date', null, '', { date: '2023-01-10' })]);
  check('补助标准为[[65元/人/年]]', [fig('money', 65, '元/人/年')]);
  check('地址：A座11-13层，门诊楼6层，[[两栋]][[三层]]的门诊大楼', [fig('count', 2, '栋'), fig('count', 3, '层')]);
  check('©2022 通辽日报，© 2019-2024 某网', []);
  check('该镇[[三举措]]深推', [fig('count', 3, '举措')]);
  check('合计 [[0]] 项目 [[10 项]]', [fig('quantity', 0, ''), fig('count', 10, '项')]);
});

test('fresh pages (round 37): square kilometres written 平方千米 are 平方公里', () => {
  check('全州面积[[4.5万平方千米]]', [fig('quantity', 45000, '平方公里', { unitText: '万平方千米' })]);
});

test('fresh pages (round 38): 不小于 is at least and 不大于 at most (小于 inside them read the other bound); places named with a numeral and a measure word are none (三元区, 三门峡, 九州通); a drug\'s regulatory class is no count (1类新药)', () => {
  check('面积不小于[[80平方米]]，车辆不大于[[3辆]]', [fig('quantity', 80, '平方米', { approx: 'at-least' }), fig('count', 3, '辆', { approx: 'at-most' })]);
  check('三明市三元区卫健局，三门峡市，九州通医药集团，获批1类新药[[3个]]', [fig('count', 3, '个')]);
});

test('fresh pages (round 39): a section\'s number before 年度 is no length of time (1.2年度总体目标); doses in 剂量单位', () => {
  check('1.2年度总体目标，接种疫苗[[7亿剂量单位]]', [fig('count', 700000000, '剂量单位', { unitText: '亿剂量单位' })]);
});

test('fresh pages (round 39): a range of days after 第 (第1-30天) is one range, no rank and a length; rooms by their beds are none (三人间), nor 最后一天; concentrations in mg/l and MPN/L', () => {
  check('住院[[第1-30天]]按床日付费，三人间病房，最后一天，浓度[[3.3mg/l]]，粪大肠菌群[[0mpn/l]]', [
    fig('range', 1, '天', { valueHigh: 30 }), fig('quantity', 3.3, 'mg/L', { unitText: 'mg/l' }), fig('quantity', 0, 'MPN/L', { unitText: 'mpn/l' }),
  ]);
});

test('fresh pages (round 40): minutes and seconds are one length of time in seconds (用时4分37秒: 用时 is no clock\'s hour), a clock\'s time stays one (10时30分); the herb 三七 is no number (三七种源)', () => {
  check('平均用时[[4分37秒]]，反应时间[[6分12秒]]，上午[[10时30分]]开会，三七种源基地', [
    fig('quantity', 277, '秒', { unitText: '分秒' }), fig('quantity', 372, '秒', { unitText: '分秒' }), fig('date', null, '', { date: 'T10:30' }),
  ]);
});

test('lengths of time in two units are one figure in the smaller (2个小时30分钟, 三年六个月, 一年零三个月), with a bound after them; a year in digits before months stays a date', () => {
  check('抢救[[2个小时30分钟]]，用时约[[1小时15分]]，判处有期徒刑[[三年六个月]]，缓刑[[一年零三个月]]，刑期[[3年6个月以上]]，[[2024年]][[3个月]]内', [
    fig('quantity', 150, '分钟', { unitText: '小时分钟' }),
    fig('quantity', 75, '分钟', { unitText: '小时分钟', approx: 'about' }),
    fig('quantity', 42, '月', { unitText: '年月' }),
    fig('quantity', 15, '月', { unitText: '年月' }),
    fig('quantity', 42, '月', { unitText: '年月', approx: 'at-least' }),
    fig('date', null, '', { date: '2024' }),
    fig('quantity', 3, '月', { unitText: '个月' }),
  ]);
});

test('centuries are periods (21世纪 → 2001/2100, 20世纪末 with its part); a decade takes in the century written with its numeral before it (20世纪80年代)', () => {
  check('进入[[21世纪]]以来，[[20世纪80年代]]，[[二十世纪五十年代]]，[[21世纪初]]，[[20世纪末]]，上世纪[[80年代]]，本世纪[[20年代]]', [
    fig('period', null, '', { date: '2001/2100' }),
    fig('period', null, '', { date: '1980/1989' }),
    fig('period', null, '', { date: '1950/1959' }),
    fig('period', null, '', { date: '2001/2100', datePart: 'start' }),
    fig('period', null, '', { date: '1901/2000', datePart: 'end' }),
    fig('period', null, '', { date: '1980/1989' }),
    fig('period', null, '', { date: '2020/2029' }),
  ]);
});

test('fresh pages (round 60): a density per area is one rate (1323人/平方公里, 123人/km²); a price per area stays money', () => {
  check('人口密度为[[1323人/平方公里]]，[[123人/km²]]，房价[[3000元/平方米]]', [
    fig('rate', 1323, '人/平方公里'),
    fig('rate', 123, '人/km²'),
    fig('money', 3000, '元/平方米'),
  ]);
});

test('fresh pages (round 60): 突破 and 破 before a number say more than (破百万人次, 突破百亿元; not 打破, 跌破); 前7月 is the months up to the seventh, as 前三季度 its quarters (not 目前, 提前)', () => {
  check('结算人次破[[百万人次]]，突破[[百亿元]]，打破[[3项]]纪录，[[前7月]]结算，今年[[前三月]]，提前[[3月]]', [
    fig('count', 1000000, '人次', { approx: 'more-than' }),
    fig('money', 10000000000, '元', { approx: 'more-than' }),
    fig('count', 3, '项'),
    fig('period', 7, '月', { approx: 'at-most' }),
    fig('period', 3, '月', { approx: 'at-most' }),
    fig('date', null, '', { date: '--03' }),
  ]);
});

test('fresh pages (round 60): a Chinese numeral that sums up a list before a naming measure word counts (…等四类人员, 分为三期, 等八类重点场所); alone it names (三类医疗器械)', () => {
  check('异地转诊人员等[[四类]]人员，按床日付费分为[[三期]]，候车室等[[八类]]重点场所，三类医疗器械', [
    fig('count', 4, '类'),
    fig('count', 3, '期'),
    fig('count', 8, '类'),
  ]);
});

test('fresh pages (round 60): editions counted in a row or held (连续四届, 已连续举办15届, 共举办三届, 举办三期) are counts; a congress\'s term (十四届全国人大, 20届) and a year\'s class (2024届) are none', () => {
  check('连续[[四届]]获评，已连续举办[[15届]]，共举办[[三届]]，举办[[三期]]乡村医生培训，十四届全国人大，20届三中全会，2024届毕业生', [
    fig('count', 4, '届'),
    fig('count', 15, '届'),
    fig('count', 3, '届'),
    fig('count', 3, '期'),
  ]);
});

test('fresh pages (round 61): in a scoring rule the one item a score is counted per is a count (缺一项扣0.5分, 每缺一名专职人员扣1分, 每开展一项加2分); 一 meaning "a" stays none (一名患者, 培养了一批骨干)', () => {
  check('制度等缺[[一项]]扣[[0.5分]]，每缺[[一名]]专职人员扣[[1分]]，每开展[[一项]]加[[2分]]，一名患者，培养了一批骨干', [
    fig('count', 1, '项'), fig('quantity', 0.5, '分'),
    fig('count', 1, '名'), fig('quantity', 1, '分'),
    fig('count', 1, '项'), fig('quantity', 2, '分'),
  ]);
});

test('fresh pages (round 61): a lone scale of 亿 is an amount (千亿级产业, 突破百亿, 达千亿元), as 500亿级 is', () => {
  check('打造[[千亿]]级产业集群，[[500亿]]级产业，突破[[百亿]]，产值达[[千亿元]]', [
    fig('quantity', 100000000000, ''),
    fig('quantity', 50000000000, '', { unitText: '亿' }),
    fig('quantity', 10000000000, '', { approx: 'more-than' }),
    fig('money', 100000000000, '元'),
  ]);
});

test('fresh pages (round 62): equipment counted in sets (230余台套) is one count, not 台 and a stray 套', () => {
  check('新增设备[[230余台套]]，[[5台]]CT', [fig('count', 230, '台套', { approx: 'more-than' }), fig('count', 5, '台')]);
});

test('fresh pages (round 62): a school meal\'s rate per student, per day or per meal keeps its unit (5元/生/天, 800元/生/年, 5元/天/生, 6元/餐)', () => {
  check('补助标准为[[5元/生/天]]，按照[[800元/生/年]]拨付，国家标准为[[5元/天/生]]，餐费[[6元/餐]]', [
    fig('money', 5, '元/生/天'), fig('money', 800, '元/生/年'), fig('money', 5, '元/天/生'), fig('money', 6, '元/餐'),
  ]);
});

test('fresh pages (round 62): a few years in Chinese numerals after 持续 or before 的努力 are a length of time (持续三年, 通过七年的努力), as after 连续; 三年行动计划 names a plan', () => {
  check('持续[[三年]]开展，通过[[七年]]的努力，经过[[五年]]的探索，三年行动计划', [fig('quantity', 3, '年'), fig('quantity', 7, '年'), fig('quantity', 5, '年')]);
});

test('fresh pages (round 61): one month, week or day before what counts from it is a length (一个月后, 一周之后, 一天内); 下午一点 is an hour; 一名患者 stays none', () => {
  check('[[一个月]]后康复出院，[[一周]]之后复查，[[一天]]内办结，下午[[一点]]抢救成功，一名患者', [
    fig('quantity', 1, '月', { unitText: '个月' }),
    fig('quantity', 1, '周'),
    fig('quantity', 1, '天'),
    fig('date', null, '', { date: 'T13:00' }),
  ]);
});

test('fresh pages (round 61): person-years are one unit (120万人年, 25.6/10万人年), as characters (1000字符); laps and seats are counted (10圈, 5席)', () => {
  check('观察[[120万人年]]，发病率为[[25.6/10万人年]]，共[[1000字符]]，绕赤道[[10圈]]，肿瘤占了[[5席]]', [
    fig('count', 1200000, '人年', { unitText: '万人年' }),
    fig('rate', 25.6, '/10万人年'),
    fig('count', 1000, '字符'),
    fig('count', 10, '圈'),
    fig('count', 5, '席'),
  ]);
});

test('fresh pages (round 63): a household\'s members (全家4口人), tables of a banquet (60桌至70桌) and years of study abroad or further training (进修一年, 留学三年) are figures; 工作三年行动计划 names a plan', () => {
  check('全家[[4口]]人，共[[60桌至70桌]]，[[进修一年]]，[[留学三年]]，卫生健康工作三年行动计划', [
    fig('count', 4, '口'),
    fig('range', 60, '桌', { valueHigh: 70 }),
    fig('period', 1, '年'),
    fig('period', 3, '年'),
  ]);
});

test('fresh pages (round 64): trips and pieces of equipment counted in compound measure words (1202趟次, 120台件), dividends per share (0.5元/股); the classical three months of a season are no month (冬三月)', () => {
  check('出车[[1202趟次]]，设备[[120台件]]，每股派息[[0.5元/股]]，冬三月，此谓闭藏', [fig('count', 1202, '趟次'), fig('count', 120, '台件'), fig('money', 0.5, '元/股')]);
});

test('fresh pages (round 64): two hours of a part of the day with one 点 are a range of times (晚9-10点 → 21:00–22:00, 早6-7点); a founding year without 年 is a date (始建于1987，); other years without 年 stay none, and without a part of the day 9-10点 counts points', () => {
  check('晚[[9-10点]]入睡，早[[6-7点]]起床，医院始建于[[1987]]，全年2024，提出[[9-10点]]意见', [
    fig('range', null, '', { date: 'T21:00/T22:00' }),
    fig('range', null, '', { date: 'T06:00/T07:00' }),
    fig('date', null, '', { date: '1987' }),
    fig('range', 9, '点', { valueHigh: 10 }),
  ]);
});

test('fresh pages (round 64): 四时 alone is the four seasons, a classical word (顺应四时); with a part of the day, its minutes or 许 it is an hour', () => {
  check('顺应四时，四时养生，下午[[四时]]开会，[[四时三十分]]，[[四时许]]', [
    fig('date', null, '', { date: 'T16:00' }),
    fig('date', null, '', { date: 'T04:30' }),
    fig('date', null, '', { date: 'T04:00', approx: 'about' }),
  ]);
});

test('fresh pages (round 64): degrees of an angle or a longitude (黄经270°, 45°) and cloves (3瓣) are figures, as ℃ is', () => {
  check('太阳到达黄经[[270°]]时，大蒜[[3瓣]]，气温[[12℃]]', [fig('quantity', 270, '°'), fig('count', 3, '瓣'), fig('quantity', 12, '℃')]);
});

test('fresh pages (round 40): a year whose 年 a site lost, run into its month, is the month of that year (20173月, 202310月, 20253月12日); other runs of digits before 月 are none', () => {
  check('[[20173月]]召开，[[202310月]]完成，[[20253月12日]]答复，共计20000月', [
    fig('date', null, '', { date: '2017-03' }), fig('date', null, '', { date: '2023-10' }), fig('date', null, '', { date: '2025-03-12' }),
  ]);
});

test('fresh pages (round 40): metres written 公尺 (as Taiwan writes them) are 米', () => {
  check('距离[[500公尺]]', [fig('quantity', 500, '米', { unitText: '公尺' })]);
});

test('the later numbers of a list after 第 are ordinals too, no counts (第3、18、31条, 第十二、十三条, 第一、二、三名); a list of quarters stays periods (第1、2季度)', () => {
  check('违反第3、18、31条规定，依照第十二、十三条', []);
  check('分别取得[[第一]]、二、三名', [fig('rank', 1, '')]);
  check('[[第1]]、[[2季度]]', [fig('period', 1, '季度'), fig('period', 2, '季度')]);
});

test('fresh pages (round 42): provinces and autonomous regions, prefectures and cities counted as nouns (五省区, 5地市)', () => {
  check('覆盖周边[[五省区]]，辐射[[5地市]]', [fig('count', 5, '省区'), fig('count', 5, '地市')]);
  // As before: 省 or 地 alone before 区 or 市 is no count of them.
  check('[[两省]]共建，全省各地市', [fig('count', 2, '省')]);
});

test('fresh pages (round 42): a number of years before 前 is a period ago (两年前, 5000年前); 前 that starts a word (前往, 前列) or follows days is none', () => {
  check('[[两年前]]的今天，历史可追溯到[[5000年前]]', [fig('period', 2, '年'), fig('period', 5000, '年')]);
  check('分别于[[10月12日]]和[[26日]]前往现场，[[2019年]]前完成改造', [fig('date', null, '', { date: '--10-12' }), fig('date', null, '', { date: '--10-26' }) /* of the same month: round 93 */, fig('date', null, '', { date: '2019' })]);
});

test('fresh pages (round 42): a range of days with a note in brackets after its first day (2月2日(农历除夕)至8日, 5月1日（星期六）至5日) is one range', () => {
  check('春节：[[2月2日(农历除夕)至8日]]放假调休，[[2021年5月1日（星期六）至5日]]，[[5月1日]]（周六）实施', [
    fig('range', 2, '日', { date: '--02-02/--02-08', valueHigh: 8 }),
    fig('range', 1, '日', { date: '2021-05-01/2021-05-05', valueHigh: 5 }),
    fig('date', null, '', { date: '--05-01' }),
  ]);
});

test('fresh pages (round 43): a lower bound and an upper bound written one after the other are one range (五千元以上三万元以下, as statutes set fines)', () => {
  check('处[[五千元以上三万元以下]]罚款，处[[1万元以上3万元以下]]的罚款，[[60岁以上]]老人', [
    fig('range', 5000, '元', { valueHigh: 30000 }),
    fig('range', 10000, '元', { valueHigh: 30000, unitText: '万元' }),
    fig('quantity', 60, '岁', { approx: 'at-least' }),
  ]);
});

test('fresh pages (round 43): 四处 running about is no count of four', () => {
  check('四处奔走，四处宣传，设立[[四处]]', [fig('count', 4, '处')]);
});

test('fresh pages (round 43): an article cited without its 第 (三十二条第一款, 三十五条的规定) is no count of articles; ten rules are', () => {
  check('违反了《母婴保健法》三十二条第一款，依据第三十二条和三十五条的规定，出台[[10条]]规定', [fig('count', 10, '条')]);
});

test('fresh pages (round 44): 县 before 区域 counts counties (四县区域: 区 is the region\'s), and 东三省 names the north-east', () => {
  check('西部[[四县]]区域医疗中心，[[三县区]]参加，东三省联合开展', [fig('count', 4, '县'), fig('count', 3, '县区')]);
});

test('fresh pages (round 44): 一 with a unit of time after a word of length (为期一周, 历时一个月) and 一年来 as 三年来 are lengths of time; so, since round 61, before a word that counts from it (一周后, 一天内); a week and a day alone are not', () => {
  check('开展为期[[一周]]的培训，历时[[一个月]]，[[一年来]]，[[三年来]]，[[一周]]后复查，[[一天]]内完成，每一周', [
    fig('quantity', 1, '周'),
    fig('quantity', 1, '月', { unitText: '个月' }),
    fig('period', 1, '年'),
    fig('period', 3, '年'),
    fig('quantity', 1, '周'),
    fig('quantity', 1, '天'),
  ]);
});

test('fresh pages (round 45): digits in a web address or a file\'s name are no figures (…/art/2024/3/29/art_1229.html, 微信图片_2026-02-12_125636.png); a date beside one is', () => {
  check('原文链接:http://wsjkw.zj.gov.cn/art/2024/3/29/art_1229560650.html 发布于[[2024年3月29日]]\n微信图片_2026-02-12_125636_591.png\n见wechat_2025-09-28_110433_953.jpg，共[[3张]]', [
    fig('date', null, '', { date: '2024-03-29' }),
    fig('count', 3, '张'),
  ]);
});

test('fresh pages (round 45): cases counted in Chinese numerals (立案八起, 两起); 一起 is together or "an", no count', () => {
  check('查处立案[[八起]]，发生[[两起]]，和护士一起，联系在一起，发生一起事故', [fig('count', 8, '起'), fig('count', 2, '起')]);
  check('查处立案[[八起]]，[[正月初八]]起正常上班', [fig('count', 8, '起'), fig('date', null, '', { lunar: '--01-08' })]);
});

test('fresh pages (round 46): the top so many of a list (前30强, 前十强) is a rank from the top, as 前五名 is', () => {
  check('进入全国[[前30强]]，跻身[[前十强]]，排名[[前五名]]，目前强化管理', [
    fig('rank', 30, '', { approx: 'at-most' }),
    fig('rank', 10, '', { approx: 'at-most' }),
    fig('rank', 5, '', { approx: 'at-most' }),
  ]);
});

test('fresh pages (round 46): the Red Army\'s fronts (红四方面军) are names, no count of aspects', () => {
  check('红四方面军总医院，红一方面军，从[[三方面]]推进', [fig('count', 3, '方面')]);
});

test('fresh pages (round 47): research writing\'s units of time (24 h, 30 min, 350毫秒), and a confidence interval\'s level is no percentage (95%CI, 95% CI)', () => {
  check('反应时间为[[350毫秒]]，术后[[24 h]]内，持续[[30 min]]，发病率为[[4.5%]]（95%CI：[[3.2%～5.8%]]）', [
    fig('quantity', 350, '毫秒'),
    fig('quantity', 24, '小时', { unitText: 'h' }),
    fig('quantity', 30, '分钟', { unitText: 'min' }),
    fig('percent', 0.045, '%'),
    fig('range', 0.032, '%', { valueHigh: 0.058 }),
  ]);
});

test('fresh pages (round 47): a rate whose number groups its thousands with a blank is one figure (4 493.93/10万, 34 832/10万)', () => {
  check('发病率为[[4 493.93/10万]]，死亡率为[[34 832/10万]]，共[[34 832人]]', [
    fig('rate', 4493.93, '/10万'),
    fig('rate', 34832, '/10万'),
    fig('count', 34832, '人'),
  ]);
});

test('fresh pages (round 48): one period written with 一 before its count is a frequency (一年一次, 一年两次), as 每年一次 is; 第一年, 统一 are not', () => {
  check('提供[[一年一次]]免费体检，[[每年一次]]，[[一年两次]]，第一年一次性补助', [
    fig('rate', 1, '次/年'),
    fig('rate', 1, '次/年'),
    fig('rate', 2, '次/年'),
  ]);
});

test('fresh pages (rounds 44–48): a date at a part of its year or month keeps the part in datePart (2024年底, 6月中旬; the value gave the year or the month alone)', () => {
  const found = findFigures('2024年底完成，2024年12月初启动，6月中旬，3月下旬，9月上旬，2023年末，2024年下半年，5月1日。');
  assert.deepEqual(
    found.map((f) => [f.text, f.date, f.datePart]),
    [
      ['2024年底', '2024', 'end'],
      ['2024年12月初', '2024-12', 'start'],
      ['6月中旬', '--06', 'middle'],
      ['3月下旬', '--03', 'late'],
      ['9月上旬', '--09', 'early'],
      ['2023年末', '2023', 'end'],
      ['2024年下半年', '2024-H2', undefined],
      ['5月1日', '--05-01', undefined],
    ],
  );
});

test('fresh pages (round 48): the slogan 不漏一人, 不漏一户 counts nobody', () => {
  check('做到不漏一人、不漏一户，共[[3人]]确诊', [fig('count', 3, '人')]);
});

test('fresh pages (round 50, hospitals\' notices): ranges over the new year (12月31日至1月1日), from a day whose 日 is left out (1月31~2月2日) and from a half day (2月19日上午~2月21日); an item\'s number glued to a month (1.1月3日)', () => {
  check('[[12月31日(星期六)至1月1日]](星期日)门诊停诊，[[12月31日至1月1日]]停诊', [fig('range', null, '', { date: '--12-31/--01-01' }), fig('range', null, '', { date: '--12-31/--01-01' })]);
  check('[[1月31~2月2日]]全天停诊，[[2月19日上午~2月21日]]上午照常开诊', [fig('range', null, '', { date: '--01-31/--02-02' }), fig('range', 19, '日', { valueHigh: 21, date: '--02-19/--02-21' })]);
  check('1.[[1月3日]]，召开大会。\n20.[[2月13日]]，院领导带队检查，增长[[1.1个百分点]]', [fig('date', null, '', { date: '--01-03' }), fig('date', null, '', { date: '--02-13' }), fig('percentage-point', 1.1, '个百分点', { change: 'increase' })]);
  check('[[5月1日]]至[[3月1日]]', [fig('date', null, '', { date: '--05-01' }), fig('date', null, '', { date: '--03-01' })]);
});

test('fresh pages (round 50, endemic diseases): a middle dot as a journal\'s decimal point (0·105%, 1·2/万; 5·12 stays no figure), a dash between blanks (2014 - 2018年; not a table\'s 65.07 — 99%), years listed before the one that carries 年 (2016、2018和2019年)', () => {
  check('感染率[[0·105%]]，血阳率[[14·39%]]，发病率[[1·2/万]]，5·12护士节', [fig('percent', 0.00105, '%'), fig('percent', 0.1439, '%'), fig('rate', 1.2, '/万')]);
  check('[[2014 - 2018年]]的病例，[[2019年3 - 12月]]调查，得分65.07 — [[99%]]', [fig('range', 2014, '年', { valueHigh: 2018, date: '2014/2018' }), fig('range', 3, '月', { valueHigh: 12, date: '2019-03/2019-12' }), fig('percent', 0.99, '%')]);
  check('[[2016]]、[[2018]]和[[2019年]]开展监测', [fig('date', null, '', { date: '2016' }), fig('date', null, '', { date: '2018' }), fig('date', null, '', { date: '2019' })]);
});

test('fresh pages (round 50, radiation and disinfection): doses in Gray (16.9 mGy, 2 394.9 mGy·cm, 10kGy, 1戈瑞), disinfection units (10 CFU/cm2, 70μW/cm²) and a range in Bq/kg', () => {
  check('仅为[[16.9 mGy]]，高达[[2 394.9 mGy·cm]]，剂量[[1戈瑞]]，表面[[10 CFU/cm2]]，强度[[70μW/cm²]]，含量[[1-3Bq/kg]]', [
    fig('quantity', 16.9, 'mGy'), fig('quantity', 2394.9, 'mGy·cm'), fig('quantity', 1, 'Gy', { unitText: '戈瑞' }), fig('quantity', 10, 'CFU/cm²', { unitText: 'CFU/cm2' }), fig('quantity', 70, 'μW/cm²'), fig('range', 1, 'Bq/kg', { valueHigh: 3 }),
  ]);
});

test('fresh pages (round 50, licensing exams): questions counted (600 题, 300道题; 第3题 and 题目 are none), a year\'s half without 年 (2021上半年), an announcement\'s number in its year (公告2019 年第21号, 令2024年第141号) is no date', () => {
  check('总题量为 [[600 题]]，总题量为[[300道题]]，第3题答案，题目三道', [fig('count', 600, '题'), fig('count', 300, '道题')]);
  check('扬州[[2021上半年]]教资面试，[[2020年第四季度]]', [fig('period', null, '', { date: '2021-H1' }), fig('period', null, '', { date: '2020-Q4' })]);
  check('海关总署公告2019 年第21号，青海省人民政府令2024年第141号，[[2024年]]起施行', [fig('date', null, '', { date: '2024' })]);
});

test('fresh pages (round 50, interpretations and self-evaluations): a site\'s stamp with a two-digit year and its clock time (24-03-26 05:26:48); a vaccination schedule\'s months of age (0、1、6月) are no months of the year; a table\'s cells run together before % (10001000100%) are no percentage', () => {
  check('发布时间：[[24-03-26 05:26:48]]，编号24-03-26', [fig('date', null, '', { date: '2024-03-26T05:26:48' })]);
  check('按0、1、6月程序接种，今年[[1]]、[[2月份]]', [fig('date', null, '', { date: '--01' }), fig('date', null, '', { date: '--02' })]);
  check('执行率10001000100%，增长[[12,345,678%]]，增长[[123456%]]', [fig('percent', 123456.78, '%', { change: 'increase' }), fig('percent', 1234.56, '%', { change: 'increase' })]);
});

test('fresh pages (round 51, court judgments): a few years in Chinese numerals after a sentence\'s or a term\'s word (有期徒刑十年, 期限为五年) or with a bound (三年以下, 不到一年) are a length of time; 三年行动 stays a plan\'s name', () => {
  check('判处有期徒刑[[十年]]，处[[三年以下]]有期徒刑，处[[三年以上十年以下]]有期徒刑，期限为[[五年]]，实施三年行动', [
    fig('quantity', 10, '年'), fig('quantity', 3, '年', { approx: 'at-most' }), fig('range', 3, '年', { valueHigh: 10 }), fig('quantity', 5, '年'),
  ]);
});

test('fresh pages (round 51, appointment notices): a career\'s line from one year and month to another is one range, whatever follows it (1986.07--2001.08武汉市第四医院, 1986.07-2001.08 …)', () => {
  check('[[1981.09--1986.07]]  同济医科大学学习\n[[1986.07--2001.08]]武汉市第四医院麻醉科住院医师\n[[1986.07-2001.08]] 武汉市第四医院', [
    fig('range', null, '', { date: '1981-09/1986-07' }), fig('range', null, '', { date: '1986-07/2001-08' }), fig('range', null, '', { date: '1986-07/2001-08' }),
  ]);
});

test('fresh pages (round 51, international exchange): countries counted before 医 and 民 (两国医疗合作, 三国民众); 国医大师 and 国民经济 stay words', () => {
  check('[[两国]]医疗合作，[[三国]]民众，国医大师，国民经济', [fig('count', 2, '国'), fig('count', 3, '国')]);
});

test('fresh pages (round 51, prices): fewer levels than 三级 says, before a hospital, are the hospitals\' grade (省市三级中医医院, 赣州市三级综合医院); 省、市、县三级 and 市县两级医院 count levels', () => {
  check('省市三级中医医院调价，省、市、县[[三级]]联动，市县[[两级]]医院', [fig('count', 3, '级'), fig('count', 2, '级')]);
});

test('fresh pages (round 52, rescues and chronicles): clinical units (203U/L, 0.5ng/ml, 350pg/mL), a defibrillator\'s 200焦耳 and an X-ray machine\'s 200毫安', () => {
  check('肌酸激酶[[203U/L]]，肌钙蛋白[[0.5ng/ml]]，用[[200焦耳]]除颤，[[50~200毫安]]X光机', [
    fig('quantity', 203, 'U/L'), fig('quantity', 0.5, 'ng/mL', { unitText: 'ng/ml' }), fig('quantity', 200, 'J', { unitText: '焦耳' }), fig('range', 50, 'mA', { valueHigh: 200, unitText: '毫安' }),
  ]);
});

test('fresh pages (round 52, insurance fraud): 一 and 二 before a sentence\'s years (有期徒刑一年, 缓刑二年), a multiple (处一倍罚款) and 二人 are quantities; 二人转 and 一年一度 are none', () => {
  check('判处有期徒刑[[一年]]，缓刑[[二年]]，处[[一倍]]罚款，后[[二人]]收集医保卡，表演二人转，一年一度', [
    fig('quantity', 1, '年'), fig('quantity', 2, '年'), fig('quantity', 1, '倍'), fig('count', 2, '人'),
  ]);
});

test('fresh pages (round 53, environmental health): concentrations in μg/m³ (35μg/m3) and counts in 项次 (2项次 was 2项)', () => {
  check('PM2.5浓度为[[35μg/m3]]，共检查[[2项次]]', [fig('quantity', 35, 'μg/m³', { unitText: 'μg/m3' }), fig('count', 2, '项次')]);
});

test('fresh pages (rounds 52 and 53): 不足 and 不到 say less than (不足10份), 约为 about (约为300元); 块钱 is money (500块钱)', () => {
  check('不足[[10份]]，人均费用约为[[300元]]，花了[[500块钱]]', [fig('count', 10, '份', { approx: 'less-than' }), fig('money', 300, '元', { approx: 'about' }), fig('money', 500, '元', { unitText: '块钱' })]);
});

test('fresh pages (rounds 50 and 53): campuses counted as a bare noun (两院区同步开诊, 中心五院区放假); a campus by its name is none (东院区)', () => {
  check('[[两院区]]同步开诊，中心[[五院区]]放假，东院区开诊', [fig('count', 2, '院区'), fig('count', 5, '院区')]);
});

test('fresh pages (round 54, clinical pathways): thousands grouped by a blank before a blank and the measure word, as journals set them (1 010 个, 12 345 例)', () => {
  check('共有[[1 010 个]]临床路径，纳入[[12 345 例]]患者', [fig('count', 1010, '个'), fig('count', 12345, '例')]);
});

test('fresh pages (round 54, medical records): a score before 为 and its grade is a score (≥90分为甲级病历, 75分至89分为乙级); 分为三类 and 分为两组 divide', () => {
  check('≥[[90分]]为甲级病历，[[75分至89分]]为乙级，分为[[三类]]，共分为[[两组]]', [fig('quantity', 90, '分', { approx: 'at-least' }), fig('range', 75, '分', { valueHigh: 89 }), fig('count', 3, '类'), fig('count', 2, '组')]);
});

test('fresh pages (round 52, township reports): villages counted in digits as a bare noun (全镇12村, 7镇13村); a village named with a numeral (道二村) and 村民, 村医, 村卫生室 are none', () => {
  check('全镇[[12村]]全部完成，辖[[5村]]，来到道二村，第3村民小组，5村卫生室，12村医', [fig('count', 12, '村'), fig('count', 5, '村')]);
});

test('fresh pages (rounds 52 and 54): N大 before a count in digits with its measure word is a count of its own (四大板块15项活动); 6大类 counts with 大类; 三大一高 stays a formula', () => {
  check('设置[[四大板块]][[15项]]活动，制定[[6大类]][[40项]]指标，实施三大一高工程', [fig('count', 4, '板块', { unitText: '大板块' }), fig('count', 15, '项'), fig('count', 6, '大类'), fig('count', 40, '项')]);
});

test('fresh pages (round 52): counts in 条次 (发布信息120条次 was 120条)', () => {
  check('发布信息[[120条次]]', [fig('count', 120, '条次')]);
});

test('fresh pages (round 54, critical care): a section number before 人才队伍, 人力资源 … is no count of people (2.2人才队伍建设, 7.1人力资源配置); 共2.5人 stays one', () => {
  check('2.2人才队伍建设\n7.1人力资源配置\n共[[2.5人]]', [fig('count', 2.5, '人')]);
});


test('fresh pages (round 55): tasks counted in 单 (监督检查任务917单; 5单位 stays units); a template\'s blanks before a scale leave no figure (××万多份, XX万余人); 集聚一堂 is an idiom', () => {
  check('完成监督检查任务[[917单]]，支援[[5单位]]，派发资料××万多份，服务XX万余人，[[万余人]]参加，代表集聚一堂', [
    fig('count', 917, '单'),
    fig('quantity', 5, '单位'),
    fig('count', 10000, '人', { approx: 'more-than' }),
  ]);
});

test('fresh pages (round 55, leaders\' visits): 两院 counts two hospitals (县级两院, 两院合作); 两院院士 is a title, 120院前急救 no count, and hospitals numbered in Chinese (北医三院) are names', () => {
  check('深入县级[[两院]]慰问，[[两院]]合作，两院院士钟南山，120院前急救，北医三院', [fig('count', 2, '院'), fig('count', 2, '院')]);
});

test('fresh pages (round 56): animals immunised counted in head-times (万头次, 万只次, 万羽次, 万口次, 万头口只羽次, 羽份); grams in a Latin g (黄芪15g, not 5G); a TCM pharmacy\'s 料 and 付', () => {
  check('免疫畜禽[[1078.36万头口只羽次]]，猪[[34.84万口次]]，牛[[45.59万头次]]，羊[[431.38万只次]]，禽[[126.59万羽次]]，禽血[[800羽份]]，黄芪[[15g]]，5G网络，膏方[[3000余料]]，中药[[90000余付]]', [
    fig('count', 10783600, '头口只羽次', { unitText: '万头口只羽次' }),
    fig('count', 348400, '口次', { unitText: '万口次' }),
    fig('count', 455900, '头次', { unitText: '万头次' }),
    fig('count', 4313800, '只次', { unitText: '万只次' }),
    fig('count', 1265900, '羽次', { unitText: '万羽次' }),
    fig('count', 800, '羽份'),
    fig('quantity', 15, '克', { unitText: 'g' }),
    fig('count', 3000, '料', { approx: 'more-than' }),
    fig('count', 90000, '付', { approx: 'more-than' }),
  ]);
});

test('fresh pages (round 56): a journal\'s issue of its year is no count (中国药房 2022年3期, 护理实践与研究 2022年24期); 举办3期培训班 counts', () => {
  check('发表于《中国药房》[[2022年]]3期，护理实践与研究 [[2022年]]24期，举办[[3期]]培训班', [fig('date', null, '', { date: '2022' }), fig('date', null, '', { date: '2022' }), fig('count', 3, '期')]);
});

test('fresh pages (round 57, hospital logistics): energy in kilowatt-hours (30多万千瓦时 was 千瓦, 3000kWh nothing)', () => {
  check('节约用电[[30多万千瓦时]]，年节电[[3000kWh]]，装机[[200千瓦]]', [
    fig('quantity', 300000, '千瓦时', { approx: 'more-than', unitText: '万千瓦时' }),
    fig('quantity', 3000, '千瓦时', { unitText: 'kWh' }),
    fig('quantity', 200, '千瓦'),
  ]);
});

test('fresh pages (round 57): departments counted as 科室 (两科室); a department\'s head is no count', () => {
  check('[[两科室]]联合开展，[[3个]]科室参与', [fig('count', 2, '科室'), fig('count', 3, '个')]);
});

test('fresh pages (round 57): a limit negated with 不可, 不准 or 不超 is an upper bound (不可超过2项 was "more than 2"); 超过 alone stays a lower one', () => {
  check('每人不可超过[[2项]]，不超[[3个]]，不可少于[[5人]]，超过[[10人]]', [
    fig('count', 2, '项', { approx: 'at-most' }),
    fig('count', 3, '个', { approx: 'at-most' }),
    fig('count', 5, '人', { approx: 'at-least' }),
    fig('count', 10, '人', { approx: 'more-than' }),
  ]);
});

test('fresh pages (round 57): 九州 is a name (九州体育), 三大队 a brigade; a lab value in mg/dl keeps its unit', () => {
  check('九州体育报道，网警支队三大队，血糖[[2mg/dl]]', [fig('quantity', 2, 'mg/dl')]);
});

test('fresh pages (round 58): 一亿六千多万 is 160 million (1亿 and 6000多万, not 1亿6000 times 万); the dead and injured (3死88伤); days in a journal\'s d (潜伏期1.9 d, 0~31 d); the small percent sign (7.3﹪)', () => {
  check('投入[[一亿六千多万元]]，造成[[3死]][[88伤]]，潜伏期[[1.9 d]]，占比[[7.3﹪]]', [
    fig('money', 160000000, '元', { approx: 'more-than', unitText: '万元' }),
    fig('count', 3, '死'),
    fig('count', 88, '伤'),
    fig('quantity', 1.9, '天', { unitText: 'd' }),
    fig('percent', 0.073, '%'),
  ]);
});

test('fresh pages (round 59): 中共四大 is a congress, as 党的十大 is; 三大中心 counts', () => {
  check('参观中共四大纪念馆，建设[[三大]]中心', [fig('count', 3, '', { unitText: '大' })]);
});

test('fresh pages (round 65): three or four shares joined by colons are one ratio when they add up to 100 or 结构, 按 or 比例 says so (三次产业结构19.5:34.6:45.9, 按6:2:2分担); 08:56:36 stays a time and 3:3:4 alone is none', () => {
  check('三次产业结构[[19.5:34.6:45.9]]，增加值结构为[[5.5:50.6∶43.9]]，中央、省、市县财政按[[6:2:2]]共同分担', [
    fig('rate', 19.5 / 34.6, ':', { ratio: [19.5, 34.6, 45.9] }),
    fig('rate', 5.5 / 50.6, ':', { ratio: [5.5, 50.6, 43.9] }),
    fig('rate', 3, ':', { ratio: [6, 2, 2] }),
  ]);
  check('发布时间：[[08:56:36]]，权重为3:3:4', [fig('date', null, '', { date: 'T08:56:36' })]);
});

test('fresh pages (round 65): a list that gives its unit once keeps a member with a minus sign, and passes the unit over it (0.15、-5.64、1.34个百分点)', () => {
  check('拉动贡献分别为[[0.15]]、[[-5.64]]、[[1.34个百分点]]', [
    fig('percentage-point', 0.15, '个百分点'),
    fig('percentage-point', -5.64, '个百分点'),
    fig('percentage-point', 1.34, '个百分点'),
  ]);
});

test('fresh pages (round 65): a year and month with a dot are a date only for a year from 1900 to 2099 (a table\'s 2390.05 is no May of 2390)', () => {
  check('出生年月：[[1998.05]]', [fig('date', null, '', { date: '1998-05' })]);
  check('村卫生室\n\n2390.05\n\n2516.75\n', []);
});

test('fresh pages (round 65): a floor after a building\'s name or number (新闻大厦5层, 图书馆3层, 26号5层) is no count; a building of five storeys is', () => {
  check('地址：建国门内大街26号新闻大厦5层，图书馆3层，26号5层，新建一座[[五层]]大楼', [fig('count', 5, '层')]);
});

test('fresh pages (round 65): editions counted at the end of a clause (已经连续成功开展了4届。, 已开展4届，) are a count; a congress\'s term before its name and an edition with 第 are none', () => {
  check('已经连续成功开展了[[4届]]。已开展[[4届]]，十四届全国人大，第五届。', [fig('count', 4, '届'), fig('count', 4, '届')]);
});

test('fresh pages (round 65): an audit\'s period with a month on one end only is one range, each end as written (2021年至2022年9月 → 2021/2022-09, 2016年7月至2018年 → 2016-07/2018); 2021-2023年5月至10月 keeps its months apart', () => {
  check('[[2021年至2022年9月]]，市妇幼保健院', [fig('range', null, '', { date: '2021/2022-09' })]);
  check('对[[2016年7月至2018年]]医疗保险基金', [fig('range', null, '', { date: '2016-07/2018' })]);
  check('[[2021-2023年]][[5月至10月]]', [fig('range', 2021, '年', { date: '2021/2023', valueHigh: 2023 }), fig('range', 5, '月', { date: '--05/--10', valueHigh: 10 })]);
});

test('fresh pages (round 65): a number grouped by blanks may stand one blank after its word (基金支出 10 081.15亿元, 监测 39 858 项次), not after another number (1 1 150次 are a table\'s cells)', () => {
  check('基金支出 [[10 081.15亿元]]，监测健康危害因素 [[39 858 项次]]', [fig('money', 1008115000000, '元', { unitText: '亿元' }), fig('count', 39858, '项次')]);
});

test('fresh pages (round 65): the year of a decree\'s number ((2000年国家计委令第3号)) is no date, as that of a notice\'s (2020年第1号) is not', () => {
  check('依据《招标投标管理办法》(2000年国家计委令第3号)，[[2023年]]起执行', [fig('date', null, '', { date: '2023' })]);
});

test('fresh pages (round 65): one year counted within (一年内, as 三年内 and 两年内 were) is a period; 同一年内 (the same year) is none', () => {
  check('[[一年内]]住院次数，[[两年内]]完成，同一年内', [fig('period', 1, '年'), fig('period', 2, '年')]);
});

test('fresh pages (round 65): a bare value right after a rate\'s name (事故死亡率0.004) or before a note on it in brackets (性别比为105.85(以女性为100)) is a value; 附件2(样表) is none', () => {
  check('性别比为[[105.85]](以女性为[[100]],男性对女性的比例)，亿元GDP事故死亡率[[0.004]]。附件2(样表)', [fig('quantity', 105.85, ''), fig('quantity', 100, ''), fig('quantity', 0.004, '')]);
});

test('fresh pages (round 65): 全 and one level before 两级 count the levels of the whole (全盟两级审计机关); 全区三级医院 and 全省三级疾控中心 are grades', () => {
  check('全盟[[两级]]审计机关，全区三级医院，全省三级疾控中心', [fig('count', 2, '级')]);
});

test('fresh pages (round 66): money per person and year as insurance funding writes it (380元/人·年, 80元/ 人·年) keeps its whole unit', () => {
  check('个人缴费[[380元/人·年]]，补助标准为 [[80元/ 人·年]]', [fig('money', 380, '元/人·年'), fig('money', 80, '元/人·年')]);
});

test('fresh pages (round 66): a census by its short name (七人普, 六人普) is no count of people', () => {
  check('根据七人普数据，六人普以来，[[七人]]参加', [fig('count', 7, '人')]);
});

test('fresh pages (round 66): a rate per doses of vaccine keeps its doses (12.5/10万剂, 0.15/10万剂次) and a base of a million (2.3/100万剂次 was 2.3/100)', () => {
  check('报告发生率为[[12.5/10万剂]]，严重异常反应发生率[[0.15/10万剂次]]，[[2.3/100万剂次]]', [fig('rate', 12.5, '/10万剂'), fig('rate', 0.15, '/10万剂次'), fig('rate', 2.3, '/100万剂次')]);
});

test('fresh pages (round 66): the value a change starts from, with 为 for 至 (性别比由97.45下降为96.2) or after 的 with the change\'s size (普查的107.84下降0.5), is a value', () => {
  check('性别比由[[97.45]]下降为[[96.2]]，与第六次全国人口普查的[[107.84]]下降[[0.5]]', [
    fig('quantity', 97.45, ''),
    fig('quantity', 96.2, '', { change: 'decrease' }),
    fig('quantity', 107.84, ''),
    fig('quantity', 0.5, '', { change: 'decrease' }),
  ]);
});

test('fresh pages (round 66): an age of a hundred with its bound (百岁以上, 百岁及以上) is an age, as 100岁以上 is; 百岁老人 and 百姓 are none', () => {
  check('[[百岁以上]]老人[[120人]]，[[百岁及以上]]，百岁老人，百姓', [fig('quantity', 100, '岁', { approx: 'at-least' }), fig('count', 120, '人'), fig('quantity', 100, '岁', { approx: 'at-least' })]);
});

test('fresh pages (round 66): a few years in Chinese numerals before 共 or 累计 are a length of time (十年共增加, 五年累计完成); 三年行动计划 names a plan', () => {
  check('[[十年]]共增加，[[五年]]累计完成，三年行动计划', [fig('quantity', 10, '年'), fig('quantity', 5, '年')]);
});

test('fresh pages (round 66): a day of the lunar calendar (九月初九, 农历三月初五) is no start of a month, and 元宵 and 元旦 are no yuan (正月十五元宵节 was 15 元)', () => {
  // (Round 67: the lunar days are dates of their own calendar, in `lunar`.)
  check('[[九月初九]]重阳节，农历[[三月初五]]，[[正月十五]]元宵节，[[三月初]]启动，[[15元]]', [
    fig('date', null, '', { lunar: '--09-09' }),
    fig('date', null, '', { lunar: '--03-05' }),
    fig('date', null, '', { lunar: '--01-15' }),
    fig('date', null, '', { date: '--03', datePart: 'start' }),
    fig('money', 15, '元'),
  ]);
});

test('fresh pages (round 66): a rank listed after another without its 第 (第一、二位, 全省第一、二名, 分列第四、五位) is a rank with the first\'s scope; 第一、二批 are labels', () => {
  check('死因顺位居[[第一]]、[[二位]]，居[[全省第一]]、[[二名]]，第一、二批', [
    fig('rank', 1, ''),
    fig('rank', 2, ''),
    fig('rank', 1, '', { scope: '全省' }),
    fig('rank', 2, '', { scope: '全省' }),
  ]);
});

test('fresh pages (round 66): a document site\'s fields (页数:4 大小:1.2MB) give no count of 4 大', () => {
  check('页数:4 大小:[[1.2MB]]', [fig('quantity', 1.2, 'MB')]);
});

test('fresh pages (round 66): the middle of a year said with 年 again (2017年年中) is a date with its part, and a term of one year (一年期合同) a length', () => {
  check('[[2017年年中]]启动，签订[[一年]]期合同，[[2017年]]中国卫生统计年鉴', [fig('date', null, '', { date: '2017', datePart: 'middle' }), fig('quantity', 1, '年'), fig('date', null, '', { date: '2017' })]);
});

test('fresh pages (round 67): a rank with its scope before 的 describes what follows (全省第一的佳绩, 全省排名第三的城市); without a scope or a verb of ranking 第一的 is none', () => {
  check('取得[[全省第一]]的佳绩，获得[[全国第二]]、[[全省第一]]的优异成绩，全省排名[[第三]]的城市，第一的是', [
    fig('rank', 1, '', { scope: '全省' }),
    fig('rank', 2, '', { scope: '全国' }),
    fig('rank', 1, '', { scope: '全省' }),
    fig('rank', 3, '', { scope: '全省' }),
  ]);
});

test('fresh pages (round 67): days of the lunar calendar are dates in `lunar`, never in `date` (正月初一, 初一至初七, 九月初九, 大年初一, 腊月二十三); 初二学生 and 初一至初三年级 are school grades, 正月十五日 no lunar day', () => {
  check('[[1月31日~2月6日]]([[初一至初七]])放假，[[2月8日]]([[初九]],周六)上班，[[正月初一]]停诊，[[大年初一]]，[[九月初九]]重阳节，[[腊月二十三]]小年，[[正月初一至初七]]', [
    fig('range', null, '', { date: '--01-31/--02-06' }),
    fig('range', null, '', { lunar: '---01/---07' }),
    fig('date', null, '', { date: '--02-08' }),
    fig('date', null, '', { lunar: '---09' }),
    fig('date', null, '', { lunar: '--01-01' }),
    fig('date', null, '', { lunar: '--01-01' }),
    fig('date', null, '', { lunar: '--09-09' }),
    fig('date', null, '', { lunar: '--12-23' }),
    fig('range', null, '', { lunar: '--01-01/--01-07' }),
  ]);
  check('初二学生，初一至初三年级，初三复习', []);
});

test('fresh pages (round 68): two dates written with separators and joined by a dash or 至 are one range (2025/11/20 -2025/11/30 18:00, 2025-11-20至2025-11-30); the first was lost or read apart', () => {
  check('报名时间：[[2025/11/20 -2025/11/30 18:00]]，缴费[[2025-11-20至2025-11-30]]，[[2025.12.16-2025.12.21]]', [
    fig('range', null, '', { date: '2025-11-20/2025-11-30T18:00' }),
    fig('range', null, '', { date: '2025-11-20/2025-11-30' }),
    fig('range', null, '', { date: '2025-12-16/2025-12-21' }),
  ]);
});

test('fresh pages (round 68): the year of games or an expo named with it (北京2022年冬奥会, 2010年世博会) is part of the name, no date; the year before it is one', () => {
  check('[[2022年]]，作为北京2022年冬奥会和冬残奥会定点医院，2010年世博会期间', [fig('date', null, '', { date: '2022' })]);
});

test('fresh pages (round 68): a life\'s years with the last month after a dot ((1928-2017.9)) are one range to that month; an amount so written stays one (1928-2017.9万元)', () => {
  check('张灿玾 ([[1928-2017.9]]) 首届国医大师，李振华（[[1924-2017.05]]），王玉川 ([[1928-2017]]) 教授', [
    fig('range', null, '', { date: '1928/2017-09' }),
    fig('range', null, '', { date: '1924/2017-05' }),
    fig('range', 1928, '年', { valueHigh: 2017, date: '1928/2017' }),
  ]);
});

test('fresh pages (round 69): machines counted after their kind\'s letters are counts (CT[[20台]], MRI[[18台]], DSA[[8台]]); a name\'s number stays none (COVID-19, PM2.5, H5N1, ISO9001)', () => {
  check('配置CT[[20台]]、MRI[[18台]]、DSA[[8台]]，COVID-19，PM2.5，H5N1，ISO9001', [fig('count', 20, '台'), fig('count', 18, '台'), fig('count', 8, '台')]);
});

test('fresh pages (round 69): numbers before the last two centuries written as a range without 年 are a journal\'s pages or an article\'s number (1133-1138, 1006-1533), no years; with 年 they are ([[1840-1842年]])', () => {
  check('杂志,2020,31(5):1133-1138. 文章编号:1006-1533，王玉川 ([[1928-2017]])，[[1840-1842年]]', [
    fig('range', 1928, '年', { valueHigh: 2017, date: '1928/2017' }),
    fig('range', 1840, '年', { valueHigh: 1842, date: '1840/1842' }),
  ]);
});

test('fresh pages (round 69): a month and a two-digit day joined by a dot before 日 are a date ([[2.20日]]发病); a length of days stays one (平均住院日8.25日, 缩短1.20日, 2.3日)', () => {
  check('[[2.20日]]发病，[[10.09日]]，平均住院日[[8.25日]]，缩短[[1.20日]]', [
    fig('date', null, '', { date: '--02-20' }),
    fig('date', null, '', { date: '--10-09' }),
    fig('quantity', 8.25, '日'),
    fig('quantity', 1.2, '日'),
  ]);
});

test('fresh pages (round 69): a counter before a page\'s next field after a blank takes no unit from it (浏览次数:360 日期:…, was 360 日); 2023 年度 keeps its 年度', () => {
  check('浏览次数:360 日期:[[2024-01-01]]，[[2023 年度]]工作总结', [fig('date', null, '', { date: '2024-01-01' }), fig('date', null, '', { date: '2023' })]);
});

test('fresh pages (round 68): a clock typed with the ratio sign ∶ is a time ([[18∶00]], 下午[[2∶30]]; 00时 alone was read from 18∶00时); ratios so typed stay ratios (医护比为[[1∶1.25]])', () => {
  check('截止时间[[18∶00]]时，下午[[2∶30]]，医护比为[[1∶1.25]]', [
    fig('date', null, '', { date: 'T18:00' }),
    fig('date', null, '', { date: 'T14:30' }),
    fig('rate', 0.8, ':', { ratio: [1, 1.25] }),
  ]);
});

test('fresh pages (round 68): a range of years whose last is written in Chinese digits is one range ([[二〇二〇年到二〇三五年]], [[2020年至二〇三五年]])', () => {
  check('[[二〇二〇年到二〇三五年]]，[[2020年至二〇三五年]]', [
    fig('range', 2020, '年', { valueHigh: 2035, date: '2020/2035' }),
    fig('range', 2020, '年', { valueHigh: 2035, date: '2020/2035' }),
  ]);
});

test('fresh pages (round 70): a telephone number with its area code (0871-65720128, 010-87876186) is no range, also when the next line\'s word follows it; 3-5省 and 0.5-1.0元 stay ranges', () => {
  check('联系电话：0871-65720128\n省疾控中心负责，电话010-87876186，[[3-5省]]，[[0.5-1.0元]]', [
    fig('range', 3, '省', { valueHigh: 5 }),
    fig('range', 0.5, '元', { valueHigh: 1 }),
  ]);
});

test('fresh pages (round 72): two decades written as one are one period (上世纪50-60年代, 20世纪50至70年代, 五六十年代, 五、六十年代); ages and counts of two numerals stay ranges', () => {
  check('上世纪[[50-60年代]]，[[20世纪50至70年代]]，[[五六十年代]]，上世纪[[五、六十年代]]，[[五六十岁]]，[[50-60岁]]', [
    fig('period', null, '', { date: '1950/1969' }),
    fig('period', null, '', { date: '1950/1979' }),
    fig('period', null, '', { date: '1950/1969' }),
    fig('period', null, '', { date: '1950/1969' }),
    fig('range', 50, '岁', { valueHigh: 60, approx: 'about' }),
    fig('range', 50, '岁', { valueHigh: 60 }),
  ]);
});

test('fresh pages (round 73): 多 after 倍 is more than that many times (3倍多, 两倍多的), as after 年; 批 before 示, 转, 阅, 评 or 办 is a verb (处理单4386批示), no batches', () => {
  check('增长[[3倍多]]，是去年的[[两倍多]]，[[3倍]]多次，处理单4386批示，共[[5批]]', [
    fig('quantity', 3, '倍', { approx: 'more-than', change: 'increase' }),
    fig('quantity', 2, '倍', { approx: 'more-than' }),
    fig('quantity', 3, '倍'),
    fig('count', 5, '批'),
  ]);
});

test('fresh pages (round 75): a year, a blank, then the month and day with a slash is a date, with its time (2025 10/09 16:31:14, 2023 10/12); 2023 1/2 is no date', () => {
  check('发布时间：[[2025 10/09 16:31:14]] 来源。[[2023 10/12]] 院内新闻。', [
    fig('date', null, '', { date: '2025-10-09T16:31:14' }),
    fig('date', null, '', { date: '2023-10-12' }),
  ]);
  assert.ok(!findFigures('占2023 1/2的患者').some((f) => f.figureKind === 'date' && f.text.includes('1/2')));
});

test('fresh pages (round 76): the horizontal bar (―, U+2015) typed for a dash joins a range (2025―2027年, 3―5岁)', () => {
  check('实施[[2025―2027年]]行动，[[3―5岁]]儿童', [fig('range', 2025, '年', { valueHigh: 2027, date: '2025/2027' }), fig('range', 3, '岁', { valueHigh: 5 })]);
});

test('fresh pages (round 76): dishes and steps counted with 道, herbs with 味 (13道菜, 10味中药材); 道 of 道路 or 防线 and 味 of 味道 are none', () => {
  check('准备了[[13道]]菜，选用[[10味]]中药材，第2道防线，3味道鲜美', [fig('count', 13, '道'), fig('count', 10, '味')]);
});

test('fresh pages (round 75): a floor before a room of it is no count (三层会议室, 5层报告厅, 一层大厅); storeys of a building still count (两栋三层的门诊大楼)', () => {
  check('在三层会议室召开，5层报告厅，一层大厅，[[两栋]][[三层]]的门诊大楼', [fig('count', 2, '栋'), fig('count', 3, '层')]);
});

test('fresh pages (round 76): 超过了 and 突破了 before a number say more than it, as 超过 does (超过了1000单, 突破了5000万元)', () => {
  check('销量超过了[[1000单]]，突破了[[5000万元]]', [fig('count', 1000, '单', { approx: 'more-than' }), fig('money', 50000000, '元', { approx: 'more-than', unitText: '万元' })]);
});

test('fresh pages (round 77): the 超 of 彩超 and B超 is no "more than" (彩超7台); 超7台 is', () => {
  check('彩超[[7台]]，B超[[3台]]，超[[7台]]', [fig('count', 7, '台'), fig('count', 3, '台'), fig('count', 7, '台', { approx: 'more-than' })]);
});

test('fresh pages (round 77): a site\'s stamp of month and day with its clock time is a date (09-15 10:29 → --09-15T10:29); the month and day of a longer date are not read alone', () => {
  check('发布时间 [[09-15 10:29]] 来源', [fig('date', null, '', { date: '--09-15T10:29' })]);
  assert.ok(!findFigures('news.qm120.com2010-11-12 09:33:01 来源').some((f) => f.text.startsWith('11-12')));
});

test('fresh pages (round 77): an item\'s number run into a clock time or an age at the start of a line is no decimal (2.11时30分报到 → 11时30分, 4.14周岁以下 → 14周岁以下); 1.5小时 and 1.5岁 stay decimals', () => {
  check('2.[[11时30分]]报到；\n4.[[14周岁以下]]女生；\n[[1.5小时]]；[[1.5岁]]', [
    fig('date', null, '', { date: 'T11:30' }),
    fig('quantity', 14, '岁', { unitText: '周岁', approx: 'at-most' }),
    fig('quantity', 1.5, '小时'),
    fig('quantity', 1.5, '岁'),
  ]);
});

test('fresh pages (round 72): a dash right after a word joins a label to its count (范文-10篇 is 10 篇, no −10); after a word of value or change the sign stays (净增-3人), and so it does before a temperature', () => {
  check('医院工作总结范文-[[10篇]]。净增[[-3人]]。气温[[-10℃]]', [fig('count', 10, '篇'), fig('count', -3, '人'), fig('quantity', -10, '℃')]);
});

test('fresh pages (round 78): a bound after a blank belongs to its percentage (65% 以上, 10% 以内); kg, km and mL in capitals (30Kg, 25KG); a dash after a blank between two numbers is a range (5 -12层 was −12)', () => {
  check('达到[[65% 以上]]，控制在[[10% 以内]]。每人[[30Kg]]，每箱[[25KG]]。病房在[[5 -12层]]', [
    fig('percent', 0.65, '%', { approx: 'at-least' }),
    fig('percent', 0.1, '%', { approx: 'at-most' }),
    fig('quantity', 30, '公斤', { unitText: 'Kg' }),
    fig('quantity', 25, '公斤', { unitText: 'KG' }),
    fig('range', 5, '层', { valueHigh: 12 }),
  ]);
});

test('fresh pages (round 78): 约 of 爽约 and 践约 is the appointment, no approximation (爽约3次以上 is at least 3 次); after 损失 it is one (损失约3200万元: round 84)', () => {
  check('累计爽约[[3次以上]]，践约[[2次]]，损失约[[3200万元]]', [
    fig('count', 3, '次', { approx: 'at-least' }),
    fig('count', 2, '次'),
    fig('money', 32000000, '元', { unitText: '万元', approx: 'about' }),
  ]);
});

test('fresh pages (round 79): campuses counted as 院区 are (两校区, 三校区); 第二校区 is an ordinal\'s name', () => {
  check('在长乐、滨海[[两校区]]同步开展，[[三校区]]联动，第二校区开诊', [fig('count', 2, '校区'), fig('count', 3, '校区')]);
});

test('fresh pages (round 80): a count per a span of time is a rate (43.09次/年, as 每年3次 is); 千人均1.42人 and 万人均3.2人 are rates per thousand and ten thousand people', () => {
  check('人均就诊[[43.09次/年]]，千人均[[1.42人]]，万人均[[3.2人]]', [fig('rate', 43.09, '次/年'), fig('rate', 1.42, '人/千人'), fig('rate', 3.2, '人/万人')]);
});

test('fresh pages (round 80): figures listed right after one of a change changed as it did (分别下降12.3%和5.6%; 增长3.2%、4.5%)', () => {
  check('发病数和死亡数分别下降[[12.3%]]和[[5.6%]]，占比[[4.5%]]', [fig('percent', 0.123, '%', { change: 'decrease' }), fig('percent', 0.056, '%', { change: 'decrease' }), fig('percent', 0.045, '%')]);
});

test('fresh pages (round 79): a few years in Chinese numerals that end their clause are a length of time (工作两年，, 有效期为三年。); a plan\'s span stays none (三年行动)', () => {
  check('在坦工作[[两年]]，证书有效期为[[三年]]。实施三年行动，两年一派。', [fig('quantity', 2, '年'), fig('quantity', 3, '年')]);
});

test('fresh pages (round 81): a section\'s number at a line\'s start before a heading that opens with a measure word is no figure (2.3日常管理机构, 8.1名词术语, 6.1人力资源)', () => {
  check('2.3日常管理机构\n8.1名词术语\n6.1人力资源\n平均住院日缩短[[1.2日]]', [fig('quantity', 1.2, '日')]);
});

test('fresh pages (round 81): an amount in Chinese numerals ending in 万 or 亿 with no unit is one after a qualifier or a word of value (近八千万, 达五百万), as 1200万 is; 千万不要 and 十万火急 are words', () => {
  check('参保人数近[[八千万]]，达[[五百万]]。千万不要，十万火急。', [fig('quantity', 80000000, '', { approx: 'nearly' }), fig('quantity', 5000000, '')]);
});

test('fresh pages (round 81): seven digits or more before a blank are a telephone\'s or an identifier\'s number, not joined to the word after it (陆超娣 22121624 张敏)', () => {
  check('办公室 陆超娣 22121624 张 敏。投入 [[300 万元]]', [fig('money', 3000000, '元', { unitText: '万元' })]);
});

test('fresh pages (round 82): 名 that starts a word after 第N is no rank (第二名称, 第一名义); 第二名 before other words is', () => {
  check('互联网医院可以使用第二名称，获得[[第二名]]，位列[[第三名]]。', [fig('rank', 2, ''), fig('rank', 3, '')]);
});

test('fresh pages (round 82): an anniversary written 华诞 is counted in 周年 as 周年 is (七十华诞, 60华诞)', () => {
  check('迎来建院[[七十华诞]]和[[60华诞]]', [fig('quantity', 70, '周年', { unitText: '华诞' }), fig('quantity', 60, '周年', { unitText: '华诞' })]);
});

test('fresh pages (round 83): a two-digit year with its leading zero is a year of the 2000s (06年全市…), no count of 6 years', () => {
  check('[[06年]]全市孕产妇死亡率下降，[[09年3月]]召开会议', [fig('date', null, '', { date: '2006' }), fig('date', null, '', { date: '2009-03' })]);
});

test('fresh pages (round 83): a decimal point typed as 。 before a percentage\'s sign is the point (提高2。5个百分点 was 5 points); a sentence\'s end before a count stays one', () => {
  check('提高[[2。5个百分点]]，增长[[0。6%]]。全年完成[[5个]]', [
    fig('percentage-point', 2.5, '个百分点', { change: 'increase' }),
    fig('percent', 0.006, '%', { change: 'increase' }),
    fig('count', 5, '个'),
  ]);
});

test('fresh pages (round 85): a quotation longer than a formula is a sentence quoted, whose Arabic quantities are figures; its years, dates and Chinese numerals stay a name\'s', () => {
  check('推动了“常住人口超过[[10万人]]的县都能够提供血液透析服务”，要求“康复治疗覆盖率达到[[85%以上]]”', [
    fig('count', 100000, '人', { unitText: '万人', approx: 'more-than' }),
    fig('percent', 0.85, '%', { approx: 'at-least' }),
  ]);
  check('因“间断性大便糖稀伴腹胀、乏力[[10余年]]”就诊', [fig('quantity', 10, '年', { approx: 'more-than' })]);
  // Formulas, and names quoted at length: no figures.
  check('树牢“两个维护”，建设“15分钟健康服务圈”，授予“2018年度全市卫生计生工作先进县区”称号，开展“6月14日——世界献血者日”宣传', []);
  check('按照“围绕一个目标、建设两个体系、狠抓三个重点”的思路', []);
});

test('fresh pages (round 85): a numeral right after one no reading took is a name\'s (二七院区), 一 after 单, 统, 同 a word\'s (单一院区, 同一科室); 清单一份 and ranges of numerals stay', () => {
  check('从单一院区发展为二七院区，同一科室只能预约[[1个]]号源', [fig('count', 1, '个')]);
  check('提交清单[[一份]]，花费[[六七百元]]，用时[[两三小时]]', [
    fig('count', 1, '份'),
    fig('range', 600, '元', { valueHigh: 700, approx: 'about' }),
    fig('range', 2, '小时', { valueHigh: 3, approx: 'about' }),
  ]);
});

test('fresh pages (round 85): the number of a disease\'s stage is no count (尿毒症5期, 慢性肾脏病5期); 5期培训班 is', () => {
  check('确诊尿毒症5期，慢性肾脏病5期患者透析[[3次]]，举办[[5期]]培训班', [fig('count', 3, '次'), fig('count', 5, '期')]);
});

test('fresh pages (round 85): half a unit of time is a quantity (半小时, 半个月, 半天, 近半年); 上半年, 每半年, 一个半小时 and 半年度 read as before, and 一半以上 is a share (round 163)', () => {
  check('留置观察[[半小时]]，[[半个月]]内搬迁，义诊为期[[半天]]，经过近[[半年]]的规划', [
    fig('quantity', 0.5, '小时'),
    fig('quantity', 0.5, '月', { unitText: '个月' }),
    fig('quantity', 0.5, '天'),
    fig('quantity', 0.5, '年', { approx: 'nearly' }),
  ]);
  check('[[2024年上半年]]，[[一个半小时]]后，[[一半以上]]，半年度报告', [
    fig('period', null, '', { date: '2024-H1' }),
    fig('quantity', 1.5, '小时', { unitText: '个小时' }),
    fig('percent', 0.5, '%', { approx: 'at-least' }),
  ]);
});

test('fresh pages (round 85): a range of years and months with dots may write a month with one digit (试水探索期(2014.8-2016.7), 2024.1-2024.12)', () => {
  check('试水探索期([[2014.8-2016.7]])，试点试验期([[2016.8—2017.4]])，任期[[1986.07-2001.08]]', [
    fig('range', null, '', { date: '2014-08/2016-07' }),
    fig('range', null, '', { date: '2016-08/2017-04' }),
    fig('range', null, '', { date: '1986-07/2001-08' }),
  ]);
});

test('fresh pages (round 85): a range\'s low end written in groups of three with blanks is read whole (1 500~2 000人 was 500~2 000人)', () => {
  check('服务人口[[1 500~2 000人]]，分离菌株为[[53 243~91 692株]]', [
    fig('range', 1500, '人', { valueHigh: 2000 }),
    fig('range', 53243, '株', { valueHigh: 91692 }),
  ]);
});

test('fresh pages (round 86): a distance after 每 is a spacing, read as the distance (每2.5公里设医疗站); a rate\'s base and a frequency\'s period stay as they were', () => {
  check('赛道每[[2.5公里]]设固定医疗站，每[[100米]]部署观察点，[[每2小时巡查1次]]', [
    fig('quantity', 2.5, '公里'),
    fig('quantity', 100, '米'),
    fig('rate', 1, '次/2小时'),
  ]);
});

test('fresh pages (rounds 85 and 86): levels counted after 的 (国家、省、市、县、乡的五级), and 两级 alone (实行两级保障); grades stay none', () => {
  check('建成国家、省、市、县、乡的[[五级]]管理模式，实行[[两级]]保障，全区三级医院，两级医院', [fig('count', 5, '级'), fig('count', 2, '级')]);
});

test('fresh pages (round 85): a rank before 的 with a rank listed right before it (男性第二、女性第三的肿瘤); 第一的批次 stays a label', () => {
  check('成为我国男性[[第二]]、女性[[第三]]的高发恶性肿瘤，第一的批次', [fig('rank', 2, ''), fig('rank', 3, '')]);
});

test('fresh pages (round 98): a rank before 的 after a verb of ranking (排名第二的是…, 排第一的是…) is one; 第一的批次 stays a label', () => {
  check('排名[[第二]]的依旧是该院，排[[第一]]的是鼓楼区，第一的批次', [fig('rank', 2, ''), fig('rank', 1, '')]);
});

test('fresh pages (round 87): 一 and its measure word before a bound is an amount (一米以上 had none while 两米以上 had one, 一名以上, 一公里以内); 一名患者 stays "a"', () => {
  check('保持[[一米以上]]距离，配备[[一名以上]]专职人员，[[一公里以内]]，一名患者', [
    fig('quantity', 1, '米', { approx: 'at-least' }),
    fig('count', 1, '名', { approx: 'at-least' }),
    fig('quantity', 1, '公里', { approx: 'at-most' }),
  ]);
});

test('之内 bounds a figure as 以内 does (6个小时之内, 42天之内, 15%之内), and after 一 and its measure word makes an amount (一公里之内); 一年左右 does not', () => {
  check('在[[6个小时之内]]报告，产后[[42天之内]]，降幅[[15%之内]]，[[一公里之内]]完成，一年左右', [
    fig('quantity', 6, '小时', { approx: 'at-most', unitText: '个小时' }),
    fig('quantity', 42, '天', { approx: 'at-most' }),
    fig('percent', 0.15, '%', { approx: 'at-most', change: 'decrease' }),
    fig('quantity', 1, '公里', { approx: 'at-most' }),
  ]);
});

test('fresh pages (round 87): the last days up to now are a period, 近 there is no "nearly" (近14天内, 近30天来, as 近15日内); 7天内 and 近14天 read as before', () => {
  check('[[近14天内]]有旅居史，[[近30天来]]，[[7天]]内完成，近[[14天]]', [
    fig('period', 14, '天'),
    fig('period', 30, '天'),
    fig('quantity', 7, '天'),
    fig('quantity', 14, '天', { approx: 'nearly' }),
  ]);
});

test('fresh pages (round 87): a floor below the ground and a floor said to be something are no storeys counted (负一层, 15层为病房); 门诊楼共5层 and 地下2层 count', () => {
  check('停车场设在负一层，15层为病房，门诊楼共[[5层]]，地下[[2层]]', [fig('count', 5, '层'), fig('count', 2, '层')]);
});

test('fresh pages (round 87): a period in digits right before its count is a frequency, as with 每 (1天1次, 3天1次); 3年2次 and 0.5天1次 are not', () => {
  check('核酸检测[[1天1次]]，随访[[3天1次]]，工作[[3年]][[2次]]获奖，[[0.5天]][[1次]]', [
    fig('rate', 1, '次/天'),
    fig('rate', 1, '次/3天'),
    fig('quantity', 3, '年'),
    fig('count', 2, '次'),
    fig('quantity', 0.5, '天'),
    fig('count', 1, '次'),
  ]);
});

test('fresh pages (round 88): the double-prime quotation marks close a formula as ” does, in the folded view the detectors read (“两个体系〞 was 2 个)', () => {
  const text = '构建“两个体系〞，实施〝三名工程〞，新增3个';
  assert.deepEqual(findFigures(foldView(text)).map((f) => f.text), ['3个']);
});

test('fresh pages (round 88): a document viewer\'s page counter is no count of pages (第1页共6页); 全书共300页 is', () => {
  check('第1页共6页。全书共[[300页]]', [fig('count', 300, '页')]);
});

test('fresh pages (round 89): a day of the week is no number (周六周日 was 六周, six weeks); after 每 or a number 周 is a week', () => {
  check('周六周日正常开诊，周一至周五，[[每周六次]]，连续[[三周]]', [fig('rate', 6, '次/周'), fig('quantity', 3, '周')]);
});

test('fresh pages (round 90): a figure in digits quoted alone is a figure (“6小时”, “4.36元”), inside a formula none (“15分钟健康服务圈”)', () => {
  check('实现“[[6小时]]”和“[[10分钟]]”目标，以“[[4.36元]]”成交，打造“15分钟健康服务圈”', [fig('quantity', 6, '小时'), fig('quantity', 10, '分钟'), fig('money', 4.36, '元')]);
});

test('fresh pages (round 92): a ratio before an ASCII full stop (医护比达到1:1.4.) is a ratio; 10:08.5 stays none', () => {
  check('医护比达到[[1:1.4]].用时10:08.5', [fig('rate', 1 / 1.4, ':', { ratio: [1, 1.4] })]);
});

test('fresh pages (round 92): an earthquake\'s magnitude and a wind\'s force are measures (7.0级地震, 5.5级以上地震, 6级大风); grades stay none (三级医院, 3级手术)', () => {
  check('模拟[[7.0级]]地震，发生[[5.5级以上]]地震，[[6级]]大风，三级医院，3级手术', [fig('quantity', 7, '级'), fig('quantity', 5.5, '级', { approx: 'at-least' }), fig('quantity', 6, '级')]);
});

test('fresh pages (round 92): 立方 after a number is cubic metres (用水399立方)', () => {
  check('用水[[399立方]]，立方体', [fig('quantity', 399, '立方米', { unitText: '立方' })]);
});

test('fresh pages (round 93): a day joined to a dated day by 和, 与, 及 or 、 is of the same month (9月4日和5日: the 5th had no month; 10月1日、2日、3日)', () => {
  check('[[9月4日]]和[[5日]]，[[2024年10月1日]]、[[2日]]，于[[28日]]', [
    fig('date', null, '', { date: '--09-04' }),
    fig('date', null, '', { date: '--09-05' }),
    fig('date', null, '', { date: '2024-10-01' }),
    fig('date', null, '', { date: '2024-10-02' }),
    fig('date', null, '', { date: '---28' }),
  ]);
});

test('fresh pages (round 94): hectares and square kilometres in Latin letters (hm2, km2), also right after a number grouped by blanks (3 068km2 was 68)', () => {
  check('查螺面积[[1 672.60 hm2]]，面积[[3 068km2]]，共计[[25.5hm²]]', [
    fig('quantity', 1672.6, '公顷', { unitText: 'hm2' }),
    fig('quantity', 3068, '平方公里', { unitText: 'km2' }),
    fig('quantity', 25.5, '公顷', { unitText: 'hm²' }),
  ]);
});

test('fresh pages (round 94): a negated bound turns its sense (均未超过1% is at most 1%, not more than; 未低于90% at least; 未达到80%, 未满18岁 less than)', () => {
  check('均未超过[[1%]]，没有超过[[10人]]，未低于[[90%]]，未达到[[80%]]，未满[[18岁]]，超过[[5人]]', [
    fig('percent', 0.01, '%', { approx: 'at-most' }),
    fig('count', 10, '人', { approx: 'at-most' }),
    fig('percent', 0.9, '%', { approx: 'at-least' }),
    fig('percent', 0.8, '%', { approx: 'less-than' }),
    fig('quantity', 18, '岁', { approx: 'less-than' }),
    fig('count', 5, '人', { approx: 'more-than' }),
  ]);
});

test('fresh pages (round 96): an hour before 期间 is an hour (5月5日24时期间 lost its 24时); 时期 stays a word', () => {
  check('[[5月1日0时至5月5日24时]]期间，抗战时期', [fig('range', 1, '日', { valueHigh: 5, date: '--05-01T00:00/--05-05T24:00' })]);
});

test('fresh pages (round 97): one numeral before a numeral with its place shares the place (二到六百元 was 2–600, 三到五万元 3–50,000); 一到二十人 stays 1–20', () => {
  check('每次[[二到六百元]]，[[三到五万元]]，[[两到三千人]]，[[一到二十人]]', [
    fig('range', 200, '元', { valueHigh: 600 }),
    fig('range', 30000, '元', { valueHigh: 50000 }),
    fig('range', 2000, '人', { valueHigh: 3000 }),
    fig('range', 1, '人', { valueHigh: 20 }),
  ]);
});

test('fresh pages (round 97): an amount in 万 at a quotation\'s end is a figure (“年薪25万,到手只剩16万” lost 16万), and so is one quoted alone (“5万”)', () => {
  check('有医生说“年薪[[25万]],到手只剩[[16万]]”，提出“[[5万]]”目标', [
    fig('quantity', 250000, '', { unitText: '万' }),
    fig('quantity', 160000, '', { unitText: '万' }),
    fig('quantity', 50000, '', { unitText: '万' }),
  ]);
});

test('fresh pages (round 99): 万 and one digit of thousands or hundreds is one number, as it is said (逾8万4千人, 达1万3千人次, 3万5千元); the words before such a number qualify it whole (逾1亿2000万元)', () => {
  check('门诊人次逾[[8万4千人]]，补贴达[[1万3千人次]]，花费[[3万5千元]]，投入逾[[1亿2000万元]]', [
    fig('count', 84000, '人', { approx: 'more-than', unitText: '千人' }),
    fig('count', 13000, '人次', { unitText: '千人次' }),
    fig('money', 35000, '元', { unitText: '千元' }),
    fig('money', 120000000, '元', { approx: 'more-than', unitText: '万元' }),
  ]);
});

test('fresh pages (rounds 98 to 100): a month and its day whose 月 a site lost is a date before what only follows one (于522日上午9时, 108日(星期四), 1125日至27日); two readings (119日上午) give none; days counted stay days (180日内, 住院180日)', () => {
  check('于[[522日上午9时]]开标，[[108日]](星期四)上班，[[1125日至27日]]在上海，119日上午，[[180日内]]，住院[[180日]]', [
    fig('date', null, '', { date: '--05-22T09:00' }),
    fig('date', null, '', { date: '--10-08' }),
    fig('range', 25, '日', { date: '--11-25/--11-27', valueHigh: 27 }),
    fig('period', 180, '日'),
    fig('quantity', 180, '日'),
  ]);
});

test('fresh pages (round 100): a day counted from a start is a figure, as a week of the year is (术后第3天, 入院第四天, 第二天上午); 第3日报 names a paper', () => {
  check('术后[[第3天]]拔管，入院[[第四天]]，[[第二天]]上午，第3日报', [fig('period', 3, '天'), fig('period', 4, '天'), fig('period', 2, '天')]);
});

test('fresh pages (round 101): 聚集一堂 is an idiom, as 齐聚一堂 is, no count', () => {
  check('代表们聚集一堂，齐聚一堂，开展[[3堂]]课', [fig('count', 3, '堂')]);
});

test('fresh pages (round 101): 笔 counts transactions after digits (捐款9笔, 4500笔左右; 一笔糊涂账 and 笔记本 none), 品规 counts a drug\'s specifications (81品规)', () => {
  check('接收捐款[[9笔]]，日均[[4500笔左右]]，一笔糊涂账，用了3笔记本，涉及[[81品规]]', [
    fig('count', 9, '笔'),
    fig('count', 4500, '笔', { approx: 'about' }),
    fig('count', 81, '品规'),
  ]);
});

test('fresh pages (rounds 98 and 100): numbered labels run together count nothing (一区二区三区 of a spam line, 一楼二楼); a count after a count of another kind stays, and (round 119) so does the count before it (三区两县)', () => {
  check('亚洲一区二区三区，全市[[三区]][[两县]]', [fig('count', 3, '区'), fig('count', 2, '县')]);
});

test('fresh pages (round 100): 步 counts steps after digits (近2万步, 通用4步), not in 第2步打开, 3步法 or 三步走', () => {
  check('每天走近[[2万步]]，全国通用[[4步]]，第2步打开，3步法，三步走', [fig('count', 20000, '步', { approx: 'nearly', unitText: '万步' }), fig('count', 4, '步')]);
});

test('fresh pages (round 102): 地市 before 场 is no measure word (三地市场监督管理部门); 14个地市 counts', () => {
  check('三地市场监督管理部门，全省[[14个]]地市', [fig('count', 14, '个')]);
});

test('fresh pages (round 102): a ward numbered after its department is no count (产科五区, 内科3区)', () => {
  check('产科五区护士长，内科3区，全市[[三个]]区', [fig('count', 3, '个')]);
});

test('fresh pages (rounds 98 and 102): a news story\'s day in brackets is a date (昨(30)日, 今（9）日); 第(3)日 is none', () => {
  check('[[昨(30)日]]，市委召开会议。记者[[今（9）日]]获悉，第(3)日', [fig('date', null, '', { date: '---30' }), fig('date', null, '', { date: '---09' })]);
});

test('fresh pages (rounds 99 and 102): 一批 ending a clause is a batch, the part of a formula, no count (受理一批、评审一批; 救治一批,兜底一批); 项目一项， still counts', () => {
  check('受理一批、评审一批，大病集中救治一批,重病兜底保障一批，新增项目[[一项]]，', [fig('count', 1, '项')]);
});

test('fresh pages (round 102): 分别 before a bound makes it every listed figure\'s (分别不低于22%和30%, 分别为不超过4300元及4200元); without 分别 the second is as written', () => {
  check('比例分别不低于[[22%]]和[[30%]]，标准分别为不超过[[4300元]]及[[4200元]]，不低于[[10%]]和[[5%]]', [
    fig('percent', 0.22, '%', { approx: 'at-least' }),
    fig('percent', 0.3, '%', { approx: 'at-least' }),
    fig('money', 4300, '元', { approx: 'at-most' }),
    fig('money', 4200, '元', { approx: 'at-most' }),
    fig('percent', 0.1, '%', { approx: 'at-least' }),
    fig('percent', 0.05, '%'),
  ]);
});

test('fresh pages (round 103): money or a count per thing, per body or per person counted by 名 or 位 keeps its whole unit (1.2万元/个, 200支/包, 4500元/颗, 4.5人/家)', () => {
  check('最高补助[[1.2万元/个]]，规格是[[200支/包]]，种植牙[[4500元/颗]]，平均[[4.5人/家]]', [fig('money', 12000, '元/个', { unitText: '万元/个' }), fig('count', 200, '支/包'), fig('money', 4500, '元/颗'), fig('count', 4.5, '人/家')]);
});

test('fresh pages (round 103): the year of an announcement\'s number written without 第 ((2008年10号), (2022年2号)) is no date; a date with its month stays one', () => {
  check('卫生执法公告 (2008年10号)，通告(2022年2号)，[[2022年1月6日]]开展', [fig('date', null, '', { date: '2022-01-06' })]);
});

test('fresh pages (round 103): 两头 of an idiom (两头跑, 两头忙) counts no animals; a count of cattle does', () => {
  check('被狗咬伤后常要两头跑，医护人员两头忙，养殖[[两头]]牛', [fig('count', 2, '头')]);
});

test('fresh pages (round 103): a range of four-digit numbers past 2100 written without 年 is a journal\'s pages, no years (2698-2705); a plan\'s years stay', () => {
  check('中国全科医学, 2022,25(22) : 2698-2705. 规划期为[[2021-2035]]', [fig('range', 2021, '年', { valueHigh: 2035, date: '2021/2035' })]);
});

test('fresh pages (round 103): 满 of 未满 is the qualifier\'s, no part of the period\'s span (未满6年 is 6年, less than, as 未满18周岁 is 18周岁); 满五年 and 近三年 keep their words', () => {
  check('岗位服务未满[[6年]]，年龄未满[[18周岁]]，工作[[满五年]]，[[近三年]]', [fig('period', 6, '年', { approx: 'less-than' }), fig('quantity', 18, '岁', { unitText: '周岁', approx: 'less-than' }), fig('period', 5, '年'), fig('period', 3, '年')]);
});

test('fresh pages (round 104): the six-minute walk test is a test\'s name, no length of time (六分钟步行试验, 6分钟步行实验室); a walk of six minutes is one', () => {
  check('开展六分钟步行试验，建成6分钟步行实验室，每天步行[[6分钟]]', [fig('quantity', 6, '分钟')]);
});

test('fresh pages (round 104): a range of times over midnight is one range ending on the next day (23时到凌晨3时, 晚8点至次日凌晨2点, 22:00至次日凌晨2:00); a range back within one day is none', () => {
  check('夜里[[23时到凌晨3时]]之间，晚[[8点至次日凌晨2点]]，[[22:00至次日凌晨2:00]]', [
    fig('range', null, '', { date: 'T23:00/T03:00' }),
    fig('range', null, '', { date: 'T20:00/T02:00' }),
    fig('range', null, '', { date: 'T22:00/T02:00' }),
  ]);
  check('[[15时]]至[[9时]]', [fig('date', null, '', { date: 'T15:00' }), fig('date', null, '', { date: 'T09:00' })]);
});

test('fresh pages (round 104): schools or bodies counted by visit (47.89万所次, 120校次) keep their whole unit', () => {
  check('查验[[47.89万所次]]，督导[[120校次]]', [fig('count', 478900, '所次', { unitText: '万所次' }), fig('count', 120, '校次')]);
});

test('fresh pages (round 104): the months of an age after its years are months counted, no months of a year (1岁11月, 2岁0月, 1岁5~6月); 3~8月份 stays months of the year', () => {
  check('第一次[[1岁]][[5~6月]]，第二次[[1岁]][[11月]]或[[2岁]][[0月]]，每年的[[3~8月]]份', [
    fig('quantity', 1, '岁'), fig('range', 5, '月', { valueHigh: 6 }),
    fig('quantity', 1, '岁'), fig('quantity', 11, '月'),
    fig('quantity', 2, '岁'), fig('quantity', 0, '月'),
    fig('range', 3, '月', { valueHigh: 8, date: '--03/--08' }),
  ]);
});

test('fresh pages (round 105): 处 of 处方 or 处罚 is no count of places (1.1处方, 2.1 处方); 3处 stays one', () => {
  check('1.1处方点评结果，发现问题[[3处]]', [fig('count', 3, '处')]);
});

test('fresh pages (round 105): tonnes of standard coal keep their unit (309吨标煤, 100吨标准煤); a month\'s halves are parts of it (7月下半月 is late July, 3月上半月 early March)', () => {
  check('节约[[309吨标煤]]，折合[[100吨标准煤]]，[[7月下半月]]', [fig('quantity', 309, '吨标准煤', { unitText: '吨标煤' }), fig('quantity', 100, '吨标准煤'), fig('date', null, '', { date: '--07', datePart: 'late' })]);
});

test('fresh pages (round 105): a gallery\'s counter alone in its brackets is no share ((1/3), （图2/5）); a third of the patients is one', () => {
  check('现场照片(1/3)，（图2/5），约[[1/3]]的患者', [fig('percent', 1 / 3, '%', { approx: 'about' })]);
});

test('fresh pages (round 105): a time with 左右 after it is about that time (9点左右, 12时左右), as one with 许 is', () => {
  check('上午[[9点左右]]，[[12时左右]]，[[11时许]]', [fig('date', null, '', { date: 'T09:00', approx: 'about' }), fig('date', null, '', { date: 'T12:00', approx: 'about' }), fig('date', null, '', { date: 'T11:00', approx: 'about' })]);
});

test('fresh pages (round 107): 百 or 千 alone before 场 or 名 counts a hundred or a thousand, as campaigns name targets (举办百场健康讲座, 选派千名医生); words of quantity before them keep their own reading', () => {
  check('举办[[百场]]健康讲座，选派[[千名]]医生下基层，近[[百场]]，数百名专家，百姓，千家万户', [fig('count', 100, '场'), fig('count', 1000, '名'), fig('count', 100, '场', { approx: 'nearly' })]);
});

test('fresh pages (round 108): a number after a field whose label gives its unit of money in brackets is money (预算金额(元):20999985, 预算（万元）：35.6), as procurement notices write it', () => {
  check('预算金额(元):[[20999985]] 最高限价(元): [[20999985]]，项目预算（万元）：[[35.6]]，采购数量(台):5', [
    fig('money', 20999985, '元'),
    fig('money', 20999985, '元'),
    fig('money', 356000, '元', { unitText: '万元' }),
  ]);
});

test('fresh pages (round 108): a plain value with its bound or rounding after it is one figure (系数为0.95左右, 满意度达到0.8以上), as with a unit', () => {
  check('满意度达到[[0.8以上]]，系数为[[0.95左右]]，签约服务率要到达[[90以上]]；', [
    fig('quantity', 0.8, '', { approx: 'at-least' }),
    fig('quantity', 0.95, '', { approx: 'about' }),
    fig('quantity', 90, '', { approx: 'at-least' }),
  ]);
});

test('fresh pages (round 108): an ordinal with a blank after 第 is a label, no count (征集第 三批…案例), as without one; 第 三季度 stays a quarter', () => {
  check('征集第 三批健康企业建设优秀案例，第三批', []);
  check('完成了第 [[三季度]]的检测', [fig('period', 3, '季度')]);
});

test('fresh pages (round 108): words that hold a numeral and a measure word are no figures (大十字广场, 三元培育体系); three yuan stays money', () => {
  check('大十字广场，三元培育体系，花费[[三元]]钱', [fig('money', 3, '元')]);
});

test('fresh pages (round 108): 来 after a round Arabic number makes it about that many (30来年, 20來人), as after 十 or 百; not after 35, 3.0 or a year', () => {
  check('坚持了[[30来年]]，[[20來人]]，[[十来分钟]]，35来年，2020来年', [
    fig('quantity', 30, '年', { approx: 'about' }),
    fig('count', 20, '人', { approx: 'about' }),
    fig('quantity', 10, '分钟', { approx: 'about' }),
  ]);
});

test('fresh pages (round 109): 车位 counts parking places as 床位 counts beds (新增800床位200车位)', () => {
  check('新增[[800床位]][[200车位]]', [fig('count', 800, '床', { unitText: '床位' }), fig('count', 200, '车位')]);
});

test('fresh pages (round 109): 章 counts a regulation\'s chapters where its articles are counted (共七章二十五条, 全文5章30条); 第七章 and 约法三章 stay none', () => {
  check('《办法》共[[七章]][[二十五条]]，全文[[5章]][[30条]]，第七章，约法三章', [fig('count', 7, '章'), fig('count', 25, '条'), fig('count', 5, '章'), fig('count', 30, '条')]);
});

test('fresh pages (round 110): a number of 个 right before a list\'s last number of percentage points shares the points (分别下降了1.36个和3.51个百分点)', () => {
  check('分别下降了[[1.36个]]和[[3.51个百分点]]，增加[[2个]]、[[3个百分点]]，新建[[2个]]中心', [
    fig('percentage-point', 1.36, '个百分点', { change: 'decrease' }),
    fig('percentage-point', 3.51, '个百分点', { change: 'decrease' }),
    fig('percentage-point', 2, '个百分点', { change: 'increase' }),
    fig('percentage-point', 3, '个百分点', { change: 'increase' }),
    fig('count', 2, '个'),
  ]);
});

test('fresh pages (round 110): a set of rules named by its number is a name (省、市十项规定, 六项禁令), as 中央八项规定 is', () => {
  check('落实省、市十项规定，严守六项禁令，完成[[十项]]任务', [fig('count', 10, '项')]);
});

test('fresh pages (round 110): a table\'s number at the start of its line in a budget\'s list of tables is no range (1-1部门收支总体情况表)', () => {
  check('附表清单:\n1-1部门收支总体情况表\n1-2部门收入总体情况表\n适用于[[3-6岁]]儿童', [fig('range', 3, '岁', { valueHigh: 6 })]);
});

test('fresh pages (round 111): an hour with 点 right after a date is the day\'s hour (11月1日17点前, 2019年1月20日18点19分), as after its part of the day; the points of a speech stay counts (3日5点意见)', () => {
  check('于[[11月1日17点]]前报送，[[2019年1月20日18点19分]]，[[3日]][[5点]]意见', [
    fig('date', null, '', { date: '--11-01T17:00' }),
    fig('date', null, '', { date: '2019-01-20T18:19' }),
    fig('date', null, '', { date: '---03' }),
    fig('count', 5, '点'),
  ]);
});

test('fresh pages (round 113): a clean-up\'s loads, earth and trees are counted (30余车, 1600余方 of earth, 180余棵, 22 090延长米, 4万平方, 14个年头); 至少 before 一 is "at least", no shortfall of a scoring rule (至少一方为阳性 is no cubic metre); 双方 and 3方协议 stay words', () => {
  check('清运垃圾[[30余车]]，清理[[1600余方]]，种植[[180余棵]]，疏通[[22 090延长米]]，约[[4万平方]]，整整[[14个年头]]，至少一方为阳性，双方签订3方协议，3车道', [
    fig('count', 30, '车', { approx: 'more-than' }),
    fig('quantity', 1600, '立方米', { approx: 'more-than', unitText: '方' }),
    fig('count', 180, '棵', { approx: 'more-than' }),
    fig('quantity', 22090, '米', { unitText: '延长米' }),
    fig('quantity', 40000, '平方米', { approx: 'about', unitText: '万平方' }),
    fig('quantity', 14, '年', { unitText: '个年头' }),
  ]);
});

test('fresh pages (round 113): a part of the day set off by a colon as a field\'s label still makes its times afternoon ones (下午:2:30-5:30 was 02:30-05:30)', () => {
  check('办公时间:工作日上午[[8:30-12:00]],下午:[[2:30-5:30]];下午：[[3:00]]', [
    fig('range', null, '', { date: 'T08:30/T12:00' }),
    fig('range', null, '', { date: 'T14:30/T17:30' }),
    fig('date', null, '', { date: 'T15:00' }),
  ]);
});

test('fresh pages (round 115): days after a time limit (期限, 时限) or a stage of days (公示期, 潜伏期) are a length, no day of a month (审理期限30日 was the 30th)', () => {
  check('审理[[期限30日]]，办理[[时限15日]]，[[公示期7日]]', [
    fig('period', 30, '日'),
    fig('period', 15, '日'),
    fig('period', 7, '日'),
  ]);
});

test('fresh pages (round 117): a range of years before 版 labels an edition, as one year does (临床路径(2009年-2012年版), 2019—2020年版); a range of years stays one ([[2019—2020年度]])', () => {
  check('《临床路径(2009年-2012年版)》，2012年版，2019—2020年版，[[2019—2020年度]]', [fig('range', 2019, '年', { valueHigh: 2020, date: '2019/2020' })]);
});

test('fresh pages (round 115): a range of hours past noon needs no part of the day (17-19点, 13—15时); 9-10点 alone may count points', () => {
  check('避开[[17-19点]]出行，[[13—15时]]，晚[[9-10点]]', [
    fig('range', null, '', { date: 'T17:00/T19:00' }),
    fig('range', null, '', { date: 'T13:00/T15:00' }),
    fig('range', null, '', { date: 'T21:00/T22:00' }),
  ]);
});

test('fresh pages (round 114): two neighbouring numerals before 年 are a few years, about (两三年, 三五年, 一两年), as before 天; grades (四五年级) and decades (五六十年代) stay what they were', () => {
  check('干了[[两三年]]，[[三五年]]内，[[一两年]]，四五年级', [
    fig('range', 2, '年', { valueHigh: 3, approx: 'about' }),
    fig('range', 3, '年', { valueHigh: 5, approx: 'about' }),
    fig('range', 1, '年', { valueHigh: 2, approx: 'about' }),
  ]);
});

test('fresh pages (round 114): money counted in 毛 or 角 (5毛钱, 五毛钱) is money in jiao; 一毛不拔 is an idiom', () => {
  check('每次收[[5毛钱]]，[[五毛钱]]，一毛不拔', [fig('money', 5, '角', { unitText: '毛钱' }), fig('money', 5, '角', { unitText: '毛钱' })]);
});

test('fresh pages (round 118): an hour past noon with 点 needs no part of the day where what follows is done at a time (18点收班, 13点前, 20点关闭); 共15点 and 18点意见 count points', () => {
  check('[[18点]]收班，[[13点]]前报送，提出[[18点]]意见，共15点，[[20点]]关闭', [
    fig('date', null, '', { date: 'T18:00' }),
    fig('date', null, '', { date: 'T13:00' }),
    fig('count', 18, '点'),
    fig('date', null, '', { date: 'T20:00' }),
  ]);
});

test('fresh pages (round 118): 家 before 长期 or 长效 counts bodies (21家长期存在问题); 家长 going on as parents stays no count (30家长参加)', () => {
  check('[[21家]]长期存在问题，30家长参加，组织家长会', [fig('count', 21, '家')]);
});

test('fresh pages (round 118): 余 or 多 between 千 or 百 and 万 keeps both scales (6千余万元 is more than 60,000,000 元, was 6,000)', () => {
  check('投入[[6千余万元]]，[[5百多万人]]，[[3千余人]]', [
    fig('money', 60000000, '元', { unitText: '千余万元', approx: 'more-than' }),
    fig('count', 5000000, '人', { unitText: '百多万人', approx: 'more-than' }),
    fig('count', 3000, '人', { unitText: '千人', approx: 'more-than' }),
  ]);
});

test('fresh pages (round 118): a range\'s first number written in full takes no scale from the second when the scale would make it the larger (7000至1.5万人次 is 7,000 to 15,000; only 1.5万人次 was found)', () => {
  check('[[7000至1.5万人次]]，[[3-5万元]]', [
    fig('range', 7000, '人次', { valueHigh: 15000, unitText: '万人次' }),
    fig('range', 30000, '元', { valueHigh: 50000, unitText: '万元' }),
  ]);
});

test('fresh pages (round 119): a count of places followed by a count of places of another level counts both (三县两区, 三省八市); a formula\'s halves (一县一策, 三区两通道) stay no figures', () => {
  check('全市及[[三县]][[两区]]，川陕甘[[三省]][[八市]]，一县一策，三区两通道', [
    fig('count', 3, '县'),
    fig('count', 2, '区'),
    fig('count', 3, '省'),
    fig('count', 8, '市'),
  ]);
});

test('fresh pages (round 120): 一 that ends a word before it (统一, 唯一) is no first half of a pair (统一两个方面 was 一两个, 1-2); 一两个月 stays a few months', () => {
  check('统一两个方面，唯一两家，[[一两个月]]', [fig('range', 1, '月', { valueHigh: 2, unitText: '个月', approx: 'about' })]);
});

test('fresh pages (round 121): a range of days written without its first 日 and without a month is one range (21-22日, 12~13 日); 3月21-22日 stays with its month', () => {
  check('[[21-22日]]有降雪，[[12~13 日]]，[[3月21-22日]]', [
    fig('range', 21, '日', { valueHigh: 22, date: '---21/---22' }),
    fig('range', 12, '日', { valueHigh: 13, date: '---12/---13' }),
    fig('range', 21, '日', { valueHigh: 22, date: '--03-21/--03-22' }),
  ]);
});

test('fresh pages (round 121): a range\'s second number may carry its own minus sign (-8~-3℃, -10～-5℃ were their last end only)', () => {
  check('最低气温[[-8~-3℃]]，[[-10～-5℃]]，[[-5℃至3℃]]', [
    fig('range', -8, '℃', { valueHigh: -3 }),
    fig('range', -10, '℃', { valueHigh: -5 }),
    fig('range', -5, '℃', { valueHigh: 3 }),
  ]);
});

test('fresh pages (round 123): tubes are counted (9万单管, 10万管以上), a laboratory\'s capacity; 管理 stays a word', () => {
  check('日检测能力达[[9万单管]]，[[10万管以上]]，加强管理', [fig('count', 90000, '管', { unitText: '万单管' }), fig('count', 100000, '管', { unitText: '万管', approx: 'at-least' })]);
});

test('fresh pages (round 124): 个星期 and 个礼拜 are weeks (为期一个星期 was the count 一个)', () => {
  check('为期[[一个星期]]，[[两个星期]]后', [fig('quantity', 1, '周', { unitText: '个星期' }), fig('quantity', 2, '周', { unitText: '个星期' })]);
});

test('fresh pages (round 125): 省区市 and 省市区 count provinces, regions and municipalities (覆盖28省区市 was 28省区)', () => {
  check('覆盖[[28省区市]]，[[31省市区]]', [fig('count', 28, '省区市'), fig('count', 31, '省市区')]);
});

test('fresh pages (round 126): the end of an edition\'s, a page\'s or a code\'s dashed numbers is no figure (第2020-09-12期 was the range 9–12 期, 第173-186页 was 186页); a range stays one', () => {
  check('第2020-09-12期，第173-186页，第12-15期，年龄[[3-11岁]]，最低气温[[-3~-5℃]]', [fig('range', 3, '岁', { valueHigh: 11 }), fig('range', -5, '℃', { valueHigh: -3 })]);
});

test('fresh pages (round 127): 又一 and 另一 are "another", no count of one (又一举措 was 1 举措)', () => {
  check('这是又一举措，另一名医生，派出[[两名]]医生', [fig('count', 2, '名')]);
});

test('fresh pages (round 129): kW, MW, 千伏, 千克标煤 and 盏 (lamps) are units', () => {
  check('装机[[500kW]]，[[2MW]]光伏，[[200千伏]]线路，折合[[77.42千克标煤]]，路灯[[30盏]]', [
    fig('quantity', 500, '千瓦', { unitText: 'kW' }), fig('quantity', 2, '兆瓦', { unitText: 'MW' }), fig('quantity', 200, '千伏'), fig('quantity', 77.42, '千克标准煤', { unitText: '千克标煤' }), fig('count', 30, '盏'),
  ]);
});

test('fresh pages (rounds 125, 129): the parts 大 counts are its unit (两大块, 五大方面, 三大板块), other words after it are not (十大单病种)', () => {
  check('分为[[两大块]]，[[五大方面]]，[[三大板块]]，[[十大]]单病种', [fig('count', 2, '块', { unitText: '大块' }), fig('count', 5, '方面', { unitText: '大方面' }), fig('count', 3, '板块', { unitText: '大板块' }), fig('count', 10, '', { unitText: '大' })]);
});

test('fresh pages (round 129): the day before and the first day (前一天, 头一天) are no one day\'s length; a numbered day stays a figure (术后第2天)', () => {
  check('就在前一天，入伏头一天，术后[[第2天]]', [fig('period', 2, '天')]);
});

test('fresh pages (rounds 131-132): a case numbered in a run is a rank (第213例捐献者, 完成第100例手术; 第一例如下 lists), and 罐 counts (40罐左右, not 罐头)', () => {
  check('成为[[第213例]]捐献者，完成[[第100例]]手术，第一例如下，用氧[[40罐左右]]，罐头', [fig('rank', 213, ''), fig('rank', 100, ''), fig('count', 40, '罐', { approx: 'about' })]);
});

test('fresh pages (rounds 133-134): 个批次 counts batches (7个批次 was 7个) and 县次 counts county visits (377县次 was 377县)', () => {
  check('抽检[[7个批次]]，督导[[377县次]]', [fig('count', 7, '批次', { unitText: '个批次' }), fig('count', 377, '县次')]);
});

test('fresh pages (rounds 135-136): a season of a year is a period, numbered as ISO 8601-2 numbers seasons (2024年秋季 → 2024-23; 2024年春节 stays the year); water in Latin units (0.17t/d, 500m3/d, 200m³, 5000m2)', () => {
  check('[[2024年秋季]]学期，[[2021年春季]]，[[2024年]]春节，约[[0.17t/d]]，处理能力[[500m3/d]]，污水[[200m³]]，面积[[5000m2]]', [
    fig('period', null, '', { date: '2024-23' }), fig('period', null, '', { date: '2021-21' }), fig('date', null, '', { date: '2024' }),
    fig('quantity', 0.17, '吨/天', { unitText: 't/d', approx: 'about' }), fig('quantity', 500, '立方米/天', { unitText: 'm3/d' }), fig('quantity', 200, '立方米', { unitText: 'm³' }), fig('quantity', 5000, '平方米', { unitText: 'm2' }),
  ]);
});

test('fresh pages (round 136): a day written without 日 before its line or a bracket ends is the day (2025年09月29 in a list, 发布日期:2018年03月27, 《光明日报》(2023年12月17)); 9月29个 stays a month and a count', () => {
  check('[[2025年09月29]]\n发布日期:[[2018年03月27]]\n《光明日报》([[2023年12月17]])\n[[9月]][[29个]]', [
    fig('date', null, '', { date: '2025-09-29' }), fig('date', null, '', { date: '2018-03-27' }), fig('date', null, '', { date: '2023-12-17' }), fig('date', null, '', { date: '--09' }), fig('count', 29, '个'),
  ]);
});

test('fresh pages (round 139): an hour in the numeral 二 after a part of the day is a time (下午二时至五时 was 05:00, 凌晨二时); 二时 alone is none', () => {
  check('探视时间为下午[[二时至五时]]，凌晨[[二时]]，二时', [fig('range', null, '', { date: 'T14:00/T17:00' }), fig('date', null, '', { date: 'T02:00' })]);
});

test('fresh pages (round 142): the night runs over midnight: 深夜11时 is 23:00, 深夜1点 01:00, 夜间10点至凌晨2点 a range over midnight', () => {
  check('深夜[[11时]]接到电话，深夜[[1点]]送达，夜间[[10点至凌晨2点]]值守', [
    fig('date', null, '', { date: 'T23:00' }), fig('date', null, '', { date: 'T01:00' }), fig('range', null, '', { date: 'T22:00/T02:00' }),
  ]);
});

test('fresh pages (rounds 141-142): a drug\'s price per injection or course (3.3万元/针, 2万元/疗程), flight hours (航时), drops (3滴, not 一点一滴), wells or pits before half-width punctuation (95口;)', () => {
  check('从[[70万元/针]]降至[[3.3万元/针]]，[[2万元/疗程]]，超过[[1航时]]，采血[[3滴]]，一点一滴，沼气池[[95口]];', [
    fig('money', 700000, '元/针', { unitText: '万元/针' }), fig('money', 33000, '元/针', { unitText: '万元/针' }), fig('money', 20000, '元/疗程', { unitText: '万元/疗程' }),
    fig('quantity', 1, '航时', { approx: 'more-than' }), fig('count', 3, '滴'), fig('count', 95, '口'),
  ]);
});

test('a tab separates a table\'s columns: a row\'s number before a name is no figure (1<tab>张伟, 2<tab>项明); a blank still joins (3 家)', () => {
  check('序号\t姓名\n1\t张伟\t市人民医院\n2\t项明\t县医院\n共[[3 家]]', [fig('count', 3, '家')]);
});

test('fresh pages (round 143): areas in square centimetres (2平方厘米 was 2平方 read as square metres, 5cm², 1-3cm2, <1cm2) and square millimetres', () => {
  check('面积[[2平方厘米]]，[[5cm²]]，[[1-3cm2]]，<[[1cm2]]，[[4mm²]]', [
    fig('quantity', 2, '平方厘米'), fig('quantity', 5, '平方厘米', { unitText: 'cm²' }),
    fig('range', 1, '平方厘米', { unitText: 'cm2', valueHigh: 3 }), fig('quantity', 1, '平方厘米', { unitText: 'cm2', approx: 'less-than' }), fig('quantity', 4, '平方毫米', { unitText: 'mm²' }),
  ]);
});

test('fresh pages (round 146): years in Chinese numerals before 的 are a length (三年的学习, 两年的临床培训), and so after a verb that moves a time (提前一年, 缩短两年); a day and a half is 1.5 days (一天半, 1天半), not 十天半月 (ten days or half a month)', () => {
  check('经过了[[三年]]的学习，接受[[两年]]的临床培训，可提前[[一年]]申请，缩短[[两年]]，经过[[一天半]]的角逐，历时[[1天半]]，[[十天]]半月，三年行动计划', [
    fig('quantity', 3, '年'), fig('quantity', 2, '年'), fig('quantity', 1, '年'), fig('quantity', 2, '年'),
    fig('quantity', 1.5, '天', { unitText: '天半' }), fig('quantity', 1.5, '天', { unitText: '天半' }), fig('quantity', 10, '天'),
  ]);
});

test('fresh pages (round 146): N大 before 之一 counts (三大评审之一, 3大任务之一): 之一 is "one of", no formula\'s numeral (一中心一平台六大库 stays a formula)', () => {
  check('智慧医院建设的[[三大]]评审之一，[[3大]]任务之一，一中心一平台六大库N应用', [fig('count', 3, '', { unitText: '大' }), fig('count', 3, '', { unitText: '大' })]);
});

test('fresh pages (round 146): an amount in 万 or 亿 right after 人次 counts 人次 (总诊疗人次95.5亿, 入院人次达30187.3万), as 11.3亿人次 does; money words still make money', () => {
  check('总诊疗人次[[95.5亿]]，比上年增加[[11.3亿人次]]，入院人次达[[30187.3万]]，投入[[1200万]]', [
    fig('count', 9550000000, '人次', { unitText: '亿' }), fig('count', 1130000000, '人次', { unitText: '亿人次', change: 'increase' }),
    fig('count', 301873000, '人次', { unitText: '万' }), fig('money', 12000000, '元', { unitText: '万' }),
  ]);
});

test('fresh pages (round 147): a week of a month is one date with its month (每年11月第三周, 11月的第三周, 2024年9月第二周), no month and a count of weeks', () => {
  check('将每年[[11月第三周]]定为认识周，每年[[11月的第三周]]，[[2024年9月第二周]]', [
    fig('date', null, '', { date: '--11' }), fig('date', null, '', { date: '--11' }), fig('date', null, '', { date: '2024-09' }),
  ]);
});

test('fresh pages (round 148): 前N after 跌出 or 迈进 is a rank (跌出前3); a Chinese numeral after listed letters counts them (A、B、C、D四档, 档 a measure word; 档案 none); a floor of the clinics (门诊四层) is no count', () => {
  check('华西跌出[[前3]],以A、B、C、D[[四档]]划分，分[[两档]]，建立一档案，门诊四层呼吸科', [
    fig('rank', 3, '', { approx: 'at-most' }), fig('count', 4, '档'), fig('count', 2, '档'),
  ]);
});

test('fresh pages (round 149): a fraction in words keeps its decimal part after 点 (百分之八十八点四六 is 88.46%, not 88%)', () => {
  check('占比[[百分之八十八点四六]]，[[千分之三点二]]，[[百分之八十]]', [
    fig('percent', 0.8846, '%', { unitText: '百分之' }), fig('rate', 0.0032, '‰', { unitText: '千分之' }), fig('percent', 0.8, '%', { unitText: '百分之' }),
  ]);
});

test('fresh pages (round 150): 八大处, a place of Beijing, counts no eight (八大处整形医院)', () => {
  check('在八大处整形医院就诊，游览北京八大处公园，[[八大]]员', [fig('count', 8, '', { unitText: '大' })]);
});

test('fresh pages (round 150): 一月一小结 is once a month, no January (一周一调度 and 一季一通报 are none either); 一月一日 and 一月十一日 are dates', () => {
  check('坚持一周一调度、一月一小结、一季一通报，[[一月一日]]起施行，[[一月十一日]]', [
    fig('date', null, '', { date: '--01-01' }), fig('date', null, '', { date: '--01-11' }),
  ]);
});

test('fresh pages (round 154): a range of counts per period is a frequency with both counts (每周2至3次 was the range 2至3次, its week lost); a range with no period stays a range', () => {
  check('维持[[每周2至3次]]的透析，[[每月1-2次]]，共[[2至3次]]', [fig('rate', 2, '次/周', { valueHigh: 3 }), fig('rate', 1, '次/月', { valueHigh: 2 }), fig('range', 2, '次', { valueHigh: 3 })]);
});

test('fresh pages (round 156): once in a span of years or months (2年一次, 3个月一次) is a frequency, as a licence\'s review is given; 一次性 is a word (连续3年一次性通过 keeps its 3年)', () => {
  check('年审次数:[[2年一次]]，[[3个月一次]]，连续[[3年]]一次性通过', [fig('rate', 1, '次/2年'), fig('rate', 1, '次/3月'), fig('quantity', 3, '年')]);
});

test('fresh pages (round 156): 第N with a part after a dash, then a label\'s word (第42-6号提案), numbers a motion, no rank; 第1-4周 stays weeks', () => {
  check('县政协十届四次会议第42-6号提案，第3-12号，[[第1-4周]]', [fig('range', 1, '周', { valueHigh: 4 })]);
});

test('fresh pages (round 156): the bound 分别 gives the first figure of a list is every one\'s, the last after 和 too (分别不低于10%、30%和70%)', () => {
  check('分别不低于[[10%]]、[[30%]]和[[70%]]，增长[[5%]]和[[6%]]', [
    fig('percent', 0.1, '%', { approx: 'at-least' }), fig('percent', 0.3, '%', { approx: 'at-least' }), fig('percent', 0.7, '%', { approx: 'at-least' }),
    fig('percent', 0.05, '%', { change: 'increase' }), fig('percent', 0.06, '%', { change: 'increase' }),
  ]);
});

test('fresh pages (rounds 142 and 157): a slogan of two short clauses joined by a comma, its numbers in Chinese numerals (“进一道门，办两件事”, “用您一分钟,挽救一个生命”), is a formula, no figures; a longer quotation keeps its figures', () => {
  check('做到“进一道门,办两件事”，主题为“用您一分钟，挽救一个生命”，他说“全年共完成各类检查[[三百余次]]，发现问题[[两百多个]]”', [fig('count', 300, '次', { approx: 'more-than' }), fig('count', 200, '个', { approx: 'more-than' })]);
});

test('fresh pages (round 158): the evening\'s and the night\'s 12 o\'clock is the midnight that ends the day (晚上12点 → T24:00, as ISO 8601 writes it), noon\'s stays noon (中午12点 → T12:00); 晚上8点 is 20:00', () => {
  check('夜门诊持续到晚上[[12点]]，中午[[12点]]，晚上[[8点]]，[[2024年5月1日晚上12点]]', [
    fig('date', null, '', { date: 'T24:00' }), fig('date', null, '', { date: 'T12:00' }), fig('date', null, '', { date: 'T20:00' }), fig('date', null, '', { date: '2024-05-01T24:00' }),
  ]);
});

test('fresh pages (round 159): a class of projects by their size after 个 (97个|亿元以上项目) counts the projects, no 97亿元; 两个亿元 stays a sum; 升 between two numerals is a move up (三升四年级), and 四周 before 设置 or 围 is the surroundings (水塘四周设置围栏)', () => {
  check('[[97个]]亿元以上项目开工建设，投资[[两个亿元]]，小学三升四年级学生，在水塘四周设置围栏，连续[[四周]]，加[[3升]]水', [
    fig('count', 97, '个'), fig('money', 200000000, '元', { unitText: '个亿元' }), fig('quantity', 4, '周'), fig('quantity', 3, '升'),
  ]);
});

test('fresh pages (round 158): 朵 and 趟 are measure words (十几朵 mushrooms, 二三十趟 trips)', () => {
  check('摘了[[十几朵]]“小白菇”，[[二三十趟]]厕所跑下来', [fig('count', 10, '朵', { approx: 'more-than' }), fig('range', 20, '趟', { valueHigh: 30, approx: 'about' })]);
});

test('fresh pages (round 159): the top three of a league table said as 前三甲 or before 分别 (位列满意率前三甲, 排名前三分别是) is a rank; 三甲 alone stays a hospital\'s grade', () => {
  check('位列病人满意率[[前三甲]]的三级医院，满意度排名[[前三]]分别是，创建三甲医院', [fig('rank', 3, '', { approx: 'at-most' }), fig('rank', 3, '', { approx: 'at-most' })]);
});

test('fresh pages (round 165): doses of decoction counted in 帖 after digits (代煎38596帖) are a count, no post (3帖子); 一档 inside the formula 一人一档 is no count of one', () => {
  check('去年代煎[[38596帖]]，今年代煎[[78465帖]]，发了3帖子，实行一人一档，', [fig('count', 38596, '帖'), fig('count', 78465, '帖')]);
});

test('fresh pages (round 163): half of them (一半以上的三级医院, 超过一半的医院, 床位费的一半) is a share of 50%; 一半一半 and 一大半 are not', () => {
  check('全国[[一半以上]]的三级医院，超过[[一半]]的医院，收取床位费的[[一半]]，一半一半，一大半', [
    fig('percent', 0.5, '%', { approx: 'at-least' }), fig('percent', 0.5, '%', { approx: 'more-than' }), fig('percent', 0.5, '%'),
  ]);
});
