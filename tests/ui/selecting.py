"""Selecting text in the reading pane, as a reader drags over it."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor

from reader.ui.reading_pane import ReadingPane


def select_text(pane: ReadingPane, phrase: str) -> None:
    """Select the first ``phrase`` the pane shows."""
    start = pane.toPlainText().index(phrase)
    cursor = pane.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(start + len(phrase), QTextCursor.MoveMode.KeepAnchor)
    pane.setTextCursor(cursor)
