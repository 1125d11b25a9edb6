"""The quote list: every quote with its speaker and section, copyable with attribution."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QFont,
    QFontMetrics,
    QKeySequence,
    QPainter,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QMenu,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from reader.model.article import Quote
from reader.model.cite import quotes_as_html, quotes_as_text
from reader.ui.models import QuoteListModel, QuoteRole
from reader.ui.panel_list import PanelList, RowMeasures, begin_row, copy_rich, row_width

_PADDING = 8
_QUOTE_LINES = 4


class QuoteDelegate(QStyledItemDelegate):
    """Paints a quote row: the words (up to four lines), the speaker, the section."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Measured once per (text, width, font): a book has thousands of quotes, and
        # word-wrapped text is costly to measure at every paint.
        self._sizes: RowMeasures[QSize] = RowMeasures()
        self._layouts: RowMeasures[tuple[int, str]] = RowMeasures()
        self._font_sets: dict[str, tuple[QFont, QFont, QFont]] = {}

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont, QFont]:
        key = option.font.key()
        fonts = self._font_sets.get(key)
        if fonts is None:
            body = QFont(option.font)
            speaker = QFont(option.font)
            speaker.setBold(True)
            small = QFont(option.font)
            small.setPointSizeF(max(7.0, option.font.pointSizeF() * 0.88))
            fonts = self._font_sets[key] = (body, speaker, small)
        return fonts

    def _layout(self, option: QStyleOptionViewItem, text: str, width: int) -> tuple[int, str]:
        """The height of the quote's lines and the text they show (cut to four lines)."""

        def lay_out() -> tuple[int, str]:
            metrics = QFontMetrics(self._fonts(option)[0])
            wrap = Qt.TextFlag.TextWordWrap
            full = metrics.boundingRect(QRect(0, 0, width, 10_000), wrap, text)
            height = min(full.height(), metrics.lineSpacing() * _QUOTE_LINES)
            return height, _elide_lines(metrics, text, width, _QUOTE_LINES, full.height())

        return self._layouts.get(text, width, option.font, lay_out)

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        width = row_width(self, option, 2 * _PADDING, 120)
        text = f"“{index.data(QuoteRole.Text)}”"

        def measure() -> QSize:
            _, speaker, small = self._fonts(option)
            height = self._layout(option, text, width)[0]
            height += QFontMetrics(speaker).lineSpacing() + QFontMetrics(small).lineSpacing()
            return QSize(width + 2 * _PADDING, height + 3 * _PADDING)

        return self._sizes.get(text, width, option.font, measure)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        text_colour, muted = begin_row(painter, option)
        body, speaker_font, small = self._fonts(option)
        rect = option.rect.adjusted(_PADDING, _PADDING, -_PADDING, -_PADDING)
        text = f"“{index.data(QuoteRole.Text)}”"
        height, elided = self._layout(option, text, rect.width())
        quote_rect = QRect(rect.left(), rect.top(), rect.width(), height)
        painter.setFont(body)
        painter.setPen(text_colour)
        painter.drawText(quote_rect, Qt.TextFlag.TextWordWrap, elided)
        y = quote_rect.bottom() + _PADDING // 2
        speaker = index.data(QuoteRole.Speaker)
        speaker_text = f"— {speaker}" if speaker else "— unattributed"
        painter.setFont(speaker_font if speaker else small)
        speaker_metrics = QFontMetrics(painter.font())
        painter.drawText(
            QRect(rect.left(), y, rect.width(), speaker_metrics.lineSpacing()),
            Qt.AlignmentFlag.AlignLeft,
            speaker_metrics.elidedText(speaker_text, Qt.TextElideMode.ElideRight, rect.width()),
        )
        y += speaker_metrics.lineSpacing()
        painter.setFont(small)
        painter.setPen(muted)
        section = index.data(QuoteRole.SectionTitle)
        partial = " · partial quote" if index.data(QuoteRole.Partial) else ""
        small_metrics = QFontMetrics(small)
        painter.drawText(
            QRect(rect.left(), y, rect.width(), small_metrics.lineSpacing()),
            Qt.AlignmentFlag.AlignLeft,
            small_metrics.elidedText(
                f"{section}{partial}", Qt.TextElideMode.ElideRight, rect.width()
            ),
        )
        painter.restore()


def _elide_lines(metrics: QFontMetrics, text: str, width: int, lines: int, height: int) -> str:
    """Word-wrapped ``text`` (``height`` pixels tall) cut to ``lines`` lines, with an
    ellipsis if it was longer."""
    if height <= metrics.lineSpacing() * lines:
        return text
    words = text.split()
    low, high = 0, len(words)
    while low < high:  # the most words that still fit, with the ellipsis
        middle = (low + high + 1) // 2
        trial = " ".join(words[:middle]) + " …"
        height = metrics.boundingRect(
            QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap, trial
        ).height()
        if height <= metrics.lineSpacing() * lines:
            low = middle
        else:
            high = middle - 1
    return " ".join(words[:low]) + " …"


class QuoteList(PanelList):
    """The quote panel's list. Ctrl+C copies the selected quotes with attribution;
    `quoteChosen` carries the id of a quote clicked or activated."""

    quoteChosen = Signal(str)

    def __init__(self, model: QuoteListModel, parent: QWidget | None = None) -> None:
        super().__init__("quoteList", "Quotes", model, QuoteDelegate(), parent)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.clicked.connect(self._chosen)
        self.activated.connect(self._chosen)
        self.copyAction = self.list_action(
            "&Copy with Attribution",
            "copyQuotesAction",
            self.copy_selection,
            QKeySequence(QKeySequence.StandardKey.Copy),
        )

    def quote_model(self) -> QuoteListModel:
        model = self.model()
        assert isinstance(model, QuoteListModel)
        return model

    def _chosen(self, index: QModelIndex) -> None:
        quote = self.quote_model().quote(index)
        if quote is not None:
            self.quoteChosen.emit(quote.id)

    def selected_quotes(self) -> list[Quote]:
        model = self.quote_model()
        rows = sorted(index.row() for index in self.selectionModel().selectedRows())
        quotes = [model.quote(model.index(row)) for row in rows]
        return [q for q in quotes if q is not None]

    def copy_selection(self) -> None:
        article = self.quote_model().article
        quotes = self.selected_quotes()
        if article is None or not quotes:
            return
        copy_rich(quotes_as_text(article, quotes), quotes_as_html(article, quotes))

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = QMenu(self)
        menu.addAction(self.copyAction)
        self.copyAction.setEnabled(bool(self.selectedIndexes()))
        menu.exec(event.globalPos())
        self.copyAction.setEnabled(True)
