/**
 * The fuzz suite: random and mutated reports, hostile Unicode, random edits, version games and malformed
 * messages, thrown at the bundled server over stdio (dist/server.js) and at the CLI (dist/cli.js), with
 * fast-check generating everything from a fixed seed. What must hold, whatever the input:
 *   - no crash: the server's process lives, the CLI exits 0 or 1 (never 70, never a stack trace);
 *   - no hang: each request is answered within HANG_MS;
 *   - every range the server sends lies inside the document as the client has it;
 *   - decorations are those of the current text: after a document's edits (with versions sent again,
 *     backwards or skipped), they equal the decorations of the same text opened afresh;
 *   - the server logs no failure of its own (an exception caught on its way to the client);
 *   - every CLI annotation is the text at its offsets.
 * `npm test` runs a small, time-bounded share (fuzz.test.ts); `npm run fuzz` the long run (run.ts).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import fc from 'fast-check';
import { TextDocument, type Position } from 'vscode-languageserver-textdocument';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter, type ProtocolConnection } from 'vscode-languageserver-protocol/node';
import { REPO_ROOT, readSeed } from '../helpers';
import type { DecorationsResult, WireRange } from '../../shared/protocol';
import { decodeBytes } from '../../server/src/disk/decode';

/** A request not answered within this long is a hang (the documents are at most some tens of KB). */
export const HANG_MS = 10_000;

// ---------------------------------------------------------------- what is generated

/** Characters and snippets that have broken text handling somewhere, some time. */
const HOSTILE = [
  '\uD800', '\uDBFF', '\uDC00', '\uDFFF', // lone surrogates
  '😀', '𠀀', '𪚥', '👨‍👩‍👧', // astral, a ZWJ sequence
  '\u0301', 'e\u0301', '医\u0301\u0302', // combining marks
  '\u202E', '\u202B', '\u200F', 'مرحبا', 'שלום', // right-to-left
  '\u0000', '\uFEFF', '\uFFFD', '\uFFFF', '\u0007', '\u001B[31m',
  '\r\n', '\r', '\n', '\n\r', '\u2028', '\u2029', '\u0085', '\t', '\u3000', '\u00A0',
  '１２３', '％', '．', '〇', '‰', '\\', '"', '`', '**', '[x](javascript:alert(1))', '<script>', '&amp;',
];

/** What reports are made of: terms, figures, organisations, headings, punctuation. */
const VOCAB = [
  '三医协同', '紧密型县域医共体', '家庭医生签约服务', '分级诊疗', '医共体', '县域', '健康中国',
  '投入1.5亿元', '86.43%', '2024年', '3月15日', '增长12.3个百分点', '第一', '3.2万人次', '20%~30%', '一千二百万元',
  '芜湖市卫健委', '安徽省卫生健康委员会', '青禾市中心医院', '县人民医院', '城市医疗集团', '医疗集团', '卫生院',
  '一、', '（一）', '(二)', '1.', '第一章', '二、下一步计划', '三是',
  '，', '。', '；', '：', '、', '“', '”', '（', '）', ' ', '\n', '\n\n',
];

const SEEDS = ['000', '001', '002', '003', '004'].map((n) => readSeed(n));

const snippet = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...VOCAB) }, { weight: 1, arbitrary: fc.constantFrom(...HOSTILE) }, { weight: 1, arbitrary: fc.string({ maxLength: 6, unit: 'binary' }) });
const snippets = (max: number) => fc.array(snippet, { maxLength: max }).map((xs) => xs.join(''));

