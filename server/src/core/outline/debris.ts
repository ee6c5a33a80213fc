/**
 * Site debris: the lines of a web page or a PDF that are not the document. Headers and toolbars
 * (无障碍 长者版), breadcrumbs (当前位置：首页 > …), metadata (发布时间： 来源： 索引号 …), document numbers
 * (粤府办〔2022〕4号), dates and bare numbers (view counts, file sizes), page counters ("Page 25 - …", "- 25 -"),
 * share and font-size widgets, and the footer (版权所有, ICP备, 上一篇, 相关文章 …) after which nothing is a
 * heading. None of these is ever a title or a section.
 *
 * Every test here looks at one short line (callers pass lines of at most a hundred or so characters), so the
 * patterns cost a bounded time per line.
 */
import { foldTraditional } from '../script';
import { isDigit, isHan, isLatinLetter, isSpace } from './chars';

/** Longest line the debris tests look at; longer lines are text. */
export const MAX_DEBRIS_LINE = 120;

/** Keys of the metadata fields pages print around a document. */
const META_KEYS = [
  '发布时间', '发布日期', '发文日期', '成文日期', '生成日期', '印发日期', '更新时间', '更新日期', '日期', '时间',
  '来源', '信息来源', '文章来源', '稿件来源', '作者', '发布者', '发布人', '发布机构', '发布单位', '发文机关', '发文机构', '发文单位',
  '发布', '浏览次数', '浏览量', '阅读次数', '阅读量', '阅读数', '总阅读数', '总阅读量', '总浏览量', '点击数', '点击量', '点击率', '访问量', '访问次数', '字号', '字体',
  '索引号', '文号', '发文字号', '公开方式', '公开范围', '公开时限', '分类', '主题分类', '组配分类', '主题词', '关键词', '名称', '标题',
  '所属机构', '所属主题', '责任部门', '时效', '信息分类', '来自', '信息来自', '文章来自', '时效性', '有效性', '文件有效性', '编辑', '责任编辑', '审核', '审稿', '撰稿', '供稿', '体裁', '政策解读',
  '上传时间', '上传日期', '上传者', '文档编号', '统一编号', '格式', '页数', '大小', '下载次数', '收藏次数', '发表时间', '发表日期', '发稿时间', '录入时间', '人气',
  // A county site's disclosure form (文件名称, 公开目录, 公开责任部门, 发文编号, 公开形式, 生效日期, 有效期).
  '文件名称', '公开目录', '公开责任部门', '发文编号', '公开形式', '公开日期', '生效日期', '失效日期', '有效期',
  // A post's date and where it was copied from (发布于 2020/12/30, 转自:保定发布), a site's date in its header
  // (今天是:2025年04月29日), a document site's preview label (内容预览:).
  '发布于', '发表于', '转自', '转载自', '今天是', '内容预览', '天气预报', '来源时间为', '来源时间',
  // Where a reposted article was taken from (摘自:2015年12月30日 《文汇报》) and a supervision index number
  // (监督索引号53050000536100301000).
  '摘自', '监督索引号',
  // A page's counter read as a phrase (100次浏览, 2345人阅读), and the fields of a portal's or a library's page (所属地区:
  // 福建-南平-光泽县, 所属图书:…).
  '次浏览', '次阅读', '人阅读', '人浏览', '所属地区', '所属栏目', '所属分类', '所属专题', '所属图书',
  // A legal database's fields over a law (法规标题, 制定机构, 效力级别: pkulaw, lawxp).
  '法规标题', '制定机构', '发布部门', '效力级别', '效力位阶', '法规类别', '文书字号', '公布日期', '施行日期', '颁布日期', '实施日期',
  // Where a post came from, said with 自 (信息来源自: 结核病防治科), a policy page's contact fields (政策咨询机关: 暂无), and a
  // lead-in that repeats the title (本文导读:…), also named 导语 or 核心提示 and standing alone over the lead.
  '来源自', '信息来源自', '政策咨询机关', '政策咨询电话', '导读', '本文导读', '导语', '核心提示',
  // A page's counter with its colon (浏览:133665 次), a news site's source (稿源:津滨网), a disclosure form's date of
  // making and of repeal (公文生成日期:2023-12-07, 废止日期:), and its summary of the document (内容概述:…).
  '浏览', '稿源', '公文生成日期', '废止日期', '内容概述',
  // Where a post came from, named as published (发布来源:乌拉特前旗人民医院), and a directory's other names of a body
  // (别名:暨南大学第二临床医学院、…).
  '发布来源', '新闻来源', '消息来源', '别名',
  // Where the copy came from, said of the text itself (本文转自:晋中日报, 本文来源:…, 文章转自:…).
  '本文转自', '本文来源', '本文来自', '文章转自', '转载来源',
  // A journal article's fields over its title and text (DOI:10.3969/…, 中图分类号:R197, 文献标识码:A, 文章编号:…, 摘要:),
  // a photo's credit (图片来源:界面图库) and an e-paper's word count (文章字数:426).
  'DOI', 'doi', '中图分类号', '分类号', '文献标识码', '文章编号', '摘要', '图片来源', '文章字数',
  // The credits under a reposted WeChat article besides its editor's (图文 │ 市北区卫计局…, 摄影:…, 校对 │ …).
  '图文', '文图', '摄影', '校对', '美编',
  // The fields over a press conference's transcript (时 间:…, 地 点:…, 主持人:…, 嘉 宾:…), spaced out as they often are.
  '地点', '地 点', '时 间', '主持人', '主 持 人', '嘉宾', '嘉 宾',
];
const META_KEY = META_KEYS.sort((a, b) => b.length - a.length).join('|');
/**
 * A body's contact block over a page (地址:…, 电话:…, 手 机:…, Email:…): metadata only with its colon (邮箱 微信 is a
 * widget's two buttons).
 */
