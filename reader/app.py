"""QApplication set-up and the window factory (the tests' seam)."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

import reader
from reader.bundled import default_article_path, read_resource, resource_path
from reader.ui.main_window import MainWindow

APP_NAME = "article-reader"
APP_DISPLAY_NAME = "Article Reader"
ORGANISATION = "article-reader"


def application(argv: Sequence[str] | None = None) -> QApplication:
    """The running QApplication, created and named on first use."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(list(argv) if argv is not None else [sys.argv[0]])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_DISPLAY_NAME)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationVersion(reader.__version__)
    app.setDesktopFileName(APP_NAME)
    app.setWindowIcon(QIcon.fromTheme(APP_NAME, QIcon(str(resource_path("icon.svg")))))
    app.setStyleSheet(read_resource("window.qss"))
    return app


def create_window(path: str | os.PathLike[str] | None = None) -> MainWindow:
    """The main window on ``path`` (the bundled article for None), not yet shown."""
    application()
    window = MainWindow()
    window.open_path(default_article_path() if path is None else path)
    return window


def run(path: str | os.PathLike[str] | None = None) -> int:
    app = application()
    window = create_window(path)
    if window.error:
        print(f"article-reader: error: {window.error}", file=sys.stderr)
    window.show()
    return app.exec()
