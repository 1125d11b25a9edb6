#!/usr/bin/env bash
# Takes docs/screenshot.png from the real window under Xvfb (Debian: xvfb xdotool imagemagick).
# Usage: docs/screenshot.sh [OUT.png] [extra article-reader arguments...]
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-docs/screenshot.png}
shift || true
display=:97
Xvfb "$display" -screen 0 1440x900x24 >/dev/null 2>&1 &
xvfb=$!
trap 'kill "$app" "$xvfb" 2>/dev/null || true' EXIT
sleep 1
DISPLAY=$display .venv/bin/article-reader "$@" &
app=$!
sleep 3
window=$(DISPLAY=$display xdotool search --sync --name "Article Reader" | head -1)
DISPLAY=$display xdotool windowmove "$window" 0 0 windowsize "$window" 1440 900
sleep 1
# Click the second section, then the third quote: the path a reader takes.
DISPLAY=$display xdotool mousemove 100 95 click 1
sleep 0.5
DISPLAY=$display xdotool mousemove 1250 260 click 1
sleep 1
DISPLAY=$display import -window root "$out"
echo "wrote $out"
