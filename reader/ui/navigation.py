"""Navigation: section jumps, next and previous section, back and forward, the chosen
quote, and the section list following the reading position."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QModelIndex, QObject, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QScrollBar

from reader.model.article import Article
from reader.ui.models import SectionListModel, SectionRole

HISTORY_LIMIT = 100


class Pane(Protocol):
    """What navigation needs of the reading pane (`ReadingPane` has it all)."""

    def verticalScrollBar(self) -> QScrollBar: ...
    def scroll_to_anchor(self, name: str) -> bool: ...
    def quote_range(self, quote_id: str) -> tuple[int, int] | None: ...
    def article_range(self, start: int, end: int) -> tuple[int, int] | None: ...
    def set_marks(self, layer: str, ranges: list[tuple[int, int, QColor]]) -> None: ...
    def reveal(self, start: int, end: int) -> None: ...
    def top_position(self) -> int: ...
    def section_at(self, position: int) -> int: ...


class Navigation(QObject):
    """Moves the pane and keeps the way back; `positionChanged` says where the reader is
    ("Section 2 of 5 · 40%"; "" with no article)."""

    positionChanged = Signal(str)

    def __init__(
        self,
        pane: Pane,
        sections: QAbstractItemView,
        model: SectionListModel,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._pane = pane
        self._sections = sections
        self._model = model  # holds the article shown: the sections are its rows
        self._history: list[int] = []
        self._future: list[int] = []
        self._chosen_quote: str | None = None
        self._quote_colour = QColor("#ffd666")
        sections.clicked.connect(self._section_chosen)
        sections.activated.connect(self._section_chosen)
        pane.verticalScrollBar().valueChanged.connect(self.follow)

    def set_article(self, article: Article | None) -> None:
        """The article now in the pane, listed in the section list (its place and
        history are kept: a reload)."""
        self._model.set_article(article)

    def forget(self) -> None:
        """A new article: no way back into the old one, no quote chosen in it."""
        self._history.clear()
        self._future.clear()
        self._chosen_quote = None

    # ------------------------------------------------------------ jumps and history

    def _bar(self) -> QScrollBar:
        return self._pane.verticalScrollBar()

    def _jumped_from(self, position: int) -> None:
        self._history.append(position)
        del self._history[:-HISTORY_LIMIT]
        self._future.clear()

    def go_back(self) -> None:
        if self._history:
            self._future.append(self._bar().value())
            self._bar().setValue(self._history.pop())

    def go_forward(self) -> None:
        if self._future:
            self._history.append(self._bar().value())
            self._bar().setValue(self._future.pop())

    def go_to_section(self, section_id: str) -> bool:
        row = self._model.row_of(section_id)
        if row < 0:
            return False
        self._sections.setCurrentIndex(self._model.index(row))
        self._jumped_from(self._bar().value())
        return self._pane.scroll_to_anchor(section_id)

    def step_section(self, direction: int) -> None:
        """To the next (1) or previous (-1) section from the current one."""
        article = self._model.article
        if article is None or not article.sections:
            return
        current = self._sections.currentIndex().row()
        row = max(0, min(len(article.sections) - 1, current + direction))
        if current < 0:
            row = 0 if direction > 0 else -1
        if row >= 0:
            self.go_to_section(article.sections[row].id)

    def _section_chosen(self, index: QModelIndex) -> None:
        section_id = index.data(SectionRole.Id)
        if section_id:
            self._jumped_from(self._bar().value())
            self._pane.scroll_to_anchor(section_id)

    def reveal(self, start: int, end: int) -> bool:
        """Bring article offsets ``start:end`` into view (a jump one can go back from)."""
        found = self._pane.article_range(start, end)
        if found is None:
            return False
        self._jumped_from(self._bar().value())
        self._pane.reveal(*found)
        return True

    # ------------------------------------------------------------ the chosen quote

    def show_quote(self, quote_id: str) -> bool:
        """Mark the quote's exact text in the pane and bring it into view."""
        found = self._pane.quote_range(quote_id)
        if found is None:
            return False
        self._chosen_quote = quote_id
        self._pane.set_marks("quote", [(*found, self._quote_colour)])
        self._jumped_from(self._bar().value())
        self._pane.reveal(*found)
        return True

    def set_quote_colour(self, colour: QColor) -> None:
        self._quote_colour = colour

    def repaint_quote(self) -> None:
        """Mark the chosen quote again (the pane has a new document for the same text)."""
        quote = self._chosen_quote
        found = self._pane.quote_range(quote) if quote else None
        if found is not None:
            self._pane.set_marks("quote", [(*found, self._quote_colour)])

    # ------------------------------------------------------------ following the reader

    def follow(self) -> None:
        """The section list and the position follow the reading position."""
        article = self._model.article
        if article is None:
            self.positionChanged.emit("")
            return
        row = self._pane.section_at(self._pane.top_position() + 1)
        if row != self._sections.currentIndex().row():
            if row < 0:
                self._sections.clearSelection()
                self._sections.setCurrentIndex(QModelIndex())
            else:
                self._sections.setCurrentIndex(self._model.index(row))
        bar = self._bar()
        percent = round(100 * bar.value() / bar.maximum()) if bar.maximum() else 100
        sections = len(article.sections)
        where = f"Section {row + 1} of {sections}" if row >= 0 else "Lead"
        self.positionChanged.emit(f"{where} · {percent}%" if sections else f"{percent}%")
