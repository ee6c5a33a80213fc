/**
 * Glossary files: parsing and validation (by hand, with line and column for every problem), the
 * glossary that ships with the extension, and adding an entry to a file without disturbing the rest.
 *
 * A glossary file is JSON (comments and trailing commas allowed):
 * `{ "$schema": "...", "version": 1, "entries": [GlossaryEntry...], "ignore": [string...] }`
 * (see server/data/glossary.schema.json and docs/glossary.md).
 */
import { applyEdits, findNodeAtLocation, modify, parseTree, printParseErrorCode, type JSONPath, type Node, type ParseError } from 'jsonc-parser';
import type { GlossaryEntry, TermCategory } from './types';
import { lineAndColumn, lineStarts } from './lines';
import builtinData from '../../data/glossary.json';

/** 0-based line and column into the file text. */
export interface GlossaryProblem {
  line: number;
  column: number;
  message: string;
}

export interface ParsedGlossary {
  /** The file's name ("builtin" for the shipped glossary); annotations carry it as `glossary`. */
  name: string;
  entries: GlossaryEntry[];
  problems: GlossaryProblem[];
  /**
   * Text in which no term is annotated (e.g. "医保局", so that 医保 is not highlighted inside 国家医保局):
   * where one of these is the longest match at a position, the whole of it is skipped.
   */
  ignore?: string[];
}

export const CATEGORIES: readonly TermCategory[] = [
  'medical-reform',
  'public-health',
  'maternal-child',
  'elderly-care',
  'tcm',
  'party-building',
  'governance',
  'finance-insurance',
  'workforce',
  'digital-health',
  'population',
  'other',
];

/** The only format version so far. */
export const GLOSSARY_VERSION = 1;

/** Shortest and longest accepted term or alias, in code points. */
const MIN_TERM = 2;
const MAX_TERM = 40;

const ENTRY_KEYS = new Set(['id', 'term', 'aliases', 'definition', 'english', 'source', 'year', 'category']);
const ROOT_KEYS = new Set(['$schema', 'version', 'entries', 'ignore', 'name', 'description']);
/** Ids are ASCII: letters, digits, and . _ - inside (the builtin glossary uses lower-case kebab case). */
const ID_RE = /^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?$/;
/** Characters a term cannot contain: line breaks and tabs (the pipeline joins broken lines before matching). */
const BAD_TERM_CHARS = /[\r\n\t\u2028\u2029]/;

type Where = (path: JSONPath) => { line: number; column: number };

/**
 * How deep arrays and objects may nest in a glossary file. A glossary needs four levels; the JSON parser
 * recurses once per level, and 200,000 nested `[` overflow its stack (a RangeError, not a syntax error).
 */
export const MAX_GLOSSARY_NESTING = 64;

/**
 * The offset of the first `[` or `{` that opens level `max + 1` of a JSON-with-comments text, or -1 when
 * the text nests no deeper than `max`. Brackets inside strings and comments do not count; the scan
 * neither recurses nor allocates, so it is safe on any text.
 */
export function tooDeepAt(text: string, max = MAX_GLOSSARY_NESTING): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 /* " */) {
      for (i++; i < text.length; i++) {
        const d = text.charCodeAt(i);
        if (d === 0x5c /* \ */) i++;
        else if (d === 0x22 || d === 0x0a) break;
      }
    } else if (c === 0x2f /* / */ && text.charCodeAt(i + 1) === 0x2f) {
      const nl = text.indexOf('\n', i);
      i = nl < 0 ? text.length : nl;
    } else if (c === 0x2f && text.charCodeAt(i + 1) === 0x2a /* * */) {
      const close = text.indexOf('*/', i + 2);
      i = close < 0 ? text.length : close + 1;
    } else if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
      if (++depth > max) return i;
    } else if (c === 0x5d /* ] */ || c === 0x7d /* } */) {
      depth = Math.max(0, depth - 1);
    }
  }
  return -1;
}

