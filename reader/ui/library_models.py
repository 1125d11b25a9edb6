"""Thin item models over the library's answers: search results and the speakers.

`LibraryRole.Html` gives a row as rich text: matches in ``<b>``, the article's date
and file in ``<span class='meta'>`` (the delegate colours it from the palette)."""

from __future__ import annotations

import html
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from reader.model.library_results import ArticleHit, QuoteHit, Snippet, SpeakerRow, counted
from reader.ui.models import ReadOnlyListModel

_Index = QModelIndex | QPersistentModelIndex


class LibraryRole(IntEnum):
    Html = Qt.ItemDataRole.UserRole + 1  # the row as rich text, matches in <b>
    Kind = Qt.ItemDataRole.UserRole + 2  # "heading", "article" or "quote"
    Source = Qt.ItemDataRole.UserRole + 3
    Start = Qt.ItemDataRole.UserRole + 4
    End = Qt.ItemDataRole.UserRole + 5


@dataclass(frozen=True)
class _Heading:
    text: str


_Row = _Heading | ArticleHit | QuoteHit


_PARAGRAPH_BREAK = re.compile(r"\s*\n\s*\n\s*")


def _marked(snippet: Snippet | None, plain: str) -> str:
    """``snippet`` as HTML with its matches in bold (``plain`` when there is none);
    a paragraph break is a muted ¶, so a heading does not run into the next line."""
    if snippet is None:
        return html.escape(plain)
    marked = (
        html.escape(snippet.bracketed("\x01", "\x02"))
        .replace("\x01", "<b>")
        .replace("\x02", "</b>")
    )
    return _PARAGRAPH_BREAK.sub(" <span class='meta'>¶</span> ", marked)


def _dated(title: str, date: str | None, source: str) -> str:
    return f"{title} · {date or 'undated'} · {os.path.basename(source)}"


class LibraryResultsModel(ReadOnlyListModel):
    """Articles then quotes (a search), or one speaker's quotes, under headings."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[_Row] = []

    def _items(self) -> Sequence[_Row]:
        return self._rows

    def set_results(self, articles: Sequence[ArticleHit], quotes: Sequence[QuoteHit]) -> None:
        rows: list[_Row] = []
        if articles:
            rows += [_Heading(f"Articles ({len(articles)})"), *articles]
        if quotes:
            rows += [_Heading(f"Quotes ({len(quotes)})"), *quotes]
        self._reset(rows)

    def set_quotes(self, heading: str, quotes: Sequence[QuoteHit]) -> None:
        self._reset([_Heading(heading), *quotes] if quotes else [])

    def clear(self) -> None:
        self._reset([])

    def _reset(self, rows: list[_Row]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def quotes(self) -> list[QuoteHit]:
        """Every quote listed, in order (what an export writes)."""
        return [row for row in self._rows if isinstance(row, QuoteHit)]

    def quote(self, index: _Index) -> QuoteHit | None:
        row = self._item_at(index)
        return row if isinstance(row, QuoteHit) else None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if isinstance(self._item_at(index), _Heading):
            return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren
        return super().flags(index)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self._item_at(index)
        if row is None:
            return None
        if role == LibraryRole.Kind:
            return "heading" if isinstance(row, _Heading) else (
                "article" if isinstance(row, ArticleHit) else "quote"
            )  # fmt: skip
        if isinstance(row, _Heading):
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return row.text
            return f"<b>{html.escape(row.text)}</b>" if role == LibraryRole.Html else None
        if role == LibraryRole.Source:
            return row.source
        if role == LibraryRole.Start:
            return row.start
        if role == LibraryRole.End:
            return row.end
        if isinstance(row, ArticleHit):
            return self._article_data(row, role)
        return self._quote_data(row, role)

    @staticmethod
    def _article_data(hit: ArticleHit, role: int) -> Any:
        where = _dated(hit.title, hit.date, hit.source)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{where}\n{hit.snippet.text}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return hit.source
        if role == LibraryRole.Html:
            return (
                f"<b>{html.escape(hit.title)}</b> <span class='meta'>· "
                f"{html.escape(hit.date or 'undated')} · "
                f"{html.escape(os.path.basename(hit.source))}</span><br>"
                f"{_marked(hit.snippet, hit.snippet.text)}"
            )
        return None

    @staticmethod
    def _quote_data(hit: QuoteHit, role: int) -> Any:
        speaker = hit.speaker or "unattributed"
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"“{hit.text}” — {speaker}\n{_dated(hit.title, hit.date, hit.source)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return hit.source
        if role == LibraryRole.Html:
            where = html.escape(_dated(hit.title, hit.date, hit.source))
            return (
                f"“{_marked(hit.snippet, hit.text)}”<br><b>— {html.escape(speaker)}</b> "
                f"<span class='meta'>· {where}</span>"
            )
        return None


class SpeakerRole(IntEnum):
    Html = LibraryRole.Html  # the same role: one delegate paints both lists
    Name = Qt.ItemDataRole.UserRole + 11
    Quotes = Qt.ItemDataRole.UserRole + 12
    Articles = Qt.ItemDataRole.UserRole + 13


class SpeakerListModel(ReadOnlyListModel):
    """Everyone quoted in the library, most quoted first."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._speakers: list[SpeakerRow] = []

    def _items(self) -> Sequence[SpeakerRow]:
        return self._speakers

    def set_speakers(self, speakers: Sequence[SpeakerRow]) -> None:
        self.beginResetModel()
        self._speakers = list(speakers)
        self.endResetModel()

    def row_of(self, name: str) -> int:
        return next((row for row, s in enumerate(self._speakers) if s.name == name), -1)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        speaker: SpeakerRow | None = self._item_at(index)
        if speaker is None:
            return None
        counts = f"{counted(speaker.quotes, 'quote')} in {counted(speaker.articles, 'article')}"
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{speaker.name}\n{counts}"
        if role == SpeakerRole.Html:
            return f"{html.escape(speaker.name)}<br><span class='meta'>{counts}</span>"
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{speaker.name}: {counts}"
        if role == SpeakerRole.Name:
            return speaker.name
        if role == SpeakerRole.Quotes:
            return speaker.quotes
        if role == SpeakerRole.Articles:
            return speaker.articles
        return None
