#!/usr/bin/env node
/**
 * Writes server/data/traditional.json, the one-to-one character tables between traditional and
 * simplified Chinese that the core folds with (core/script.ts), from OpenCC's character dictionaries
 * as the opencc-js package ships them (a dev dependency: the server bundle carries only the table).
 *
 *   node scripts/data/traditional-table.mjs          rewrites the table
 *   node scripts/data/traditional-table.mjs --check  exits 1 when the committed table is out of date
 *
 * Only pairs of one BMP character each are kept, so folding never changes a text's UTF-16 length and
 * offsets need no mapping; OpenCC's phrase dictionaries are left out for the same reason (detection
 * reads characters, not words, and a display conversion of a name is checked against the document).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const OUT = path.join(ROOT, 'server', 'data', 'traditional.json');
const DICT = path.join(ROOT, 'node_modules', 'opencc-js', 'dist', 'esm-lib', 'dict');

/** OpenCC dictionary text ("發 发|髮 发|…") as [from, to] pairs of single BMP characters, to the first candidate. */
function pairs(dict) {
  const out = [];
  for (const entry of dict.split('|')) {
    const [from, to] = entry.split(' ');
    if (from && to && from.length === 1 && to.length === 1 && from !== to) out.push(from + to);
  }
  return out.sort().join('');
}

/**
 * Hong Kong and Taiwan variants folded through the standard traditional form they stand for (衞 → 衛 → 卫),
 * where the variant has no pair of its own: OpenCC's HKVariantsRev and TWVariantsRev, then TSCharacters.
 */
function withVariants(ts, variantDicts) {
  const toSimplified = new Map();
  for (let i = 0; i + 1 < ts.length; i += 2) toSimplified.set(ts[i], ts[i + 1]);
  for (const dict of variantDicts) {
    for (const entry of dict.split('|')) {
      const [variant, standard] = entry.split(' ');
      if (!variant || !standard || variant.length !== 1 || standard.length !== 1 || toSimplified.has(variant)) continue;
      const simplified = toSimplified.get(standard);
      if (simplified !== undefined && simplified !== variant) toSimplified.set(variant, simplified);
    }
  }
  return [...toSimplified].map(([from, to]) => from + to).sort().join('');
}

/**
 * Characters that mainland simplified text writes as they are, which a fold would turn into another word's: 乾 in
 * names (乾县, 乾安县, 乾元镇, 乾隆), which OpenCC's character table maps to 干 ("dry") and only its phrase tables keep.
 * Left out of toSimplified, so they fold to themselves. (Not 於: traditional text writes 于 so everywhere, 處於, 關於.)
 */
const KEPT_AS_WRITTEN = '乾';

/** `table` (pairs of characters) without the pairs whose first character is one of KEPT_AS_WRITTEN. */
function withoutKept(table) {
  let out = '';
  for (let i = 0; i + 1 < table.length; i += 2) if (!KEPT_AS_WRITTEN.includes(table[i])) out += table[i] + table[i + 1];
  return out;
}

/** The table as JSON text, from the dictionaries of the installed opencc-js. */
export async function tableJson() {
  const load = async (name) => (await import(pathToFileURL(path.join(DICT, `${name}.js`)).href)).default;
  const version = JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', 'opencc-js', 'package.json'), 'utf8')).version;
  const table = {
    $schema: './traditional.schema.json',
    source: `OpenCC TSCharacters and STCharacters, with HKVariantsRev and TWVariantsRev folded through TSCharacters (Apache-2.0), from opencc-js ${version}; made by scripts/data/traditional-table.mjs`,
    toSimplified: withoutKept(withVariants(pairs(await load('TSCharacters')), [await load('HKVariantsRev'), await load('TWVariantsRev')])),
    toTraditional: pairs(await load('STCharacters')),
  };
  return JSON.stringify(table, null, 2) + '\n';
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const json = await tableJson();
  if (process.argv.includes('--check')) {
    const same = fs.existsSync(OUT) && fs.readFileSync(OUT, 'utf8') === json;
    if (!same) console.error(`${path.relative(ROOT, OUT)} is out of date: run node scripts/data/traditional-table.mjs`);
    process.exit(same ? 0 : 1);
  }
  fs.writeFileSync(OUT, json);
  console.log(`wrote ${path.relative(ROOT, OUT)} (${json.length} characters)`);
}
