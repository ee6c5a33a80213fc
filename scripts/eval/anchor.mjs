#!/usr/bin/env node
/**
 * Checks gold files against their texts without running Report Lens:
 *   node scripts/eval/anchor.mjs test/eval/docs/<id>.gold [--text FILE] [--quiet]
 * prints every span in context (headings with their line), errors for spans that are not found, and warnings for
 * occurrences of an annotated string that no span of the same label covers. Exits 1 when a file has errors.
 */
import * as fs from 'node:fs';
import { anchor, inContext, parseGold, sha256, textPathFor, unannotatedRepeats } from './gold.mjs';

const args = process.argv.slice(2);
const quiet = args.includes('--quiet');
const textAt = args.indexOf('--text');
const explicitText = textAt >= 0 ? args[textAt + 1] : undefined;
const files = args.filter((a, i) => !a.startsWith('--') && (textAt < 0 || i !== textAt + 1));
if (files.length === 0) {
  console.error('usage: anchor.mjs FILE.gold… [--text FILE] [--quiet]');
  process.exit(2);
}
let failed = false;
for (const file of files) {
  const { meta, entries, errors } = parseGold(fs.readFileSync(file, 'utf8'), file);
  const textFile = explicitText ?? meta.text ?? textPathFor(file);
  if (!fs.existsSync(textFile)) {
    console.log(`${file}: no text at ${textFile} (a page whose text is not on this machine)`);
    continue;
  }
  const text = fs.readFileSync(textFile, 'utf8').replace(/^\uFEFF/, '');
  if (meta.sha256 && meta.sha256 !== sha256(text)) errors.push(`${file}: sha256 of ${textFile} is not the one in the header`);
  for (const key of ['url', 'kind', 'source']) if (!meta[key] && !file.includes('/seeds/')) errors.push(`${file}: header has no "${key}"`);
  const placed = anchor(text, entries, file);
  errors.push(...placed.errors);
  const counts = {};
  for (const s of placed.spans) counts[s.label] = (counts[s.label] ?? 0) + 1;
  console.log(`${file}: ${text.length} chars; ${Object.entries(counts).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  if (!quiet) {
    for (const s of placed.spans) {
      const where = s.label === 'HEADING' ? `L${s.level} line ${s.line}` : `${s.start}-${s.end}`;
      console.log(`  ${s.label.padEnd(7)} ${where.padEnd(14)} ${inContext(text, s.start, s.end)}`);
    }
    for (const w of unannotatedRepeats(text, placed.spans)) {
      console.log(`  warning: ${w.label} "${text.slice(w.start, w.end)}" also at ${w.start} without a span: ${inContext(text, w.start, w.end)}`);
    }
  }
  for (const e of errors) console.log(`  error: ${e}`);
  if (errors.length) failed = true;
}
process.exit(failed ? 1 : 0);
