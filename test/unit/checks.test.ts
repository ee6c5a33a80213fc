import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { Analyzer } from '../../server/src/core/analyze';
import { builtinGlossary } from '../../server/src/core/glossary';
import { TermMatcher } from '../../server/src/core/terms';
import { applyEdits, CHECK_CODES, checkAnalysis, checkBlocksSteps, checkDocumentSteps, fixEdits, fixOf, mergeFindings, RULES, type CheckCode, type Finding } from '../../server/src/core/checks';
import { describe as describeFinding, fixTitle, ruleTitle } from '../../server/src/core/checks/messages';
import { finish } from '../../server/src/core/steps';
import { capFindings, shownPerSeverity } from '../../server/src/lsp/features/diagnostics';
import { ENGLISH, l10nFor } from '../../server/src/core/l10n';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseMarked, readSeed, REPO_ROOT } from '../helpers';

const analyzer = new Analyzer(new TermMatcher([builtinGlossary()]));

function findings(text: string, code?: CheckCode): Finding[] {
  return checkAnalysis(analyzer.analyze(text)).filter((f) => !code || f.code === code);
}

/** `code` flags exactly the ranges marked [[ ]] in the fixture (none: the fixture is a near miss). */
function check(code: CheckCode, fixture: string): void {
  const { text, ranges } = parseMarked(fixture);
  const found = findings(text, code);
  assert.deepEqual(found.map((f) => text.slice(f.start, f.end)), ranges.map((r) => r.text), `${code} in ${fixture}`);
  assert.deepEqual(found.map((f) => [f.start, f.end]), ranges.map((r) => [r.start, r.end]), `${code} offsets in ${fixture}`);
}

/** The text after applying the fixes of `code`; the rule must not fire on it any more. */
function fixed(code: CheckCode, text: string): string {
  const found = findings(text, code);
  assert.ok(found.length > 0, `${code} finds nothing in ${text}`);
  assert.ok(found.every((f) => fixOf(f)?.length), `${code} has a finding without a fix in ${text}`);
  const after = applyEdits(text, fixEdits(found));
  assert.deepEqual(findings(after, code), [], `${code} still fires after its fix: ${after}`);
  return after;
}

// ------------------------------------------------------------------ headings

test('headingSequence: a skipped, repeated or restarted number at one level; the fix renumbers the level', () => {
  check('headingSequence', '一、总体情况\n正文。\n二、主要做法\n正文。\n[[四、]]下一步打算\n正文。\n');
  check('headingSequence', '一、主要做法\n（一）强化党建\n正文。\n[[（一）]]深化改革\n正文。\n');
  check('headingSequence', '一、主要做法\n1.突出政治建设。正文。\n[[3.]]创新工作方式。正文。\n');
  // (A lone （二） under 一、 is no heading for the outline (a list needs its first item), so no check reads it.)
  // Near misses: a new 一、 section starts its （一） afresh; a new article (headline) starts its 一、 afresh.
  check('headingSequence', '一、主要做法\n（一）强化党建\n正文。\n二、下一步打算\n（一）深化改革\n正文。\n');
  check('headingSequence', '区卫健委召开工作会议\n\n一、工作回顾\n正文。\n二、工作安排\n正文。\n\n县医院开展义诊活动\n\n一、活动情况\n正文。\n');
  assert.equal(fixed('headingSequence', '一、总体情况\n正文。\n二、主要做法\n正文。\n四、下一步打算\n正文。\n五、保障措施\n正文。\n'), '一、总体情况\n正文。\n二、主要做法\n正文。\n三、下一步打算\n正文。\n四、保障措施\n正文。\n');
  assert.equal(fixed('headingSequence', '一、主要做法\n（一）强化党建\n正文。\n（一）深化改革\n正文。\n'), '一、主要做法\n（一）强化党建\n正文。\n（二）深化改革\n正文。\n');
});

test('headingSequence: articles are numbered through the whole text, across chapters, also run into a chapter line', () => {
  const body = '本办法适用于全市医疗机构。';
  check('headingSequence', `第一章 总则 第一条 为规范管理，制定本办法。\n第二条 ${body}\n第二章 职责\n第三条 ${body}\n第四条 ${body}\n`);
  check('headingSequence', `第一章 总则\n第一条 ${body}\n第二条 ${body}\n第二章 职责\n[[第四条]] ${body}\n`);
});

