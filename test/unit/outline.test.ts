import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { findOutline, flattenOutline } from '../../server/src/core/outline';
import type { OutlineNode } from '../../server/src/core/types';
import { matchSnapshot, parseMarked, readSeed, seedNames } from '../helpers';

// ---------------------------------------------------------------- helpers

/** 0-based line of an offset, counting \r\n, \r and \n as one break each. */
function lineOf(text: string, offset: number): number {
  let line = 0;
  for (let i = 0; i < offset; i++) {
    const c = text[i];
    if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) line++;
  }
  return line;
}

/** One line per node, pre-order: indentation by level, style, name. */
function describe(nodes: OutlineNode[]): string[] {
  return flattenOutline(nodes).map((n) => `${'  '.repeat(n.level - 1)}${n.style} ${n.name}`);
}

/** Structural invariants every outline must keep. */
function assertWellFormed(text: string, nodes: OutlineNode[], level = 1, parentEnd = text.length): void {
  let prevEnd = -1;
  for (const n of nodes) {
    assert.equal(n.level, level, `level of ${n.name}`);
    assert.ok(n.start >= 0 && n.start < n.end && n.end <= text.length, `range of ${n.name}`);
    assert.ok(n.start >= prevEnd, `${n.name} after its previous sibling`);
    assert.equal(n.line, lineOf(text, n.start), `line of ${n.name}`);
    assert.equal(n.endLine, lineOf(text, n.end), `endLine of ${n.name}`);
    assert.ok(n.sectionEnd >= n.end && n.sectionEnd <= parentEnd, `section of ${n.name}`);
    assert.equal(n.sectionEndLine, lineOf(text, n.sectionEnd), `sectionEndLine of ${n.name}`);
    assert.equal(n.name, n.name.trim());
    assert.ok(!/[\r\n]/.test(n.name), `no line break in ${JSON.stringify(n.name)}`);
    assertWellFormed(text, n.children, level + 1, n.sectionEnd);
    prevEnd = n.sectionEnd;
  }
}

/**
 * Outlines `fixture` (heading ranges marked with [[ ]]) and compares the pre-order list
 * `<indent by level><style> <name>` with `expected`, and the heading ranges with the marks.
 */
function check(fixture: string, expected: string[]): OutlineNode[] {
  const { text, ranges } = parseMarked(fixture);
  const outline = findOutline(text);
  assert.deepEqual(describe(outline), expected, JSON.stringify(fixture));
  const flat = flattenOutline(outline);
  assert.deepEqual(
    flat.map((n) => ({ start: n.start, end: n.end, text: text.slice(n.start, n.end) })),
    ranges,
    `heading ranges in ${JSON.stringify(fixture)}`,
  );
  assertWellFormed(text, outline);
  return outline;
}

/** A paragraph: long, ending its sentence. */
const BODY = '全年累计完成家庭医生签约服务12.5万人次，基层诊疗量占比提升至百分之六十以上，群众就医获得感不断增强。';
/** A news lead paragraph. */
const LEAD = '本报讯（记者王明 通讯员张华）近日，某市第二人民医院与本地高校共建联合实验室，围绕医疗数据治理开展合作研究。';

// ---------------------------------------------------------------- marked styles

test('numbered markers nest in their canonical order', () => {
  check(
    [
      '[[一、主要做法]]',
      '[[（一）抓党建引领有深度]]',
      `[[1.突出政治建设强化思想引领]]。${BODY}`,
      `[[（1）集中学习]]`,
      `[[①专题讲座]]。${BODY}`,
      `[[②现场教学]]`,
      `[[2、严守政治规矩]]。${BODY}`,
      '[[(二)抓改革创新有强度]]',
      `[[3．深化医共体建设]]。${BODY}`,
      '[[二、2025年工作计划]]',
      `[[(一)持续深化从严治党]]。${BODY}`,
    ].join('\n'),
    [
      'chinese-numeral 一、主要做法',
      '  paren-chinese （一）抓党建引领有深度',
      '    arabic 1.突出政治建设强化思想引领',
      '      paren-arabic （1）集中学习',
      '        circled ①专题讲座',
      '        circled ②现场教学',
      '    arabic 2、严守政治规矩',
      '  paren-chinese (二)抓改革创新有强度',
      '    arabic 3．深化医共体建设',
      'chinese-numeral 二、2025年工作计划',
      '  paren-chinese (一)持续深化从严治党',
    ],
  );
});

