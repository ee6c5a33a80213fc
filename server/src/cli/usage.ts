/**
 * The CLI's help texts, in English and in Simplified Chinese (`helpText` picks by the run's language). The
 * two say the same: the same commands and options, the same JSON fields (test/cli/l10n.test.ts checks).
 */
import type { L10n } from '../core/l10n';

const ANNOTATE_HELP = `Usage:
  report-lens annotate [--format json|jsonl|text] [--lean] [--glossary FILE]... [--no-candidates] [--jobs N] FILE|DIR...
  report-lens annotate --format jsonl [--lean] [--glossary FILE]... [--jobs N] -
  report-lens annotate --format brat|doccano|csv|html [--out PATH] [--force] [--no-tags] [--lang en|zh-cn] FILE|DIR...

Finds policy terms, figures and organisation names in Chinese reports.
  --format json     one JSON document {"files":[{"path","annotations":[...],"outline":[...]}]} (default)
  --format jsonl    one JSON object per line; with "-", reads {"id","text"} records from standard input
                    and writes {"id","annotations"} for each
  --format text     a listing for people to read
  --lean            with json or jsonl: a glossary term without its entry's fields (report-lens glossary
                    lists them by termId), an organisation's shared fields once per file or record in
                    "orgs" (by entityId); some 0.55 of the size for a big report, 0.6 for short records
  --glossary FILE   an extra glossary file (JSON, see docs/glossary.md); may be repeated
  --no-candidates   do not report quoted formulas that no glossary defines
  --jobs N, -j N    annotate on N threads (default: one more thread per 32 MB of input, at most one
                    per processor core; a stream gets them as it is read); the output is the same,
                    in the order of the inputs
Offsets are UTF-16 code units into the file's text (after removing a byte-order mark), end exclusive.
With "-", a bad record (not JSON, no "text" string, binary text) is answered {"id","error"} and the
stream goes on; each answer depends on its record only, so shards of a stream can run separately.

Export formats (offsets in Unicode code points, as brat, doccano and Python count them):
  --format brat     brat standoff .ann; one report to standard output, several (or a folder) into
                    --out DIR as .txt/.ann pairs brat can open
  --format doccano  doccano JSONL, one {"text","label":[[start,end,label]],"filename"} line per report
  --format csv      one row per annotation (file, source, kind, label, start, end, line, column, text, …)
  --format html     a standalone page with the highlights and a legend
  --out PATH        write to PATH instead of standard output; every file stays inside it, none is
                    written through a link, and an input or the .ann beside one is never overwritten
  --force           overwrite files that exist at PATH (refused without it)
  --no-tags         leave out the tags and corrections kept in the .ann beside each report
  --lang LANG       language of the HTML page's legend and of the messages (default: from LANG)
A DIR stands for every .txt and .report file under it.`;

const IMPORT_HELP = `Usage:
  report-lens import [--report FILE | --dir DIR] [--dry-run] [--lang en|zh-cn] FILE.ann|FILE.jsonl...

Reads annotations made in brat (.ann) or doccano (.jsonl) and adds them to the tags kept beside each
report: a brat file goes to --report (default: the .txt of the same name beside it); doccano records
go to the report named by their "filename" under --dir (default: the current folder), else to the
report with the same text. Spans the detectors already find are not repeated.
  --dry-run         say what would be added without writing
  --glossary FILE   an extra glossary file, for the detections not to repeat; may be repeated
  --lang LANG       language of the messages (default: from LANG)`;

const GLOSSARY_HELP = `Usage:
  report-lens glossary [--glossary FILE]... [--lang en|zh-cn]

Prints the glossary entries annotate uses (the shipped glossary, then each --glossary FILE, a later entry
replacing an earlier one with the same id or term) as one JSON document {"terms":{"<termId>":{"canonical",
"definition","category","glossary","english","source","year"}}}: the fields every term annotation of the
entry carries, which annotate --lean leaves out.
  --glossary FILE   an extra glossary file (JSON, see docs/glossary.md); may be repeated
  --lang LANG       language of the messages (default: from LANG)`;

