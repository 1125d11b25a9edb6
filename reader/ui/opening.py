"""How the reader asks for a source: the Open dialog, the Open Link dialog, a link
pasted, the recent sources, a dropped file or link.

Each way ends in `requested` with the source; the window hands it to the session.
A new way to ask (a library row) is one more method here.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QMimeData, QObject, Qt, Signal
from PySide6.QtWidgets import QMenu, QWidget

from reader.sources import is_link
from reader.store.database import document_key
from reader.ui.settings import Settings

TYPE_CHECKING = False
if TYPE_CHECKING:
    from PySide6.QtWidgets import QInputDialog

FILE_FILTERS = ";;".join(
    [
        "Articles (*.txt *.md *.markdown *.text *.html *.htm *.xhtml *.mhtml *.mht)",
        "Text files (*.txt *.text)",
        "Markdown (*.md *.markdown)",
        "Web pages (*.html *.htm *.xhtml *.mhtml *.mht)",
        "All files (*)",
    ]
)


def web_link(text: str) -> str | None:
    """``text`` as an http or https link, if it is one (a single word, with a host)."""
    candidate = text.strip()
    if not candidate or any(c.isspace() for c in candidate):
        return None
    scheme, _, rest = candidate.partition("://")
    return candidate if scheme.lower() in ("http", "https") and rest.strip("/") else None


def dropped_source(mime: QMimeData) -> str | None:
    """The first local file or web link in a drop (or a paste), if any."""
    for url in mime.urls():
        if url.isLocalFile():
            return url.toLocalFile()
        link = web_link(url.toString())
        if link:
            return link
    return web_link(mime.text()) if mime.hasText() else None


class Opening(QObject):
    """Asks for sources; keeps the recent ones (files and links) in ``menu``."""

    requested = Signal(str)
    refused = Signal(str)  # why a pasted or typed source cannot be opened

    def __init__(self, settings: Settings, menu: QMenu, dialog_parent: QWidget) -> None:
        super().__init__(dialog_parent)
        self._settings = settings
        self._menu = menu
        self._dialog_parent = dialog_parent
        self._fill_recent()

    def choose_file(self, near: str | None = None) -> None:
        """The Open dialog, in the folder of ``near`` (the source shown) or at home."""
        from PySide6.QtWidgets import QFileDialog  # dialogs are imported when first used

        start = os.path.dirname(near) if near and not is_link(near) else str(Path.home())
        path, _ = QFileDialog.getOpenFileName(
            self._dialog_parent, "Open Article", start, FILE_FILTERS
        )
        if path:
            self.requested.emit(path)

    def choose_link(self) -> QInputDialog:
        """The Open Link dialog (shown, not waited for), the address filled in from the
        clipboard when it holds a link; accepting it asks for the link."""
        from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit

        dialog = QInputDialog(self._dialog_parent)
        dialog.setObjectName("openLinkDialog")
        dialog.setWindowTitle("Open Link")
        dialog.setLabelText("Address of the article (http or https):")
        dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
        dialog.setTextValue(web_link(QApplication.clipboard().text()) or "https://")
        dialog.resize(560, dialog.sizeHint().height())
        dialog.textValueSelected.connect(self._link_chosen)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _link_chosen(self, text: str) -> None:
        link = web_link(text)
        if link is None:
            self.refused.emit(f"Not a web link: {text.strip() or '(empty)'}")
        else:
            self.requested.emit(link)

    def paste(self) -> bool:
        """Open the link or file on the clipboard (Paste outside a text field)."""
        from PySide6.QtWidgets import QApplication

        mime = QApplication.clipboard().mimeData()
        source = dropped_source(mime) if mime is not None else None
        if source is None:
            self.refused.emit("The clipboard holds no link or file to open")
            return False
        self.requested.emit(source)
        return True

    def remember(self, source: str) -> None:
        """``source`` was opened: first in the recent files."""
        self._settings.remember_file(document_key(source))
        self._fill_recent()

    def _fill_recent(self) -> None:
        self._menu.clear()
        recent = self._settings.get("files/recent")
        for path in recent:
            item = self._menu.addAction(path if is_link(path) else Path(path).name)
            item.setToolTip(path)
            item.setData(path)
            item.triggered.connect(lambda _=False, p=path: self.requested.emit(p))
        self._menu.setEnabled(bool(recent))
