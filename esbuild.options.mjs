// The esbuild settings of every bundle: the extension's (esbuild.mjs) and the benchmark's copy of the
// analysis core (scripts/bench.mjs), so the benchmark measures the code the server runs.
export function commonOptions({ production = false } = {}) {
  return {
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    sourcemap: !production,
    minify: production,
    logLevel: 'warning',
    // The lexicons and tables are Chinese: written as UTF-8 they take half the room of \u escapes.
    charset: 'utf8',
    // jsonc-parser's UMD entry loads its parts with a dynamic require that bundling breaks; its ESM entry is fine.
    mainFields: ['module', 'main'],
  };
}
