/**
 * The brat standoff format (https://brat.nlplab.org/standoff.html), line by line:
 *
 *   T1<TAB>Organisation 0 6<TAB>芜湖市卫健委          text-bound annotation
 *   T2<TAB>Term 10 12;14 17<TAB>县域 医共体           discontinuous: fragments joined by one space
 *   A1<TAB>Verdict T1 Wrong                          attribute (value optional)
 *   #1<TAB>AnnotatorNotes T1<TAB>free text           note
 *   R1, E1, N1, M1, *                                relations, events, normalisations…: kept verbatim
 *
 * Offsets here are exactly as in the file: Unicode code points (see codePoints.ts), end exclusive.
 * Parsing never throws: a line that cannot be read becomes a problem with its 1-based line number,
 * so a caller can refuse to rewrite the file instead of losing what it could not read.
 */
import { finish, StepSizer, type Steps } from '../steps';

export interface BratTextBound {
  type: 'T';
  id: string;
  label: string;
  /** [start, end) pairs in code points, in file order. */
  fragments: [number, number][];
  /** The text field: the fragments' texts joined by single spaces. */
  text: string;
  /** 1-based line in the file (0 for entries built in memory). */
  line: number;
}

export interface BratAttribute {
  type: 'A';
  id: string;
  name: string;
  target: string;
  value?: string;
  line: number;
}

export interface BratNote {
  type: '#';
  id: string;
  noteType: string;
  target: string;
  text: string;
  line: number;
}

/** Relations, events, normalisations, equivalences and legacy modifications: carried through unchanged. */
export interface BratOther {
  type: 'other';
  id: string;
  raw: string;
  line: number;
}

export type BratEntry = BratTextBound | BratAttribute | BratNote | BratOther;

export type BratProblemCode = 'syntax' | 'offsets' | 'duplicate-id' | 'unknown-target' | 'missing-text';

export interface BratProblem {
  /** 1-based line number in the file. */
  line: number;
  code: BratProblemCode;
  /** English description; the server localises by `code`. */
  message: string;
}

export interface ParsedBrat {
  entries: BratEntry[];
  problems: BratProblem[];
}

