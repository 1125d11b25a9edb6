"""How the reader asks for a source: the Open dialog, the recent files, a dropped file.

Each way ends in `requested` with the source; the window hands it to the session.
A new way to ask (a link typed in, a library row) is one more method here.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QMimeData, QObject, Signal
from PySide6.QtWidgets import QMenu, QWidget

from reader.store.database import document_key
from reader.ui.settings import Settings

FILE_FILTERS = ";;".join(
    [
        "Articles (*.txt *.md *.markdown *.text)",
        "Text files (*.txt *.text)",
        "Markdown (*.md *.markdown)",
        "All files (*)",
    ]
)


def dropped_file(mime: QMimeData) -> str | None:
    """The first local file in a drop, if any."""
    files = [url.toLocalFile() for url in mime.urls() if url.isLocalFile()]
    return files[0] if files else None


class Opening(QObject):
    """Asks for sources; keeps the recent files in ``menu``."""

    requested = Signal(str)

    def __init__(self, settings: Settings, menu: QMenu, dialog_parent: QWidget) -> None:
        super().__init__(dialog_parent)
        self._settings = settings
        self._menu = menu
        self._dialog_parent = dialog_parent
        self._fill_recent()

    def choose_file(self, near: str | None = None) -> None:
        """The Open dialog, in the folder of ``near`` (the source shown) or at home."""
        from PySide6.QtWidgets import QFileDialog  # dialogs are imported when first used

        start = os.path.dirname(near) if near else str(Path.home())
        path, _ = QFileDialog.getOpenFileName(
            self._dialog_parent, "Open Article", start, FILE_FILTERS
        )
        if path:
            self.requested.emit(path)

    def remember(self, source: str) -> None:
        """``source`` was opened: first in the recent files."""
        self._settings.remember_file(document_key(source))
        self._fill_recent()

    def _fill_recent(self) -> None:
        self._menu.clear()
        recent = self._settings.get("files/recent")
        for path in recent:
            item = self._menu.addAction(Path(path).name)
            item.setToolTip(path)
            item.setData(path)
            item.triggered.connect(lambda _=False, p=path: self.requested.emit(p))
        self._menu.setEnabled(bool(recent))