const CONTACT_KEY = ['地址', '联系地址', '通讯地址', '通信地址', '传真', '邮箱', '电子邮箱', '邮编', '电话', '联系电话', '手机', '微信', 'QQ', '[Ee]-?[Mm]ail'].join('|');
// (A page's view counter may run into its first field: "10155来源:磐安县人民政府".)
// (An index number may follow its key without a colon: 索引号000014348/2020-03082; a bracketed field may hold its value:
// [来源:华声在线]; or open it and never close it: 【来源: | 发布日期:…).
const META = new RegExp(
  `^(?:[•·\\-*]\\s*)?(?:\\d+\\s*)?(?:(?:${META_KEY})\\s*(?:[：:│┃|｜]|\\s|$)|(?:${CONTACT_KEY})\\s*[：:│┃|｜]|(?:监督)?索引号\\s*[0-9A-Za-z]|[[【［]\\s*(?:${META_KEY})\\s*[：:\\]】］])`,
);
/** A date, and a time, before a line's metadata fields; a date without its year only with its time (10-15 10:38:45 来源:…). */
const DATE_LEAD = /^(?:\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?|\d{1,2}\s*[-/月]\s*\d{1,2}日?\s+\d{1,2}:\d{2}(?::\d{2})?)\s*/;
/** A metadata field anywhere: "发文字号：", "[ 发布机构 ]". */
const META_FIELD = new RegExp(`(?:${META_KEY})\\s*[：:\\]】］]`, 'g');

/** Whether a line holds a metadata field anywhere ("佚名 发布时间:2017/5/10 投稿交换"): no title, whatever else it holds. */
export function holdsMetaField(line: string): boolean {
  META_FIELD.lastIndex = 0;
  return META_FIELD.test(line);
}
/** How much of a long line is looked at for its fields. */
export const META_ROW_CHARS = 160;

/**
 * A dateline after a headline on its line, as news pages print them (…推进会 2022-03-10 17:59:45  来源:淄博市卫生健康委员会):
 * a blank, a date with its clock time if any, and a source or author field.
 */
const TRAILING_DATELINE = /[ \u3000\t]+(?:发布时间[：:]\s*)?\d{4}(?:[-/.]\d{1,2}[-/.]\d{1,2}|年\d{1,2}月\d{1,2}日)(?:[ \u3000]+\d{1,2}:\d{2}(?::\d{2})?)?(?:[ \u3000]+(?:来源|作者|编辑|发布|浏览|点击)[：:].*)?$/;

/** What a site prints after its name in a dateline (人民网-教育频道 原创稿 2021-10-27): the kind of the piece. */
export const SITE_LABEL_TAIL = /[ \u3000]+(?:原创稿?|转载|来稿|独家|专稿)$/;

/** Where a dateline after a headline starts on its line (TRAILING_DATELINE), or -1; `line` is short (callers check). */
export function datelineAfter(line: string): number {
  const m = TRAILING_DATELINE.exec(line);
  return m ? m.index : -1;
}

/** A page's markup left in its text: a tag (<dl id='bPrfk9'>, </blockquote>, <br/>). */
const MARKUP = /<\/?[A-Za-z][A-Za-z0-9]{0,9}(?:\s[^<>]*)?\/?>/;

/** Headers, toolbars, breadcrumbs, widgets, addresses and page counters. */
/** The posts of heads of bodies, which a caption or a name under its post names (院长, 主任, 书记 …). */
const POSTS = '(?:主任|书记|局长|院长|市长|县长|区长|旗长|盟长|州长|镇长|乡长|省长|主席|部长|厅长|处长|科长|所长|站长|校长|秘书长|会长|理事长|董事长|总经理)';
/** The number a page gives a photo after its caption ("…讲话 (2)"). */
const PHOTO_NUMBER = '(?:\\s*[(（]\\d{1,2}[)）])?';