const ID = /^(?:[A-Za-z#][0-9]+\S*|\*)$/;
const LABEL = /^\S+$/;

/** Lines parsed between two steps of parseBratSteps: at most this many (about 5 ms of work once compiled), at first 256 (StepSizer). */
const LINES_PER_STEP = 5000;

/** Parses the text of an .ann file. */
export function parseBrat(ann: string): ParsedBrat {
  return finish(parseBratSteps(ann));
}

/**
 * parseBrat in steps, for a server that must not be held up by a file of a million lines. The text may come
 * in pieces, each but the last ending with a line break, so that a 45 MB file is never one string. With
 * `textBound`, each `T` entry is handed to it instead of being kept in `entries`: the server stores a million
 * tags as numbers (core/tagTable.ts), and a million entry objects kept meanwhile would weigh on the collector.
 */
export function* parseBratSteps(ann: string | readonly string[], textBound?: (e: BratTextBound) => void): Steps<ParsedBrat> {
  const entries: BratEntry[] = [];
  const problems: BratProblem[] = [];
  const ids = new IdLines();
  const problem = (line: number, code: BratProblemCode, message: string) => problems.push({ line, code, message });
  // A file of a million tags has a handful of labels: one string each, not a million copies.
  const labels = new Map<string, string>();
  const intern = (s: string) => labels.get(s) ?? (labels.set(s, s), s);

  // Line by line without splitting the whole file at once (a 44 MB file is a million strings).
  const LINE_BREAK = /\r\n|\r|\n/g;
  const pieces = typeof ann === 'string' ? [ann] : ann.length ? ann : [''];
  let line = 0;
  const sizer = new StepSizer(256, LINES_PER_STEP);
  for (let k = 0; k < pieces.length; k++) {
    const piece = pieces[k];
    // The text after a piece's final line break is the next piece's first line; only the last piece's is its own.
    const end = k === pieces.length - 1 ? piece.length : piece.length - 1;
    for (let from = k === 0 && piece.charCodeAt(0) === 0xfeff ? 1 : 0; from <= end; ) {
      line++;
      if (sizer.tick()) yield;
      LINE_BREAK.lastIndex = from;
      const m = LINE_BREAK.exec(piece);
      const raw = piece.slice(from, m ? m.index : piece.length);
      from = m ? m.index + m[0].length : piece.length + 1;
      if (raw.trim() === '') continue;
      const tab = raw.indexOf('\t');
      const id = tab < 0 ? raw.split(/\s/)[0] : raw.slice(0, tab);
      if (tab < 0 || !ID.test(id)) {
        problem(line, 'syntax', tab < 0 ? 'no tab after the annotation id' : `"${id}" is not an annotation id`);
        continue;
      }
      if (id !== '*' && ids.has(id)) {
        problem(line, 'duplicate-id', `the id ${id} is already used on line ${ids.get(id)}`);
        continue;
      }
      // An id counts as used once its line was read; a broken line does not take it.
      const accept = (e: BratEntry) => {
        if (e.type === 'T' && textBound) textBound(e);
        else entries.push(e);
        if (id !== '*') ids.set(id, line);
      };
      const rest = raw.slice(tab + 1);
      const kind = id[0];
      if (kind === 'T') {
        const tab2 = rest.indexOf('\t');
        if (tab2 < 0) {
          problem(line, 'missing-text', `${id} has no text field after its offsets`);
          continue;
        }
        const head = rest.slice(0, tab2);
        const sp = head.indexOf(' ');
        const label = intern(sp < 0 ? head : head.slice(0, sp));
        if (sp < 0 || !LABEL.test(label)) {
          problem(line, 'syntax', `${id} needs a label and offsets ("Label start end")`);
          continue;
        }
        const fragments = parseFragments(head.slice(sp + 1));
        if (typeof fragments === 'string') {
          problem(line, 'offsets', `${id}: ${fragments}`);
          continue;
        }
        accept({ type: 'T', id, label, fragments, text: rest.slice(tab2 + 1), line });
      } else if (kind === 'A') {
        const parts = rest.split(' ').filter((p) => p !== '');
        if (parts.length < 2 || parts.length > 3 || rest.includes('\t')) {
          problem(line, 'syntax', `${id} should read "Name Target [Value]"`);
          continue;
        }
        const [name, target, value] = parts;
        accept(value === undefined ? { type: 'A', id, name, target, line } : { type: 'A', id, name, target, value, line });
      } else if (kind === '#') {
        const tab2 = rest.indexOf('\t');
        const head = tab2 < 0 ? rest : rest.slice(0, tab2);
        const parts = head.split(' ').filter((p) => p !== '');
        if (parts.length !== 2) {
          problem(line, 'syntax', `${id} should read "NoteType Target<TAB>text"`);
          continue;
        }
        accept({ type: '#', id, noteType: parts[0], target: parts[1], text: tab2 < 0 ? '' : rest.slice(tab2 + 1), line });
      } else {
        accept({ type: 'other', id, raw, line });
      }
    }
  }

  // Attributes and notes must point at something that exists.
  for (const e of entries) {
    if ((e.type === 'A' || e.type === '#') && !ids.has(e.target)) {
      problem(e.line, 'unknown-target', `${e.id} refers to ${e.target}, which is not in the file`);
    }
  }
  problems.sort((a, b) => a.line - b.line);
  return { entries, problems };
}

/**
 * The line of each id read so far. The ids of a million tags ("T1" … "T1000000") are kept as numbers in one
 * array, not as a million strings in a map (see parseBratSteps); other ids go in a map.
 */
class IdLines {
  private tLines = new Int32Array(1024);
  private others = new Map<string, number>();

  has(id: string): boolean {
    return this.get(id) !== undefined;
  }

  get(id: string): number | undefined {
    const n = plainTNumber(id);
    if (n === undefined) return this.others.get(id);
    return n < this.tLines.length && this.tLines[n] > 0 ? this.tLines[n] : undefined;
  }

  set(id: string, line: number): void {
    const n = plainTNumber(id);
    if (n === undefined) {
      this.others.set(id, line);
      return;
    }
    if (n >= this.tLines.length) {
      const bigger = new Int32Array(Math.max(n + 1, this.tLines.length * 2));
      bigger.set(this.tLines);
      this.tLines = bigger;
    }
    this.tLines[n] = line;
  }
}

/** Numbers kept in IdLines' array: up to 2^24 (64 MB at most); a larger id goes to the map. */
const MAX_ARRAY_ID = 1 << 24;

/** n for an id "Tn" written without a leading zero (so that "T01" stays another id than "T1"), n below MAX_ARRAY_ID. */
function plainTNumber(id: string): number | undefined {
  if (id.length < 2 || id.length > 9 || id.charCodeAt(0) !== 84 /* T */ || (id.charCodeAt(1) === 48 && id.length > 2)) return undefined;
  let n = 0;
  for (let i = 1; i < id.length; i++) {
    const d = id.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return undefined;
    n = n * 10 + d;
  }
  return n < MAX_ARRAY_ID ? n : undefined;
}

/** Parses "0 5;16 23" into pairs, or says what is wrong. */
function parseFragments(s: string): [number, number][] | string {
  const out: [number, number][] = [];
  for (const part of s.split(';')) {
    const m = /^\s*(\d+) (\d+)\s*$/.exec(part);
    if (!m) return `"${s}" is not a list of "start end" offsets`;
    const start = Number(m[1]);
    const end = Number(m[2]);
    if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end)) return `offsets "${part.trim()}" are too large`;
    if (end < start) return `the end ${end} comes before the start ${start}`;
    out.push([start, end]);
  }
  return out;
}

