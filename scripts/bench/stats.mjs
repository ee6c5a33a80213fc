/** Timing helpers and number formatting for the benchmark. */
import { performance } from 'node:perf_hooks';

export const MB = 1024 * 1024;
export const KB = 1024;

/** Collects garbage when node runs with --expose-gc, so one measurement does not pay for the last one's garbage. */
export function gc() {
  globalThis.gc?.();
}

export function median(xs) {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Nearest-rank percentile (p in 0..100). */
export function percentile(xs, p) {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}

export function summary(xs) {
  return {
    n: xs.length,
    median: median(xs),
    p99: percentile(xs, 99),
    min: xs.length ? Math.min(...xs) : NaN,
    max: xs.length ? Math.max(...xs) : NaN,
  };
}

/**
 * Runs `fn` repeatedly: `warmup` untimed runs, then timed runs until `maxRuns` are done, or at
 * least `minRuns` are done and `budgetMs` of timed work has passed. `setup`, when given, runs
 * before each run outside the timing and its result is passed to `fn`.
 * Returns wall-clock times and process CPU times (user + system, all threads) in ms: on a busy
 * machine the CPU time is the steadier of the two.
 *
 * Steady state, as in a server: garbage is collected once before the first run, then by the
 * engine as it goes, so each run pays for collecting the garbage of the one before. (Forcing a
 * full collection before every run hid that cost, and made V8 drop optimised code whose object
 * shapes had no live instance left, which a server that keeps its analyses does not see.)
 */
export function timeRuns(fn, { warmup = 1, minRuns = 3, maxRuns = 10, budgetMs = 3000, setup } = {}) {
  // Each run's result lives until the next run is done, as a server keeps a document's analysis
  // until the next one replaces it.
  let last;
  gc();
  for (let i = 0; i < warmup; i++) {
    const arg = setup?.();
    last = fn(arg);
  }
  const wall = [];
  const cpu = [];
  const faults = [];
  let spent = 0;
  while (wall.length < maxRuns && (wall.length < minRuns || spent < budgetMs)) {
    const arg = setup?.();
    const f0 = minorFaults();
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const result = fn(arg);
    const dt = performance.now() - t0;
    const c = process.cpuUsage(c0);
    faults.push(minorFaults() - f0);
    last = result;
    wall.push(dt);
    cpu.push((c.user + c.system) / 1000);
    spent += dt;
  }
  void last;
  return { wall, cpu, faults };
}

/** The process's minor page faults so far: each is a page of memory the system gave it, the first time it was touched. */
function minorFaults() {
  return process.resourceUsage().minorPageFault;
}

/**
 * What memory new to the process costs on this machine: `bytes` just allocated (pages the system has not
 * given yet) are touched once, a byte a page, then written whole a second time. The first pass pays a page
 * fault for each page (on the project's virtual machines, some ten microseconds each); the second runs at
 * the memory's own speed. Every megabyte the engine takes from the system for its heap pays the first
 * price, as does a string made at once from a whole document.
 */
export function freshMemoryCost(bytes = 64 * MB) {
  const page = 4096;
  const buf = Buffer.alloc(bytes);
  const f0 = minorFaults();
  const t0 = performance.now();
  for (let i = 0; i < bytes; i += page) buf[i] = 1;
  const firstMs = performance.now() - t0;
  const faults = minorFaults() - f0;
  const t1 = performance.now();
  buf.fill(2);
  const againMs = performance.now() - t1;
  return { bytes, firstMs, againMs, faults, usPerFault: faults > 0 ? (1000 * firstMs) / faults : NaN };
}

/** The same for async functions. */
export async function timeRunsAsync(fn, { warmup = 1, minRuns = 3, maxRuns = 10, budgetMs = 3000 } = {}) {
  let last; // as in timeRuns
  gc();
  for (let i = 0; i < warmup; i++) {
    last = await fn();
  }
  const wall = [];
  const cpu = [];
  let spent = 0;
  while (wall.length < maxRuns && (wall.length < minRuns || spent < budgetMs)) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    last = await fn();
    const dt = performance.now() - t0;
    const c = process.cpuUsage(c0);
    wall.push(dt);
    cpu.push((c.user + c.system) / 1000);
    spent += dt;
  }
  void last;
  return { wall, cpu };
}

/**
 * Times two (async) functions in turns, for a ratio between them that load on the machine moves as little
 * as possible: each turn runs A `perTurn` times, then B once, and the turn's ratio is B's time over the
 * median of A's; the result is the median of the turns' ratios, so a turn that other work disturbed does
 * not decide it. Each side keeps its last result alive and pays for the garbage of its own runs, as in
 * timeRuns. (Collecting garbage before every run was tried: right after a forced full collection the
 * outline ran four times slower than in steady state, the Markdown service hardly slower.)
 */
export async function timeInTurns(fnA, fnB, { warmup = 1, turns = 7, perTurn = 3 } = {}) {
  const a = { wall: [], cpu: [] };
  const b = { wall: [], cpu: [] };
  const last = new Map();
  const one = async (fn, into) => {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const result = await fn();
    const dt = performance.now() - t0;
    const c = process.cpuUsage(c0);
    last.set(fn, result);
    into?.wall.push(dt);
    into?.cpu.push((c.user + c.system) / 1000);
    return { wall: dt, cpu: (c.user + c.system) / 1000 };
  };
  gc();
  for (let i = 0; i < warmup; i++) {
    await one(fnA);
    await one(fnB);
  }
  const ratios = [];
  const cpuRatios = [];
  for (let t = 0; t < turns; t++) {
    const runsA = [];
    for (let i = 0; i < perTurn; i++) runsA.push(await one(fnA, a));
    const runB = await one(fnB, b);
    ratios.push(runB.wall / median(runsA.map((r) => r.wall)));
    cpuRatios.push(runB.cpu / median(runsA.map((r) => r.cpu)));
  }
  return { a, b, ratio: median(ratios), minRatio: Math.min(...ratios), cpuRatio: median(cpuRatios), turns };
}

/** Wall-time summary plus the median CPU time (and, when they were counted, minor page faults) of timed runs. */
export function runSummary({ wall, cpu, faults }) {
  return { ...summary(wall), cpuMedian: median(cpu), ...(faults ? { faultsMedian: median(faults) } : {}) };
}

export function fmtMs(ms) {
  if (ms == null || Number.isNaN(ms)) return 'n/a';
  if (ms < 1) return `${ms.toFixed(3)} ms`;
  if (ms < 100) return `${ms.toFixed(2)} ms`;
  return `${ms.toFixed(0)} ms`;
}

export function fmtBytes(b) {
  if (b == null || Number.isNaN(b)) return 'n/a';
  if (b >= MB) return `${(b / MB).toFixed(1)} MB`;
  return `${(b / KB).toFixed(0)} KB`;
}

export function fmtSize(bytes) {
  return bytes >= MB ? `${Math.round(bytes / MB)} MB` : `${Math.round(bytes / KB)} KB`;
}

/** Rejects after `ms` with a message naming what was awaited. */
export function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