/** A slice of a seed report, then changed: snippets put in, parts cut out or doubled, line breaks swapped. */
const mutatedReport = fc
  .record({
    seed: fc.integer({ min: 0, max: SEEDS.length - 1 }),
    start: fc.nat(),
    length: fc.integer({ min: 0, max: 4000 }),
    inserts: fc.array(fc.tuple(fc.nat(), snippets(4)), { maxLength: 8 }),
    cuts: fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 200 })), { maxLength: 3 }),
    doubles: fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 300 })), { maxLength: 2 }),
    breaks: fc.constantFrom('keep', '\r\n', '\r', 'mixed'),
  })
  .map((m) => {
    const seed = SEEDS[m.seed];
    const from = m.start % Math.max(1, seed.length);
    let text = seed.slice(from, from + m.length);
    for (const [at, s] of m.inserts) {
      const p = at % (text.length + 1);
      text = text.slice(0, p) + s + text.slice(p);
    }
    for (const [at, n] of m.cuts) {
      const p = at % (text.length + 1);
      text = text.slice(0, p) + text.slice(p + n);
    }
    for (const [at, n] of m.doubles) {
      const p = at % (text.length + 1);
      text = text.slice(0, p + n) + text.slice(p, p + n) + text.slice(p + n);
    }
    if (m.breaks === '\r\n' || m.breaks === '\r') text = text.replace(/\r\n|\r|\n/g, m.breaks);
    else if (m.breaks === 'mixed') {
      let k = 0;
      text = text.replace(/\n/g, () => ['\n', '\r\n', '\r'][k++ % 3]);
    }
    return text;
  });

/** A report made of the vocabulary and hostile snippets only. */
const randomReport = snippets(300);

export const report = fc.oneof({ weight: 3, arbitrary: mutatedReport }, { weight: 2, arbitrary: randomReport }, { weight: 1, arbitrary: fc.constantFrom('', '\uFEFF', '\r\n\r\n', '\uD800', SEEDS[1].slice(0, 2000)) });

/** An edit: a range (usually inside the text, sometimes past its end or swapped) and the text put there. */
const editArb = fc.record({
  a: fc.nat(),
  b: fc.nat(),
  outside: fc.integer({ min: 0, max: 19 }),
  whole: fc.integer({ min: 0, max: 29 }),
  text: fc.oneof(snippets(6), fc.constantFrom('', '', '\n')),
});

/** How the version of the next change is chosen: the next one, the same again, back, or far ahead. */
const versionMove = fc.constantFrom('next', 'next', 'next', 'next', 'same', 'back', 'jump');

/** A document's session: its text, then changes, each maybe followed by requests. */
export const session = fc.record({
  text: report,
  edits: fc.array(fc.record({ edit: fc.array(editArb, { minLength: 1, maxLength: 3 }), version: versionMove, ask: fc.boolean() }), { maxLength: 8 }),
  hovers: fc.array(fc.nat(), { maxLength: 3 }),
});
export type Session = typeof session extends fc.Arbitrary<infer T> ? T : never;

/** Message bodies a broken or hostile client sends, each framed with its right length. */
const malformedBody = fc.oneof(
  fc.constantFrom(
    '5', 'null', '[]', '"x"', '{', '{"jsonrpc":"2.0"}', '{"jsonrpc":"2.0","id":1}', '{"method":5}', '{"jsonrpc":"2.0","method":"textDocument/didOpen"}',
    '{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///%zz.txt","text":5}}}',
    '{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///nope.txt","version":2},"contentChanges":[{"text":"x"}]}}',
    '{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///nope.txt"},"contentChanges":null}}',
    '{"jsonrpc":"2.0","id":"m1","method":"textDocument/hover","params":{"textDocument":{"uri":"file:///%E0%A4%A.txt"},"position":{"line":-1,"character":1e308}}}',
    '{"jsonrpc":"2.0","id":"m2","method":"reportLens/decorations","params":{"textDocument":{"uri":42},"visibleLines":[{"start":-5,"end":1e9}]}}',
    '{"jsonrpc":"2.0","id":"m3","method":"no/such/method","params":{}}',
    '{"jsonrpc":"2.0","id":"m4","method":"reportLens/export","params":{"format":"zip"}}',
    '{"jsonrpc":"2.0","id":"m5","method":"workspace/executeCommand","params":{"command":"reportLens.applyGlossaryEntry","arguments":[{"entry":{"term":"x"},"file":"/etc/passwd"}]}}',
    '{"jsonrpc":"2.0","method":"$/cancelRequest","params":{"id":"nope"}}',
  ),
  fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
  fc.string({ maxLength: 40, unit: 'binary' }),
);
export const malformed = fc.array(malformedBody, { minLength: 1, maxLength: 4 });

