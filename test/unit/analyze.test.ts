import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { Analyzer, dirtyRange, outsideGlossaryTerms, outsideOrgNames, outsideTerms, type DocumentAnalysis, type TextEdit } from '../../server/src/core/analyze';
import type { OrgMention } from '../../server/src/core/orgs';
import { builtinGlossary } from '../../server/src/core/glossary';
import { TermMatcher } from '../../server/src/core/terms';
import { PieceText } from '../../server/src/core/pieceText';
import { readSeed, seedNames } from '../helpers';

const matcher = new TermMatcher([builtinGlossary()]);
const analyzer = () => new Analyzer(matcher);

/** What a user sees of an analysis: kinds, ranges and texts. */
function visible(a: DocumentAnalysis) {
  return {
    terms: a.terms.map((t) => [t.start, t.end, t.text, t.canonical]),
    figures: a.figures.map((f) => [f.start, f.end, f.text, f.value]),
    orgs: a.orgs.map((o) => [o.start, o.end, o.text, o.canonical, o.mentions]),
  };
}

function apply(text: string, e: TextEdit, insert: string): string {
  return text.slice(0, e.start) + insert + text.slice(e.end);
}

test('every annotation of the seeds lies inside the text and its text is the document text', () => {
  for (const name of seedNames()) {
    const text = readSeed(name.slice(0, 3));
    const a = analyzer().analyze(text);
    for (const x of [...a.terms, ...a.figures, ...a.orgs]) {
      assert.ok(0 <= x.start && x.start < x.end && x.end <= text.length, `${name}: ${JSON.stringify(x)}`);
      assert.equal(x.text, text.slice(x.start, x.end));
    }
    for (const kind of [a.terms, a.figures, a.orgs]) {
      for (let i = 1; i < kind.length; i++) assert.ok(kind[i - 1].end <= kind[i].start, `${name}: overlap ${kind[i - 1].text} / ${kind[i].text}`);
    }
  }
});

test('in a folded paragraph every annotation shows the document’s characters, folded ones or not', () => {
  // The full-width comma folds the whole paragraph; some annotations hold folded characters, some none.
  const text = '２０２３年，蚌埠市卫健委推进醫共體和医共体建设，完成率达９５％，市卫健委、蚌埠市卫生健康委员会到场。';
  const a = analyzer().analyze(text);
  for (const x of [...a.terms, ...a.figures, ...a.orgs]) assert.equal(x.text, text.slice(x.start, x.end));
  assert.deepEqual(a.terms.map((t) => t.text), ['醫共體', '医共体']);
  assert.ok(a.figures.some((f) => f.text === '２０２３年') && a.figures.some((f) => f.text === '９５％'), JSON.stringify(a.figures.map((f) => f.text)));
  assert.ok(a.orgs.some((o) => o.text === '蚌埠市卫健委'), JSON.stringify(a.orgs.map((o) => o.text)));
});

test('a term inside an organisation’s name is not a term there: the organisation wins', () => {
  const terms = (text: string) => analyzer().analyze(text).terms.map((t) => t.text);
  const orgs = (text: string) => analyzer().analyze(text).orgs.map((o) => o.text);
  const text = '省医养结合促进会和全国爱国卫生运动委员会推动医养结合、爱国卫生运动';
  assert.deepEqual(orgs(text), ['省医养结合促进会', '全国爱国卫生运动委员会']);
  assert.deepEqual(terms(text), ['医养结合', '爱国卫生运动']);
  // The same words outside a name stay terms.
  assert.deepEqual(terms('推动医养结合和爱国卫生运动'), ['医养结合', '爱国卫生运动']);
});

test('outsideOrgNames: only a name that holds the whole term wins; one that overlaps it leaves it alone', () => {
  const term = (start: number, end: number) => ({ kind: 'term' as const, start, end, text: '', canonical: '' });
  const mention = (start: number, end: number) => ({ start, end, text: '' }) as unknown as OrgMention;
  const kept = (terms: ReturnType<typeof term>[], mentions: OrgMention[]) => outsideOrgNames(terms, mentions).map((t) => [t.start, t.end]);
  assert.deepEqual(kept([term(2, 6), term(10, 14)], [mention(0, 8)]), [[10, 14]]);
  assert.deepEqual(kept([term(2, 6), term(10, 14)], [mention(4, 12)]), [[2, 6], [10, 14]]);
  // Nested and unsorted mentions: the outer one holds the second term.
  assert.deepEqual(kept([term(2, 6), term(10, 14)], [mention(11, 13), mention(9, 20)]), [[2, 6]]);
  assert.deepEqual(kept([term(2, 6)], []), [[2, 6]]);
});