test('a marker met first at a deeper rank still yields to a higher one met later', () => {
  check(`[[1.先写的条目]]\n${BODY}\n[[一、后写的大项]]\n${BODY}\n[[1.大项下的条目]]\n${BODY}`, [
    'arabic 1.先写的条目',
    'chinese-numeral 一、后写的大项',
    '  arabic 1.大项下的条目',
  ]);
});

test('a marked line is a heading when short, or up to its first 。 when the head is short', () => {
  check(`[[一、概况]]\n[[1.加强党建]]。\n[[2.推进改革]]\n[[3. 优化服务]]。${BODY}`, [
    'chinese-numeral 一、概况',
    '  arabic 1.加强党建',
    '  arabic 2.推进改革',
    '  arabic 3. 优化服务',
  ]);
  // Full-width digits and ten-plus numerals.
  check(`[[十一、其他工作]]\n[[１２．信息化建设]]。${BODY}`, ['chinese-numeral 十一、其他工作', '  arabic １２．信息化建设']);
  // A numbered paragraph whose first sentence is long is not a heading.
  check(`[[一、概况]]\n1.今年以来全市卫生健康系统坚持以人民健康为中心持续深化医药卫生体制改革不断提升服务能力。${BODY}`, [
    'chinese-numeral 一、概况',
  ]);
});

test('figures and years at the start of a line are not markers', () => {
  check(
    [
      '[[一、资金保障]]',
      `1.5亿元专项资金全部用于基层医疗卫生机构设施设备更新，${BODY}`,
      `2024年，全市新建社区卫生服务站12个，${BODY}`,
      `3、4月份开展春季爱国卫生运动，${BODY}`,
      `12.8%的乡镇卫生院达到推荐标准，${BODY}`,
      '(一)',
      '1.',
    ].join('\n'),
    ['chinese-numeral 一、资金保障'],
  );
});

test('highlights, markdown headings and bold run-in heads', () => {
  check(`[[亮点一：党建引领开新局]]\n\n${BODY}\n\n[[亮点2:疫情防控科学精准]]\n\n${BODY}`, [
    'highlight 亮点一：党建引领开新局',
    'highlight 亮点2:疫情防控科学精准',
  ]);
  check(`[[## 聚焦基层医疗]]\n\n${BODY}\n\n[[### 县域医共体]]\n\n${BODY}\n\n[[## 人才队伍]]\n\n${BODY}`, [
    'markdown 聚焦基层医疗',
    '  markdown 县域医共体',
    'markdown 人才队伍',
  ]);
  check(`[[**强化政治建设,把好“方向盘”。**]]${BODY}\n\n[[**常念“紧箍咒”**]]\n\n${BODY}`, [
    'bold 强化政治建设,把好“方向盘”',
    'bold 常念“紧箍咒”',
  ]);
  // Not markdown without the space; not bold without the closing asterisks.
  check(`[[一、概况]]\n#话题标签\n**没有结束的粗体${BODY}`, ['chinese-numeral 一、概况']);
});

test('bold run-in heads nest innermost, under whatever heading is open', () => {
  check(
    `[[## 某市人民医院]]\n\n[[党建引领强队伍  \n建好人才梯队]]\n\n${BODY}\n\n[[**在“引”上谋策略。**]]${BODY}\n\n[[**在“育”上搭平台。**]]${BODY}\n\n[[党建引领强学科  \n夯实发展根基]]\n\n${BODY}\n\n[[## 另一篇报道]]\n\n${BODY}`,
    [
      'markdown 某市人民医院',
      '  headline 党建引领强队伍 建好人才梯队',
      '    bold 在“引”上谋策略',
      '    bold 在“育”上搭平台',
      '  headline 党建引领强学科 夯实发展根基',
      'markdown 另一篇报道',
    ],
  );
});

