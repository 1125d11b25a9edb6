"""The section list: one wrapped row per section, the current one in bold."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QStaticText
from PySide6.QtWidgets import (
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from reader.ui.models import SectionListModel
from reader.ui.panel_list import PanelList, paint_row_background, row_width

_PADDING_X = 12
_PADDING_Y = 7
_WRAP = Qt.TextFlag.TextWordWrap


class SectionDelegate(QStyledItemDelegate):
    """Wraps long headings instead of cutting them off."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Measured once per (title, width, font): following the reading position
        # scrolls this list, and measuring wrapped text at every paint is costly.
        self._sizes: dict[tuple[str, int, str], QSize] = {}
        self._texts: dict[tuple[str, int, str], QStaticText] = {}  # laid out once, painted fast

    def _text_width(self, option: QStyleOptionViewItem) -> int:
        return row_width(self, option, 2 * _PADDING_X, 60)

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        width = self._text_width(option)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        key = (text, width, option.font.key())
        size = self._sizes.get(key)
        if size is None:
            metrics = QFontMetrics(option.font)
            height = metrics.boundingRect(QRect(0, 0, width, 10_000), _WRAP, text).height()
            size = QSize(width + 2 * _PADDING_X, height + 2 * _PADDING_Y)
            if len(self._sizes) > 20_000:
                self._sizes.clear()
            self._sizes[key] = size
        return size

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        painter.save()
        paint_row_background(painter, option)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        painter.setPen(palette.highlightedText().color() if selected else palette.text().color())
        painter.setFont(option.font)
        rect = option.rect.adjusted(_PADDING_X, _PADDING_Y, -_PADDING_X, -_PADDING_Y)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        key = (text, rect.width(), option.font.key())
        static = self._texts.get(key)
        if static is None:
            static = QStaticText(text)
            static.setTextFormat(Qt.TextFormat.PlainText)
            static.setTextWidth(rect.width())
            static.prepare(painter.transform(), option.font)
            if len(self._texts) > 20_000:
                self._texts.clear()
            self._texts[key] = static
        painter.drawStaticText(rect.topLeft(), static)
        painter.restore()


class SectionList(PanelList):
    """The article's sections; activating one asks the pane to show its heading."""

    def __init__(self, model: SectionListModel, parent: QWidget | None = None) -> None:
        super().__init__("sectionList", "Sections", model, SectionDelegate(), parent)