// ---------------------------------------------------------------- the server side

export interface Stats {
  documents: number;
  edits: number;
  requests: number;
  malformed: number;
  crashes: number;
  hangs: number;
  invalidRanges: number;
  staleDecorations: number;
  nullAnswers: number;
  loggedFailures: number;
  failures: string[];
}
export const newStats = (): Stats => ({ documents: 0, edits: 0, requests: 0, malformed: 0, crashes: 0, hangs: 0, invalidRanges: 0, staleDecorations: 0, nullAnswers: 0, loggedFailures: 0, failures: [] });

/** Log lines of the server that are not its own failure: complaints about the malformed messages sent. */
const EXPECTED_LOG = /Received (message which is neither|empty message)|Message header|Unexpected token|JSON|Unterminated|Bad control|Bad escaped|Notification handler '(textDocument\/did(Open|Change)|\$\/cancelRequest)' failed|Request .* defines .* params/;

/** One server process and a connection to it. */
class Server {
  proc: ChildProcess;
  conn: ProtocolConnection;
  dead = false;
  logged: string[] = [];

  constructor(bundle: string) {
    this.proc = spawn(process.execPath, [bundle, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.proc.on('exit', () => (this.dead = true));
    this.proc.stderr!.on('data', () => undefined);
    this.conn = createProtocolConnection(new StreamMessageReader(this.proc.stdout!), new StreamMessageWriter(this.proc.stdin!));
    this.conn.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => ({})));
    this.conn.onRequest('client/registerCapability', () => null);
    this.conn.onRequest('window/workDoneProgress/create', () => null);
    this.conn.onNotification('window/logMessage', (p: { type: number; message: string }) => {
      if (p.type === 1 && !EXPECTED_LOG.test(p.message)) this.logged.push(p.message.slice(0, 500));
    });
    this.conn.onError(() => undefined);
    this.conn.onClose(() => (this.dead = true));
    this.proc.stdin!.on('error', () => undefined);
    this.conn.listen();
  }

  async init(): Promise<void> {
    await this.conn.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities: { workspace: { configuration: true }, textDocument: { hover: { contentFormat: ['markdown'] }, documentSymbol: { hierarchicalDocumentSymbolSupport: true } } },
      initializationOptions: { clientDrawsDecorations: false, locale: 'en' },
    });
    this.conn.sendNotification('initialized', {});
  }

  raw(bytes: Buffer): void {
    if (!this.dead) this.proc.stdin!.write(bytes);
  }

  async close(): Promise<void> {
    if (!this.dead) {
      try {
        await Promise.race([this.conn.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
        this.conn.sendNotification('exit');
      } catch {
        /* gone */
      }
    }
    await new Promise<void>((resolve) => {
      if (this.proc.exitCode !== null || this.proc.signalCode !== null) return resolve();
      const t = setTimeout(() => {
        this.proc.kill('SIGKILL');
        resolve();
      }, 3000);
      this.proc.on('exit', () => {
        clearTimeout(t);
        resolve();
      });
    });
    this.conn.dispose();
  }
}

/** The answer, or `hang` when there is none within HANG_MS. */
async function ask<T>(p: Thenable<T>): Promise<T | 'hang'> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([Promise.resolve(p), new Promise<'hang'>((resolve) => (timer = setTimeout(() => resolve('hang'), HANG_MS)))]);
  } finally {
    clearTimeout(timer);
  }
}

/** An edit as an LSP change, from the text as the client has it. */
function toChange(doc: TextDocument, e: Session['edits'][0]['edit'][0]): { range?: { start: Position; end: Position }; text: string } {
  const text = doc.getText();
  if (e.whole === 0) return { text: e.text };
  const at = (n: number) => doc.positionAt(n % (text.length + 1));
  let start = at(e.a);
  let end = at(e.b);
  if (e.outside === 0) end = { line: doc.lineCount + 5, character: 3 };
  if (e.outside === 1) start = { line: start.line, character: start.character + 1000 };
  return { range: { start, end }, text: e.text };
}

