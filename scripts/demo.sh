#!/usr/bin/env bash
# The one-command demo (npm start): builds Report Lens, starts VS Code (code-server) on 127.0.0.1 with the
# extension installed and the sample reports open, saves a screenshot, and leaves the editor running.
#
#   npm start                  # http://127.0.0.1:8080 (PORT=9000 npm start for another port)
#   npm start -- --stop        # stop it
#
# From another machine: ssh -L 8080:127.0.0.1:8080 <this host>, then open the printed URL locally.
# The extension is a symlink to this repository: after `npm run build`, run "Developer: Reload Window".
# Opens samples/ and, when it exists, ../shared/seeds/ (the real reports) as a second folder.
# Env: PORT (8080), REPORT_LENS_TOOLS (~/.cache/report-lens/tools), REPORT_LENS_DEMO (state dir,
#      default ~/.cache/report-lens/demo), DEMO_SHOT (screenshot path, default $REPORT_LENS_DEMO/demo.png;
#      DEMO_SHOT=docs/images/demo.png refreshes the README's picture), DEMO_SCREENSHOT=0 to skip it.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
PORT=${PORT:-8080}
DEMO=${REPORT_LENS_DEMO:-$HOME/.cache/report-lens/demo}
stop() { [ -f "$DEMO/code-server.pid" ] && RUN=$DEMO bash scripts/e2e/stop-code-server.sh; return 0; }

if [ "${1:-}" = "--stop" ]; then
  if [ -f "$DEMO/code-server.pid" ]; then stop; echo "demo: stopped"; else echo "demo: not running"; fi
  exit 0
fi

bash scripts/e2e/install-tools.sh
npm run -s build
[ -f dist/client.js ] && [ -f dist/server.js ] || { echo "demo: npm run build did not produce dist/" >&2; exit 1; }

stop   # a demo started earlier
rm -rf "$DEMO"
mkdir -p "$DEMO/extensions"
# Installed the way VS Code installs extensions: <publisher>.<name>-<version> in the extensions dir.
ID=$(node -p "const p=require('./package.json'); p.publisher + '.' + p.name + '-' + p.version")
ln -s "$ROOT" "$DEMO/extensions/$ID"

# A multi-root workspace: the samples that ship with the project, and the real reports beside it.
WS=$DEMO/report-lens-demo.code-workspace
SEEDS=$(cd "$ROOT/.." && pwd)/shared/seeds
node -e '
  const [ws, samples, seeds] = process.argv.slice(1);
  const folders = [{ name: "samples", path: samples }];
  if (require("fs").existsSync(seeds)) folders.push({ name: "seeds (real reports)", path: seeds });
  require("fs").writeFileSync(ws, JSON.stringify({ folders, settings: {} }, null, 2));
' "$WS" "$ROOT/samples" "$SEEDS"

RUN=$DEMO PORT=$PORT bash scripts/e2e/start-code-server.sh "$WS" >/dev/null
URL="http://127.0.0.1:$PORT/?workspace=$(node -p 'encodeURIComponent(process.argv[1])' "$WS")"

SHOT=
if [ "${DEMO_SCREENSHOT:-1}" != 0 ]; then
  SHOT=$(realpath -m "${DEMO_SHOT:-$DEMO/demo.png}")
  mkdir -p "$(dirname "$SHOT")"
  if ! XDG_CONFIG_HOME=$DEMO/xdg/config XDG_CACHE_HOME=$DEMO/xdg/cache CS_ORIGIN="http://127.0.0.1:$PORT" \
       WORKSPACE="$ROOT/samples" WORKSPACE_FILE="$WS" EXT= ONLY_DEMO=1 SHOT="$SHOT" SHOTS="$DEMO" \
       timeout --kill-after=10 180 node test/e2e/ui.playwright.mjs >"$DEMO/screenshot.log" 2>&1; then
    echo "demo: the screenshot failed (see $DEMO/screenshot.log); the editor is running anyway" >&2
    SHOT=
  fi
fi

echo
echo "Report Lens is running in VS Code (code-server, pid $(cat "$DEMO/code-server.pid")):"
echo "  $URL"
echo "  (from another machine: ssh -L $PORT:127.0.0.1:$PORT $(hostname), then open the URL above)"
[ -n "$SHOT" ] && echo "Screenshot: $SHOT"
echo "Logs:       $DEMO/code-server.log"
echo "Stop with:  npm start -- --stop"
