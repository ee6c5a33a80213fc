/**
 * The fuzz suite's share in `npm test` (see fuzz.ts): a fixed seed, and a time budget so that the whole
 * of it stays within a minute on a slow machine (the server part stops starting new documents after
 * SERVER_BUDGET_MS, the CLI part after CLI_BUDGET_MS). `npm run fuzz` is the long run.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { fuzzCli, fuzzServer, generate, newCliStats, newStats } from './fuzz';

const SEED = 20261203;
const SERVER_BUDGET_MS = 25_000;
const CLI_BUDGET_MS = 10_000;

test('fuzz: the server over stdio, random and mutated reports, hostile Unicode, edits, version games, malformed messages', { timeout: 60_000 }, async () => {
  const { sessions, junk } = generate(SEED, 400, 0);
  const stats = newStats();
  await fuzzServer(sessions, junk, stats, SERVER_BUDGET_MS);
  console.log(`fuzz (server): ${JSON.stringify({ ...stats, failures: stats.failures.length })}`);
  assert.ok(stats.documents >= 50, `only ${stats.documents} documents in the time budget`);
  assert.deepEqual(stats.failures, []);
});

test('fuzz: the CLI on random, mutated, broken-UTF-8, GB18030-ish and UTF-16 files', { timeout: 40_000 }, () => {
  const { batches } = generate(SEED, 0, 400);
  const stats = newCliStats();
  fuzzCli(batches, stats, CLI_BUDGET_MS);
  console.log(`fuzz (cli): ${JSON.stringify({ ...stats, failures: stats.failures.length })}`);
  assert.ok(stats.files >= 50, `only ${stats.files} files in the time budget`);
  assert.deepEqual(stats.failures, []);
});
