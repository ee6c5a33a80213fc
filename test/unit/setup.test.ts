import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import fc from 'fast-check';

test('fast-check draws from the fixed seed of test/setup.cjs unless FC_SEED says otherwise', () => {
  const chosen = process.env.FC_SEED;
  const seed = fc.readConfigureGlobal().seed;
  if (chosen === 'random') assert.equal(seed, undefined);
  else assert.equal(seed, chosen ? Number(chosen) : 20261206);
  // The same seed gives the same cases: two samples of one arbitrary agree.
  if (seed !== undefined) assert.deepEqual(fc.sample(fc.string(), { numRuns: 5 }), fc.sample(fc.string(), { numRuns: 5 }));
});