const CHECK_HELP = `Usage:
  report-lens check [--format text|json|sarif] [--fix] [--disable CODE[,CODE]...] [--lang en|zh-cn] FILE|DIR...

Proofreads reports as the editor does (heading numbering, punctuation, PDF debris, figures that do not add
up, names, certain typos) and prints one problem per line: FILE:LINE:COLUMN: SEVERITY CODE: MESSAGE.
  --format json     one JSON document {"files":[{"path","problems":[{"code","severity","message",
                    "start","end","line","column","endLine","endColumn","fix"}]}]}
  --format sarif    a SARIF 2.1.0 log, for code scanning
  --fix             apply the certain fixes and write the files back (UTF-8 files only, atomically),
                    then report what is left
  --disable CODE    leave a rule out (the codes of the reportLens.checks.* settings); may be repeated
  --lang LANG       language of the messages (default: from LANG)
The exit status is 1 when an error remains or a file cannot be read, 0 otherwise, 2 for a usage error.
Columns count UTF-16 code units, as editors do. A DIR stands for every .txt and .report file under it.`;

const USAGE = `report-lens: policy terms, figures, organisation names and outlines of Chinese reports.

${ANNOTATE_HELP}

${IMPORT_HELP}

${GLOSSARY_HELP}

${CHECK_HELP}

  report-lens --help        this text
  report-lens --version     the version`;


const ANNOTATE_HELP_ZH = `用法：
  report-lens annotate [--format json|jsonl|text] [--lean] [--glossary FILE]... [--no-candidates] [--jobs N] FILE|DIR...
  report-lens annotate --format jsonl [--lean] [--glossary FILE]... [--jobs N] -
  report-lens annotate --format brat|doccano|csv|html [--out PATH] [--force] [--no-tags] [--lang en|zh-cn] FILE|DIR...

找出中文报告中的政策术语、数字和机构名称。
  --format json     输出一个 JSON 文档 {"files":[{"path","annotations":[...],"outline":[...]}]}（默认）
  --format jsonl    每行一个 JSON 对象；文件名为 "-" 时，从标准输入逐行读取 {"id","text"} 记录，
                    每条记录输出一行 {"id","annotations"}
  --format text     供人阅读的清单
  --lean            与 json 或 jsonl 合用：术语只写 termId，不重复其术语表条目的字段（由
                    report-lens glossary 按 termId 列出）；机构的共同字段在每个文件或每条记录的
                    "orgs" 中按 entityId 只写一次；大报告约为原大小的 0.55，短记录约为 0.6
  --glossary FILE   追加一个术语表文件（JSON，见 docs/glossary.md），可重复
  --no-candidates   不报告术语表中没有的引号提法（候选术语）
  --jobs N, -j N    用 N 个线程标注（默认：输入每 32 MB 增加一个线程，最多每个处理器核心一个；
                    从标准输入读取时随读入的数据增加）；输出与单线程相同，顺序与输入一致
偏移量按文件文本（去掉字节顺序标记之后）的 UTF-16 码元计数，结束位置不含。
文件名为 "-" 时，坏记录（不是 JSON、没有 "text" 字符串、二进制文本）会得到一条 {"id","error"} 回答，
处理继续；每条回答只取决于它自己的记录，因此一个数据流可以分片分别处理。

导出格式（偏移量按 Unicode 码点计数，与 brat、doccano 和 Python 一致）：
  --format brat     brat standoff .ann；一份报告输出到标准输出，多份报告（或一个文件夹）以 .txt/.ann
                    成对写入 --out DIR，可直接用 brat 打开
  --format doccano  doccano JSONL，每份报告一行 {"text","label":[[start,end,label]],"filename"}
  --format csv      每个标注一行（file, source, kind, label, start, end, line, column, text, …）
  --format html     一个独立网页，带高亮和图例
  --out PATH        写入 PATH 而不是标准输出；所有文件都留在其中，不经链接写入，
                    也从不覆盖输入文件或其旁边的 .ann
  --force           覆盖 PATH 中已有的文件（不加此项则拒绝）
  --no-tags         不包含每份报告旁 .ann 中保存的标注和更正
  --lang LANG       HTML 网页图例及提示信息的语言（默认取自 LANG）
DIR 表示其下所有的 .txt 和 .report 文件。`;