// ---------------------------------------------------------------- title

test('the title: first short line, a masthead above it skipped, a subtitle under it joined', () => {
  check(`[[某市卫健委2024年工作总结及2025年工作计划]]\n${BODY}\n[[一、主要做法]]\n${BODY}`, [
    'title 某市卫健委2024年工作总结及2025年工作计划',
    '  chinese-numeral 一、主要做法',
  ]);
  check(`\n\n某市卫生健康委\n\n[[守护健康底线 建设健康城市]]\n\n${BODY}\n\n本版文图 融媒体记者 王明\n通讯员 李华\n\n[[强基层 织密基层服务网]]\n\n${BODY}`, [
    'title 守护健康底线 建设健康城市',
    '  headline 强基层 织密基层服务网',
  ]);
  check(`[[携手奋进 再启新程\n\n2024年全市卫生系统工作回顾]]\n\n市卫健委召开年度工作会议。\n\n${BODY}\n\n[[亮点一：服务更贴心]]\n\n${BODY}`, [
    'title 携手奋进 再启新程 2024年全市卫生系统工作回顾',
    '  highlight 亮点一：服务更贴心',
  ]);
  // A news lead under the second line makes it the first article's headline, not a subtitle.
  check(`[[基层卫生新闻]]\n\n[[某县：推进县域医共体建设]]\n\n${LEAD}`, ['title 基层卫生新闻', '  headline 某县：推进县域医共体建设']);
  // A numbered heading right under the title, with or without a blank line.
  check(`[[某市2024年工作总结]]\n[[一、主要做法]]\n${BODY}`, ['title 某市2024年工作总结', '  chinese-numeral 一、主要做法']);
  check(`[[某市2024年工作总结]]\n\n[[一、主要做法]]\n\n${BODY}`, ['title 某市2024年工作总结', '  chinese-numeral 一、主要做法']);
  // A title broken over two lines at the top of a report without blank lines.
  check(`[[某市卫生健康委员会\n2024年度工作总结]]\n${BODY}`, ['title 某市卫生健康委员会2024年度工作总结']);
});

test('no title when the document starts with a paragraph, a byline or a marked heading', () => {
  check(`${BODY}\n\n[[某镇卫生院 开设夜间门诊]]\n\n${BODY}`, ['headline 某镇卫生院 开设夜间门诊']);
  check(`本报记者 王明\n\n${BODY}`, []);
  check(`本报记者 王明\n[[一、概况]]\n${BODY}`, ['chinese-numeral 一、概况']);
  check(`[[## 专题]]\n\n${BODY}`, ['markdown 专题']);
  check('', []);
  check('\n\n  \n\u3000\n', []);
});

// ---------------------------------------------------------------- headlines

test('newspaper headlines: one or two short lines between blank lines, followed by body text', () => {
  check(
    [
      '[[地方卫生动态]]',
      '[[某省：“三个一”推进医疗服务提质]]',
      LEAD,
      '[[某市第二人民医院 共建联合实验室]]',
      LEAD,
      '[[某县“急救一张网”\n建设项目通过验收]]',
      LEAD,
      '[[市中心医院  \n牵头组建专科联盟]]',
      BODY,
      '[[“家门口的\n好医生”]]',
      `1月10日，${BODY}`,
    ].join('\n\n'),
    [
      'title 地方卫生动态',
      '  headline 某省：“三个一”推进医疗服务提质',
      '  headline 某市第二人民医院 共建联合实验室',
      '  headline 某县“急救一张网”建设项目通过验收',
      '  headline 市中心医院 牵头组建专科联盟',
      '  headline “家门口的好医生”',
    ],
  );
});

test('a two-line headline covers both lines; the joined name has a space only after a trailing space', () => {
  const [title] = check(`[[基层动态]]\n\n[[某县“急救一张网”\n建设项目通过验收]]\n\n${LEAD}`, [
    'title 基层动态',
    '  headline 某县“急救一张网”建设项目通过验收',
  ]);
  const h = title.children[0];
  assert.deepEqual([h.line, h.endLine], [2, 3]);
});

