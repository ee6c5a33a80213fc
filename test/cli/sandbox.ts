/** A temporary folder for CLI tests, and the CLI run in it as users run it: node dist/cli.js … */
import { after } from 'node:test';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { REPO_ROOT } from '../helpers';
import { ENGLISH_ENV } from './env';

const CLI = path.join(REPO_ROOT, 'dist', 'cli.js');

/**
 * A fresh temporary folder (removed after the tests), `run` to start the CLI in it (or in `cwd`) with an
 * English locale, killed after `timeoutMs`, and `write` to put a file under it (folders made as needed).
 */
export function cliSandbox(prefix: string, timeoutMs = 60000) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));
  const run = (args: string[], cwd = tmp) => {
    const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: timeoutMs, env: ENGLISH_ENV });
    return { code: r.status, out: r.stdout, err: r.stderr };
  };
  const write = (rel: string, data: string) => {
    const f = path.join(tmp, rel);
    fs.mkdirSync(path.dirname(f), { recursive: true });
    fs.writeFileSync(f, data);
    return f;
  };
  return { tmp, run, write };
}
