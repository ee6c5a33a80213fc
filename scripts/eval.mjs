#!/usr/bin/env node
/**
 * Scores Report Lens the way the field does (../shared/ANNOTATION_GUIDELINES.md):
 * - on the held-out sets of test/eval (the seeds, dev and test): precision, recall and F1 per kind, ORG by
 *   exact span, FIG and TERM by overlap, HEADING by line, from `dist/cli.js annotate --format json`;
 * - on the external NER benchmarks (../shared/bench/*.jsonl, or $REPORT_LENS_BENCH): exact-span ORG P/R/F1,
 *   CLUENER's `government` and `company` recall, and a jieba baseline (tokens tagged `nt`) in the same run.
 * Results go to the terminal as tables and to bench-results/eval.json.
 *
 *   npm run eval                       builds, then runs our side through the CLI
 *   node scripts/eval.mjs --direct     external benchmarks: calls findOrgMentions in the source (no build needed)
 *   node scripts/eval.mjs --errors 40  also prints 40 missed and 40 wrong items per kind of the seeds and dev
 *                                      (never of test: its errors are not for tuning), and per external file
 *   node scripts/eval.mjs --only held-out|external
 *
 * Pages whose text is not committed (test/eval/README.md) are read from test/eval/local, or from
 * $REPORT_LENS_EVAL_LOCAL; the table says how many documents of each set were scored.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { annotateAll, KINDS, loadBroadVocabulary, loadSet, scoreSet } from './eval/heldOut.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const benchDir = process.env.REPORT_LENS_BENCH ?? path.resolve(repoRoot, '..', 'shared', 'bench');
const require = createRequire(import.meta.url);

const args = process.argv.slice(2);
const direct = args.includes('--direct');
const errorsAt = args.indexOf('--errors');
const errorCount = errorsAt >= 0 ? Number(args[errorsAt + 1] ?? 30) : 0;
const onlyAt = args.indexOf('--only');
const only = onlyAt >= 0 ? args[onlyAt + 1] : undefined;
const seedsDir = process.env.REPORT_LENS_SEEDS ?? path.resolve(repoRoot, '..', 'shared', 'seeds');
const localDir = process.env.REPORT_LENS_EVAL_LOCAL ?? path.join(repoRoot, 'test', 'eval', 'local');
/** Labels of CLUENER reported on their own: the closest to the organisations of health reports. */
const LABELS = ['government', 'company'];

function readRecords(file) {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
}

/** Folds full-width ASCII as the analysis pipeline does before calling the detector. */
function foldWidth(s) {
  return s.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** Our organisation spans per record id, through the CLI's JSONL mode. */
async function oursViaCli(records) {
  const cli = path.join(repoRoot, 'dist', 'cli.js');
  if (!fs.existsSync(cli)) throw new Error(`${cli} is missing: run "npm run build" (or use --direct)`);
  const child = spawn(process.execPath, [cli, 'annotate', '--format', 'jsonl', '-'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const chunks = [];
  child.stdout.on('data', (c) => chunks.push(c));
  const done = new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`dist/cli.js exited with ${code}`))));
  });
  child.stdin.on('error', () => {});
  for (const r of records) child.stdin.write(JSON.stringify({ id: r.id, text: r.text }) + '\n');
  child.stdin.end();
  await done;
  const out = new Map();
  for (const line of Buffer.concat(chunks).toString('utf8').split('\n')) {
    if (!line.trim()) continue;
    const rec = JSON.parse(line);
    out.set(rec.id, (rec.annotations ?? []).filter((a) => a.kind === 'org').map((a) => [a.start, a.end]));
  }
  return out;
}

/** Our organisation spans per record id, calling the detector in the source directly. */
async function oursDirect(records) {
  const { tsImport } = await import('tsx/esm/api');
  const orgs = await tsImport(pathToFileURL(path.join(repoRoot, 'server', 'src', 'core', 'orgs.ts')).href, import.meta.url);
  const out = new Map();
  for (const r of records) out.set(r.id, orgs.findOrgMentions(foldWidth(r.text)).map((m) => [m.start, m.end]));
  return out;
}

/** jieba's part-of-speech tags as a detector: every token tagged `nt` (organisation) is a name. */
function jiebaBaseline(records) {
  const { Jieba } = require('@node-rs/jieba');
  const { dict } = require('@node-rs/jieba/dict');
  const jieba = Jieba.withDict(dict);
  const out = new Map();
  for (const r of records) {
    const spans = [];
    let offset = 0;
    for (const { word, tag } of jieba.tag(r.text)) {
      if (tag === 'nt') spans.push([offset, offset + word.length]);
      offset += word.length;
    }
    out.set(r.id, spans);
  }
  return out;
}

function score(records, predicted) {
  let tp = 0;
  let gold = 0;
  let pred = 0;
  const labels = {};
  for (const r of records) {
    const p = new Set((predicted.get(r.id) ?? []).map(([s, e]) => `${s}:${e}`));
    pred += p.size;
    for (const s of r.spans) {
      gold++;
      const hit = p.has(`${s.start}:${s.end}`);
      if (hit) tp++;
      const l = (labels[s.source_label] ??= { gold: 0, found: 0 });
      l.gold++;
      if (hit) l.found++;
    }
  }
  const precision = pred ? tp / pred : 0;
  const recall = gold ? tp / gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  for (const l of Object.values(labels)) l.recall = l.gold ? l.found / l.gold : 0;
  return { precision, recall, f1, tp, gold, pred, labels };
}

