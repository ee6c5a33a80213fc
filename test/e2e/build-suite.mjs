// Bundles the extension test suite (test/e2e/suite/index.ts and the tests it loads) into
// out/e2e/suite/index.js, the module an extension host loads through extensionTestsPath.
// vscode is provided by the extension host; mocha is loaded from the project's node_modules.
// Usage: node test/e2e/build-suite.mjs   (prints the bundle's absolute path)
import * as esbuild from 'esbuild';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SUITE_BUNDLE = path.join(REPO_ROOT, 'out', 'e2e', 'suite', 'index.js');

/** Builds the suite bundle and returns its path. */
export async function buildSuite() {
  await esbuild.build({
    entryPoints: [path.join(REPO_ROOT, 'test', 'e2e', 'suite', 'index.ts')],
    outfile: SUITE_BUNDLE,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    sourcemap: 'inline',
    external: ['vscode', 'mocha'],
    logLevel: 'warning',
  });
  return SUITE_BUNDLE;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  console.log(await buildSuite());
}
