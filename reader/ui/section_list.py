"""The section list: one wrapped row per section, the current one in bold."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QStaticText
from PySide6.QtWidgets import (
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from reader.ui.models import SectionListModel
from reader.ui.panel_list import PanelList, RowMeasures, begin_row, row_width

_PADDING_X = 12
_PADDING_Y = 7
_WRAP = Qt.TextFlag.TextWordWrap


class SectionDelegate(QStyledItemDelegate):
    """Wraps long headings instead of cutting them off."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Following the reading position scrolls this list: each title is measured
        # and laid out once per width and font, and painted fast.
        self._sizes: RowMeasures[QSize] = RowMeasures()
        self._texts: RowMeasures[QStaticText] = RowMeasures()

    def _text_width(self, option: QStyleOptionViewItem) -> int:
        return row_width(self, option, 2 * _PADDING_X, 60)

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        width = self._text_width(option)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")

        def measure() -> QSize:
            metrics = QFontMetrics(option.font)
            height = metrics.boundingRect(QRect(0, 0, width, 10_000), _WRAP, text).height()
            return QSize(width + 2 * _PADDING_X, height + 2 * _PADDING_Y)

        return self._sizes.get(text, width, option.font, measure)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        text_colour, _ = begin_row(painter, option)
        painter.setPen(text_colour)
        painter.setFont(option.font)
        rect = option.rect.adjusted(_PADDING_X, _PADDING_Y, -_PADDING_X, -_PADDING_Y)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")

        def lay_out() -> QStaticText:
            static = QStaticText(text)
            static.setTextFormat(Qt.TextFormat.PlainText)
            static.setTextWidth(rect.width())
            static.prepare(painter.transform(), option.font)
            return static

        static = self._texts.get(text, rect.width(), option.font, lay_out)
        painter.drawStaticText(rect.topLeft(), static)
        painter.restore()


class SectionList(PanelList):
    """The article's sections; activating one asks the pane to show its heading."""

    def __init__(self, model: SectionListModel, parent: QWidget | None = None) -> None:
        super().__init__("sectionList", "Sections", model, SectionDelegate(), parent)
