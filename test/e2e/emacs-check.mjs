// Emacs as a client (Debian 12: emacs-nox 28.2, with elpa-eglot 1.9 and elpa-lsp-mode 8.0.0), in batch mode,
// against the server over stdio with the setups docs/other-editors.md gives. Checks what each gives a user:
//   eglot:    a term's definition in the hover (what eldoc shows), the sections in imenu (documentSymbol);
//             eglot 1.9 asks for no semantic tokens, so there are no colours in it: said, not checked;
//   lsp-mode: the hover, imenu, and colours: semantic tokens turned into faces on a term, a figure and an
//             organisation by font-lock.
// Env: RESULTS (file for {"passed","failed"}), WORK (scratch dir; default a temp dir), EMACS (default emacs),
//      LSP_SERVER (default dist/server.js; in package mode the installed extension's), TIMEOUT_MS (default 60000).
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { stageChecks } from './stageChecks.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const work = process.env.WORK ?? fs.mkdtempSync(path.join(os.tmpdir(), 'report-lens-emacs-'));
const TERM = '紧密型县域医共体';
const FIGURE = '1.5亿元';
const ORG = '青禾市中心医院';
const sample = path.join(work, 'qinghe-health-commission-2024.txt');
fs.mkdirSync(work, { recursive: true });
fs.copyFileSync(path.join(repo, 'samples', 'qinghe-health-commission-2024.txt'), sample);
fs.rmSync(path.join(work, 'xdg'), { recursive: true, force: true });

const { check, notRun, finish } = stageChecks('emacs');

/** Runs one probe in a fresh Emacs (HOME and XDG dirs in the scratch dir) and returns what it wrote, or undefined. */
function probe(client, file) {
  const out = path.join(work, `${client}.json`);
  fs.rmSync(out, { force: true });
  const env = {
    ...process.env,
    HOME: work,
    XDG_CONFIG_HOME: path.join(work, 'xdg', 'config'),
    XDG_DATA_HOME: path.join(work, 'xdg', 'data'),
    LSP_SERVER: process.env.LSP_SERVER ?? path.join(repo, 'dist', 'server.js'),
    LSP_NODE: process.execPath,
    HOVER_TEXT: TERM,
    FIGURE_TEXT: FIGURE,
    ORG_TEXT: ORG,
    OUT: out,
  };
  const t0 = Date.now();
  const run = spawnSync(process.env.EMACS ?? 'emacs', ['-Q', '--batch', '-l', path.join(repo, 'test', 'e2e', file), sample], {
    cwd: work, env, encoding: 'utf8', timeout: Number(process.env.TIMEOUT_MS ?? 60_000), killSignal: 'SIGKILL', stdio: ['ignore', 'pipe', 'pipe'],
  });
  console.log(`[emacs] ${client}: Emacs ran ${((Date.now() - t0) / 1000).toFixed(1)}s, exit ${run.status ?? run.signal}`);
  let r;
  check(`${client}: Emacs starts the server and the probe gets answers`, () => {
    if (run.error) throw new Error(run.error.message);
    if (run.status !== 0) throw new Error(`emacs exited ${run.status ?? run.signal}: ${`${run.stdout}\n${run.stderr}`.trim().slice(-1500)}`);
    r = JSON.parse(fs.readFileSync(out, 'utf8'));
    console.log(`[emacs] ${client}: Emacs ${r.emacs_version}, ${client} ${r.eglot_version ?? r.lsp_mode_version}; hover answered at attempt ${r.hover_attempts}`);
  });
  return r;
}

function checkHover(client, r) {
  check(`${client}: hover on a policy term shows its definition`, () => {
    const text = r.hover_shown ?? '';
    if (!text.includes(TERM)) throw new Error(`the hover does not name ${TERM}: ${JSON.stringify(text)}`);
    const definition = glossaryDefinition(TERM);
    if (!text.includes(definition)) throw new Error(`the hover lacks the glossary definition "${definition}": ${text}`);
  });
}

function checkImenu(client, r) {
  check(`${client}: imenu lists the sections, 一、 above its (一)`, () => {
    // eglot 1.9 groups entries by symbol kind and names nested ones "parent::child"; lsp-mode nests them.
    const names = [];
    const walk = (list, prefix) => { for (const e of list ?? []) { names.push(`${prefix}${e.name}`); walk(e.children, `${prefix}${e.name}/`); } };
    walk(r.imenu, '');
    const all = names.join('\n');
    for (const want of ['一、2024年工作开展情况', '(一)深化医药卫生体制改革', '三、2025年工作思路', '1.推进公立医院高质量发展']) {
      if (!all.includes(want)) throw new Error(`"${want}" not in imenu: ${names.slice(0, 20).join(' | ')}`);
    }
    if (!names.some((n) => /一、2024年工作开展情况.*\(一\)深化医药卫生体制改革/.test(n))) throw new Error('(一) is not nested under 一、');
  });
}

const eglot = probe('eglot', 'emacs-eglot-probe.el');
if (eglot) { checkHover('eglot', eglot); checkImenu('eglot', eglot); } else notRun(2);

const lspMode = probe('lsp-mode', 'emacs-lsp-mode-probe.el');
if (lspMode) {
  checkHover('lsp-mode', lspMode);
  checkImenu('lsp-mode', lspMode);
  check('lsp-mode: semantic tokens colour a term, a figure and an organisation with three faces', () => {
    const faces = [lspMode.face_term, lspMode.face_figure, lspMode.face_org];
    if (faces.some((f) => !f || !f.startsWith('lsp-face-semhl-'))) throw new Error(`faces: ${JSON.stringify(faces)} (${lspMode.tokens} tokens)`);
    if (new Set(faces).size !== 3) throw new Error(`two kinds share a face: ${JSON.stringify(faces)}`);
  });
  check('lsp-mode: the tokens lsp-mode asks for as the file opens are there (colours without an edit)', () => {
    if (!lspMode.tokens_first) throw new Error(`the first semantic tokens request got 0 tokens (${lspMode.tokens} when asked again)`);
  });
} else notRun(4);

finish();

/** The built-in glossary's definition of a term (server/data/glossary.json, which the server bundles). */
function glossaryDefinition(term) {
  const data = JSON.parse(fs.readFileSync(path.join(repo, 'server', 'data', 'glossary.json'), 'utf8'));
  const entry = data.entries.find((e) => e.term === term) ?? data.entries.find((e) => e.aliases?.includes(term));
  if (!entry) throw new Error(`${term} is not in server/data/glossary.json`);
  return entry.definition;
}
