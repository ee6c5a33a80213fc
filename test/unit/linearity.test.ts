/**
 * Detection stays linear in its input whatever the text (issue 11): a paragraph made of one
 * organisation suffix repeated (医疗集团医疗集团…) once took 11 s for 80,000 characters. Every
 * suffix and known name of the lexicon, alone and after the words the walk reads over, is repeated
 * to N and to 4N and the work compared: linear work grows about 4 times, quadratic 16 times.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { findOrgMentionsWith, type DetectionWork } from '../../server/src/core/orgs/detect';
import { builtinLexicon } from '../../server/src/core/orgs/lexicon';
import { findFigures } from '../../server/src/core/figures';
import { TermMatcher } from '../../server/src/core/terms';
import { findCandidateTerms } from '../../server/src/core/candidates';
import { builtinGlossary } from '../../server/src/core/glossary';
import { findOutline } from '../../server/src/core/outline';
import { Analyzer } from '../../server/src/core/analyze';
import { checkRunningHeaders } from '../../server/src/core/checks/debris';
import { unusedAliases } from '../../server/src/core/checks/names';
import type { Finding } from '../../server/src/core/checks/types';
import data from '../../server/data/orgs.json';
import { engineCollections } from '../../server/src/lsp/handlers/memory';

const collect = engineCollections().full;

/** Every suffix and known name of the lexicon. */
const SUFFIXES = [...new Set([...data.suffixes.flatMap((g) => g.words), ...data.knownOrgs.flatMap((g) => g.names)])];

/**
 * What the left walk reads before a suffix, one word of each kind: nothing, a level, a place, an
 * ordinal, a numeral, name characters, a connector, a generic modifier.
 */
const BEFORE = ['', '市', '湖南省', '第一', '三', '人民', '附属', '医疗'];

/** Suffixes of each shape: strong, one-character, of a party, numeral, anchored, known, a unit after an organisation. */
const SOME_SUFFIXES = ['医院', '集团', '局', '委', '院', '党委', '国务院', '处'];

/** Every word of the lexicon the walk reads over (places: provinces, prefectures and foreign ones). */
const WORDS = [
  ...data.nameWords,
  ...data.connectors,
  ...data.generic.modifiers,
  ...data.generic.phrases,
  ...data.generic.determiners,
  ...data.places.levels,
  ...data.places.national,
  ...data.places.provinces,
  ...data.places.prefectures,
  ...data.places.foreign,
];

/** `piece` repeated to at least `chars` code units. */
function repeated(piece: string, chars: number): string {
  return piece.repeat(Math.ceil(chars / piece.length));
}

/** Steps organisation detection takes on a text. */
function orgSteps(text: string): number {
  const work: DetectionWork = { steps: 0 };
  findOrgMentionsWith(text, builtinLexicon(), work);
  return work.steps;
}

test('organisation detection takes linear work on every suffix repeated, alone and after every kind of word', () => {
  const pieces = new Set<string>();
  for (const s of SUFFIXES) for (const w of BEFORE) pieces.add(w + s);
  for (const w of WORDS) {
    pieces.add(w);
    for (const s of SOME_SUFFIXES) pieces.add(w + s);
  }
  // 160 code units are four times the longest name a walk may read, so a bounded walk costs there
  // about what it costs everywhere (linear work grew at most 4.4 times from 160 to 640 units), and a
  // walk that is not bounded costs 16 times as much (14.2-15.5 times before the bound).
  const worst: { piece: string; ratio: number }[] = [];
  for (const piece of pieces) {
    const count = Math.ceil(160 / piece.length);
    const ratio = orgSteps(piece.repeat(4 * count)) / Math.max(1, orgSteps(piece.repeat(count)));
    if (ratio > 5) worst.push({ piece, ratio });
  }
  worst.sort((a, b) => b.ratio - a.ratio);
  assert.deepEqual(worst.slice(0, 10).map((w) => `${w.piece} ×${w.ratio.toFixed(1)}`), [], `${worst.length} of ${pieces.size} pieces`);
});