test('headingSequence: a numbered line the outline did not take for a heading explains the gap', () => {
  const long = '组织实施全市卫生健康综合监督执法工作计划对基层卫生健康监督协管工作进行业务指导并开展专项检查工作的相关具体事项';
  check('headingSequence', `一、职责\n（1）制定计划\n（2）${long}\n（3）开展检查\n`);
});

test('headingLevel: （一） after 1. in the same section; 1. directly under 一、 is allowed', () => {
  check('headingLevel', '一、主要做法\n1.突出政治建设。正文。\n2.严守政治规矩。正文。\n[[（一）]]深化改革\n正文。\n');
  check('headingLevel', '一、主要做法\n1.突出政治建设。正文。\n2.严守政治规矩。正文。\n二、下一步打算\n（一）深化改革\n正文。\n');
});

test('headingMixedMarkers: a heading numbered in the family of the level above; the fix writes its marker', () => {
  check('headingMixedMarkers', '一、总体情况\n正文。\n二、主要做法\n正文。\n[[3.]]下一步打算\n正文。\n四、保障措施\n正文。\n');
  assert.equal(fixed('headingMixedMarkers', '一、总体情况\n正文。\n二、主要做法\n正文。\n3.下一步打算\n正文。\n四、保障措施\n正文。\n'), '一、总体情况\n正文。\n二、主要做法\n正文。\n三、下一步打算\n正文。\n四、保障措施\n正文。\n');
  // A list that starts at 3 under 二、 with no 四、 after it at 3's number is not a mixed marker.
  check('headingMixedMarkers', '一、总体情况\n正文。\n二、主要做法\n3.下一步打算\n正文。\n五、保障措施\n正文。\n');
});

test('headingBracket: (一) and (1) at the start of a line; full-width brackets are right', () => {
  check('headingBracket', '一、主要做法\n[[(一)]]强化党建引领\n正文。\n[[(1)]]学习教育\n正文。\n[[（二)]]深化改革\n');
  check('headingBracket', '一、主要做法\n（一）强化党建引领\n正文。\n（1）学习教育\n');
  assert.equal(fixed('headingBracket', '(一)强化党建引领\n'), '（一）强化党建引领\n');
});

test('headingArabicComma: 1、 where the document numbers with 1. elsewhere', () => {
  check('headingArabicComma', '一、主要做法\n1.突出政治建设。正文。\n[[2、]]严守政治规矩。正文。\n');
  check('headingArabicComma', '一、主要做法\n1、突出政治建设。正文。\n2、严守政治规矩。正文。\n');
  assert.equal(fixed('headingArabicComma', '一、主要做法\n1.突出政治建设。正文。\n2、严守政治规矩。正文。\n'), '一、主要做法\n1.突出政治建设。正文。\n2.严守政治规矩。正文。\n');
});

// ------------------------------------------------------------------ punctuation

test('halfWidthPunctuation: , ; : ? ! ( ) and ... in Chinese text; numbers, times and Latin lists are left alone', () => {
  check('halfWidthPunctuation', '2024年[[,]]全市新增床位500张[[;]]会议指出[[:]]要抓好落实[[!]]是否达标[[?]]');
  check('halfWidthPunctuation', '送样率达到100%[[,]]经上级实验室检测已排除。');
  check('halfWidthPunctuation', '全区医疗机构[[(]]含村卫生室)共787间。');
  check('halfWidthPunctuation', '那是具有重要意义的一年[[...]]');
  check('halfWidthPunctuation', '会议于10:30开始，推行DRG,DIP支付方式改革，共10,084人参加。');
  check('halfWidthPunctuation', '全区医疗机构（含村卫生室）共787间，疾病诊断相关分组（DRG）付费。');
  assert.equal(fixed('halfWidthPunctuation', '2024年,全区医疗机构(含村卫生室)共787间;会议指出:要抓好落实...'), '2024年，全区医疗机构（含村卫生室）共787间；会议指出：要抓好落实……');
});

