// Bundles the extension: dist/client.js (vscode external), dist/server.js and dist/cli.js.
import * as esbuild from 'esbuild';
import { readFileSync } from 'node:fs';
import { commonOptions } from './esbuild.options.mjs';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const common = commonOptions({ production });

const builds = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
  { entryPoints: ['server/src/lsp/main.ts'], outfile: 'dist/server.js' },
  { entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' }, define: { REPORT_LENS_VERSION: JSON.stringify(version) } },
];

if (watch) {
  for (const b of builds) (await esbuild.context({ ...common, ...b })).watch();
  console.log('watching…');
} else {
  await Promise.all(builds.map((b) => esbuild.build({ ...common, ...b })));
}
