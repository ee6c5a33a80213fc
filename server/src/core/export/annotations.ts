/**
 * What an export holds: the automatic detections the user did not mark as wrong, and the user's own
 * tags, as one list of labelled spans per report. The writers (brat, doccano, CSV, HTML) start from here.
 */
import type { Analysis, EntityKind } from '../types';
import { KIND_LABELS, kindOfLabel, suppressor, type Tag } from '../tags';
import { CodePointIndex } from '../standoff/codePoints';
import { serializeBrat, splitAtLineBreaks, type BratEntry } from '../standoff/brat';
import { doccanoLine } from '../standoff/doccano';

/** How a span is drawn: the detector kinds, candidate terms, and the user's own labels. */
export type ExportKind = EntityKind | 'candidate' | 'tag';

export interface ExportAnnotation {
  /** UTF-16 offsets into the report's text. */
  start: number;
  end: number;
  text: string;
  kind: ExportKind;
  /** The label written to brat and doccano: "Term", "Figure", "Organisation", "CandidateTerm" or a custom label. */
  label: string;
  source: 'detected' | 'user';
  /** The user confirmed this detection. */
  confirmed?: boolean;
  /** Canonical name of a term or organisation. */
  canonical?: string;
  /** Figure kind, organisation kind or term category. */
  subtype?: string;
  value?: number | null;
  valueHigh?: number;
  unit?: string;
  date?: string;
}

/** One report to export. */
export interface ExportDocument {
  /** File name shown to people and written in the exports (e.g. "report.txt"). */
  name: string;
  text: string;
  annotations: ExportAnnotation[];
}

export const CANDIDATE_LABEL = 'CandidateTerm';

/**
 * The annotations of one report for export: detections minus those marked wrong, plus user tags
 * (a tag on the same range and kind as a detection confirms it rather than repeating it).
 */
export function collectAnnotations(text: string, analysis: Pick<Analysis, 'terms' | 'figures' | 'orgs'>, tags: readonly Tag[] = []): ExportAnnotation[] {
  const hidden = suppressor(tags, text);
  const out: ExportAnnotation[] = [];
  const byKey = new Map<string, ExportAnnotation>();
  const add = (a: ExportAnnotation, kind: EntityKind) => {
    if (hidden(kind, a.start, a.end)) return;
    out.push(a);
    byKey.set(`${kind}:${a.start}:${a.end}`, a);
  };
  for (const t of analysis.terms) {
    add(
      {
        start: t.start,
        end: t.end,
        text: t.text,
        kind: t.candidate ? 'candidate' : 'term',
        label: t.candidate ? CANDIDATE_LABEL : KIND_LABELS.term,
        source: 'detected',
        canonical: t.canonical,
        ...(t.category ? { subtype: t.category } : {}),
      },
      'term',
    );
  }
  for (const f of analysis.figures) {
    const a: ExportAnnotation = { start: f.start, end: f.end, text: f.text, kind: 'figure', label: KIND_LABELS.figure, source: 'detected', subtype: f.figureKind, value: f.value, unit: f.unit };
    if (f.valueHigh !== undefined) a.valueHigh = f.valueHigh;
    if (f.date) a.date = f.date;
    add(a, 'figure');
  }
  for (const o of analysis.orgs) {
    add({ start: o.start, end: o.end, text: o.text, kind: 'org', label: KIND_LABELS.org, source: 'detected', canonical: o.canonical, subtype: o.orgKind }, 'org');
  }
  for (const tag of tags) {
    if (tag.verdict === 'wrong') continue;
    const kind = kindOfLabel(tag.label);
    for (const s of tag.spans) {
      const same = kind ? byKey.get(`${kind}:${s.start}:${s.end}`) : undefined;
      if (same) {
        same.confirmed = true;
        continue;
      }
      out.push({ start: s.start, end: s.end, text: s.text, kind: kind ?? 'tag', label: kind ? KIND_LABELS[kind] : tag.label, source: 'user', ...(tag.verdict === 'right' ? { confirmed: true } : {}) });
    }
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end || a.label.localeCompare(b.label));
}

/**
 * The report's annotations as a brat .ann file (offsets in code points; spans across line breaks
 * cut into fragments). Confirmed detections carry `Verdict Right`, user tags `Source User`, and
 * canonical names differing from the text an AnnotatorNotes line.
 */
export function toBrat(doc: ExportDocument): string {
  const index = new CodePointIndex(doc.text);
  const spans: BratEntry[] = [];
  const rest: BratEntry[] = [];
  doc.annotations.forEach((a, i) => {
    const id = `T${i + 1}`;
    const fragments = splitAtLineBreaks(doc.text, a.start, a.end);
    spans.push({
      type: 'T',
      id,
      label: a.label,
      fragments: fragments.map(([s, e]) => [index.toCodePoint(s), index.toCodePoint(e)]),
      text: fragments.map(([s, e]) => doc.text.slice(s, e)).join(' '),
      line: 0,
    });
    if (a.confirmed) rest.push({ type: 'A', id: `A${rest.filter((e) => e.type === 'A').length + 1}`, name: 'Verdict', target: id, value: 'Right', line: 0 });
    if (a.source === 'user') rest.push({ type: 'A', id: `A${rest.filter((e) => e.type === 'A').length + 1}`, name: 'Source', target: id, value: 'User', line: 0 });
    if (a.canonical && a.canonical !== a.text) {
      rest.push({ type: '#', id: `#${rest.filter((e) => e.type === '#').length + 1}`, noteType: 'AnnotatorNotes', target: id, text: a.canonical, line: 0 });
    }
  });
  return serializeBrat([...spans, ...rest]);
}

/** The report as one doccano JSONL line: {"text", "label": [[start, end, label]]}, offsets in code points. */
export function toDoccano(doc: ExportDocument): string {
  return doccanoLine(doc.text, doc.annotations, { filename: doc.name });
}
