import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { foldQuoteMarks, foldView, foldWidth, splitBlocks, toDocument } from '../../server/src/core/textView';
import { foldTraditional } from '../../server/src/core/script';
import { readSeed, seedNames } from '../helpers';

/** Finds `needle` in the views of `text`'s blocks and returns the document text of each hit. */
function hits(text: string, needle: string): string[] {
  const out: string[] = [];
  for (const b of splitBlocks(text)) {
    for (let i = b.view.indexOf(needle); i >= 0; i = b.view.indexOf(needle, i + 1)) {
      out.push(text.slice(toDocument(b, i), toDocument(b, i + needle.length, true)));
    }
  }
  return out;
}

const LONG = '这得益于恒口示范区推进的卫生健康事业发展和';

test('a word split by a PDF line break is whole in the view and maps back to the broken span', () => {
  for (const br of ['\n', '\n\n', '\r\n\r\n', '\n \n', '  \n\n']) {
    const text = `${LONG}县域${br}医共体建设。`;
    assert.deepEqual(hits(text, '县域医共体'), [`县域${br}医共体`], JSON.stringify(br));
  }
});

test('hard breaks stay: after sentence-final punctuation, after short lines, before heading markers', () => {
  const check = (text: string, needle: string) => assert.deepEqual(hits(text, needle), [], JSON.stringify(text));
  check(`${LONG}县域。\n\n医共体建设。`, '县域医共体');
  check('短标题县域\n\n医共体建设。', '县域医共体');
  check(`${LONG}县域\n\n一、医共体建设。`, '县域一、医共体');
  check(`${LONG}县域\n\n\n\n\n医共体建设。`, '县域医共体');
  // A page's dateline or metadata ends with its line: its source is no name run on into the next paragraph.
  check('2023-03-14 16:51:49 来源：中原网\n\n中原网讯 3月14日，惠济区召开会议。', '中原网中原网');
});

test('blocks cover the text in order without overlap; views fold full-width forms', () => {
  for (const name of seedNames()) {
    const text = readSeed(name.slice(0, 3));
    const blocks = splitBlocks(text);
    let last = 0;
    for (const b of blocks) {
      assert.ok(b.start >= last && b.end > b.start && b.end <= text.length, name);
      last = b.end;
      assert.ok(!/[\uff01-\uff5e]/.test(b.view));
    }
  }
  assert.equal(foldWidth('１２３％（一）ＡＢ，'), '123%(一)AB,');
  assert.equal(foldWidth('无需折叠'), '无需折叠');
});

test('foldView folds width, script and quotation marks in one pass, as foldWidth, foldTraditional and foldQuoteMarks do', () => {
  assert.equal(foldView('２０２３年醫院萬人ＡＢ，'), '2023年医院万人AB,');
  assert.equal(foldView('〝两个体系〞〝健康〟'), '“两个体系”“健康”');
  const plain = '无需折叠的文本';
  assert.equal(foldView(plain), plain);
  // Units from the folded ranges and around them, traditional and simplified characters, and any unit.
  const unit = fc.oneof(fc.integer({ min: 0xff00, max: 0xff60 }), fc.constantFrom(...[...'醫院萬兩個臺灣裡著名医院万人，。〝〞〟“”'].map((c) => c.charCodeAt(0))), fc.integer({ min: 0, max: 0xffff }));
  fc.assert(
    fc.property(fc.array(unit, { maxLength: 40 }), (units) => {
      const s = String.fromCharCode(...units);
      assert.equal(foldView(s), foldQuoteMarks(foldTraditional(foldWidth(s))));
    }),
  );
});

test('the seeds: terms broken across lines are joined', () => {
  assert.deepEqual(hits(readSeed('004'), '县域医共体建设'), ['县域\n\n医共体建设']);
  assert.ok(hits(readSeed('000'), '宣传保障').length === 1);
});

test('property: every view offset maps inside its block, monotonically, and unbroken text maps to itself', () => {
  const chars = fc.constantFrom('县', '域', '医', '共', '体', '。', '，', '\n', '\r\n', ' ', '１', '𠀀', '😀', '一、', '（一）', 'a', '\t', '(wèi)', '(de)', '(WHO)', '(');
  fc.assert(
    fc.property(fc.array(chars, { maxLength: 200 }), (parts) => {
      const text = parts.join('');
      let prevEnd = 0;
      for (const b of splitBlocks(text)) {
        assert.ok(b.start >= prevEnd);
        prevEnd = b.end;
        let prev = -1;
        for (let v = 0; v <= b.view.length; v++) {
          const d = toDocument(b, v);
          assert.ok(d >= b.start && d <= b.end, `offset ${v} → ${d} outside [${b.start}, ${b.end}]`);
          assert.ok(d > prev);
          prev = d;
          if (v < b.view.length) assert.equal(foldWidth(text[d]), b.view[v]);
        }
      }
    }),
    { numRuns: 300 },
  );
});

test('fresh pages (round 32): an indented metadata line ends where its line does, as an unindented one does (来源:吉林日报·彩练新闻 over a blank line and 吉报头条: no name runs across)', () => {
  const t = ' 更新时间:2025-04-16 07:49   来源:吉林日报·新华网\n\n吉报头条\n重要新闻\n';
  assert.deepEqual(splitBlocks(t).map((b) => t.slice(b.start, b.end)), [' 更新时间:2025-04-16 07:49   来源:吉林日报·新华网', '吉报头条', '重要新闻']);
});

