/**
 * The JSON that `report-lens annotate --format json|jsonl` writes: a public interface that users' scripts
 * read. Fields are only ever added, never renamed or removed.
 *
 * It is written as UTF-8 straight from the analysis, a piece at a time, never as one object tree or one
 * string: the JSON of a 10 MB report is some 46 MB, and building it whole cost the CLI a third of its time
 * (the tree, then the string, then the string's UTF-8 copy, and the garbage collections they caused).
 * The bytes are those JSON.stringify gives for the record objects described at each function.
 *
 * With --lean (`Lean`), a glossary term is written without its entry's fields (`report-lens glossary` lists
 * them), and an organisation's mentions give what they share once per file or record, in "orgs".
 */
import type { Analysis, Annotation, OutlineNode } from '../core/types';

/** Bytes of UTF-8 a piece of output gathers before it is handed on to be written. */
export const CHUNK_BYTES = 1024 * 1024;
/** The first piece's room: the pieces of an output double from this size up to CHUNK_BYTES. */
const FIRST_CHUNK_BYTES = 16 * 1024;

/**
 * JSON text as UTF-8 bytes, in pieces of up to CHUNK_BYTES. Each string is encoded where it is added: the
 * strings are never joined first (joining thousands of pieces and then encoding the result took three
 * times as long as encoding them one by one, and each joined string of 128 KB or more is a large object
 * for the garbage collector).
 *
 * The pieces start small and double: the record of a short file or a batch of short records takes a few
 * KB. Made at CHUNK_BYTES each, two per file (the second made when the first was taken, and never used),
 * the memory outside V8's heap had V8 collect its garbage over and over: for 5,000 files of a line each,
 * 43% of the run.
 */
export class Utf8Chunks {
  private buf: Buffer | undefined = undefined;
  private at = 0;
  private nextBytes = FIRST_CHUNK_BYTES;
  private readonly full: Uint8Array[] = [];

  add(s: string): void {
    // A UTF-16 code unit takes at most 3 bytes of UTF-8.
    const most = s.length * 3;
    if (this.buf === undefined || this.at + most > this.buf.length) {
      this.cut();
      if (most > CHUNK_BYTES) {
        const own = Buffer.allocUnsafeSlow(Buffer.byteLength(s));
        own.write(s);
        this.full.push(own);
        return;
      }
      this.buf = Buffer.allocUnsafeSlow(Math.max(this.nextBytes, most));
      this.nextBytes = Math.min(CHUNK_BYTES, this.nextBytes * 2);
    }
    this.at += this.buf.write(s, this.at);
  }

  /** Whether a piece is ready to be taken. */
  get ready(): boolean {
    return this.full.length > 0;
  }

  /**
   * The pieces that are full; with `all`, the one being filled too. Each piece has its memory to itself
   * (never a slice of Node's shared pool), so it can be handed over to another thread.
   */
  take(all = false): Uint8Array[] {
    if (all) this.cut();
    return this.full.splice(0);
  }

  private cut(): void {
    if (this.buf === undefined || this.at === 0) return;
    // The next piece gets a buffer of its own when something is added: the one handed on may still be
    // waiting to be written, or sent to another thread.
    this.full.push(this.buf.subarray(0, this.at));
    this.buf = undefined;
    this.at = 0;
  }
}

const FIRST = ['kind', 'start', 'end', 'text'];

/**
 * One annotation as JSON: kind, start, end, text first, then the kind's own fields in the order the
 * detector set them; fields whose value is undefined are left out. The same text as
 * JSON.stringify({ kind, start, end, text, ...rest }) for fields named by words (an integer-like name
 * would come first in that object).
 */
export function annotationText(a: Annotation): string {
  return inRecordOrder(a) ? JSON.stringify(a) : reorderedText(a);
}

/**
 * Whether the annotation's own fields start with kind, start, end, text, as the detectors set them: then
 * its own JSON is the record's, which JSON.stringify makes in half the time reorderedText takes. (for-in
 * visits a plain object's own keys in the order a spread copies them; annotations are object literals,
 * with nothing enumerable inherited.)
 */
function inRecordOrder(a: Annotation): boolean {
  let i = 0;
  for (const k in a) {
    if (k !== FIRST[i]) return false;
    if (++i === FIRST.length) return true;
  }
  return false;
}

/** Annotations per JSON.stringify call: a slice's JSON stays well under the size of a large object (128 KB). */
const SLICE = 128;

/**
 * The annotations all[from, to) as the elements of a JSON array: their JSON joined by commas. A slice whose
 * annotations are all in record order is one JSON.stringify call (a third faster than one per annotation).
 */
