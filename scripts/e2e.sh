#!/usr/bin/env bash
# End-to-end tests in real editors (npm run test:e2e):
#   1. the extension test suite (test/e2e/suite) inside VS Code's extension host, as code-server,
#      with the extension in development mode; pass/fail read back through window.codeAutomationExit;
#   2. a Playwright test in Chromium doing what a person does (Explorer, hover, Outline, decorations),
#      saving screenshots to out/screenshots/ (SHOTS=docs/images for the README);
#   3. Neovim's built-in LSP client against the same server (hover, symbols, semantic tokens).
# Installs what it needs first (idempotent; tools in $REPORT_LENS_TOOLS, default ~/.cache/report-lens/tools),
# builds the extension, starts one code-server on 127.0.0.1 with everything it writes in a temp dir,
# and stops every process it started on exit. The last line printed is "N passed, N failed".
#
# Env: REPORT_LENS_TOOLS, E2E_PORT (default: a free port), E2E_ONLY (suite|ui|nvim, comma-separated),
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
say "building the extension"
npm run -s build || abort "npm run build failed"
[ -f dist/client.js ] && [ -f dist/server.js ] || abort "npm run build did not produce dist/client.js and dist/server.js"
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
if only suite || only ui; then
  say "starting code-server on 127.0.0.1:$PORT"
  # enable-smoke-test-driver: lets the URL payload load the extension in development mode and run tests.
  # The extension host inherits REPORT_LENS_E2E_RESULTS: the suite also writes its counts there.
  RUN=$RUN PORT=$PORT REPORT_LENS_E2E_RESULTS=$RUN/ext-host-results.json \
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

only suite && stage suite 420s env EXT_HOST_RESULTS="$RUN/ext-host-results.json" node test/e2e/run-in-code-server.mjs
only ui && stage ui 300s env WORKSPACE="$RUN/ui/samples" node test/e2e/ui.playwright.mjs
only nvim && stage nvim 120s env WORK="$RUN/nvim" node test/e2e/nvim-check.mjs

say "done"
finish
