#!/usr/bin/env bash
# Stops a code-server started by start-code-server.sh: TERM to its whole process group, KILL after 5 s.
# Usage: RUN=<state dir> stop-code-server.sh
: "${RUN:?RUN (state directory) is required}"
PID=$(cat "$RUN/code-server.pid" 2>/dev/null) || exit 0
[[ "$PID" =~ ^[0-9]+$ ]] || { rm -f "$RUN/code-server.pid"; exit 0; }
kill -TERM -- "-$PID" 2>/dev/null || kill -TERM "$PID" 2>/dev/null || true
for _ in $(seq 1 25); do kill -0 -- "-$PID" 2>/dev/null || break; sleep 0.2; done
kill -KILL -- "-$PID" 2>/dev/null || true
rm -f "$RUN/code-server.pid"
