#!/usr/bin/env node
/**
 * The JIT's warm-up as a fresh thread of the CLI pays it: analyses the same text several times in one new
 * process with the benchmark's bundle of the core, and prints the CPU time of each run (ms) as JSON.
 * Usage: node scripts/bench/warmup.mjs BENCH-CORE.js TEXT-FILE RUNS
 */
import * as fs from 'node:fs';
import { createRequire } from 'node:module';

const [bundle, file, runs = '6'] = process.argv.slice(2);
const core = createRequire(import.meta.url)(bundle);
const text = fs.readFileSync(file, 'utf8');
const matcher = new core.TermMatcher([core.builtinGlossary()]);
const cpu = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};
const times = [];
for (let i = 0; i < Number(runs); i++) {
  const t0 = cpu();
  const a = new core.Analyzer(matcher, { candidateTerms: true }).analyze(text);
  for (const whole of [a.terms, a.figures, a.orgs, a.outline]) void whole;
  times.push(cpu() - t0);
}
process.stdout.write(JSON.stringify(times) + '\n');
