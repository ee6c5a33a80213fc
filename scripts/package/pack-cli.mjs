// npm run pack:cli: the command-line tool as an npm package of its own, report-lens-<version>.tgz, that
// `npm install -g ./report-lens-<version>.tgz` installs with no registry: one bundled file, dist/cli.js,
// which needs nothing but Node (its dependencies are inside the bundle).
//
// Why not `npm pack` in the repository itself: npm always packs the manifest's `main`, which is the
// VS Code extension's client (dist/client.js), and vsce refuses a `files` list beside .vscodeignore.
// So the tarball is packed by npm from a folder staged here, with a manifest made from the repository's
// (name, version, licence, bin, engines) whose `files` lists the bundle only.
//
//   node scripts/package/pack-cli.mjs [--no-build]   prints the tarball's path
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const stage = path.join(root, 'out', 'cli-package');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

if (!process.argv.includes('--no-build')) {
  execFileSync(process.execPath, [path.join(root, 'esbuild.mjs'), '--production'], { cwd: root, stdio: 'inherit' });
}
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const nls = JSON.parse(fs.readFileSync(path.join(root, 'package.nls.json'), 'utf8'));

fs.rmSync(stage, { recursive: true, force: true });
fs.mkdirSync(path.join(stage, 'dist'), { recursive: true });
fs.copyFileSync(path.join(root, 'dist', 'cli.js'), path.join(stage, 'dist', 'cli.js'));
fs.chmodSync(path.join(stage, 'dist', 'cli.js'), 0o755);
fs.copyFileSync(path.join(root, 'LICENSE'), path.join(stage, 'LICENSE'));

const cli = {
  name: manifest.name,
  version: manifest.version,
  description: `${nls.description} Command-line tool: report-lens annotate / import.`,
  license: manifest.license,
  keywords: manifest.keywords,
  bin: { 'report-lens': 'dist/cli.js' },
  engines: { node: manifest.engines.node },
  files: ['dist/cli.js'],
};
fs.writeFileSync(path.join(stage, 'package.json'), JSON.stringify(cli, null, 2) + '\n');

// The README's "Command line" section is the package's README, so the two cannot drift apart.
const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
const section = /^## Command line\n([\s\S]*?)(?=^## )/m.exec(readme)?.[1];
if (!section) throw new Error('pack-cli: README.md has no "## Command line" section');
fs.writeFileSync(path.join(stage, 'README.md'), `# report-lens (command line)\n\n${nls.description}\n\n`
  + 'Install: `npm install -g ./report-lens-' + manifest.version + '.tgz` (Node 20 or later).\n'
  + section.replace(/^npm ci && npm run build\n/m, '').replace(/npx report-lens/g, 'report-lens').replace(/\.\.\/shared\/seeds\/001_\*\.txt/g, 'report.txt'));

const out = execFileSync(npm, ['pack', '--json', '--pack-destination', root], { cwd: stage, encoding: 'utf8' });
const [{ filename }] = JSON.parse(out);
console.log(path.join(root, filename));
