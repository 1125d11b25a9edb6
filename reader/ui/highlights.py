"""Highlights in the window: the list, the undoable changes, the panel view.

Every change goes to the store first and shows only once it is saved: if
saving fails the highlight is not shown as made, and the reason is reported.
"""

from __future__ import annotations

import bisect
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QFont,
    QFontMetrics,
    QKeySequence,
    QPainter,
    QUndoCommand,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QMenu,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from reader.model.anchoring import content_hash
from reader.model.article import Article
from reader.model.cite import highlights_as_html, highlights_as_text
from reader.model.highlights import COLOURS, Highlight, new_highlight, now
from reader.store.database import Store, StoreError, document_key
from reader.ui.models import ReadOnlyListModel
from reader.ui.panel_list import PanelList, copy_rich, row_width

_Index = QModelIndex | QPersistentModelIndex


class HighlightRole(IntEnum):
    Id = Qt.ItemDataRole.UserRole + 1
    Text = Qt.ItemDataRole.UserRole + 2
    Colour = Qt.ItemDataRole.UserRole + 3
    Note = Qt.ItemDataRole.UserRole + 4
    SectionTitle = Qt.ItemDataRole.UserRole + 5
    Detached = Qt.ItemDataRole.UserRole + 6


def _order(highlight: Highlight) -> tuple[int, int, int]:
    # Placed highlights in reading order, detached ones after them.
    return (1 if highlight.detached else 0, highlight.start, highlight.end)


