"""The quiet chrome around the panes: titles with a hairline under them, hairline
splitter handles. Painted from the palette, so a theme change needs no style sheet
(an application style sheet slows the building and painting of every widget)."""

from __future__ import annotations

from PySide6.QtGui import QFont, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QLabel, QSplitter, QSplitterHandle, QVBoxLayout, QWidget

_RULE = QPalette.ColorRole.Midlight  # the hairline colour, set by each theme


class PaneTitle(QLabel):
    """A pane's heading: semi-bold, padded, a hairline beneath."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setObjectName("paneTitle")
        font = QFont(self.font())
        font.setWeight(QFont.Weight.DemiBold)
        self.setFont(font)
        self.setContentsMargins(10, 7, 10, 7)  # the last pixel below is the hairline

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        painter = QPainter(self)
        painter.fillRect(0, self.height() - 1, self.width(), 1, self.palette().color(_RULE))


class _Hairline(QSplitterHandle):
    def paintEvent(self, event: QPaintEvent) -> None:
        QPainter(self).fillRect(self.rect(), self.palette().color(_RULE))


class HairlineSplitter(QSplitter):
    """A splitter whose handles are one-pixel lines."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHandleWidth(1)

    def createHandle(self) -> QSplitterHandle:
        return _Hairline(self.orientation(), self)


def stacked(*widgets: QWidget) -> QWidget:
    """``widgets`` one above the other, edge to edge, as one pane."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    for widget in widgets:
        layout.addWidget(widget)
    return box


def titled(widget: QWidget, title: str) -> QWidget:
    """``widget`` under a small heading, as one splitter pane."""
    label = PaneTitle(title)
    label.setBuddy(widget)
    return stacked(label, widget)
