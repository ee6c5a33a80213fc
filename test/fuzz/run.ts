/**
 * The long fuzz run: `npm run fuzz` (builds first). Options: --documents N (server sessions, default
 * 10000), --cli-files N (default 2000), --seed S (default 1), --server BUNDLE and --cli BUNDLE (another
 * build). Prints the figures the README quotes and exits 1 if anything failed.
 */
import { parseArgs } from 'node:util';
import { fuzzCli, fuzzServer, generate, newCliStats, newStats, type Session } from './fuzz';

const { values } = parseArgs({
  options: {
    documents: { type: 'string', default: '10000' },
    'cli-files': { type: 'string', default: '2000' },
    seed: { type: 'string', default: '1' },
    server: { type: 'string' },
    cli: { type: 'string' },
  },
});
async function main(): Promise<void> {
  const documents = Number(values.documents);
  const cliFiles = Number(values['cli-files']);
  const seed = Number(values.seed);
  const t0 = Date.now();

  // Generated and run in chunks, so that memory stays flat over a long run.
  const CHUNK = 500;
  const stats = newStats();
  for (let done = 0; done < documents; done += CHUNK) {
    const { sessions, junk } = generate(seed * 1_000_003 + done, Math.min(CHUNK, documents - done), 0);
    await fuzzServer(sessions as Session[], junk, stats, Infinity, values.server);
    process.stderr.write(`server: ${stats.documents} documents, ${stats.edits} edits, ${stats.requests} requests, ${stats.failures.length} failures (${((Date.now() - t0) / 1000).toFixed(0)} s)\n`);
  }
  const serverSeconds = (Date.now() - t0) / 1000;
  const cli = newCliStats();
  const t1 = Date.now();
  for (let done = 0; done < cliFiles; done += CHUNK) {
    const { batches } = generate(seed * 1_000_003 + done, 0, Math.min(CHUNK, cliFiles - done));
    fuzzCli(batches, cli, Infinity, values.cli);
    process.stderr.write(`cli: ${cli.files} files (${((Date.now() - t1) / 1000).toFixed(0)} s)\n`);
  }
  const cliSeconds = (Date.now() - t1) / 1000;

  const summary = {
    seed,
    server: { documents: stats.documents, edits: stats.edits, requests: stats.requests, malformedMessages: stats.malformed, crashes: stats.crashes, hangs: stats.hangs, invalidRanges: stats.invalidRanges, staleDecorations: stats.staleDecorations, nullAnswers: stats.nullAnswers, loggedFailures: stats.loggedFailures, seconds: Math.round(serverSeconds) },
    cli: { files: cli.files, runs: cli.runs, crashes: cli.crashes, badOffsets: cli.badOffsets, seconds: Math.round(cliSeconds) },
    failures: [...stats.failures, ...cli.failures],
  };
  console.log(JSON.stringify(summary, null, 2));
  process.exit(summary.failures.length ? 1 : 0);
}

void main();