/** The client's copy after a change, as LSP means it (a swapped range names the text between its ends). */
function applyChange(doc: TextDocument, change: ReturnType<typeof toChange>, version: number): TextDocument {
  const text = doc.getText();
  if (!change.range) return TextDocument.create(doc.uri, 'plaintext', version, change.text);
  let a = doc.offsetAt(change.range.start);
  let b = doc.offsetAt(change.range.end);
  if (a > b) [a, b] = [b, a];
  return TextDocument.create(doc.uri, 'plaintext', version, text.slice(0, a) + change.text + text.slice(b));
}

/** Whether a wire range lies inside the document: lines that exist, characters within the line (its break excluded). */
function rangeInside(doc: TextDocument, r: WireRange | { start: Position; end: Position }): boolean {
  const [sl, sc, el, ec] = Array.isArray(r) ? r : [r.start.line, r.start.character, r.end.line, r.end.character];
  const ok = (line: number, ch: number) => {
    if (!Number.isInteger(line) || !Number.isInteger(ch) || line < 0 || ch < 0 || line >= doc.lineCount) return false;
    const lineText = doc.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).replace(/(\r\n|\r|\n)$/, '');
    return ch <= lineText.length;
  };
  return ok(sl, sc) && ok(el, ec) && (sl < el || (sl === el && sc <= ec));
}

let uriCount = 0;

/**
 * Runs sessions against one server (a new one after a crash). Malformed messages are sent between sessions.
 * `budgetMs` stops early (the stats say how many documents were done).
 */