/** Writes entries back as .ann text: one line each, LF line ends, a final newline. */
export function serializeBrat(entries: readonly BratEntry[]): string {
  const out: string[] = [];
  for (const e of entries) {
    switch (e.type) {
      case 'T':
        out.push(textBoundLine(e.id, e.label, e.fragments, e.text));
        break;
      case 'A':
        out.push(`${e.id}\t${safeLabel(e.name)} ${e.target}${e.value === undefined ? '' : ` ${safeLabel(e.value)}`}`);
        break;
      case '#':
        out.push(`${e.id}\t${safeLabel(e.noteType)} ${e.target}\t${oneLine(e.text)}`);
        break;
      default:
        out.push(e.raw);
    }
  }
  return out.length ? out.join('\n') + '\n' : '';
}

/** The line of a text-bound annotation (`T`), without its line break. */
export function textBoundLine(id: string, label: string, fragments: readonly (readonly [number, number])[], text: string): string {
  const offsets = fragments.length === 1 ? `${fragments[0][0]} ${fragments[0][1]}` : fragments.map(([s, t]) => `${s} ${t}`).join(';');
  return `${id}\t${safeLabel(label)} ${offsets}\t${oneLine(text)}`;
}

/** A label or attribute value brat can read: no whitespace. */
export function safeLabel(label: string): string {
  if (PLAIN_LABEL.test(label)) return label;
  const s = label.trim().replace(/\s+/g, '_');
  return s || '_';
}

/** A label with no white space at all, kept as it is (the usual case, tested once). */
const PLAIN_LABEL = /^[^\s]+$/;

/** Line breaks cannot appear in a field; they become spaces. */
function oneLine(s: string): string {
  return s.includes('\n') || s.includes('\r') ? s.replace(/\r\n|\r|\n/g, ' ') : s;
}

/**
 * The fragments of a span as brat writes them: split at line breaks, which cannot appear in a
 * text field, and without the breaks themselves. Offsets are those of `text` (any unit).
 */
export function splitAtLineBreaks(text: string, start: number, end: number): [number, number][] {
  const out: [number, number][] = [];
  let from = start;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      if (i > from) out.push([from, i]);
      from = i + 1;
    }
  }
  if (end > from) out.push([from, end]);
  if (out.length === 0) out.push([start, end]);
  return out;
}

/** The next free id with a prefix ("T", "A", "#"), after those in `entries`. */
export function nextId(entries: readonly { id: string }[], prefix: string): string {
  let max = 0;
  for (const e of entries) {
    if (!e.id.startsWith(prefix)) continue;
    const n = /^\d+/.exec(e.id.slice(prefix.length));
    if (n) max = Math.max(max, Number(n[0]));
  }
  return `${prefix}${max + 1}`;
}
