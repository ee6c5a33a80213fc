// A second, non-VS Code client: Neovim's built-in LSP client (headless) against dist/server.js over
// stdio. Checks that such a client gets real content: a term's definition in the hover, the report's
// sections as document symbols, and semantic tokens (which VS Code's own client turns off).
// Env: RESULTS (file for {"passed","failed"}), WORK (scratch dir; default a temp dir), NVIM (default nvim),
//      LSP_SERVER (the server to start; default dist/server.js, in package mode the installed extension's),
//      TIMEOUT_MS (Neovim's whole run, default 60000).
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { stageChecks } from './stageChecks.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const work = process.env.WORK ?? fs.mkdtempSync(path.join(os.tmpdir(), 'report-lens-nvim-'));
const TERM = '紧密型县域医共体';
const sample = path.join(work, 'qinghe-health-commission-2024.txt');
fs.mkdirSync(work, { recursive: true });
fs.copyFileSync(path.join(repo, 'samples', 'qinghe-health-commission-2024.txt'), sample);
const out = path.join(work, 'nvim.json');
fs.rmSync(out, { force: true });

const { check, notRun, finish } = stageChecks('nvim');

// Neovim writes its log, shada and swap under XDG dirs: keep them in the scratch dir.
const xdg = Object.fromEntries(['CONFIG', 'DATA', 'STATE', 'CACHE'].map((k) => [`XDG_${k}_HOME`, path.join(work, 'xdg', k.toLowerCase())]));
const t0 = Date.now();
const run = spawnSync(process.env.NVIM ?? 'nvim',
  ['--headless', '--clean', '-n', '-i', 'NONE', '-c', `luafile ${path.join(repo, 'test', 'e2e', 'nvim-lsp-probe.lua')}`, sample],
  {
    env: { ...process.env, ...xdg, LSP_SERVER: process.env.LSP_SERVER ?? path.join(repo, 'dist', 'server.js'), LSP_NODE: process.execPath, HOVER_TEXT: TERM, OUT: out },
    encoding: 'utf8',
    timeout: Number(process.env.TIMEOUT_MS ?? 60_000),
    killSignal: 'SIGKILL',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
console.log(`[nvim] Neovim ran ${((Date.now() - t0) / 1000).toFixed(1)}s, exit ${run.status ?? run.signal}`);

let r;
check('Neovim runs the probe and the server answers', () => {
  if (run.error) throw new Error(`${run.error.message}`);
  if (run.status !== 0) throw new Error(`nvim exited ${run.status ?? run.signal}: ${(run.stderr || '').trim().slice(-1500)}`);
  r = JSON.parse(fs.readFileSync(out, 'utf8'));
});
if (!r) {
  notRun(4);
  finish();
}

const lines = r.lines;
const find = (text) => {
  const line = lines.findIndex((l) => l.includes(text));
  if (line < 0) throw new Error(`"${text}" not in the sample`);
  return { line, character: lines[line].indexOf(text) };
};

check('hover on a policy term gives its definition', () => {
  const c = r.hover?.contents;
  const text = (typeof c === 'string' ? c : Array.isArray(c) ? c.map((x) => x.value ?? x).join('\n') : c?.value ?? '').replace(/\\(.)/g, '$1');
  if (!text.includes(TERM)) throw new Error(`hover at ${JSON.stringify(r.hover_position)} does not name ${TERM}: ${JSON.stringify(r.hover)}`);
  const entry = glossaryEntry(TERM);
  if (entry && !text.includes(entry.definition)) throw new Error(`hover lacks the glossary definition "${entry.definition}": ${text}`);
  if (!entry && text.replace(/\s/g, '').length < TERM.length + 20) throw new Error(`hover has no definition: ${text}`);
});

check('document symbols are the sections, nested', () => {
  const flat = [];
  const walk = (list, depth, parent) => { for (const s of list ?? []) { flat.push({ name: s.name, depth, parent }); walk(s.children, depth + 1, s.name); } };
  if (!Array.isArray(r.documentSymbol)) throw new Error(`no symbols: ${JSON.stringify(r.documentSymbol)}`);
  walk(r.documentSymbol, 0, undefined);
  const one = flat.find((s) => s.name.includes('一、2024年工作开展情况'));
  const sub = flat.find((s) => s.name.includes('深化医药卫生体制改革'));
  const three = flat.find((s) => s.name.includes('三、2025年工作思路'));
  if (!one || !sub || !three) throw new Error(`sections missing: ${flat.map((s) => s.name).join(' | ')}`);
  if (sub.parent !== one.name) throw new Error(`(一) is under "${sub.parent}", not 一、`);
  if (three.depth !== one.depth) throw new Error('一、 and 三、 are at different depths');
});

check('semantic tokens colour terms, figures and organisations', () => {
  const legend = r.server_capabilities?.semanticTokensProvider?.legend;
  if (!legend) throw new Error(`no semanticTokensProvider for a non-VS Code client: ${JSON.stringify(r.server_capabilities)}`);
  const data = r.semanticTokens?.data;
  if (!Array.isArray(data) || data.length === 0 || data.length % 5 !== 0) throw new Error(`bad token data: ${JSON.stringify(r.semanticTokens).slice(0, 300)}`);
  const tokens = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i < data.length; i += 5) {
    line += data[i];
    character = data[i] === 0 ? character + data[i + 1] : data[i + 1];
    tokens.push({ line, character, length: data[i + 2], type: legend.tokenTypes[data[i + 3]], text: lines[line]?.slice(character, character + data[i + 2]) });
  }
  const types = new Set(tokens.map((t) => t.type));
  if (types.size < 3) throw new Error(`expected three token types (terms, figures, organisations), got ${[...types]}`);
  const at = (text) => { const p = find(text); return tokens.find((t) => t.line === p.line && t.character === p.character && t.length === text.length); };
  const term = at(TERM);
  const figure = at('1.5亿元');
  if (!term) throw new Error(`no token on ${TERM}; tokens on its line: ${JSON.stringify(tokens.filter((t) => t.line === find(TERM).line))}`);
  if (!figure) throw new Error(`no token on 1.5亿元; tokens on its line: ${JSON.stringify(tokens.filter((t) => t.line === find('1.5亿元').line))}`);
  if (term.type === figure.type) throw new Error(`a term and a figure share the token type ${term.type}`);
  if (!tokens.some((t) => t.text?.includes('青禾市中心医院') || t.text === '市中心医院')) throw new Error('no token on 青禾市中心医院');
});

finish();

/** The built-in glossary entry for a term, read from the data the server ships (undefined if none). */
function glossaryEntry(term) {
  const dir = path.join(repo, 'server', 'data');
  const entries = [];
  const walk = (v) => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      if (typeof v.term === 'string' && typeof v.definition === 'string') entries.push(v);
      else Object.values(v).forEach(walk);
    }
  };
  for (const f of fs.existsSync(dir) ? fs.readdirSync(dir) : []) if (f.endsWith('.json') && !f.includes('schema')) walk(JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')));
  return entries.find((e) => e.term === term) ?? entries.find((e) => e.aliases?.includes(term));
}