/** Parses and validates a glossary file's text (JSON with comments allowed). Invalid entries are reported with their line and skipped; a file that is not JSON at all yields no entries and one problem. */
export function parseGlossary(text: string, name: string): ParsedGlossary {
  const errors: ParseError[] = [];
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const shift = text.length - body.length;
  const lines = lineStarts(text);
  const at = (offset: number) => lineAndColumn(lines, offset + shift);
  const deep = tooDeepAt(body);
  if (deep >= 0) return { name, entries: [], problems: [{ ...at(deep), message: `Invalid glossary: arrays and objects nested more than ${MAX_GLOSSARY_NESTING} levels deep` }] };
  const root = parseTree(body, errors, { allowTrailingComma: true, disallowComments: false, allowEmptyContent: false });
  if (errors.length > 0 || !root) {
    // One problem is enough: after the first syntax error, the parser's later complaints are mostly echoes of it.
    const first = errors[0];
    const message = first ? `Invalid JSON: ${describeParseError(printParseErrorCode(first.error))}` : 'Invalid JSON: the file is empty';
    return { name, entries: [], problems: [{ ...at(first?.offset ?? 0), message }] };
  }
  const where: Where = (path) => {
    // Point at the deepest node of the path that exists (a missing property: its object).
    for (let n = path.length; n >= 0; n--) {
      const node = findNodeAtLocation(root, path.slice(0, n));
      if (node) return at(node.offset);
    }
    return at(root.offset);
  };
  return validate(nodeValue(root), name, where);
}

/** The glossary that ships with the extension. */
export function builtinGlossary(): ParsedGlossary {
  // The data is bundled; it has no text to point into, so problems (there should be none) are at 0:0.
  builtin ??= validate(builtinData as unknown, 'builtin', () => ({ line: 0, column: 0 }));
  return builtin;
}
let builtin: ParsedGlossary | undefined;

/** Returns the text of a glossary file with one entry added, keeping the rest of the file as it was (creates the file structure when `text` is empty). */
export function addGlossaryEntry(text: string, entry: GlossaryEntry): string {
  const value = cleanEntry(entry);
  if (text.trim() === '') {
    const body = formatEntry(value, '  ').split('\n').join('\n    ');
    return `{\n  "version": ${GLOSSARY_VERSION},\n  "entries": [\n    ${body}\n  ]\n}\n`;
  }
  if (tooDeepAt(text) >= 0) throw new Error(`cannot add an entry: the glossary file nests more than ${MAX_GLOSSARY_NESTING} levels deep`);
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length > 0 || !root || root.type !== 'object') {
    throw new Error('cannot add an entry: the glossary file is not a valid JSON object');
  }
  const formattingOptions = detectFormatting(text);
  const entries = findNodeAtLocation(root, ['entries']);
  if (!entries || entries.type !== 'array') {
    return applyEdits(text, modify(text, ['entries'], [value], { formattingOptions }));
  }
  const items = entries.children ?? [];
  // An entry with the same id is replaced where it stands; otherwise the new one goes last.
  const index = items.findIndex((c) => c.type === 'object' && findNodeAtLocation(c, ['id'])?.value === entry.id);
  if (index >= 0) return applyEdits(text, modify(text, ['entries', index], value, { formattingOptions }));
  if (items.length === 0) return applyEdits(text, modify(text, ['entries', 0], value, { formattingOptions, isArrayInsertion: true }));
  // Appending by hand: jsonc-parser's formatter would also reformat the entry before the new one.
  const last = items[items.length - 1];
  const at = last.offset + last.length;
  const lineStart = text.lastIndexOf('\n', last.offset - 1) + 1;
  const lead = text.slice(lineStart, last.offset);
  const indent = /^[ \t]*$/.test(lead) ? lead : leadingSpace(text, entries.offset) + unit(formattingOptions);
  const body = formatEntry(value, unit(formattingOptions)).split('\n').join(formattingOptions.eol + indent);
  return text.slice(0, at) + ',' + formattingOptions.eol + indent + body + text.slice(at);
}

/** An entry as the shipped glossary writes it: one property a line, aliases on one line. */
function formatEntry(e: GlossaryEntry, indent: string): string {
  const lines = Object.entries(e).map(([k, v]) => `${indent}${JSON.stringify(k)}: ${Array.isArray(v) ? `[${v.map((x) => JSON.stringify(x)).join(', ')}]` : JSON.stringify(v)}`);
  return `{\n${lines.join(',\n')}\n}`;
}