test('fresh pages (round 39): a breadcrumb ends where its line does (首页 > 漳州新闻 > 正文 over a headline: 正文卫生服务中心 was read as one name)', () => {
  const t = '首页 > 漳州 > 漳州新闻 > 正文\n\n卫生服务中心和交警办事大厅工作人员上班时间玩手机\n';
  assert.deepEqual(splitBlocks(t).map((b) => t.slice(b.start, b.end)), ['首页 > 漳州 > 漳州新闻 > 正文', '卫生服务中心和交警办事大厅工作人员上班时间玩手机']);
  const u = '当前位置: 首页 > 工作动态 > 工作扫描\n市卫生计生委综合监督执法局:开展社区卫生服务中心检查\n';
  assert.equal(splitBlocks(u).length, 2);
});

test('fresh pages (round 39): an indicator\'s bound is no breadcrumb: a line with 覆盖率>90% still runs on into the next', () => {
  const t = '全市65岁及以上老年人健康管理率目标值为覆盖率>90%，家庭医生签约服务重点人群签约率\n达到80%以上。\n';
  assert.equal(splitBlocks(t).length, 1);
});

test('fresh pages (round 43): a photo\'s credit (…供图, …摄) or an image\'s file name ends its line (朝阳区委宣传部供图 over 第二社会福利中心 was read as one name)', () => {
  const t = '推进垂杨柳医院等2家医院改扩建项目。朝阳区委宣传部供图\n第二社会福利中心明年6月运营\n\n柏杨林街道社区卫生服务中心门诊大厅 廖婉君摄\n柏杨林街道社区卫生服务中心开展义诊\n\n5f2d0d46e4b0bde55fbb4bf0.jpg\n\n霍营社区卫生服务中心\n';
  assert.deepEqual(splitBlocks(t).map((b) => t.slice(b.start, b.end)), [
    '推进垂杨柳医院等2家医院改扩建项目。朝阳区委宣传部供图',
    '第二社会福利中心明年6月运营',
    '柏杨林街道社区卫生服务中心门诊大厅 廖婉君摄',
    '柏杨林街道社区卫生服务中心开展义诊',
    '5f2d0d46e4b0bde55fbb4bf0.jpg',
    '霍营社区卫生服务中心',
  ]);
  // A line broken in the middle of a sentence still runs on.
  const u = '全市建成紧密型县域医疗卫生共同体，推进分级诊疗制度\n\n建设取得新进展。\n';
  assert.equal(splitBlocks(u).length, 1);
});

test('fresh pages (rounds 63 and 64): a mirror site\'s pinyin after each character is cut out of the view (國(guó)家衛(wèi)生 reads 國家衛生), also in a line joined to the next, and maps back to the glossed span; (WHO), (a) and (2024) stay', () => {
  assert.deepEqual(hits('堅(jiān)持國(guó)家衛(wèi)生健康委領(lǐng)導(dǎo)。', '国家卫生健康委'), ['國(guó)家衛(wèi)生健康委']);
  assert.deepEqual(hits(`${LONG}國(guó)家衛(wèi)生健\n康委領(lǐng)導(dǎo)。`, '国家卫生健康委'), ['國(guó)家衛(wèi)生健\n康委']);
  for (const kept of ['世界卫生组织(WHO)', '第(a)项', '年度(2024)']) assert.deepEqual(hits(kept, kept), [kept], kept);
});

test('fresh pages (round 65): a table\'s row that ends with its columns\' numbers ends its line (136.7 over 家用电脑 was read as 136.7家); a long line that ends with one number still runs on', () => {
  const row = '每百户城镇居民家庭拥有移动电话 部 147.4  136.7   \n\n家用电脑 台 33.8  32.5\n';
  assert.equal(splitBlocks(row).length, 2);
  assert.deepEqual(hits(row, '136.7家'), []);
  const prose = '全市医疗卫生机构年末实有床位数达到 136\n张，比上年增加12张。\n';
  assert.equal(splitBlocks(prose).length, 1);
});

test('fresh pages (round 65): a headline never runs on into the dateline of its news (…系列宣传活动 over 福清新闻网4月8日讯(记者…): 列宣传活动福清新闻网 was read as one name)', () => {
  const t = '市卫健系统开展“世界卫生日”系列宣传活动\n\n福清新闻网4月8日讯(记者 张三)近日，市卫健系统开展系列活动。\n';
  assert.equal(splitBlocks(t).length, 2);
  assert.deepEqual(hits(t, '活动福清'), []);
});

test('fresh pages (round 103): a web address ends its line (http://www.100md.com over 2004年3月23日: the year was read into the address); a long line broken mid-sentence still runs on', () => {
  const t = '卫生部:5种卫生巾有点不卫生 来源 http://www.100md.com\n2004年3月23日\n\n详见网站www.nhc.gov.cn/wjw/index.shtml\n卫生部通报了抽检结果。\n';
  assert.deepEqual(splitBlocks(t).map((b) => t.slice(b.start, b.end)), [
    '卫生部:5种卫生巾有点不卫生 来源 http://www.100md.com',
    '2004年3月23日',
    '详见网站www.nhc.gov.cn/wjw/index.shtml',
    '卫生部通报了抽检结果。',
  ]);
  const u = '全市建成紧密型县域医疗卫生共同体，推进分级诊疗制度http\n\n建设取得新进展。\n';
  assert.equal(splitBlocks(u).length, 1);
});
