/**
 * Loaded before every test file (`--require ./test/setup.cjs` in package.json's test scripts).
 *
 * fast-check's properties draw their cases from one fixed seed, so that `npm test` gives the same verdict on the
 * same code here and in CI: a property that only fails on some draws would otherwise turn CI red at random.
 * `npm run test:explore` (FC_SEED=random) draws new cases on every run to look for such failures; a failure
 * prints its seed, and FC_SEED=<that seed> replays it.
 */
const fc = require('fast-check');

const chosen = process.env.FC_SEED;
if (chosen !== 'random') {
  const seed = chosen === undefined || chosen === '' ? 20261206 : Number(chosen);
  if (!Number.isInteger(seed)) throw new Error(`FC_SEED must be an integer or "random", not ${JSON.stringify(chosen)}`);
  fc.configureGlobal({ seed });
}
