"""Find in the article: every match marked as you type, "3 of 12", next and previous."""

from __future__ import annotations

import bisect

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from reader.ui.reading_pane import ReadingPane

MATCH_COLOUR = QColor(130, 200, 255, 110)
CURRENT_COLOUR = QColor(255, 150, 50, 200)
MARK_LIMIT = 2000  # matches painted at most; all are counted


def find_all(text: str, query: str) -> list[int]:
    """Where ``query`` starts in ``text``: case-insensitive unless it has capitals."""
    if not query:
        return []
    if query == query.lower():
        text = text.lower()
    found: list[int] = []
    position = text.find(query)
    while position >= 0:
        found.append(position)
        position = text.find(query, position + max(1, len(query)))
    return found


class FindBar(QWidget):
    """A bar under the pane; Escape hides it and clears the marks."""

    closed = Signal()

    def __init__(self, pane: ReadingPane, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        self.pane = pane
        self._matches: list[int] = []
        self._current = -1
        self.input = QLineEdit()
        self.input.setObjectName("findInput")
        self.input.setPlaceholderText("Find in the article")
        self.input.setAccessibleName("Find in the article")
        self.input.setClearButtonEnabled(True)
        self.input.textChanged.connect(self._search)
        self.input.returnPressed.connect(self.next)
        self.count = QLabel("")
        self.count.setObjectName("findCount")
        self.count.setMinimumWidth(90)
        previous = QToolButton()
        previous.setText("↑")
        previous.setToolTip("Previous match (Shift+Enter, Shift+F3)")
        previous.setAccessibleName("Previous match")
        previous.clicked.connect(self.previous)
        following = QToolButton()
        following.setText("↓")
        following.setToolTip("Next match (Enter, F3)")
        following.setAccessibleName("Next match")
        following.clicked.connect(self.next)
        close = QToolButton()
        close.setText("✕")
        close.setToolTip("Close (Escape)")
        close.setAccessibleName("Close find")
        close.clicked.connect(self.close_bar)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.input, 1)
        layout.addWidget(self.count)
        layout.addWidget(previous)
        layout.addWidget(following)
        layout.addWidget(close)
        for keys, slot in (
            (QKeySequence(Qt.Key.Key_Escape), self.close_bar),
            (QKeySequence("Shift+Return"), self.previous),
            (QKeySequence("Shift+Enter"), self.previous),
        ):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self.hide()

    def open(self) -> None:
        self.show()
        self.input.setFocus()
        self.input.selectAll()
        self._search(self.input.text())

    def close_bar(self) -> None:
        self.hide()
        self.pane.set_marks("find", [])
        self.pane.setFocus()
        self.closed.emit()

    def refresh(self) -> None:
        """Search again (the document changed: a reload, a new theme or text size)."""
        if self.isVisible():
            self._search(self.input.text())

    def _search(self, query: str) -> None:
        self._matches = find_all(self.pane.document().toPlainText(), query)
        top = self.pane.top_position()
        self._current = bisect.bisect_left(self._matches, top) if self._matches else -1
        if self._current >= len(self._matches):
            self._current = 0
        self._paint()

    def next(self) -> None:
        self._step(1)

    def previous(self) -> None:
        self._step(-1)

    def _step(self, direction: int) -> None:
        if not self._matches:
            return
        self._current = (self._current + direction) % len(self._matches)
        self._paint()

    def _paint(self) -> None:
        query = self.input.text()
        if not self._matches:
            self.count.setText("No matches" if query else "")
            self.pane.set_marks("find", [])
            return
        self.count.setText(f"{self._current + 1} of {len(self._matches)}")
        length = len(query)
        low = max(0, self._current - MARK_LIMIT // 2)
        shown = self._matches[low : low + MARK_LIMIT]
        marks = [(start, start + length, MATCH_COLOUR) for start in shown]
        current = self._matches[self._current]
        marks.append((current, current + length, CURRENT_COLOUR))
        self.pane.set_marks("find", marks)
        self.pane.reveal(current, current + length)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
            return
        super().keyPressEvent(event)