test('straightQuotes: "…" around Chinese text; an English apostrophe is not a quote', () => {
  check('straightQuotes', '推动这一技术作为[["亮点"]],并努力使这个[["亮点"]]光彩夺目。');
  check('straightQuotes', 'The hospital\'s "Healthy China" plan was adopted in 2024.');
  assert.equal(fixed('straightQuotes', '推广"三明医改"经验。'), '推广“三明医改”经验。');
});

test('unbalancedPair: a quote or bracket left open in its paragraph; a pair broken over two paragraphs is not', () => {
  check('unbalancedPair', '持续做好“健康你我‘ta’”相约在20[[“]]健康义诊宣教活动。\n下一段。\n');
  check('unbalancedPair', '印发《党纪学习教育工作方案》[[》]]，举办读书班。\n下一段。\n');
  check('unbalancedPair', '医院党委获得“全省先进基层党\n\n组织”荣誉称号。\n');
  check('unbalancedPair', '主要任务如下：\n1）完善制度；\n2）加强考核。\n');
  check('unbalancedPair', '会议强调：“要抓好落实，\n\n“要压实责任。”\n');
});

test('doubledPunctuation: 。。 ，， 、、; the fix removes one', () => {
  check('doubledPunctuation', '全面完成年度任务[[。。]]下一步[[，，]]要继续推进医疗[[、、]]医保改革。');
  check('doubledPunctuation', '近年来……我们坚持——以人民为中心。');
  assert.equal(fixed('doubledPunctuation', '全面完成年度任务。。下一步，，继续推进。'), '全面完成年度任务。下一步，继续推进。');
});

test('documentNumber: the year of a document number in [ ] ( ) （ ） 【 】 instead of 〔〕', () => {
  check('documentNumber', '根据《关于做好有关工作的通知》（浙卫发[[（2023）]]10号）和川办发[[【2021】]]85号要求。');
  check('documentNumber', '根据浙卫发〔2023〕10号文件，2023年（上半年）完成10项任务。');
  assert.equal(fixed('documentNumber', '浙卫发[2023]10号'), '浙卫发〔2023〕10号');
  assert.equal(fixed('documentNumber', '国办发(2019)5号'), '国办发〔2019〕5号');
});

test('missingFullStop: a paragraph of sentences whose last one has no full stop; headings and the last paragraph are left alone', () => {
  check('missingFullStop', '一、主要做法\n全市新增床位500张。全年完成投资1.5亿元，推进数字健康体系建[[设]]\n二、下一步打算\n持续深化改革。\n');
  check('missingFullStop', '一、主要做法\n（一）抓党建，强引领\n全市新增床位500张。\n印发《党纪学习教育工作方案》\n持续深化改革。全年完成投资1.5亿元，推进数字健康体系建设');
});

// ------------------------------------------------------------------ PDF debris

test('spaceInText: between a number and its unit, and inside a sentence; headlines, bylines and quotes keep theirs', () => {
  check('spaceInText', '全县共报告病例[[ ]]312[[ ]]例，人均补助30[[ ]]元，截止[[ ]]3月22日全面贯彻党[[ ]]的二十大精神。');
  check('spaceInText', '县卫健委 2024[[ ]]年第一季度工作总结\n');
  check('spaceInText', '擦亮健康底色 写好民生答卷\n\n融媒体记者 李蓉 通讯员 高排林\n\n举办“永远跟党走 开启新征程”党史知识竞赛。\n第一条 为了保障母亲和婴儿健康，制定本办法。\n');
  check('spaceInText', '2025年3月27日，全市卫生健康工作会议召开，推广AFP 病例监测。');
  assert.equal(fixed('spaceInText', '全县 16 所医疗卫生机构，截止 3月22 日全部完成。'), '全县16所医疗卫生机构，截止3月22日全部完成。');
});

