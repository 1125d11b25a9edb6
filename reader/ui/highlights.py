"""Highlights in the window: the list model and the undoable changes (the panel view
is `highlight_list.HighlightList`).

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
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QUndoCommand,
    QUndoStack,
)

from reader.model.anchoring import content_hash
from reader.model.article import Article
from reader.model.highlights import COLOURS, Highlight, new_highlight, now
from reader.store.database import Store, StoreError, document_key
from reader.ui.models import ReadOnlyListModel

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

    def store_notice(self) -> str | None:
        """What the reader should know about the store at start, if anything."""
        if self.store is not None and self.store.recovered_from is not None:
            return (
                f"The highlight store could not be opened; it was moved aside to "
                f"{self.store.recovered_from.name} and a new one was started."
            )
        if self.store is None and self.store_error:
            return f"Highlights cannot be saved: {self.store_error}. Reading works as usual."
        return None

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
            self, f"Highlight “{shorten(highlight.text)}”", before=None, after=highlight
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


def shorten(text: str, length: int = 30) -> str:
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
