/** The CLI's help texts. */

export const ANNOTATE_HELP = `Usage:
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
  --lang LANG       language of the HTML page's legend (default: from LANG)
A DIR stands for every .txt and .report file under it.`;

export const IMPORT_HELP = `Usage:
  report-lens import [--report FILE | --dir DIR] [--dry-run] FILE.ann|FILE.jsonl...

Reads annotations made in brat (.ann) or doccano (.jsonl) and adds them to the tags kept beside each
report: a brat file goes to --report (default: the .txt of the same name beside it); doccano records
go to the report named by their "filename" under --dir (default: the current folder), else to the
report with the same text. Spans the detectors already find are not repeated.
  --dry-run         say what would be added without writing
  --glossary FILE   an extra glossary file, for the detections not to repeat; may be repeated`;

export const GLOSSARY_HELP = `Usage:
  report-lens glossary [--glossary FILE]...

Prints the glossary entries annotate uses (the shipped glossary, then each --glossary FILE, a later entry
replacing an earlier one with the same id or term) as one JSON document {"terms":{"<termId>":{"canonical",
"definition","category","glossary","english","source","year"}}}: the fields every term annotation of the
entry carries, which annotate --lean leaves out.
  --glossary FILE   an extra glossary file (JSON, see docs/glossary.md); may be repeated`;

export const CHECK_HELP = `Usage:
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

export const USAGE = `report-lens: policy terms, figures, organisation names and outlines of Chinese reports.

${ANNOTATE_HELP}

${IMPORT_HELP}

${GLOSSARY_HELP}

${CHECK_HELP}

  report-lens --help        this text
  report-lens --version     the version`;