test('brokenLine: a word or a sentence broken by a line break; the fix joins the lines', () => {
  const text = '二是深化改革，全面推进紧密型县域\n医共体建设，各项工作起好步成为第一季度工作重\n点，现将工作开展情况总结如下。\n';
  const found = findings(text, 'brokenLine');
  assert.deepEqual(found.map((f) => [f.data?.kind, f.data?.word]), [['word', '紧密型县域医共体'], ['sentence', '']]);
  assert.equal(fixed('brokenLine', text), '二是深化改革，全面推进紧密型县域医共体建设，各项工作起好步成为第一季度工作重点，现将工作开展情况总结如下。\n');
  // A long title joined to the paragraph under it, and a headline over its article, are not broken lines.
  assert.deepEqual(findings('湖州市卫生健康委关于印发全市卫生健康工作要点的通知\n各区县卫生健康局，委机关各处室：\n', 'brokenLine'), []);
  assert.deepEqual(findings('全省卫生健康工作会议召开，全力推动卫生健康高质量发展\n\n3月2日，全省卫生健康工作会议在成都召开。\n', 'brokenLine'), []);
});

test('letterSpacing: three or more Han characters spaced out; 总 则 and a two-character name are layout', () => {
  check('letterSpacing', '[[工 作 总 结]]\n\n[[政 府 工 作 报 告]]\n');
  check('letterSpacing', '第一章 总 则\n北京市市长  殷  勇\n');
  assert.equal(fixed('letterSpacing', '工 作 总 结\n'), '工作总结\n');
});

test('pageDebris: a page number inside the text, and the running header beside it; the fix removes the line', () => {
  check('pageDebris', '全县共报告病例312例。\n[[- 3 -]]\n各项工作有序推进。\n[[第 4 页 共 11 页]]\n');
  check('pageDebris', '全县共有3-5家医院，详见第3页表格。\n各项工作有序推进。\n');
  // The page number interrupted a sentence: the fix joins it again.
  assert.equal(fixed('pageDebris', '起好步成为第一季度工作重\n- 3 -\n点，现将工作开展情况总结如下。\n'), '起好步成为第一季度工作重点，现将工作开展情况总结如下。\n');
  const pages = '某县卫生健康委员会文件\n第一段内容。\n- 1 -\n某县卫生健康委员会文件\n第二段内容。\n- 2 -\n某县卫生健康委员会文件\n第三段内容。\n- 3 -\n';
  const headers = findings(pages, 'pageDebris').filter((f) => f.data?.kind === 'header');
  assert.deepEqual(headers.map((f) => pages.slice(0, f.start).split('\n').length - 1), [3, 6]);
  assert.equal(fixed('pageDebris', pages), '某县卫生健康委员会文件\n第一段内容。\n第二段内容。\n第三段内容。\n');
});

// ------------------------------------------------------------------ figures

test('yearOutlier: 2004年 among a 2024 report’s dates; references and future targets are not outliers', () => {
  const report = '2024年工作总结\n2024年，全市新增床位500张。2024年完成投资1.5亿元。[[2004]]年，市卫健委严格落实“第一议题”制度。2024年12月底全部完成。\n';
  check('yearOutlier', report);
  check('yearOutlier', '2009年工作总结\n2009年，门急诊量240万人次，比2000年增长1.65倍。2009年出院病人5.19万人次，2009年平均住院日7.9天。\n');
  check('yearOutlier', '2020年工作计划\n2020年，全市推进健康行动。2020年完成任务。2020年底到2030年目标全面实现。\n');
});

test('shareOver100: a share above 100%; growth and completion may exceed it', () => {
  check('shareOver100', '全市家庭医生签约率达到[[105%]]，基层诊疗量占比[[112%]]。');
  check('shareOver100', '全市诊疗量同比增长120%，项目完成率112%，病床使用率103.5%。');
});

test('changeMismatch: 由A提高到B，提高了C that does not add up, or goes the wrong way', () => {
  check('changeMismatch', '健康素养水平由30%提高到35%，提高了[[3个百分点]]。');
  check('changeMismatch', '门诊量由1000人次增加到1500人次，增长了[[30%]]。');
  check('changeMismatch', '平均住院日由8天下降到9天，下降了[[1天]]。');
  check('changeMismatch', '健康素养水平由30%提高到35%，提高了5个百分点；门诊量由1000人次增加到1500人次，增长了50%；由30.1%提高到35.2%，提高了5.1个百分点。');
});

test('percentPointMix: % and 个百分点 together, and % for a difference in points (with its fix)', () => {
  check('percentPointMix', '全市健康素养水平较上年增长[[5%个百分点]]。');
  check('percentPointMix', '由80%提高到85%，提高了[[5%]]。');
  check('percentPointMix', '由80%提高到85%，提高了5个百分点，门诊量增长5%。');
  assert.equal(fixed('percentPointMix', '由80%提高到85%，提高了5%。'), '由80%提高到85%，提高了5个百分点。');
});