test('a short line over a headline is a group heading; a line ending in ：joins the next', () => {
  check(
    [
      '[[专题报道]]',
      '[[某省：健康服务再升级]]',
      LEAD,
      '[[医院动态]]',
      '[[某镇卫生院 开设夜间门诊]]',
      LEAD,
      '[[某区中医院 提供“一站式”慢病服务]]',
      BODY,
      '[[某省人民医院：\n\n以党建引领 促高质量发展]]',
      '[[党建引领 凝聚发展合力]]',
      BODY,
      '[[创新管理 提升服务能力]]',
      BODY,
    ].join('\n\n'),
    [
      'title 专题报道',
      '  headline 某省：健康服务再升级',
      '  headline 医院动态',
      '    headline 某镇卫生院 开设夜间门诊',
      '    headline 某区中医院 提供“一站式”慢病服务',
      '  headline 某省人民医院：以党建引领 促高质量发展',
      '    headline 党建引领 凝聚发展合力',
      '    headline 创新管理 提升服务能力',
    ],
  );
});

test('a headline after photo credits in the same block starts after 摄影报道', () => {
  check(`[[## 图片新闻]]\n\n${BODY}\n\n特约记者王一  \n通讯员李二  \n赵三摄影报道[[某市将为新生儿  \n家庭发放育儿补贴]]\n\n${LEAD}`, [
    'markdown 图片新闻',
    '  headline 某市将为新生儿 家庭发放育儿补贴',
  ]);
});

test('not headlines: bylines, captions, labels, leads, speech, short sentences, broken lines', () => {
  const negatives = [
    '本版文图 融媒体记者 王明',
    '通讯员 李华',
    '□某省某市人民医院\n院长 张三',
    '特约记者赵六\n通讯员孙七\n摄影报道',
    '融媒体记者 王明 通讯员 李华 张三',
    '(李四)',
    '（周五）',
    '市卫健委荣获年度考核优秀单位称号。',
    '某镇卫生院医生正在为村民测量血压。',
    '【数说】全年完成体检5万人次',
    '【记者观察】基层服务',
    '本报讯 某市启动健康城市建设',
    '“看病更方便了。”',
    '医共体建设。',
    '截至目前，全市共建成示范点',
    '截至目前,医共体总院示范区中',
    '“一个中心”是指：“以人民',
    '2024年12月31日',
    '健康城市建设再上新台阶！',
    '全市共有以下几项重点工作：',
    '……',
  ];
  for (const neg of negatives) check(`[[一、概况]]\n\n${BODY}\n\n${neg}\n\n${BODY}`, ['chinese-numeral 一、概况']);
});

test('a short line broken off a sentence is not a headline', () => {
  // The next line goes on with a clause of one to three characters.
  check(`[[一、概况]]\n\n${BODY}\n\n为加强基层卫生人才队伍建\n\n设，全市推行“县管乡用”机制，${BODY}`, ['chinese-numeral 一、概况']);
  check(`[[一、概况]]\n\n医院党委坚持党管干部、党管人\n\n才原则，${BODY}`, ['chinese-numeral 一、概况']);
  // …but a paragraph opening with a short time word or connective is body text after a headline.
  for (const opener of ['近日，', '前不久，', '据了解，', '近年来，', '同时，']) {
    check(`[[一、概况]]\n\n${BODY}\n\n[[某镇卫生院 开设夜间门诊]]\n\n${opener}${BODY}`, [
      'chinese-numeral 一、概况',
      '  headline 某镇卫生院 开设夜间门诊',
    ]);
  }
  // The line before is a long line that stops in mid-sentence.
  const unfinished = BODY.slice(0, -1) + '，推动全市卫生健康事业高质量发展和';
  check(`[[一、概况]]\n\n${unfinished}\n\n基层服务能力全面提升\n\n${BODY}`, ['chinese-numeral 一、概况']);
});

