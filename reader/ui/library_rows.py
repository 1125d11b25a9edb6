"""The library's rows: each painted from its HTML (`LibraryRole.Html`), wrapped to
the list's width, the matches in bold and the dates, files and counts muted."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize
from PySide6.QtGui import QAbstractTextDocumentLayout, QColor, QPainter, QTextDocument
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QWidget

from reader.ui.library_models import LibraryRole
from reader.ui.panel_list import RowMeasures, begin_row, row_width

_PADDING = 6


class RichRowDelegate(QStyledItemDelegate):
    """Paints a row's `LibraryRole.Html`, wrapped to the list's width."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Laying out rich text is costly, and a search lists hundreds of rows.
        self._heights: RowMeasures[int] = RowMeasures()

    def _document(self, option: QStyleOptionViewItem, html: str, width: int,
                  muted: QColor) -> QTextDocument:  # fmt: skip
        document = QTextDocument()
        document.setDefaultFont(option.font)
        # The dates and files in ``muted``: on a selected row, the selection's text colour.
        document.setDefaultStyleSheet(f".meta {{ color: {muted.name()}; }}")
        document.setDocumentMargin(0)
        document.setHtml(html)
        document.setTextWidth(width)
        return document

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        width = row_width(self, option, 2 * _PADDING, 120)
        html = str(index.data(LibraryRole.Html) or "")

        def measure() -> int:  # the colours do not change the size
            muted = option.palette.placeholderText().color()
            return int(self._document(option, html, width, muted).size().height())

        height = self._heights.get(html, width, option.font, measure)
        return QSize(width + 2 * _PADDING, height + 2 * _PADDING)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        colour, muted = begin_row(painter, option)
        rect = option.rect.adjusted(_PADDING, _PADDING, -_PADDING, -_PADDING)
        html = str(index.data(LibraryRole.Html) or "")
        document = self._document(option, html, rect.width(), muted)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(context.palette.ColorRole.Text, colour)
        painter.translate(rect.topLeft())
        context.clip = QRectF(0, 0, rect.width(), rect.height())
        document.documentLayout().draw(painter, context)
        painter.restore()
