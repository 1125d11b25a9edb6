"""The Highlights tab: one row per highlight (colour bar, text, note, section);
copy with citation, delete, note and colour from the keyboard or the context menu."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QContextMenuEvent, QFont, QFontMetrics, QKeySequence, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QMenu,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from reader.model.cite import highlights_as_html, highlights_as_text
from reader.model.highlights import COLOURS, Highlight
from reader.ui.highlights import HighlightBook, HighlightRole, shorten
from reader.ui.panel_list import PanelList, begin_row, copy_rich, row_width

_Index = QModelIndex | QPersistentModelIndex


class HighlightDelegate(QStyledItemDelegate):
    """A highlight row: a colour bar, the text, the note, the section."""

    def _lines(self, option: QStyleOptionViewItem, index: _Index) -> list[tuple[str, QFont]]:
        body = QFont(option.font)
        small = QFont(option.font)
        small.setPointSizeF(max(7.0, option.font.pointSizeF() * 0.88))
        italic = QFont(small)
        italic.setItalic(True)
        lines = [(shorten(str(index.data(HighlightRole.Text)), 220), body)]
        note = index.data(HighlightRole.Note)
        if note:
            lines.append((f"Note: {note}", italic))
        lines.append((str(index.data(HighlightRole.SectionTitle)), small))
        return lines

    def _width(self, option: QStyleOptionViewItem) -> int:
        return row_width(self, option, 30, 120)

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        width = self._width(option)
        height = 16
        for text, font in self._lines(option, index):
            rect = QFontMetrics(font).boundingRect(
                QRect(0, 0, width, 2000), Qt.TextFlag.TextWordWrap, text
            )
            height += min(rect.height(), QFontMetrics(font).lineSpacing() * 4) + 3
        return QSize(width + 30, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        text_colour, muted = begin_row(painter, option)
        colour = QColor(COLOURS.get(str(index.data(HighlightRole.Colour)), "#cccccc"))
        painter.fillRect(
            QRect(option.rect.left() + 6, option.rect.top() + 8, 6, option.rect.height() - 16),
            colour,
        )
        y = option.rect.top() + 8
        width = self._width(option)
        for number, (text, font) in enumerate(self._lines(option, index)):
            painter.setPen(muted if number > 0 else text_colour)  # the note under the words
            painter.setFont(font)
            metrics = QFontMetrics(font)
            rect = metrics.boundingRect(QRect(0, 0, width, 2000), Qt.TextFlag.TextWordWrap, text)
            height = min(rect.height(), metrics.lineSpacing() * 4)
            painter.drawText(
                QRect(option.rect.left() + 20, y, width, height), Qt.TextFlag.TextWordWrap, text
            )
            y += height + 3
        painter.restore()


class HighlightList(PanelList):
    """The Highlights tab. Ctrl+C copies the selected highlights with a citation."""

    noteRequested = Signal(str)

    def __init__(self, book: HighlightBook, parent: QWidget | None = None) -> None:
        super().__init__("highlightList", "Highlights", book.model, HighlightDelegate(), parent)
        self.book = book
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        keys = QKeySequence.StandardKey
        self.copyAction = self.list_action(
            "&Copy with Citation",
            "copyHighlightsAction",
            self.copy_selection,
            QKeySequence(keys.Copy),
        )
        self.deleteAction = self.list_action(
            "&Delete Highlight",
            "deleteHighlightAction",
            self.delete_selection,
            QKeySequence(keys.Delete),
            QKeySequence(Qt.Key.Key_Backspace),
        )
        self.noteAction = self.list_action("Edit &Note…", "editNoteAction", self._request_note)
        self.doubleClicked.connect(
            lambda index: self.noteRequested.emit(str(index.data(HighlightRole.Id)))
        )

    def selected(self) -> list[Highlight]:
        rows = sorted(index.row() for index in self.selectionModel().selectedRows())
        model = self.book.model
        found = [model.highlight(model.index(row)) for row in rows]
        return [h for h in found if h is not None]

    def copy_selection(self) -> None:
        article = self.book.article
        chosen = self.selected()
        if article is None or not chosen:
            return
        copy_rich(highlights_as_text(article, chosen), highlights_as_html(article, chosen))

    def delete_selection(self) -> None:
        for highlight in self.selected():
            self.book.delete(highlight.id)

    def _request_note(self) -> None:
        chosen = self.selected()
        if chosen:
            self.noteRequested.emit(chosen[0].id)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = QMenu(self)
        has_selection = bool(self.selectedIndexes())
        for action in (self.copyAction, self.noteAction, self.deleteAction):
            action.setEnabled(has_selection)
            menu.addAction(action)
        colours = menu.addMenu("Colour")
        colours.setEnabled(has_selection)
        for name in COLOURS:
            action = colours.addAction(name.capitalize())
            action.triggered.connect(lambda _=False, n=name: self._recolour(n))
        menu.exec(event.globalPos())
        for action in (self.copyAction, self.noteAction, self.deleteAction):
            action.setEnabled(True)

    def _recolour(self, colour: str) -> None:
        for highlight in self.selected():
            self.book.set_colour(highlight.id, colour)