test('totalMismatch: parts that add up to more than their total, or to less when the list says it is complete', () => {
  check('totalMismatch', '全区共有医院[[5家]]，其中三级医院3家、二级医院3家。');
  check('totalMismatch', '共投入资金[[1亿元]]，分别为中央资金5000万元、省级资金3000万元。');
  check('totalMismatch', '报告病例312例，其中:艾滋病1例、肝炎80例、肺结核51例、布病16例、淋病2例、梅毒106例、新冠12例、流感36例、包虫病2例、其他6例。');
  // A selection after 其中 may add up to less than the total.
  check('totalMismatch', '全县共有卫生技术人员1200人，其中执业医师400人、注册护士500人。');
});

test('indicatorConflict: one indicator with two values for the same years; other years, targets and changes differ freely', () => {
  check('indicatorConflict', '全区孕产妇死亡率为8.5/10万。\n工作成效明显，全区孕产妇死亡率为[[9.2/10万]]。\n');
  check('indicatorConflict', '2022年居民健康素养水平为38.2%。2021年居民健康素养水平为35.1%。居民健康素养水平目标为40%。\n');
});

// ------------------------------------------------------------------ names

test('shortBeforeFull: a contraction used before the full name it stands for', () => {
  check('shortBeforeFull', '全市医联体建设加快推进。[[市五院]]与宁波签约。市第五人民医院新建病房楼。\n');
  // The standard short name (国家卫生健康委) and a name without its place (市委) are not contractions.
  check('shortBeforeFull', '国家卫生健康委印发通知。国家卫生健康委员会要求各地落实。市委召开会议。阳春市委书记出席。\n');
  // A headline may use the short form before its article gives the full name.
  check('shortBeforeFull', '市五院开展义诊\n\n近日，市第五人民医院开展义诊活动。市五院专家20人参加。\n');
});

test('unusedAlias: an alias declared with （以下简称X） and never used after', () => {
  const filler = '全市卫生健康系统坚持以人民健康为中心，推动优质医疗资源扩容下沉。'.repeat(80);
  check('unusedAlias', `红河州数据发展中心[[（以下简称“州数据发展中心”）]]实施项目15个。${filler}`);
  check('unusedAlias', `红河州数据发展中心（以下简称“州数据发展中心”）实施项目15个。${filler}州数据发展中心完成验收。`);
  // Too little text after the declaration to say (a report being written).
  check('unusedAlias', '红河州数据发展中心（以下简称“州数据发展中心”）实施项目15个。');
  const text = `红河州数据发展中心（以下简称“州数据发展中心”）实施项目15个。${filler}`;
  assert.equal(fixed('unusedAlias', text), `红河州数据发展中心实施项目15个。${filler}`);
});

test('orgTwoNames: one government body under two full names', () => {
  const found = findings('蚌埠市卫生健康委员会召开会议。会后，蚌埠市卫生和计划生育委员会印发通知。\n');
  // Whether the two names are one organisation is for the organisation detector to say; when it says so, they are reported.
  const two = found.filter((f) => f.code === 'orgTwoNames');
  assert.ok(two.length <= 1);
  check('orgTwoNames', '蚌埠市卫生健康委员会召开会议。会后，蚌埠市卫生健康委印发通知，市卫健委抓好落实。\n');
});

// ------------------------------------------------------------------ typos

test('doubledChar: 的的 了了 是是; 目的的, 的的确确, 不了了之, 是是非非 and 是是否 are words', () => {
  check('doubledChar', '这是我们[[的的]]目标，完成[[了了]]任务，关键[[是是]]落实。');
  check('doubledChar', '实现目的的手段，的的确确，不了了之，是是非非，关键是是否落实。');
  assert.equal(fixed('doubledChar', '这是我们的的目标。'), '这是我们的目标。');
});

test('yearZero: a year in Chinese numerals with 零, ○, O or 0 for 〇', () => {
  check('yearZero', '[[二零二四]]年一月，[[二○二四]]年二月，[[二O二四]]年三月，二〇二四年四月。');
  assert.equal(fixed('yearZero', '二零二四年一月十五日'), '二〇二四年一月十五日');
});

