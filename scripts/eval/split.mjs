#!/usr/bin/env node
/**
 * Splits the held-out documents once into dev (tune on these) and test (never look at their errors while
 * tuning), stratified by kind: within each kind, documents are ordered by a hash of their id and every
 * second one, starting with the second, goes to test. Refuses to run again when test/eval/split.json exists.
 */
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseGold } from './gold.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const docs = path.join(root, 'test', 'eval', 'docs');
const out = path.join(root, 'test', 'eval', 'split.json');
if (fs.existsSync(out) && !process.argv.includes('--force')) {
  console.error(`${path.relative(process.cwd(), out)} exists: the split is made once.`);
  process.exit(1);
}
const byKind = new Map();
for (const f of fs.readdirSync(docs).filter((f) => f.endsWith('.gold')).sort()) {
  const id = f.slice(0, -'.gold'.length);
  const { meta } = parseGold(fs.readFileSync(path.join(docs, f), 'utf8'), f);
  byKind.set(meta.kind, [...(byKind.get(meta.kind) ?? []), id]);
}
const hash = (id) => crypto.createHash('sha256').update(id).digest('hex');
const split = { dev: [], test: [] };
for (const ids of byKind.values()) {
  ids.sort((a, b) => (hash(a) < hash(b) ? -1 : 1)).forEach((id, i) => split[i % 2 ? 'test' : 'dev'].push(id));
}
split.dev.sort();
split.test.sort();
fs.writeFileSync(out, JSON.stringify({ made: new Date().toISOString().slice(0, 10), ...split }, null, 2) + '\n');
console.log(`dev ${split.dev.length}, test ${split.test.length}`);
