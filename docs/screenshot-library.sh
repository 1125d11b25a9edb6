#!/usr/bin/env bash
# Takes docs/screenshot-library.png: the library dock under Xvfb, searching a small
# library made from the labelled corpus (tests/corpus) in a throwaway profile.
# Needs Debian's xvfb, xdotool and imagemagick, and `make run` done once.
set -euo pipefail
cd "$(dirname "$0")/.."
profile=$(mktemp -d)
export XDG_DATA_HOME=$profile/data XDG_CONFIG_HOME=$profile/config
.venv/bin/article-reader --add tests/corpus/*.txt >/dev/null
display=${DISPLAY_NUMBER:-:93}
Xvfb "$display" -screen 0 1440x900x24 >/dev/null 2>&1 &
xvfb=$!
sleep 1
DISPLAY=$display .venv/bin/article-reader tests/corpus/press_conference_nato_qa.txt \
  2>"$profile/app.log" &
app=$!
window=$(DISPLAY=$display xdotool search --sync --name "Article Reader" | head -1)
DISPLAY=$display xdotool windowmove "$window" 0 0 windowsize "$window" 1440 900
sleep 1.5
DISPLAY=$display xdotool mousemove 700 400 click 1  # focus the window (no window manager)
sleep 0.3
DISPLAY=$display xdotool key ctrl+shift+l
sleep 0.8
DISPLAY=$display xdotool type --delay 60 'defence'
sleep 1.5
DISPLAY=$display import -window root docs/screenshot-library.png
kill "$app" "$xvfb" 2>/dev/null || true
wait 2>/dev/null || true
rm -rf "$profile"
echo "wrote docs/screenshot-library.png"