function annotationsText(all: readonly Annotation[], from: number, to: number): string {
  for (let i = from; i < to; i++) {
    if (!inRecordOrder(all[i])) {
      const parts: string[] = [];
      for (let j = from; j < to; j++) parts.push(annotationText(all[j]));
      return parts.join(',');
    }
  }
  const json = JSON.stringify(all.slice(from, to));
  return json.slice(1, json.length - 1);
}

/** The annotations all[from, to) as the elements of a JSON array, in the full form or, with `lean`, its. */
function sliceText(all: readonly Annotation[], from: number, to: number, lean: Lean | undefined): string {
  return lean ? lean.annotationsText(all, from, to) : annotationsText(all, from, to);
}

/** Adds the annotations to `out` as a JSON array. */
function addAnnotationsJson(out: Utf8Chunks, all: readonly Annotation[], lean: Lean | undefined): void {
  out.add('[');
  for (let i = 0; i < all.length; i += SLICE) out.add((i ? ',' : '') + sliceText(all, i, Math.min(all.length, i + SLICE), lean));
  out.add(']');
}

/**
 * The lean form of one file's or record's annotations (--lean). A glossary term is written
 * {kind, start, end, text, termId}: the fields of its entry, the same for every annotation of it, are those
 * `report-lens glossary` lists by termId. An organisation is written {kind, start, end, text, orgKind,
 * entityId}, and the record's "orgs" gives, by entityId, what its mentions share: {canonical, names,
 * mentions}, `names` being every name it goes by in the document in the order of their first mention (an
 * annotation's `aliases` in the full form are these names but its own text). Figures, and terms without a
 * termId (candidates, and strategies named after a place such as 健康蚌埠), are written as in the full form.
 * So the full form of every annotation can be put back together, and nothing is shared between records.
 */
export class Lean {
  private readonly orgs = new Map<string, string>();

  /** The annotations all[from, to) in their lean form, as the elements of a JSON array; notes their organisations. */
  annotationsText(all: readonly Annotation[], from: number, to: number): string {
    const lean: object[] = new Array(to - from);
    for (let i = from; i < to; i++) lean[i - from] = this.leanOf(all[i]);
    const json = JSON.stringify(lean);
    return json.slice(1, json.length - 1);
  }

  private leanOf(a: Annotation): object {
    if (a.kind === 'term' && a.termId !== undefined) return { kind: a.kind, start: a.start, end: a.end, text: a.text, termId: a.termId };
    if (a.kind === 'org') {
      if (!this.orgs.has(a.entityId)) {
        // The names in the order of their first mention: `aliases` lists them but this mention's own text, which
        // is the first name at the entity's first mention (annotations come in document order).
        this.orgs.set(a.entityId, JSON.stringify({ canonical: a.canonical, names: [a.text, ...a.aliases], mentions: a.mentions }));
      }
      return { kind: a.kind, start: a.start, end: a.end, text: a.text, orgKind: a.orgKind, entityId: a.entityId };
    }
    return inRecordOrder(a) ? a : JSON.parse(annotationText(a));
  }

  /** Adds `,"orgs":{…}` for the annotations written so far. */
  addTables(out: Utf8Chunks): void {
    out.add(`,"orgs":${tableText(this.orgs)}`);
  }
}

/**
 * What `report-lens glossary` prints: JSON of {terms: {<termId>: fields}}, the entries in the order given,
 * each with the fields its term annotations carry besides their range and termId (what --lean leaves out).
 */
export function glossaryJson(entries: Iterable<[string, object]>): string {
  const terms = new Map<string, string>();
  for (const [id, fields] of entries) terms.set(id, JSON.stringify(fields));
  return `{"terms":${tableText(terms)}}`;
}

/** A map of JSON texts as a JSON object, its keys in the map's order. */
function tableText(table: ReadonlyMap<string, string>): string {
  let s = '{';
  for (const [k, v] of table) s += (s.length > 1 ? ',' : '') + JSON.stringify(k) + ':' + v;
  return s + '}';
}

function reorderedText(a: Annotation): string {
  const fields = a as unknown as Record<string, unknown>;
  let s = '{';
  let first = true;
  const put = (k: string, v: unknown) => {
    const json = valueText(v);
    if (json === undefined) return;
    s += (first ? '' : ',') + keyText(k) + json;
    first = false;
  };
  for (const k of FIRST) put(k, fields[k]);
  for (const k in fields) if (!FIRST.includes(k)) put(k, fields[k]);
  return s + '}';
}

/** A value as JSON.stringify writes it as a property; undefined where it leaves the property out. */
function valueText(v: unknown): string | undefined {
  // Numbers are most of the fields: String gives the same digits as JSON for finite numbers.
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : 'null';
  return JSON.stringify(v);
}

const keys = new Map<string, string>();
/** `"key":`, made once per field name. */
function keyText(k: string): string {
  let s = keys.get(k);
  if (s === undefined) keys.set(k, (s = JSON.stringify(k) + ':'));
  return s;
}

