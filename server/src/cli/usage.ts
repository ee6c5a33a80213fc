/** The CLI's help texts. */

export const ANNOTATE_HELP = `Usage:
  report-lens annotate [--format json|jsonl|text] [--glossary FILE]... [--no-candidates] [--jobs N] FILE...
  report-lens annotate --format jsonl [--glossary FILE]... [--jobs N] -
  report-lens annotate --format brat|doccano|csv|html [--out PATH] [--no-tags] [--lang en|zh-cn] FILE|DIR...

Finds policy terms, figures and organisation names in Chinese reports.
  --format json     one JSON document {"files":[{"path","annotations":[...],"outline":[...]}]} (default)
  --format jsonl    one JSON object per line; with "-", reads {"id","text"} records from standard input
                    and writes {"id","annotations"} for each
  --format text     a listing for people to read
  --glossary FILE   an extra glossary file (JSON, see docs/glossary.md); may be repeated
  --no-candidates   do not report quoted formulas that no glossary defines
  --jobs N, -j N    annotate on N worker threads (default: one per processor core, for a stream or for
                    files of a megabyte or more); the output is the same, in the order of the inputs
Offsets are UTF-16 code units into the file's text (after removing a byte-order mark), end exclusive.
With "-", a bad record (not JSON, no "text" string, binary text) is answered {"id","error"} and the
stream goes on; each answer depends on its record only, so shards of a stream can run separately.

Export formats (offsets in Unicode code points, as brat, doccano and Python count them):
  --format brat     brat standoff .ann; one report to standard output, several (or a folder) into
                    --out DIR as .txt/.ann pairs brat can open
  --format doccano  doccano JSONL, one {"text","label":[[start,end,label]],"filename"} line per report
  --format csv      one row per annotation (file, source, kind, label, start, end, line, column, text, …)
  --format html     a standalone page with the highlights and a legend
  --out PATH        write to PATH instead of standard output
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

export const USAGE = `report-lens: policy terms, figures, organisation names and outlines of Chinese reports.

${ANNOTATE_HELP}

${IMPORT_HELP}

  report-lens --help        this text
  report-lens --version     the version`;