test('fresh pages (round 72): a body\'s name inside the name of a day (联合国 in 联合国糖尿病日) is no mention; the body named on its own still is; awareness days are terms', () => {
  const a = analyzer().analyze('11月14日是第19个联合国糖尿病日，联合国大会2006年通过决议。10月29日是世界卒中日，9月的第二个星期六是世界急救日。');
  assert.deepEqual(a.orgs.map((o) => [o.start, o.text]), [[19, '联合国大会']]);
  assert.deepEqual(a.terms.map((t) => t.canonical), ['世界糖尿病日', '世界卒中日', '世界急救日']);
  // Only a glossary term holds a name so: a candidate may quote one, and a mention with the term's own span stays.
  const term = (start: number, end: number, termId?: string) => ({ kind: 'term' as const, start, end, text: '', canonical: '', termId });
  const mention = (start: number, end: number) => ({ start, end, text: '' }) as unknown as OrgMention;
  const kept = (mentions: OrgMention[], terms: ReturnType<typeof term>[]) => outsideGlossaryTerms(mentions, terms).map((m) => [m.start, m.end]);
  assert.deepEqual(kept([mention(2, 5), mention(9, 12), mention(20, 24)], [term(2, 9, 'x'), term(9, 14), term(20, 24, 'y')]), [[9, 12], [20, 24]]);
  // A name that starts inside a term and ends after it stays (接诉即办|患者服务热线办公室: one of the two is wrong).
  assert.deepEqual(kept([mention(6, 12), mention(6, 8)], [term(2, 9, 'x')]), [[6, 12]]);
  // A name that ends inside a term it starts before: its suffix is the term's (南辽村义诊主题党|日).
  assert.deepEqual(kept([mention(0, 5), mention(10, 14)], [term(3, 7, 'x'), term(12, 14, 'y')]), [[10, 14]]);
  assert.deepEqual(analyzer().analyze('组织南辽村义诊主题党日活动，高通量测序，高通公司。').orgs.map((o) => o.text), ['高通公司']);
});

test('a number inside a policy term is part of its name, not a figure (监督执纪四种形态, 七个着力)', () => {
  const a = analyzer().analyze('深化运用监督执纪四种形态，落实七个着力要求，聚焦两件大事，培训3200人次。');
  assert.deepEqual(a.terms.map((t) => t.text), ['监督执纪四种形态', '七个着力']);
  // 两件大事 is no term of the glossary: its count stays.
  assert.deepEqual(a.figures.map((f) => f.text), ['两件', '3200人次']);
  const fig = (start: number, end: number) => ({ kind: 'figure' as const, start, end, text: '' }) as never;
  const term = (start: number, end: number) => ({ kind: 'term' as const, start, end, text: '', canonical: '' });
  const kept = outsideTerms([fig(0, 2), fig(3, 5), fig(8, 12), fig(12, 14)], [term(2, 6), term(8, 12)]).map((f: { start: number; end: number }) => [f.start, f.end]);
  // Only a figure the term holds whole is left out: one that overlaps its edge stays.
  assert.deepEqual(kept, [[0, 2], [12, 14]]);
});

test('fresh pages (round 8): two numbers never join across a line, whatever the line before', () => {
  // A dateline ending in its time over a paragraph that opens with a date: the minutes are no part of it.
  const a = analyzer().analyze('湖南省卫生健康委员会  时间:2017-09-30 09:27\n\n9月14日至23日，由省卫生计生委主办的培训班在长沙举办。');
  assert.deepEqual(a.figures.map((f) => f.text), ['2017-09-30 09:27', '9月14日至23日']);
});

