/**
 * The pass/fail bookkeeping of an e2e stage run as a plain Node script (cli, nvim, emacs): each check is
 * one line `[stage] ok   name` or `[stage] FAIL name: why`, and finish() prints the counts, writes them to
 * $RESULTS for scripts/e2e.sh and exits 1 when a check failed.
 */
import * as fs from 'node:fs';

/** The checks of one stage, named by its tag in the log. */
export function stageChecks(stage) {
  let passed = 0;
  let failed = 0;
  return {
    /** Runs one synchronous check and logs its outcome. */
    check(name, fn) {
      try {
        fn();
        passed++;
        console.log(`[${stage}] ok   ${name}`);
      } catch (e) {
        failed++;
        console.log(`[${stage}] FAIL ${name}: ${e.message}`);
      }
    },
    /** Counts `n` checks that could not run (their editor did not answer) as failed. */
    notRun(n) {
      failed += n;
    },
    /** Prints the counts, hands them to the runner and ends the process. */
    finish() {
      console.log(`[${stage}] ${passed} passed, ${failed} failed`);
      if (process.env.RESULTS) fs.writeFileSync(process.env.RESULTS, JSON.stringify({ passed, failed }));
      process.exit(failed ? 1 : 0);
    },
  };
}