const DEBRIS = new RegExp(
  [
    '当前位置', '您的位置', '支持IPV6', '支持IPv6', '^The following article is from',
    // A journal page's citation widget over the reference (引用本文 [复制中英文]).
    '^引用本文',
    // A site's section over the title (新闻中心).
    '^新闻中心$', '^(?:分享|收藏|打印|点赞|转发)$', '^(?:我来说两句|发表评论|我要评论|查看评论)$', '您所在的位置', '所在位置', '^首页\\s', '^首页$', '首页\\s*[>＞»›/|｜]', '^首页\\s*(?:—{1,2}|-{1,2})', '^正在阅读[：:]', '^转载$', '^微信(?:公众号|视频号)$', '免责条款$', '快速检索', '高级检索', '^\\d+\\s*(?:评论|点赞|阅读|收藏|转发|浏览)$', '^索\\s+引\\s+号', '\\s首页\\s', '[>＞»›]',
    '无障碍', '长者版', '长者助手', '关怀版', '适老版', '老年版', '繁体版', '简体版', '^繁体', '登录', '个人中心', '返回主网站', '返回首页',
    '^返回(?:列表|上一页|上级|顶部|目录)?$', '上一篇\\s+下一篇', '^目\\s*录$', '桌面快捷', '快捷访问', '到电脑桌面', '^电脑桌面$', '^查看更多', '^更多\\s*[>》»]*$',
    // A site's name (…信息网, 法搜网--…搜索网; a headline may end in 网: 筑牢群众健康防护网), a document code
    // alone on its line (HCSD01-2023-0006), a column label with its English (医院动态 / HOSPITAL DYNAMICS), a
    // telephone number (应诊电话:0830-3103108, 服务热线:0754 - 88943210), a site's name on a short line (51范文网), a date with a site's category or source, or with its writers and source (2026/02/10经典总结, 2021-09-11 21:07:43 中华护理学会, 2017-12-25 刘鹏 中新网).
    '(?:信息|搜索|新闻|资讯|门户|政务)网$', '网\\s*(?:--|——)', '^[A-Z0-9][A-Z0-9\\-/.]{5,}$', '\\s/\\s*[A-Z][A-Z ]{3,}$', '\\d{3,4}\\s*[-—]\\s*\\d{7,8}', '^.{0,8}网$', '^\\d{4}[/-]\\d{1,2}[/-]\\d{1,2}(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?\\s*[\\u4e00-\\u9fff]{1,10}(?:\\s+[\\u4e00-\\u9fff]{1,10}){0,3}$',
    // A site's menu of short items between bars (公众版|医院版|英文版), a paper's page (第A08版:健康滁州), and a
    // press conference's questioner (中央广播电视总台央视记者).
    '^(?:[^|｜]{1,8}[|｜]){2,}[^|｜]{1,8}$', '^第\\s*[A-Z]?\\d+\\s*版',
    // A table's empty row, its cells' borders alone (| ||||||||).
    '^[|｜][|｜\\s]*$',
    // A post's age on a feed ("4小时前", "刚刚"), a site's channel ("黄河新闻网晋中频道"), a menu's item after a dash
    // ("- 政策解读"), and a page's title run into the name of the library that copied it ("…的通知 中华文库").
    '^(?:\\d{1,2}\\s*(?:秒|分钟|小时|天|周|个月)前|刚刚)$', '^[A-Za-z][A-Za-z0-9_]{1,19}\\s+\\d{4}-\\d{1,2}-\\d{1,2}$', '^[\\u4e00-\\u9fff]{2,12}频道$', '^[\\u4e00-\\u9fff]{2,8}[.．][\\u4e00-\\u9fff]{2,8}$', '^[-–]\\s*[\\u4e00-\\u9fff]{2,6}$', '\\s[\\u4e00-\\u9fff]{2,6}(?:文库|百科)$', '^[\\u4e00-\\u9fff]{1,14}(?:台|报|社|网|央视|电视|电台|客户端)记者$',
    // An app's prompt ("打开APP", "下载APP"), a site's keyword label ("医疗卫生规划热门", "论文部分内容阅读").
    '打开\\s*APP', '下载\\s*APP', '热门$', '部分内容阅读',
    // A document site's reading prompt ("已阅读5页,还剩2页未读 继续免费阅读"), sign-up prompts ("只需一步,快速开始", "找回密码"),
    // a site's warning ("本网站含有烟草内容,未成年人谢绝访问").
    '已阅读\\d+页', '继续免费阅读', '快速开始$', '^本(?:网站|站)含有', '谢绝访问', '找回密码', '注册(?:账户|账号|帐号|帐户)',
    // A menu's 首 页 spaced out, a bullet of a few characters (• 举报), a site's greeting, a paper's page (版次:[A3]).
    '^首\\s+页', '^[•·]\\s*\\S{1,4}$', '欢迎你[!！]?$', '欢迎您[!！]?$', '版次[：:]', '\\d+字范文', '^-{2,}\\s*[\\u4e00-\\u9fff]{2,10}\\s*-{2,}$',
    // A dateline anywhere in a short line: a date with its clock time ("海峡导报   2018-05-03 09:13", "网络编辑 临汾
    // 2021-12-08 10:49:10"), and a forum's counters ("查看: 310| 评论: 0").
    '\\d{4}-\\d{1,2}-\\d{1,2}\\s+\\d{1,2}:\\d{2}', '查看[：:]\\s*\\d', '评论[：:]\\s*\\d',
    // A post's writer and the day it went up ("Admin - admin 于2022年01月22日发表").
    '于\\s*\\d{4}\\s*[-/年]\\s*\\d{1,2}\\s*[-/月]\\s*\\d{1,2}\\s*日?\\s*(?:发表|发布)$',
    // A paper's e-edition header: its date and weekday ("2026年01月26日 星期一"), its tip-off line (报料热线), the
    // page and issue buttons ("当前版: 004版 上一版 下一版"), the zoom buttons ("放大 缩小 默认").
    '日\\s*(?:星期|周)[一二三四五六日天]', '报料热线', '^当前版', '上一版', '下一版', '上一期', '下一期', '放大\\s*缩小',
    // Its buttons and page label in short (昨天 明天 上版 下版 版面概览, A04版:新闻 新闻列表), a feed's summary label (AI导读:),
    // and an e-paper's navigation labels (版面导航, 标题导航) and its front page's name in its list of pages (头版).
    '上版\\s+下版', '版面概览', '^[A-Z]\\d{1,2}版[：:]', '^(?:AI|ai)\\s*导读[：:]?$', '^(?:版面|标题|新闻|栏目)导航$', '^头版$',
    // A share button (转播到腾讯微博), a document site's download notice (下载后只包含 1 个 DOC 格式的文档), an image's
    // placeholder left by an editor (from clipboard).
    '转播到', '下载后只包含', '二次下载', '付费下载', '^from clipboard$',
    // A forum's thread furniture: its counters (查看: 736|回复: 0), its copy button ([复制链接]) and the footer's link to
    // the board's rules (本版积分规则).
    '^查看[：:]\\s*\\d+\\s*[|｜]\\s*回复[：:]', '^\\[复制链接\\]$', '^本版积分规则$',
    // More of its buttons ("本期发布:", "通版阅读请点击:", "展开通版"), a site's IPv6 banner ("本站支持IPv6访问"), and a site named
    // …在线 on a short line (天水在线, printed twice as a masthead: 天水在线天水在线).
    '^本期发布', '通版', 'IPv6', '^.{0,8}在线$',
    // A post's reading-time line ("本文字数:350", "本篇文章616字,读完约2分钟"), a document site's summary label (文档摘要…),
    // and a journal's name over its issue ("中国全科医学 2013年28期").
    '本文字数', '读完约', '阅读(?:需要|大约|约)\\s*\\d+\\s*分钟', '^文档摘要', '^[\\u4e00-\\u9fff]{2,12}\\s+\\d{4}\\s*年\\s*(?:第\\s*)?\\d{1,3}\\s*期$',
    // A column's label printed twice by a page's tabs ("疫情动态疫情动态"; a named group, so that no group added before
    // it shifts the reference), a follow prompt ("微信关注官方微信"), a journal's issue with its running number
    // ("第06期(总第555)"), a correspondent's byline ("极目新闻通讯员 鲁舰").
    '^(?<twice>[\\u4e00-\\u9fff]{2,8})\\k<twice>$', '关注官方微信', '^微信关注', '[(（]总第\\s*\\d+', '通\\s*讯\\s*员\\s*[\\u4e00-\\u9fff]{2,4}$',
    // A European date with its time ("18.02.2017  20:33").
    '^\\d{1,2}\\.\\d{1,2}\\.\\d{4}(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?$',
    // A paper's source line with its page ("《 人民日报 》( 2017年09月18日 12 版)"; not a title's edition, (2023版)), and an advert's call
    // ("公文写作神器! 立即了解").
    '日\\s*(?:第\\s*)?\\d{1,3}\\s*版\\s*[)）]$', '立即(?:了解|下载|体验|咨询|购买|注册|打开)',
    // A news app's banner over its article ("新京报客户端" / "立即打开"), and a mirror's toolbar ("CNML格式】 【 】 【打 印】").
    '^[\\u4e00-\\u9fff]{2,8}客户端$', 'CNML', '【打\\s+印】',
    // A site's notice on a page under review ("信息未审核或下架中,当前页面为预览效果,仅管理员可见").
    '未审核或下架', '仅管理员可见',
    // A law database's fields printed without their colons ("发文日期2023年08月01日", "时效性现行有效").
    '^(?:发文|成文|发布|印发|实施|生效)日期\\s*[：:]?\\s*\\d{4}', '^时效性',
    // An affiliation's city and postal code at its end ("北京协和医学院 北京 100730", "…, Shanghai 200032, China;").
    '[\\u4e00-\\u9fffA-Za-z]\\s+[0-8]\\d{5}\\s*(?:,\\s*China\\s*)?[;；]?$',
    // A WeChat article's prompt to follow its account ("点击上方蓝字关注我们").
    '点击(?:上方|下方|蓝字|关注|文末|右上角)', '蓝字关注', '推送规则', '^关注.{0,24}公众号$', '浏览器分享',
    // Its link to the original under the text ("↓↓↓点击阅读原文"), and a site's skip links for screen readers ("跳转到正文内容").
    '^[↓▼>》\\s]*(?:点击)?阅读原文$', '^跳转到',
    // A site's logo named by its image's text (中原区人民政府网站logo).
    '[\\u4e00-\\u9fff]\\s*(?:logo|LOGO|Logo)$',
    // A page title with its section and its site after it, joined by hyphens without blanks (…何解?-深度-知识分子).
    '[^\\s\\-－][-－][\\u4e00-\\u9fff]{2,6}[-－][\\u4e00-\\u9fffA-Za-z]{2,12}$',
    // A video player's placeholder and its plug-in prompt (视频播放位置, 视频加载中,请稍候..., 下载安装Flash播放器), a page's markup left in its text
    // (1. <dl id='bPrfk9'></dl>) or a template's variable left unfilled ({InfoData.top_title}), a site's menu with its
    // English version (首页English).
    '^视频播放位置$', '加载中[,，]?\\s*请稍[候后]', 'Flash播放器', MARKUP.source, '^\\$?\\{\\{?[A-Za-z_][\\w.]*\\}\\}?$', '^首页\\s*(?:English|ENGLISH|英文版)$',
    // A site's welcome banner ("您好,欢迎访问…官方网站!"), a paper's masthead with its date ("甘孜日报 2023年05月30日"),
    // a list's back button after a date and a counter ("2024-06-22 198 返回列表"), a site's name and its channel
    // ("海阔中文网-中医").
    '^(?:您好|你好)?[，,!！\\s]*欢迎(?:访问|光临|来到|登录)',
    // A site's member box: its greeting and buttons ("您好,欢迎! 隐身 | 商务中心 | 积分0 | 退出", "用户名:  密 码:  注册 忘记密码?").
    '^(?:您好|你好)[，,\\s]*欢迎[!！]?(?:\\s|$)', '^用户名\\s*[：:]', '忘记密码', '会员(?:服务|中心|登录)', '^[\\u4e00-\\u9fff]{2,10}报\\s*\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日$', '\\s返回(?:列表|首页)$', '网\\s*[-－]\\s*[\\u4e00-\\u9fff]{1,8}$',
    // A byline after a bar ("界面新闻记者 | 张倩楠", "界面新闻编辑 | 刘海川"), a shop's buttons over a document site's page (购物车, 我的足迹, 合集下载).
    '(?:记者|编辑|通讯员|摄影|撰文)\\s*[|｜]\\s*[\\u4e00-\\u9fff·]{2,5}$', '记者\\s+[\\u4e00-\\u9fff·]{2,5}$', '^购物车$', '^我的足迹$', '合集下载',
    // A page's QR code prompt ("扫描二维码随身看资讯", "扫一扫 关注公众号", "扫码关注").
    '扫描二维码', '^扫一扫', '扫码关注',
    // A page's audio player (语音播报: 语音播报), a repost's lead-in (原文如下:), a site's section in English (News Center).
    '^语音播报', '^原文如下[：:]?$', '^News\\s+Center$',
    '我的收藏', '加入收藏', '设为首页', '字号[：:]', '【字体', '字体[：:]', '字体\\s*[大中小]', '(?:放大|缩小)字体', '【打印', '分享到', '我在听', '请说话', '没听清',
    // Photo captions: "图为…", "▲…", a numbered figure's ("图2 成君主任做…报告", "图 1 …"), a building's rendering or a
    // map of sites ("公利医院新楼效果图", "回天七镇街社区卫生服务中心点位图").
    '^(?:图为|图片：|图：|图:|▲|△|▼)', '^图\\s*\\d{1,2}(?:\\s|[：:．.、]|$)', '(?:效果|点位|鸟瞰|实景)图$',
    // A photo's caption with its photographer in brackets at its end ("新闻发布会现场(黄玉婷 摄)", "（记者 张三 摄）").
    '[(（][\\u4e00-\\u9fff ·\\u3000]{0,14}摄影?[)）]$',
    // A photo's caption naming who speaks ("州人民医院副院长姚群梅发言", "东直门医院院长王显致欢迎辞", "张健主任主持会议",
    // "…协会会长刘玉芹同志讲话", "…副会长李长明同志做专题报告") or the
    // scene ("义诊现场"); a headline says what was done (市委书记李明主持召开常委会会议).
    `^[^，,。：:]{0,24}${POSTS}[\\u4e00-\\u9fff]{2,3}(?:同志|教授)?(?:发言|讲话|致辞|致欢迎辞|作报告|宣读|授课|讲课|点评|[做作][\\u4e00-\\u9fff]{0,4}(?:报告|通报|汇报))${PHOTO_NUMBER}$`,
    `^[\\u4e00-\\u9fff]{2,3}副?${POSTS}(?:主持会议|主持仪式|讲话|发言|总结发言|致辞|[做作][\\u4e00-\\u9fff]{0,4}(?:报告|通报|汇报))${PHOTO_NUMBER}$`,
    '^[\\u4e00-\\u9fff]{2,14}现场$',
    `出席(?:会议|活动|仪式)?并(?:讲话|致辞)${PHOTO_NUMBER}$`,
    // A paper's name alone on its line, under a headline it printed ("扬州晚报").
    '^[\\u4e00-\\u9fff]{2,8}(?:日报|晚报|早报|时报|都市报|商报|青年报|法治报|法制报|电子报)$',
    // A paper's masthead: "国内统一刊号:CN51-0018", "中共甘孜州委机关报"; a paper's or a journal's issue ("科教新报 2020年15期").
    '统一刊号', 'CN\\s*\\d{2}\\s*-\\s*\\d{4}', '机关报', '^[\\u4e00-\\u9fff]{2,10}(?:报|刊|杂志)\\s*\\d{4}\\s*年\\s*(?:第\\s*)?\\d{1,3}\\s*期$',
    // A portal's photo placeholder ("打开网易新闻 查看精彩图片"), a document site's page label ("国庆应急预案.doc_第1页") and its
    // signed-out avatar (userphoto, 未登录).
    '查看(?:精彩|更多)图片', '_第\\d+页$', '^userphoto$', '^未登录$',
    // A screenshot's or a photo's credit under it ("湖北省卫健委网站截图", "张定宇 图自湖北日报"), an editor's byline ("每经编辑:周宇翔").
    '截图$', '图自', '^[\\u4e00-\\u9fff]{0,6}(?:编辑|摄影|撰稿)[：:]\\s*[\\u4e00-\\u9fff]{2,4}$',
    // A paper's line of the leaders who attended, under its headline ("刘南昌安伟出席", "张三、李四出席").
    '^[\\u4e00-\\u9fff、，, ]{2,16}出席$',
    // A page's reading controls (减小字体 增大字体, 放大 / 缩小 / 语音 each on its line).
    '(?:减小|增大|放大|缩小)字体', '^(?:放大|缩小|语音|朗读)$',
    // A column's name with its English over the page (旗县动态Navigation, 新闻中心 News).
    '^[\\u4e00-\\u9fff]{2,10}\\s*(?:Navigation|News|Home|Index|Menu|More|Notice|About)$',
    'VIP', '侵权投诉', '(?:网站|官网)$', '信息公开$', '信息公开目录', '信息公开(?:指南|制度|专栏|平台)$', '门户网站', '门户网\\s', '欢迎(?:光临|访问|来到|进入|浏览)', 'www\\.', 'https?:', '\\.gov\\.cn', '\\.com',
    '^Page\\s*\\d', '^[-—–－]\\s*\\d+\\s*[-—–－]$', '^第\\s*\\d+\\s*页', '^\\d+\\s*/\\s*\\d+$', 'P\\.\\s*\\d+\\s*$', '〔\\d{4}〕\\s*\\d*\\s*号', '\\[\\d{4}\\]\\s*\\d+\\s*号',
    '[(（](?:左|右|前排|后排|中间?)[一二三四五六七八九十\\d]*[)）]',
    // A form's field: "评价方式：部门自评", "报告日期：…", "联系人：…".
    '^[\\u4e00-\\u9fff]{0,6}(?:方式|名称|单位|机构|时间|日期|地点|电话|热线|编码|编号|类别|类型|级别|对象|联系人|负责人)[：:]',
    // A name under its post: "市卫健委主任 李四", "北京市市长  殷  勇".
    `${POSTS}\\s+[\\u4e00-\\u9fff](?:\\s*[\\u4e00-\\u9fff]){1,2}$`,
    // A journal's issue over a paper ("中国卫生政策研究  2017, Vol. 10 Issue (9): 1-7   PDF") and a reference's type
    // in a citation ("…改革演变及其背景[J]. 中国卫生资源, 2022, 25(1): 9-14.").
    'Vol\\.\\s*\\d', 'Issue\\s*[(（]?\\d', '\\[[JMCDN]\\][.．]',
    // A speech's date and venue under its title ("——2025年1月16日在…人民代表大会第四次会议上", also in brackets).
    '^[(（]?\\s*[—–-]*\\s*\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日\\s*在.{2,60}(?:会议|大会|会)上\\s*[)）]?$',
  ].join('|'),
);

