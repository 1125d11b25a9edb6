"""One process of the start-up benchmark: start, paint the article, report, exit.

    python benchmarks/launch.py reader|bare ARTICLE

Prints one JSON line: the wall-clock time of the first paint that shows the
article, and the process's peak resident memory once the whole article is
loaded and laid out (Qt lays out a long document a piece at a time).
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer


class FirstPaint(QObject):
    """Notes the first paint of ``widget`` once ``ready()`` says the article is there,
    then reports when ``done()`` says everything is loaded (peak memory counts it all)."""

    def __init__(self, widget: object, ready: object, done: object) -> None:
        super().__init__()
        self.widget = widget
        self.ready = ready
        self.done = done
        self.painted: float | None = None
        self._last_maximum = -1
        self._steady = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.painted is None and self.ready():  # type: ignore[operator]
            self.painted = time.time()
            watched.removeEventFilter(self)
            self.report()
        return False

    def report(self) -> None:
        if not self.done():  # type: ignore[operator]
            QTimer.singleShot(20, self.report)
            return
        # Qt lays a long document out a piece at a time; peak memory counts all of it.
        bar = self.widget.parent().verticalScrollBar()  # type: ignore[attr-defined]
        if bar.maximum() != self._last_maximum or self._steady < 5:
            self._steady = self._steady + 1 if bar.maximum() == self._last_maximum else 0
            self._last_maximum = bar.maximum()
            QTimer.singleShot(20, self.report)
            return
        peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        print(json.dumps({"painted": self.painted, "peak_kib": peak_kib}), flush=True)
        os._exit(0)


def reader(path: str) -> None:
    from reader.app import application, create_window

    app = application()
    window = create_window(path)
    viewport = window.readingPane.viewport()
    watcher = FirstPaint(
        viewport,
        lambda: window.article is not None and window.path == path,
        lambda: not window.loading,
    )
    viewport.installEventFilter(watcher)
    window.show()
    app.exec()


def bare(path: str) -> None:
    import markdown
    from PySide6.QtWidgets import QApplication, QTextBrowser

    app = QApplication(sys.argv[:1])
    with open(path, encoding="utf-8") as handle:
        html = markdown.markdown(handle.read())
    browser = QTextBrowser()
    browser.setHtml(html)
    browser.resize(1360, 860)
    watcher = FirstPaint(browser.viewport(), lambda: True, lambda: True)
    browser.viewport().installEventFilter(watcher)
    browser.show()
    app.exec()


def panes(path: str) -> None:
    """A reference, not a target: the least a three-pane PySide6 window costs. The
    same HTML in a `QTextBrowser` between two plain list views (one in tabs), with a
    menu bar, a tool bar and a status bar; no parsing, quotes, store or styling."""
    import markdown
    from PySide6.QtCore import QStringListModel
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import (
        QApplication,
        QListView,
        QMainWindow,
        QSplitter,
        QTabWidget,
        QTextBrowser,
    )

    app = QApplication(sys.argv[:1])
    with open(path, encoding="utf-8") as handle:
        text = handle.read()
    window = QMainWindow()
    splitter = QSplitter()
    sections = QListView()
    sections.setModel(QStringListModel([line for line in text.split("\n") if line][:8], window))
    browser = QTextBrowser()
    browser.setHtml(markdown.markdown(text))
    quotes = QListView()
    quotes.setModel(QStringListModel([line[:80] for line in text.split("\n") if '"' in line]))
    tabs = QTabWidget()
    tabs.addTab(quotes, "Quotes")
    tabs.addTab(QListView(), "Highlights")
    for pane in (sections, browser, tabs):
        splitter.addWidget(pane)
    window.setCentralWidget(splitter)
    for name in ("&File", "&Edit", "&View", "&Go", "&Help"):
        window.menuBar().addMenu(name).addAction(QAction("Item", window))
    window.addToolBar("Tools").addAction(QAction("Action", window))
    window.statusBar().showMessage("Ready")
    window.resize(1360, 860)
    watcher = FirstPaint(browser.viewport(), lambda: True, lambda: True)
    browser.viewport().installEventFilter(watcher)
    window.show()
    app.exec()


if __name__ == "__main__":
    {"reader": reader, "bare": bare, "panes": panes}[sys.argv[1]](sys.argv[2])
