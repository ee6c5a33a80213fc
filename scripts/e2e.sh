#!/usr/bin/env bash
# End-to-end tests in real editors (npm run test:e2e):
#   1. the extension test suite (test/e2e/suite) inside VS Code's extension host, as code-server;
#      pass/fail read back through window.codeAutomationExit;
#   2. a Playwright test in Chromium doing what a person does (Explorer, hover, Outline, decorations),
#      saving screenshots to out/screenshots/ (SHOTS=docs/images for the README);
#   3. (package mode) the command-line tool from the installed extension: node <extension>/dist/cli.js;
#   4. Neovim's built-in LSP client against the same server (hover, symbols, semantic tokens);
#   5. Emacs: eglot and lsp-mode against the same server (hover, imenu; lsp-mode: semantic tokens as faces).
# Two modes (E2E_MODE):
#   dev (default)  the extension is this folder (development mode; `npm run build` first), as in `npm start`;
#   package        what users install: `npm run package` builds report-lens.vsix (or E2E_VSIX names one),
#                  `code-server --install-extension` installs it into a fresh extensions folder, and every
#                  stage runs against the installed copy: the suite (through an empty development host,
#                  test/e2e/test-host, which VS Code needs to run a suite), the UI test, the CLI, and the
#                  Neovim and Emacs checks with the server unzipped from the .vsix (docs/other-editors.md).
#                  CI runs this mode.
# Installs what it needs first (idempotent; tools in $REPORT_LENS_TOOLS, default ~/.cache/report-lens/tools),
# builds the extension, starts one code-server on 127.0.0.1 with everything it writes in a temp dir,
# and stops every process it started on exit. The last line printed is "N passed, N failed".
#
# Env: E2E_MODE (dev|package), E2E_VSIX (package mode: test this .vsix instead of building one),
#      REPORT_LENS_TOOLS, E2E_PORT (default: a free port), E2E_ONLY (suite|ui|cli|nvim|emacs, comma-separated),
#      E2E_SKIP_INSTALL=1, E2E_KEEP=1 (keep the temp dir), SHOTS (screenshot folder, default out/screenshots; SHOTS=docs/images refreshes the README's).
set -uo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
T0=$(date +%s)
say() { echo "e2e: $* ($(( $(date +%s) - T0 ))s)"; }
passed=0; failed=0
RUN=
STAGE_PID=
cleanup() {
  # A stage interrupted by a signal: `timeout` passes the TERM on to it (and Playwright closes its browser).
  [ -n "$STAGE_PID" ] && kill -TERM "$STAGE_PID" 2>/dev/null && wait "$STAGE_PID" 2>/dev/null
  STAGE_PID=
  [ -n "$RUN" ] || return 0
  RUN=$RUN bash "$ROOT/scripts/e2e/stop-code-server.sh"
  if [ "${E2E_KEEP:-}" = 1 ] || [ "$failed" -gt 0 ]; then echo "e2e: logs kept in $RUN"; else rm -rf "$RUN"; fi
  RUN=
}
# Stops everything, then prints the one summary line last.
finish() {
  trap - EXIT
  cleanup
  echo "$passed passed, $failed failed"
  [ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
  exit $?
}
abort() { echo "e2e: $*" >&2; failed=$((failed + 1)); finish; }
only() { [ -z "${E2E_ONLY:-}" ] || [[ ",$E2E_ONLY," == *",$1,"* ]]; }

# ---------------------------------------------------------------- tools and build
if [ "${E2E_SKIP_INSTALL:-}" != 1 ]; then
  bash scripts/e2e/install-tools.sh || abort "installing the tools failed"
fi
MODE=${E2E_MODE:-dev}
case $MODE in dev|package) ;; *) abort "E2E_MODE must be dev or package, not $MODE" ;; esac
if [ "$MODE" = package ]; then
  VSIX=${E2E_VSIX:-$ROOT/report-lens.vsix}
  if [ -z "${E2E_VSIX:-}" ]; then
    say "building the package (npm run package)"
    npm run -s package || abort "npm run package failed"
  fi
  [ -f "$VSIX" ] || abort "no package at $VSIX"
else
  say "building the extension"
  npm run -s build || abort "npm run build failed"
  [ -f dist/client.js ] && [ -f dist/server.js ] || abort "npm run build did not produce dist/client.js and dist/server.js"
fi
node test/e2e/build-suite.mjs >/dev/null || abort "bundling the extension test suite failed"

