#!/usr/bin/env bash
# Takes docs/screenshot.png (light) and docs/screenshot-dark.png from the real
# window under Xvfb, with a highlight made in a throwaway profile.
# Needs Debian's xvfb, xdotool and imagemagick, and `make run` done once.
set -euo pipefail
cd "$(dirname "$0")/.."
profile=$(mktemp -d)
export XDG_DATA_HOME=$profile/data XDG_CONFIG_HOME=$profile/config
.venv/bin/python - <<'PY'
import os
from reader.bundled import default_article_path
from reader.model import parse_file
from reader.model.anchoring import content_hash
from reader.model.highlights import new_highlight
from dataclasses import replace
from reader.store.database import FILE_NAME, Store
from reader.store.location import data_folder
article = parse_file(default_article_path())
text = article.text
phrase = "Rutte urged not to forget that Ukraine is fighting a defensive war"
start = text.index(phrase)
highlight = replace(new_highlight(text, start, start + len(phrase), "green"), note="Key line for the piece")
store = Store(data_folder() / FILE_NAME)
store.save(os.path.realpath(default_article_path()), content_hash(text), highlight)
PY
shoot() {  # shoot OUT THEME
  mkdir -p "$XDG_CONFIG_HOME/article-reader"
  printf '[appearance]\ntheme=%s\n' "$2" > "$XDG_CONFIG_HOME/article-reader/article-reader.conf"
  display=:97
  Xvfb "$display" -screen 0 1440x900x24 >/dev/null 2>&1 &
  local xvfb=$!
  sleep 1
  DISPLAY=$display .venv/bin/article-reader 2>"$profile/app-$2.log" &
  local app=$!
  local window
  window=$(DISPLAY=$display xdotool search --sync --name "Article Reader" | head -1)
  DISPLAY=$display xdotool windowmove "$window" 0 0 windowsize "$window" 1440 900
  sleep 1.5
  # The path a reader takes: a section, then a quote in it.
  DISPLAY=$display xdotool mousemove 100 210 click 1
  sleep 0.5
  DISPLAY=$display xdotool mousemove 1250 640 click 1
  sleep 1
  DISPLAY=$display import -window root "$1"
  kill "$app" "$xvfb" 2>/dev/null || true
  wait 2>/dev/null || true
  echo "wrote $1"
}
shoot docs/screenshot.png light
shoot docs/screenshot-dark.png dark
rm -rf "$profile"
