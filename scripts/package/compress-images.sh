#!/usr/bin/env bash
# Compresses the README's screenshots (docs/images/*.png) in place with pngquant (Debian package), to
# 256 colours with dithering: the text stays legible and each picture shrinks 3–4× (400 KB → 130 KB).
# Run it after refreshing them (SHOTS=docs/images npm run test:e2e); check-vsix.mjs fails on a package
# over its budget, which uncompressed screenshots would push it over.
set -euo pipefail
cd "$(dirname "$0")/../.."
command -v pngquant >/dev/null || { echo "compress-images: apt-get install pngquant" >&2; exit 1; }
files=("$@")
[ ${#files[@]} -gt 0 ] || files=(docs/images/*.png)
for png in "${files[@]}"; do
  before=$(stat -c %s "$png")
  # --skip-if-larger: an image already compressed is left as it is (pngquant exits 98 or 99 then).
  pngquant --quality=60-85 --speed 1 --strip --skip-if-larger --force --ext .png "$png" || { rc=$?; [ $rc -eq 98 ] || [ $rc -eq 99 ] || exit $rc; }
  echo "compress-images: $png $before → $(stat -c %s "$png") bytes"
done
