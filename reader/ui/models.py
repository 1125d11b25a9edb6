"""Thin item models over the shared `Article`: they hold no data of their own."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from reader.model.article import Article, Quote, Section

_Index = QModelIndex | QPersistentModelIndex


class SectionRole(IntEnum):
    Id = Qt.ItemDataRole.UserRole + 1
    Title = Qt.ItemDataRole.UserRole + 2
    Offset = Qt.ItemDataRole.UserRole + 3


class QuoteRole(IntEnum):
    Id = Qt.ItemDataRole.UserRole + 1
    Text = Qt.ItemDataRole.UserRole + 2
    Speaker = Qt.ItemDataRole.UserRole + 3
    SectionTitle = Qt.ItemDataRole.UserRole + 4
    Cue = Qt.ItemDataRole.UserRole + 5
    Partial = Qt.ItemDataRole.UserRole + 6


class ReadOnlyListModel(QAbstractListModel):
    """Rows of selectable, read-only items from `_items()`."""

    def _items(self) -> Sequence[Any]:
        raise NotImplementedError

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items())

    _FLAGS = (
        Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
    )

    def flags(self, index: _Index) -> Qt.ItemFlag:
        return self._FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def _item_at(self, index: _Index) -> Any:
        items = self._items()
        if not index.isValid() or not 0 <= index.row() < len(items):
            return None
        return items[index.row()]


class _ArticleListModel(ReadOnlyListModel):
    """A list model whose rows come from one `Article`; `set_article` resets it."""

    def __init__(self, article: Article | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self._article = article

    @property
    def article(self) -> Article | None:
        return self._article

    def set_article(self, article: Article | None) -> None:
        self.beginResetModel()
        self._article = article
        self.endResetModel()


class SectionListModel(_ArticleListModel):
    """The article's sections, in reading order."""

    def _items(self) -> tuple[Section, ...]:
        return self._article.sections if self._article else ()

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        section: Section | None = self._item_at(index)
        if section is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, SectionRole.Title):
            return section.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return section.title
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"Section {index.row() + 1}: {section.title}"
        if role == SectionRole.Id:
            return section.id
        if role == SectionRole.Offset:
            return section.heading.start
        return None

    def roleNames(self) -> dict[int, bytes]:
        return {
            SectionRole.Id: b"sectionId",
            SectionRole.Title: b"title",
            SectionRole.Offset: b"offset",
        }

    def row_of(self, section_id: str) -> int:
        for row, section in enumerate(self._items()):
            if section.id == section_id:
                return row
        return -1


class QuoteListModel(_ArticleListModel):
    """The article's quotes, in reading order, with speaker and section."""

    def _items(self) -> tuple[Quote, ...]:
        return self._article.quotes if self._article else ()

    def quote(self, index: _Index) -> Quote | None:
        quote: Quote | None = self._item_at(index)
        return quote

    def section_title(self, quote: Quote) -> str:
        if self._article is None or quote.section is None:
            return "Lead"
        section = self._article.section_by_id(quote.section)
        return section.title if section else "Lead"

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        quote = self.quote(index)
        if quote is None:
            return None
        speaker = quote.speaker or "Unattributed"
        if role == Qt.ItemDataRole.DisplayRole:
            return f"“{quote.text}” — {speaker}"
        if role == QuoteRole.Text:
            return quote.text
        if role == QuoteRole.Speaker:
            return quote.speaker
        if role == QuoteRole.SectionTitle:
            return self.section_title(quote)
        if role == QuoteRole.Cue:
            return quote.cue
        if role == QuoteRole.Partial:
            return quote.partial
        if role == QuoteRole.Id:
            return quote.id
        if role == Qt.ItemDataRole.ToolTipRole:
            cue = (
                f"Attributed by: “{quote.cue}”"
                if quote.cue
                else "No words in the text name a speaker"
            )
            return f"{speaker}\n{cue}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"Quote by {speaker}, in {self.section_title(quote)}: {quote.text}"
        return None

    def roleNames(self) -> dict[int, bytes]:
        return {
            QuoteRole.Id: b"quoteId",
            QuoteRole.Text: b"text",
            QuoteRole.Speaker: b"speaker",
            QuoteRole.SectionTitle: b"section",
            QuoteRole.Cue: b"cue",
            QuoteRole.Partial: b"partial",
        }
