#!/usr/bin/env bash
# Renders the extension's icon (package.json "icon": a 128×128 PNG, which the Marketplace and VS Code's
# Extensions view require; SVG icons are refused) from media/icon.svg, the source to edit.
# Needs Debian's librsvg2-bin (rsvg-convert) and optipng. Run it after changing the SVG and commit both.
set -euo pipefail
cd "$(dirname "$0")/.."
rsvg-convert -w 128 -h 128 media/icon.svg -o media/icon.png
optipng -quiet -o7 -strip all media/icon.png
file media/icon.png