/** A file's name: "4.jpg", "1 (9).jpg", "晋安1.webp", "方案.docx" (the extension at the end of text[s, e)). */
const FILE_EXTENSION = /\.(?:docx?|pdf|wps|xlsx?|pptx?|txt|jpe?g|png|gif|bmp|webp)$/i;
/** A document's file name (…绩效评价报告.docx), whose name may be a title. */
export const DOCUMENT_EXTENSION = /\.(?:docx?|pdf|wps|xlsx?|pptx?)$/i;
/**
 * What a web address or a file name may end in besides: pages, archives, media. A line ending so can still be a
 * heading run into a link (二、缴费标准/live/10120.shtm), so the outline keeps to documents and pictures.
 */
export const LINKED_FILE_EXTENSION = /\.(?:docx?|pdf|wps|xlsx?|pptx?|txt|jpe?g|png|gif|bmp|webp|svg|zip|rar|s?html?|aspx?|php|jsp|mp[34])$/i;

/** The longest extension with its dot (.shtml), in code units. */
const MAX_EXTENSION = 6;

/**
 * Whether text[s, e) ends in a file's extension (of `extensions`, documents' and pictures' by default): such a line is
 * a name, not a heading (1.jpg is no item 1), and the digits of a link or a file's name are no figures
 * (微信图片_2026-02-12_125636.png: figures/scanner.ts with LINKED_FILE_EXTENSION).
 */