# ---------------------------------------------------------------- code-server
RUN=$(mktemp -d "${TMPDIR:-/tmp}/report-lens-e2e.XXXXXX")
trap cleanup EXIT
trap 'failed=$((failed + 1)); finish' INT TERM
# The tests edit documents and change settings: they get copies of samples/, never the repository's files;
# one per stage, so that nothing a failed suite leaves behind (a dirty editor, a backup) reaches the UI test.
for ws in suite ui; do
  mkdir -p "$RUN/$ws/samples" && cp samples/*.txt samples/*.report "$RUN/$ws/samples/"
done
PORT=${E2E_PORT:-$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')}
export CS_ORIGIN=http://127.0.0.1:$PORT WORKSPACE=$RUN/suite/samples
# Chromium keeps its crash reporter's files under XDG_CONFIG_HOME: keep them in the temp dir too.
export XDG_CONFIG_HOME=$RUN/xdg/config XDG_CACHE_HOME=$RUN/xdg/cache
# What the stages run: this folder (dev), or the package installed the way users install it (package).
EXT_DIR=
if [ "$MODE" = package ]; then
  say "installing $(basename "$VSIX") (code-server --install-extension)"
  EXT_DIR=$(RUN=$RUN bash scripts/e2e/install-vsix.sh "$VSIX") || abort "installing $VSIX failed"
  say "installed in $EXT_DIR"
  # Neovim and Emacs get the server as docs/other-editors.md tells their users to: unzipped from the .vsix.
  unzip -q -o "$VSIX" extension/dist/server.js -d "$RUN/standalone" || abort "unzip of the server from $VSIX failed"
  SUITE_EXT=$ROOT/test/e2e/test-host UI_EXT= SERVER_JS=$RUN/standalone/extension/dist/server.js
else
  SUITE_EXT=$ROOT UI_EXT=$ROOT SERVER_JS=$ROOT/dist/server.js
fi
if only suite || only ui; then
  say "starting code-server on 127.0.0.1:$PORT"
  # enable-smoke-test-driver: lets the URL payload load an extension in development mode and run tests.
  # The extension host inherits REPORT_LENS_E2E_RESULTS (the suite also writes its counts there) and
  # REPORT_LENS_E2E_EXTENSION_PATH (package mode: the suite checks that it tests the installed copy).
  # REPORT_LENS_E2E_MEASURES: the suite's measure of starting, which `npm run bench` shows (package mode only).
  MEASURES=; [ "$MODE" = package ] && mkdir -p "$ROOT/bench-results" && MEASURES=$ROOT/bench-results/editor-activation.json
  RUN=$RUN PORT=$PORT REPORT_LENS_E2E_RESULTS=$RUN/ext-host-results.json REPORT_LENS_E2E_EXTENSION_PATH=$EXT_DIR \
    REPORT_LENS_E2E_MEASURES=$MEASURES \
    bash scripts/e2e/start-code-server.sh --vscode-option enable-smoke-test-driver "$RUN/suite/samples" >/dev/null \
    || abort "code-server did not start (log: $RUN/code-server.log)"
fi

# ---------------------------------------------------------------- stages
# stage NAME TIMEOUT COMMAND...: runs a stage that writes {"passed","failed"} to $RESULTS; a stage that
# dies, hangs past TIMEOUT or fails without saying what counts as one failure.
stage() {
  local name=$1 limit=$2; shift 2
  local results=$RUN/$name-results.json
  rm -f "$results"
  say "stage $name"
  # In the background and waited for, so that INT/TERM are handled at once rather than after the stage.
  RESULTS=$results timeout --kill-after=10 "$limit" "$@" &
  STAGE_PID=$!
  wait "$STAGE_PID"
  local rc=$?
  STAGE_PID=
  local p=0 f=0
  if [ -f "$results" ]; then
    read -r p f < <(node -e 'const r=require(process.argv[1]);console.log((r.passed|0)+" "+(r.failed|0))' "$results")
  fi
  if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then
    f=1
    [ "$rc" -eq 124 ] || [ "$rc" -eq 137 ] && echo "e2e: stage $name timed out after $limit" >&2
  fi
  [ "$p" -eq 0 ] && [ "$f" -eq 0 ] && f=1   # a stage that checked nothing is not a pass
  echo "e2e: stage $name: $p passed, $f failed"
  passed=$((passed + p)); failed=$((failed + f))
}

only suite && stage suite 420s env EXT="$SUITE_EXT" EXT_HOST_RESULTS="$RUN/ext-host-results.json" node test/e2e/run-in-code-server.mjs
only ui && stage ui 300s env EXT="$UI_EXT" WORKSPACE="$RUN/ui/samples" EXT_DIR="$EXT_DIR" node test/e2e/ui.playwright.mjs
[ "$MODE" = package ] && only cli && stage cli 120s env EXT_DIR="$EXT_DIR" WORK="$RUN/cli" node test/e2e/cli-smoke.mjs
only nvim && stage nvim 120s env LSP_SERVER="$SERVER_JS" WORK="$RUN/nvim" node test/e2e/nvim-check.mjs
only emacs && stage emacs 120s env LSP_SERVER="$SERVER_JS" WORK="$RUN/emacs" node test/e2e/emacs-check.mjs

say "done"
finish