// ------------------------------------------------------------------ official style, whole documents, messages

test('official style: dates and numbers next to Chinese need no spaces, and none are asked for', () => {
  for (const text of ['2025年3月27日，全市召开会议。', '投入1.5亿元，增长14.7个百分点，共3000人次。']) assert.deepEqual(findings(text), [], text);
});

test('no rule fires on a clean paragraph of official prose', () => {
  const text = '蚌埠市卫生健康委员会2024年工作总结\n一、主要做法\n（一）强化党建引领\n1.突出政治建设。2024年，市卫生健康委员会坚持以人民健康为中心，全市新增床位500张，投入1.5亿元推进数字健康体系建设，健康素养水平由30%提高到35%，提高了5个百分点。\n2.严守政治规矩。抓好巡视反馈问题整改，制定整改措施10条。\n（二）深化医药卫生体制改革\n推进紧密型县域医共体建设，实现“一卡通”融合应用。\n二、下一步打算\n持续深化改革，推动高质量发展。\n';
  assert.deepEqual(findings(text).map((f) => f.code), []);
});

test('every rule has a severity, a title and messages in English and Chinese', () => {
  const zh = l10nFor('zh-cn');
  for (const code of CHECK_CODES) {
    assert.ok(RULES[code], code);
    assert.notEqual(ruleTitle(code, zh), ruleTitle(code, ENGLISH), `${code} title is not translated`);
  }
  const samples = findings('2024年,全县 16 所医院(含卫生院)的的完成。。\n(一)强化党建\n');
  assert.ok(samples.length >= 5);
  for (const f of samples) {
    assert.notEqual(describeFinding(f, zh), describeFinding(f, ENGLISH), `${f.code} message is not translated`);
    assert.doesNotMatch(describeFinding(f, ENGLISH), /\{\d\}|undefined/, f.code);
    if (fixOf(f)) assert.doesNotMatch(fixTitle(f, ENGLISH), /\{\d\}|undefined/, f.code);
  }
});

test('package.json contributes one reportLens.checks.<code> setting per rule, described in both languages', () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));
  const nls = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.nls.zh-cn.json'), 'utf8'));
  const settings = Object.keys(manifest.contributes.configuration.properties).filter((k) => k.startsWith('reportLens.checks.'));
  assert.deepEqual(settings.map((k) => k.slice('reportLens.checks.'.length)), [...CHECK_CODES]);
  for (const code of CHECK_CODES) assert.ok(nls[`config.checks.${code}`], code);
});

test('the sample report 000 has the issue’s own example: 2004年 in a report about 2024', () => {
  const text = readSeed('000');
  const years = findings(text, 'yearOutlier');
  assert.deepEqual(years.map((f) => text.slice(f.start, f.end)), ['2004']);
});

// ------------------------------------------------------------------ incremental checks and fixes

test('incremental checks after an edit equal the checks of the edited text from scratch', () => {
  const base = readSeed('001').slice(0, 4000);
  fc.assert(
    fc.property(fc.nat({ max: base.length }), fc.nat({ max: 30 }), fc.constantFrom('', ',', '。', '\n', ' ', '的的', '(一)', '“', '县域\n医共体', '2024 年'), (at, len, insert) => {
      const end = Math.min(base.length, at + len);
      const prev = analyzer.analyze(base);
      const prevChecks = finish(checkBlocksSteps(prev));
      const text = base.slice(0, at) + insert + base.slice(end);
      const next = analyzer.analyze(text, prev, [{ start: at, end, length: insert.length }]);
      const incremental = finish(checkBlocksSteps(next, prevChecks));
      const fresh = finish(checkBlocksSteps(analyzer.analyze(text)));
      assert.deepEqual([...incremental.findings()], [...fresh.findings()]);
      // The counts per severity move with the edit (select reads them, not the findings).
      assert.deepEqual(incremental.totals, fresh.totals);
      assert.deepEqual(incremental.select(2), fresh.select(2));
      const all = mergeFindings([...incremental.findings()], finish(checkDocumentSteps(next, incremental)));
      assert.deepEqual(all, checkAnalysis(analyzer.analyze(text)));
    }),
    { numRuns: 60 },
  );
});

