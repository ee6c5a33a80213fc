/**
 * Which standoff file holds a report's tags: one rule for the server, the CLI's export and import, and
 * brat collections written by exports (docs/tagging.md, "The standoff file beside the report").
 *
 * brat pairs `name.txt` with `name.ann`, and Report Lens keeps that for `.txt` reports. Any other report
 * keeps its whole name before `.ann`: `r.report` → `r.report.ann`, `r.TXT` → `r.TXT.ann`, so that `r.txt`,
 * `r.report` and `r.TXT` in one folder never share a file. A name without an extension gets an empty one,
 * `notes` → `notes..ann`, because `notes.ann` is brat's file for `notes.txt`. The rule looks at the name
 * alone, never at what else is in the folder: creating a file must not hand one report's tags to another.
 *
 * Names here are file names or `/`-separated relative paths; only the last part is looked at.
 */

/** brat's document name for a report: what stands before `.txt` and `.ann` in a brat collection. */
export function bratStemOf(name: string): string {
  const base = name.slice(name.lastIndexOf('/') + 1);
  if (base.length > 4 && base.endsWith('.txt')) return name.slice(0, -4);
  return base.lastIndexOf('.') > 0 ? name : `${name}.`;
}

/** The name of a report's .ann file. */
export function annNameOf(reportName: string): string {
  return `${bratStemOf(reportName)}.ann`;
}

/**
 * The report names whose .ann is `annName`, `.txt` first. Two exist only for names such as `x.report.txt`
 * beside `x.report`: the `.txt` report, brat's, keeps the file.
 */
export function reportNamesOf(annName: string): string[] {
  if (!annName.endsWith('.ann')) return [];
  const stem = annName.slice(0, -4);
  const candidates = [`${stem}.txt`, stem.endsWith('.') ? stem.slice(0, -1) : stem];
  return candidates.filter((c, i) => c !== '' && candidates.indexOf(c) === i && annNameOf(c) === annName);
}
