/**
 * What it costs to start Report Lens (issue 17), on the bundles as they ship (`node esbuild.mjs
 * --production`, as `npm run package` builds them):
 *   - the size of each bundle, minified and deflated (a .vsix is a zip: what users download);
 *   - the client's compile time: V8 parsing dist/client.js, which VS Code does in the extension host when
 *     the extension activates (in every window where a .txt file is opened); its evaluation needs the
 *     `vscode` module and is not measured here;
 *   - the language server's start to the first decorations of a 100 KB report, each run a new process:
 *     from spawn (`node dist/server.js --stdio`) to the answer to `initialize`, and to the answer to the
 *     first-screen `reportLens/decorations` request sent right after `didOpen` — what the VS Code client
 *     asks when a report opens. The client's own activation inside VS Code is not in these figures.
 *     A request answered null would be asked again (the VS Code client does so on
 *     reportLens/decorationsChanged) and the time would run to the first answer with decorations; such
 *     retries are counted and shown.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import * as vm from 'node:vm';
import * as zlib from 'node:zlib';
import { startServer } from './lsp.mjs';
import { summary } from './stats.mjs';

export const BUNDLES = ['client.js', 'server.js', 'cli.js'];

/** Builds the production bundles into ROOT/dist (esbuild.mjs has the entry points). */
export function buildProduction(root) {
  execFileSync(process.execPath, [path.join(root, 'esbuild.mjs'), '--production'], { cwd: root, stdio: 'inherit' });
}

/** Restores the development bundles the other sections and `npm test` use. */
export function buildDevelopment(root) {
  execFileSync(process.execPath, [path.join(root, 'esbuild.mjs')], { cwd: root, stdio: 'inherit' });
}

/** { file: { bytes, deflated } } for each bundle in `dist`. */
export function bundleSizes(dist) {
  const out = {};
  for (const f of BUNDLES) {
    const buf = fs.readFileSync(path.join(dist, f));
    out[f] = { bytes: buf.length, deflated: zlib.deflateRawSync(buf, { level: 9 }).length };
  }
  return out;
}

/** Median time (ms) V8 takes to compile `file`, over `runs` fresh compilations. */
export function compileTime(file, runs) {
  const source = fs.readFileSync(file, 'utf8');
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    // A new filename each time, so V8's compilation cache does not answer the second run.
    new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: `${file}#${i}` });
    times.push(performance.now() - t);
  }
  return summary(times);
}

/**
 * Starts the server `runs` times; each time opens `text` and asks for the first screen's decorations.
 * Returns summaries of spawn → initialize and spawn → first decorations (ms), and the ranges found.
 */
export async function startToDecorations({ serverJs, rootDir, text, runs, firstScreen }) {
  const init = [];
  const decorated = [];
  let ranges = 0;
  let retries = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const server = await startServer({ serverJs, rootDir });
    init.push(performance.now() - t0);
    try {
      const uri = `file://${rootDir}/report-100KB-${i}.txt`;
      server.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text } });
      let r = null;
      for (let attempt = 0; attempt < 20 && !r; attempt++) {
        if (attempt) retries++;
        r = await server.request('reportLens/decorations', { textDocument: { uri }, visibleLines: [firstScreen] }, 60000);
      }
      decorated.push(performance.now() - t0);
      ranges = Object.values(r?.ranges ?? {}).reduce((s, l) => s + l.length, 0);
      if (!ranges) throw new Error(`no decorations for the 100 KB report: ${JSON.stringify(r).slice(0, 300)}`);
    } finally {
      await server.close();
    }
  }
  return { init: summary(init), decorated: summary(decorated), ranges, retries };
}
