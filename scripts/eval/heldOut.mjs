/**
 * The held-out sets (test/eval/README.md): the seeds, dev and test, each scored per kind (ORG, FIG, TERM,
 * HEADING) from what `report-lens annotate --format json` prints for them, as a user's script would read it.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { anchor, inContext, parseGold, sha256 } from './gold.mjs';
import { flattenOutline, matchExact, matchHeadings, matchOverlap, prf } from './score.mjs';

export const KINDS = ['ORG', 'FIG', 'TERM', 'HEADING'];
const OUR_KIND = { ORG: 'org', FIG: 'figure', TERM: 'term' };

/** The documents of a set with their gold spans; pages whose text is not on this machine are counted apart. */
export function loadSet(repoRoot, name, { seedsDir, localDir }) {
  const evalDir = path.join(repoRoot, 'test', 'eval');
  let items;
  if (name === 'seeds') {
    items = fs
      .readdirSync(path.join(evalDir, 'seeds'))
      .filter((f) => f.endsWith('.gold'))
      .sort()
      .map((f) => ({ id: f.slice(0, -5), gold: path.join(evalDir, 'seeds', f), text: path.join(seedsDir, f.replace(/\.gold$/, '.txt')) }));
  } else {
    const split = JSON.parse(fs.readFileSync(path.join(evalDir, 'split.json'), 'utf8'));
    items = split[name].map((id) => {
      const committed = path.join(evalDir, 'docs', `${id}.txt`);
      return { id, gold: path.join(evalDir, 'docs', `${id}.gold`), text: fs.existsSync(committed) ? committed : path.join(localDir, `${id}.txt`) };
    });
  }
  const docs = [];
  const missing = [];
  for (const it of items) {
    const { meta, entries, errors } = parseGold(fs.readFileSync(it.gold, 'utf8'), it.gold);
    if (!fs.existsSync(it.text)) {
      missing.push(it.id);
      continue;
    }
    const text = fs.readFileSync(it.text, 'utf8').replace(/^\uFEFF/, '');
    if (meta.sha256 && meta.sha256 !== sha256(text)) throw new Error(`${it.text} is not the text ${it.gold} was annotated on (sha256 differs)`);
    const placed = anchor(text, entries, it.gold);
    const problems = [...errors, ...placed.errors];
    if (problems.length) throw new Error(problems.join('\n'));
    docs.push({ id: it.id, kind: meta.kind, file: it.text, text, spans: placed.spans });
  }
  return { name, docs, missing };
}

/** Runs the CLI over the documents' files; returns its JSON record per file. */
export function annotateAll(cli, docs) {
  if (!docs.length) return new Map();
  const r = spawnSync(process.execPath, [cli, 'annotate', '--format', 'json', ...docs.map((d) => d.file)], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`report-lens annotate failed (${r.status}): ${r.stderr}`);
  return new Map(JSON.parse(r.stdout).files.map((f) => [f.path, f]));
}

/** The broad vocabulary whose unmatched predictions precision leaves out (test/eval/broad-vocabulary.txt). */
export function loadBroadVocabulary(repoRoot) {
  const file = path.join(repoRoot, 'test', 'eval', 'broad-vocabulary.txt');
  return new Set(fs.readFileSync(file, 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#')));
}

/** Gold and predicted items of one kind in one document, with the matches. */
function compare(doc, ours, kind) {
  const gold = doc.spans.filter((s) => s.label === kind);
  if (kind === 'HEADING') {
    const symbols = flattenOutline(ours.outline ?? []);
    const [g, p] = matchHeadings(gold, symbols);
    return { gold, pred: symbols, g, p };
  }
  const pred = (ours.annotations ?? []).filter((a) => a.kind === OUR_KIND[kind]);
  const [g, p] = kind === 'ORG' ? matchExact(gold, pred) : matchOverlap(gold, pred);
  return { gold, pred, g, p };
}

/** Scores a set per kind (micro over its documents), and collects the errors for a reader. */
export function scoreSet(set, results, broad = new Set()) {
  const totals = Object.fromEntries(KINDS.map((k) => [k, { tp: 0, gold: 0, pred: 0, tpPred: 0 }]));
  const errors = Object.fromEntries(KINDS.map((k) => [k, { missed: [], wrong: [] }]));
  for (const doc of set.docs) {
    const ours = results.get(doc.file) ?? {};
    const lines = doc.text.split('\n');
    for (const kind of KINDS) {
      const { gold, pred, g, p } = compare(doc, ours, kind);
      // Broad vocabulary that no gold term covers is neither right nor wrong: it leaves precision alone.
      const neutral = (x, i) => kind === 'TERM' && !p.has(i) && broad.has(x.text.replace(/\s+/g, ''));
      const t = totals[kind];
      t.tp += g.size;
      t.gold += gold.length;
      t.pred += pred.filter((x, i) => !neutral(x, i)).length;
      t.tpPred += p.size;
      const show = kind === 'HEADING' ? (x) => `line ${x.line}: ${lines[x.line]?.slice(0, 40)}` : (x) => inContext(doc.text, x.start, x.end, 8);
      gold.forEach((x, i) => g.has(i) || errors[kind].missed.push(`${doc.id}\t${show(x)}`));
      pred.forEach((x, i) => p.has(i) || neutral(x, i) || errors[kind].wrong.push(`${doc.id}\t${show(x)}`));
    }
  }
  // Precision counts predicted items that matched (for headings, a symbol may cover several gold lines).
  const scores = Object.fromEntries(KINDS.map((k) => [k, { ...prf(totals[k].tp, totals[k].gold, totals[k].pred), precision: totals[k].pred ? totals[k].tpPred / totals[k].pred : 1 }]));
  for (const s of Object.values(scores)) s.f1 = s.precision + s.recall ? (2 * s.precision * s.recall) / (s.precision + s.recall) : 0;
  return { scores, errors };
}
