"""Highlighting in the pane: the colour in use, the selection made a highlight, every
highlight painted, notes edited, a chosen highlight brought into view."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, Signal
from PySide6.QtGui import QColor

from reader.model.highlights import COLOURS, DEFAULT_COLOUR
from reader.ui.highlight_list import HighlightList
from reader.ui.highlights import HighlightBook
from reader.ui.reading_pane import ReadingPane

HIGHLIGHT_ALPHA = 150


class Highlighting(QObject):
    """Between the highlight book, its list and the pane.

    `colourChanged` carries the colour now in use, `countChanged` how many highlights
    the article has, `revealRequested` the article offsets of a highlight chosen in
    the list (for navigation to bring into view), `notice` what the reader should know.
    """

    colourChanged = Signal(str)
    notice = Signal(str)
    countChanged = Signal(int)
    revealRequested = Signal(int, int)

    def __init__(
        self,
        book: HighlightBook,
        pane: ReadingPane,
        listing: HighlightList,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._book = book
        self._pane = pane
        self.colour = DEFAULT_COLOUR
        book.changed.connect(self.paint)
        for signal in (book.model.rowsInserted, book.model.rowsRemoved, book.model.modelReset):
            signal.connect(lambda *_: self.countChanged.emit(book.model.rowCount()))
        listing.clicked.connect(self._chosen)
        listing.activated.connect(self._chosen)
        listing.noteRequested.connect(self.edit_note)

    def set_colour(self, colour: str) -> None:
        self.colour = colour
        self.colourChanged.emit(colour)

    def highlight_selection(self) -> bool:
        """Highlight the pane's selection in the current colour; True once saved."""
        found = self._pane.selection_in_article()
        if found is None:
            self.notice.emit("Select some text of the article to highlight it.")
            return False
        made = self._book.add(*found, self.colour)
        if made is not None:  # the selection would hide the new colour
            cursor = self._pane.textCursor()
            cursor.clearSelection()
            self._pane.setTextCursor(cursor)
        return made is not None

    def edit_note(self, highlight_id: str) -> None:
        highlight = self._book.model.by_id(highlight_id)
        if highlight is None:
            return
        from PySide6.QtWidgets import QInputDialog  # dialogs are imported when first used

        note, accepted = QInputDialog.getMultiLineText(
            self._pane, "Note", f"Note for “{highlight.text[:60]}”:", highlight.note
        )
        if accepted:
            self._book.set_note(highlight_id, note.strip())

    def paint(self) -> None:
        ranges = []
        for highlight in self._book.model.items():
            if highlight.detached:
                continue
            found = self._pane.article_range(highlight.start, highlight.end)
            if found is not None:
                colour = QColor(COLOURS.get(highlight.colour, COLOURS[DEFAULT_COLOUR]))
                colour.setAlpha(HIGHLIGHT_ALPHA)
                ranges.append((found[0], found[1], colour))
        self._pane.set_marks("highlights", ranges)

    def _chosen(self, index: QModelIndex) -> None:
        highlight = self._book.model.highlight(index)
        if highlight is not None and not highlight.detached:
            self.revealRequested.emit(highlight.start, highlight.end)