export async function fuzzServer(sessions: Session[], junk: string[][], stats: Stats, budgetMs = Infinity, bundle = path.join(REPO_ROOT, 'dist', 'server.js')): Promise<void> {
  const started = Date.now();
  let server = new Server(bundle);
  await server.init();
  const fail = (what: string) => {
    if (stats.failures.length < 50) stats.failures.push(what);
  };
  for (let i = 0; i < sessions.length && Date.now() - started < budgetMs; i++) {
    if (server.dead) {
      stats.crashes++;
      fail(`crash before session ${i}`);
      server = new Server(bundle);
      await server.init();
    }
    const s = sessions[i];
    const uri = `file:///fuzz/${++uriCount}-${i % 3 === 0 ? '%zz' : 'r'}.txt`;
    let doc = TextDocument.create(uri, 'plaintext', 1, s.text);
    let version = 1;
    stats.documents++;
    server.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version, text: s.text } });
    const check = async (label: string): Promise<boolean> => {
      const requests: [string, unknown][] = [
        ['reportLens/decorations', { textDocument: { uri } }],
        ['textDocument/documentSymbol', { textDocument: { uri } }],
        ['textDocument/foldingRange', { textDocument: { uri } }],
        ['textDocument/semanticTokens/full', { textDocument: { uri } }],
        ...s.hovers.map((h): [string, unknown] => ['textDocument/hover', { textDocument: { uri }, position: doc.positionAt(h % (doc.getText().length + 1)) }]),
        ['textDocument/codeAction', { textDocument: { uri }, range: { start: doc.positionAt(0), end: doc.positionAt(Math.min(40, doc.getText().length)) }, context: { diagnostics: [] } }],
      ];
      const answers = await Promise.all(requests.map(([m, p]) => ask(server.conn.sendRequest(m, p))));
      stats.requests += requests.length;
      let ok = true;
      answers.forEach((a, k) => {
        const method = requests[k][0];
        if (a === 'hang') {
          stats.hangs++;
          ok = false;
          fail(`${label}: ${method} not answered within ${HANG_MS} ms (${uri})`);
          return;
        }
        const ranges = rangesOf(method, a);
        for (const r of ranges) {
          if (!rangeInside(doc, r)) {
            stats.invalidRanges++;
            ok = false;
            fail(`${label}: ${method} range ${JSON.stringify(r)} outside the document (${uri}, ${doc.lineCount} lines)`);
            break;
          }
        }
        if (method === 'reportLens/decorations' && a === null) {
          stats.nullAnswers++;
          ok = false;
          fail(`${label}: decorations null for an open document (${uri})`);
        }
      });
      return ok;
    };
    try {
      await check(`session ${i} open`);
      for (const step of s.edits) {
        const changes = step.edit.map((e) => {
          const c = toChange(doc, e);
          doc = applyChange(doc, c, version);
          return c;
        });
        version = step.version === 'next' ? version + 1 : step.version === 'same' ? version : step.version === 'back' ? Math.max(0, version - 1) : version + 1000;
        stats.edits += changes.length;
        server.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
        if (step.ask) await check(`session ${i} v${version}`);
      }
      // The decorations of the text as it is now equal those of the same text opened afresh.
      const fresh = `file:///fuzz/fresh-${uriCount}.txt`;
      server.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: fresh, languageId: 'plaintext', version: 1, text: doc.getText() } });
      const [now, want] = await Promise.all([ask(server.conn.sendRequest('reportLens/decorations', { textDocument: { uri } })), ask(server.conn.sendRequest('reportLens/decorations', { textDocument: { uri: fresh } }))]);
      stats.requests += 2;
      if (now === 'hang' || want === 'hang') {
        stats.hangs++;
        fail(`session ${i}: decorations at the end not answered`);
      } else if (JSON.stringify((now as DecorationsResult | null)?.ranges) !== JSON.stringify((want as DecorationsResult | null)?.ranges)) {
        stats.staleDecorations++;
        fail(`session ${i}: decorations after the edits differ from those of the same text opened afresh (${uri}); text ${JSON.stringify(doc.getText().slice(0, 300))}`);
      }
      server.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
      server.conn.sendNotification('textDocument/didClose', { textDocument: { uri: fresh } });
    } catch (e) {
      if (!server.dead) fail(`session ${i}: ${(e as Error).message}`);
    }
    for (const body of junk[i % junk.length] ?? []) {
      const b = Buffer.from(body, 'utf8');
      server.raw(Buffer.concat([Buffer.from(`Content-Length: ${b.length}\r\n\r\n`), b]));
      stats.malformed++;
    }
    if (server.logged.length) {
      stats.loggedFailures += server.logged.length;
      for (const l of server.logged.splice(0)) fail(`session ${i}: the server logged: ${l}`);
    }
  }
  if (server.dead) {
    stats.crashes++;
    fail('crash at the end');
  }
  await server.close();
}

/** The ranges in an answer, for the check that they lie inside the document. */
function rangesOf(method: string, a: unknown): (WireRange | { start: Position; end: Position })[] {
  if (!a) return [];
  if (method === 'reportLens/decorations') return Object.values((a as DecorationsResult).ranges).flat() as WireRange[];
  if (method === 'textDocument/hover') return (a as { range?: { start: Position; end: Position } }).range ? [(a as { range: { start: Position; end: Position } }).range] : [];
  if (method === 'textDocument/documentSymbol') {
    const out: { start: Position; end: Position }[] = [];
    const walk = (xs: { range: { start: Position; end: Position }; selectionRange: { start: Position; end: Position }; children?: unknown[] }[]) => {
      for (const x of xs) {
        out.push(x.range, x.selectionRange);
        walk((x.children ?? []) as never);
      }
    };
    walk(a as never);
    return out;
  }
  if (method === 'textDocument/foldingRange') return (a as { startLine: number; endLine: number }[]).map((f) => ({ start: { line: f.startLine, character: 0 }, end: { line: f.endLine, character: 0 } }));
  if (method === 'textDocument/semanticTokens/full') {
    const data = (a as { data: number[] }).data;
    const out: WireRange[] = [];
    let line = 0;
    let ch = 0;
    for (let i = 0; i + 4 < data.length; i += 5) {
      ch = data[i] === 0 ? ch + data[i + 1] : data[i + 1];
      line += data[i];
      out.push([line, ch, line, ch + data[i + 2]]);
    }
    return out;
  }
  return [];
}