const IMPORT_HELP_ZH = `用法：
  report-lens import [--report FILE | --dir DIR] [--dry-run] [--lang en|zh-cn] FILE.ann|FILE.jsonl...

读取在 brat（.ann）或 doccano（.jsonl）中做的标注，加入每份报告旁保存的标注：brat 文件写入
--report（默认：旁边同名的 .txt）；doccano 记录写入 --dir（默认：当前文件夹）下由其 "filename"
指明的报告，否则写入文本相同的报告。检测器已经找到的片段不会重复加入。
  --dry-run         只说明会加入什么，不写文件
  --glossary FILE   追加一个术语表文件，以免重复检测结果；可重复
  --lang LANG       提示信息的语言（默认取自 LANG）`;

const GLOSSARY_HELP_ZH = `用法：
  report-lens glossary [--glossary FILE]... [--lang en|zh-cn]

以一个 JSON 文档 {"terms":{"<termId>":{"canonical","definition","category","glossary","english",
"source","year"}}} 输出 annotate 使用的术语表条目（先是自带术语表，再是每个 --glossary FILE，
id 或术语相同的后一条取代前一条）：即该条目每个术语标注都带有、而 annotate --lean 省去的字段。
  --glossary FILE   追加一个术语表文件（JSON，见 docs/glossary.md），可重复
  --lang LANG       提示信息的语言（默认取自 LANG）`;

const CHECK_HELP_ZH = `用法：
  report-lens check [--format text|json|sarif] [--fix] [--disable CODE[,CODE]...] [--lang en|zh-cn] FILE|DIR...

像编辑器一样校对报告（标题序号、标点、PDF 残留、加不起来的数字、名称、确定的错别字），每个问题输出
一行：文件:行:列: 严重程度 代码: 说明。
  --format json     输出一个 JSON 文档 {"files":[{"path","problems":[{"code","severity","message",
                    "start","end","line","column","endLine","endColumn","fix"}]}]}
  --format sarif    SARIF 2.1.0 日志，供代码扫描使用
  --fix             应用确定的修正并写回文件（仅限 UTF-8 文件，原子写入），然后报告剩下的问题
  --disable CODE    不检查某条规则（即 reportLens.checks.* 设置中的代码）；可重复
  --lang LANG       提示信息的语言（默认取自 LANG）
仍有错误或有文件无法读取时退出状态为 1，否则为 0；用法错误为 2。
列按 UTF-16 码元计数，与编辑器一致。DIR 表示其下所有的 .txt 和 .report 文件。`;

const USAGE_ZH = `report-lens：中文报告的政策术语、数字、机构名称和提纲。

${ANNOTATE_HELP_ZH}

${IMPORT_HELP_ZH}

${GLOSSARY_HELP_ZH}

${CHECK_HELP_ZH}

  report-lens --help        本说明
  report-lens --version     版本号`;

/** What a help text is about: the whole command line, or one command. */
export type HelpTopic = 'usage' | 'annotate' | 'import' | 'glossary' | 'check';

const HELP: Record<'en' | 'zh', Record<HelpTopic, string>> = {
  en: { usage: USAGE, annotate: ANNOTATE_HELP, import: IMPORT_HELP, glossary: GLOSSARY_HELP, check: CHECK_HELP },
  zh: { usage: USAGE_ZH, annotate: ANNOTATE_HELP_ZH, import: IMPORT_HELP_ZH, glossary: GLOSSARY_HELP_ZH, check: CHECK_HELP_ZH },
};

/** A help text in the run's language (Simplified Chinese for Chinese, English otherwise). */
export function helpText(topic: HelpTopic, l10n: L10n): string {
  return HELP[l10n.chinese ? 'zh' : 'en'][topic];
}