test('place strategies are terms of the analysis, the longer span winning over a glossary term', () => {
  const a = analyzer().analyze('推进健康湖南建设，入选健康中国四川行动典型案例。');
  assert.deepEqual(a.terms.map((t) => [t.text, t.canonical]), [['健康湖南', '健康湖南'], ['健康中国四川行动', '健康中国四川行动']]);
});

test('a short name the document declares is a mention wherever the document uses it after the declaration', () => {
  const text =
    '汉水中心简介。\n\n武汉市硚口区汉水桥街社区卫生服务中心（以下称“汉水中心”）成立于2010年。\n\n' +
    '今年汉水中心完成随访3000人次，区汉水中心另计，汉水中心医院不在此列。宁波市医疗纠纷人民调解委员会（以下简称为“谐和调委”）与汉水中心共建。';
  const a = analyzer().analyze(text);
  const byText = (name: string) => a.orgs.filter((o) => o.text === name);
  const uses = byText('汉水中心');
  // The declaration and its later plain uses; not the use in the title above it (the name is not yet the
  // document's), nor one right after a level (区汉水中心: the end of a name not found whole), nor one that
  // a suffix goes on from (汉水中心医院 is another body).
  assert.deepEqual(
    uses.map((o) => text.slice(o.start - 2, o.end + 2)),
    ['称“汉水中心”）', '今年汉水中心完成', '）与汉水中心共建'],
  );
  assert.ok(uses.every((o) => o.canonical === '武汉市硚口区汉水桥街社区卫生服务中心' && o.mentions === 4), JSON.stringify(uses));
  // 以下简称为 declares too.
  assert.equal(byText('谐和调委')[0]?.canonical, '宁波市医疗纠纷人民调解委员会');
  // The hover and the decorations see the uses, which no paragraph's detector found.
  const use = uses[1];
  assert.equal(a.at(use.start + 1)[0]?.kind, 'org');
  assert.equal((a.at(use.end)[0] as { canonical?: string } | undefined)?.canonical, '武汉市硚口区汉水桥街社区卫生服务中心');
  assert.deepEqual(
    a.inRange('mentions', use.start - 3, use.end).map((m) => m.text),
    ['汉水中心'],
  );
  // A declared name of two characters is a generic word (中心): it is not looked for again.
  const b = analyzer().analyze('市疾病预防控制中心（以下简称“中心”）。中心今年完成采样。');
  assert.deepEqual(b.orgs.map((o) => o.text), ['市疾病预防控制中心', '中心']);
});

test('a hospital named with its place is a mention by its own name alone after that, and a type of hospital is not', () => {
  const text =
    '潞河医院简介。\n\n通州潞河医院开展义诊，北京市二龙路医院派出专家。潞河医院专家讲解慢病管理，二龙路医院医联体建设提速。\n\n' +
    '朝阳区胸科医院和朝阳区第三医院也参加。胸科医院、第三医院不算。区潞河医院另计，潞河医院分院不在此列。';
  const a = analyzer().analyze(text);
  const uses = (name: string) => a.orgs.filter((o) => o.text === name).map((o) => [text.slice(o.start - 1, o.end + 1), o.canonical, o.mentions]);
  // Not the title above the full name; not after a level (区潞河医院: a name not found whole), nor where a
  // suffix goes on (潞河医院分院 is another body).
  assert.deepEqual(uses('潞河医院'), [['。潞河医院专', '通州潞河医院', 2]]);
  assert.deepEqual(uses('二龙路医院'), [['，二龙路医院医', '北京市二龙路医院', 2]]);
  // A type of hospital (胸科) and a number (第三) make no name of their own.
  assert.deepEqual(uses('胸科医院'), []);
  assert.deepEqual(uses('第三医院'), []);
  // The decorations of the visible range see the use, which no paragraph's detector found.
  const use = a.orgs.find((o) => o.text === '二龙路医院')!;
  assert.deepEqual(a.inRange('mentions', use.start, use.end).map((m) => m.text), ['二龙路医院']);
});