/** One level of indentation. */
function unit(o: { insertSpaces: boolean; tabSize: number }): string {
  return o.insertSpaces ? ' '.repeat(o.tabSize) : '\t';
}

/** The spaces and tabs at the start of the line holding `offset`. */
function leadingSpace(text: string, offset: number): string {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]*/.exec(text.slice(start))![0];
}

// ---------------------------------------------------------------- validation

function validate(root: unknown, name: string, where: Where): ParsedGlossary {
  const problems: GlossaryProblem[] = [];
  const problem = (path: JSONPath, message: string) => problems.push({ ...where(path), message });
  const entries: GlossaryEntry[] = [];
  if (!isObject(root)) {
    problem([], 'A glossary file must be a JSON object with an "entries" array.');
    return { name, entries, problems };
  }
  for (const key of Object.keys(root)) {
    if (!ROOT_KEYS.has(key)) problem([key], `Unknown property "${key}" (ignored).`);
  }
  if (root.version !== undefined && root.version !== GLOSSARY_VERSION) {
    problem(['version'], `Unsupported version ${JSON.stringify(root.version)}: this extension reads version ${GLOSSARY_VERSION}.`);
  }
  let ignore: string[] | undefined;
  if (root.ignore !== undefined) {
    if (!Array.isArray(root.ignore)) problem(['ignore'], '"ignore" must be an array of strings.');
    else {
      ignore = [];
      root.ignore.forEach((s, i) => {
        if (typeof s !== 'string' || s.length === 0 || BAD_TERM_CHARS.test(s)) problem(['ignore', i], '"ignore" items must be non-empty strings on one line.');
        else ignore!.push(s);
      });
    }
  }
  if (!Array.isArray(root.entries)) {
    problem(root.entries === undefined ? [] : ['entries'], 'A glossary file needs an "entries" array.');
    return { name, entries, problems, ...(ignore ? { ignore } : {}) };
  }
  const ids = new Map<string, number>();
  const forms = new Map<string, number>();
  root.entries.forEach((raw, i) => {
    const path = ['entries', i];
    const entry = checkEntry(raw, path, problem);
    if (!entry) return;
    const seen = ids.get(entry.id);
    if (seen !== undefined) {
      problem([...path, 'id'], `Duplicate id "${entry.id}" (also entry ${seen + 1}); this entry is skipped.`);
      return;
    }
    const own = new Set<string>();
    for (const [k, form] of [entry.term, ...(entry.aliases ?? [])].entries()) {
      if (own.has(form)) {
        problem([...path, ...(k === 0 ? ['term'] : ['aliases', k - 1])], `"${form}" is listed twice in this entry.`);
        continue;
      }
      own.add(form);
      const other = forms.get(form);
      if (other !== undefined) {
        problem([...path, ...(k === 0 ? ['term'] : ['aliases', k - 1])], `"${form}" is already a term or alias of entry ${other + 1}; this entry takes it over.`);
      }
      forms.set(form, i);
    }
    ids.set(entry.id, i);
    entries.push(entry);
  });
  return { name, entries, problems, ...(ignore ? { ignore } : {}) };
}

