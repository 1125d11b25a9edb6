"""QApplication set-up and the window factory (the tests' seam)."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

import reader
from reader.bundled import default_article_path, resource_path
from reader.store.database import FILE_NAME, Store, StoreError
from reader.store.location import APPLICATION, ORGANISATION
from reader.ui.main_window import MainWindow

APP_DISPLAY_NAME = "Article Reader"

_stores: dict[Path, Store | StoreError] = {}


def application(argv: Sequence[str] | None = None) -> QApplication:
    """The running QApplication (created on first use), named and styled."""
    existing = QApplication.instance()
    app = (
        existing
        if isinstance(existing, QApplication)
        else QApplication(list(argv) if argv is not None else [sys.argv[0]])
    )
    # Checked by organisation: the application name alone may already be right,
    # taken from argv[0] when started as `article-reader`.
    if app.organizationName() != ORGANISATION:
        app.setApplicationName(APPLICATION)
        app.setApplicationDisplayName(APP_DISPLAY_NAME)
        app.setOrganizationName(ORGANISATION)
        app.setApplicationVersion(reader.__version__)
        app.setDesktopFileName(APPLICATION)
        app.setWindowIcon(QIcon.fromTheme(APPLICATION, QIcon(str(resource_path("icon.svg")))))
    return app


def store_path() -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(folder) / FILE_NAME


def open_store() -> tuple[Store | None, str | None]:
    """The process's highlight store, or why there is none (opened once per folder)."""
    path = store_path()
    if path not in _stores:
        try:
            _stores[path] = Store(path)
        except StoreError as error:
            _stores[path] = error
    found = _stores[path]
    return (None, str(found)) if isinstance(found, StoreError) else (found, None)


def create_window(path: str | os.PathLike[str] | None = None) -> MainWindow:
    """The main window on ``path`` (the bundled article for None), not yet shown."""
    application()
    store, error = open_store()
    window = MainWindow(store, error)
    window.open_path(default_article_path() if path is None else path)
    return window


def run(path: str | os.PathLike[str] | None = None) -> int:
    app = application()
    window = create_window(path)
    if window.error:
        print(f"article-reader: error: {window.error}", file=sys.stderr)
    window.show()
    return app.exec()