export function endsWithFileExtension(text: string, s: number, e: number, extensions = FILE_EXTENSION): boolean {
  // The dot is looked for among the last few code units only: a look back over the text would be
  // quadratic in a document with no dot.
  let dot = e - 1;
  while (dot > s && e - dot <= MAX_EXTENSION && text.charCodeAt(dot) !== 46 /* . */) dot--;
  return dot > s && e - dot <= MAX_EXTENSION && text.charCodeAt(dot) === 46 && extensions.test(text.slice(dot, e));
}

/** Lines that end a page: nothing after them is a heading. */
const FOOTER = new RegExp(
  [
    '版权所有', 'Copyright', '©', 'ICP备', 'ICP证', '公网安备', '网站标识码', '主办单位\\s*[：:│┃|｜]', '承办单位\\s*[：:│┃|｜]', '技术支持\\s*[：:│┃|｜]', '网站维护\\s*[：:│┃|｜]', '联系我们', '网站地图',
    '扫一扫', '^上一篇', '^下一篇', '^相关(?:文章|阅读|链接|新闻|信息|稿件|推荐)', '^推荐阅读', '^免责声明', '^版权声明', '打印本页', '关闭窗口', '【打印】', '【关闭】',
    '打印\\s+关闭', '^分享到',
  ].join('|'),
);

