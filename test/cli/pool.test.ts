/** The worker pool of `annotate --jobs`: work is shared between the workers and the calling thread. */
import { after, test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildSync } from 'esbuild';
import { BYTES_PER_THREAD, OrderedWindow, threadsWorth, WorkerPool } from '../../server/src/cli/jobs';

// Worker threads do not get the test's TypeScript loader: the fixture is bundled as the CLI is.
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'report-lens-pool-'));
after(() => fs.rmSync(tmp, { recursive: true, force: true }));
const WORKER = path.join(tmp, 'poolWorker.js');
buildSync({ entryPoints: [path.join(__dirname, 'fixtures', 'poolWorker.ts')], outfile: WORKER, bundle: true, platform: 'node', format: 'cjs', logLevel: 'warning' });

test('a worker is kept busy while the calling thread answers units of its own', async () => {
  const answered = new Int32Array(new SharedArrayBuffer(4));
  let here = 0;
  // This thread is slower than the worker: each unit it answers takes until the worker has answered one
  // more (as a batch of records keeps the main thread busy while the worker finishes its own); a worker
  // left without work would make it wait in vain, for a second at most.
  const local = async () => {
    const want = ++here;
    for (let n; (n = Atomics.load(answered, 0)) < want; ) if (Atomics.wait(answered, 0, n, 1000) === 'timed-out') break;
    return 'here';
  };
  const pool = new WorkerPool<number, string>(WORKER, 1, { answered: answered.buffer }, local);
  const by: string[] = [];
  // As annotate places units: several outstanding, written in order.
  const window = new OrderedWindow<string>(8, async (answer) => void by.push(answer));
  try {
    for (let unit = 0; unit < 30; unit++) await window.push((await pool.place(unit)).answer);
    await window.flush();
  } finally {
    await pool.close();
  }
  const worker = by.filter((b) => b === 'worker').length;
  assert.ok(worker >= 12, `the worker answered ${worker} of 30 units: ${by.join(' ')}`);
});

test('a pool allowed no workers answers every unit in the calling thread, and starts them once allowed', async () => {
  const answered = new Int32Array(new SharedArrayBuffer(4));
  let here = 0;
  // As in the test above, this thread's answer waits until the worker has answered one more unit (for a second
  // at most): a worker that is allowed and started is then given units while this thread is busy.
  const local = async () => {
    const want = ++here - 10;
    for (let n; (n = Atomics.load(answered, 0)) < want; ) if (Atomics.wait(answered, 0, n, 1000) === 'timed-out') break;
    return 'here';
  };
  const pool = new WorkerPool<number, string>(WORKER, 2, { answered: answered.buffer }, local);
  pool.allow(0);
  const by: string[] = [];
  const window = new OrderedWindow<string>(8, async (answer) => void by.push(answer));
  try {
    for (let unit = 0; unit < 40; unit++) {
      // As annotate grows a stream's pool: after ten units, one worker is allowed (of the two it could have).
      if (unit === 10) pool.allow(1);
      await window.push((await pool.place(unit)).answer);
    }
    await window.flush();
  } finally {
    await pool.close();
  }
  assert.deepEqual(by.slice(0, 10), new Array(10).fill('here'), by.join(' '));
  assert.ok(by.slice(10).filter((b) => b === 'worker').length >= 12, by.join(' '));
});

test('by default, threads are started only for input that pays for their warm-up', () => {
  const MB = 1024 * 1024;
  assert.equal(BYTES_PER_THREAD, 32 * MB);
  // A folder of 20 MB took longer on two threads than on one; 40 MB took less (see BYTES_PER_THREAD).
  assert.equal(threadsWorth(20 * MB, 80, 2), 1);
  assert.equal(threadsWorth(40 * MB, 160, 2), 2);
  // One more thread per BYTES_PER_THREAD, never more than the cores or the units.
  assert.equal(threadsWorth(100 * MB, 400, 8), 4);
  assert.equal(threadsWorth(1000 * MB, 400, 8), 8);
  assert.equal(threadsWorth(1000 * MB, 3, 8), 3);
  assert.equal(threadsWorth(0, 0, 8), 1);
  // A stream's units are not known: only its bytes so far count.
  assert.equal(threadsWorth(33 * MB, Infinity, 4), 2);
});