class HighlightListModel(ReadOnlyListModel):
    """The open article's highlights, in reading order."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._article: Article | None = None
        self._rows: list[Highlight] = []

    def _items(self) -> list[Highlight]:
        return self._rows

    @property
    def article(self) -> Article | None:
        return self._article

    def items(self) -> list[Highlight]:
        return list(self._rows)

    def reset(self, article: Article | None, highlights: list[Highlight]) -> None:
        self.beginResetModel()
        self._article = article
        self._rows = sorted(highlights, key=_order)
        self.endResetModel()

    def row_of(self, highlight_id: str) -> int:
        return next((i for i, h in enumerate(self._rows) if h.id == highlight_id), -1)

    def highlight(self, index: _Index) -> Highlight | None:
        found: Highlight | None = self._item_at(index)
        return found

    def by_id(self, highlight_id: str) -> Highlight | None:
        row = self.row_of(highlight_id)
        return self._rows[row] if row >= 0 else None

    def insert(self, highlight: Highlight) -> None:
        row = bisect.bisect_left([_order(h) for h in self._rows], _order(highlight))
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.insert(row, highlight)
        self.endInsertRows()

    def remove(self, highlight_id: str) -> None:
        row = self.row_of(highlight_id)
        if row < 0:
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self.endRemoveRows()

    def replace(self, highlight: Highlight) -> None:
        row = self.row_of(highlight.id)
        if row < 0:
            return
        self._rows[row] = highlight
        index = self.index(row)
        self.dataChanged.emit(index, index)

    def section_title(self, highlight: Highlight) -> str:
        if self._article is None or highlight.detached:
            return "Detached: its text is no longer in the article"
        section = self._article.section_at(highlight.start)
        return section.title if section else "Lead"

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        highlight = self.highlight(index)
        if highlight is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, HighlightRole.Text):
            return highlight.text
        if role == HighlightRole.Id:
            return highlight.id
        if role == HighlightRole.Colour:
            return highlight.colour
        if role == HighlightRole.Note:
            return highlight.note
        if role == HighlightRole.SectionTitle:
            return self.section_title(highlight)
        if role == HighlightRole.Detached:
            return highlight.detached
        if role == Qt.ItemDataRole.ToolTipRole:
            return highlight.note or "No note (double-click to add one)"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            note = f", note: {highlight.note}" if highlight.note else ""
            where = self.section_title(highlight)
            return f"{highlight.colour} highlight in {where}: {highlight.text}{note}"
        return None

    def roleNames(self) -> dict[int, bytes]:
        return {
            HighlightRole.Id: b"highlightId",
            HighlightRole.Text: b"text",
            HighlightRole.Colour: b"colour",
            HighlightRole.Note: b"note",
            HighlightRole.SectionTitle: b"section",
            HighlightRole.Detached: b"detached",
        }


class HighlightBook(QObject):
    """The open article's highlights: made, changed and removed through the store.

    `failed` carries the reason a change could not be saved; nothing changes then.
    """

    changed = Signal()
    failed = Signal(str)

    def __init__(
        self, store: Store | None, store_error: str | None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.store_error = store_error
        self.model = HighlightListModel(self)
        self.undo_stack = QUndoStack(self)
        self._document = ""
        self._hash = ""

    @property
    def article(self) -> Article | None:
        return self.model.article

    def open(self, article: Article | None) -> None:
        """Load (and re-anchor) the highlights of ``article``."""
        self.undo_stack.clear()
        if article is None or article.path is None:
            self.model.reset(article, [])
            self.changed.emit()
            return
        self._document = document_key(article.path)
        self._hash = content_hash(article.text)
        highlights: list[Highlight] = []
        if self.store is not None:
            try:
                highlights = self.store.follow(article)
            except StoreError as error:
                self.failed.emit(str(error))
        self.model.reset(article, highlights)
        self.changed.emit()

    def _check_store(self) -> Store | None:
        if self.store is None:
            self.failed.emit(f"Highlights cannot be saved: {self.store_error or 'no store'}")
        return self.store

    # ------------------------------------------------------------ changes (undoable)

    def add(self, start: int, end: int, colour: str) -> Highlight | None:
        article = self.article
        if article is None or self._check_store() is None:
            return None
        try:
            highlight = new_highlight(article.text, start, end, colour)
        except ValueError:
            return None
        command = _Change(
            self, f"Highlight “{_short(highlight.text)}”", before=None, after=highlight
        )
        self.undo_stack.push(command)
        return highlight if command.done else None

    def delete(self, highlight_id: str) -> None:
        old = self.model.by_id(highlight_id)
        if old is not None and self._check_store() is not None:
            self.undo_stack.push(_Change(self, "Delete highlight", before=old, after=None))

    def set_note(self, highlight_id: str, note: str) -> None:
        old = self.model.by_id(highlight_id)
        if old is not None and old.note != note and self._check_store() is not None:
            new = _with(old, note=note)
            self.undo_stack.push(_Change(self, "Edit note", before=old, after=new))

    def set_colour(self, highlight_id: str, colour: str) -> None:
        old = self.model.by_id(highlight_id)
        if (
            old is not None
            and old.colour != colour
            and colour in COLOURS
            and self._check_store() is not None
        ):
            new = _with(old, colour=colour)
            self.undo_stack.push(_Change(self, "Change colour", before=old, after=new))

    def _apply(self, remove: Highlight | None, put: Highlight | None) -> bool:
        """Save first, then show: False (and `failed`) when the store refused."""
        store = self.store
        if store is None:
            return False
        try:
            if put is not None:
                store.save(self._document, self._hash, put)
            elif remove is not None:
                store.delete(remove.id)
        except StoreError as error:
            self.failed.emit(f"The highlight was not saved: {error}")
            return False
        if remove is not None and put is not None:
            self.model.replace(put)
        elif remove is not None:
            self.model.remove(remove.id)
        elif put is not None:
            self.model.insert(put)
        self.changed.emit()
        return True


def _with(highlight: Highlight, **changes: str) -> Highlight:
    from dataclasses import replace

    return replace(highlight, updated=now(), **changes)


def _short(text: str, length: int = 30) -> str:
    return text if len(text) <= length else text[: length - 1] + "…"


class _Change(QUndoCommand):
    """One highlight made, changed or removed; undo applies the reverse."""

    def __init__(
        self, book: HighlightBook, label: str, before: Highlight | None, after: Highlight | None
    ) -> None:
        super().__init__(label)
        self.book = book
        self.before = before
        self.after = after
        self.done = False

    def redo(self) -> None:
        self.done = self.book._apply(self.before, self.after)
        if not self.done:
            self.setObsolete(True)

    def undo(self) -> None:
        if self.done:
            self.book._apply(self.after, self.before)


class HighlightDelegate(QStyledItemDelegate):
    """A highlight row: a colour bar, the text, the note, the section."""

    def _lines(self, option: QStyleOptionViewItem, index: _Index) -> list[tuple[str, QFont]]:
        body = QFont(option.font)
        small = QFont(option.font)
        small.setPointSizeF(max(7.0, option.font.pointSizeF() * 0.88))
        italic = QFont(small)
        italic.setItalic(True)
        lines = [(_short(str(index.data(HighlightRole.Text)), 220), body)]
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
        painter.save()
        widget = option.widget
        if widget is not None:
            widget.style().drawPrimitive(
                QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, widget
            )
        colour = QColor(COLOURS.get(str(index.data(HighlightRole.Colour)), "#cccccc"))
        painter.fillRect(
            QRect(option.rect.left() + 6, option.rect.top() + 8, 6, option.rect.height() - 16),
            colour,
        )
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        y = option.rect.top() + 8
        width = self._width(option)
        for number, (text, font) in enumerate(self._lines(option, index)):
            muted = number > 0 and not selected
            painter.setPen(
                palette.highlightedText().color()
                if selected
                else (palette.placeholderText().color() if muted else palette.text().color())
            )
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