/**
 * Words of the clauses a site's footer numbers ("2. 本站所有资源…"), or of its buttons in a numbered list ("1. 下载图表忘记账户?
 * 点击这里登录"): a numbered line with one is not a heading. (下载 alone is a notice's section too: 五、扫码下载海报.)
 */
const DISCLAIMER = /本站|本网|本文档|点击这里|忘记(?:账户|账号|密码)|用户(?:上传|发布|协议|须知|注册|自行|应当|须|不得)|(?:网站|注册|会员)用户|转载|版权|侵权|免责|下载后|下载的|下载文档|免费下载/;

/**
 * A label of a few characters spaced out before its colon, as page templates line their fields up ("索 引 号：",
 * "文　　号:"). Bounded: at most six characters.
 */
const SPACED_LABEL = /^(?:[•·\-*]\s*)?([\u4e00-\u9fff](?:[ \u3000]+[\u4e00-\u9fff]){1,5})[ \u3000]*(?=[：:])/;

/** A metadata label alone after a list's bullet, with no colon and no value ("- 发文机构", "- 公开目录"). */
const BULLETED_LABEL = new RegExp(`^[•·\\-*]\\s*(?:${META_KEY})$`);

/** Whether a line is a metadata label alone after a list's bullet, whose value the next item holds ("- 发文机构" over "- 隆阳区卫生健康局"). */
export function isBulletedLabel(line: string): boolean {
  return BULLETED_LABEL.test(foldTraditional(line));
}

/** A metadata field line: "发布时间：2024-01-05", "• 来源：市卫健委", "索引号 000014349/2020-3761045", "索 引 号：…", "• 名  称：…". */
export function isMetaLine(line: string): boolean {
  // Pages in traditional characters label the same fields (來源：, 發布時間：).
  return metaLine(foldTraditional(line));
}

/** isMetaLine of a line already folded to simplified characters. */
function metaLine(line: string): boolean {
  if (META.test(line)) return true;
  // A site's address before its dateline: "www.fjsen.com 2021-04-23 08:50:00 来源:宁德卫健网".
  const site = SITE_LEAD.exec(line);
  if (site !== null && site[0].length < line.length) return metaLine(line.slice(site[0].length));
  // A dateline: "2023-03-14 16:51:49 来源：中原网".
  const dated = DATE_LEAD.exec(line);
  if (dated !== null && dated[0].length < line.length && META.test(line.slice(dated[0].length))) return true;
  const spaced = SPACED_LABEL.exec(line);
  return spaced !== null && META.test(spaced[1].replace(/[ \u3000]+/g, '') + line.slice(spaced[0].length));
}

/** A site's address at a line's start, then a blank (www.fjsen.com , http://news.sina.com.cn/ ). */
const SITE_LEAD = /^(?:https?:\/\/)?(?:www\.)?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+\/?[ \u3000]+/;

/** First characters of a metadata line: a bracket, a bullet, a dateline's digit or a key's first character. */
const META_FIRST = new Set([...'[【［•·-*0123456789', ...META_KEYS.map((k) => k[0])].map((c) => c.charCodeAt(0)));

/** Longest source after a dateline's date and time (2025-12-06 11:39 大众网). */
const MAX_DATELINE_SOURCE = 20;

/**
 * A dateline: a date (and a time) that starts the line, then at most a short source or byline with no sentence
 * in it ("2025-12-06 11:39 大众网", "2024-05-23 10:18:39 - 保定发布"), as news pages print under their titles
 * (`isDateLine` is a date standing alone).
 */
