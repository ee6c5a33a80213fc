#!/usr/bin/env node
/**
 * Summarises a V8 .cpuprofile (from `node --cpu-prof`): the functions with the most self time and
 * the most total (inclusive) time, and the longest stretches without an idle sample (what blocks the
 * event loop) with the functions they spent their time in. Usage: node scripts/bench/profile-summary.mjs FILE.cpuprofile [N]
 */
import * as fs from 'node:fs';

const [file, topArg] = process.argv.slice(2);
if (!file) {
  console.error('usage: profile-summary.mjs FILE.cpuprofile [N]');
  process.exit(2);
}
const top = Number(topArg ?? 25);
const prof = JSON.parse(fs.readFileSync(file, 'utf8'));
const byId = new Map(prof.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const self = new Map();
for (let i = 0; i < prof.samples.length; i++) self.set(prof.samples[i], (self.get(prof.samples[i]) ?? 0) + (prof.timeDeltas[i] ?? 0));
const label = (n) => {
  const f = n.callFrame;
  const where = f.url ? `${f.url.replace(/^.*\//, '')}:${f.lineNumber + 1}` : '';
  return `${f.functionName || '(anonymous)'} ${where}`.trim();
};
const selfBy = new Map();
const totalBy = new Map();
let all = 0;
for (const [id, us] of self) {
  all += us;
  const k = label(byId.get(id));
  selfBy.set(k, (selfBy.get(k) ?? 0) + us);
  // Inclusive time: once per distinct function on the stack.
  const seen = new Set();
  for (let at = id; at !== undefined; at = parent.get(at)) {
    const l = label(byId.get(at));
    if (seen.has(l)) continue;
    seen.add(l);
    totalBy.set(l, (totalBy.get(l) ?? 0) + us);
  }
}
const show = (title, m) => {
  console.log(`\n${title} (of ${(all / 1000).toFixed(0)} ms sampled)`);
  for (const [k, us] of [...m].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${(us / 1000).toFixed(1).padStart(9)} ms  ${((100 * us) / all).toFixed(1).padStart(5)}%  ${k}`);
};
show('Self time', selfBy);
show('Total time', totalBy);

// Busy stretches: runs of samples between two idle ones; each blocks the event loop for its length.
const idle = new Set(prof.nodes.filter((n) => n.callFrame.functionName === '(idle)').map((n) => n.id));
const stretches = [];
let cur;
let t = prof.startTime;
for (let i = 0; i < prof.samples.length; i++) {
  const dt = prof.timeDeltas[i] ?? 0;
  t += dt;
  const id = prof.samples[i];
  if (idle.has(id)) {
    if (cur) stretches.push(cur);
    cur = undefined;
    continue;
  }
  cur ??= { start: t - dt, end: t, ids: new Map() };
  cur.end = t + (prof.timeDeltas[i + 1] ?? 0);
  cur.ids.set(id, (cur.ids.get(id) ?? 0) + (prof.timeDeltas[i + 1] ?? 0));
}
if (cur) stretches.push(cur);
const boring = new Set(['(root)', '(program)', 'processImmediate', 'runMicrotasks', 'runNextTicks', 'processTicksAndRejections', 'listOnTimeout', 'emit', '(anonymous)']);
console.log(`\nLongest busy stretches (no idle sample; ms from profile start)`);
for (const s of stretches.sort((a, b) => b.end - b.start - (a.end - a.start)).slice(0, Math.min(top, 12))) {
  const incl = new Map();
  for (const [id, us] of s.ids) {
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const n = byId.get(at);
      const l = label(n);
      if (seen.has(l) || boring.has(n.callFrame.functionName || '(anonymous)')) continue;
      seen.add(l);
      incl.set(l, (incl.get(l) ?? 0) + us);
    }
  }
  const what = [...incl].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([k, us]) => `${k} ${(us / 1000).toFixed(0)}`).join(', ');
  console.log(`${((s.end - s.start) / 1000).toFixed(1).padStart(9)} ms at ${((s.start - prof.startTime) / 1000).toFixed(0).padStart(6)}: ${what}`);
}
