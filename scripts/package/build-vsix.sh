#!/usr/bin/env bash
# npm run package: the production bundles, then report-lens.vsix with vsce, then the check of its files
# and size (check-vsix.mjs). Works from a fresh clone after `npm ci`, with no network: vsce is a pinned
# devDependency (3.9.x runs on Node 20), and nothing is fetched.
#
# vsce flags, and why:
#   --no-dependencies            the bundles carry their dependencies; node_modules is not shipped
#   --no-rewrite-relative-links  the project has no public repository to point links at: README's relative
#                                links stay relative, and the images they show are shipped in the package
#                                (docs/images/), so the extension's page in VS Code shows them
#   --allow-missing-repository   no `repository` in package.json, for the same reason (vsce would ask)
set -euo pipefail
cd "$(dirname "$0")/../.."
OUT=${VSIX:-report-lens.vsix}
npm run -s build -- --production
rm -f "$OUT"
npx vsce package --no-dependencies --no-rewrite-relative-links --allow-missing-repository -o "$OUT" </dev/null
node scripts/package/check-vsix.mjs "$OUT"