/** The entry, or undefined (with problems reported) when it cannot be used. */
function checkEntry(raw: unknown, path: JSONPath, problem: (path: JSONPath, message: string) => void): GlossaryEntry | undefined {
  if (!isObject(raw)) {
    problem(path, 'An entry must be an object.');
    return undefined;
  }
  let ok = true;
  const bad = (key: string, message: string) => {
    problem(raw[key] === undefined ? path : [...path, key], message);
    ok = false;
  };
  for (const key of Object.keys(raw)) {
    if (!ENTRY_KEYS.has(key)) problem([...path, key], `Unknown property "${key}" (ignored).`);
  }
  const { id, term, aliases, definition, english, source, year, category } = raw;
  if (typeof id !== 'string' || !ID_RE.test(id)) {
    bad('id', id === undefined ? 'Missing "id".' : '"id" must be a string of ASCII letters, digits, ".", "_" or "-", e.g. "county-medical-community".');
  }
  if (typeof term !== 'string') bad('term', term === undefined ? 'Missing "term".' : '"term" must be a string.');
  else {
    const why = termProblem(term);
    if (why) bad('term', `"term" ${why}`);
  }
  const cleanAliases: string[] = [];
  if (aliases !== undefined) {
    if (!Array.isArray(aliases)) bad('aliases', '"aliases" must be an array of strings.');
    else {
      aliases.forEach((a, k) => {
        const why = typeof a !== 'string' ? 'must be a string' : termProblem(a);
        if (why) {
          problem([...path, 'aliases', k], `Alias ${k + 1} ${why}`);
          ok = false;
        } else cleanAliases.push(a as string);
      });
    }
  }
  if (typeof definition !== 'string' || definition.trim() === '') {
    bad('definition', definition === undefined ? 'Missing "definition".' : '"definition" must be a non-empty string.');
  }
  for (const [key, value] of [['english', english], ['source', source]] as const) {
    if (value !== undefined && (typeof value !== 'string' || value.trim() === '')) bad(key, `"${key}" must be a non-empty string when present.`);
  }
  if (year !== undefined && (typeof year !== 'number' || !Number.isInteger(year) || year < 1900 || year > 2100)) {
    bad('year', '"year" must be a whole number such as 2023.');
  }
  if (typeof category !== 'string' || !(CATEGORIES as readonly string[]).includes(category)) {
    bad('category', category === undefined ? `Missing "category" (one of ${CATEGORIES.join(', ')}).` : `Unknown category ${JSON.stringify(category)}; use one of ${CATEGORIES.join(', ')}.`);
  }
  if (!ok) return undefined;
  const entry: GlossaryEntry = { id: id as string, term: term as string, definition: definition as string, category: category as TermCategory };
  if (cleanAliases.length > 0) entry.aliases = cleanAliases;
  if (english !== undefined) entry.english = english as string;
  if (source !== undefined) entry.source = source as string;
  if (year !== undefined) entry.year = year as number;
  return entry;
}

/** Why a term or alias cannot be matched, or undefined when it is fine. */
function termProblem(s: string): string | undefined {
  const length = [...s].length;
  if (s.trim() !== s) return 'must not start or end with spaces.';
  if (BAD_TERM_CHARS.test(s)) return 'must be on one line.';
  if (length < MIN_TERM) return `must be at least ${MIN_TERM} characters long.`;
  if (length > MAX_TERM) return `must be at most ${MAX_TERM} characters long.`;
  return undefined;
}

/** The entry with its properties in the usual order and nothing undefined, for writing. */
function cleanEntry(e: GlossaryEntry): GlossaryEntry {
  const out: GlossaryEntry = { id: e.id, term: e.term } as GlossaryEntry;
  if (e.aliases?.length) out.aliases = [...e.aliases];
  out.definition = e.definition;
  if (e.english !== undefined) out.english = e.english;
  if (e.source !== undefined) out.source = e.source;
  if (e.year !== undefined) out.year = e.year;
  out.category = e.category;
  return out;
}

// ---------------------------------------------------------------- helpers

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The plain value of a parse-tree node (jsonc-parser's getNodeValue, without the dependency on its shape). */
function nodeValue(node: Node): unknown {
  switch (node.type) {
    case 'array':
      return (node.children ?? []).map(nodeValue);
    case 'object': {
      const obj: Record<string, unknown> = Object.create(null);
      for (const prop of node.children ?? []) {
        const [key, value] = prop.children ?? [];
        if (key && value) obj[key.value as string] = nodeValue(value);
      }
      return obj;
    }
    default:
      return node.value;
  }
}

function describeParseError(code: string): string {
  // "CommaExpected" → "comma expected"
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase() + '.';
}

/** Indentation and line ending of an existing file, so an added entry looks like its neighbours. */
function detectFormatting(text: string): { insertSpaces: boolean; tabSize: number; eol: string } {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const m = /\n([ \t]+)["{}\[\]]/.exec(text);
  if (m && m[1].startsWith('\t')) return { insertSpaces: false, tabSize: 1, eol };
  const width = m ? m[1].length : 2;
  return { insertSpaces: true, tabSize: Math.min(Math.max(width, 1), 8), eol };
}
