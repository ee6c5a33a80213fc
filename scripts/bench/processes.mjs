/**
 * Timing whole processes for the benchmark: the CLI and the jieba script as a user runs them, from start
 * to exit, with their output going to a file.
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { procStatus } from './lsp.mjs';

/**
 * Runs `argv` with standard input and output from and to files (or 'ignore'); resolves with the wall time
 * and the CPU time (user + system) of the process and its threads, in ms. The CPU time is what bash's
 * `times` says of its children, which is why the command runs under bash.
 */
export function timeProcess(argv, { stdin = 'ignore', stdout = 'ignore' } = {}) {
  const inFd = stdin === 'ignore' ? 'ignore' : fs.openSync(stdin, 'r');
  const outFd = stdout === 'ignore' ? 'ignore' : fs.openSync(stdout, 'w');
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    // `times` prints the shell's own times, then its children's: "0m1.234s 0m0.056s".
    const p = spawn('bash', ['-c', '"$@"; status=$?; times >&2; exit $status', 'bash', ...argv], { stdio: [inFd, outFd, 'pipe'] });
    let err = '';
    p.stderr.setEncoding('utf8').on('data', (d) => (err = (err + d).slice(-20000)));
    p.on('error', reject);
    p.on('close', (code) => {
      const wallMs = performance.now() - t0;
      for (const fd of [inFd, outFd]) if (typeof fd === 'number') fs.closeSync(fd);
      const lines = err.trimEnd().split('\n');
      const m = /^(\d+)m([\d.]+)s (\d+)m([\d.]+)s$/.exec(lines.at(-1) ?? '');
      // The CLI exits 1 when some input was bad (the record stream has bad records on purpose).
      if (code !== 0 && code !== 1) return reject(new Error(`${argv.join(' ')} exited with ${code}: ${lines.slice(-6, -2).join(' | ')}`));
      resolve({ wallMs, cpuMs: m ? (Number(m[1]) * 60 + Number(m[2]) + Number(m[3]) * 60 + Number(m[4])) * 1000 : NaN, code });
    });
  });
}

/**
 * Runs `argv` with `input` fed through a pipe and its output going to `output`, and samples its resident
 * memory every `everyMs`: resolves with the wall time, the samples ({ ms, rss, written }: time since start,
 * VmRSS, bytes of output so far) and the peak (VmHWM, read at the last sample).
 */
export function sampleProcess(argv, input, output, everyMs = 100) {
  const outFd = fs.openSync(output, 'w');
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const p = spawn(argv[0], argv.slice(1), { stdio: ['pipe', outFd, 'ignore'] });
    const samples = [];
    let peakRss = null;
    const sample = () => {
      const rss = procStatus(p.pid, 'VmRSS');
      if (rss === null) return;
      peakRss = procStatus(p.pid, 'VmHWM') ?? peakRss;
      samples.push({ ms: performance.now() - t0, rss, written: fs.fstatSync(outFd).size });
    };
    const timer = setInterval(sample, everyMs);
    fs.createReadStream(input).pipe(p.stdin).on('error', reject);
    p.on('error', reject);
    p.on('close', (code) => {
      clearInterval(timer);
      const wallMs = performance.now() - t0;
      const written = fs.fstatSync(outFd).size;
      fs.closeSync(outFd);
      if (code !== 0 && code !== 1) return reject(new Error(`${argv.join(' ')} exited with ${code}`));
      resolve({ wallMs, samples, peakRss, written });
    });
  });
}

/** Whether two files hold the same bytes. */
export function sameFiles(a, b) {
  const sa = fs.statSync(a).size;
  if (sa !== fs.statSync(b).size) return false;
  const fa = fs.openSync(a, 'r');
  const fb = fs.openSync(b, 'r');
  try {
    const ba = Buffer.alloc(1 << 20);
    const bb = Buffer.alloc(1 << 20);
    for (let at = 0; at < sa; ) {
      const n = fs.readSync(fa, ba, 0, ba.length, at);
      fs.readSync(fb, bb, 0, n, at);
      if (!ba.subarray(0, n).equals(bb.subarray(0, n))) return false;
      at += n;
    }
    return true;
  } finally {
    fs.closeSync(fa);
    fs.closeSync(fb);
  }
}