test('a headline needs body text after it (bylines skipped); a lone kicker is not a heading', () => {
  check(`[[一、概况]]\n\n${BODY}\n\n某镇卫生院 开设夜间门诊`, ['chinese-numeral 一、概况']);
  check(`[[一、概况]]\n\n${BODY}\n\n医院动态\n\n[[## 下一篇]]\n\n${BODY}`, ['chinese-numeral 一、概况', '  markdown 下一篇']);
  check(`[[一、概况]]\n\n${BODY}\n\n[[某镇卫生院 开设夜间门诊]]\n\n记者 王明\n\n${BODY}`, [
    'chinese-numeral 一、概况',
    '  headline 某镇卫生院 开设夜间门诊',
  ]);
  // Three short lines in a block are not a headline.
  check(`[[一、概况]]\n\n${BODY}\n\n某镇卫生院\n开设夜间门诊\n方便群众就医\n\n${BODY}`, ['chinese-numeral 一、概况']);
});

// ---------------------------------------------------------------- offsets, line ends, sections

test('CRLF, lone CR and mixed line ends: lines and offsets stay right', () => {
  for (const eol of ['\r\n', '\r', '\n']) {
    const fixture = `[[一、主要做法]]${eol}${BODY}${eol}[[（一）抓党建]]${eol}${BODY}${eol}${eol}[[二、下一步计划]]${eol}${BODY}${eol}`;
    const [first, second] = check(fixture, ['chinese-numeral 一、主要做法', '  paren-chinese （一）抓党建', 'chinese-numeral 二、下一步计划']);
    assert.deepEqual([first.line, first.children[0].line, second.line], [0, 2, 5], JSON.stringify(eol));
    assert.equal(first.sectionEndLine, 3);
  }
  check(`[[一、甲]]\r\n${BODY}\n[[二、乙]]\r${BODY}\r\n\r\n[[某镇卫生院  \r\n开设夜间门诊]]\n\r\n${BODY}`, [
    'chinese-numeral 一、甲',
    'chinese-numeral 二、乙',
    '  headline 某镇卫生院 开设夜间门诊',
  ]);
});

test('astral characters before and inside headings count two code units', () => {
  const [n] = check(`𠀀\n[[一、主要做法]]\n${BODY}`, ['chinese-numeral 一、主要做法']);
  assert.deepEqual([n.start, n.end, n.line], [3, 9, 1]);
  check(`[[一、概况]]\n\n${BODY}\n\n[[𠀀村卫生室 用上远程诊疗]]\n\n${BODY}`, ['chinese-numeral 一、概况', '  headline 𠀀村卫生室 用上远程诊疗']);
  // A lone astral character is one character, too short for a title; two make one.
  check(`𠀀\n\n${BODY}`, []);
  check(`[[𠀀𠀀]]\n\n${BODY}`, ['title 𠀀𠀀']);
});

test('a section ends at the last non-blank line before the next heading of the same or a higher level', () => {
  const text = '一、甲\n正文一。\n\n（一）乙\n正文二。\n\n\n二、丙\n正文三。  \n\n\n';
  const endOf = (s: string) => text.indexOf(s) + s.length;
  const [a, c] = findOutline(text);
  const b = a.children[0];
  assert.deepEqual(
    [a, b, c].map((n) => [n.name, n.sectionEndLine, n.sectionEnd]),
    [
      ['一、甲', 4, endOf('正文二。')],
      ['（一）乙', 4, endOf('正文二。')],
      ['二、丙', 8, endOf('正文三。')],
    ],
  );
  // A heading with nothing under it is its own section.
  const [x] = findOutline('一、甲\n二、乙\n正文。');
  assert.deepEqual([x.sectionEndLine, x.sectionEnd], [0, 3]);
});

test('flattenOutline lists the nodes in pre-order', () => {
  const outline = findOutline(`一、甲\n（一）乙\n1.丙\n（二）丁\n二、戊\n${BODY}`);
  assert.deepEqual(
    flattenOutline(outline).map((n) => n.name),
    ['一、甲', '（一）乙', '1.丙', '（二）丁', '二、戊'],
  );
  assert.deepEqual(flattenOutline([]), []);
});

