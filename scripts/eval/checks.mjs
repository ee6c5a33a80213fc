#!/usr/bin/env node
/**
 * Precision of the proofreading checks on real documents, from the reviewed list test/eval/checks-review.jsonl
 * (one diagnostic per line with the verdict of a reviewer: right or wrong, and why when it is not obvious).
 *
 *   node scripts/eval/checks.mjs            the table per rule: reviewed, right, wrong; and what is not reviewed yet
 *   node scripts/eval/checks.mjs --update   rewrites the list: verdicts kept, new diagnostics added as "unreviewed",
 *                                           vanished ones dropped (review the diff, fill in the verdicts)
 *
 * The documents: the sample reports (../shared/seeds), the committed official texts (test/eval/docs), and the
 * news pages kept only on this machine (test/eval/local, their text never committed: their lines carry no text).
 * Runs dist/cli.js check --format json (npm run build first).
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const REVIEW = path.join(ROOT, 'test', 'eval', 'checks-review.jsonl');
const SEEDS = process.env.REPORT_LENS_SEEDS ?? path.resolve(ROOT, '..', 'shared', 'seeds');

/** The documents reviewed: id (as in the list) and file. */
function documents() {
  const txt = (dir) => (fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort() : []);
  return [
    ...txt(SEEDS).map((f) => ({ id: `seeds/${f.replace(/\.txt$/, '')}`, file: path.join(SEEDS, f), local: false })),
    ...txt(path.join(ROOT, 'test', 'eval', 'docs')).map((f) => ({ id: `docs/${f.replace(/\.txt$/, '')}`, file: path.join(ROOT, 'test', 'eval', 'docs', f), local: false })),
    ...txt(path.join(ROOT, 'test', 'eval', 'local')).map((f) => ({ id: `local/${f.replace(/\.txt$/, '')}`, file: path.join(ROOT, 'test', 'eval', 'local', f), local: true })),
  ];
}

const key = (x) => `${x.doc}|${x.code}|${x.start}|${x.end}`;

function main() {
  const update = process.argv.includes('--update');
  const docs = documents();
  // Exit status 1 only says that some document has an error-severity problem.
  const run = spawnSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), 'check', '--format', 'json', '--lang', 'en', ...docs.map((d) => d.file)], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (run.status !== 0 && run.status !== 1) throw new Error(`report-lens check failed (${run.status}): ${run.stderr}`);
  const out = run.stdout;
  const found = [];
  JSON.parse(out).files.forEach((f, i) => {
    const d = docs[i];
    const text = fs.readFileSync(d.file, 'utf8').replace(/^\uFEFF/, '');
    for (const p of f.problems) found.push({ doc: d.id, code: p.code, start: p.start, end: p.end, ...(d.local ? {} : { text: text.slice(p.start, p.end) }) });
  });
  const reviewed = fs.existsSync(REVIEW) ? fs.readFileSync(REVIEW, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)) : [];
  const verdicts = new Map(reviewed.map((r) => [key(r), r]));
  const present = new Set(docs.map((d) => d.id));
  const now = new Set(found.map(key));
  const vanished = reviewed.filter((r) => present.has(r.doc) && !now.has(key(r)));
  const merged = found.map((f) => {
    const r = verdicts.get(key(f));
    return { ...f, verdict: r?.verdict ?? 'unreviewed', ...(r?.note ? { note: r.note } : {}) };
  });
  // Lines of documents not on this machine (local pages elsewhere) are kept as they are.
  const absent = reviewed.filter((r) => !present.has(r.doc));
  if (update) fs.writeFileSync(REVIEW, [...merged, ...absent].map((r) => JSON.stringify(r)).join('\n') + '\n');
  const table = new Map();
  for (const r of merged) {
    const t = table.get(r.code) ?? { reviewed: 0, right: 0, wrong: 0, unreviewed: 0 };
    if (r.verdict === 'unreviewed') t.unreviewed++;
    else {
      t.reviewed++;
      t[r.verdict === 'right' ? 'right' : 'wrong']++;
    }
    table.set(r.code, t);
  }
  const rows = [...table.entries()].sort((a, b) => b[1].reviewed - a[1].reviewed);
  const pct = (t) => (t.reviewed ? `${((100 * t.right) / t.reviewed).toFixed(1)}%` : 'n/a');
  console.log(`documents: ${docs.length} (${docs.filter((d) => d.local).length} local pages)`);
  console.log('rule'.padEnd(22), 'reviewed', 'right', 'wrong', 'precision', 'unreviewed');
  const total = { reviewed: 0, right: 0, wrong: 0, unreviewed: 0 };
  const rest = { reviewed: 0, right: 0, wrong: 0, unreviewed: 0 };
  for (const [code, t] of rows) {
    console.log(code.padEnd(22), String(t.reviewed).padStart(8), String(t.right).padStart(5), String(t.wrong).padStart(5), pct(t).padStart(9), String(t.unreviewed).padStart(10));
    for (const k of Object.keys(total)) {
      total[k] += t[k];
      if (code !== 'halfWidthPunctuation') rest[k] += t[k];
    }
  }
  console.log('all'.padEnd(22), String(total.reviewed).padStart(8), String(total.right).padStart(5), String(total.wrong).padStart(5), pct(total).padStart(9), String(total.unreviewed).padStart(10));
  console.log('all but halfWidth…'.padEnd(22), String(rest.reviewed).padStart(8), String(rest.right).padStart(5), String(rest.wrong).padStart(5), pct(rest).padStart(9), String(rest.unreviewed).padStart(10));
  if (vanished.length) console.log(`\n${vanished.length} reviewed diagnostics are no longer found${update ? ' (dropped)' : ''}:\n${vanished.map((r) => `  ${key(r)} ${r.verdict}`).join('\n')}`);
  const open = merged.filter((r) => r.verdict === 'unreviewed');
  if (open.length) console.log(`\n${open.length} diagnostics not reviewed yet${update ? ' (added)' : ' (run with --update)'}`);
}

main();
