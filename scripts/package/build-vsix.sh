#!/usr/bin/env bash
# npm run package: the production bundles, then report-lens.vsix with vsce, then the check of its files
# and size (check-vsix.mjs). Works from a fresh clone after `npm ci`, with no network: vsce is a pinned
# devDependency (3.9.x runs on Node 20), and nothing is fetched.
#
# vsce flags, and why:
#   --no-dependencies            the bundles carry their dependencies; node_modules is not shipped
#   --readme-path                the package's README is README.md without its images (package-readme.mjs):
#                                VS Code's extension page shows README images only from http(s) addresses,
#                                and the project has none; the pictures are in the Get Started walkthrough
#   --no-rewrite-relative-links  no public repository to point relative links at: they are left as they are
#   --allow-missing-repository   no `repository` in package.json, for the same reason (vsce would ask)
set -euo pipefail
cd "$(dirname "$0")/../.."
OUT=${VSIX:-report-lens.vsix}
npm run -s build -- --production
rm -f "$OUT"
node scripts/package/package-readme.mjs out/package/README.md
npx vsce package --no-dependencies --readme-path out/package/README.md --no-rewrite-relative-links --allow-missing-repository \
  -o "$OUT" </dev/null
node scripts/package/check-vsix.mjs "$OUT"