test('the uses of a declared name are found all through a text longer than one step of the scan, also where one runs across a step\'s end', () => {
  const para = '今天垂杨柳医院专家讲解慢病管理。\n\n';
  const filler = '基层诊疗量占比提升至百分之六十以上，群众就医获得感不断增强。\n\n';
  let text = '朝阳区垂杨柳医院开展义诊。\n\n';
  let expected = 0;
  // Some 700,000 units: more than one piece of the scan (512 Ki units), with a use every few thousand.
  while (text.length < 700_000) {
    text += filler.repeat(100) + para;
    expected++;
  }
  // A use placed across the first piece's end.
  const cut = 512 * 1024 - 3;
  text = text.slice(0, cut) + '垂杨柳医院' + text.slice(cut);
  expected++;
  const a = analyzer().analyze(text);
  const uses = a.orgs.filter((o) => o.text === '垂杨柳医院');
  assert.equal(uses.length, expected);
  assert.ok(uses.some((o) => o.start === cut));
  assert.ok(uses.every((o) => o.canonical === '朝阳区垂杨柳医院'));
});

test('a declaration made by an edit reaches the uses after it, as in a fresh analysis', () => {
  const text = '武汉市硚口区汉水桥街社区卫生服务中心成立于2010年。\n\n' + '今年汉水中心完成随访3000人次。\n\n'.repeat(40);
  const base = analyzer().analyze(text);
  assert.equal(base.orgs.filter((o) => o.text === '汉水中心').length, 0);
  const at = text.indexOf('成立');
  const insert = '（以下简称“汉水中心”）';
  const e: TextEdit = { start: at, end: at, length: insert.length };
  const next = apply(text, e, insert);
  const fresh = visible(analyzer().analyze(next));
  assert.equal(fresh.orgs.length, 42);
  assert.deepEqual(visible(analyzer().analyze(PieceText.of(text, 64).replace(at, at, insert), base, [e])), fresh);
  // And one undone by an edit leaves them (the analysis it is made from knows its declarations).
  const declaring = analyzer().analyze(next);
  assert.equal(declaring.orgs.length, 42);
  const undo: TextEdit = { start: at, end: at + insert.length, length: 0 };
  assert.deepEqual(visible(analyzer().analyze(text, declaring, [undo])), visible(base));
  // Paragraphs added and removed before the declaration move the block it stands in.
  const later = '段一。\n\n段二。\n\n' + next;
  const known = analyzer().analyze(later);
  assert.equal(known.orgs.length, 42);
  for (const [end, added] of [[0, '新增一段。\n\n新增二段。\n\n新增三段。\n\n'], ['段一。\n\n'.length, '']] as const) {
    const edit: TextEdit = { start: 0, end, length: added.length };
    const moved = apply(later, edit, added);
    const fresh = visible(analyzer().analyze(moved));
    assert.equal(fresh.orgs.length, 42);
    assert.deepEqual(visible(analyzer().analyze(moved, known, [edit])), fresh, `edit 0-${end}`);
  }
});

test('property: with declarations made, moved and undone by edits, incremental equals fresh', () => {
  const pieces = ['武汉市硚口区汉水桥街社区卫生服务中心', '（以下简称“汉水中心”）', '（简称谐和调委）', '汉水中心', '谐和调委', '。', '\n\n', '今年完成随访3000人次', '区', '医院', '市卫健委'];
  const textArb = fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 40 }).map((p) => p.join(''));
  fc.assert(
    fc.property(textArb, fc.array(fc.tuple(fc.nat(), fc.nat(12), fc.constantFrom(...pieces, '')), { minLength: 1, maxLength: 3 }), (text, raw) => {
      let prev = analyzer().analyze(text);
      let cur = text;
      for (const [pos, len, insert] of raw) {
        // Each analysis has its organisations asked for, as the server's hover or diagnostics do, before the next edit.
        void prev.orgs;
        const start = pos % (cur.length + 1);
        const e = { start, end: Math.min(cur.length, start + len), length: insert.length };
        cur = apply(cur, e, insert);
        prev = analyzer().analyze(cur, prev, [e]);
        assert.deepEqual(visible(prev), visible(analyzer().analyze(cur)));
        assert.deepEqual(prev.inRange('mentions', 0, cur.length).map((m) => m.start), prev.orgs.map((o) => o.start));
      }
    }),
    { numRuns: 300 },
  );
});

