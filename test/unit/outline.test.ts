/**
 * The outline detector on texts written for each case, and on the sample reports. Each group of cases
 * pairs a text that must give a heading with a near miss that must not.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { findOutline, flattenOutline } from '../../server/src/core/outline';
import type { OutlineNode } from '../../server/src/core/types';
import { matchSnapshot, readSeed, seedNames } from '../helpers';
import { assertWellFormed, BODY, BODY2, check, describe, LEAD, lineOf, outlineOf } from '../outlineHelpers';

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
      `[[1．深化医共体建设]]。${BODY}`,
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
      '    arabic 1．深化医共体建设',
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
  check(`[[十一、其他工作]]\n[[１．信息化建设]]。${BODY}\n[[２．安全生产]]\n[[十二、下一步打算]]`, [
    'chinese-numeral 十一、其他工作',
    '  arabic １．信息化建设',
    '  arabic ２．安全生产',
    'chinese-numeral 十二、下一步打算',
  ]);
  // A numbered paragraph whose first sentence is long is kept in turn, named by the start of its text.
  check(`[[一、概况]]\n[[1.今年以来全市卫生健康系统坚持以人民健康为中心持续深化医药卫生体制改革，不断提升服务能力]]。${BODY}`, [
    'chinese-numeral 一、概况',
    '  arabic 1.今年以来全市卫生健康系统坚持以人…',
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
  check(`\n\n某市卫生健康委\n\n[[守护健康底线 建设健康城市]]\n\n${BODY}\n\n本版文图 融媒体记者 王明\n通讯员 李华\n\n[[强基层 织密基层服务网络建设]]\n\n${BODY}`, [
    'title 守护健康底线 建设健康城市',
    '  headline 强基层 织密基层服务网络建设',
  ]);
  check(`[[携手奋进 再启新程\n\n2024年全市卫生系统工作回顾]]\n\n市卫健委召开年度工作会议，总结全年工作。\n\n${BODY}\n\n[[亮点一：服务更贴心]]\n\n${BODY}`, [
    'title 携手奋进 再启新程 2024年全市卫生系统工作回顾',
    '  highlight 亮点一：服务更贴心',
  ]);
  // A news lead under the second line makes it the first article's headline, and the line above its kicker.
  check(`关注基层卫生健康新闻动态\n\n[[某县：推进县域医共体建设]]\n\n${LEAD}`, ['headline 某县：推进县域医共体建设']);
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
      'headline 某省：“三个一”推进医疗服务提质',
      'headline 某市第二人民医院 共建联合实验室',
      'headline 某县“急救一张网”建设项目通过验收',
      'headline 市中心医院 牵头组建专科联盟',
      'headline “家门口的好医生”',
    ],
  );
  // A page's title line over the first article: the title, and the article's headline under it.
  check(`[[2024年全市卫生健康新闻综述]]\n\n[[某省：“三个一”推进医疗服务提质]]\n\n${LEAD}\n\n[[某市第二人民医院 共建联合实验室]]\n\n${LEAD}`, [
    'title 2024年全市卫生健康新闻综述',
    '  headline 某省：“三个一”推进医疗服务提质',
    '  headline 某市第二人民医院 共建联合实验室',
  ]);
});

test('a page of many articles: every headline is kept, past the room the scanner first makes for them', () => {
  // The scanner's tables start at a size from the text's length and grow by doubling (outline/scanner.ts,
  // firstUnits): 400 headline blocks in some 40,000 code units are well past the first size.
  const heads = ['某省推进医疗服务提质', '某市第二人民医院共建联合实验室', '某县急救一张网建设项目通过验收', '市中心医院牵头组建专科联盟'];
  const names = Array.from({ length: 400 }, (_, i) => `${heads[i % heads.length]}第${i + 1}期`);
  const outline = findOutline(names.map((n) => `${n}\n\n${LEAD}`).join('\n\n'));
  assert.deepEqual(
    outline.map((n) => `${n.style} ${n.name}`),
    names.map((n) => `headline ${n}`),
  );
});

test('a two-line headline covers both lines; the joined name has a space only after a trailing space', () => {
  const [h] = check(`[[某县“急救一张网”\n建设项目通过验收]]\n\n${LEAD}`, ['headline 某县“急救一张网”建设项目通过验收']);
  assert.deepEqual([h.line, h.endLine], [0, 1]);
});

test('a headline over a headline is a group heading; a line ending in ：joins the next; labels and kickers are not headings', () => {
  check(
    [
      '专题报道',
      '[[某省：健康服务再升级]]',
      LEAD,
      // A column's label, and a kicker over a news lead's headline.
      '医院动态',
      '[[某镇卫生院 开设夜间门诊]]',
      LEAD,
      '聚焦基层卫生服务能力提升',
      '[[某区中医院 提供“一站式”慢病服务]]',
      LEAD,
      '[[某省人民医院：\n\n以党建引领 促高质量发展]]',
      '[[党建引领 凝聚发展合力]]',
      BODY,
      '[[创新管理 提升服务能力]]',
      BODY,
    ].join('\n\n'),
    [
      'headline 某省：健康服务再升级',
      'headline 某镇卫生院 开设夜间门诊',
      'headline 某区中医院 提供“一站式”慢病服务',
      'headline 某省人民医院：以党建引领 促高质量发展',
      '  headline 党建引领 凝聚发展合力',
      '  headline 创新管理 提升服务能力',
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
  check(`[[一、概况]]\n\n${BODY}\n\n医院动态\n\n[[## 基层卫生]]\n\n${BODY}`, ['chinese-numeral 一、概况', 'markdown 基层卫生']);
  check(`[[一、概况]]\n\n${BODY}\n\n[[某镇卫生院 开设夜间门诊]]\n\n记者 王明\n\n${BODY}`, [
    'chinese-numeral 一、概况',
    '  headline 某镇卫生院 开设夜间门诊',
  ]);
  // Three short lines in a block are not a headline.
  check(`[[一、概况]]\n\n${BODY}\n\n某镇卫生院\n开设夜间门诊\n方便群众就医\n\n${BODY}`, ['chinese-numeral 一、概况']);
});

// ---------------------------------------------------------------- markers: every form is the same marker

test('half- and full-width forms of a marker are one family, with its number', () => {
  const forms: [string, string, number][] = [
    ['(三)', 'paren-chinese', 3],
    ['（三）', 'paren-chinese', 3],
    ['㈢', 'paren-chinese', 3],
    ['3.', 'arabic', 3],
    ['3、', 'arabic', 3],
    ['3．', 'arabic', 3],
    ['３．', 'arabic', 3],
    ['⒊', 'arabic', 3],
    ['(3)', 'paren-arabic', 3],
    ['（3）', 'paren-arabic', 3],
    ['⑶', 'paren-arabic', 3],
    ['③', 'circled', 3],
    ['三、', 'chinese-numeral', 3],
    ['三．', 'chinese-numeral', 3],
    ['第三章 ', 'chapter', 3],
    ['第3章 ', 'chapter', 3],
    ['第三节 ', 'section', 3],
    ['第三编 ', 'part', 3],
    ['第三部分 ', 'part', 3],
    ['亮点三：', 'highlight', 3],
    ['Ⅲ、', 'roman', 3],
  ];
  for (const [marker, family, number] of forms) {
    // Alone at the start of a text, any number may open it (an excerpt can begin in the middle).
    const [node] = findOutline(`${marker}完善基层卫生服务网络\n${BODY}`);
    assert.deepEqual([node?.style, node?.number, node?.marker], [family, number, marker.trim()], marker);
  }
  // Numbers over ten, and over a hundred for articles.
  assert.equal(findOutline(`（十二）强化督查\n${BODY}`)[0].number, 12);
  assert.equal(findOutline(`二十、其他事项\n${BODY}`)[0].number, 20);
  assert.equal(findOutline(`第一百零五条 本条例自公布之日起施行。`)[0].number, 105);
});

test('not markers: numbers, lists of numerals, references and empty markers', () => {
  const near = [
    '1.5亿元专项资金用于设备更新，全部下达到位。',
    '3、4月份开展春季爱国卫生运动，覆盖全部乡镇。',
    '二、三级医院要发挥带动作用，帮扶基层医疗机构。',
    '第十二条规定的情形，由市卫生健康部门认定。',
    '一是否纳入考核，由领导小组研究确定。',
    '（一）',
    '各县(市、区)要落实属地责任，按时报送材料。',
    '2024年全市新建社区卫生服务站12个，方便群众就医。',
  ];
  for (const line of near) assert.deepEqual(outlineOf(`${BODY}\n${line}\n${BODY}`), [], line);
});

// ---------------------------------------------------------------- levels from the family

test('levels come from the marker family, the same across the document', () => {
  check(
    [
      '[[第一编 总则]]',
      '[[第一章 一般规定]]',
      '[[第一节 适用范围]]',
      '[[第一条 为规范本市基层医疗卫生服务，制定本规定]]。',
      '[[第二条 本规定适用于社区卫生服务机构]]。',
      '[[第二节 基本原则]]',
      '[[第三条 基层医疗卫生服务坚持公益性质]]。',
      '[[第二章 服务管理]]',
      '[[第四条 服务机构应当公开服务项目和收费标准]]。',
    ].join('\n'),
    [
      'part 第一编 总则',
      '  chapter 第一章 一般规定',
      '    section 第一节 适用范围',
      '      article 第一条 为规范本市基层医疗卫生服务',
      '      article 第二条 本规定适用于社区卫生服务机构',
      '    section 第二节 基本原则',
      '      article 第三条 基层医疗卫生服务坚持公益性质',
      '  chapter 第二章 服务管理',
      '    article 第四条 服务机构应当公开服务项目和收费标…',
    ],
  );
});

test('a document that starts at （一） gets its （一） sections on top and the 1. items under them', () => {
  check(
    [
      `[[（一）推进分级诊疗]]。${BODY}`,
      `[[1.完善转诊机制]]。${BODY2}`,
      `[[2.扩大签约覆盖面]]。${BODY}`,
      `[[（二）加强公共卫生]]。${BODY2}`,
      `[[1.做好疫苗接种]]。${BODY}`,
      `[[（1）规范冷链管理]]。${BODY2}`,
    ].join('\n'),
    [
      'paren-chinese （一）推进分级诊疗',
      '  arabic 1.完善转诊机制',
      '  arabic 2.扩大签约覆盖面',
      'paren-chinese （二）加强公共卫生',
      '  arabic 1.做好疫苗接种',
      '    paren-arabic （1）规范冷链管理',
    ],
  );
});

// ---------------------------------------------------------------- regulations

test('a regulation: chapters are levels, articles entries under them named by marker and the start of their text', () => {
  const text = [
    '某市社区卫生服务管理办法',
    '',
    '第一章 总  则',
    '',
    '第一条 为规范社区卫生服务，保障居民健康，根据有关法律法规，结合本市实际，制定本办法。',
    '',
    '第二条 本办法适用于本市行政区域内社区卫生服务的提供和管理。',
    '',
    '第二章 服务机构',
    '',
    '第三条 社区卫生服务机构应当履行下列职责：',
    '（一）开展常见病、多发病的诊疗；',
    '（二）提供基本公共卫生服务；',
    '（三）承担辖区居民健康管理。',
    '',
    '第四条 机构设置应当符合区域卫生规划，',
    '第十二条规定的条件由市卫生健康部门另行公布。',
    '',
    '第三章 附  则',
    '',
    '第五条 本办法自2025年1月1日起施行。',
  ].join('\n');
  assert.deepEqual(outlineOf(text), [
    'title 某市社区卫生服务管理办法',
    '  chapter 第一章 总  则',
    '    article 第一条 为规范社区卫生服务',
    '    article 第二条 本办法适用于本市行政区域内社区卫…',
    '  chapter 第二章 服务机构',
    '    article 第三条 社区卫生服务机构应当履行下列职责',
    '    article 第四条 机构设置应当符合区域卫生规划',
    '  chapter 第三章 附  则',
    '    article 第五条 本办法自2025年1月1日起施行',
  ]);
  // Articles carry their number; their items (（一）…；) are clauses of a sentence, not sections; a line
  // broken before "第十二条规定的…" is a reference, not an article.
  const articles = flattenOutline(findOutline(text)).filter((n) => n.style === 'article');
  assert.deepEqual(articles.map((n) => [n.marker, n.number]), [['第一条', 1], ['第二条', 2], ['第三条', 3], ['第四条', 4], ['第五条', 5]]);
  // An article's range is its first sentence.
  assert.equal(text.slice(articles[4].start, articles[4].end), '第五条 本办法自2025年1月1日起施行');
});

test('a question mark where a page could not encode a blank after 第X条 is a blank: the article and the ones after it stay', () => {
  assert.deepEqual(
    outlineOf(['第一章 总则', '第四条卫生健康信用信息管理应当遵循安全合法、客观准确的原则。', '第五条?推行卫生行政许可信用承诺制度，信用承诺履约情况纳入信用记录。', '第六条市卫生健康委负责全市卫生健康信用信息管理。'].join('\n')),
    ['chapter 第一章 总则', '  article 第四条 卫生健康信用信息管理应当遵循安全…', '  article 第五条 推行卫生行政许可信用承诺制度', '  article 第六条 市卫生健康委负责全市卫生健康信用…'],
  );
  // A question mark that ends a sentence is none: 第五条? alone asks about the article.
  assert.deepEqual(outlineOf(['第一章 总则', '第四条卫生健康信用信息管理应当遵循安全合法的原则。', '第五条?'].join('\n')), ['chapter 第一章 总则', '  article 第四条 卫生健康信用信息管理应当遵循安全…']);
});

test('article numbers run through chapters; a line starting with an earlier article number is a reference', () => {
  assert.deepEqual(
    outlineOf(['第一章 总则', '第一条 为加强管理，制定本规定。', '第二章 职责', '第二条 卫生健康部门负责监督管理。', '第一条规定的事项由各区组织实施。'].join('\n')),
    ['chapter 第一章 总则', '  article 第一条 为加强管理', 'chapter 第二章 职责', '  article 第二条 卫生健康部门负责监督管理'],
  );
});

test('a part or chapter alone on its line is named by the short line below it (PDF and Word exports)', () => {
  const law = ['某市爱国卫生管理办法', '', '第一章', '总则', '', '第一条 为了加强爱国卫生工作，制定本办法。', '第二条 本办法适用于本市。', '', '第二章', '', '组织管理', '', '第三条 市爱卫会负责。'];
  for (const eol of ['\n', '\r\n']) {
    const text = law.join(eol);
    const nodes = findOutline(text);
    assertWellFormed(text, nodes);
    assert.deepEqual(describe(nodes), ['title 某市爱国卫生管理办法', '  chapter 第一章 总则', '    article 第一条 为了加强爱国卫生工作', '    article 第二条 本办法适用于本市', '  chapter 第二章 组织管理', '    article 第三条 市爱卫会负责']);
    // The heading covers both lines: its marker's and its name's.
    const first = flattenOutline(nodes)[1];
    assert.deepEqual([first.line, first.endLine], [2, 3]);
  }
  // A report in parts: 第一部分 over its name was read as a title of its own, 第二部分 as a title run into the next line.
  assert.deepEqual(
    outlineOf(['某县卫生健康局2023年工作总结和2024年工作计划', '', '第一部分', '2023年工作回顾', '', '一年来，我局认真落实各项工作。', '', '一、基层卫生', '', '全年完成培训。', '', '第二部分', '2024年工作计划', '', '一、加强基层', '', '继续推进。'].join('\n')),
    ['title 某县卫生健康局2023年工作总结和2024年工作计划', '  part 第一部分 2023年工作回顾', '    chinese-numeral 一、基层卫生', '  part 第二部分 2024年工作计划', '    chinese-numeral 一、加强基层'],
  );
  // A page that explains a plan tells its parts in sentences (第一部分是形势分析。): no parts of this page.
  assert.deepEqual(
    outlineOf(['解读《某省卫生健康人才发展规划》', '', '《规划》共分为3个部分。', '', '第一部分是形势分析。包括取得的主要成效和面临的问题。', '', '第二部分是总体要求。包括指导思想和发展目标。'].join('\n')),
    ['title 解读《某省卫生健康人才发展规划》'],
  );
  // The line below is a sentence, an article or a number: no name, and no heading (as before).
  for (const below of ['为了加强爱国卫生工作，制定本办法。', '第一条 为了加强爱国卫生工作，制定本办法。', '12.5%']) {
    assert.ok(!outlineOf(`${BODY}\n\n第一章\n${below}\n${BODY}`).some((l) => l.includes('第一章')), below);
  }
});

test('a chapter run into its name without a blank: 规 opens its name (第一章规划背景), 规定 a reference', () => {
  assert.deepEqual(outlineOf(['第一章规划背景', '', '一、发展基础', '', '第二章规划目标', '', '第十二条规定的事项由市政府负责。'].join('\n')), [
    'chapter 第一章规划背景',
    '  chinese-numeral 一、发展基础',
    'chapter 第二章规划目标',
  ]);
});

test('a chapter run into its first article on one line gives both, each with its part of the line', () => {
  const outline = check(`[[第一章 总则]] [[第一条 为规范院前急救，保障群众生命安全，制定本办法]]。\n[[第二条 本办法适用于本市]]。`, [
    'chapter 第一章 总则',
    '  article 第一条 为规范院前急救',
    '  article 第二条 本办法适用于本市',
  ]);
  assert.equal(outline[0].children[0].inline, true);
});

// ---------------------------------------------------------------- site debris

test('site debris is never the title or a section: headers, breadcrumbs, metadata, widgets, numbers, signatures', () => {
  const page = [
    '无障碍 长者版 登录',
    '某省卫生健康协会 www.example.org.cn 当前位置:首页 >> 政策要闻',
    '首页 > 政务公开 > 通知公告',
    '字号：大 中 小  分享到：',
    '',
    '[[某市卫生健康委员会关于做好家庭医生签约服务工作的通知]]',
    '',
    '发布时间：2024-03-05 09:30 来源：市卫健委 浏览次数：128',
    '索引号：11330100/2024-00012',
    '某卫发〔2024〕12号',
    '',
    '各区卫生健康局：',
    '',
    `为进一步做好家庭医生签约服务工作，现就有关事项通知如下。`,
    '',
    '[[一、提高签约服务质量]]',
    '',
    BODY,
    '',
    '某市卫生健康委员会',
    '2024年3月1日',
  ].join('\n');
  check(page, ['title 某市卫生健康委员会关于做好家庭医生签约服务工作的通知', '  chinese-numeral 一、提高签约服务质量']);
});

test('metadata printed as one long row of bracketed fields is debris, and the title under it is found', () => {
  const row = '[ 索引号 ]11500229MB1970703J/2021-00004 [ 发文字号 ]城府办发〔2020〕243 号 [ 发布机构 ]城口县卫生健康委员会 [ 主题分类 ]卫生 [ 成文日期 ]2021-02-21 [ 发布日期 ]2021-02-21 [ 体裁分类 ]预案';
  check(`${row}\n\n[[某县人民政府办公室关于印发某县突发公共卫生事件专项应急预案的通知]]\n\n[[1 总则]]\n[[1.1 编制目的]]\n${BODY}`, [
    'title 某县人民政府办公室关于印发某县突发公共卫生事件专项应急预案的通知',
    '  arabic 1 总则',
    '    decimal-2 1.1 编制目的',
  ]);
});

test('a numbered head whose 、 a copy turned into a blank (一 诊疗人次) is a head; 一 月 and a count are not', () => {
  check(`[[2020年1-3月全国医疗服务情况]]\n\n[[一 诊疗人次]]\n\n${BODY}\n\n[[二 出院人数]]\n\n${BODY2}\n\n[[三 病床使用情况]]\n\n${BODY}`, [
    'title 2020年1-3月全国医疗服务情况',
    '  chinese-numeral 一 诊疗人次',
    '  chinese-numeral 二 出院人数',
    '  chinese-numeral 三 病床使用情况',
  ]);
  check(`[[某县卫生健康局2024年工作总结]]\n\n一 月\n${BODY}\n二 级医院\n三 个 项目\n${BODY2}`, ['title 某县卫生健康局2024年工作总结']);
});

test('a table of contents is no outline: entries with leaders and a page number are not headings', () => {
  check(
    `[[某市医疗保障局2025年上半年工作总结]]\n\n目  录\n一、工作开展情况……………1\n二、存在的问题……………5\n\n[[一、工作开展情况]]\n${BODY}\n[[二、存在的问题]]\n${BODY2}`,
    ['title 某市医疗保障局2025年上半年工作总结', '  chinese-numeral 一、工作开展情况', '  chinese-numeral 二、存在的问题'],
  );
});

test('a heading whose text starts with a numeral word is a heading (三、一般公共预算…); numerals listed are not', () => {
  check(`[[一、收入支出决算总体情况说明]]\n${BODY}\n[[二、一般公共预算财政拨款支出决算情况说明]]\n${BODY2}\n[[三、一般性支出情况]]\n${BODY}`, [
    'chinese-numeral 一、收入支出决算总体情况说明',
    'chinese-numeral 二、一般公共预算财政拨款支出决算情况说明',
    'chinese-numeral 三、一般性支出情况',
  ]);
  check(`[[一、概况]]\n${BODY}\n二、三级医院全部接入平台\n一、二类疫苗接种率保持较高水平\n${BODY2}`, ['chinese-numeral 一、概况']);
});

test('site lines above a title are no part of it: a site name, a code, 查看更多, a column label, a phone number', () => {
  for (const above of ['法搜网--中国法律信息搜索网', 'HCSD01-2023-0006', '查看更多', '医院动态 / HOSPITAL DYNAMICS', '24小时应诊电话:0830-3103108', '2026/02/10经典总结']) {
    check(`${above}\n\n[[某市爱国卫生管理办法]]\n\n[[第一章 总则]]\n\n[[第一条 为了加强城乡卫生工作，根据有关法律法规，结合本市实际，制定本办法]]。`, [
      'title 某市爱国卫生管理办法',
      '  chapter 第一章 总则',
      '    article 第一条 为了加强城乡卫生工作',
    ]);
  }
});

test('a headline ending in 网 is a headline (织密…防护网), not a site name', () => {
  check(`[[岳西疾控“强基”培训再发力 筑牢群众健康防护网]]\n\n${BODY}\n\n${BODY2}`, ['title 岳西疾控“强基”培训再发力 筑牢群众健康防护网']);
});

test('a table of contents converted from a word processor (PAGEREF fields) is no outline', () => {
  check(
    `[[某县人民医院2023年度单位决算报告]]\n\n第一部分 单位概况 PAGEREF _Toc25831 h 3\n\n一、 主要职责 PAGEREF _Toc32310 h 3\n\n二、 机构设置 PAGEREF _Toc8401 h 3\n\n[[第一部分 单位概况]]\n\n[[一、主要职责]]\n${BODY}\n[[二、机构设置]]\n${BODY2}`,
    ['title 某县人民医院2023年度单位决算报告', '  part 第一部分 单位概况', '    chinese-numeral 一、主要职责', '    chinese-numeral 二、机构设置'],
  );
});

test('a dateline under a headline is no second line of it', () => {
  check(`[[惠济区召开2023年卫生健康工作会议]]\n\n2023-03-14 16:51:49 来源：中原网\n\n中原网讯 ${BODY}`, ['title 惠济区召开2023年卫生健康工作会议']);
});

test('a back link, an install prompt or a file name above the title is no part of it', () => {
  check(`返回\n[[2014年卫生三下乡活动实施方案]]\n\n${BODY}`, ['title 2014年卫生三下乡活动实施方案']);
  check(`添加某文库到电脑桌面\n安装后可以在桌面快捷访问\n\n[[副市长在2024年全市卫生健康工作会议上的讲话]]\n\n${BODY}`, ['title 副市长在2024年全市卫生健康工作会议上的讲话']);
  check(`预防突发公共卫生事件应急预案.docx\n\n[[预防突发公共卫生事件应急预案]]\n\n[[一、总则]]\n${BODY}`, [
    'title 预防突发公共卫生事件应急预案',
    '  chinese-numeral 一、总则',
  ]);
});

test('metadata whose labels the page spaces out ("索 引 号：", "文　　号：") is no title', () => {
  const page = [
    '信息公开',
    '索 引 号：11330000/2024-00031 公开日期：2024-05-06',
    '发布机构：某省卫生健康委 文　　号：某卫发〔2024〕7号',
    '主 题 词 ：卫生 健康',
    '',
    '[[某省卫生健康委关于印发2024年卫生健康工作要点的通知]]',
    '',
    '[[一、总体要求]]',
    '',
    BODY,
  ].join('\n');
  check(page, ['title 某省卫生健康委关于印发2024年卫生健康工作要点的通知', '  chinese-numeral 一、总体要求']);
});

test('the page title before its metadata is a title; a column label is not', () => {
  check(`政务动态\n[[某县召开2025年卫生健康工作会议部署全年任务]]\n发布日期：2025-02-10 来源：县卫健局\n${BODY}`, [
    'title 某县召开2025年卫生健康工作会议部署全年任务',
  ]);
  // A short label before the metadata is no title, and a column's label before the title is left out of it.
  assert.deepEqual(outlineOf(`工作动态\n发布日期：2025-02-10\n${BODY}`), []);
  check(`【工作动态】[[某县人民医院开展“健康进乡村”义诊活动]]\n发布时间：2024-09-12 来源：县人民医院\n${BODY}`, ['title 某县人民医院开展“健康进乡村”义诊活动']);
});

test('the footer ends the document: numbered clauses, related articles and copyright lines are not sections', () => {
  const text = [
    '某县2024年度卫生健康工作总结',
    '',
    '一、主要工作',
    '',
    '（一）完善服务体系',
    '',
    BODY,
    '',
    '相关阅读',
    '',
    '某县2023年度卫生健康工作总结',
    '',
    '1. 本站信息仅供参考，以正式文件为准。',
    '2. 为防止用户资源被随意传播，本站保留相关权利。',
    '3. 本站所有资源均来自公开渠道。',
    '',
    '版权所有：某县卫生健康局 ICP备12345678号',
  ].join('\n');
  const outline = findOutline(text);
  assert.deepEqual(describe(outline), ['title 某县2024年度卫生健康工作总结', '  chinese-numeral 一、主要工作', '    paren-chinese （一）完善服务体系']);
  // The sections end before the footer.
  assert.equal(outline[0].sectionEndLine, 6);
});

test('numbered clauses of a site footer are not sections even without a footer line', () => {
  assert.deepEqual(outlineOf(['一、工作概况', BODY, '（一）完善服务体系', BODY2, '2. 为防止用户资源被随意传播，请勿转载。', '3. 本站所有资源仅供学习参考。'].join('\n')), [
    'chinese-numeral 一、工作概况',
    '  paren-chinese （一）完善服务体系',
  ]);
});

test('fresh pages (round 98): 用户 in a section\'s head is no site\'s terms (不断扩大系统覆盖用户, 目标用户画像); 用户上传 and 注册用户 are', () => {
  assert.deepEqual(outlineOf(['一、工作概况', BODY, '（一）稳步推进报告收集工作，不断扩大系统覆盖用户', BODY2, '（二）深入开展产品风险评价', BODY, '3. 注册用户上传的资源仅供学习。'].join('\n')), [
    'chinese-numeral 一、工作概况',
    '  paren-chinese （一）稳步推进报告收集工作，不断扩大系统覆盖用户',
    '  paren-chinese （二）深入开展产品风险评价',
  ]);
});

test('fresh pages (round 100): a page\'s metadata listed with bullets above the title, their labels lost, is no part of it (• 005252274/2020-00109, • 郑州市卫生健康委员会, • 2020-06-03)', () => {
  const text = ['• 005252274/2020-00109', '  • 郑州市卫生健康委员会', '  • 2020-06-03', '郑州市卫生健康委召开2020年度党建工作会议', '', '6月2日上午，郑州市卫生健康委召开2020年度党建工作会议，总结工作。'].join('\n');
  assert.deepEqual(outlineOf(text), ['title 郑州市卫生健康委召开2020年度党建工作会议']);
});

test('fresh pages (round 100): a share or print button alone on its line under a headline is debris (分享, 打印), the headline stays', () => {
  const text = ['综合新闻', '', '首页 > 综合新闻 > 正文', '', '附院党委中心组举行专题学习会', '', '分享', '', '发布时间:2019-04-30', '', '本网讯  4月28日下午，附院党委中心组在行政楼举行专题学习会，中心组全体成员参加了会议。'].join('\n');
  assert.deepEqual(outlineOf(text), ['headline 附院党委中心组举行专题学习会']);
});

test('page counters and a running title repeated on every page are debris', () => {
  const text = [
    'Page 1 - 2024年政府工作报告 P. 1',
    '2024年政府工作报告',
    '一、2023年工作回顾',
    BODY,
    '— 2 —',
    '2024年政府工作报告',
    BODY2,
    'Page 3 - 2024年政府工作报告 P. 3',
    '二、2024年工作安排',
    BODY,
  ].join('\n');
  assert.deepEqual(outlineOf(text), ['title 2024年政府工作报告', '  chinese-numeral 一、2023年工作回顾', '  chinese-numeral 二、2024年工作安排']);
});

test('a title line written twice over is one title, named once', () => {
  const [t] = check(`[[2024年全县卫生健康工作要点]]2024年全县卫生健康工作要点\n${BODY}`, ['title 2024年全县卫生健康工作要点']);
  assert.equal(t.line, 0);
});

// ---------------------------------------------------------------- titles

test('the title is the first line that reads as one; a notice and the document it issues are both titles', () => {
  check(
    [
      '[[某市卫生健康委员会关于印发2024年全市卫生健康工作要点的通知]]',
      '各区县卫生健康局，委属各单位：',
      '现将《2024年全市卫生健康工作要点》印发给你们，请认真贯彻执行。',
      '某市卫生健康委员会',
      '2024年2月20日',
      '[[2024年全市卫生健康工作要点]]',
      BODY,
      '[[一、深化医药卫生体制改革]]',
      BODY2,
    ].join('\n'),
    [
      'title 某市卫生健康委员会关于印发2024年全市卫生健康工作要点的通知',
      'title 2024年全市卫生健康工作要点',
      '  chinese-numeral 一、深化医药卫生体制改革',
    ],
  );
});

test('two-line titles are one title', () => {
  // A title broken in two.
  check(`[[某省人民政府办公厅关于推动县域\n\n医共体高质量发展的实施意见]]\n\n${BODY}`, ['title 某省人民政府办公厅关于推动县域医共体高质量发展的实施意见']);
  // A document's name over its kind, the second line opening with its period in brackets.
  check(`[[中医药发展战略规划纲要\n(2016—2030年)实施分工方案]]\n${BODY}`, ['title 中医药发展战略规划纲要(2016—2030年)实施分工方案']);
  // The issuer over the subject.
  check(`[[某县妇幼保健院\n\n2024年工作总结]]\n\n${BODY}`, ['title 某县妇幼保健院2024年工作总结']);
  // A bracketed note that completes the title.
  check(`[[某市基层医疗卫生机构绩效考核办法\n（试行）]]\n${BODY}`, ['title 某市基层医疗卫生机构绩效考核办法（试行）']);
  // A long notice's title wrapped before its period in brackets, the second line only that and the title's ending.
  check(`[[关于印发某市托育服务体系建设三年行动计划\n（2024—2026年）的通知]]\n${BODY}`, ['title 关于印发某市托育服务体系建设三年行动计划（2024—2026年）的通知']);
  check(`[[关于印发某县医疗卫生服务体系规划\n(2021-2025年)的补充通知]]\n${BODY}`, ['title 关于印发某县医疗卫生服务体系规划(2021-2025年)的补充通知']);
  // …but not a sentence that goes on after a bracket.
  check(`[[关于印发某市托育服务体系建设三年行动计划的通知]]\n（2024年）各区要按照要求认真组织实施并报送情况\n${BODY}`, ['title 关于印发某市托育服务体系建设三年行动计划的通知']);
  // …but a promulgation note in brackets does not.
  check(`[[某市基层医疗卫生机构绩效考核办法]]\n（2024年5月6日市政府第20次常务会议通过）\n${BODY}`, ['title 某市基层医疗卫生机构绩效考核办法']);
});

test('an attachment under its label is a title; the list of attachments is not', () => {
  check(`[[某市卫生健康委关于开展基层卫生服务能力评价的通知]]\n${BODY}\n附件：1.评价指标表\n2.工作进度安排\n附件1\n[[评价指标表]]\n${BODY2}`, [
    'title 某市卫生健康委关于开展基层卫生服务能力评价的通知',
    'title 评价指标表',
  ]);
});

test('a short line of body text is no heading: labels, captions, names, dates, form fields', () => {
  const near = ['会议指出', '编者按', '分组讨论现场', '院长张三（左二）在会上讲话', '市卫健委主任 李四', '2024年12月31日', '评价方式：部门绩效自评', '联系人'];
  for (const line of near) assert.deepEqual(outlineOf(`${BODY}\n\n${line}\n\n${BODY2}`), [], line);
});

// ---------------------------------------------------------------- headings run together in one line

test('headings run together in one line by PDF extraction: each found, with its part of the line', () => {
  const outline = check(
    `[[一、2023年工作总结]][[(一)主要指标完成情况]]。[[1.规范免疫规划管理]]。全年接种疫苗3.2万剂次。[[2.加强传染病监测]]。报告法定传染病412例。[[(二)重点工作推进情况]]。${BODY}\n[[二、2024年工作计划]]`,
    [
      'chinese-numeral 一、2023年工作总结',
      '  paren-chinese (一)主要指标完成情况',
      '    arabic 1.规范免疫规划管理',
      '    arabic 2.加强传染病监测',
      '  paren-chinese (二)重点工作推进情况',
      'chinese-numeral 二、2024年工作计划',
    ],
  );
  const [first] = outline;
  const [a, b] = first.children;
  // A heading inside a line ends its section where the next one starts on that line.
  assert.ok(a.inline && a.line === 0 && a.sectionEndLine === 0);
  assert.ok(a.children[0].sectionEnd <= a.children[1].start && a.sectionEnd <= b.start);
});

test('inside a body line only the number that must come next is a heading', () => {
  // The next of an open family after a 。.
  check(`[[（一）加强疫情监测]]。${BODY}[[（二）做好接种服务]]。${BODY2}`, ['paren-chinese （一）加强疫情监测', 'paren-chinese （二）做好接种服务']);
  // A list after a colon, with its items ending in ；, is part of the sentence.
  check(`[[（一）加强疫情监测]]。主要措施如下：1.加强监测；2.规范处置；3.强化培训。${BODY}`, ['paren-chinese （一）加强疫情监测']);
  // A number out of turn inside a line is no heading.
  check(`[[（一）加强疫情监测]]。${BODY}（三）年度目标已经完成。${BODY2}`, ['paren-chinese （一）加强疫情监测']);
  // A body line with no numbered heading open gives no heading from inside it.
  assert.deepEqual(outlineOf(`${BODY}1.加强监测。${BODY2}`), []);
});

// ---------------------------------------------------------------- numbering that does not add up

test('numbering decides: a 2. and 3. without a 1. under a heading are not headings', () => {
  check(`[[一、工作情况]]\n${BODY}\n2.全年接诊患者3.6万人次\n3.开展健康讲座48场\n${BODY2}`, ['chinese-numeral 一、工作情况']);
  // With their 1. they are.
  check(`[[一、工作情况]]\n[[1.强化基层诊疗]]\n${BODY}\n[[2.提升急救能力]]\n[[3.推进健康宣教]]\n${BODY2}`, [
    'chinese-numeral 一、工作情况',
    '  arabic 1.强化基层诊疗',
    '  arabic 2.提升急救能力',
    '  arabic 3.推进健康宣教',
  ]);
  // A short heading out of turn is kept, so that a check can show the numbering is wrong.
  check(`[[一、工作情况]]\n[[1.强化基层诊疗]]\n${BODY}\n[[2.提升急救能力]]\n[[4.推进健康宣教]]\n${BODY2}`, [
    'chinese-numeral 一、工作情况',
    '  arabic 1.强化基层诊疗',
    '  arabic 2.提升急救能力',
    '  arabic 4.推进健康宣教',
  ]);
});

test('a plan numbered 1 / 1.1 / 1.1.1 (应急预案): each part of the number a level, under 一、 too', () => {
  check(
    [
      '[[某县突发公共卫生事件应急预案]]',
      '',
      '[[1 总则]]',
      '[[1.1 编制目的]]',
      BODY,
      '[[1.2编制依据]]',
      BODY2,
      '[[2 组织体系]]',
      '[[2.1 应急指挥机构]]',
      '[[2.1.1 指挥部组成]]',
      BODY,
      '[[2.1.2 指挥部职责]]',
      BODY2,
      '[[2.2 日常管理机构]]',
      BODY,
      '[[3总则之外的保障]]',
      '[[3.1 人员保障]]',
      BODY2,
    ].join('\n'),
    [
      'title 某县突发公共卫生事件应急预案',
      '  arabic 1 总则',
      '    decimal-2 1.1 编制目的',
      '    decimal-2 1.2编制依据',
      '  arabic 2 组织体系',
      '    decimal-2 2.1 应急指挥机构',
      '      decimal-3 2.1.1 指挥部组成',
      '      decimal-3 2.1.2 指挥部职责',
      '    decimal-2 2.2 日常管理机构',
      '  arabic 3总则之外的保障',
      '    decimal-2 3.1 人员保障',
    ],
  );
  check(`[[一、总则]]\n[[1.1编制目的]]\n${BODY}\n[[1.2适用范围]]\n${BODY2}\n[[二、组织体系]]\n[[2.1指挥机构]]\n${BODY}`, [
    'chinese-numeral 一、总则',
    '  decimal-2 1.1编制目的',
    '  decimal-2 1.2适用范围',
    'chinese-numeral 二、组织体系',
    '  decimal-2 2.1指挥机构',
  ]);
});

test('a review standard numbered four deep (评审标准: 1.1.1.1), its number alone over its text as PDFs print it', () => {
  check(
    [
      '[[某省三级医院评审标准实施细则]]',
      '',
      '[[第一章 医院功能与任务]]',
      '[[1.1 依据医院的功能和任务确定发展目标]]',
      '[[1.1.1 医院的功能、任务和定位明确]]',
      '[[1.1.1.1 医院有明确的功能定位]]',
      BODY,
      '[[1.1.1.2 医院有中长期发展规划]]',
      BODY2,
      '[[1.1.2 医院的发展规划与年度计划]]',
      '[[1.2 医院内部管理]]',
      '[[1.2.1 管理制度健全]]',
      '[[1.2.1.1',
      '机构和相关人员依法取得相应资质。]]',
      BODY,
    ].join('\n'),
    [
      'title 某省三级医院评审标准实施细则',
      '  chapter 第一章 医院功能与任务',
      '    decimal-2 1.1 依据医院的功能和任务确定发展目标',
      '      decimal-3 1.1.1 医院的功能、任务和定位明确',
      '        decimal-4 1.1.1.1 医院有明确的功能定位',
      '        decimal-4 1.1.1.2 医院有中长期发展规划',
      '      decimal-3 1.1.2 医院的发展规划与年度计划',
      '    decimal-2 1.2 医院内部管理',
      '      decimal-3 1.2.1 管理制度健全',
      '        decimal-4 1.2.1.1 机构和相关人员依法取得相应资质。',
    ],
  );
  // Alone on its line, 1.1.1 is no heading after a sentence broken over lines, nor over another marker's line.
  check(`[[一、工作情况]]\n[[1.1 系统升级]]\n本次系统升级后的软件版本号统一调整为\n1.1.1\n各单位请及时更新客户端。\n[[1.2 数据核对]]\n${BODY}`, [
    'chinese-numeral 一、工作情况',
    '  decimal-2 1.1 系统升级',
    '  decimal-2 1.2 数据核对',
  ]);
});

test('not plan sections: decimal figures, counts, table rows and version numbers at the start of a line', () => {
  check(`[[一、工作情况]]\n${BODY}\n1.5亿元专项资金全部到位\n2.3万人次接受服务\n3人死亡\n5家医院\n1 张三 男 45岁\n2 李四 女 38岁\n1.2.3.4 版本\n${BODY2}`, ['chinese-numeral 一、工作情况']);
});

test('items of a sentence are not headings: a list whose items end with ；, a list of attachments', () => {
  check(`[[一、重点任务]]\n各单位要做好以下工作：\n1.落实值班制度；\n2.加强物资储备；\n3.及时报送信息。\n${BODY}`, ['chinese-numeral 一、重点任务']);
  check(`[[某县卫生健康局关于开展安全生产检查的通知]]\n${BODY}\n附件：\n1.安全生产检查表\n2.问题整改台账\n`, ['title 某县卫生健康局关于开展安全生产检查的通知']);
});

// ---------------------------------------------------------------- run-in heads

test('run-in heads: 一是 at the start of a paragraph nests innermost; inside a paragraph it is no heading', () => {
  check(
    [
      '[[一、主要做法]]',
      `[[一是强化组织领导]]。${BODY}二是细化任务分工，确保责任落实。`,
      `[[二是加强督导检查]]。${BODY2}`,
      `[[（一）推进医联体建设]]。${BODY}`,
    ].join('\n'),
    ['chinese-numeral 一、主要做法', '  run-in 一是强化组织领导', '  run-in 二是加强督导检查', '  paren-chinese （一）推进医联体建设'],
  );
  // A long first sentence: named by the start of its text.
  check(`[[一是全面落实家庭医生签约服务制度并持续扩大覆盖人群范围，重点人群签约率达到百分之八十以上]]。${BODY}`, [
    'run-in 一是全面落实家庭医生签约服务制度并持…',
  ]);
});

test('亮点 sections sit at the level of 一、, whichever comes first', () => {
  check(`[[亮点一：服务更贴心]]\n${BODY}\n[[（一）延长门诊时间]]\n${BODY2}\n[[亮点二：就医更便捷]]\n${BODY}`, [
    'highlight 亮点一：服务更贴心',
    '  paren-chinese （一）延长门诊时间',
    'highlight 亮点二：就医更便捷',
  ]);
});

test('a whole report run into one line: its title and the headings inside it', () => {
  const line = `某区卫生健康局2024年工作总结及2025年工作计划2024年，在区委区政府领导下，${BODY}一、主要工作成效（一）推进医共体建设。${BODY2}（二）加强公共卫生。${BODY}二、2025年工作计划（一）深化综合医改。${BODY2}`;
  assert.deepEqual(outlineOf(line), [
    'title 某区卫生健康局2024年工作总结及2025年工作计划',
    '  chinese-numeral 一、主要工作成效',
    '    paren-chinese （一）推进医共体建设',
    '    paren-chinese （二）加强公共卫生',
    '  chinese-numeral 二、2025年工作计划',
    '    paren-chinese （一）深化综合医改',
  ]);
  // A long paragraph that opens with a sentence has no title in it, and a number in it that starts nothing is no heading.
  assert.deepEqual(outlineOf(`为进一步做好基层卫生工作，制定本实施方案2024年起施行，${BODY}${BODY2}${BODY}一是加强领导。${BODY2}`), []);
});

test('items ending with ；right under a heading are its sections: the conditions of a recruitment notice', () => {
  check(`[[一、招聘对象基本条件]]\n[[1.具有中华人民共和国国籍；]]\n[[2.年龄在35周岁及以下；]]\n[[3.具有相应学历要求]]。\n[[二、报名方式]]\n${BODY}`, [
    'chinese-numeral 一、招聘对象基本条件',
    '  arabic 1.具有中华人民共和国国籍；',
    '  arabic 2.年龄在35周岁及以下；',
    '  arabic 3.具有相应学历要求',
    'chinese-numeral 二、报名方式',
  ]);
  // With a sentence leading into them, they are its clauses (the test above); so under an article, a sentence of the law.
  check(`[[一、报名条件]]\n应聘人员须符合下列条件：\n1.具有中华人民共和国国籍；\n2.年龄在35周岁及以下。\n${BODY}`, ['chinese-numeral 一、报名条件']);
});

test('items of a list run into a heading line are not headings: "三、人员：(一)…；(二)…；"', () => {
  check(`[[一、床位]]：住院床位不少于20张。\n[[二、人员]]：（一）每床至少配备0.7名卫生技术人员；（二）至少有3名执业医师；（三）至少有5名护士。\n[[三、房屋]]：每床建筑面积不少于30平方米。`, [
    'chinese-numeral 一、床位',
    'chinese-numeral 二、人员',
    'chinese-numeral 三、房屋',
  ]);
});

test('a regulation in traditional characters: 條 and 節 are articles and sections', () => {
  assert.deepEqual(outlineOf('第一章總則\n第一節一般規定\n第一條為加強醫療機構管理，制定本辦法。\n第二條本辦法適用於本省。'), [
    'chapter 第一章總則',
    '  section 第一節一般規定',
    '    article 第一條 為加強醫療機構管理',
    '    article 第二條 本辦法適用於本省',
  ]);
});

test('fresh pages (round 6): long transcript titles, a column word over a title, datelines with a source, mastheads, table rows', () => {
  // A title of a press conference's transcript runs to 41 characters and more.
  check(`[[国务院联防联控机制就重点人群、重点机构、重点场所疫情防控情况举行发布会(实录全文)]]\n\n${BODY}`, [
    'title 国务院联防联控机制就重点人群、重点机构、重点场所疫情防控情况举行发布会(实录全文)',
  ]);
  // A column's word on the line above is no half of the title; a dateline with its source below is no other half.
  check(`资讯\n[[国务院联防联控机制就疫情防控和疫苗接种有关情况举行发布会(实录全文)]]\n2021-09-11 21:07:43 中华护理学会\n${BODY}`, [
    'title 国务院联防联控机制就疫情防控和疫苗接种有关情况举行发布会(实录全文)',
  ]);
  // A paper's masthead is no title.
  check(`国内统一刊号:CN51-0018 中共甘孜州委机关报·甘孜日报社出版\n\n[[预防非职业性一氧化碳中毒]]\n\n${BODY}`, ['title 预防非职业性一氧化碳中毒']);
  // A hotline with blanks around its dash and a site's name are no titles, though the name opens with digits.
  check(`服务热线:0754 - 88943210\n\n[[西塘镇卫生院开展年度述职述廉活动]]\n\n${BODY}`, ['title 西塘镇卫生院开展年度述职述廉活动']);
  check(`51范文网\n\n[[最新公共卫生工作总结报告]]\n\n${BODY}`, ['title 最新公共卫生工作总结报告']);
  // An app's prompt, a site's keyword label and a European date around a title are debris; a title may end in ！.
  check(`打开APP\n[[区卫健委组织召开2024年职业卫生工作推进会]]\n\n${BODY}`, ['title 区卫健委组织召开2024年职业卫生工作推进会']);
  check(`医疗卫生规划热门\n\n[[舟山市卫生健康事业发展“十四五”规划]]\n\n${BODY}`, ['title 舟山市卫生健康事业发展“十四五”规划']);
  check(`[[《“健康甘肃2030”规划》:人均预期寿命将达76岁]]\n\n18.02.2017  20:33\n\n${BODY}`, ['title 《“健康甘肃2030”规划》:人均预期寿命将达76岁']);
  check(`[[全国医疗卫生机构已超102万！]]\n\n${BODY}`, ['title 全国医疗卫生机构已超102万！']);
  // A label, a blank and its paragraph on one line: the label is the head. Under 版权声明 nothing is a heading.
  check(`[[一、工作目标]] 通过开展职业病危害项目申报扩面行动，到2024年底申报率达到全覆盖。\n${BODY}\n版权声明\n1.本文为原创作品。\n2.转载请注明出处。`, ['chinese-numeral 一、工作目标']);
  // A dateline with a clock time, and a forum's counters, are no half of a title and no headline.
  check(`[[漳浦沙西镇7家公办村卫生所 今年完成一体化建设]]\n\n海峡导报   2018-05-03 09:13\n\n${BODY}`, ['title 漳浦沙西镇7家公办村卫生所 今年完成一体化建设']);
  check(`[[陕西今年建成2.3万个农村规范化卫生室]]\n\n2010-6-23 16:38| 查看: 310| 评论: 0\n\n${BODY}`, ['title 陕西今年建成2.3万个农村规范化卫生室']);
  // Ⅰ类切口, Ⅲ级 are classes and grades of a quality report, no sections.
  check(`[[一、质控指标]]\nⅠ类切口甲级愈合率98%。\nⅡ类切口感染率0.5%。\nⅢ级医院${BODY}`, ['chinese-numeral 一、质控指标']);
  // An item may open with a year (1.2023年9月起…); 1.5亿元 stays a number.
  check(`[[一、工作安排]]\n[[1.2023年9月起，开展全人群接种工作]]。\n[[2.2024年6月底前，完成全部接种任务]]。\n1.5亿元用于采购疫苗。`, [
    'chinese-numeral 一、工作安排',
    '  arabic 1.2023年9月起，开展全人群接种工作',
    '  arabic 2.2024年6月底前，完成全部接种任务',
  ]);
  // A short headline over a news lead is the page's title.
  check(`[[村民就医不出村]]\n本报讯 10月17日，记者从县卫健局获悉，全县已实现村卫生室全覆盖，群众看病更方便。`, ['title 村民就医不出村']);
  // 〔一〕 is a paren-chinese heading; 〔2023〕10号 opens a document number.
  check(`[[〔一〕加强组织领导]]\n${BODY}\n[[〔二〕强化保障]]\n${BODY}\n〔2023〕10号\n${BODY}`, ['paren-chinese 〔一〕加强组织领导', 'paren-chinese 〔二〕强化保障']);
  // A WeChat article's prompt to follow it is no title.
  check(`点击上方蓝字关注我们\n\n[[市卫健委公布年度先进集体名单]]\n\n${BODY}`, ['title 市卫健委公布年度先进集体名单']);
  // A table flattened to rows ending in bars has no title in it.
  check(`分类 |\n指标 |\n2021年全年 |\n一、医疗资源 |\n实有床位数(张) | 2802 |\n`, []);
});

test('fresh pages (round 9): news headlines with a comma, an exclamation or a question at the top of a page', () => {
  // The first line of text, alone above a blank line (after the site's menus), or over the page's metadata.
  check(`习语用典 学习时间\n首页 >> 民生 >> 正文\n\n[[医疗援疆,对口援疆的大爱底色]]\n\n${BODY}`, ['title 医疗援疆,对口援疆的大爱底色']);
  check(`[[国家卫健委发文，县域医共体耗材采购巨变！]]\n\n${BODY}`, ['title 国家卫健委发文，县域医共体耗材采购巨变！']);
  check(`[[医保支付方式改革有哪些新变化？]]\n发布时间：2024-05-06 来源：市医保局\n${BODY}`, ['title 医保支付方式改革有哪些新变化？']);
  // A paragraph's line goes on after its comma (其中, 现将), or runs into the next line; prompts of sites are debris.
  check(`25724人次妇女儿童受惠，其中完成产前检查\n\n${BODY}`, []);
  check(`今年以来，我市扎实推进医共体建设\n${BODY}`, []);
  check(`已阅读5页,还剩2页未读 继续免费阅读\n\n${BODY}`, []);
  check(`找回密码\n注册账户\n\n只需一步,快速开始\n\n[[陕西今年建成2.3万个农村规范化卫生室]]\n\n${BODY}`, ['title 陕西今年建成2.3万个农村规范化卫生室']);
});

test("fresh pages (round 9): a county site's disclosure form under the title", () => {
  check(`首页 > 政务公开 > 县卫生健康局 > 工作情况\n[[绥宁县妇幼保健院开展“预防出生缺陷日”宣传活动]]\n文件名称: 绥宁县妇幼保健院开展“预防出生缺陷日”宣传活动\n公开目录: 工作情况 公开责任部门: 县卫生健康局\n发文日期: 2023-09-14 公开形式: 主动公开\n生效日期 : 2023-09-14 有效期: 永久\n\n${BODY}`, [
    'title 绥宁县妇幼保健院开展“预防出生缺陷日”宣传活动',
  ]);
});

test("fresh pages (round 9): a paper's name under its headline, a site's menu over a notice's title", () => {
  check(`[[市福利精神病院完成六成安置]]\n扬州晚报\n${LEAD}`, ['title 市福利精神病院完成六成安置']);
  check(`试用企业版\n\n[[关于组织开展2023年老年健康宣传周活动的通知]]\n\n${BODY}`, ['title 关于组织开展2023年老年健康宣传周活动的通知']);
  // A title broken in two still joins.
  check(`[[国务院办公厅关于推动公立医院\n高质量发展的意见]]\n\n${BODY}`, ['title 国务院办公厅关于推动公立医院高质量发展的意见']);
});

test('fresh pages (round 10): an emergency plan\'s decimal sections that open with a response grade', () => {
  check(`[[突发公共卫生事件应急预案]]\n\n[[4 分级响应]]\n[[4.1 Ⅳ级响应行动]]\n${BODY}\n[[4.2 Ⅲ级响应行动]]\n${BODY2}`, [
    'title 突发公共卫生事件应急预案',
    '  arabic 4 分级响应',
    '    decimal-2 4.1 Ⅳ级响应行动',
    '    decimal-2 4.2 Ⅲ级响应行动',
  ]);
});

test("fresh pages (round 10): menus, bullets, greetings and a paper's page around a title; a column's label over a notice", () => {
  check(`首 页 急救信息 要闻通告\n返回列表\n\n[[中心开展2025年卫生应急模块化队伍应急演练暨应急培训]]\n\n${BODY}`, ['title 中心开展2025年卫生应急模块化队伍应急演练暨应急培训']);
  check(`  • 约 11页\n  • 举报\n\n[[2026年疾控中心应急演练工作计划]]\n\n${BODY}`, ['title 2026年疾控中心应急演练工作计划']);
  check(`日期:[2019年11月15日]\n-- 牡丹晚报 --\n版次:[A3]\n[[“联合国糖尿病日”牡丹人民医院教您防控糖尿病]]\n${LEAD}`, ['title “联合国糖尿病日”牡丹人民医院教您防控糖尿病']);
  check(`攀枝花市西区人民政府网站欢迎你!\n\n[[关于巡察反馈意见集中整改进展情况的通报]]\n\n${BODY}`, ['title 关于巡察反馈意见集中整改进展情况的通报']);
  check(`新闻公告\n[[国家卫生健康委办公厅关于通报全国二级公立医院绩效监测分析情况的函]]\n\n${BODY}`, ['title 国家卫生健康委办公厅关于通报全国二级公立医院绩效监测分析情况的函']);
  // An issuer over its subject still makes one title.
  check(`[[海南省卫生健康委员会\n转发国家卫生健康委办公厅关于开展宣传日活动的通知]]\n\n${BODY}`, ['title 海南省卫生健康委员会转发国家卫生健康委办公厅关于开展宣传日活动的通知']);
  // A headline with an exclamation over the page's dateline.
  check(`姜堰新闻\n[[“国考”成绩B++!]]\n2025-03-20 15:41:32\n${BODY}`, ['title “国考”成绩B++!']);
});

test('fresh pages (round 9): targets numbered with 、 whose text opens with an age or a count', () => {
  check(`[[一、主要目标]]\n[[1、孕产妇死亡率控制在10/10万以下]]。\n[[2、7岁以下儿童保健管理率≥95%]]。\n[[3、6个月纯母乳喂养率≥50%]]。\n3、4月份开展督导。\n2、9名，同时全区开展服务。`, [
    'chinese-numeral 一、主要目标',
    '  arabic 1、孕产妇死亡率控制在10/10万以下',
    '  arabic 2、7岁以下儿童保健管理率≥95%',
    '  arabic 3、6个月纯母乳喂养率≥50%',
  ]);
});

test('fresh pages (round 13): a list whose first item runs on after a label (整改成效：(1)…) has its next items as headings; a salutation is no title', () => {
  check(`[[一、整改落实情况]]\n[[1.关于“制度不健全”问题的整改]]。\n整改成效：(1)修订制度12项。\n[[(2)门诊量同比增长8.5%]]。\n[[(3)患者满意度提升至95%]]。`, [
    'chinese-numeral 一、整改落实情况',
    '  arabic 1.关于“制度不健全”问题的整改',
    '    paren-arabic (2)门诊量同比增长8.5%',
    '    paren-arabic (3)患者满意度提升至95%',
  ]);
  // A page's headline with a comma or an exclamation right above a news lead that opens with its date, with or
  // without a blank line, and with its column's label left out.
  for (const gap of ['\n', '\n\n']) {
    assert.deepEqual(outlineOf(`【喜报】通过率100%!河北省眼科医院住培结业考核全员通过${gap}6月12日,国家卫生人才中心公布了结业考核成绩,总体通过率100%。`), ['title 通过率100%!河北省眼科医院住培结业考核全员通过']);
  }
  // A report's salutation, which a colon ends, is no title.
  assert.deepEqual(outlineOf(`市委、市政府：\n\n${BODY}\n\n一、主要工作\n\n${BODY2}`), ['chinese-numeral 一、主要工作']);
  // Or run into the heading that starts the line before (一、任务目标1.完成…).
  check(`[[一、任务目标1.完成全市社区卫生机构人员岗位培训]]\n[[2.力争完成新增人员的岗位培训任务]]\n[[3.改进完善培训模式]]\n${BODY}`, [
    'chinese-numeral 一、任务目标1.完成全市社区卫生机构人员岗位培训',
    '  arabic 2.力争完成新增人员的岗位培训任务',
    '  arabic 3.改进完善培训模式',
  ]);
  // Without the first item after a label, a (2) under a section is no heading.
  check(`[[一、整改落实情况]]\n[[1.关于“制度不健全”问题的整改]]。\n整改成效：修订制度12项。\n(2)门诊量同比增长8.5%。\n(3)患者满意度提升至95%。`, [
    'chinese-numeral 一、整改落实情况',
    '  arabic 1.关于“制度不健全”问题的整改',
  ]);
});

test('the formal level of a heading is its kind\'s (GB/T 9704: 一、 2, （一） 3, 1. 4, （1） 5), whatever stands above it', () => {
  // No title line, and 1. right under 一、: the nesting is 1, 2, 3, the formal levels 2, 4, 5.
  const outline = findOutline(`一、整改落实情况\n1.关于制度问题的整改\n（1）修订制度12项\n（2）完善台账\n二、下一步打算\n（一）持续整改\n一是加强领导。${BODY}`);
  const flat = flattenOutline(outline);
  assert.deepEqual(flat.map((n) => [n.name, n.level, n.formalLevel]), [
    ['一、整改落实情况', 1, 2],
    ['1.关于制度问题的整改', 2, 4],
    ['（1）修订制度12项', 3, 5],
    ['（2）完善台账', 3, 5],
    ['二、下一步打算', 1, 2],
    ['（一）持续整改', 2, 3],
    ['一是加强领导', 3, 4],
  ]);
  // A title is 1; a markdown heading is its number of #.
  assert.deepEqual(flattenOutline(findOutline(`## 工作回顾\n${BODY}`)).map((n) => n.formalLevel), [2]);
});

test("fresh pages (round 6): a disclosure page's side links and its table's values are no titles", () => {
  // 政府信息公开指南 and 制度 are links beside the document; "• 名  称:" prints its value on the next line.
  check(`政府信息公开指南\n政府信息公开制度\n  • 文  号:\n  • 名  称:\n  • 省卫生健康委关于第4143号提案的答复\n[[省卫生健康委关于第4143号提案的答复]]\n\n王委员：\n${BODY}\n[[一、关于疾控体系]]\n${BODY}`, [
    'title 省卫生健康委关于第4143号提案的答复',
    '  chinese-numeral 一、关于疾控体系',
  ]);
});

test('fresh pages (round 4): table rows, clause references, image names, menus, notes, bylines and column labels', () => {
  // An annual report's tables flattened to text: rows ending in bars, and 第二十条第（一）项, are no headings.
  check(`[[一、总体情况]]\n\n${BODY}\n\n[[二、主动公开政府信息情况]]\n第二十条第(一)项 |\n信息内容 |\n一、本年新收政府信息公开申请数量 |\n0 |\n[[三、收到和处理政府信息公开申请情况]]\n${BODY}`, [
    'chinese-numeral 一、总体情况',
    'chinese-numeral 二、主动公开政府信息情况',
    'chinese-numeral 三、收到和处理政府信息公开申请情况',
  ]);
  // A bulletin's notes under 注释： are a list.
  check(`[[十二、卫生]]\n${BODY}\n注释:\n1.本公报中数据均为初步统计数。\n2.地区生产总值按可比价计算。\n3.其他指标按现价计算。`, ['chinese-numeral 十二、卫生']);
  // A site's menu, a paper's page, an image's name and the metadata line are debris above the headline.
  check(`公众版|医院版|英文版|返回引导页\n\n第A08版:健康滁州·公告\n\n4.jpg\n\n[[医院内科大楼落成剪彩]]\n\n来自:   发布时间:2009-11-30\n\n${BODY}\n\n1 (9).jpg\n\n${BODY}`, ['title 医院内科大楼落成剪彩']);
  // A headline may speak of reporters and photographs; a byline starts with its word or a newsroom.
  check(`[[我院召开2019年度媒体记者沟通会]]\n\n本报记者 王丽 通讯员 赵强\n\n${BODY}\n\n[[市卫健委慰问新闻记者]]\n\n${BODY}\n\n[[我院举办摄影比赛]]\n\n张三 摄影\n\n${BODY}`, [
    'title 我院召开2019年度媒体记者沟通会',
    '  headline 市卫健委慰问新闻记者',
    '  headline 我院举办摄影比赛',
  ]);
  // A column's label before the page's first headline is left out of it.
  check(`【工作动态】[[县卫健局召开全县会议]]\n${BODY}`, ['title 县卫健局召开全县会议']);
  check(`【健康庆阳行动】[[庆阳市“爱卫新征程 健康中国行”爱国卫生宣传活动启动]]\n\n${BODY}`, ['title 庆阳市“爱卫新征程 健康中国行”爱国卫生宣传活动启动']);
  // An article's authors under its title, alone or after their body, are a byline: the title stands.
  check(`[[灵璧县推进紧密型县域医共体建设的实践与思考]]\n\n龚松柏 陈 兰\n\n${BODY}\n\n[[一、主要做法]]\n\n${BODY}`, ['title 灵璧县推进紧密型县域医共体建设的实践与思考', '  chinese-numeral 一、主要做法']);
  check(`[[灵璧县推进紧密型县域医共体建设的实践与思考]]\n金寨县卫生健康委员会 张明\n${BODY}\n[[一、主要做法]]\n${BODY}`, ['title 灵璧县推进紧密型县域医共体建设的实践与思考', '  chinese-numeral 一、主要做法']);
  // A notice of typical cases: 案例一： and 案例2、 are its sections, at the level of 一、 (as 亮点 are).
  check(`[[广东省医疗保障局关于典型案例的通报]]\n\n${BODY}\n\n[[案例一:广州市某门诊部违规使用医保基金案]]\n\n${BODY}\n\n[[案例二:某社区健康服务中心违规案]]\n${BODY}\n[[案例三、阳江市黄某骗保案]]\n${BODY}`, [
    'title 广东省医疗保障局关于典型案例的通报',
    '  highlight 案例一:广州市某门诊部违规使用医保基金案',
    '  highlight 案例二:某社区健康服务中心违规案',
    '  highlight 案例三、阳江市黄某骗保案',
  ]);
  // A title in traditional characters, as sites that convert mainland documents repost them.
  check(`[[村衛生調查報告]]\n\n${BODY}\n\n[[一、基本情況]]\n\n${BODY}`, ['title 村衛生調查報告', '  chinese-numeral 一、基本情況']);
});

test('near misses of titles and headlines: captions, a breadcrumb, a sentence naming its own document', () => {
  const near = ['图为义诊现场医务人员为村民测量血压', '▲ 医护人员开展急救技能培训演练', '讲话致辞 > 在全县卫生健康工作会议上的讲话', '请各单位认真组织学习并贯彻执行本通知'];
  for (const line of near) assert.deepEqual(outlineOf(`${BODY}\n\n${line}\n\n${BODY2}`), [], line);
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
  check(`[[𠀀𠀀村卫生室2024年工作总结]]\n\n${BODY}`, ['title 𠀀𠀀村卫生室2024年工作总结']);
  check(`𠀀𠀀\n\n${BODY}`, []);
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

test('a head that stops at a full stop or a colon leaves out the blanks before it', () => {
  // Found by the property below: the head of "⑴I 。" ended with its blank.
  for (const text of ['⑴I 。', '一、床位 ：住院床位不少于20张。']) assertWellFormed(text, findOutline(text));
  assert.equal(findOutline('⑴I 。')[0].name, '⑴I');
});

test('the outline of any text is a well-formed tree: ranges inside the text, sections inside their parents', () => {
  const unit = fc.constantFrom(
    '一', '二', '十', '、', '（', '）', '(', ')', '1', '2', '.', '．', '5', '亿', '①', '⑴', '#', ' ', '*', '亮', '点', '：', '“', '”', '。', '，', '；',
    '\n', '\r', '\r\n', '𠀀', '医', '院', '记', '者', '摄', '影', '报', '道', '【', '】', '\u3000', '□', '第', '条', '章', '节', '是', '附', '件',
    '通知', '实施方案', '工作总结', '当前位置', '发布时间：', '版权所有', '相关阅读', '本站', 'Page 2', '2024年3月1日', 'I ', 'Review',
  );
  fc.assert(
    fc.property(fc.string({ unit, maxLength: 400 }), (text) => {
      assertWellFormed(text, findOutline(text));
    }),
    { numRuns: 500 },
  );
  // Texts made of whole lines that look like headings, debris and body.
  const line = fc.constantFrom(
    '一、主要做法', '（一）抓党建', '1.强化管理。', '2.完善制度', '（1）细化分工', '第一章 总则', '第三条 本办法适用于本市。', '一是加强领导。',
    '某县卫生健康局2024年工作总结', '关于印发实施方案的通知', '发布时间：2024-01-05', '当前位置：首页 > 通知', '版权所有', 'Page 3 - 报告',
    BODY, BODY2, LEAD, '', '附件1', '评价指标表', '某市卫生健康委员会', '2024年3月1日',
  );
  fc.assert(
    fc.property(fc.array(line, { maxLength: 40 }), fc.constantFrom('\n', '\r\n', '\n\n'), (lines, eol) => {
      const text = lines.join(eol);
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
  // Numbered heads in a text without a dot, and column labels without their 】: nothing may look back or
  // ahead over the whole text from each line.
  const numbered = `一、${'长'.repeat(20)}\n【${'标'.repeat(20)}\n`;
  const documents = [(n: number) => piece.repeat(Math.ceil(n / piece.length)), (n: number) => '长'.repeat(n), (n: number) => numbered.repeat(Math.ceil(n / numbered.length))];
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

test('seed 003 (news page): the headlines, two-line ones joined; no column label or kicker', () => {
  const flat = flattenOutline(findOutline(readSeed('003')));
  const headlines = flat.filter((n) => n.style === 'headline').map((n) => n.name);
  assert.ok(!flat.some((n) => n.name === '关注各地卫生健康工作会议' || n.name === '医院动态'));
  assert.deepEqual(headlines, [
    '浙江：“一二一”推进卫生健康现代化',
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

test('fresh pages (round 17): a table flattened one cell to a line — its rows and their groups are no headings', () => {
  // The disclosure report's table: a row's label over its cells, a group's label over its first row; a heading
  // over the table stays one, and so does a heading run into broken numbers (it holds a 。).
  check(
    `[[一、总体情况]]\n\n${BODY}\n\n[[三、收到和处理政府信息公开申请情况]]\n\n申请人情况\n\n自然人\n\n一、本年新收政府信息公开申请数量\n\n1\n\n0\n\n0\n\n二、上年结转政府信息公开申请数量\n\n0\n\n0\n\n三、本年度办理结果\n\n（一）予以公开\n\n1\n\n0\n\n（二）部分公开\n3 0 0 1\n[[四、存在的主要问题及改进情况]]\n\n${BODY}\n[[五、积极开展卫生城市创建]]。2023年\n310 124\n个省级卫生先进单位。`,
    [
      'chinese-numeral 一、总体情况',
      'chinese-numeral 三、收到和处理政府信息公开申请情况',
      'chinese-numeral 四、存在的主要问题及改进情况',
      'chinese-numeral 五、积极开展卫生城市创建',
    ],
  );
});

test('fresh pages (round 17): a title in two lines after a notice\'s preamble, its first half reading as a title of its own', () => {
  // The document's title under the notice's preamble: its first line reads as a title too, and was lost.
  check(`苏政发〔2020〕12号\n各市、县（市、区）人民政府：\n现将《实施方案》印发给你们，请认真贯彻执行。\n江苏省人民政府\n2020年1月26日\n[[落实健康中国行动\n推进健康江苏建设的实施方案]]\n为贯彻落实《国务院关于实施健康中国行动的意见》，现结合我省实际，制定如下实施方案。\n[[一、总体要求]]\n${BODY}`, [
    'title 落实健康中国行动推进健康江苏建设的实施方案',
    '  chinese-numeral 一、总体要求',
  ]);
});

test('fresh pages (round 17, profiles): a profile\'s title over its ——记 subtitle, and …先进事迹 at the top, are titles', () => {
  check(`[[仁心仁术守护一方百姓健康]]\n[[——记沭阳县人民医院心血管内科主任王建华]]\n\n${BODY}\n[[一、潜心钻研，勇攀医学高峰]]\n${BODY}`, [
    'title 仁心仁术守护一方百姓健康',
    'title ——记沭阳县人民医院心血管内科主任王建华',
    '  chinese-numeral 一、潜心钻研，勇攀医学高峰',
  ]);
  check(`[[县人民医院张伟同志先进事迹]]\n\n${BODY}`, ['title 县人民医院张伟同志先进事迹']);
});

test('fresh pages (round 18): a heading whose text opens with a year in Chinese digits (一、二〇〇八年…) is numbered, no list of numerals', () => {
  check(`[[某医院工会2008年工作总结]]\n\n[[一、二〇〇八年主要工作回顾]]\n\n[[（一）加强组织建设]]\n\n${BODY}\n\n[[二、二〇〇九年工作计划]]\n\n${BODY}`, [
    'title 某医院工会2008年工作总结',
    '  chinese-numeral 一、二〇〇八年主要工作回顾',
    '    paren-chinese （一）加强组织建设',
    '  chinese-numeral 二、二〇〇九年工作计划',
  ]);
  // 二、三级医院 stays a list of numerals.
  check(`[[一、总体情况]]\n${BODY}\n二、三级医院共10家。`, ['chinese-numeral 一、总体情况']);
});

test('fresh pages (round 18, emergency plans): a plan\'s top sections spaced out, with 、 or long, are headings; a table\'s row is none', () => {
  check(`[[某县突发公共卫生事件应急预案]]\n\n[[1 总 则]]\n\n[[1.1 编制目的]]\n\n${BODY}\n\n[[2 监测、评估和预警]]\n\n${BODY}\n\n[[3 突发公共卫生事件的应急反应和终止]]\n\n${BODY}\n\n[[4附 则]]\n\n${BODY}`, [
    'title 某县突发公共卫生事件应急预案',
    '  arabic 1 总 则',
    '    decimal-2 1.1 编制目的',
    '  arabic 2 监测、评估和预警',
    '  arabic 3 突发公共卫生事件的应急反应和终止',
    '  arabic 4附 则',
  ]);
  // A statistics table's "of which" row (# 医生 over its cells) is no markdown heading.
  check(`[[## 卫生机构]]\n${BODY}\n# 医生(张)\n194959\n5300\n`, ['markdown 卫生机构']);
  // A list's rows of a few words apart (1 张三 男) are no sections.
  check(`[[一、人员名单]]\n${BODY}\n1 张三 男\n2 李四 女\n${BODY}`, ['chinese-numeral 一、人员名单']);
});

test('fresh pages (round 19, speeches): 一要…二要… open run-in heads as 一是 does; 一要素 does not', () => {
  check(`[[在全市卫生健康工作会议上的讲话]]\n\n同志们：\n\n[[一、关于今年工作]]\n\n[[一要提高站位，认清形势]]。${BODY}\n\n[[二要突出重点，狠抓落实]]。${BODY}\n\n一要素齐全。${BODY}`, [
    'title 在全市卫生健康工作会议上的讲话',
    '  chinese-numeral 一、关于今年工作',
    '    run-in 一要提高站位，认清形势',
    '    run-in 二要突出重点，狠抓落实',
  ]);
});

test('fresh pages (round 21): a site\'s welcome, an advert\'s call and a paper\'s source line with its page are no titles', () => {
  assert.deepEqual(outlineOf(['欢迎进入内蒙古国际蒙医医院官网!', '', '陈沙娜院长率领巡回医疗队赴察右后旗开展巡回医疗工作', '', '7月3日，医疗队到达。'].join('\n')), ['title 陈沙娜院长率领巡回医疗队赴察右后旗开展巡回医疗工作']);
  assert.deepEqual(outlineOf(['公文高手,超级方便的公文写作神器! 立即了解', '', '', '中蒙医医院发展机遇与挑战', '', '近年来，中蒙医医院发展较快，但也面临挑战。'].join('\n')), ['title 中蒙医医院发展机遇与挑战']);
  assert.ok(!outlineOf(['居民体检不花钱', '', '《 人民日报 》( 2017年09月18日 12 版)', '', '新疆全民健康体检工作持续推进，群众受益。'].join('\n')).some((l) => l.includes('人民日报')));
});

test('fresh pages (round 22): a page in traditional characters has its fields and widgets read as debris (來源：, 字體：)', () => {
  assert.deepEqual(outlineOf(['字體: 放大 還原 縮小', '國家衛健委肯定澳醫療衛生成效', '', '來源:澳門日報', '', '國家衛健委代表團參觀了仁伯爵綜合醫院急診科，肯定澳門醫療衛生工作成效。'].join('\n')), ['title 國家衛健委肯定澳醫療衛生成效']);
});

test('fresh pages (round 23, district portals): a field\'s value under its bare label is no title, bulleted or not; a widget\'s label is no field', () => {
  const portal = ['名    称 :', '天津市宁河区人民政府关于印发健康天津宁河行动实施方案的通知', '索   引  号 :', '11120000/2024-00012', '发 布 机 构 :', '天津市宁河区人民政府', '', '天津市宁河区人民政府关于印发健康天津宁河行动实施方案的通知', '', '各镇人民政府，各有关单位：', '现将《健康天津宁河行动实施方案》印发给你们，请认真贯彻落实。'];
  assert.deepEqual(outlineOf(portal.join('\n')), ['title 天津市宁河区人民政府关于印发健康天津宁河行动实施方案的通知']);
  assert.equal(flattenOutline(findOutline(portal.join('\n')))[0].line, 7);
  // Under 字号： the title stands (the widget's label has no value below it).
  assert.deepEqual(outlineOf(['分享:', '字号 :', '', '彭水苗族土家族自治县中医院2024年部门预算情况说明', '', '一、部门基本情况', '', '本院为公益二类事业单位。'].join('\n')), [
    'title 彭水苗族土家族自治县中医院2024年部门预算情况说明',
    '  chinese-numeral 一、部门基本情况',
  ]);
});

test('fresh pages (round 23, journal papers): numbered affiliations with their postal code are bylines, no sections', () => {
  const paper = ['基层医疗卫生机构服务能力研究', '', '王某1 李某2', '', '1.复旦大学公共卫生学院 上海 200032；2.北京协和医学院 北京 100730', '', '1. Peking Union Medical College, Beijing 100730, China;', '', '2. 北京协和医学院 北京 100730', '', '1 引言', '', '基层医疗卫生机构是分级诊疗的基础。', '', '2 资料与方法', '', '本研究采用问卷调查。'];
  const outline = outlineOf(paper.join('\n'));
  assert.ok(!outline.some((l) => /学院|College/.test(l)), outline.join('\n'));
  // A section with a six-digit amount keeps its place.
  assert.ok(outlineOf(['一、资金使用', '', '1.投入资金 200000 元用于设备购置', '', '2.完成培训 300 人次', ''].join('\n')).some((l) => l.includes('投入资金')));
});

test('fresh pages (round 25, county government work reports): a region in brackets before the title; the speech\'s date and venue and the speaker are no headings', () => {
  const report = ['(内蒙古)2022年西乌珠穆沁旗人民政府工作报告(全文)', '', '——2022年1月7日在西乌珠穆沁旗第十六届人民代表大会第一次会议上', '', '西乌珠穆沁旗人民政府代旗长  姚宏刚', '', '各位代表：', '', '现在，我代表旗人民政府向大会报告工作，请予审议。', '', '一、过去四年工作回顾', '', '（一）坚持稳中求进，地区综合实力跃上新台阶', '', '全旗地区生产总值增长。'];
  assert.deepEqual(outlineOf(report.join('\n')), [
    'title 2022年西乌珠穆沁旗人民政府工作报告(全文)',
    '  chinese-numeral 一、过去四年工作回顾',
    '    paren-chinese （一）坚持稳中求进，地区综合实力跃上新台阶',
  ]);
});

test('fresh pages (round 25, veterans): items numbered with a middle dot (1·…) are items; 5·12 is a date', () => {
  assert.deepEqual(outlineOf(['优抚医院工作要点', '', '一、主要任务', '', '1·加强组织领导。成立领导小组。', '', '2·完善服务体系。建立网络。', '', '5·12护士节当天，医院举行活动。'].join('\n')), [
    'title 优抚医院工作要点',
    '  chinese-numeral 一、主要任务',
    '    arabic 1·加强组织领导',
    '    arabic 2·完善服务体系',
  ]);
});

test('fresh pages (round 26): a dateline with its writers and source, and a journal\'s issue line, are no title and no part of one', () => {
  assert.deepEqual(outlineOf(`贵州省率先实现乡镇卫生院远程医疗全覆盖\n\n2017-12-25 刘鹏 中新网\n\n${BODY}\n`), ['title 贵州省率先实现乡镇卫生院远程医疗全覆盖']);
  assert.deepEqual(outlineOf(`湖南稳步推进电子健康卡(码)普及应用\n\n2020-10-21李传新倪友平黄德建\n\n科教新报 2020年15期\n\n${BODY}\n`), ['title 湖南稳步推进电子健康卡(码)普及应用']);
});

test('fresh pages (round 27): a title over its dateline with a bare source, or over 发布于 and 转自 lines; a comma headline over its dash subtitle; a preview label and a menu are no title', () => {
  assert.deepEqual(outlineOf(`泰安市第三次青少年脊柱侧弯健康筛查公益活动圆满完成\n2025-12-06 11:39 大众网\n\n活动现场(冯凯 供图)\n\n${BODY}\n`), ['title 泰安市第三次青少年脊柱侧弯健康筛查公益活动圆满完成']);
  assert.deepEqual(outlineOf(`保定市政府与北京市卫健委、省卫健委签署合作协议\n\n2024-05-23 10:18:39 - 保定发布\n\n转自:保定发布\n\n${BODY}\n`), ['title 保定市政府与北京市卫健委、省卫健委签署合作协议']);
  assert.deepEqual(outlineOf(`关于表彰2018-2019年度全国无偿献血表彰奖励获奖者\n发布于 2020/12/30 09:09 卫健委\n\n${BODY}\n`), ['title 关于表彰2018-2019年度全国无偿献血表彰奖励获奖者']);
  assert.deepEqual(outlineOf(`县乡联动守护校园健康,共筑传染病防控防线\n——隆林各族自治县疾控中心到乡中心小学开展传染病督导工作\n\n${BODY}\n`), ['title 县乡联动守护校园健康,共筑传染病防控防线']);
  assert.deepEqual(outlineOf(`佚名 发布时间:2017/5/10 投稿交换  会员申请 全文972字\n\n内容预览:\n\n乡镇2017年度无偿献血工作方案\n\n${BODY}\n`), ['title 乡镇2017年度无偿献血工作方案']);
  assert.deepEqual(outlineOf(`   枣庄新闻网首页 | 枣庄日报 枣庄晚报 新视听 新闻绿洲\n\n2015年6月12日 星期\n\n我市连续8年荣获全国无偿献血先进市\n\n${BODY}\n`).some((h) => h.includes('首页')), false);
});

test('fresh pages (round 27): a title printed twice in a row is one title; a copy under the page\'s metadata stays a heading, as the held-out annotations count it', () => {
  assert.deepEqual(outlineOf(`永昌县开展省级健康县城试点工作规划 (2017-2020年)\n永昌县开展省级健康县城试点工作规划(2017-2020年)\n\n${BODY}\n`), ['title 永昌县开展省级健康县城试点工作规划 (2017-2020年)']);
  assert.deepEqual(outlineOf(`政府工作报告\n\n  政府工作报告\n\n${BODY}\n`), ['title 政府工作报告']);
  assert.equal(outlineOf(`某县卫生健康局关于印发2023年艾滋病防治项目实施方案的通知\n\n发布日期:2023-03-01 来源:本网\n\n某县卫生健康局关于印发2023年艾滋病防治项目实施方案的通知\n\n${BODY}\n`).length, 2);
});

test('fresh pages (round 28): a title over its author\'s name or its source alone on a line, or over a source line with a field; a notice\'s section on downloading is a section', () => {
  assert.deepEqual(outlineOf(`加强医疗质量管理 守住医疗安全底线\n\n张乃波\n\n${BODY}\n`), ['title 加强医疗质量管理 守住医疗安全底线']);
  assert.deepEqual(outlineOf(`东安县民营医疗机构医疗安全专项整治工作会议召开\n永州市卫健委 时间: 2024-01-10\n\n${BODY}\n`), ['title 东安县民营医疗机构医疗安全专项整治工作会议召开']);
  assert.deepEqual(outlineOf(`[[四、活动要求]]\n${BODY}\n[[五、扫码下载海报]]\n${BODY2}\n`.replace(/\[\[|\]\]/g, '')), ['chinese-numeral 四、活动要求', 'chinese-numeral 五、扫码下载海报']);
  // A document site's footer clauses stay no headings (本文档, 下载文档).
  assert.deepEqual(outlineOf(`[[一、工作要求]]\n${BODY}\n1、本文档共计 5 页,会员免费下载\n2、如果微信端限制下载文档,请在微信环境外下载\n`.replace(/\[\[|\]\]/g, '')), ['chinese-numeral 一、工作要求']);
});

test('fresh pages (round 28): a site\'s menu row of short words is no title; a spaced-out title stays one; a questioner\'s outlet is no headline', () => {
  assert.deepEqual(outlineOf(`头条 热门 重磅原创 PPP 地方 教育 图片新闻 政府采购 权威公告\n\n\n\n南阳市中医药发展局:淅川召开2023年中医药发展工作推进会\n\n${BODY}\n`), ['title 南阳市中医药发展局:淅川召开2023年中医药发展工作推进会']);
  assert.deepEqual(outlineOf(`政 府 工 作 报 告\n\n${BODY}\n`), ['title 政 府 工 作 报 告']);
  assert.deepEqual(outlineOf(`[[一、答记者问]]\n${BODY}\n\n中央广播电视总台央视记者\n\n${BODY2}\n`.replace(/\[\[|\]\]/g, '')), ['chinese-numeral 一、答记者问']);
});

test('fresh pages (round 29): a credit after 文 / is a byline; items ending in ；under a short unnumbered subhead are its sections', () => {
  assert.deepEqual(outlineOf(`【“两癌”筛查】禄丰县2018年“两癌”筛查工作成效显著\n\n文 / 云南省妇幼保健院\n\n${BODY}\n`), ['title 禄丰县2018年“两癌”筛查工作成效显著']);
  assert.deepEqual(outlineOf(`2023中山市港口镇免费结直肠癌筛查指南\n\n${BODY}\n结直肠癌的高危人群\n1、一级亲属有结直肠癌病史；\n2、本人有结直肠癌病史；\n3、粪便潜血试验阳性。\n\n${BODY2}\n`), [
    'title 2023中山市港口镇免费结直肠癌筛查指南',
    '  arabic 1、一级亲属有结直肠癌病史；',
    '  arabic 2、本人有结直肠癌病史；',
    '  arabic 3、粪便潜血试验阳性',
  ]);
});

test('fresh pages (round 30): a comma typed for the enumeration comma after a Chinese numeral still marks a heading (二，工作开展情况); numerals listed with commas do not', () => {
  assert.deepEqual(outlineOf(`某县卫生监督所2022年工作总结\n一，基本情况\n${BODY}\n二，工作开展情况\n${BODY2}\n一，二，三等奖各一名。\n`), [
    'title 某县卫生监督所2022年工作总结',
    '  chinese-numeral 一，基本情况',
    '  chinese-numeral 二，工作开展情况',
  ]);
});

test('an award\'s results: 一、一等奖 and 三、三等奖 are sections; 二、三等奖 lists two prizes (a list goes up)', () => {
  assert.deepEqual(outlineOf(`关于公布2024年度省医学科技奖评审结果的通知\n\n经评审，现将结果公布如下。\n一、一等奖（5项）\n${BODY}\n二、二等奖（10项）\n${BODY2}\n三、三等奖（20项）\n${BODY}\n`), [
    'title 关于公布2024年度省医学科技奖评审结果的通知',
    '  chinese-numeral 一、一等奖（5项）',
    '  chinese-numeral 二、二等奖（10项）',
    '  chinese-numeral 三、三等奖（20项）',
  ]);
  assert.deepEqual(outlineOf(`${BODY}\n二、三等奖各评选10项。\n`), []);
});

test('fresh pages (round 32): a legal database\'s articles, 第一条 alone over its text or after a list\'s dash (- 第一章 总则); a reference broken over lines (依照本条例 / 第二十条 / 的规定) is none', () => {
  assert.deepEqual(outlineOf('天津市中医药条例\n（2018年9月29日天津市第十七届人民代表大会常务委员会第五次会议通过）\n第一条\n为了继承和弘扬中医药，制定本条例。\n第二条\n本条例适用于本市行政区域。\n'), [
    'title 天津市中医药条例',
    '  article 第一条',
    '  article 第二条',
  ]);
  assert.deepEqual(outlineOf('目录\n- 第一章 总 则\n- 第一条 为了动员全社会广泛参与爱国卫生运动\n- 第二条 本条例适用于本市\n- 第二章 组织与职责\n- 第三条 市人民政府领导本市爱国卫生工作\n'), [
    'chapter 第一章 总 则',
    '  article 第一条 为了动员全社会广泛参与爱国卫生运…',
    '  article 第二条 本条例适用于本市',
    'chapter 第二章 组织与职责',
    '  article 第三条 市人民政府领导本市爱国卫生工作',
  ]);
  assert.deepEqual(outlineOf(`${BODY}违反规定的，依照本条例\n第二十条\n的规定予以处罚。\n`), []);
});

test('fresh pages (round 32): a paper\'s e-edition header (its date and weekday, 报料热线, 上一版 下一版) and a legal database\'s fields (- 法规标题：…) are no titles', () => {
  assert.deepEqual(outlineOf('2024年03月25日 星期一  报料热线:966123\n当前版: 004版 上一版 下一版\n\n我国结核病疫情呈现稳步下降态势\n\n本报记者 张三\n\n' + BODY + '\n'), ['title 我国结核病疫情呈现稳步下降态势']);
  assert.deepEqual(outlineOf('- 法规标题:蚌埠市医疗废物管理条例\n- 制定机构:蚌埠市人民代表大会常务委员会\n蚌埠市医疗废物管理条例\n' + BODY + '\n'), ['title 蚌埠市医疗废物管理条例']);
});

test('fresh pages (round 33): a field\'s value under its bracketed label in a list of fields (- [ 索引号 ] / - 1150…), and a numbered figure\'s caption (图2 …), are no titles; a law\'s title under an empty 【法规类别】 still is', () => {
  assert.deepEqual(outlineOf('- [ 索引号 ]\n- 11500112009315877L/2025-00122\n- [ 发布机构 ]\n- 渝北区政府办公室\n重庆市渝北区人民政府办公室关于印发行动计划的通知\n' + BODY + '\n'), ['title 重庆市渝北区人民政府办公室关于印发行动计划的通知']);
  assert.deepEqual(outlineOf(BODY + '\n图2 成君主任做重点人群结核病防治策略报告\n' + BODY2 + '\n'), []);
  assert.deepEqual(outlineOf('【发布日期】 2006-09-11\n【法规类别】\n上海市卫生局关于2006年8月法定报告传染病疫情通报\n' + BODY + '\n'), ['title 上海市卫生局关于2006年8月法定报告传染病疫情通报']);
});

test('fresh pages (round 36): a paper\'s e-edition buttons (本期发布:, 通版阅读请点击:, 展开通版), a site\'s IPv6 banner and a site named …在线 printed as a masthead are no titles', () => {
  assert.deepEqual(outlineOf('天水在线天水在线\n 您所在的位置:首页>>医疗卫生>>正文\n天水市政协副主席带队督办重点提案\n\n' + BODY + '\n'), ['title 天水市政协副主席带队督办重点提案']);
  assert.deepEqual(outlineOf('本站支持IPv6访问\n\n延安市卫健委来我市考察健康榆林建设工作\n\n' + BODY + '\n'), ['title 延安市卫健委来我市考察健康榆林建设工作']);
  assert.deepEqual(outlineOf('通版阅读请点击:\n展开通版\n收缩通版\n当前版:02版\n本期发布:\n宝鸡市政协视察公共卫生服务体系建设\n  本报讯(实习记者 刘楠)7月22日，' + BODY + '\n'), ['title 宝鸡市政协视察公共卫生服务体系建设']);
});

test('fresh pages (rounds 33–36): a post\'s reading-time line, a document site\'s summary label, a journal\'s name over its issue, an electronic paper\'s masthead and a source-time field are no titles', () => {
  assert.deepEqual(outlineOf('本篇文章616字,读完约2分钟\n\n首届全球健康发展海峡论坛在厦门举行\n\n' + BODY + '\n'), ['title 首届全球健康发展海峡论坛在厦门举行']);
  assert.deepEqual(outlineOf('文档摘要近视防控工作方案\n' + BODY + '\n'), []);
  assert.deepEqual(outlineOf('中国全科医学 2013年28期\n\n家庭医生签约服务与医保支付方式改革的思考\n\n' + BODY + '\n').slice(0, 1), ['title 家庭医生签约服务与医保支付方式改革的思考']);
  assert.deepEqual(outlineOf('广东卫生健康电子报\n\n全省妇幼健康工作电视电话会议召开\n\n来源时间为:2024-5-7\n\n' + BODY + '\n'), ['title 全省妇幼健康工作电视电话会议召开']);
});

test('fresh pages (rounds 22–32): a column label printed twice, a follow prompt, a journal\'s issue with its running number and a correspondent\'s byline are no titles', () => {
  assert.deepEqual(outlineOf('月夜之伤月夜之伤\n成都:长护险累计享受待遇人数达20.82万人\n\n' + BODY + '\n'), ['title 成都:长护险累计享受待遇人数达20.82万人']);
  assert.deepEqual(outlineOf('微信关注官方微信\n\n' + BODY + '\n'), []);
  assert.deepEqual(outlineOf('第06期(总第555)\n\n' + BODY + '\n'), []);
  assert.deepEqual(outlineOf('极目新闻通讯员 鲁舰\n\n' + BODY + '\n'), []);
});

test('fresh pages (round 37): a part\'s name after a colon or a 、 (第一部分：部门概况, as final accounts print them); a reference listing parts (第一、二部分) is none', () => {
  assert.deepEqual(outlineOf(['梧州市卫生健康委员会2024年度部门决算', '', '第一部分：部门概况', '一、本部门职责', BODY, '第二部分:部门决算情况说明', '一、收入支出决算总体情况', BODY2, '第三部分、名词解释', BODY].join('\n')), [
    'title 梧州市卫生健康委员会2024年度部门决算',
    '  part 第一部分：部门概况',
    '    chinese-numeral 一、本部门职责',
    '  part 第二部分:部门决算情况说明',
    '    chinese-numeral 一、收入支出决算总体情况',
    '  part 第三部分、名词解释',
  ]);
  assert.ok(!outlineOf(`${BODY}\n第二部分：\n${BODY2}`).some((l) => l.includes('第二部分')));
  assert.ok(!outlineOf(`${BODY}\n第一部分、第二部分的内容由各单位填报。\n${BODY2}`).some((l) => l.includes('部分')));
});

test('fresh pages (round 37): a number closed by a bracket that was never opened (一）, 1)) is its bracketed family\'s marker, so a series whose first marker lost its bracket is kept', () => {
  assert.deepEqual(outlineOf(['一、主要职能', '', '一)实施全市传染病预防控制。', '', '(二)负责突发公共卫生事件的报告。', '', '二、机构设置', '', '1）第一项工作内容', '2）第二项工作内容', BODY].join('\n')), [
    'chinese-numeral 一、主要职能',
    '  paren-chinese 一)实施全市传染病预防控制',
    '  paren-chinese (二)负责突发公共卫生事件的报告',
    'chinese-numeral 二、机构设置',
    '  paren-arabic 1）第一项工作内容',
    '  paren-arabic 2）第二项工作内容',
  ]);
});

test('fresh pages (round 37): a table of contents\' label (目录) is no part of the title over it; an image\'s file name (晋安1.webp) is no headline', () => {
  assert.deepEqual(outlineOf(['2023年度鄂尔多斯市卫生健康委员会部门决算公开', '目录', '第一部分 部门概况', BODY].join('\n')), ['title 2023年度鄂尔多斯市卫生健康委员会部门决算公开', '  part 第一部分 部门概况']);
  assert.deepEqual(outlineOf(['晋安区', '', '晋安1.webp', '', BODY].join('\n')), []);
});

test('fresh pages (round 37): a leading group over its notice\'s subject is the title\'s issuer (…工作领导小组 / 关于印发…的通知)', () => {
  assert.deepEqual(outlineOf(['重庆市万州区人口与计划生育工作领导小组', '关于印发重庆市万州区贯彻落实积极生育支持措施工作方案的通知', '', '各镇乡街道：', BODY, '', '一、总体要求', BODY2].join('\n')), [
    'title 重庆市万州区人口与计划生育工作领导小组关于印发重庆市万州区贯彻落实积极生育支持措施工作方案的通知',
    '  chinese-numeral 一、总体要求',
  ]);
});

test('fresh pages (round 37): a column\'s label between a headline and its dateline (民生, 东莞+, 创始人) is no second line of the headline', () => {
  assert.deepEqual(outlineOf(['雷海潮:完善生育支持政策体系 加快建设生育友好型社会', '民生', '2024-11-09 09:37', '', BODY].join('\n')), ['title 雷海潮:完善生育支持政策体系 加快建设生育友好型社会']);
  assert.deepEqual(outlineOf(['虎门镇主要领导调研卫生健康工作', '东莞+', '2021-03-02 10:11:12', '', BODY].join('\n')), ['title 虎门镇主要领导调研卫生健康工作']);
});

test('fresh pages (round 37): a font-size toolbar under a title (放大字体 缩小字体 发布日期:…) is no part of it', () => {
  assert.deepEqual(outlineOf(['当前位置: 首页 » 资讯 » 正文', '', '西藏已基本形成藏医药“六位一体”发展新格局', '', '放大字体  缩小字体 发布日期:2022-10-18', '', BODY].join('\n')), ['title 西藏已基本形成藏医药“六位一体”发展新格局']);
});

test('fresh pages (round 38): a dateline alone under a headline stands between it and its text as a byline does; a headline about a meeting (…召开…推进会) is no organisation\'s name; a notice\'s signature over its date stays no headline', () => {
  assert.deepEqual(outlineOf(['望城区卫健系统召开纪检监察工作推进会', '', '2023-07-18', '', BODY].join('\n')), ['title 望城区卫健系统召开纪检监察工作推进会']);
  assert.deepEqual(outlineOf(['关于组织基本公共卫生服务工作检查的通知', '', '一、检查内容', '', BODY, '', '南通市通州区卫生健康委员会', '', '2023年5月10日', '', '抄送:区财政局,各镇人民政府。'].join('\n')), [
    'title 关于组织基本公共卫生服务工作检查的通知',
    '  chinese-numeral 一、检查内容',
  ]);
});

test('fresh pages (round 38): a headline\'s main line that a ——subtitle follows is the title\'s, even when it ends as a body\'s name does (…在儿院)', () => {
  assert.deepEqual(outlineOf(['警示教育在儿院', '', '——认真组织全院职工观看《医德医风警示录》', '', BODY].join('\n')), ['title 警示教育在儿院 ——认真组织全院职工观看《医德医风警示录》']);
});

test('fresh pages (round 42): a portal\'s photo placeholder, a document site\'s page labels and its signed-out avatar are no titles', () => {
  assert.deepEqual(outlineOf('县卫健局全力做好马拉松比赛医疗保障\n\n' + BODY + '\n\n打开网易新闻 查看精彩图片\n\n' + BODY + '\n'), ['title 县卫健局全力做好马拉松比赛医疗保障']);
  assert.deepEqual(outlineOf('国庆应急预案.doc_第1页\n国庆应急预案.doc_第2页\n\n' + BODY + '\n'), []);
  assert.deepEqual(outlineOf('打开APP\nuserphoto\n未登录\n\n国家神经疾病区域医疗中心落户河南\n\n' + BODY + '\n'), ['title 国家神经疾病区域医疗中心落户河南']);
});

test('fresh pages (round 43): a building\'s rendering or a map of sites under a photo (…效果图, …点位图) and a source field after a bar (来源|中国县域卫生) are no headlines', () => {
  assert.deepEqual(outlineOf('某区推进区域医疗中心建设\n\n' + BODY + '\n\n祝桥区域医疗中心效果图\n\n' + BODY + '\n\n回天社区卫生服务中心点位图\n\n' + BODY + '\n'), ['title 某区推进区域医疗中心建设']);
  assert.deepEqual(outlineOf('某县推进医共体建设\n\n' + BODY + '\n\n记者|安晓双\n\n来源|中国县域卫生\n\n' + BODY + '\n'), ['title 某县推进医共体建设']);
});

test('fresh pages (round 42): a paper\'s line of the leaders who attended under its headline (刘南昌安伟出席) does not hide the headline', () => {
  assert.deepEqual(outlineOf('首页 > 新闻\n\n我市庆祝第二个“中国医师节”颁奖礼举行\n\n刘南昌安伟出席\n来源: 发布日期:2019-08-19\n\n' + BODY + '\n'), ['title 我市庆祝第二个“中国医师节”颁奖礼举行']);
});

test('fresh pages (round 44): 一：and 一: number a section as 一、 does, where the heading\'s text follows at once; 三：一 is a score', () => {
  assert.deepEqual(outlineOf('关于冬季取暖的通告\n\n一：增强安全取暖意识\n\n' + BODY + '\n\n二:注重科学安全取暖\n\n1.炭火取暖要通风\n\n' + BODY + '\n\n三：邻里提醒加强防范\n\n' + BODY + '\n'), [
    'title 关于冬季取暖的通告',
    '  chinese-numeral 一：增强安全取暖意识',
    '  chinese-numeral 二:注重科学安全取暖',
    '    arabic 1.炭火取暖要通风',
    '  chinese-numeral 三：邻里提醒加强防范',
  ]);
  assert.deepEqual(outlineOf(BODY + '\n三：一\n' + BODY + '\n'), []);
});

test('fresh pages (round 47): a photo\'s caption naming who speaks (州人民医院副院长姚群梅发言, 张健主任主持会议, 张义昌副主任做工作通报) or the scene (义诊现场) is no headline; a headline saying what was done is', () => {
  const text = '市卫健委召开2025年工作会议\n\n' + BODY + '\n\n张健主任主持会议\n\n' + BODY + '\n\n张义昌副主任做工作通报\n\n' + BODY + '\n\n州人民医院副院长姚群梅发言\n\n' + BODY + '\n\n义诊现场\n\n' + BODY + '\n';
  assert.deepEqual(outlineOf(text), ['title 市卫健委召开2025年工作会议']);
  assert.deepEqual(outlineOf('首页 > 要闻\n\n市委书记李明主持召开市委常委会会议\n\n' + BODY + '\n'), ['title 市委书记李明主持召开市委常委会会议']);
});

test('fresh pages (round 50): an item whose text opens with a date (1、1月31日全天停诊; 1.1月3日，召开…) is an item, not a list of months or a decimal; 3、4月份 stays a list', () => {
  assert.deepEqual(outlineOf('一、门诊安排\n1、1月31日全天停诊；\n2、2月3日门诊按周日排班；\n3、门诊全天开诊。\n二、工作动态\n1.1月3日，召开全院警示教育大会。\n2.1月8日，开展廉洁从业专项检查。\n' + BODY + '\n'), [
    'chinese-numeral 一、门诊安排',
    '  arabic 1、1月31日全天停诊；',
    '  arabic 2、2月3日门诊按周日排班；',
    '  arabic 3、门诊全天开诊',
    'chinese-numeral 二、工作动态',
    '  arabic 1.1月3日，召开全院警示教育大会',
    '  arabic 2.1月8日，开展廉洁从业专项检查',
  ]);
  assert.deepEqual(outlineOf('一、工作安排\n3、4月份开展培训，5、6月份完成考核。\n1.1 编制目的\n' + BODY + '\n'), ['chinese-numeral 一、工作安排', '  decimal-2 1.1 编制目的']);
});

test('fresh pages (round 51): captions of who speaks with 同志 or a report they make (…会长刘玉芹同志讲话, …副会长李长明同志做专题报告, 副局长逄洪海作工作报告), a screenshot\'s or a photo\'s credit, an editor\'s byline and a portal\'s photo prompt are no headings', () => {
  const text = '市卫健委召开2025年工作会议\n\n' + BODY + '\n\n省卫生厅巡视员、省医师协会会长刘玉芹同志讲话\n\n' + BODY + '\n\n中国社区卫生服务协会副会长李长明同志做专题报告\n\n' + BODY + '\n\n副局长逄洪海作工作报告\n\n' + BODY + '\n\n湖北省卫健委网站截图\n\n' + BODY + '\n\n张定宇 图自湖北日报\n\n' + BODY + '\n';
  assert.deepEqual(outlineOf(text), ['title 市卫健委召开2025年工作会议']);
  assert.deepEqual(outlineOf('每经编辑:周宇翔\n\n打开网易新闻 查看更多图片\n\n市委书记李明主持召开市委常委会会议\n\n' + BODY + '\n'), ['title 市委书记李明主持召开市委常委会会议']);
});

test('fresh pages (round 50): a label in square brackets before a headline, as portals print a source or a column ([辽宁日报]…, [要闻]…), is left out of the title as 【】 is; a document number in brackets opens none', () => {
  assert.deepEqual(outlineOf('[辽宁日报]我省对26家放射卫生技术服务机构开展随机抽查\n\n' + BODY + '\n'), ['title 我省对26家放射卫生技术服务机构开展随机抽查']);
  assert.deepEqual(outlineOf('[要闻]山西1集体3个人荣获全国援外医疗工作先进称号\n本篇文章286字,读完约1分钟\n' + BODY + '\n'), ['title 山西1集体3个人荣获全国援外医疗工作先进称号']);
});

test('fresh pages (round 54, emergency plans): a plan\'s top section whose name opens with a measure\'s character (2组织体系与职责, 4批准程序) is a section, not a count of 组 or 批; 3组人员 stays a count', () => {
  assert.deepEqual(outlineOf('1总则\n1.1编制目的\n' + BODY + '\n2组织体系与职责\n2.1领导机构\n' + BODY + '\n3组人员轮班值守。\n'), [
    'arabic 1总则',
    '  decimal-2 1.1编制目的',
    'arabic 2组织体系与职责',
    '  decimal-2 2.1领导机构',
  ]);
});

test('fresh pages (round 55, leaders\' visits): a reposted article\'s own title under the repost\'s (原标题:…) is a copy of it, and so is a headline printed again right under itself', () => {
  assert.deepEqual(outlineOf(`评论\n\n省卫生健康委调研组赴安顺市调研督导卫生健康工作\n\n原标题:省卫生健康委调研组赴安顺市调研督导卫生健康工作\n\n${BODY}\n`), ['headline 省卫生健康委调研组赴安顺市调研督导卫生健康工作']);
  assert.deepEqual(outlineOf(`原标题:莆田市上消化道肿瘤高危人群筛查项目启动\n\n${BODY}\n`).length, 1);
});

test('fresh pages (round 56): a site\'s greeting or breadcrumb with commas, a paper\'s masthead with its date, a site and its channel, a back button after a counter and a view counter run into a field are no titles; the headline under them is', () => {
  assert.deepEqual(outlineOf(`您好,欢迎访问某省中医药研究院官方网站!\n${BODY}\n`), []);
  assert.deepEqual(outlineOf(`欢迎访问晋城市卫生健康委员会网站! 收藏本站 | 设为首页 |\n\n当前位置:首页 >> 工作动态\n晋城市卫生健康委员会2026年新年贺词\n发布时间:2026/01/01\n\n${BODY}\n`), ['title 晋城市卫生健康委员会2026年新年贺词']);
  assert.deepEqual(outlineOf(`甘孜日报 2023年05月30日\n\n${BODY}\n`), []);
  assert.deepEqual(outlineOf(`海阔中文网-中医\n首页 --> 中医信息\n\n辽宁开展中药制剂调剂使用临床需求评估\n\n${BODY}\n`), ['title 辽宁开展中药制剂调剂使用临床需求评估']);
  assert.deepEqual(outlineOf(`更新时间:2022-05-18 15:15:28\n10155来源:磐安县人民政府\n${BODY}\n`), []);
  assert.deepEqual(outlineOf(`[[一、工作情况]]\n${BODY}\n2024-06-22 198 返回列表\n`.replace(/\[\[|\]\]/g, '')), ['chinese-numeral 一、工作情况']);
});

test('fresh pages (rounds 55–57): a WeChat article\'s section badge alone on its line over its head (一 / 组织机构, 1 / 什么是健康申报?, 02 / 要巩固成果) is the section; a table flattened one cell to a line is none', () => {
  assert.deepEqual(outlineOf(`关于开展健康科普作品征集活动的通知\n\n现将有关事项通知如下：\n一\n组织机构\n（一）主办单位\n${BODY}\n二\n作品推荐主题\n${BODY2}\n`), [
    'title 关于开展健康科普作品征集活动的通知',
    '  chinese-numeral 一 组织机构',
    '    paren-chinese （一）主办单位',
    '  chinese-numeral 二 作品推荐主题',
  ]);
  assert.deepEqual(outlineOf(`[[一、入境须知]]\n${BODY}\n1\n什么是健康申报?\n${BODY2}\n2\n申报途径有哪些?\n${BODY}\n`.replace(/\[\[|\]\]/g, '')), [
    'chinese-numeral 一、入境须知',
    '  arabic 1 什么是健康申报?',
    '  arabic 2 申报途径有哪些?',
  ]);
  assert.deepEqual(outlineOf(`[[一、人员名单]]\n${BODY}\n1\n张三\n男\n2\n李四\n女\n`.replace(/\[\[|\]\]/g, '')), ['chinese-numeral 一、人员名单']);
});

test('fresh pages (round 60): a body\'s budget and final accounts are titles at the top (…2024年度部门决算), not a site\'s category (财政预算、决算); an index number, a contact block, a post\'s age, a site\'s channel, a menu\'s dashed items and a library\'s name are no titles, nor halves of one', () => {
  assert.deepEqual(outlineOf(`-\n索引号000014348/2020-03082\n-\n发布机构：蒙自市财政局\n蒙自市某卫生院2019年度部门决算\n目录\n第一部分 单位概况\n一、主要职能\n${BODY}\n`), [
    'title 蒙自市某卫生院2019年度部门决算',
    '  part 第一部分 单位概况',
    '    chinese-numeral 一、主要职能',
  ]);
  assert.deepEqual(outlineOf(`• 体裁分类\n• 财政预算、决算\n${BODY}\n`), []);
  assert.deepEqual(outlineOf(`地址:广州市越秀区大沙头路东四巷16号四楼\n电话:020-87301042 传真:020-87301043\nEmail:office@example.org\n国医大师某某逝世\n${LEAD}\n`), ['title 国医大师某某逝世']);
  assert.deepEqual(outlineOf(`平遥县卫计部门切实做好信访维稳工作\n黄河新闻网晋中频道\n4小时前\n${LEAD}\n`), ['title 平遥县卫计部门切实做好信访维稳工作']);
  assert.deepEqual(outlineOf(`杉山镇政医校联动织密安全网 防溺水教育进校园\n\n[来源:华声在线]\n\n${LEAD}\n`), ['title 杉山镇政医校联动织密安全网 防溺水教育进校园']);
  assert.deepEqual(outlineOf(`- 政策解读\n- 经济发展\n- 社会发展\n二、人口和计划生育事业发展取得重要进展\n${BODY}\n`), ['chinese-numeral 二、人口和计划生育事业发展取得重要进展']);
  assert.deepEqual(outlineOf(`国务院关于印发国家人口发展规划的通知 中华文库\n${BODY}\n`), []);
});

test('fresh pages (round 61): a page\'s counter read as a phrase (100次浏览), a portal\'s field (所属地区:…) and an uploader\'s name with its date are no titles, and the headline over them is the title', () => {
  assert.deepEqual(outlineOf(`泸州:全年重点实施医药健康产业项目57个\n\n100次浏览     发布时间:2025-03-26 06:45:34\n${LEAD}\n`), ['title 全年重点实施医药健康产业项目57个']);
  assert.deepEqual(outlineOf(`光泽县七大重点项目集中开工 打造生态与产业融合新标杆\n招商项目\n所属地区:福建-南平-光泽县\n${BODY}\n`), ['title 光泽县七大重点项目集中开工 打造生态与产业融合新标杆']);
  assert.deepEqual(outlineOf(`全域共享李时珍品牌 黄冈发力千亿大健康产业\n\n wupin 2019-10-31\n\n${LEAD}\n`), ['title 全域共享李时珍品牌 黄冈发力千亿大健康产业']);
});

test('fresh pages (round 62): a marker alone on its line over its head (一、 / 加强组织领导), or over a run-in head that ends with its full stop (一、 / 高度重视，有效防控。各地区…), is a section, also right under the title; its 、 makes no clause of a list', () => {
  assert.deepEqual(outlineOf(`关于做好甲型流感防控工作的通知\n一、\n加强组织领导\n${BODY}\n二、\n强化监测报告\n${BODY2}\n`), [
    'title 关于做好甲型流感防控工作的通知',
    '  chinese-numeral 一、 加强组织领导',
    '  chinese-numeral 二、 强化监测报告',
  ]);
  assert.deepEqual(outlineOf(`${BODY}\n一、\n高度重视，有效防控。${BODY}\n二、\n切实做好重大活动疫情防控工作。${BODY2}\n`), [
    'chinese-numeral 一、 高度重视，有效防控',
    'chinese-numeral 二、 切实做好重大活动疫情防控工作',
  ]);
});

test('fresh pages (round 63): a news app\'s reporter line under a headline (极目新闻记者 孙婷婷) is its byline, no second line of it; a column\'s label is no part of a headline\'s length (【全球速看料】…)', () => {
  assert.deepEqual(outlineOf(`武汉东西湖区开通直达协和东西湖医院公交车\n极目新闻记者 孙婷婷\n${LEAD}\n`), ['title 武汉东西湖区开通直达协和东西湖医院公交车']);
  assert.deepEqual(outlineOf(`就医直达无需中转!武汉东西湖区开通直达协和东西湖医院公交车\n极目新闻记者 孙婷婷\n${LEAD}\n`), ['title 就医直达无需中转!武汉东西湖区开通直达协和东西湖医院公交车']);
  assert.deepEqual(outlineOf(`市卫健委慰问新闻记者\n\n${LEAD}\n`), ['headline 市卫健委慰问新闻记者']);
});

test('fresh pages (round 65): a statistics table\'s lines are no headings: its caption (表8 …), its column heads (年末数  比重(%)), and rows that end in their cells, numbered, marked # or plain (1.工资性收入 34640 5.2, # 市区 86.08  57.9, 60岁及以上人口 16.07  10.8)', () => {
  const page = [
    '[[某县2007年国民经济和社会发展统计公报]]',
    '',
    '[[十、人口、人民生活和社会保障]]',
    '',
    BODY,
    '',
    '表8     2007年人口数及其构成',
    '',
    ' 年末数  比重(%) ',
    '',
    '# 市区 86.08  57.9   ',
    '',
    '18-59岁人口 101.19  68.0',
    '',
    '60岁及以上人口 16.07  10.8',
    '',
    '1.工资性收入 34640 5.2 38796 4.0',
    '2.经营净收入 11630 6.3 11203 5.7',
    '',
    BODY2,
  ].join('\n');
  check(page, ['title 某县2007年国民经济和社会发展统计公报', '  chinese-numeral 十、人口、人民生活和社会保障']);
});

test('fresh pages (round 65): page debris around a title stays out of it: a site\'s IPv6 badge, a section (新闻中心), a date bar a script fills (今天是:), a repost\'s header, where a post came from (信息来源自:), a policy page\'s contact fields, a lead-in (本文导读:) and an audit notice\'s number alone under its title', () => {
  const body = '根据审计发现的问题，县医疗保障局高度重视，立即组织整改，现将整改情况报告如下。';
  for (const above of ['网站支持IPV6', '新闻中心', '今天是:', '政策咨询机关: 暂无 政策咨询电话: 暂无', 'The following article is from 八点健闻 Author 王晨']) {
    check(`${above}\n\n[[关于某县2019年度医疗保险基金审计发现问题整改情况的报告]]\n\n${body}`, ['title 关于某县2019年度医疗保险基金审计发现问题整改情况的报告']);
  }
  for (const below of ['信息来源自: 结核病防治科', '本文导读:某县2019年度医疗保险基金审计结果', '2017年第4号 (二0一七年十一月二十九日公告)', '(2020年第9号)']) {
    check(`[[某县2019年度医疗保险基金审计结果]]\n${below}\n\n${body}`, ['title 某县2019年度医疗保险基金审计结果']);
  }
  // A title that opens with the notice's number is still the title.
  check(`[[2017年第1号公告:医疗保险基金审计结果(2017年1月24日)]]\n\n${body}`, ['title 2017年第1号公告:医疗保险基金审计结果(2017年1月24日)']);
});

test('fresh pages (round 66): a page that bullets its sections (• 一、工作开展情况, • （二）…) has them as numbered heads; a bulleted 1. stays a list\'s item', () => {
  check(`[[某县2023年两癌筛查工作总结]]\n\n  • [[一、工作开展情况]]\n\n${BODY}\n\n  • [[二、存在问题]]\n\n${BODY2}\n\n  • 1.5亿元投入\n`, [
    'title 某县2023年两癌筛查工作总结',
    '  chinese-numeral 一、工作开展情况',
    '  chinese-numeral 二、存在问题',
  ]);
});

test('fresh pages (round 66): a lesson of a school\'s day (第三节课后，…) is no section; 第二节 监测方法 is one', () => {
  check(`[[某校2024年预防接种工作总结]]\n\n第三节课后，学生排队接种疫苗，校医全程观察，未发现异常反应，家长普遍满意。\n\n[[第二节 监测方法]]\n\n${BODY}`, [
    'title 某校2024年预防接种工作总结',
    '  section 第二节 监测方法',
  ]);
});

test('fresh pages (round 67): an item whose text opens with a long number (2、12320的性质是什么?) is numbered; 3、4月份 and 2、9名 stay none', () => {
  check(`[[12320卫生热线问答]]\n\n[[1、为什么要启用12320]]?\n\n${BODY}\n\n[[2、12320的性质是什么]]?\n\n${BODY2}\n\n[[3、12320有哪些功能]]?\n\n${BODY}\n\n3、4月份为流感高发期，请注意防护。\n`, [
    'title 12320卫生热线问答',
    '  arabic 1、为什么要启用12320',
    '  arabic 2、12320的性质是什么',
    '  arabic 3、12320有哪些功能',
  ]);
});

test('fresh pages (round 67): a headline with its dateline and source after it on the line (…推进会 2022-03-10 17:59:45  来源:…) is the title, without them', () => {
  check(`[[淄博市卫生健康委召开政务服务便民热线工作推进会]] 2022-03-10 17:59:45  来源:淄博市卫生健康委员会\n\n${BODY}\n\n${BODY2}\n`, ['title 淄博市卫生健康委召开政务服务便民热线工作推进会']);
});

test('fresh pages (round 67): a site\'s column over the title (工作动态, 院务公开), a breadcrumb after 首页—— and a 正在阅读: line stay out of the title', () => {
  check(`工作动态\n[[全市结核病防治工作会暨结核分枝杆菌潜伏感染筛查与干预培训会召开]]\n结防科\n浏览量:\n295\n${BODY}\n`, ['title 全市结核病防治工作会暨结核分枝杆菌潜伏感染筛查与干预培训会召开']);
  check(`院务公开\n[[苍南县人民医院2024年春节放假通知]]\n\n${BODY}\n\n${BODY2}\n`, ['title 苍南县人民医院2024年春节放假通知']);
  check(`首页——正文 分享\n[[三亚中心医院举办2022-2023年实习生毕业典礼暨表彰大会]]\n2023年05月31日 16:30 来源:三亚中心医院\n\n${BODY}\n`, ['title 三亚中心医院举办2022-2023年实习生毕业典礼暨表彰大会']);
  check(`正在阅读:加强口腔教育宣传,助力大众口腔健康水平提升\n首页> 专题频道> 2023全国爱牙日 > 正文\n\n[[加强口腔教育宣传,助力大众口腔健康水平提升]]\n\n来源:光明网2023-09-20 12:00\n\n${BODY}\n`, ['title 加强口腔教育宣传,助力大众口腔健康水平提升']);
});

test('fresh pages (round 68): a news headline of up to forty characters is the title (第九批国家组织药品集采41种药品采购成功,拟中选药品平均降价58%: 33 characters, over the 32 read before)', () => {
  check(`[[第九批国家组织药品集采41种药品采购成功,拟中选药品平均降价58%]]\n\n11月27日，第九批国家组织药品集采产生拟中选结果，41种药品采购成功，预计每年可节省费用182亿元。\n`, ['title 第九批国家组织药品集采41种药品采购成功,拟中选药品平均降价58%']);
  check(`温馨提示:\n当前位置:首页>健康教育 >健康主题 >突发公共卫生事件 返回上一页\n\n[[巴中市举行新冠肺炎疫情应急演练]]\n\n${BODY}\n`, ['title 巴中市举行新冠肺炎疫情应急演练']);
});

test('fresh pages (round 69): a repost\'s label (转载), a page\'s counters (0 评论, 9614 阅读) and a metadata field with its label spaced out (索 引 号 …) are page debris', () => {
  check(`[[汉中市深化健康细胞示范建设工作]]\n转载\n0916u.com于 2018/12/11 22:30:15 发布\n9614 阅读\n0 评论\n0 点赞\n${BODY}\n`, ['title 汉中市深化健康细胞示范建设工作']);
  check(`部门文件\n索 引 号 11152200011634252W/2024-00004 主题分类 卫生、体育\n索 引 号 11152200011634252W/2024-00004\n\n[[关于命名2023年度兴安盟健康单位的通知]]\n\n${BODY}\n`, ['title 关于命名2023年度兴安盟健康单位的通知']);
});

test('fresh pages (round 68): items numbered with the Chinese full stop (1。对发现…) are numbered items', () => {
  check(`[[某社区老年人健康管理服务规范]]\n\n[[1。对发现已确诊的原发性高血压患者开展健康管理]]。\n\n[[2。对患有其他疾病的应及时治疗或转诊]]。\n\n${BODY}\n`, [
    'title 某社区老年人健康管理服务规范',
    '  arabic 1。对发现已确诊的原发性高血压患者开展健康管理',
    '  arabic 2。对患有其他疾病的应及时治疗或转诊',
  ]);
});

test('fresh pages (round 70): a page\'s field label before its title (标题: …, 标 题: …) is left out of it, and a line that repeats the title is no second half of it', () => {
  check(`标题: [[十堰孕产妇和新生儿死亡评审会在我县召开]]\n\n${BODY}\n`, ['title 十堰孕产妇和新生儿死亡评审会在我县召开']);
  check(`标 题: [[某市召开老年友善医疗机构建设工作推进会]]\n某市召开老年友善医疗机构建设工作推进会\n\n${BODY}\n`, ['title 某市召开老年友善医疗机构建设工作推进会']);
});

test('fresh pages (round 70): a site\'s follow buttons (微信公众号, 微信视频号), a journal site\'s search box (文章快速检索 高级检索) and a disclaimer\'s label (风险提示及免责条款) are page debris, no titles or heads', () => {
  check(`微信公众号\n微信视频号\n\n${BODY}\n`, []);
  check(`文章快速检索 高级检索\n\n[[某院医院感染现患率调查结果分析]]\n\n${BODY}\n\n风险提示及免责条款\n\n${BODY2}\n`, ['title 某院医院感染现患率调查结果分析']);
});

test('fresh pages (round 71): a page\'s counter (浏览:133665 次), a source (稿源:), a form\'s dates and summary (公文生成日期:, 废止日期:, 内容概述:) and a site\'s member box stay out of the title', () => {
  const body = '今年10月是我国第14个“敬老月”，市卫健局组织志愿者走进社区，为老年人提供健康咨询和义诊服务。';
  for (const above of ['• 公文生成日期:2023-12-07', '- 内容概述: 公布2025年健康村(社区)建设优秀案例的通知', '  • 废止日期: 时  效 性:有效有效']) {
    check(`${above}\n\n[[某市卫健局组织开展敬老月主题宣传志愿服务活动]]\n\n${body}`, ['title 某市卫健局组织开展敬老月主题宣传志愿服务活动']);
  }
  // Under a site's member box the headline is the page's one heading (the box made it no heading, or the page none).
  const box = ['您好,欢迎! 隐身 | 商务中心 | 资金0 | 积分0 | 退出', '用户名:  密 码:  注册 忘记密码?'];
  for (const above of [box[0], box[1], box.join('\n')]) {
    const text = `${above}\n\n某市卫健局组织开展敬老月主题宣传志愿服务活动\n\n${body}`;
    assert.deepEqual(flattenOutline(findOutline(text)).map((n) => n.name), ['某市卫健局组织开展敬老月主题宣传志愿服务活动'], above);
  }
  for (const below of ['浏览:133665 次 发布时间:2023-10-18 11:12', '稿源:津滨网   编辑:严玉霞   2022-09-14 13:04']) {
    check(`[[某市卫健局组织开展敬老月主题宣传志愿服务活动]]\n\n${below}\n\n${body}`, ['title 某市卫健局组织开展敬老月主题宣传志愿服务活动']);
  }
  // A headline that starts with 浏览 or 稿 as a word of its own is still one.
  check(`[[浏览器安全使用指南发布]]\n\n${body}`, ['title 浏览器安全使用指南发布']);
});

test('fresh pages (round 72): a journal article\'s fields (DOI:, 中图分类号:), a photo\'s credit (图片来源:), an e-paper\'s word count, a byline after a bar (界面新闻记者 | 张倩楠) and a shop\'s buttons (我的足迹) are no headings', () => {
  const body = '公共卫生医师处方权是疾控体系改革的重点任务，也是创新医防融合机制的重要举措，可以进一步提升基层防治能力。';
  for (const above of ['DOI:10.3969/j.issn.1674-2982.2025.06.004\n中图分类号:R197', '图片来源:界面图库\n\n界面新闻记者 | 张倩楠\n\n界面新闻编辑 | 刘海川', '购物车\n我的足迹', '合集下载', '扫描二维码 关注公众号', '掃描二維碼隨身看資訊', '语音播报: 语音播报', '原文如下:', 'News Center']) {
    const text = `${above}\n\n某县2025年医防融合工作总结\n\n${body}`;
    assert.deepEqual(flattenOutline(findOutline(text)).map((n) => n.name), ['某县2025年医防融合工作总结'], above);
  }
  for (const below of ['文章字数:426', '摘要: 力争居民健康指标超省均-新闻频道-和讯网']) {
    check(`[[某县2025年医防融合工作总结]]\n${below}\n\n${body}`, ['title 某县2025年医防融合工作总结']);
  }
});

test('fresh pages (round 73): a repost\'s 原标题: line that repeats the title is its copy, with the page\'s date and place lines between', () => {
  const body = '武汉晚报讯（记者 黄琪）为提高市民健康素养，市卫生健康委员会联合报业集团打造健康科普大型系列活动，每月举行一场。';
  check(`[[“健康大家谈”请来权威专家科普健康知识]]\n\n日期:04-06\n武汉市\n\n原标题:“健康大家谈”请来权威专家科普健康知识\n\n${body}`, ['title “健康大家谈”请来权威专家科普健康知识']);
});

test('fresh pages (round 74): an article that opens with the name of one of China\'s bodies (第二条中华医学会是…, 第三条中国医院协会…) is an article; 第十二条中的 stays a reference', () => {
  assert.deepEqual(
    outlineOf(['第一章 总则', '第一条 本会名称为中华医学会。', '第二条中华医学会是中国医学科学技术工作者自愿组成的学术性社会组织。', '第三条中国医院协会是本会的团体会员。', '第十二条中的规定由理事会解释。'].join('\n')),
    ['chapter 第一章 总则', '  article 第一条 本会名称为中华医学会', '  article 第二条 中华医学会是中国医学科学技术工作…', '  article 第三条 中国医院协会是本会的团体会员'],
  );
});

test('fresh pages (round 74): a chapter alone on its line over its first article (第一章 / 第一条…) is a chapter named by its marker, no line lost', () => {
  assert.deepEqual(
    outlineOf(['某市卫生健康信用信息管理办法', '', '      第一章   ', '', '第一条为规范和促进全省医疗卫生领域信用信息管理，制定本办法。', '', '第二章', '', '总则', '', '第二条 信用信息包括基础信息。'].join('\n')),
    ['title 某市卫生健康信用信息管理办法', '  chapter 第一章', '    article 第一条 为规范和促进全省医疗卫生领域信用…', '  chapter 第二章 总则', '    article 第二条 信用信息包括基础信息'],
  );
});

test('fresh pages (round 74): a document that numbers on across its chapters (四、 under 第二章 after 三、 under 第一章) keeps the items; a number carried from no sibling heading is not (a page\'s chunk 2、 after a chapter its text runs into)', () => {
  assert.deepEqual(
    outlineOf(['某县人民政府工作规则', '', '第一章 总则', '', '一、适用范围', '', '二、基本原则', '', '三、职责分工', '', '第二章 组成', '', '四、县政府由县长、副县长组成', '', '五、县政府实行县长负责制'].join('\n')),
    ['title 某县人民政府工作规则', '  chapter 第一章 总则', '    chinese-numeral 一、适用范围', '    chinese-numeral 二、基本原则', '    chinese-numeral 三、职责分工', '  chapter 第二章 组成', '    chinese-numeral 四、县政府由县长、副县长组成', '    chinese-numeral 五、县政府实行县长负责制'],
  );
  assert.ok(!outlineOf(['1、1某协会分支机构管理办法第一章 总 则第一条 为了加强本会分支机构的管理，制定本办法。', '2、为:“某协会 分会”或“某协会 专业委员会”，两者属性相同，均适用本办法；'].join('\n')).some((l) => l.includes('2、')));
});

test('fresh pages (round 75): question marks where a page\'s indent could not be encoded (??? 一、總體要求) are the indent', () => {
  assert.deepEqual(
    outlineOf(['??? 为加强医保基金监管，省医保局决定开展飞行检查，现将有关事项通知如下。', '??? 一、总体要求', '??? 坚持问题导向，实现全覆盖。', '??? 二、检查对象', '??? (一)检查范围', '??? 全省定点医药机构。'].join('\n')),
    ['chinese-numeral 一、总体要求', 'chinese-numeral 二、检查对象', '  paren-chinese (一)检查范围'],
  );
});

test('fresh pages (round 78): question marks run into a line\'s first word (??第一條為建立…) are the indent a page could not encode', () => {
  assert.deepEqual(
    outlineOf(['结算办法', '', '第一章总则', '??第一條為建立基本醫療保險醫療費用的控制機制，制定本辦法。', '??第二條基本醫療保險參保人下稱參保人。', '?第三條建立全市基本醫療保險統籌基金。'].join('\n')).filter((l) => l.includes('條')),
    ['  article 第一條 為建立基本醫療保險醫療費用的控制…', '  article 第二條 基本醫療保險參保人下稱參保人', '  article 第三條 建立全市基本醫療保險統籌基金'],
  );
});

test('fresh pages (round 78): a paper\'s title over its authors and their affiliation is the page\'s title, under the journal\'s issue line', () => {
  assert.deepEqual(
    outlineOf(['中国卫生政策研究  2017, Vol. 10 Issue (9): 1-7   PDF', '医保支付方式改革实践与启示——基于卫十一项目探索', '张朝阳1, 潘伟1, 朱坤2, 池延花1', '1. 国家卫生计生委项目资金监管服务中心 北京 100044;', '摘要:医保支付方式改革是我国医疗卫生体制改革的重要内容，本文回顾了改革的演变。'].join('\n')),
    ['title 医保支付方式改革实践与启示——基于卫十一项目探索'],
  );
  assert.deepEqual(
    outlineOf(['李大奇 范玉改', '中国中医科学院广安门医院 北京 100053', '·医疗保障·', '新农合支付方式改革的案例分析', '李大奇 范玉改', '中国中医科学院广安门医院 北京 100053', '随着我国基本医保制度的全覆盖，医疗费用呈现快速增长趋势，对医疗费用的控制越来越重要。'].join('\n')),
    ['title 新农合支付方式改革的案例分析'],
  );
});

test('fresh pages (round 78): a page printed as a table\'s cells keeps its title, the bar after a blank being the cell\'s border; a marked row keeps it and stays no heading', () => {
  assert.deepEqual(
    outlineOf(['念好“强、活、稳”三字经 |', '| |', '摘 要: | 正年初召开的全国基层卫生工作会议,明确了基层卫生工作路线图。'].join('\n')),
    ['title 念好“强、活、稳”三字经'],
  );
  assert.ok(!outlineOf(['一、本年新收政府信息公开申请数量 |', '1 |', '0 |'].join('\n')).some((l) => l.includes('申请数量')));
});

test('fresh pages (round 79): a news app\'s banner (新京报客户端 / 立即打开) and a mirror\'s toolbar (CNML格式】 【打 印】) are the page\'s debris, over its headline', () => {
  assert.deepEqual(
    outlineOf(['新京报客户端', '', '好新闻 无止境', '', '立即打开', '2700万新农合基金被挪用', '新京报', '2011-02-17 02:46', '', '   本报讯 (记者杨华云)国家审计署对新型农村合作医疗的首次审计发现有2700多万基金被挪用。'].join('\n')).slice(0, 1),
    ['title 2700万新农合基金被挪用'],
  );
  assert.deepEqual(
    outlineOf(['CNML格式】 【 】 【打 印】 ', '审计署:医保基金审计整改率达到97%', 'http://www.CRNTT.com   2017-12-23 17:07:08', '', '', '  中评社北京12月23日电/审计署审计长23日说，对于全国医疗保险基金的问题，相关地方已经整改。'].join('\n')),
    ['title 审计署:医保基金审计整改率达到97%'],
  );
});

test('fresh pages (round 79): a headline over its source and date, the source first (辽宁日报  2019-06-21 09:54:11, 《工人日报》(2014年08月17日 03版)), is the page\'s title, and the source line no heading', () => {
  assert.deepEqual(outlineOf(['分享', '', '辽宁援冈比亚医疗队第三批队员启程', '辽宁日报  2019-06-21 09:54:11', '', '  6月20日，中国(辽宁)援冈比亚医疗队第三批队员启程赴冈比亚，接替第二批队员。'].join('\n')), ['title 辽宁援冈比亚医疗队第三批队员启程']);
  assert.deepEqual(outlineOf(['我国第一批援特医疗队出征', '《工人日报》(2014年08月17日 03版)', '', '2014年8月6日，中国第一批援特立尼达和多巴哥医疗队从首都机场出发，执行援外任务。'].join('\n')), ['title 我国第一批援特医疗队出征']);
});

test('fresh pages (round 79): a site\'s notice on a page under review (信息未审核或下架中,…仅管理员可见) is no title', () => {
  assert.deepEqual(outlineOf(['信息未审核或下架中,当前页面为预览效果,仅管理员可见', '', '  4月8日，福建省卫生健康委在漳州市举行中国(福建)第20批援塞内加尔医疗队出征仪式。'].join('\n')), []);
});

test('fresh pages (round 79): a title of seven characters over the page\'s metadata is its title (我为党旗添光彩 / 时间:…来源:…)', () => {
  assert.deepEqual(outlineOf(['我为党旗添光彩', '', '时间:2019-10-29来源:盐城市中心血站作者:孙玉娟', '', '  10月28日，盐城市建湖县医院党委组织全院党员干部开展无偿献血活动。'].join('\n')), ['title 我为党旗添光彩']);
});

test('fresh pages (round 80): a masthead with its date alone (国家人文历史 2023-03-02) and a law database\'s fields without colons (发文日期2023年08月01日, 时效性现行有效) are no titles', () => {
  assert.deepEqual(outlineOf(['国家人文历史 2023-03-02', '2023年2月28日是第16个国际罕见病日，今年的主题是分享你的生命色彩。'].join('\n')), []);
  assert.deepEqual(outlineOf(['发文日期2023年08月01日', '时效性现行有效', '', '  为进一步加强罕见病管理，提高罕见病诊疗水平，现就有关工作通知如下。'].join('\n')), []);
});

test('fresh pages (round 80): photos numbered under their captions (1.图为…) are no sections', () => {
  assert.deepEqual(outlineOf(['我院召开迎接等级医院评审冲刺动员会', '', '2014-05-15 09:53南宁市第二人民医院', '', '1.图为李建民院长对迎评工作进行部署', '', '2.图为评审会现场', '', '  近日，我院召开迎接等级医院评审冲刺动员会，全院中层以上干部参加会议。'].join('\n')), ['title 我院召开迎接等级医院评审冲刺动员会']);
});

test('fresh pages (round 82): a Chinese numeral in 【】 at a line\'s start numbers a section, as （一） and 〔一〕 do (【一】放苗时间); 【1】 is a reference', () => {
  assert.deepEqual(outlineOf(['【一】放苗时间', '每周一至周五上午8:00-11:30。', '【二】放苗门诊', '社区卫生服务中心预防接种门诊。'].join('\n')), ['paren-chinese 【一】放苗时间', 'paren-chinese 【二】放苗门诊']);
});

test('fresh pages (round 84): a half-bracketed item whose text opens with a year is an item (一)2025年收支总表), as 1.2023年9月起… is', () => {
  assert.deepEqual(
    outlineOf(['2025年部门预算', '', '一、部门概况', '一)2025年收支总表', '二)2025年收入总表', '三)艾滋病防治项目', '二、预算说明'].join('\n')),
    ['title 2025年部门预算', '  chinese-numeral 一、部门概况', '    paren-chinese 一)2025年收支总表', '    paren-chinese 二)2025年收入总表', '    paren-chinese 三)艾滋病防治项目', '  chinese-numeral 二、预算说明'],
  );
});

test('fresh pages (round 85): a post\'s 发布来源 field, a directory\'s 别名 field and a journal page\'s 引用本文 widget are no headings', () => {
  assert.deepEqual(
    outlineOf(['乌拉特前旗人民医院积极参加安宁疗护试点培训', '', '发布来源:乌拉特前旗人民医院   发布时间:2021-04-19 10:02:20', '', '4月12日,医院组织相关负责人参加培训。'].join('\n')),
    ['title 乌拉特前旗人民医院积极参加安宁疗护试点培训'],
  );
  assert.deepEqual(outlineOf(['引用本文 [复制中英文]', '', '全国细菌耐药监测网. 细菌耐药性监测报告[J]. 中国感染控制杂志, 2021, 20(1): 15-31.'].join('\n')), []);
  assert.ok(!outlineOf(['别名:暨南大学第二临床医学院、南方科技大学第一附属医院', '深圳市人民医院宁养院成立于2001年3月21日。'].join('\n')).some((h) => h.includes('别名')));
});

test('fresh pages (round 87): a metadata line that opens a bracket and never closes it is metadata (【来源: | 发布日期:…): the title above it was lost', () => {
  assert.deepEqual(
    outlineOf(['当前位置: 首页 > 湖南省麻醉质控中心 > 正文', '', '国家麻醉专业质控中心2024年工作会议在北京召开', '', '【来源: | 发布日期:2024-04-29 | 点击数:', '', '2024年4月25日,国家麻醉质控中心在北京召开工作会议。'].join('\n')),
    ['title 国家麻醉专业质控中心2024年工作会议在北京召开'],
  );
});

test('fresh pages (round 92): a news headline with a comma right above a whole paragraph on one line is the title (“送医下乡”义诊,助力中医药文化传播 had no outline); a quotation, a question of a Q&A and a list of keywords stay out', () => {
  const body = '正值《中医药法》实施六周年之际,为传播中医药健康文化,提高乡村民众健康素养,镜湖区卫健委邀请医学专家赴方村卫生院开展义诊活动。';
  assert.deepEqual(outlineOf(['“送医下乡”义诊,助力中医药文化传播', body].join('\n')), ['title “送医下乡”义诊,助力中医药文化传播']);
  assert.deepEqual(outlineOf(['“啥?!她不是在城里大银行工作吗?”', body].join('\n')), []);
  assert.deepEqual(outlineOf(['问:如果错过一次医师考核怎么办?有什么后果?', body].join('\n')), []);
  assert.deepEqual(outlineOf(['计生,医疗卫生,公共卫生', body].join('\n')), []);
  // A paragraph broken by a PDF's lines, its lines of one width, is no headline over its second line.
  assert.deepEqual(outlineOf(['近年来,镜湖区卫健委不定期组织名医义诊、中医药知识宣传等医学健康活动,将优质的医疗资源下沉基层', '助力基层医疗质量高质量发展,将中医药文化传播至远,助力中医药事业振兴发展。'].join('\n')), []);
});

test('fresh pages (round 103): a page\'s widgets are no headings: a WeChat footer (平台调整了推送规则, 点击关注…, 关注“…”微信公众号), a byline after its paper (21世纪经济报道记者 闫硕), a video placeholder, markup left in the text (1. <dl id=…>), a menu\'s zoom buttons and 首页English', () => {
  const body = '近日,市医保局印发通知,将中医日间病房纳入医保支付范围,参保患者白天治疗、晚上回家,费用按住院待遇报销。';
  assert.deepEqual(outlineOf(['21世纪经济报道记者 闫硕', body].join('\n')), []);
  assert.deepEqual(outlineOf(['点击关注👉 北京大妈有话说', '白天住院晚上回家,医保能报销', body].join('\n')), ['title 白天住院晚上回家,医保能报销']);
  assert.deepEqual(outlineOf([body, '', '平台调整了推送规则', '并点击文末 “在看” 与 “点赞”', '关注“健康青岛”微信公众号'].join('\n')), []);
  assert.deepEqual(outlineOf(['视频播放位置', '下载安装Flash播放器', '四、社区卫生', body].join('\n')), ['chinese-numeral 四、社区卫生']);
  assert.deepEqual(outlineOf(["<code id='bPrfk9'></code>", "1. <dl id='bPrfk9'></dl>", '', '华西厦门医院获批国家区域医疗中心试点项目', '', body].join('\n')), ['headline 华西厦门医院获批国家区域医疗中心试点项目']);
  assert.deepEqual(outlineOf(['首页English', '返回目录  放大缩小全文复制', '流动人口将均等享受基本公共卫生服务', body].join('\n')), ['title 流动人口将均等享受基本公共卫生服务']);
});

test('fresh pages (round 103): a dateline without its year but with its time (10-15 10:38:45 来源:视界网) says the line above is the page\'s title, which may hold an exclamation (提醒!…); a body\'s name right under a headline is its writer, no title', () => {
  const body = '近日,渝中区疾控中心发布通知,辖区首针人用狂犬病疫苗接种点有调整,市民可就近前往接种。';
  assert.deepEqual(outlineOf(['首页 > 重庆 > 正文', '提醒!渝中区首针人用狂犬病疫苗接种点有调整', '10-15 10:38:45 来源:视界网', body].join('\n')), ['title 提醒!渝中区首针人用狂犬病疫苗接种点有调整']);
  assert.ok(!outlineOf(['什么是医保电子凭证?如何激活电子凭证?', '河南省医疗保障服务中心', '09-15 10:29', body].join('\n')).some((s) => s.includes('河南省医疗保障服务中心')));
});

test('fresh pages (round 103): a feed\'s source or column before a bar is no part of the title (新华社|我国将设置…, 述评|…), as a label in 【】 is not', () => {
  const body = '近日,国家卫生健康委印发通知,决定设置五个国家儿童区域医疗中心,以儿童医院为主体,带动区域儿科服务能力提升。';
  assert.deepEqual(outlineOf(['新华社|我国将设置五个国家儿童区域医疗中心', '', body].join('\n')), ['title 我国将设置五个国家儿童区域医疗中心']);
  assert.deepEqual(outlineOf(['党史|一村一名大学生村医', '', body].join('\n')), ['title 一村一名大学生村医']);
});

test('fresh pages (round 104): a document site\'s file name at the top is the document\'s title without its extension (…绩效评价报告.docx, …自评表.xlsx); a title printed twice is one title, not the two joined', () => {
  const body = '根据区财政局要求,我局对2022年度计划生育服务项目开展了绩效自评,现将有关情况报告如下。';
  assert.deepEqual(outlineOf(['2022年度道里区计划生育服务项目绩效自评报告.docx', body].join('\n')), ['title 2022年度道里区计划生育服务项目绩效自评报告']);
  assert.deepEqual(outlineOf(['5f2d0d46e4b0bde55fbb4bf0.jpg', body].join('\n')), []);
  assert.deepEqual(outlineOf(['绵阳医疗服务价格修订部分.PDF', '', '绵阳医疗服务价格修订部分', '', body].join('\n')), ['title 绵阳医疗服务价格修订部分']);
  assert.deepEqual(outlineOf(['三省八市共话区域精神卫生工作', '', '三省八市共话区域精神卫生工作', '', body].join('\n')), ['title 三省八市共话区域精神卫生工作']);
});

test('fresh pages (round 104): a site\'s buttons in a numbered list are no items (1. 获取 高清版本忘记账户?点击这里登录)', () => {
  const body = '截至2022年底,全国中医医院数量达到4779家,占全国医院总数的13.0%,基层中医馆实现全覆盖。';
  assert.deepEqual(outlineOf(['  1. 获取 高清版本忘记账户?点击这里登录', '  1. 下载图表忘记账户?点击这里登录', body].join('\n')), []);
});

test('fresh pages (round 104): a status field\'s value is a word of a few characters, so the title under "时  效:" is the page\'s title, no value of it; a short value under it stays the field\'s', () => {
  const body = '根据省财政厅要求,我委组织开展了2020年度绩效评价工作,现将有关情况报告如下。';
  const meta = '发布日期:2021-12-31 14:04:40 浏览次数:';
  assert.deepEqual(outlineOf(['时  效:', '2020年江苏省计划生育奖励扶助补助专项资金政策绩效评价报告', meta, '', '一、项目情况', body].join('\n')), [
    'title 2020年江苏省计划生育奖励扶助补助专项资金政策绩效评价报告',
    '  chinese-numeral 一、项目情况',
  ]);
  assert.ok(!outlineOf(['时  效:', '现行有效', meta, '', '一、项目情况', body].join('\n')).some((s) => s.includes('现行有效')));
});

test('fresh pages (round 107): a journal\'s citation line over a paper is debris, and the paper\'s title under it is found by its authors, or by their affiliation with a postal code starting 0 (山西太原 030001)', () => {
  const abstract = '摘要:目的:探索学习投入、专业承诺对农村订单定向医学生核心能力的影响,为提升基层卫生人才队伍的质量提供理论依据。';
  const cite = '中国卫生政策研究  2024, Vol. 17 Issue (5): 57-63   DOI: 10.3969/j.issn.1674-2982.2024.05.008   PDF';
  assert.deepEqual(outlineOf([cite, '学习投入对农村订单定向医学生核心能力的影响及专业承诺的调节作用', '谢媛, 刘浩, 连婷慧, 田亚艳, 李建涛', '山西医科大学管理学院 山西太原 030001', abstract].join('\n')), [
    'title 学习投入对农村订单定向医学生核心能力的影响及专业承诺的调节作用',
  ]);
  assert.deepEqual(outlineOf(['Nursing Science', 'Vol. 12  No. 04 ( 2023 ), Article ID: 70604 , 9 pages', '', '社区居家老年人网约护理服务需求现状及影响因素研究', '', '彭湃,王冰倩,罗伟潇,肖娟*', '', abstract].join('\n')), [
    'title 社区居家老年人网约护理服务需求现状及影响因素研究',
  ]);
});

test('fresh pages (round 108): a breadcrumb of two steps or more at the top is debris however long, and the title under it is found (中医药资源库 > 全国动态> 专家共谋…)', () => {
  const title = '专家共谋中医药适宜技术基层推广应用!第六届基层中医药高质量发展学术交流会在京举行';
  assert.deepEqual(outlineOf(['中医药资源库 > 全国动态> 专家共谋中医药适宜技术基层推广应用!第六届基层中医药高质量发展', title, '2025-09-25发布 | 29浏览 | 上传者:平台上传 | 格式:图文', '', '9月21日,第六届基层中医药高质量发展学术交流会在北京国家会议中心举行。'].join('\n')), [
    `title ${title}`,
  ]);
});

test('fresh pages (round 108): numbered lines of a page\'s markup at the top (3. <dl id="h4sia"></dl>) are its debris and do not end the top, so the title under them is found', () => {
  const title = '“十四五”我国将大力发展中医药老年健康服务';
  assert.deepEqual(outlineOf(['    3. <dl id="h4sia"></dl>', '    4. <rp id="h4sia"><option id="h4sia"></option></rp>', '', '        关闭', `        ${title}`, '        发表时间:2022-03-02来源:新华社', '', '新华社北京3月2日电(记者 田晓航)国家卫生健康委等15部门联合印发规划。'].join('\n')), [
    `title ${title}`,
  ]);
});

test('fresh pages (round 108): a post\'s writer and its day (Admin - admin 于2022年01月22日发表) are debris, no second line of the title', () => {
  assert.deepEqual(outlineOf(['上海市公立医疗机构病人满意度调查出炉', '', 'Admin - admin 于2022年01月22日发表', '', '日前，上海市卫生健康委公布了本市公立医疗机构病人满意度调查结果。'].join('\n')), [
    'title 上海市公立医疗机构病人满意度调查出炉',
  ]);
});

test('fresh pages (round 107): a numbered item after a blank inside a heading\'s line starts its first child ((一)健康学校 1.组织管理), and the items run into later lines follow it (…工作。 2.环境建设)', () => {
  assert.deepEqual(outlineOf('三、建设内容 (一)健康学校 1.组织管理\n(1)建立健全组织机构。\n(2)制定相关工作制度。 2.环境建设\n(1)校园环境优美。'), [
    'chinese-numeral 三、建设内容',
    '  paren-chinese (一)健康学校',
    '    arabic 1.组织管理',
    '      paren-arabic (1)建立健全组织机构',
    '      paren-arabic (2)制定相关工作制度',
    '    arabic 2.环境建设',
    '      paren-arabic (1)校园环境优美',
  ]);
  // Without a blank, a number inside a head may be the head's own (…总结1.规范…).
  assert.ok(outlineOf('工作方案\n\n(一)健康学校1.组织管理\n(1)建立健全组织机构。').some((s) => s.includes('健康学校1.组织管理')));
});

test('fresh pages (round 109): a question asked of a document\'s kind (那么 / 具体怎么规划) is a line of a post\'s text, no title', () => {
  const body = '据了解,县人民医院住院综合楼改扩建EPC项目总建筑面积约5万平方米,设置床位600张。';
  assert.deepEqual(outlineOf(['县人民医院住院综合楼改扩建EPC项目奠基开工', '', body, '', '那么', '', '具体怎么规划', '', '我们一起往下看', '', body].join('\n')), [
    'title 县人民医院住院综合楼改扩建EPC项目奠基开工',
  ]);
});

test('fresh pages (round 109): an e-paper\'s buttons and page label in short (昨天 明天 上版 下版 版面概览, A04版:新闻) and a feed\'s summary label (AI导读:) are debris', () => {
  const lead = '中新网西宁3月6日电(记者孙睿)青海省医保局6日对外发布,已在4个统筹地区上线即时结算。';
  assert.deepEqual(outlineOf(['青海医保基金即时结算上线,提升服务效率', 'AI导读:', lead].join('\n')), ['title 青海医保基金即时结算上线,提升服务效率']);
  assert.deepEqual(outlineOf(['  昨天 明天 上版 下版   版面概览', ' A04版:新闻 新闻列表', '', lead].join('\n')), []);
});

test('fresh pages (round 110): a photo\'s caption of a scene may name its place at length (路桥区蓬街镇卫生院工作现场): no headline', () => {
  const body = '近日，路桥区蓬街镇卫生院迎接优质服务基层行活动省级复核，专家组对照标准逐项检查。';
  assert.deepEqual(outlineOf(['路桥区蓬街镇卫生院通过省级复核', '', body, '', '路桥区蓬街镇卫生院工作现场', '', body].join('\n')), ['title 路桥区蓬街镇卫生院通过省级复核']);
});

test('fresh pages (round 111): a share button run into the title (转播到腾讯微博…), a document site\'s download notices and an editor\'s image placeholder (from clipboard) are debris', () => {
  const body = '为提升突发公共卫生事件应急处置能力，市卫健委于近日组织开展了公共卫生事件应急演练。';
  assert.deepEqual(outlineOf(['转播到腾讯微博', '首府开展公共卫生事件应急演练', '', body].join('\n')), ['title 首府开展公共卫生事件应急演练']);
  assert.deepEqual(outlineOf(['下载后只包含 1 个 DOC 格式的文档,没有任何的图纸或源代码,查看文件列表', '', '如果您已付费下载过本站文档,您可以点这里二次下载', '', body].join('\n')), []);
});

test('fresh pages (round 113): a lead\'s label alone on its line (导语, 核心提示) is debris, and the headline above it is the title (480家医疗机构1264家药店!… had no outline; 导语 was read into a title)', () => {
  const body = '记者从市医保局获悉，全市各级医疗机构已经实现医保卡通用，参保人员可持卡就医。';
  assert.deepEqual(outlineOf(['480家医疗机构1264家药店!你的医保卡全嘉兴通用', '导语', body].join('\n')), ['title 480家医疗机构1264家药店!你的医保卡全嘉兴通用']);
  assert.deepEqual(outlineOf(['医保卡全市通用你的就医更方便', '导语', body].join('\n')), ['title 医保卡全市通用你的就医更方便']);
});

test('fresh pages (round 113): a page\'s reading counter named 总阅读数 and a forum\'s furniture (查看: 736|回复: 0, [复制链接], 本版积分规则) are debris, no title', () => {
  const body = '31日，全省第27个爱国卫生月宣传活动在漳正式启动，省市区各爱卫会成员单位摆摊设点，向市民分发宣传资料。';
  assert.deepEqual(outlineOf(['作者:戴晓静 摘自:中国芗城', '总阅读数:54 发布时间:2015-04-14', body].join('\n')), []);
  assert.deepEqual(outlineOf(['查看: 736|回复: 0', '', body, '', '本版积分规则', '', ''].join('\n')), []);
});

test('fresh pages (round 119): a title a blank line below a row of fields whose last is empty (生效日期: 废止日期:) is the title, no value of that field (4 pages had no title)', () => {
  const body = '我委在2026年1月14日对你单位进行校验审查时发现，你单位不能提供消防主管部门出具的合格意见书。';
  assert.deepEqual(outlineOf(['索引号: 11341823MB1566401C/202601-00015 组配分类: 结果信息', '生效日期: 废止日期:', '', '青阳康庆中医院暂缓校验通知书', '', '来源:青阳县卫生健康委员会 发布时间:2026-01-22 15:51', '', body].join('\n')), ['title 青阳康庆中医院暂缓校验通知书']);
});

test('fresh pages (round 119): a title a blank line below a bulleted list of fields (• 文号:) is no value of the last field: the list has ended', () => {
  const body = '2025年，区卫生健康局坚持以习近平法治思想为指导，深入推进法治政府建设，各项工作取得积极成效。';
  assert.deepEqual(outlineOf(['  • 成文日期:2026-01-06', '  • 有效性/截止日期:', '  • 文号:', '', '环翠区卫生健康局2025年度法治政府建设情况报告', '', '时间:2026/01/06 14:10:49 来源:威海市环翠区卫生健康局', '', body].join('\n')), ['title 环翠区卫生健康局2025年度法治政府建设情况报告']);
});

test('fresh pages (round 119): an e-paper\'s navigation labels (版面导航, 标题导航) and its front page\'s name (头版) are debris', () => {
  const body = '据新华社北京1月9日电 记者9日从公安部获悉，2020年各地公安机关侦破涉医刑事案件数量同比下降近三成。';
  assert.deepEqual(outlineOf(['版面导航', '', '第01版', '头版', '', '标题导航', '2020年涉医刑事案件同比下降近三成', '', body].join('\n')), ['title 2020年涉医刑事案件同比下降近三成']);
});

test('fresh pages (round 126): sections numbered by a label as 亮点一： is (方向一：, 任务二：, 经验一：) are headings; the label without a colon after its number (任务一项) starts none', () => {
  assert.deepEqual(outlineOf(['一、建设项目', '方向一:聚焦恶性肿瘤等重大疾病', '方向二:聚焦罕见病', '二、申报要求', '任务一项为监测。'].join('\n')), [
    'chinese-numeral 一、建设项目', 'highlight 方向一:聚焦恶性肿瘤等重大疾病', 'highlight 方向二:聚焦罕见病', 'chinese-numeral 二、申报要求',
  ]);
});

test('fresh pages (round 127): a short notice of what to bring and do (病历复印须知) is the title', () => {
  assert.deepEqual(outlineOf(['信息公开', '', '病历复印须知', '', '', '一、申请病历复印的合法人员如下:', '', '二、病历复印必须向医院提供以下相关材料'].join('\n')), [
    'title 病历复印须知', '  chinese-numeral 一、申请病历复印的合法人员如下', '  chinese-numeral 二、病历复印必须向医院提供以下相关材料',
  ]);
});

test('fresh pages (round 125): a post\'s sections under padded badges (01, 02 alone over their heads) hold the 1. 2. of their steps, and follow one another whatever ends the section before (a head with no text, a picture\'s caption)', () => {
  assert.deepEqual(outlineOf(['如何帮老人、儿童激活医保电子凭证?', '', '01', '', '国家医保服务平台APP', '', '02', '支付宝', '', '1.已激活本人医保码的参保人,打开支付宝。', '', '2.进入后点击中间的按钮。', '', '宣传海报2', '', '03', '', '河南医保', '', '通过支付宝进入小程序。'].join('\n')), [
    'title 如何帮老人、儿童激活医保电子凭证?', '  highlight 01 国家医保服务平台APP', '  highlight 02 支付宝', '    arabic 1.已激活本人医保码的参保人,打开支付宝', '    arabic 2.进入后点击中间的按钮', '  highlight 03 河南医保',
  ]);
  // The first, under a head of its own with no stop, when 02 follows.
  assert.deepEqual(outlineOf(['注意!莲都疾控提醒', '', '重点关注的传染病', '', '01', '', '呼吸道传染病', '', '流感、麻疹、风疹、腮腺炎、水痘、百日咳等疾病。', '', '02', '', '肠道传染病', '', '诺如病毒感染等疾病。'].join('\n')), [
    'title 注意!莲都疾控提醒', '  highlight 01 呼吸道传染病', '  highlight 02 肠道传染病',
  ]);
});

test('fresh pages (round 131): a site\'s menu with a footer\'s words at the top (央视网|视频|网站地图) under a one-line slogan ends nothing (the regulation\'s whole outline was lost)', () => {
  const outline = outlineOf(['弘扬雷锋精神 建设文明社会——公益路上,我们“雷”厉“锋”行', '央视网|视频|网站地图 |', '客服设为首页 |', '发布时间:2010年06月11日 10:30 | 来源:中国网络电视台', '脐带血造血干细胞库管理办法(试行)', '第一章 总 则', '第一条 为合理利用我国脐带血造血干细胞资源,特制定本管理办法。', '第二章 设置审批', '第五条 国务院卫生行政部门根据我国人口分布制定规划。'].join('\n'));
  assert.deepEqual(outline, [
    'title 脐带血造血干细胞库管理办法(试行)', '  chapter 第一章 总 则', '    article 第一条 为合理利用我国脐带血造血干细胞资…', '  chapter 第二章 设置审批', '    article 第五条 国务院卫生行政部门根据我国人口分…',
  ]);
});

test('fresh pages (round 134): a comment link (我来说两句, 发表评论) is debris, no title', () => {
  assert.deepEqual(outlineOf(['我来说两句', '', '武平县疾控中心志愿者开展灾后防病灭病工作', '', '7月12日，武平县疾控中心组织志愿者深入受灾乡镇开展消杀工作，共消杀面积5万平方米。'].join('\n')), ['title 武平县疾控中心志愿者开展灾后防病灭病工作']);
});

test('fresh pages (round 140): a whole number before 几, 余 or 多 is a rough count, no section (10几个城市疾控部门, 10多种菜肴); 1.3 多点执业 stays a section', () => {
  assert.deepEqual(outlineOf(['诺如病毒疫情通报', '', '10几个城市疾控部门', '', '近期全国多地出现疫情。', '', '1.3 多点执业如何重塑医疗体系'].join('\n')), ['title 诺如病毒疫情通报', '  decimal-2 1.3 多点执业如何重塑医疗体系']);
});

test('fresh pages (round 143): 发表日期 is a metadata field like 发表时间: a channel\'s label, the headline, then 发表日期: … 作者: and 来源: make the headline the title (the outline was empty)', () => {
  assert.deepEqual(outlineOf(['海原要闻', '', '海原县建设健康促进县顺利通过省级评估验收', '', '发表日期: 2021年04月30日 作者:', '来源:', '', '近日,自治区卫健委评审组深入海原县,通过听取汇报、查阅档案、现场评估验收等形式,对海原县建设健康促进县工作进行省级复审。'].join('\n')), ['title 海原县建设健康促进县顺利通过省级评估验收']);
});

test('fresh pages (round 146): 信息来自 is a metadata field like 来源: the headline with its ! over 信息来自:… 发布时间:… is the title (the outline was empty)', () => {
  assert.deepEqual(outlineOf(['再传捷报!我市1家医疗机构通过电子病历六级评审!3家医院通过五级评审!', '信息来自:市健康网 发布时间:2025-07-15 15:22:00 阅读量:8792次', '7月14日,国家卫生健康委公布了通过五级及以上医疗机构名单,我市共四家医疗机构上榜。'].join('\n')), ['title 再传捷报!我市1家医疗机构通过电子病历六级评审!3家医院通过五级评审!']);
});

test('fresh pages (round 146): a plan\'s title may open with its period in quotes (“十三五”全国人口健康信息化发展规划, issued under its notice, was no title)', () => {
  assert.deepEqual(outlineOf(['关于印发“十三五”全国人口健康信息化发展规划的通知', '', '各省、自治区、直辖市卫生计生委：', '', '现将规划印发给你们，请认真贯彻执行。', '', '国家卫生计生委', '', '2017年1月24日', '', '“十三五”全国人口健康信息化发展规划', '', '人口健康信息化是国家信息化建设的重要内容。', '', '一、发展基础'].join('\n')), [
    'title 关于印发“十三五”全国人口健康信息化发展规划的通知', 'title “十三五”全国人口健康信息化发展规划', '  chinese-numeral 一、发展基础',
  ]);
});

test('fresh pages (round 146): a post\'s badge over its head and a subtitle line, then the text, is a section (01 / 为何要筛查 / 早筛是抗癌关键 / …), as one over its head alone is', () => {
  assert.deepEqual(outlineOf(['两癌筛查项目正式启动!', '01', '为何要筛查', '早筛是抗癌关键', '宫颈癌和乳腺癌是威胁女性健康的两大高发恶性肿瘤，早期症状隐匿，极易被忽视。', '02', '筛查对象明确', '本轮免费筛查覆盖以下两类适龄妇女，需同时满足年龄及身份条件。', '03', '免费筛查包含哪些项目?', '套餐清单一览', '本次免费筛查提供完整检查套餐，涵盖两癌核心筛查项目。'].join('\n')), [
    'title 两癌筛查项目正式启动!', '  highlight 01 为何要筛查', '  highlight 02 筛查对象明确', '  highlight 03 免费筛查包含哪些项目?',
  ]);
});

test('fresh pages (round 146): a list of bodies, one name to a paragraph, holds no headline (深圳市儿童医院 / 四川省医学科学院(四川省人民医院) under the names before them were one)', () => {
  assert.deepEqual(outlineOf(['这家医院通过国家七级评审!电子病历高评级医院结果公示', '', '通过五级评审的医院名单如下。', '', '南昌大学第一附属医院', '', '广州市中西医结合医院', '', '深圳市儿童医院', '', '四川省医学科学院(四川省人民医院)', '', '据健康界梳理,北京大学人民医院等82家医院获评电子病历五级。'].join('\n')), [
    'title 这家医院通过国家七级评审!电子病历高评级医院结果公示',
  ]);
});

test('fresh pages (round 146): a PDF\'s paragraph wrapped at the page\'s width, a blank line between its lines, has no headline in its first line', () => {
  assert.deepEqual(outlineOf(['2023年我国卫生健康事业发展统计公报', '', '2023年全国卫生健康系统坚决贯彻习近平总书记重要', '', '指示批示精神,认真落实党中央、国务院决策部署,深入推', '', '进健康中国建设,不断优化卫生资源配置,持续提升医疗卫', '', '生服务能力和基本公共卫生服务保障水平。', '', '一、卫生资源'].join('\n')), [
    'title 2023年我国卫生健康事业发展统计公报', '  chinese-numeral 一、卫生资源',
  ]);
});

test('fresh pages (round 146): a paper\'s headline of three lines over its dateline, its kicker holding a comma, is the title (the outline was empty); a short question over a title is none of it', () => {
  assert.deepEqual(outlineOf(['落实农村公共卫生妇幼项目,3年“两癌”筛查目标人群9.1万人次', '桓台:“两癌”发病率大幅下降', '“两癌”筛查工作走在全国前列', '2018年01月18日  来源:齐鲁晚报', '“两癌”指乳腺癌和宫颈癌,是女性发病率最高的两类恶性疾病,国家从2009年开始实施农村妇女“两癌”检查项目。'].join('\n')), [
    'title 落实农村公共卫生妇幼项目,3年“两癌”筛查目标人群9.1万人次 桓台:“两癌”发病率大幅下降 “两癌”筛查工作走在全国前列',
  ]);
  assert.deepEqual(outlineOf(['您访问的链接即将离开“广东省卫生健康委员会门户网站”', '是否继续?', '关于确定广东省人民医院等8家医院为三级甲等医院的公示', '时间:2022-10-08 10:22:48 来源:本网', '根据《医疗机构管理条例》，我委组织专家对8家医院进行评审，结果均达到标准，现予以公示。'].join('\n')), [
    'title 关于确定广东省人民医院等8家医院为三级甲等医院的公示',
  ]);
});

test('fresh pages (round 146): a page\'s summary over its headline, repeated by the article\'s first paragraph, leaves the headline the title (the outline was empty)', () => {
  assert.deepEqual(outlineOf(['在刚刚结束的2025年湖南省住院医师规范化培训临床技能竞赛中,南华医院代表队凭借扎实的临床基础斩获多项佳绩。', '南华医院在湖南省首届住院医师规范化培训临床技能竞赛中斩获多项佳绩', '初冬雁城,群英荟萃。在刚刚结束的2025年湖南省住院医师规范化培训临床技能竞赛中,南华医院代表队凭借扎实的临床基础斩获多项佳绩。'].join('\n')), [
    'title 南华医院在湖南省首届住院医师规范化培训临床技能竞赛中斩获多项佳绩',
  ]);
});

test('fresh pages (round 147): a notice\'s title reposted without 关于 and 的通知 may open with 印发 (印发遏制微生物耐药国家行动计划(2022-2025年) over its addressees was no title); 印发： and 印发日期 lines stay none', () => {
  assert.deepEqual(outlineOf(['印发遏制微生物耐药国家行动计划(2022-2025年)', '各省、自治区、直辖市卫生健康委:', '为积极应对微生物耐药带来的挑战，现将行动计划印发给你们，请认真组织实施。'].join('\n')), ['title 印发遏制微生物耐药国家行动计划(2022-2025年)']);
  assert.deepEqual(outlineOf(['某市卫生健康委员会关于开展专项检查的通知', '', '各区卫生健康局：现将有关事项通知如下，请认真贯彻执行。', '', '印发日期：2024年3月1日'].join('\n')), ['title 某市卫生健康委员会关于开展专项检查的通知']);
});

test('fresh pages (round 147): a photo\'s caption ending in its photographer in brackets (新闻发布会现场(黄玉婷 摄)) is no second line of the headline above it', () => {
  assert.deepEqual(outlineOf(['江西省医保基金监管工作情况新闻发布会在南昌举行', '', '新闻发布会现场(黄玉婷 摄)', '', '12月9日,江西省政府新闻办、省医疗保障局联合召开江西省医保基金监管工作情况新闻发布会,介绍有关情况。'].join('\n')), ['title 江西省医保基金监管工作情况新闻发布会在南昌举行']);
});

test('fresh pages (round 148): a title ending in its edition (操作手册(2023版)) is a title, while a paper\'s source line with its page ((2024年04月23日 第 03 版)) stays debris', () => {
  assert.deepEqual(outlineOf(['国家三级公立医院绩效考核操作手册(2023版)', '2023-03-02 17:21质量控制部', '国卫办医政函〔2023〕49号', '各省卫生健康委:', '为深入贯彻落实要求,现印发给你们,请遵照执行。'].join('\n')), ['title 国家三级公立医院绩效考核操作手册(2023版)']);
  assert.deepEqual(outlineOf(['家庭病床:生病在家“住院”', '', '健康时报记者 赵萌萌 《 健康时报 》( 2024年04月23日   第 03 版)', '', '4月15日,六里屯社区卫生服务中心的医生上午看完所有的家庭病床患者,回医院的路上讨论病情。'].join('\n')), ['title 家庭病床:生病在家“住院”']);
});

test('fresh pages (round 148): a news headline a repost cut short with an ellipsis (…首次迈进前50...) is the page\'s title; a video player\'s placeholder (视频加载中,请稍候...) is none', () => {
  assert.deepEqual(outlineOf(['全国三级公立医院“国考”放榜!华西跌出前3,省医院首次迈进前50...', '', '来自:Shiny | 2022-07-11 16:18:05', '', '7月7日下午,国家卫健委召开三级公立医院绩效考核工作视频会议,正式发布考核结果。'].join('\n')), ['title 全国三级公立医院“国考”放榜!华西跌出前3,省医院首次迈进前50...']);
  assert.deepEqual(outlineOf(['视频加载中,请稍候...', '', '  7月16日,陕西神木。46岁的患者贾某突发肾功能衰竭,在镇卫生院治疗后,急需转院到市医院进行血液透析治疗。'].join('\n')), []);
});

test('fresh pages (round 148): a paper\'s headline of three lines right over its news lead (我市启动春季爱国卫生月活动 / 城乡整洁行动 / 改善卫生条件 / 晨报讯…) is one title, not its last line; a column\'s label apart over a headline joins none', () => {
  assert.deepEqual(outlineOf(['我市启动春季爱国卫生月活动', '城乡整洁行动', '改善卫生条件', '晨报讯(记者 徐舒帆 通讯员 李红艳)日前,市爱卫会办公室发出通知,在全市范围内开展春季爱国卫生月活动。'].join('\n')), ['title 我市启动春季爱国卫生月活动 城乡整洁行动 改善卫生条件']);
});

test('fresh pages (round 148): a line that a paragraph goes on from with 前后, or 以来, (第34个“世界艾滋病日” / 前后,县疾控中心…) is a sentence broken by the page, no headline', () => {
  const outline = outlineOf(['定边县疾病预防控制中心开展2021年“世界艾滋病日”系列宣传活动', '', '12月1日上午,县疾控中心联合县人民医院在县医院门诊部开展艾滋病防治知识宣传,现场进行自愿咨询检测。', '', '第34个“世界艾滋病日”', '', '前后,县疾控中心充分利用新媒体,通过发送短信、推送朋友圈消息、公众号等形式进行大众人群宣传。'].join('\n'));
  assert.deepEqual(outline, ['title 定边县疾病预防控制中心开展2021年“世界艾滋病日”系列宣传活动']);
});

test('fresh pages (round 148): a site\'s label in Latin letters (Workflow) is no title, and a headline over its source and date joined by a dot (人民日报·2025-10-17 08:34) is the page\'s title', () => {
  assert.deepEqual(outlineOf(['Workflow', '从“签约无感”到多方式互动 家庭医生如何更好发挥作用?', '人民日报·2025-10-17 08:34', '', '今年7月,国家卫生健康委等部门印发措施,提出要提升签约服务感受度,各地积极探索。'].join('\n')), ['title 从“签约无感”到多方式互动 家庭医生如何更好发挥作用?']);
});

test('fresh pages (round 149): a site\'s address before the dateline (www.fjsen.com 2021-04-23 08:50:00 来源:…) makes it the page\'s metadata, so the line above is its title though a caption follows', () => {
  assert.deepEqual(outlineOf(['宁德市卫健委开展老龄健康工作专题调研', '', 'www.fjsen.com 2021-04-23 08:50:00 来源:宁德卫健网    我来说两句', '', '蕉城区金溪社区座谈', '', '4月20日,市卫健委丁伟武副主任带队到福安、蕉城开展全国示范性老年友好型社区创建工作专题调研。'].join('\n')), ['title 宁德市卫健委开展老龄健康工作专题调研']);
});

test('fresh pages (round 149): a table row\'s empty cells after the border, bars run together (…传染病疫情信息 | ||||||||), are no part of a title', () => {
  assert.deepEqual(outlineOf(['上海首次以季报年报形式发布传染病疫情信息 | ||||||||', '', 'http://www.sina.com.cn 2005年04月08日15:43 新华网 | ||||||||', '', '同时公布的首期“年报”显示,本市无甲类传染病报告,乙类传染病共报告18种48822例。 | ||||||||'].join('\n')), ['title 上海首次以季报年报形式发布传染病疫情信息']);
});

test('fresh pages (round 149): a heading whose text opens with a five-year plan\'s period (二、十五五规划谋划, 三、十四五期间…) is numbered, no list of numerals (二、三级 still is)', () => {
  assert.deepEqual(outlineOf(['XX区卫生健康局2025年工作总结', '', '一、2025年工作总结', '', '全面落实党建工作责任制，深入贯彻中央八项规定精神。', '', '二、十五五规划谋划', '', '围绕健康建设目标，谋划一批重大项目。', '', '三、十四五期间卫健发展规划', '', '我们将继续努力。', '', '二、三级医院要发挥作用。'].join('\n')), [
    'title XX区卫生健康局2025年工作总结', '  chinese-numeral 一、2025年工作总结', '  chinese-numeral 二、十五五规划谋划', '  chinese-numeral 三、十四五期间卫健发展规划',
  ]);
});

test('fresh pages (round 149): a source line with its date and its count of readers (网上收集 2015/10/22 10:24:56 (728)) is the page\'s metadata, no second line of the title', () => {
  assert.deepEqual(outlineOf(['首页 > 焦点 > 双湖康复专科医院22日在254医院揭牌', '双湖康复专科医院22日在254医院揭牌', '网上收集 2015/10/22 10:24:56 (728)', '', '', '  今天上午,本市首家专业康复医疗机构天津市双湖康复专科医院揭牌,填补了本区康复医疗的空白。'].join('\n')), ['title 双湖康复专科医院22日在254医院揭牌']);
});

test('fresh pages (round 150): a breadcrumb printed as a numbered list (1. 当前位置: / 2. 首页 / 3. 新闻信息 …) is the page\'s debris, and the headline under it is the title; a numbered section of short heads is still one', () => {
  assert.deepEqual(outlineOf(['1. 当前位置:', '  2. 首页', '  3. 新闻信息', '  4. 市县动态', '  5. 详情', '', '【延安】黄龙县卫生监督所积极开展公共场所“双随机一公开”监督抽检工作', '', '时间: 2022-07-15 |来源:', '', '为深入推进公共场所“双随机一公开”监管工作,近日黄龙县卫生监督所开展监督抽检工作。'].join('\n')), ['title 黄龙县卫生监督所积极开展公共场所“双随机一公开”监督抽检工作']);
  assert.deepEqual(outlineOf(['某县卫生健康局关于印发2024年基层卫生工作方案的通知', '', '1. 目标', '', '全面提升服务能力，完善体系建设。', '', '2. 任务', '', '加强队伍建设，落实各项制度。'].join('\n')), ['title 某县卫生健康局关于印发2024年基层卫生工作方案的通知', '  arabic 1. 目标', '  arabic 2. 任务']);
});

test('fresh pages (round 149): a body\'s name alone under a headline, the text going on under it (铜陵市召开…培训会 / 铜陵疾控), is the source, no second line of the title; a template\'s variable left unfilled ({InfoData.top_title}) is debris', () => {
  assert.deepEqual(outlineOf(['铜陵市召开2023年食品安全风险监测工作培训会', '铜陵疾控', '为进一步提高我市食源性疾病监测工作质量,加强公共卫生人才队伍建设,市疾控中心举办培训班。', '铜陵市卫生健康委三级调研员刘天英为本次培训班做开班动员。'].join('\n')), ['title 铜陵市召开2023年食品安全风险监测工作培训会']);
  assert.deepEqual(outlineOf(['中国成人慢性病与营养监测项目工作在竹山县正式启动', '', '{InfoData.top_title}', '', '时间:2018-10-09 08:00:00来源:竹山县疾控中心', '', '10月8日,中国成人慢性病与营养监测项目在竹山县正式启动,县疾控中心组织人员开展调查。'].join('\n')), ['title 中国成人慢性病与营养监测项目工作在竹山县正式启动']);
});

test('fresh pages (round 152): a repost\'s source said of the text (本文转自:晋中日报), the link to the original under it (↓↓↓点击阅读原文) and a site\'s skip links (跳转到正文内容) are page furniture, no headline', () => {
  check(`跳转到路径导航栏\n跳转到正文内容\n[[全市打击无证医疗美容专项行动完成]]\n\n${BODY}`, ['title 全市打击无证医疗美容专项行动完成']);
  check(`[[省人民医院左权分院整体搬迁圆满完成]]\n\n本文转自:晋中日报\n\n${BODY}\n\n来源:县妇幼保健院\n\n↓↓↓点击阅读原文\n`, ['title 省人民医院左权分院整体搬迁圆满完成']);
});

test('fresh pages (round 151): a site\'s name and channel before the date (人民网-教育频道 原创稿 2021-10-27 15:21:45, 城市镜像.新闻汇总 2021-07-13) is the page\'s dateline: it ran into the title or was one', () => {
  check(`[[国家卫健委:儿童青少年近视早发现象得到缓解 但近视低龄化问题仍然突出]]\n人民网-教育频道 原创稿 2021-10-27 15:21:45\n\n${BODY}`, ['title 国家卫健委:儿童青少年近视早发现象得到缓解 但近视低龄化问题仍然突出']);
  check(`城市镜像.新闻汇总 2022-09-10\n\n${BODY}`, []);
});

test('fresh pages (round 152): a table\'s empty row, its borders alone (| ||||||||), is page furniture: a headline under or over one is the page\'s title', () => {
  check(`|\n||||||||||||||\n[[九龙之行—记首批对口支援九龙县医疗队]]\n| ||||||||||||||\n${BODY}`, ['title 九龙之行—记首批对口支援九龙县医疗队']);
  check(`[[拒绝烟草诱惑,中医助力科学戒烟]]\n|\n点击数: 添加日期:2025年06月03日 |\n${BODY}`, ['title 拒绝烟草诱惑,中医助力科学戒烟']);
});

test('fresh pages (round 151): a paper\'s list of authors, two-character names spaced as journals print them (李 慧,赵 颖,刘 琪), is no title; a headline\'s list of slogans stays one', () => {
  check(`李 慧,赵 颖,刘 琪,王 晗,王 川,姬春燕,梁 赢,马雨琛\n\n(北京市大兴区疾病预防控制中心学校卫生科,北京 102600)\n\n${BODY}\n[[1 资料与方法]]\n${BODY}`, ['arabic 1 资料与方法']);
  check(`[[学党史、悟思想、办实事]]\n\n${BODY}`, ['title 学党史、悟思想、办实事']);
});

test('fresh pages (round 153): a site\'s footer fields set off by a box-drawing bar (主办单位│沧州市中心医院, 通信地址┃…) are footer lines, no title', () => {
  check(`主办单位│沧州市中心医院\nCopyRight © 2024 CZSZXYY.com All Right Reserved.\n通信地址┃河北省沧州市新华西路16号\n冀ICP备15027098号\n${BODY}`, []);
});

test('fresh pages (round 154): a page title carrying its section and its site joined by hyphens (…何解?-深度-知识分子) is no title; the article\'s own title is', () => {
  check(`国内感染科转型之痛,何解?-深度-知识分子\n\n[[国内感染科转型之痛,何解?]]\n\n2020/09/15\n\n${BODY}`, ['title 国内感染科转型之痛,何解?']);
});

test('fresh pages (round 154): a date left for the signature\'s day (2020年4月 日) is a date line, no part of the plan\'s title under it', () => {
  check(`安陆市人民政府\n2020年4月 日\n\n[[安陆市突发事件总体应急预案]]\n\n[[1 总则]]\n${BODY}`, ['title 安陆市突发事件总体应急预案', '  arabic 1 总则']);
});

test('fresh pages (round 154): a notice\'s title in three lines, its kind alone and spaced out on the last (… / 关于印发…预案的 / 通 知), is one title with its kind', () => {
  check(`[[荥阳市人民政府办公室\n关于印发荥阳市气象灾害应急预案的\n通 知]]\n荥政办〔2015〕67号\n各乡镇人民政府,各街道办事处,市人民政府有关部门,各有关单位:\n《荥阳市气象灾害应急预案》已经市人民政府同意,现印发给你们,请结合实际认真贯彻执行。`, ['title 荥阳市人民政府办公室关于印发荥阳市气象灾害应急预案的通知']);
});

test('fresh pages (round 154): a site\'s logo named by its image\'s text (中原区人民政府网站logo) is page furniture, no part of the title under it', () => {
  check(`中原区人民政府网站logo\n[[中原区举行社区卫生服务机构建设推进现场会]]\n\n${BODY}`, ['title 中原区举行社区卫生服务机构建设推进现场会']);
});

test('fresh pages (round 156): a service guide\'s time limits (20 工作日, 15 工作日) are lengths of time, no numbered sections; a spaced top section (1 总则) stays one', () => {
  check(`[[放射诊疗许可办事指南]]\n\n${BODY}\n承诺时限\n20 工作日\n法定时限\n15 工作日\n\n[[1 总则]]\n${BODY}`, ['title 放射诊疗许可办事指南', '  arabic 1 总则']);
});

test('fresh pages (round 156): the credits under a reposted article set off by a box-drawing bar or a blank (图文 │ 市北区卫计局综合监督执法局, 摄影 …) are page furniture, no headline', () => {
  check(`[[市北区开展职业与放射卫生监督专题宣传周活动]]\n\n${BODY}\n\n图文 │ 市北区卫计局综合监督执法局\n\n编辑 │ 市北区卫生和计划生育局宣传科\n\n摄影 王明\n`, ['title 市北区开展职业与放射卫生监督专题宣传周活动']);
});

test('fresh pages (round 157): a press conference\'s fields (时 间, 地 点, 主持人, 嘉 宾) and its guests, each a name, a body and a title (安志杰 中国疾控中心研究员), are no title; nor is an author with the body after the name (骆晓燚 雅安市名山区卫生健康局)', () => {
  check(`时 间:2025年4月18日\n地 点:国家卫生健康委2号楼新闻发布厅\n主持人:胡强强 国家卫生健康委新闻发言人、宣传司副司长\n嘉 宾:薛 奇 中国医学科学院肿瘤医院主任医师\n李 杰 中国中医科学院广安门医院主任医师\n安志杰 中国疾控中心研究员\n${BODY}`, []);
  check(`骆晓燚 雅安市名山区卫生健康局\n\n${BODY}`, []);
  check(`[[市卫健委召开新闻发布会]]\n\n${BODY}`, ['title 市卫健委召开新闻发布会']);
});

test('fresh pages (round 156): a page\'s text in one cell of its layout table, a line of sentences ending in a bar (一、…是什么? 到2018年底…。 |), keeps its numbered heads; a table row\'s label ending in a bar stays no heading', () => {
  check(`[[母婴设施建设政策解读]]\n\n[[一、母婴室建设的工作目标是什么]]? 到2018年底全县新建母婴室达到25个以上。 [[二、母婴室会建设在哪些地方]]? 车站、医院等公共场所。 |\n三、本年新收政府信息公开申请数量 |\n`, ['title 母婴设施建设政策解读', '  chinese-numeral 一、母婴室建设的工作目标是什么', '  chinese-numeral 二、母婴室会建设在哪些地方']);
});

test('fresh pages (round 157): a disclosure form printed as a bulleted list, each label alone with no colon and its value the next item (- 发文机构 / - 隆阳区卫生健康局), holds no title', () => {
  check(`[[关于对政协隆阳区五届四次会议第54006号提案的答复]]\n- 索引号\n- 01525699-X-/2020-0911003\n- 发文机构\n- 隆阳区卫生健康局\n- 公开目录\n- 政协提案办理结果\n${BODY}`, ['title 关于对政协隆阳区五届四次会议第54006号提案的答复']);
});

test('fresh pages (round 160): an excerpt that starts in the middle of an opinion\'s items (12.) goes on numbering them through its sections ((五) 13. 14. (六) 15.); a document whose items start at 1 restarts them under a new section as before', () => {
  check(`[[12.推进中医药装备智能升级]]。${BODY}\n[[(五)人工智能+公共卫生]]\n[[13.加强传染病监测预警]]。${BODY}\n[[14.强化卫生应急管理和处置]]。${BODY}\n[[(六)人工智能+科研教学]]\n[[15.深化医学科学研究智能应用]]。${BODY}`, [
    'arabic 12.推进中医药装备智能升级', 'paren-chinese (五)人工智能+公共卫生', '  arabic 13.加强传染病监测预警', '  arabic 14.强化卫生应急管理和处置', 'paren-chinese (六)人工智能+科研教学', '  arabic 15.深化医学科学研究智能应用',
  ]);
  check(`[[关于促进应用发展的实施意见]]\n\n[[(一)总体要求]]\n[[1.加强监测预警]]。${BODY}\n[[2.强化应急处置]]。${BODY}\n[[(二)重点任务]]\n[[1.深化科研应用]]。${BODY}`, [
    'title 关于促进应用发展的实施意见', '  paren-chinese (一)总体要求', '    arabic 1.加强监测预警', '    arabic 2.强化应急处置', '  paren-chinese (二)重点任务', '    arabic 1.深化科研应用',
  ]);
});

test('fresh pages (round 160): a title whose line ends with its document\'s number, in brackets or after a dash or a blank (…的通知(国卫办疾控函〔2016〕359号), …的通知-国卫办疾控函〔2021〕517号), is the title; the number alone on its line stays no heading', () => {
  check(`[[国家卫生计生委办公厅关于印发全国碘缺乏病监测方案的通知(国卫办疾控函〔2016〕359号)]]\n\n各省、自治区、直辖市卫生计生委:\n${BODY}`, ['title 国家卫生计生委办公厅关于印发全国碘缺乏病监测方案的通知(国卫办疾控函〔2016〕359号)']);
  check(`资讯\n\n[[国家卫生健康委办公厅关于开展第二批儿童青少年近视防控适宜技术试点工作的通知-国卫办疾控函〔2021〕517号]]\n\n2021.10.09\n${BODY}`, ['title 国家卫生健康委办公厅关于开展第二批儿童青少年近视防控适宜技术试点工作的通知-国卫办疾控函〔2021〕517号']);
  check(`[[关于开展碘缺乏病监测工作的通知]]\n国卫办疾控函〔2016〕359号\n${BODY}`, ['title 关于开展碘缺乏病监测工作的通知']);
});

test('fresh pages (round 161): a holiday named by its month and day at a line\'s start (五.一节前, 十.一期间) is no numbered heading; 三.一般公共预算 still is one', () => {
  check(`[[卫生部关于做好假日医疗服务的通知]]\n\n五.一节前,卫生部下发通知，要求各地做好节日期间医疗服务工作。${BODY}\n十.一期间，各医院正常开诊，确保群众就医需求。`, ['title 卫生部关于做好假日医疗服务的通知']);
  check(`[[某县财政预算执行情况]]\n\n[[一.基本情况]]\n${BODY}\n[[二.收入情况]]\n${BODY}\n[[三.一般公共预算支出]]\n${BODY}`, ['title 某县财政预算执行情况', '  chinese-numeral 一.基本情况', '  chinese-numeral 二.收入情况', '  chinese-numeral 三.一般公共预算支出']);
});

test('fresh pages (round 160): a column\'s name with its English (旗县动态Navigation) is page furniture, no half of the title; a news title ending in 。 right above its dateline is the title, and a line ending in 。 with no dateline under it stays body text', () => {
  check(`旗县动态Navigation\n杭后\n[[杭锦后旗妇幼保健院开展“综合施策 科学防癌”肿瘤宣传周义诊活动。]]\n发布时间:2024-04-16 09:51:51\n${BODY}`, ['title 杭锦后旗妇幼保健院开展“综合施策 科学防癌”肿瘤宣传周义诊活动。']);
  check(`某县卫健局开展肿瘤防治宣传周活动。\n${BODY}`, []);
});

test('fresh pages (round 163): an attachment\'s label with its title on one line (附件 2 检查检验结果互认的好处有哪些), over items with text of their own under them, holds the attachment\'s sections; a list of attachments after 附件：stays no outline', () => {
  check(`[[检查检验结果互认项目公示]]\n\n${BODY}\n\n附件 2 检查检验结果互认的好处有哪些\n\n[[1.节约就医时间、减轻经济负担:]]\n\n检查检验结果互认有效减少了患者重复排队检查的时间。\n\n[[2. 优化就医流程、提升就医感受:]]\n\n检查检验结果互认有效简化了就医流程。`, ['title 检查检验结果互认项目公示', '  arabic 1.节约就医时间、减轻经济负担', '  arabic 2. 优化就医流程、提升就医感受']);
  check(`[[关于公布互认项目的通知]]\n\n${BODY}\n\n附件：互认项目清单\n1.血常规\n2.尿常规\n3.肝功能`, ['title 关于公布互认项目的通知']);
});

test('fresh pages (round 165): a page\'s reading controls (减小字体 增大字体 …, 放大 / 缩小 / 语音) are page furniture, no title or half of one', () => {
  check(`当前位置:山东电讯新闻中心国内新闻\n\n[[上海海关加强口岸对重点国家地区防输入管控 确保旅客流向可追踪]]\n\n减小字体 增大字体 作者:Admin  来源:本站整理  发布时间:2020-03-05 06:17:08\n\n  ${BODY}`, ['title 上海海关加强口岸对重点国家地区防输入管控 确保旅客流向可追踪']);
  check(`放大\n缩小\n2025年11月21日\n语音\n[[筑牢心梗救治生命防线]]\n\n[[我市持续推动胸痛救治网络体系建设]]\n\n${BODY}`, ['title 筑牢心梗救治生命防线', '  headline 我市持续推动胸痛救治网络体系建设']);
});
