// Runs the extension test suite (out/e2e/suite/index.js) inside code-server's extension host, in
// development mode, and reads pass/fail back through window.codeAutomationExit.
//
// The remote extension host's own exit code never reaches us: when the suite finishes, the web
// workbench calls window.codeAutomationExit(code) (the hook @vscode/test-web uses), which Playwright
// exposes to the page. The suite's `[e2e]` lines reach the browser console and are echoed here.
//
// Env: CS_ORIGIN (http://127.0.0.1:PORT, required), WORKSPACE (folder to open, required),
//      EXT (extension folder; default the repository), TESTS (suite bundle; default out/e2e/suite/index.js),
//      TIMEOUT_MS (whole run, default 300000), RESULTS (file for {"passed","failed"}),
//      EXT_HOST_RESULTS (the file the suite writes, read when its console lines did not arrive).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, logger, workbenchUrl } from './browser.mjs';

const log = logger('suite');
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const origin = process.env.CS_ORIGIN;
const workspace = process.env.WORKSPACE;
if (!origin || !workspace) { console.error('run-in-code-server: CS_ORIGIN and WORKSPACE are required'); process.exit(2); }
const ext = process.env.EXT ?? repo;
const tests = process.env.TESTS ?? path.join(repo, 'out', 'e2e', 'suite', 'index.js');
const timeoutMs = Number(process.env.TIMEOUT_MS ?? 300_000);
if (!fs.existsSync(tests)) { console.error(`run-in-code-server: ${tests} missing: node test/e2e/build-suite.mjs`); process.exit(2); }

const browser = await launch();
let exitCode;
let result;
const seen = { passed: 0, failed: 0 }; // counted from the lines, for a run that never finishes
try {
  const page = await browser.newPage();
  await page.exposeFunction('codeAutomationExit', (code) => { exitCode = code; });
  page.on('console', (m) => {
    const text = m.text();
    for (const line of text.split('\n')) {
      const at = line.indexOf('[e2e]');
      if (at < 0) continue;
      const rest = line.slice(at);
      console.log(rest);
      if (/^\[e2e\]\s+ok\s/.test(rest)) seen.passed++;
      if (/^\[e2e\]\s+FAIL\s/.test(rest)) seen.failed++;
      const r = /^\[e2e\] RESULT (\{.*\})/.exec(rest);
      if (r) result = JSON.parse(r[1]);
    }
    if (m.type() === 'error' && /reportLens|report-lens\.report-lens|\[Extension Host\]/.test(text)) log('browser error:', text.slice(0, 500));
  });
  page.on('pageerror', (e) => log('page error:', e.message));
  await page.goto(workbenchUrl(origin, { folder: workspace, extensionPath: ext, testsPath: tests }), { timeout: 60_000 });
  log('workbench loading; waiting for the suite (at most', timeoutMs / 1000, 's)');
  const deadline = Date.now() + timeoutMs;
  while (exitCode === undefined && Date.now() < deadline) await page.waitForTimeout(200); // poll interval
} catch (e) {
  log('error:', e.message);
} finally {
  await browser.close().catch(() => {});
}
if (!result && process.env.EXT_HOST_RESULTS && fs.existsSync(process.env.EXT_HOST_RESULTS)) {
  result = JSON.parse(fs.readFileSync(process.env.EXT_HOST_RESULTS, 'utf8')); // written by the suite itself
  for (const f of result.failures ?? []) console.log(`[e2e]   FAIL ${f.title}: ${f.message}`);
}
if (exitCode === undefined) log(`no codeAutomationExit: the suite did not finish (limit ${timeoutMs / 1000}s)`);
log(`codeAutomationExit(${exitCode})`, result ? `passed ${result.passed}, failed ${result.failed}` : '(no RESULT line seen)');
const passed = result?.passed ?? seen.passed;
let failed = result?.failed ?? seen.failed;
if (exitCode === undefined) failed++; // the run did not finish: that is a failure of its own
else if (exitCode !== 0 && failed === 0) failed = 1; // the run broke before or after the tests
if (process.env.RESULTS) fs.writeFileSync(process.env.RESULTS, JSON.stringify({ passed, failed }));
process.exit(exitCode === 0 && failed === 0 ? 0 : 1);
