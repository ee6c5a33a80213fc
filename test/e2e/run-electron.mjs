// npm run test:electron: runs the extension test suite (test/e2e/suite) in desktop VS Code with
// @vscode/test-electron, wherever VS Code is installed or can be downloaded.
//
//   VSCODE_EXECUTABLE=/path/to/code npm run test:electron   # an installed VS Code (no download)
//   VSCODE_VERSION=1.95.0 npm run test:electron             # download this version (default: stable)
//   xvfb-run -a npm run test:electron                       # Linux without a display
//
// Where VS Code's update server cannot be reached (as on the project's build machines), this fails
// within DOWNLOAD_TIMEOUT_MS (default 120000) with a message saying so; `npm run test:e2e` runs the
// same suite in code-server instead.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { downloadAndUnzipVSCode, runTests } from '@vscode/test-electron';
import { buildSuite, REPO_ROOT } from './build-suite.mjs';

const say = (msg) => console.log(`test:electron: ${msg}`);
function die(msg) {
  console.error(`test:electron: ${msg}`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}

/** Rejects after `ms` with `message`, so a stalled download cannot hang the run. */
function within(promise, ms, message) {
  let timer;
  return Promise.race([promise, new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(message)), ms); })]).finally(() => clearTimeout(timer));
}

say('building the extension and the suite');
const build = spawnSync('npm', ['run', '-s', 'build'], { cwd: REPO_ROOT, stdio: 'inherit' });
if (build.status !== 0) die('npm run build failed');
const suite = await buildSuite();

let executable = process.env.VSCODE_EXECUTABLE;
if (executable) {
  if (!fs.existsSync(executable)) die(`VSCODE_EXECUTABLE=${executable} does not exist`);
  say(`using VS Code at ${executable}`);
} else {
  const version = process.env.VSCODE_VERSION ?? 'stable';
  const limit = Number(process.env.DOWNLOAD_TIMEOUT_MS ?? 120_000);
  say(`downloading VS Code ${version} into .vscode-test/ (at most ${limit / 1000}s)`);
  try {
    executable = await within(
      downloadAndUnzipVSCode({ version, cachePath: path.join(REPO_ROOT, '.vscode-test'), timeout: 15_000 }),
      limit,
      `no VS Code after ${limit / 1000}s`,
    );
  } catch (e) {
    die(
      `could not download VS Code ${version} from update.code.visualstudio.com: ${e?.message ?? e}\n` +
        '  This machine cannot reach VS Code\'s update server. Either point VSCODE_EXECUTABLE at an installed VS Code\n' +
        '  (e.g. VSCODE_EXECUTABLE=/usr/share/code/code npm run test:electron), or run the same suite in\n' +
        '  code-server with `npm run test:e2e`, which needs only npm and Debian packages.',
    );
  }
}
if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  say('warning: no DISPLAY; desktop VS Code needs one (run under `xvfb-run -a`)');
}

// The suite edits documents and changes user settings: give it a copy of the samples and its own profile.
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'report-lens-electron-'));
const workspace = path.join(tmp, 'workspace');
fs.mkdirSync(workspace);
for (const f of fs.readdirSync(path.join(REPO_ROOT, 'samples'))) {
  if (/\.(txt|report)$/.test(f)) fs.copyFileSync(path.join(REPO_ROOT, 'samples', f), path.join(workspace, f));
}
const results = path.join(tmp, 'results.json');
let code = 0;
try {
  code = await within(
    runTests({
      vscodeExecutablePath: executable,
      extensionDevelopmentPath: REPO_ROOT,
      extensionTestsPath: suite,
      extensionTestsEnv: { REPORT_LENS_E2E_RESULTS: results },
      launchArgs: [
        workspace,
        '--disable-extensions', // only the extension under test
        '--disable-workspace-trust',
        '--skip-welcome',
        '--skip-release-notes',
        '--disable-gpu',
        `--user-data-dir=${path.join(tmp, 'user-data')}`,
        `--extensions-dir=${path.join(tmp, 'extensions')}`,
      ],
    }),
    Number(process.env.TEST_TIMEOUT_MS ?? 600_000),
    'the suite did not finish in time',
  );
} catch (e) {
  console.error(`test:electron: ${e?.message ?? e}`);
  code = 1;
}
let r = { passed: 0, failed: code === 0 ? 0 : 1 };
try { r = JSON.parse(fs.readFileSync(results, 'utf8')); } catch { /* VS Code did not get as far as the tests */ }
if (code !== 0 && !r.failed) r.failed = 1;
fs.rmSync(tmp, { recursive: true, force: true });
console.log(`${r.passed} passed, ${r.failed} failed`);
process.exit(code === 0 && !r.failed ? 0 : 1);