test('dirtyRange composes edits in sequence', () => {
  const prev = 'a'.repeat(100);
  // Insert 3 at 10, then delete [50, 60) of the new text.
  const r = dirtyRange(prev, 'a'.repeat(93), [{ start: 10, end: 10, length: 3 }, { start: 50, end: 60, length: 0 }]);
  assert.deepEqual(r, { oldStart: 10, oldEnd: 57, delta: -7 });
  assert.equal(dirtyRange(prev, 'a'.repeat(101), [{ start: 0, end: 0, length: 3 }]), undefined, 'lengths disagree');
});

test('incremental analysis after edits equals a fresh analysis (seeds, inserts and deletes at many places)', () => {
  const text = readSeed('001') + '\n' + readSeed('004');
  const base = analyzer().analyze(text);
  const inserts = ['', '三医协同', '。\n\n', '\n', '县域', '1.5亿元', '一、新的一节\n', 'x'];
  for (let at = 0; at < text.length; at += 397) {
    for (const [k, insert] of inserts.entries()) {
      const e: TextEdit = { start: at, end: Math.min(text.length, at + (k % 3) * 2), length: insert.length };
      const next = apply(text, e, insert);
      const inc = analyzer().analyze(next, base, [e]);
      const fresh = visible(analyzer().analyze(next));
      assert.deepEqual(visible(inc), fresh, `edit at ${at} inserting ${JSON.stringify(insert)}`);
      // As the server analyses an open document: its text in pieces, read only around the edit.
      const pieces = PieceText.of(text, 64).replace(e.start, e.end, insert);
      assert.deepEqual(visible(analyzer().analyze(pieces, base, [e])), fresh, `pieces: edit at ${at} inserting ${JSON.stringify(insert)}`);
    }
  }
});

test('property: incremental equals fresh after random edit sequences', () => {
  const pieces = ['县域', '医共体', '紧密型', '\n', '\n\n', '。', '，', '三医协同', '1.5亿元', '86.43%', '市卫健委', '𠀀', '一、', '（一）', '\r\n', '这是一段较长的正文内容用于测试换行拼接'];
  const textArb = fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 60 }).map((p) => p.join(''));
  fc.assert(
    fc.property(textArb, fc.array(fc.tuple(fc.nat(), fc.nat(6), fc.constantFrom(...pieces, '')), { minLength: 1, maxLength: 4 }), fc.integer({ min: 1, max: 40 }), (text, raw, size) => {
      let cur = text;
      let inPieces = PieceText.of(text, size);
      const edits: TextEdit[] = [];
      for (const [pos, len, insert] of raw) {
        const start = pos % (cur.length + 1);
        const end = Math.min(cur.length, start + len);
        const e = { start, end, length: insert.length };
        cur = apply(cur, e, insert);
        inPieces = inPieces.replace(start, end, insert);
        edits.push(e);
      }
      const prev = analyzer().analyze(text);
      const fresh = visible(analyzer().analyze(cur));
      assert.deepEqual(visible(analyzer().analyze(cur, prev, edits)), fresh);
      assert.deepEqual(visible(analyzer().analyze(inPieces, prev, edits)), fresh, 'the text in pieces');
    }),
    { numRuns: 600 },
  );
});

test('a document longer than maxLength is analysed up to it and says so', () => {
  const text = readSeed('001');
  const a = new Analyzer(matcher, { maxLength: 500 }).analyze(text);
  assert.equal(a.notices[0]?.code, 'truncated');
  assert.ok([...a.terms, ...a.figures].every((x) => x.end <= 500 + 20));
  assert.ok(a.figures.length > 0);
});

test('property: analysis never throws and ranges stay inside any text', () => {
  fc.assert(
    fc.property(fc.string({ unit: fc.constantFrom('县', '域', '医', '共', '体', '1', '.', '5', '亿', '元', '%', '\n', '\r', '“', '”', '𠀀', '😀', '（', '）', '市', '卫', '健', '委', ' ', '\u0000', '\uFFFD') }), (text) => {
      const a = analyzer().analyze(text);
      for (const x of [...a.terms, ...a.figures, ...a.orgs]) assert.ok(0 <= x.start && x.start < x.end && x.end <= text.length);
      void a.outline;
    }),
    { numRuns: 500 },
  );
});