/** Document order: by start, a longer span before a shorter one at the same start. */
const byPlace = (a: Annotation, b: Annotation) => a.start - b.start || b.end - a.end;

/**
 * Every annotation of an analysis in document order (a longer span before a shorter one at the same
 * start; at the same span, terms, then figures, then organisations). The detectors give each kind in
 * that order already, so the three lists are merged in one pass; a list out of order is sorted instead.
 */
export function annotationsInOrder(analysis: Analysis): Annotation[] {
  const lists: Annotation[][] = [analysis.terms, analysis.figures, analysis.orgs];
  if (!lists.every(inOrder)) return lists.flat().sort(byPlace);
  const out: Annotation[] = new Array(lists[0].length + lists[1].length + lists[2].length);
  const at = [0, 0, 0];
  for (let n = 0; n < out.length; n++) {
    // The list whose next annotation comes first; on a tie the earlier list, as a stable sort of their concatenation.
    let best = -1;
    for (let l = 0; l < 3; l++) {
      if (at[l] < lists[l].length && (best < 0 || byPlace(lists[l][at[l]], lists[best][at[best]]) < 0)) best = l;
    }
    out[n] = lists[best][at[best]++];
  }
  return out;
}

function inOrder(list: Annotation[]): boolean {
  for (let i = 1; i < list.length; i++) if (byPlace(list[i - 1], list[i]) > 0) return false;
  return true;
}

/**
 * The outline as a tree of headings, added to `out`: JSON of [{name, level, line, endLine, style, start, end,
 * sectionEndLine, formalLevel, children: [...]}] (`line`/`endLine` 0-based), written node by node (a 10 MB report's
 * outline is some 3 MB of JSON).
 */
export function addOutlineJson(out: Utf8Chunks, nodes: readonly OutlineNode[]): void {
  out.add('[');
  for (let i = 0; i < nodes.length; i++) {
    const n = nodes[i];
    const head = JSON.stringify({ name: n.name, level: n.level, line: n.line, endLine: n.endLine, style: n.style, start: n.start, end: n.end, sectionEndLine: n.sectionEndLine, formalLevel: n.formalLevel });
    out.add(`${i ? ',' : ''}${head.slice(0, -1)}${head.length > 2 ? ',' : ''}"children":`);
    addOutlineJson(out, n.children);
    out.add('}');
  }
  out.add(']');
}

/**
 * A file's record, {"path","annotations","outline"}, as UTF-8 in pieces; in jsonl with "id" first (equal to
 * the path) and a line feed after; with `lean`, its annotations in the lean form and "orgs" last (`Lean`).
 * Joined, the pieces are the text of JSON.stringify(record).
 */
export function* fileRecordJson(path: string, analysis: Analysis, jsonl: boolean, lean = false): Generator<Uint8Array, void, void> {
  const out = new Utf8Chunks();
  const tables = lean ? new Lean() : undefined;
  const name = JSON.stringify(path);
  out.add(`{${jsonl ? `"id":${name},` : ''}"path":${name},"annotations":[`);
  const all = annotationsInOrder(analysis);
  for (let i = 0; i < all.length; i += SLICE) {
    out.add((i ? ',' : '') + sliceText(all, i, Math.min(all.length, i + SLICE), tables));
    if (out.ready) yield* out.take();
  }
  out.add('],"outline":');
  addOutlineJson(out, analysis.outline);
  tables?.addTables(out);
  out.add(jsonl ? '}\n' : '}');
  yield* out.take(true);
}

/**
 * The record of a file that was skipped (binary): JSON of {path, skipped, annotations: [], outline: []}, with
 * "id" in jsonl, and with --lean an empty "orgs".
 */
export function skippedFileJson(path: string, skipped: string, withId: boolean, lean = false): string {
  return JSON.stringify({ ...(withId ? { id: path } : {}), path, skipped, annotations: [], outline: [], ...(lean ? { orgs: {} } : {}) });
}

/**
 * The answer to one {"id","text"} record, JSON of {id, annotations} (in document order: annotationsInOrder),
 * with --lean {id, annotations, orgs}, added to `out`.
 */
export function addRecordJson(out: Utf8Chunks, id: unknown, all: readonly Annotation[], lean = false): void {
  const tables = lean ? new Lean() : undefined;
  out.add(`{"id":${idText(id)},"annotations":`);
  addAnnotationsJson(out, all, tables);
  tables?.addTables(out);
  out.add('}');
}

/** The answer to a record that could not be annotated: JSON of {id, error}. */
export function errorRecordJson(id: unknown, error: string): string {
  return `{"id":${idText(id)},"error":${JSON.stringify(error)}}`;
}

/** A record's id as JSON; a record without one is answered with null. */
function idText(id: unknown): string {
  return JSON.stringify(id ?? null) ?? 'null';
}