export function isSourceDateline(line: string): boolean {
  const lead = DATE_LEAD.exec(line);
  if (lead === null) return false;
  const rest = line.length - lead[0].length;
  return rest <= MAX_DATELINE_SOURCE && !/[。，；！？,;!?]/.test(line.slice(lead[0].length));
}

/** A paper's or a site's name, then the date (and time, or page) it printed the article: see isSourceFirstLine. */
const SOURCE_FIRST = /^《?[\u4e00-\u9fffA-Za-z]{2,12}》?\s*(?:[·|｜]\s*)?[(（]?\s*\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?(?:\s*\d{1,3}\s*版)?\s*[)）]?(?:\s*[(（]\d{1,7}[)）])?$/;

/**
 * A source line under a title, the source before its date: "辽宁日报  2019-06-21 09:54:11", "《工人日报》(2014年08月17日
 * 03版)", "人民日报·2025-10-17 08:34", "网上收集 2015/10/22 10:24:56 (728)" with its count of readers (isSourceDateline has
 * the date first).
 */
export function isSourceFirstLine(line: string): boolean {
  return line.length <= MAX_DEBRIS_LINE && SOURCE_FIRST.test(line);
}

/** META, DATE_LEAD and SPACED_LABEL read at an offset of a whole text (sticky), so no line is cut out to test it. */
const META_AT = new RegExp(META.source.slice(1), 'y');
const DATE_AT = new RegExp(DATE_LEAD.source.slice(1), 'y');
const SPACED_AT = new RegExp(SPACED_LABEL.source.slice(1), 'y');

/**
 * Whether the line of `text` starting at `start` may be metadata (isMetaLine, isMetaRow): a look at its first
 * character, then the patterns read in place. Only a line that passes is worth cutting out and testing whole.
 */
export function mayBeMetaAt(text: string, start: number): boolean {
  if (!META_FIRST.has(text.charCodeAt(start))) return false;
  META_AT.lastIndex = start;
  if (META_AT.test(text)) return true;
  DATE_AT.lastIndex = start;
  if (DATE_AT.test(text)) return true;
  SPACED_AT.lastIndex = start;
  return SPACED_AT.test(text);
}

/**
 * A page's metadata printed as one long row of fields ("[ 索引号 ]… [ 发文字号 ]… [ 发布机构 ]…"): it starts with
 * a field and holds another within its first META_ROW_CHARS characters.
 */
export function isMetaRow(line: string): boolean {
  const head = line.slice(0, META_ROW_CHARS);
  if (!META.test(head)) return false;
  META_FIELD.lastIndex = 0;
  let fields = 0;
  while (META_FIELD.exec(head) !== null && ++fields < 2);
  return fields >= 2;
}

/** One author in a paper's list: a surname and a given name, a two-character name spaced out as journals print it (李 慧). */
const AUTHOR = /^[\u4e00-\u9fff](?: ?[\u4e00-\u9fff]){1,3}$/;
const AUTHOR_SEPARATOR = /[,，、]/;

/**
 * A paper's list of authors under its title (李 慧,赵 颖,刘 琪,王 晗,姬春燕): three names or more and two of them spaced,
 * which no headline's list of slogans is (学党史、悟思想、办实事).
 */
export function isAuthorList(line: string): boolean {
  if (line.length > MAX_DEBRIS_LINE || !AUTHOR_SEPARATOR.test(line)) return false;
  const names = line.trim().split(AUTHOR_SEPARATOR);
  if (names.length < 3) return false;
  let spaced = 0;
  for (const raw of names) {
    const name = raw.trim();
    if (!AUTHOR.test(name)) return false;
    if (name.includes(' ')) spaced++;
  }
  return spaced >= 2;
}

/**
 * A document's number in brackets after the word for its kind, as regulation sites print it on the title's line
 * (…监测方案的通知(国卫办疾控函〔2016〕359号), …试点工作的通知-国卫办疾控函〔2021〕517号): the title's, no line of numbers.
 */
const TITLE_NUMBER_TAIL = /(通知|意见|办法|方案|决定|批复|函|公告|通告|通报|规定|细则|规划|计划|纲要|标准|规范|指南|答复|决议|令)(?:\s*[(（][^()（）\n]{0,24}[〔[［]\s*\d{4}\s*[〕\]］]\s*\d{1,4}\s*号\s*[)）]|\s*[-—－–_]?\s*[^\s()（）\n]{0,24}[〔[［]\s*\d{4}\s*[〕\]］]\s*\d{1,4}\s*号)$/;

/** A line of site debris (see the module comment), including metadata, dates and bare numbers; the footer's lines are tested apart (`isFooterLine`). */
export function isDebrisLine(line: string): boolean {
  const tail = TITLE_NUMBER_TAIL.exec(line);
  if (tail) line = line.slice(0, tail.index + tail[1].length);
  // A downloaded document's file name above its title, an image's name under a photo (4.jpg, 1 (9).jpg).
  const folded = foldTraditional(line);
  return metaLine(folded) || isDateLine(line) || isSourceFirstLine(line) || isNumberLine(line) || DEBRIS.test(folded) || endsWithFileExtension(line, 0, line.length) || isMenuRow(line) || endsInColumns(line, 0, line.length) || isTableCaption(line) || isColumnHeads(line) || isNoticeNumberLine(line) || isAuthorList(line);
}

/** A notice's number alone under its title, as audit offices number their notices (2017年第4号 (二0一七年十一月二十九日公告), (2020年第9号)). */
const NOTICE_NUMBER = /^[(（]?\d{4}年第\s*\d{1,3}\s*号[)）]?\s*(?:[(（][^)）]{0,30}[)）])?$/;

export function isNoticeNumberLine(line: string): boolean {
  return NOTICE_NUMBER.test(line);
}

/** A table's caption: 表8 2007年人口数及其构成, 表1 全国医疗卫生机构医疗服务量, 附表2：… (a caption is no heading). */
const TABLE_CAPTION = /^(?:附)?表\s*\d{1,2}(?:[-－.．]\d{1,2})?(?:\s|[:：、.．]|$)/;

