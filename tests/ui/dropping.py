"""Dropping things on the window, as a reader drags them from a file manager or a browser."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QWidget


def drop_urls(target: QWidget, *urls: QUrl) -> None:
    """Drop ``urls`` on ``target`` (its dropEvent, as Qt would call it)."""
    mime = QMimeData()
    mime.setUrls(list(urls))
    event = QDropEvent(
        QPointF(50, 50),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    target.dropEvent(event)