function printErrors(name, records, predicted, n) {
  const missed = [];
  const wrong = [];
  for (const r of records) {
    const p = predicted.get(r.id) ?? [];
    const g = new Set(r.spans.map((s) => `${s.start}:${s.end}`));
    const ps = new Set(p.map(([s, e]) => `${s}:${e}`));
    const ctx = (s, e) => `${r.text.slice(Math.max(0, s - 8), s)}[${r.text.slice(s, e)}]${r.text.slice(e, e + 8)}`;
    for (const s of r.spans) if (!ps.has(`${s.start}:${s.end}`)) missed.push(`${s.source_label}\t${ctx(s.start, s.end)}`);
    for (const [s, e] of p) if (!g.has(`${s}:${e}`)) wrong.push(ctx(s, e));
  }
  console.log(`\n-- ${name}: ${missed.length} missed, first ${n}`);
  for (const m of missed.slice(0, n)) console.log('  - ' + m);
  console.log(`-- ${name}: ${wrong.length} wrong, first ${n}`);
  for (const w of wrong.slice(0, n)) console.log('  + ' + w);
}

const pct = (x) => x.toFixed(3);

/** The held-out sets: a table per set with P/R/F1 per kind. */
function heldOut(results) {
  const cli = path.join(repoRoot, 'dist', 'cli.js');
  if (!fs.existsSync(cli)) throw new Error(`${cli} is missing: run "npm run build"`);
  const rows = [['set', 'docs', ...KINDS.flatMap((k) => [`${k} P`, 'R', 'F1'])]];
  results.heldOut = {};
  const broad = loadBroadVocabulary(repoRoot);
  for (const name of ['seeds', 'dev', 'test']) {
    const set = loadSet(repoRoot, name, { seedsDir, localDir });
    const { scores, errors } = scoreSet(set, annotateAll(cli, set.docs), broad);
    results.heldOut[name] = { documents: set.docs.length, missing: set.missing, scores };
    const docs = set.missing.length ? `${set.docs.length} of ${set.docs.length + set.missing.length}` : String(set.docs.length);
    rows.push([name, docs, ...KINDS.flatMap((k) => [pct(scores[k].precision), pct(scores[k].recall), pct(scores[k].f1)])]);
    if (errorCount && name !== 'test') {
      for (const k of KINDS) {
        console.log(`\n-- ${name} ${k}: ${errors[k].missed.length} missed, ${errors[k].wrong.length} wrong (first ${errorCount} of each)`);
        for (const m of errors[k].missed.slice(0, errorCount)) console.log('  - ' + m);
        for (const w of errors[k].wrong.slice(0, errorCount)) console.log('  + ' + w);
      }
    }
  }
  printTable(rows, 2);
  const absent = Object.values(results.heldOut).reduce((n, r) => n + r.missing.length, 0);
  if (absent) console.log(`(${absent} pages are scored only where their text is on the machine: see test/eval/README.md)`);
}

function printTable(rows, leftColumns) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  console.log('');
  for (const r of rows) console.log(r.map((c, i) => (i < leftColumns ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  '));
}

/** The external NER benchmarks, ours beside jieba. */
async function external(results) {
  const files = fs.existsSync(benchDir) ? fs.readdirSync(benchDir).filter((f) => f.endsWith('.jsonl')).sort() : [];
  if (files.length === 0) {
    console.error(`no benchmark files (*.jsonl) in ${benchDir}; set REPORT_LENS_BENCH`);
    process.exit(1);
  }
  results.mode = direct ? 'direct' : 'cli';
  results.benchDir = benchDir;
  results.files = {};
  const rows = [['file', 'system', 'P', 'R', 'F1', 'gold', 'found', ...LABELS.map((l) => `R ${l}`)]];
  for (const f of files) {
    const name = f.replace(/\.jsonl$/, '');
    const records = readRecords(path.join(benchDir, f));
    const t0 = performance.now();
    const ours = direct ? await oursDirect(records) : await oursViaCli(records);
    const ms = performance.now() - t0;
    const jieba = jiebaBaseline(records);
    const so = score(records, ours);
    const sj = score(records, jieba);
    results.files[name] = { sentences: records.length, ours: so, jieba: sj, oursMilliseconds: Math.round(ms) };
    const hasLabels = LABELS.some((l) => so.labels[l]);
    for (const [sys, s] of [['ours', so], ['jieba', sj]]) {
      rows.push([
        sys === 'ours' ? name : '',
        sys,
        pct(s.precision),
        pct(s.recall),
        pct(s.f1),
        String(s.gold),
        String(s.tp),
        ...LABELS.map((l) => (hasLabels && s.labels[l] ? pct(s.labels[l].recall) : '')),
      ]);
    }
    if (errorCount) printErrors(name, records, ours, errorCount);
  }
  printTable(rows, 2);
}

async function main() {
  const results = { date: new Date().toISOString() };
  if (only !== 'external') heldOut(results);
  if (only !== 'held-out') await external(results);
  const outDir = path.join(repoRoot, 'bench-results');
  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(path.join(outDir, 'eval.json'), JSON.stringify(results, null, 2) + '\n');
  console.log(`\nwritten to ${path.relative(process.cwd(), path.join(outDir, 'eval.json'))}`);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