test('fresh pages (rounds 63 and 64): a mirror site\'s pinyin glosses hide no name, term or figure, and each annotation spans the glossed document text', () => {
  const text = '國(guó)家衛(wèi)生健康委要求，堅(jiān)持兩個(gè)維護(hù)，搶救兩個(gè)小時(shí)。';
  const a = analyzer().analyze(text);
  assert.deepEqual(a.orgs.map((o) => [o.text, o.canonical]), [['國(guó)家衛(wèi)生健康委', '国家卫生健康委员会']]);
  assert.deepEqual(a.terms.map((t) => [t.text, t.canonical]), [['兩個(gè)維護', '两个维护']]);
  assert.deepEqual(a.figures.map((f) => [f.text, f.value, f.unit]), [['兩個(gè)小時', 2, '小时']]);
  for (const x of [...a.orgs, ...a.terms, ...a.figures]) assert.equal(text.slice(x.start, x.end), x.text);
});

test('fresh pages (round 75): a name does not run over a blank line into a name after it (…义诊活动, a blank line, 扬子晚报 2024-03-21); one split by the blank line stays whole', () => {
  const a = analyzer().analyze(',人人共享”——江苏省人民医院“睡眠日”义诊活动\n\n扬子晚报 2024-03-21');
  assert.deepEqual(a.orgs.map((o) => [o.text, o.canonical]), [['江苏省人民医院', '江苏省人民医院'], ['扬子晚报', '扬子晚报']]);
  const crlf = analyzer().analyze('责任编辑：王超 张明 李华 赵丽 刘强 陈静 周涛  \r\n\r\n市爱卫办组织开展健康企业建设评估。');
  assert.deepEqual(crlf.orgs.map((o) => o.text), ['市爱卫办']);
  const pdf = analyzer().analyze('今年以来，全省医疗卫生机构在安徽省卫生健\n\n康委员会的统一部署下开展工作。');
  assert.deepEqual(pdf.orgs.map((o) => o.canonical), ['安徽省卫生健康委员会']);
});

test('fresh pages (round 103): a number inside a body\'s name is the name\'s, no figure (21世纪 in 21世纪经济报道, 五处 in 组织二局五处); a count of bodies inside a name stays a figure (我市四家爱心医院)', () => {
  const a = analyzer().analyze('专家向21世纪经济报道记者表示，中组部组织二局五处副处长到场，我市四家爱心医院捐赠善款，1998年建成');
  assert.deepEqual(a.orgs.map((o) => o.text).filter((t) => t.includes('21') || t.includes('五处')), ['21世纪经济报道', '中组部组织二局五处']);
  assert.deepEqual(a.figures.map((f) => f.text), ['四家', '1998年']);
});

test('fresh pages (round 146): a declared short name after a word that makes it another body of its kind is no use of it (其他省份医调委, 首家专业性医调委, 各医调委)', () => {
  const text = '西宁市城中区医疗纠纷人民调解委员会（以下简称医调委）成立。医调委受理纠纷35件，学习其他省份医调委的做法，这是全省首家专业性医调委，各医调委互相交流。';
  const a = analyzer().analyze(text);
  const uses = a.orgs.filter((o) => o.text === '医调委');
  assert.deepEqual(uses.map((o) => text.slice(o.start - 2, o.end + 2)), ['简称医调委）成', '立。医调委受理']);
});

test('fresh pages (round 146): 医调委 is the short name of a 医疗纠纷人民调解委员会: the page\'s committee, named in full, and its 医调委 are one body', () => {
  const a = analyzer().analyze('渝北区医疗纠纷人民调解委员会成立。陈德全担任医调委主任，被医调委聘任为调解员。');
  assert.deepEqual(a.orgs.map((o) => [o.text, o.canonical]), [
    ['渝北区医疗纠纷人民调解委员会', '渝北区医疗纠纷人民调解委员会'], ['医调委', '渝北区医疗纠纷人民调解委员会'], ['医调委', '渝北区医疗纠纷人民调解委员会'],
  ]);
});