/** The CPU time of one run, in ms. */
function cpuMs(run: () => void): number {
  const start = process.cpuUsage();
  run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/**
 * The CPU time of the fastest of five runs, in ms, at least 2: the process's CPU time counts its
 * compiler and collector threads too (a text that makes 4,000 mentions took 0.7 ms or 20 ms as the
 * collector ran or not), and below a few milliseconds that is noise. With `collectFirst`, a full collection
 * comes before each run.
 */
function fastestMs(run: () => void, collectFirst = false): number {
  let best = Infinity;
  for (let i = 0; i < 5; i++) {
    if (collectFirst) collect();
    best = Math.min(best, cpuMs(run));
  }
  return Math.max(2, best);
}

const matcher = new TermMatcher([builtinGlossary()]);
/** Every core detector the analysis runs on a block (and the outline, run on the document). */
const DETECTORS: [string, (text: string) => unknown][] = [
  ['organisations', (text) => findOrgMentionsWith(text)],
  ['figures', (text) => findFigures(text)],
  ['terms', (text) => matcher.find(text)],
  ['candidate terms', (text) => findCandidateTerms(text, matcher.find(text))],
  ['outline', (text) => findOutline(text)],
];

/**
 * Paragraphs that once made organisation detection quadratic (issue 11; the bench times them too), and a
 * single quote opened inside double ones and never closed, which a candidate's look for its close must not
 * follow to the end of the text.
 */
const HOSTILE = ['医疗集团城市医疗集团县域医疗集团', '民办', '科威特', '人民院区', '“‘啊'];

test('every detector takes linear CPU time on every suffix of the lexicon repeated', () => {
  // 2,000 and 8,000 code units: every detector reads 8,000 in well under a millisecond once compiled
  // (some 0.1 ms on the seeds' text), so only a run above FLOOR_MS is looked at again; then the
  // fastest of five runs at each size is compared. Quadratic time gave 16 times (organisations on
  // 医疗集团: 9 ms and 145 ms); 8 leaves room for noise on a busy machine while it stays far from 16.
  const N = 2000;
  const FLOOR_MS = 5;
  const failures: string[] = [];
  for (const [name, detect] of DETECTORS) {
    // Compiled first: the first runs of a detector are slow whatever the text.
    for (const s of SUFFIXES.slice(0, 200)) detect(repeated(s, N));
    for (const s of [...HOSTILE, ...SUFFIXES]) {
      const big = repeated(s, 4 * N);
      if (cpuMs(() => detect(big)) < FLOOR_MS) continue;
      const small = repeated(s, N);
      const ratio = () => fastestMs(() => detect(big)) / fastestMs(() => detect(small));
      // A ratio over the bar is measured once more before it counts: a collection or another process on the
      // 2 cores can slow all five runs at one size (×8.1 once in CI for a detector that measures ×2.4–2.9
      // alone), while quadratic time stays over it every time.
      const first = ratio();
      if (first > 8) {
        const again = ratio();
        if (again > 8) failures.push(`${name} on ${s}: ×${first.toFixed(1)}, then ×${again.toFixed(1)}`);
      }
    }
  }
  assert.deepEqual(failures, []);
});

test('running headers are found in linear time however many pages repeat them', () => {
  // Each page ends with its number and the next starts with the same header line: every page number sees
  // the header, and each start found was once searched for in a list of all of them (quadratic).
  const pages = (n: number) => {
    let text = '';
    const numbers: Finding[] = [];
    for (let k = 1; k <= n; k++) {
      text += `某县卫生健康委员会文件\n第${k}段内容。\n`;
      const start = text.length;
      text += `- ${k} -\n`;
      numbers.push({ code: 'pageDebris', start, end: text.length - 1 });
    }
    return { text, numbers };
  };
  const small = pages(2500);
  const big = pages(20000);
  // The first header has no page number beside it; every other one follows one.
  assert.equal(checkRunningHeaders(big.text, big.numbers).length, 19999, 'every header line after a page number found');
  // 8 times the pages: linear time took 6.3–9.0 times as long here (each finding's objects are new memory, and this
  // machine's page faults are dear), the quadratic search 46–48 times. A collection before each run
  // keeps the last run's garbage out of the next one's time (with 4 times the pages and no collection, a
  // linear run once took 9 times as long).
  const ratio = fastestMs(() => checkRunningHeaders(big.text, big.numbers), true) / fastestMs(() => checkRunningHeaders(small.text, small.numbers), true);
  assert.ok(ratio < 24, `8 times the pages took ${ratio.toFixed(1)} times as long`);
});

test('unused declared aliases are found in linear time however many declarations there are', () => {
  // Each declaration once looked for its alias in all the text after it: quadratic in a file of declarations.
  const declarations = (n: number) => {
    let text = '';
    for (let k = 0; k < n; k++) {
      // A different alias for each k: two Han characters that write k in base 2,000.
      const alias = String.fromCharCode(0x4e00 + (k % 2000), 0x4e00 + 2000 + Math.floor(k / 2000)) + '中心';
      // Every third alias is used in the next line; the others never are.
      text += `某市第${k}医院（以下简称“${alias}”）负责。\n${k % 3 === 0 ? alias + '完成任务。' : '完成任务。'}\n`;
    }
    return text + '正文。'.repeat(1000);
  };
  const small = declarations(4000);
  const big = declarations(32000);
  const found: Finding[] = [];
  unusedAliases(big, found);
  assert.equal(found.length, 32000 - Math.ceil(32000 / 3), 'every unused alias, and no used one');
  // 8 times the declarations: linear time took 10.5–12.8 times as long here (the bigger table of aliases
  // fits the caches less well), and up to 26 times on a busy machine (twice on 2026-12-05, the bound then
  // 24); the search per declaration 50–57 times. The bound stands between the two with room on both sides.
  const ratio = fastestMs(() => unusedAliases(big, []), true) / fastestMs(() => unusedAliases(small, []), true);
  assert.ok(ratio < 36, `8 times the declarations took ${ratio.toFixed(1)} times as long`);
});

test('a block of many soft breaks and many names is analysed in linear time (its names over blank lines, their places in the document)', () => {
  // Lines of a PDF's width that stop mid-sentence, a blank line after each: one block, a cut at every break, a name on
  // every line, some run over the break into the next line's name.
  const page = (n: number) => Array.from({ length: n }, (_, i) => `第${i}行记录显示蚌埠市卫生健康委员会组织召开专题会议并部署县人民医院\n\n市中医院`).join('') + '。';
  const small = page(1000);
  const big = page(8000);
  const ratio = fastestMs(() => new Analyzer(matcher).analyze(big)) / fastestMs(() => new Analyzer(matcher).analyze(small));
  // 8 times the lines: linear work took 13–14 times as long here; a pass over the block's cuts for every name or every
  // annotation (each placed in the document by counting the cuts before it from the first) 28 times and more.
  assert.ok(ratio < 20, `8 times the lines took ${ratio.toFixed(1)} times as long`);
});
