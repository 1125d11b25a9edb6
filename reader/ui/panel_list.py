"""The one way the window's lists are set up: wrapped rows, laid out in batches."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import QAbstractItemModel, QMimeData, QObject, Qt
from PySide6.QtGui import QAction, QColor, QFont, QGuiApplication, QKeySequence, QPainter
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QListView,
    QStyle,
    QStyleOptionViewItem,
    QWidget,
)


def row_width(delegate: QObject, option: QStyleOptionViewItem, margin: int, least: int) -> int:
    """The width a delegate has for text: its list's viewport less ``margin``."""
    parent = delegate.parent()
    width = parent.viewport().width() if isinstance(parent, QListView) else option.rect.width()
    return max(least, width - margin)


Measure = TypeVar("Measure")
_KEPT_AT_MOST = 20_000  # rows' measures kept (a book has thousands of quotes)


class RowMeasures(Generic[Measure]):
    """What a delegate measured for a row's text at a width in a font, kept: laying
    out wrapped text is costly, and lists are painted and sized again and again."""

    def __init__(self) -> None:
        self._kept: dict[tuple[str, int, str], Measure] = {}

    def get(self, text: str, width: int, font: QFont, measure: Callable[[], Measure]) -> Measure:
        """The measure of ``text`` at ``width`` in ``font``; ``measure()`` makes it once."""
        key = (text, width, font.key())
        kept = self._kept.get(key)
        if kept is None:
            if len(self._kept) > _KEPT_AT_MOST:
                self._kept.clear()
            kept = self._kept[key] = measure()
        return kept


def begin_row(painter: QPainter, option: QStyleOptionViewItem) -> tuple[QColor, QColor]:
    """Saves ``painter`` and paints the style's background of a list row (selected,
    hovered, current); the colours of its text and of its muted text. The delegate
    ends with ``painter.restore()``."""
    painter.save()
    widget = option.widget
    style = widget.style() if widget is not None else None
    if style is not None:
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, widget)
    palette = option.palette
    if option.state & QStyle.StateFlag.State_Selected:
        return palette.highlightedText().color(), palette.highlightedText().color()
    return palette.text().color(), palette.placeholderText().color()


def copy_rich(text: str, html: str) -> None:
    """Put ``text`` and its ``html`` form on the clipboard (rich paste)."""
    mime = QMimeData()
    mime.setText(text)
    mime.setHtml(html)
    QGuiApplication.clipboard().setMimeData(mime)


class PanelList(QListView):
    """A list of variable-height rows painted by ``delegate``.

    Thousands of rows (a book's quotes) are laid out a batch per event-loop
    turn, so showing them never freezes the window.
    """

    def __init__(
        self,
        name: str,
        accessible_name: str,
        model: QAbstractItemModel,
        delegate: QAbstractItemDelegate,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setAccessibleName(accessible_name)
        self.setModel(model)
        delegate.setParent(self)
        self.setItemDelegate(delegate)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setUniformItemSizes(False)
        self.setLayoutMode(QListView.LayoutMode.Batched)
        self.setBatchSize(150)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def list_action(
        self, text: str, name: str, slot: Callable[[], None], *keys: QKeySequence
    ) -> QAction:
        """An action of this list, its shortcuts live while the list has focus."""
        action = QAction(text, self)
        action.setObjectName(name)
        if keys:
            action.setShortcuts(list(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        action.triggered.connect(slot)
        return action