test('no crash and a well-formed tree on any text', () => {
  const unit = fc.constantFrom(
    '一', '、', '（', '）', '(', ')', '1', '.', '5', '亿', '①', '#', ' ', '*', '亮', '点', '：', '“', '”', '。', '，',
    '\n', '\r', '\r\n', '𠀀', '医', '院', '记', '者', '摄', '影', '报', '道', '【', '】', '\u3000', '□',
  );
  fc.assert(
    fc.property(fc.string({ unit, maxLength: 400 }), (text) => {
      assertWellFormed(text, findOutline(text));
    }),
    { numRuns: 300 },
  );
});

/** The CPU time of the fastest of five runs, after one that compiles the code, in ms (at least 1: below, it is noise). */
function cpuMs(run: () => void): number {
  run();
  let best = Infinity;
  for (let i = 0; i < 5; i++) {
    const start = process.cpuUsage();
    run();
    const used = process.cpuUsage(start);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return Math.max(best, 1);
}

test('outlining is linear on long adversarial documents: eight times the text, not sixty-four times the CPU time', () => {
  const piece = `一、${'长'.repeat(60)}\n**${'粗'.repeat(70)}\n\n短标题\n\n${'#'.repeat(7)} x\n${BODY}\n\n\n\n`;
  const documents = [(n: number) => piece.repeat(Math.ceil(n / piece.length)), (n: number) => '长'.repeat(n)];
  for (const make of documents) {
    const small = make(1_000_000);
    const big = make(8_000_000);
    // Quadratic time would give 64. Linear time gave 10.6-15.7 on the first document in five runs (a
    // bigger heap costs more per character), about 1 on the second (under 1 ms). A ratio does not
    // depend on the machine's speed; the bound leaves room for noise either way.
    const ratio = cpuMs(() => findOutline(big)) / cpuMs(() => findOutline(small));
    assert.ok(ratio < 32, `eight times the text took ${ratio.toFixed(1)} times the CPU time`);
  }
});

// ---------------------------------------------------------------- the sample reports

test('seed 001 (year-end summary): title, 一、 sections, (一) and 1. under them', () => {
  const text = readSeed('001');
  const outline = findOutline(text);
  assert.deepEqual(
    outline.map((n) => [n.style, n.name]),
    [['title', '芜湖市卫健委2024年工作总结及2025年工作计划']],
  );
  const [title] = outline;
  assert.deepEqual(
    title.children.map((n) => n.name),
    ['一、主要做法', '二、2025年工作计划'],
  );
  const [done, plan] = title.children;
  assert.deepEqual(
    done.children.map((n) => n.name.slice(0, 3)),
    ['(一)', '(二)', '(三)', '(四)', '(五)'],
  );
  assert.deepEqual(
    done.children[0].children.map((n) => n.name),
    ['1.突出政治建设强化思想引领', '2.严守政治规矩强化问题整改', '3.创新工作方式强化实际成效'],
  );
  assert.equal(plan.children.length, 8);
  assert.equal(plan.children[0].name, '(一)持续深化从严治党');
  assert.ok(plan.children.every((n) => n.style === 'paren-chinese' && n.children.length === 0));
  assert.equal(done.sectionEndLine, plan.line - 1);
  assert.equal(plan.sectionEndLine, lineOf(text, text.trimEnd().length));
});

test('seed 000 (feature page): the title after the masthead and three article sections, no bylines', () => {
  const outline = findOutline(readSeed('000'));
  assert.deepEqual(describe(outline), [
    'title 擦亮健康底色 写好民生答卷',
    '  headline 培元气 唱响党建引领“主旋律”',
    '  headline 接地气 打好健康惠民“主动仗”',
    '  headline 强底气 筑牢健康蚌埠“主阵地”',
  ]);
});

test('seed 002 (highlights page): 亮点一 to 亮点六 under the title, no captions or labels', () => {
  const outline = findOutline(readSeed('002'));
  assert.equal(outline.length, 1);
  assert.equal(outline[0].style, 'title');
  assert.ok(outline[0].name.startsWith('不负使命 勇担当 砥砺前行 开新局'));
  assert.deepEqual(
    outline[0].children.map((n) => [n.style, n.name.slice(0, 3), n.children.length]),
    ['一', '二', '三', '四', '五', '六'].map((k) => ['highlight', `亮点${k}`, 0]),
  );
  const names = flattenOutline(outline).map((n) => n.name);
  assert.ok(!names.some((n) => n.endsWith('。') || n.startsWith('【') || n.includes('记者')), names.join(' | '));
});

test('seed 003 (news page): the headlines, two-line ones joined', () => {
  const flat = flattenOutline(findOutline(readSeed('003')));
  const headlines = flat.filter((n) => n.style === 'headline').map((n) => n.name);
  assert.deepEqual(headlines, [
    '浙江：“一二一”推进卫生健康现代化',
    '医院动态',
    '郴州市第一人民医院 打造智慧医院联合实验室',
    '石河子市人民医院 成立托育园',
    '重庆大足区中医院 提供“一站式”慢病诊疗服务',
    '“健康的风吹给了你”',
    '黑龙江“航空医疗转运”服务项目获批',
    '湖北鄂州挖掘整理 名中医学术精髓',
    '江苏南通首批疾控监督员上岗',
    '河南镇平从“小切口”升温医疗服务',
    '河北省保定市第一中心医院：党建铸魂 走稳高质量发展之路',
    '党建引领 把稳发展方向',
    '创新管理 提升核心竞争力',
    '文化浸润打造品质医疗',
  ]);
  const twoLine = flat.find((n) => n.name === '黑龙江“航空医疗转运”服务项目获批')!;
  assert.equal(twoLine.endLine, twoLine.line + 1);
  assert.ok(!flat.some((n) => /记者|通讯员|摄影|□|本报讯/.test(n.name)));
});

test('seed 004 (markdown-like page): ## heads, two-line headlines and bold run-in heads', () => {
  const flat = flattenOutline(findOutline(readSeed('004')));
  assert.deepEqual(
    flat.filter((n) => n.style === 'markdown').map((n) => [n.level, n.name]),
    [
      [1, '聚焦乡村医疗能力提升'],
      [1, '“卫生院解决危急病症能力提升”'],
      [1, '卷袖献热血'],
      [1, '贵州省兴义市人民医院：'],
      [1, '坚持党建引领“六强”凝聚“六心”'],
    ],
  );
  const bold = flat.filter((n) => n.style === 'bold');
  assert.equal(bold.length, 14);
  assert.deepEqual(bold.slice(0, 3).map((n) => n.name), ['强化政治建设,把好“方向盘”', '强化思想建设,扎紧“铁笼子”', '强化组织建设,耕好“责任田”']);
  assert.ok(bold.every((n) => n.level === 3 && !n.name.includes('*')));
  const headlines = flat.filter((n) => n.style === 'headline').map((n) => n.name);
  assert.ok(headlines.includes('湖北省中医院 组建社区医联体'), headlines.join(' | '));
  assert.ok(headlines.includes('党建引领强政治 坚守党员初心'));
  assert.ok(!headlines.some((n) => /[,，]/.test(n)), 'no broken sentence lines');
});

test('every sample report: well-formed, the same with CRLF line ends, and as in its snapshot', () => {
  for (const name of seedNames()) {
    const text = readSeed(name.slice(0, 3));
    const outline = findOutline(text);
    assertWellFormed(text, outline);
    const crlf = text.replace(/\r?\n/g, '\r\n');
    const pick = (nodes: OutlineNode[]) => flattenOutline(nodes).map((n) => [n.name, n.level, n.line, n.endLine, n.sectionEndLine]);
    assert.deepEqual(pick(findOutline(crlf)), pick(outline), name);
    matchSnapshot(`outline-${name.slice(0, 3)}`, outline);
  }
});
