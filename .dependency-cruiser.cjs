/**
 * The rooms of the house and what may import what (docs/architecture.md). `npm test` runs this check
 * (npm run lint:deps); a broken rule fails the build.
 */
const LSP = '^(vscode-languageserver|vscode-languageserver-protocol|vscode-languageserver-textdocument|vscode-jsonrpc)($|/)';

module.exports = {
  forbidden: [
    {
      name: 'core-is-pure',
      comment: 'server/src/core: text in, plain objects out. No Node I/O, no LSP, no VS Code, nothing of the rooms above it.',
      severity: 'error',
      from: { path: '^server/src/core/' },
      to: { path: [LSP, '^vscode$', '^server/src/(lsp|disk|cli)/', '^(client|shared)/'] },
    },
    {
      name: 'core-does-no-io',
      comment: 'server/src/core runs in a browser, a CLI and a test alike: no Node built-in modules.',
      severity: 'error',
      from: { path: '^server/src/core/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'disk-speaks-no-lsp',
      comment: 'server/src/disk: files on disk, with Node I/O; it knows nothing of LSP, the server or the CLI.',
      severity: 'error',
      from: { path: '^server/src/disk/' },
      to: { path: [LSP, '^vscode$', '^server/src/(lsp|cli)/', '^client/'] },
    },
    {
      name: 'only-lsp-imports-the-protocol',
      comment: 'Only the language-server room (server/src/lsp) imports vscode-languageserver and its kin.',
      severity: 'error',
      from: { path: '^server/src/', pathNot: '^server/src/lsp/' },
      to: { path: LSP },
    },
    {
      name: 'features-use-no-connection',
      comment: 'server/src/lsp/features adapt core results to LSP types; handlers and the connection live elsewhere.',
      severity: 'error',
      from: { path: '^server/src/lsp/features/' },
      to: { path: '^server/src/(lsp/(handlers|server|main|analyses|context)|disk|cli)' },
    },
    {
      name: 'cli-is-no-server',
      comment: 'The command line uses the core and the disk, never the language server.',
      severity: 'error',
      from: { path: '^server/src/cli/' },
      to: { path: ['^server/src/lsp/', LSP] },
    },
    {
      name: 'client-is-thin',
      comment: 'The client imports nothing of the server but what both sides share (shared/).',
      severity: 'error',
      from: { path: '^client/' },
      to: { path: '^server/' },
    },
    {
      name: 'shared-stands-alone',
      comment: 'shared/ holds the protocol and settings types both sides import, and how the server process is set up; it imports neither side.',
      severity: 'error',
      from: { path: '^shared/' },
      to: { path: '^(server|client)/' },
    },
    {
      name: 'no-circles',
      comment: 'Files that import each other in a loop cannot be understood one at a time.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '^(node_modules|dist|test|scripts)/' },
  },
};
