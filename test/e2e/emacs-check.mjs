// A third client: Emacs' eglot (Debian's emacs-nox 28.2 with elpa-eglot 1.9), in batch mode, against the
// server over stdio with the setup docs/other-editors.md gives. Checks what an eglot user gets: a term's
// definition in the hover (what eldoc shows) and the report's sections in imenu (from documentSymbol).
// eglot 1.9 asks for no semantic tokens, so there are no colours in it: this is said, not checked.
// Env: RESULTS (file for {"passed","failed"}), WORK (scratch dir; default a temp dir), EMACS (default emacs),
//      LSP_SERVER (default dist/server.js; in package mode the installed extension's), TIMEOUT_MS (default 60000).
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const work = process.env.WORK ?? fs.mkdtempSync(path.join(os.tmpdir(), 'report-lens-emacs-'));
const TERM = '紧密型县域医共体';
const sample = path.join(work, 'qinghe-health-commission-2024.txt');
fs.mkdirSync(work, { recursive: true });
fs.copyFileSync(path.join(repo, 'samples', 'qinghe-health-commission-2024.txt'), sample);
const out = path.join(work, 'emacs.json');
fs.rmSync(out, { force: true });

let passed = 0;
let failed = 0;
function check(name, fn) {
  try {
    fn();
    passed++;
    console.log(`[emacs] ok   ${name}`);
  } catch (e) {
    failed++;
    console.log(`[emacs] FAIL ${name}: ${e.message}`);
  }
}
function finish() {
  console.log(`[emacs] ${passed} passed, ${failed} failed`);
  if (process.env.RESULTS) fs.writeFileSync(process.env.RESULTS, JSON.stringify({ passed, failed }));
  process.exit(failed ? 1 : 0);
}

// Emacs' HOME and XDG dirs in the scratch dir: nothing of the user's configuration, nothing written there.
const env = {
  ...process.env,
  HOME: work,
  XDG_CONFIG_HOME: path.join(work, 'xdg', 'config'),
  XDG_DATA_HOME: path.join(work, 'xdg', 'data'),
  LSP_SERVER: process.env.LSP_SERVER ?? path.join(repo, 'dist', 'server.js'),
  LSP_NODE: process.execPath,
  HOVER_TEXT: TERM,
  OUT: out,
};
const t0 = Date.now();
const run = spawnSync(process.env.EMACS ?? 'emacs', ['-Q', '--batch', '-l', path.join(repo, 'test', 'e2e', 'emacs-eglot-probe.el'), sample], {
  cwd: work, env, encoding: 'utf8', timeout: Number(process.env.TIMEOUT_MS ?? 60_000), killSignal: 'SIGKILL', stdio: ['ignore', 'pipe', 'pipe'],
});
console.log(`[emacs] Emacs ran ${((Date.now() - t0) / 1000).toFixed(1)}s, exit ${run.status ?? run.signal}`);

let r;
check('Emacs starts the server through eglot and the probe gets answers', () => {
  if (run.error) throw new Error(run.error.message);
  if (run.status !== 0) throw new Error(`emacs exited ${run.status ?? run.signal}: ${`${run.stdout}\n${run.stderr}`.trim().slice(-1500)}`);
  r = JSON.parse(fs.readFileSync(out, 'utf8'));
  console.log(`[emacs] Emacs ${r.emacs_version}, eglot ${r.eglot_version}; hover answered at attempt ${r.hover_attempts}`);
});
if (!r) { failed += 2; finish(); }

check('hover on a policy term shows its definition (eldoc)', () => {
  const text = r.hover_shown ?? '';
  if (!text.includes(TERM)) throw new Error(`the hover does not name ${TERM}: ${JSON.stringify(text)}`);
  const definition = glossaryDefinition(TERM);
  if (!text.includes(definition)) throw new Error(`the hover lacks the glossary definition "${definition}": ${text}`);
});

check('imenu lists the sections, 一、 above its (一)', () => {
  // eglot 1.9 groups imenu entries by symbol kind and names nested ones "parent::child".
  const names = [];
  const walk = (list, prefix) => { for (const e of list ?? []) { names.push(`${prefix}${e.name}`); walk(e.children, `${prefix}${e.name}/`); } };
  walk(r.imenu, '');
  const all = names.join('\n');
  for (const want of ['一、2024年工作开展情况', '(一)深化医药卫生体制改革', '三、2025年工作思路', '1.推进公立医院高质量发展']) {
    if (!all.includes(want)) throw new Error(`"${want}" not in imenu: ${names.slice(0, 20).join(' | ')}`);
  }
  if (!names.some((n) => /一、2024年工作开展情况.*\(一\)深化医药卫生体制改革/.test(n))) throw new Error('(一) is not nested under 一、');
});

finish();

/** The built-in glossary's definition of a term (server/data/glossary.json, which the server bundles). */
function glossaryDefinition(term) {
  const data = JSON.parse(fs.readFileSync(path.join(repo, 'server', 'data', 'glossary.json'), 'utf8'));
  const entry = data.entries.find((e) => e.term === term) ?? data.entries.find((e) => e.aliases?.includes(term));
  if (!entry) throw new Error(`${term} is not in server/data/glossary.json`);
  return entry.definition;
}