test('incremental checks of a report of many blocks (several chunks) equal the checks from scratch, edit after edit', () => {
  let text = Array.from({ length: 9000 }, (_, i) => (i % 97 === 5 ? `第${i}段这是的的目标。` : `第${i}段床位,使用率提高。`)).join('\n') + '\n';
  let analysis = analyzer.analyze(text);
  let checks = finish(checkBlocksSteps(analysis));
  const lineStart = (n: number) => text.split('\n').slice(0, n).join('\n').length + (n > 0 ? 1 : 0);
  // Edits that keep the number of blocks, add some, remove some, at the start, in the middle, across a chunk, at the end.
  const edits = [
    { at: lineStart(4500) + 3, remove: 0, insert: ',' },
    { at: lineStart(4500) + 3, remove: 1, insert: '' },
    { at: lineStart(10), remove: 0, insert: '的的\n新的一段。\n' },
    { at: lineStart(4090), remove: lineStart(4200) - lineStart(4090), insert: '' },
    { at: lineStart(8990), remove: 0, insert: '末尾,多了一段。\n' },
    { at: 0, remove: lineStart(3), insert: '' },
  ];
  for (const e of edits) {
    text = text.slice(0, e.at) + e.insert + text.slice(e.at + e.remove);
    const next = analyzer.analyze(text, analysis, [{ start: e.at, end: e.at + e.remove, length: e.insert.length }]);
    const incremental = finish(checkBlocksSteps(next, checks));
    const fresh = finish(checkBlocksSteps(analyzer.analyze(text)));
    assert.deepEqual([...incremental.findings()], [...fresh.findings()]);
    assert.deepEqual(incremental.totals, fresh.totals);
    assert.deepEqual(incremental.select([5, 300, 5]), fresh.select([5, 300, 5]));
    analysis = next;
    checks = incremental;
  }
});

test('findings and fixes stay inside the text, and fixes never overlap, on any input', () => {
  const chars = fc.constantFrom(...'一二三、（）()“”"，,。.：:； 1０\n\r的是了年元%个百分点共其中其中：分别为亮点第章条-—〔〕[]'.split(''));
  fc.assert(
    fc.property(fc.array(chars, { maxLength: 200 }).map((cs) => cs.join('')), (text) => {
      const found = findings(text);
      for (const f of found) {
        assert.ok(f.start >= 0 && f.start <= f.end && f.end <= text.length, `${f.code} ${f.start}-${f.end}`);
        for (const e of fixOf(f) ?? []) assert.ok(e.start >= 0 && e.start <= e.end && e.end <= text.length, `${f.code} fix ${e.start}-${e.end}`);
      }
      const edits = fixEdits(found);
      for (let i = 1; i < edits.length; i++) assert.ok(edits[i - 1].end <= edits[i].start, 'fixes overlap');
      applyEdits(text, edits);
    }),
    { numRuns: 300 },
  );
});

test('the diagnostics chosen from a few findings per severity are those chosen from all of them', () => {
  const text = '全市新增床位,病床使用率提高。\n'.repeat(40) + '这是我们的的目标。\n' + '全市新增床位,这是的的。\n'.repeat(5) + '下一段。\n';
  const analysis = analyzer.analyze(text);
  const blocks = finish(checkBlocksSteps(analysis));
  const all = [...blocks.findings()];
  for (const max of [1, 3, 10, 1000]) {
    const { findings, total } = blocks.select(max);
    assert.equal(total, all.length);
    assert.deepEqual(capFindings(findings, max), capFindings(all, max), `max ${max}`);
    // As many of each severity as can be shown are enough, with document-wide findings among them too.
    const wide: Finding[] = [{ code: 'headingSequence', start: 3, end: 4 }, { code: 'indicatorConflict', start: 100, end: 102 }];
    const fewer = blocks.select(shownPerSeverity(blocks.totals, wide, max)).findings;
    assert.deepEqual(capFindings([...fewer, ...wide], max), capFindings([...all, ...wide], max), `max ${max}, with document-wide findings`);
  }
  assert.deepEqual(capFindings(all, 3).map((f) => f.code), ['doubledChar', 'doubledChar', 'doubledChar']);
});