function isTableCaption(line: string): boolean {
  return TABLE_CAPTION.test(line);
}

/** A unit in brackets that ends a table's column head: 比重(%), 人数（万人）, 金额(万元). */
const COLUMN_UNIT = /[（(](?:%|％|‰|[万亿千]?元|[万亿]?人次?|个|张|所|家|床|岁|天|日|年|户|台|件|项)[)）]\s*$/;

/** A table's row of column heads: cells parted by two blanks or more, the last with its unit in brackets (年末数  比重(%)). */
function isColumnHeads(line: string): boolean {
  return COLUMN_UNIT.test(line) && /\S[ \u3000]{2,}\S/.test(line.trim());
}

/**
 * Whether the line [s, e) (blanks at its end aside) ends with two numbers parted by blanks, as a table's row does
 * (移动电话 部 147.4  136.7, # 市区 86.08  57.9, 1.工资性收入 34640 5.2): no heading and no sentence ends so.
 */
export function endsInColumns(text: string, s: number, e: number): boolean {
  let k = e;
  while (k > s && isSpace(text.charCodeAt(k - 1))) k--;
  for (let column = 0; column < 2; column++) {
    const end = k;
    while (k > s && (isDigit(text.charCodeAt(k - 1)) || text.charCodeAt(k - 1) === 0x2e /* . */)) k--;
    if (k === end || !isDigit(text.charCodeAt(k))) return false;
    if (column === 1) return true;
    const numberStart = k;
    while (k > s && isSpace(text.charCodeAt(k - 1))) k--;
    if (k === numberStart) return false;
  }
  return false;
}

/** Fewest items of a site's menu row, and the longest item; how many of them have two characters at least. */
const MENU_ITEMS = 6;
const MENU_ITEM = 4;
const MENU_WORDS = 3;

/**
 * A site's menu as a row of short items between blanks (头条 热门 重磅原创 PPP 地方 教育 图片新闻 政府采购): six items
 * at least, of four characters at most, three of them words; not a title spaced out a character at a time (政 府 工 作 报 告).
 */
function isMenuRow(line: string): boolean {
  // Read in one pass, no array made: this is asked of every short line.
  let items = 0;
  let words = 0;
  let run = 0;
  for (let i = 0; i <= line.length; i++) {
    if (i < line.length && !isSpace(line.charCodeAt(i))) {
      if (++run > MENU_ITEM) return false;
      continue;
    }
    if (run > 0) {
      items++;
      if (run >= 2) words++;
    }
    run = 0;
  }
  return items >= MENU_ITEMS && words >= MENU_WORDS;
}

/** A line that ends the page's content (copyright, ICP, 上一篇, 相关文章, 扫一扫 …), in either script (版權所有). */
export function isFooterLine(line: string): boolean {
  return FOOTER.test(foldTraditional(line));
}

/** Whether a numbered line is the site's, not a section: a clause of its terms ("本站所有资源仅供学习"), its markup (1. <dl id='…'>) or a breadcrumb's item (1. 当前位置:). */
export function isSiteText(head: string): boolean {
  return DISCLAIMER.test(head) || MARKUP.test(head) || CRUMB_ITEM.test(head);
}

/** The first items of a breadcrumb printed as a numbered list (1. 当前位置: / 2. 首页 / 3. 新闻信息 …). */
const CRUMB_ITEM = /^(?:当前位置|您的位置|您现在的位置|所在位置|首页)\s*[:：]?$/;

// (A date left for the signature's day, 2020年4月 日, is a date line too.)
const DATE = /^(?:\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?|\d{4}\s*年\s*\d{1,2}\s*月[ \u3000]+日|[〇零一二三四五六七八九○Ｏ]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日)(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/;

/** A date standing alone: "2024年1月30日", "2023/01/06", "二〇二三年四月二十六日". */
export function isDateLine(line: string): boolean {
  return line.length <= 30 && DATE.test(line);
}

/** A line of digits with a unit or a sign at most ("3227", "999+", "13.91KB", "11 页", "2020928"). */
export function isNumberLine(line: string): boolean {
  if (line.length > 16) return false;
  let digits = 0;
  let letters = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (isDigit(c)) digits++;
    else if (isLatinLetter(c)) letters++;
    else if (isHan(c) && line[i] !== '页' && line[i] !== '次') return false;
  }
  return digits > 0 && letters <= 2;
}

/** Last characters of an organisation's name (…委, …委员会, …局, …厅, …院, …中心, …办公室, …政府, …署, …所, …站, …部, …领导小组; and a CDC's short name, 铜陵疾控). */
const ORG_LAST = new Set([...'委会局厅院心室府署所站部组'].map((c) => c.charCodeAt(0)));

/** Characters before 会 that make a meeting of it, not a body (推进会, 座谈会, 培训会, 发布会, 表彰会, 交流会). */
const MEETING_BEFORE_HUI = new Set([...'进谈讨训布署结彰流告场度席议享证坛题'].map((c) => c.charCodeAt(0)));
/** A verb of a meeting's news: a line holding one reports an event (…召开…推进会), no body's name. */
const EVENT_VERB = /召开|举行|举办|开展|启动|出席/;

/**
 * A line that is only an organisation's name: no spaces, at most twenty characters, an organisation's ending; not a
 * meeting (…推进会) nor a headline about one (望城区卫健系统召开纪检监察工作推进会).
 */
export function isOrgLine(line: string): boolean {
  const n = line.length;
  if (n > 20 || n < 3 || !(ORG_LAST.has(line.charCodeAt(n - 1)) || line.endsWith('疾控'))) return false;
  for (let i = 0; i < n; i++) if (isSpace(line.charCodeAt(i))) return false;
  if (line.charCodeAt(n - 1) === 0x4f1a /* 会 */ && MEETING_BEFORE_HUI.has(line.charCodeAt(n - 2))) return false;
  return !EVENT_VERB.test(line);
}
