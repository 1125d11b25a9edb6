"""One process, as a running reader: seconds from a page's bytes in memory to its
article in a reading pane's document (extraction, parse, render, QTextDocument).
The first page also imports the extractor (trafilatura, lxml), which a reader that
has shown only text files has not loaded yet; the second page finds it loaded.
Prints one JSON line. Run by `bench.py`."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path


def show(data: bytes, name: str) -> tuple[float, int]:
    from PySide6.QtGui import QTextDocument

    from reader.bundled import read_resource
    from reader.model.render import render_body
    from reader.model.webpage import parse_page

    started = time.perf_counter()
    article = parse_page(data, name)
    document = QTextDocument()
    document.setDefaultStyleSheet(read_resource("pane.css"))
    document.setHtml(render_body(article))
    return time.perf_counter() - started, len(article.sections)


def _show_a_text_article() -> None:
    from PySide6.QtGui import QTextDocument

    from reader.bundled import default_article_path
    from reader.model.parse import parse_file
    from reader.model.render import render_body

    QTextDocument().setHtml(render_body(parse_file(default_article_path())))


def main() -> None:
    from PySide6.QtWidgets import QApplication

    path = Path(sys.argv[1])
    data = path.read_bytes()
    app = QApplication([])
    _show_a_text_article()  # the window's own start-up: Qt, Markdown, the renderer
    first, sections = show(data, str(path))
    second, _ = show(data, str(path))
    app.quit()
    print(json.dumps({"first": first, "second": second, "sections": sections}))


if __name__ == "__main__":
    main()