// ---------------------------------------------------------------- the command line

export interface CliStats {
  files: number;
  runs: number;
  crashes: number;
  badOffsets: number;
  failures: string[];
}
export const newCliStats = (): CliStats => ({ files: 0, runs: 0, crashes: 0, badOffsets: 0, failures: [] });

/** File contents: reports as UTF-8 (some with a BOM), GB18030-ish and random bytes, UTF-16. */
export const fileBytes = fc.oneof(
  { weight: 4, arbitrary: report.map((t) => Buffer.from(t, 'utf8')) },
  { weight: 1, arbitrary: report.map((t) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(t, 'utf8')])) },
  { weight: 1, arbitrary: fc.tuple(report, fc.nat(), fc.uint8Array({ minLength: 1, maxLength: 3 })).map(([t, at, bad]) => {
    const b = Buffer.from(t, 'utf8');
    const p = at % (b.length + 1);
    return Buffer.concat([b.subarray(0, p), Buffer.from(bad), b.subarray(p)]);
  }) },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 2000 }).map((u) => Buffer.from(u)) },
  { weight: 1, arbitrary: report.map((t) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(t, 'utf16le')])) },
);

/** Runs `report-lens annotate` over batches of files and checks each annotation against the file's text. */
export function fuzzCli(batches: Buffer[][], stats: CliStats, budgetMs = Infinity, cli = path.join(REPO_ROOT, 'dist', 'cli.js')): void {
  const started = Date.now();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'report-lens-fuzz-'));
  const fail = (what: string) => {
    if (stats.failures.length < 50) stats.failures.push(what);
  };
  try {
    for (let b = 0; b < batches.length && Date.now() - started < budgetMs; b++) {
      const files = batches[b].map((bytes, i) => {
        const f = path.join(dir, `${b}-${i}.txt`);
        fs.writeFileSync(f, bytes);
        return f;
      });
      const r = spawnSync(process.execPath, [cli, 'annotate', '--format', 'json', ...files], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, timeout: 120_000 });
      stats.runs++;
      stats.files += files.length;
      if (r.status !== 0 && r.status !== 1) {
        stats.crashes++;
        fail(`batch ${b}: exit ${r.status} ${r.signal ?? ''}: ${r.stderr.slice(0, 500)}`);
        continue;
      }
      if (/\n\s+at /.test(r.stderr)) fail(`batch ${b}: a stack trace: ${r.stderr.slice(0, 500)}`);
      const out = JSON.parse(r.stdout) as { files: { path: string; skipped?: string; annotations: { start: number; end: number; text: string }[] }[] };
      for (const f of out.files) {
        if (f.skipped) continue;
        const text = decodedText(fs.readFileSync(f.path));
        for (const a of f.annotations) {
          if (text === undefined || text.slice(a.start, a.end) !== a.text) {
            stats.badOffsets++;
            fail(`batch ${b}: ${path.basename(f.path)}: annotation ${JSON.stringify(a)} is not the text at its offsets`);
            break;
          }
        }
      }
      for (const f of files) fs.rmSync(f);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The text the CLI analyses for a file: decoded as the server decodes (the one decoder), BOM removed. */
function decodedText(bytes: Buffer): string | undefined {
  const d = decodeBytes(bytes);
  return 'text' in d ? d.text : undefined;
}

/** Everything generated from one seed: server sessions, malformed message sets, CLI file batches. */
export function generate(seed: number, documents: number, cliFiles: number, batchSize = 25): { sessions: Session[]; junk: string[][]; batches: Buffer[][] } {
  const sessions = fc.sample(session, { seed, numRuns: documents });
  const junk = fc.sample(malformed, { seed: seed + 1, numRuns: Math.max(1, Math.ceil(documents / 4)) });
  const files = fc.sample(fileBytes, { seed: seed + 2, numRuns: cliFiles });
  const batches: Buffer[][] = [];
  for (let i = 0; i < files.length; i += batchSize) batches.push(files.slice(i, i + batchSize));
  return { sessions, junk, batches };
}
