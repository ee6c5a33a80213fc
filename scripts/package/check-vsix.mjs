// Checks the package users install (npm run package runs it; so does CI): its files are exactly those
// listed in scripts/package/vsix-files.txt, nothing more, nothing less, and the .vsix stays within its
// size budget. On a difference it prints what is extra or missing and exits 1.
//   node scripts/package/check-vsix.mjs [report-lens.vsix]
// After a deliberate change (a new runtime file), add the path to vsix-files.txt in the same commit.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipEntries } from './zip.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const vsix = path.resolve(process.argv[2] ?? path.join(here, '..', '..', 'report-lens.vsix'));
/**
 * The .vsix file's budget. Measured 2026-12-03: 804 KB (the three minified bundles 437 KB zipped, the
 * three screenshots the walkthrough shows 320 KB after pngquant); before this check it was 2.3 MB, mostly
 * uncompressed screenshots. The margin (about 20%) is for growth of the bundles and data, not for pictures.
 * Later on 2026-12-03 the proofreading rules, the outline for every kind of report and the larger
 * organisation lexicon made it 981 KB (the bundles 555 KB zipped); the budget keeps about 20% over that.
 * By 2026-12-05 thirty rounds of rules from fresh pages (word lists, glossary entries, the detectors' code, in
 * the server's and the command line's bundles alike) made it 1,218 KB (the bundles 678 KB zipped, the pictures
 * unchanged at 320 KB): the budget keeps about 20% over that again. Pictures still get no share of it.
 * By 2026-12-07 the rounds since (on that day alone 108 glossary entries, which both the server's and the command
 * line's bundles hold) made it 1,438 KB: the server 400 KB and the command line 329 KB zipped, the changelog 107 KB
 * (252 KB of text: the next thing to trim), the pictures unchanged. The budget keeps about 20% over that again.
 */
const BUDGET_BYTES = 1_760_000;

const expected = fs.readFileSync(path.join(here, 'vsix-files.txt'), 'utf8')
  .split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
const entries = zipEntries(vsix);
const actual = entries.map((e) => e.name);
const extra = actual.filter((n) => !expected.includes(n));
const missing = expected.filter((n) => !actual.includes(n));
const size = fs.statSync(vsix).size;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

console.log(`check-vsix: ${path.basename(vsix)}: ${entries.length} files, ${kb(size)} (budget ${kb(BUDGET_BYTES)}), ${kb(entries.reduce((s, e) => s + e.size, 0))} unpacked`);
for (const e of [...entries].sort((a, b) => b.compressedSize - a.compressedSize).slice(0, 6)) {
  console.log(`  ${kb(e.compressedSize).padStart(9)} zipped  ${kb(e.size).padStart(9)}  ${e.name}`);
}
let ok = true;
if (extra.length) { ok = false; console.log(`check-vsix: FAIL files not in scripts/package/vsix-files.txt:\n  ${extra.join('\n  ')}`); }
if (missing.length) { ok = false; console.log(`check-vsix: FAIL files missing from the package:\n  ${missing.join('\n  ')}`); }
if (size > BUDGET_BYTES) { ok = false; console.log(`check-vsix: FAIL ${kb(size)} is over the budget of ${kb(BUDGET_BYTES)}`); }
console.log(ok ? 'check-vsix: ok' : 'check-vsix: the package differs from what is expected');
process.exit(ok ? 0 : 1);
