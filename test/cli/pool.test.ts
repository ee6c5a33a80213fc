/** The worker pool of `annotate --jobs`: work is shared between the workers and the calling thread. */
import { after, test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildSync } from 'esbuild';
import { OrderedWindow, WorkerPool } from '../../server/src/cli/jobs';

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
