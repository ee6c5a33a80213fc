/**
 * Entry point of the extension test suite, in the format every VS Code test runner loads
 * (`extensionTestsPath`): a module exporting `run()`, which runs mocha inside the extension host.
 * The same bundle runs under @vscode/test-electron (desktop VS Code) and in code-server.
 *
 * Results go three ways, so every runner can read them back: the mocha lines on the console
 * (stdout in desktop VS Code, the browser console in code-server), prefixed with `[e2e]`; a final
 * `[e2e] RESULT {"passed":n,"failed":m}` line; and, when REPORT_LENS_E2E_RESULTS names a file,
 * the same JSON written there.
 */
import * as fs from 'node:fs';
import Mocha from 'mocha';

const PREFIX = '[e2e]';

/** Counts and prints results without colours or cursor tricks (the output is read by scripts). */
class LineReporter extends Mocha.reporters.Base {
  constructor(runner: Mocha.Runner, options?: Mocha.MochaOptions) {
    super(runner, options);
    const say = (line: string) => console.log(`${PREFIX} ${line}`);
    const failures: { title: string; message: string }[] = [];
    let passed = 0;
    runner.on(Mocha.Runner.constants.EVENT_SUITE_BEGIN, (s: Mocha.Suite) => { if (s.title) say(`# ${s.fullTitle()}`); });
    runner.on(Mocha.Runner.constants.EVENT_TEST_PASS, (t: Mocha.Test) => { passed++; say(`  ok   ${t.title} (${t.duration ?? 0} ms)`); });
    runner.on(Mocha.Runner.constants.EVENT_TEST_FAIL, (t: Mocha.Test, err: Error) => {
      failures.push({ title: t.fullTitle(), message: err?.message ?? String(err) });
      say(`  FAIL ${t.title}: ${(err?.message ?? String(err)).split('\n').join(`\n${PREFIX}        `)}`);
    });
    runner.once(Mocha.Runner.constants.EVENT_RUN_END, () => {
      const result = { passed, failed: failures.length, failures };
      say(`RESULT ${JSON.stringify({ passed, failed: failures.length })}`);
      const file = process.env.REPORT_LENS_E2E_RESULTS;
      if (file) {
        try { fs.writeFileSync(file, JSON.stringify(result, null, 2)); } catch (e) { say(`could not write ${file}: ${(e as Error).message}`); }
      }
    });
  }
}

export async function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, color: false, reporter: LineReporter as unknown as string });
  const grep = process.env.REPORT_LENS_E2E_GREP;
  if (grep) mocha.grep(grep);
  // The tests are bundled into this file: define mocha's globals, then load them.
  mocha.suite.emit(Mocha.Suite.constants.EVENT_FILE_PRE_REQUIRE, globalThis, 'suite', mocha);
  await import('./activation.test.js'); // first: it needs the extension not active yet
  await import('./package.test.js');
  await import('./features.test.js');
  await import('./editing.test.js');
  await import('./settings.test.js');
  await import('./tagging.test.js');
  await import('./walkthrough.test.js');
  await import('./checks.test.js');
  const failures = await new Promise<number>((resolve) => mocha.run(resolve));
  if (failures > 0) throw new Error(`${failures} extension test(s) failed`);
}
