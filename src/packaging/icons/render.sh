#!/usr/bin/env bash
# Makes every bitmap of Quire's icon from quire.svg; run it after changing the SVG and commit the
# results (the Windows and macOS builds use them as they are).
# Needs: rsvg-convert (librsvg2-bin), ImageMagick's convert, png2icns (icnsutils).
set -euo pipefail
cd "$(dirname "$0")"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
for s in 16 24 32 48 64 128 256 512 1024; do
  rsvg-convert -w "$s" -h "$s" quire.svg -o "$tmp/$s.png"
done
# Linux: the launcher's and the menu entry's icon.
cp "$tmp/512.png" quire.png
# Windows: one .ico with the sizes Explorer and the taskbar ask for.
convert "$tmp/16.png" "$tmp/24.png" "$tmp/32.png" "$tmp/48.png" "$tmp/64.png" "$tmp/128.png" "$tmp/256.png" quire.ico
# macOS: the .icns of the application bundle (the larger sizes double as the retina ones).
png2icns quire.icns "$tmp/16.png" "$tmp/32.png" "$tmp/48.png" "$tmp/128.png" "$tmp/256.png" "$tmp/512.png" "$tmp/1024.png" >/dev/null
# The workbench window's own icons (title bar, task switcher), inside the jar.
win=../../main/resources/org/quire/ui/icons
mkdir -p "$win"
for s in 16 32 48 64 128 256; do
  cp "$tmp/$s.png" "$win/quire-$s.png"
done
