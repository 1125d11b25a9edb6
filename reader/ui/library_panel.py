"""The library window's contents: a search field over the results, the speakers beside.

Laid out as Zotero and calibre lay out a library: the search field on top, a facet
list on the left (here everyone quoted, with their numbers of quotes and articles),
the results on the right. Typing searches (articles, then quotes, matches in bold);
choosing a speaker lists their quotes across articles in date order. Enter or a
double-click asks for the article at that place (`openRequested`); Ctrl+C copies
the selected quotes with speaker and citation; Export writes the quotes listed as
Markdown or CSV.
"""

from __future__ import annotations

import os
from functools import partial
from pathlib import Path

from PySide6.QtCore import (
    QModelIndex,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QKeySequence,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QProgressBar,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reader.model.library_export import exported_quotes, quotes_as_html, quotes_as_text
from reader.model.library_results import ArticleHit, QuoteHit, SpeakerRow, counted
from reader.model.search_query import as_typed
from reader.store.bulk_add import BulkAddReport
from reader.ui.chrome import HairlineSplitter, titled
from reader.ui.library_models import (
    LibraryResultsModel,
    LibraryRole,
    SpeakerListModel,
    SpeakerRole,
)
from reader.ui.library_rows import RichRowDelegate
from reader.ui.library_service import ARTICLES_SHOWN, QUOTES_SHOWN, LibraryService
from reader.ui.panel_list import PanelList, copy_rich

SEARCH_DELAY_MS = 150  # results follow the typing, one search per pause
_UNUSABLE_SHOWN = 5
EXPORT_FILTERS = {"markdown": "Markdown notes (*.md)", "csv": "CSV table (*.csv)"}


class LibraryPanel(QWidget):
    """Search, speakers and results over a `LibraryService`."""

    openRequested = Signal(str, int, int)  # source, start, end in its text

    def __init__(self, service: LibraryService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("libraryPanel")
        self.service = service
        self._serial = 0
        self._speaker: str | None = None
        self._make_widgets()
        self._lay_out()
        self._connect()

    # ------------------------------------------------------------ making

    def _make_widgets(self) -> None:
        self.search = QLineEdit()
        self.search.setObjectName("librarySearch")
        self.search.setAccessibleName("Search the library")
        self.search.setPlaceholderText('Search every article and quote: words, "a phrase", prefix*')
        self.search.setClearButtonEnabled(True)
        self.results_model = LibraryResultsModel(self)
        self.results = PanelList(
            "libraryResults", "Library results", self.results_model, RichRowDelegate()
        )
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.copyAction = self.results.list_action(
            "&Copy with Attribution", "copyLibraryQuotesAction", self.copy_selection,
            QKeySequence(QKeySequence.StandardKey.Copy),
        )  # fmt: skip
        self.speakers_model = SpeakerListModel(self)
        self.speakers = PanelList("speakerList", "Speakers", self.speakers_model,
                                  RichRowDelegate())  # fmt: skip
        self.exportButton = QToolButton()
        self.exportButton.setObjectName("libraryExportButton")
        self.exportButton.setText("Export")
        self.exportButton.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.exportButton)
        for name, label in (("markdown", "Quotes as &Markdown…"), ("csv", "Quotes as &CSV…")):
            menu.addAction(label, partial(self.choose_export, name))
        self.exportButton.setMenu(menu)
        self.status = QLabel()
        self.status.setObjectName("libraryStatus")
        self.status.setWordWrap(True)
        # A folder's add has its own line: a search typed meanwhile does not hide its end.
        self.addStatus = QLabel()
        self.addStatus.setObjectName("libraryAddStatus")
        self.addStatus.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setObjectName("libraryProgress")
        self.cancelButton = QPushButton("Cancel")
        self.cancelButton.setObjectName("libraryCancel")
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.exportButton)
        split = HairlineSplitter()
        split.addWidget(titled(self.speakers, "Speakers"))
        split.addWidget(self.results)
        split.setStretchFactor(1, 1)
        split.setSizes([240, 760])
        adding = QHBoxLayout()
        adding.addWidget(self.addStatus, 1)
        adding.addWidget(self.progress)
        adding.addWidget(self.cancelButton)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        layout.addWidget(self.status)
        layout.addLayout(adding)
        self._show_adding(False)

    def _connect(self) -> None:
        service = self.service
        self.search.textChanged.connect(self._typed)
        self._timer.timeout.connect(self._search_now)
        self.speakers.selectionModel().currentChanged.connect(self._speaker_chosen)
        self.results.activated.connect(self._activated)
        self.cancelButton.clicked.connect(service.cancel)
        service.searched.connect(self._searched)
        service.searchRejected.connect(self._rejected)
        service.speakersListed.connect(self._speakers_listed)
        service.quotesListed.connect(self._quotes_listed)
        service.articleAdded.connect(self.refresh_speakers)
        service.rebuilt.connect(self.refresh)
        service.progress.connect(self._progressed)
        service.folderAdded.connect(self._folder_added)

    # ------------------------------------------------------------ searching

    def refresh(self) -> None:
        """Ask again for what the panel shows (it was hidden, or the library changed)."""
        self.refresh_speakers()
        if self.search.text().strip():
            self._search_now()
        elif self._speaker:
            self.service.list_quotes_by(self._speaker)

    def refresh_speakers(self, *_: object) -> None:
        self.service.list_speakers()

    def _typed(self, _text: str) -> None:
        if self.speakers.currentIndex().isValid():
            self._speaker = None
            self.speakers.selectionModel().clearCurrentIndex()
            self.speakers.clearSelection()
        self.status.setText("")  # until the answer to what is typed now
        self._forget_add_report()
        self._timer.start()

    def _search_now(self) -> None:
        query = self.search.text().strip()
        if not query:
            self._serial = 0
            self.results_model.clear()
            self.status.setText("")
            return
        self._serial = self.service.search(as_typed(query))

    def _searched(self, serial: int, articles: list[ArticleHit], quotes: list[QuoteHit]) -> None:
        if serial != self._serial:
            return  # an answer to a query typed past
        self.results_model.set_results(articles, quotes)
        found = f"{counted(len(articles), 'article')}, {counted(len(quotes), 'quote')}"
        if len(articles) == ARTICLES_SHOWN or len(quotes) == QUOTES_SHOWN:
            found += " (the best of more: add words to narrow the search)"
        self.status.setText(found if articles or quotes else "Nothing found")

    def _rejected(self, serial: int, reason: str) -> None:
        if serial == self._serial:
            self.results_model.clear()
            self.status.setText(reason[:1].upper() + reason[1:])

    # ------------------------------------------------------------ speakers

    def _speakers_listed(self, speakers: list[SpeakerRow]) -> None:
        chosen = self._speaker
        self.speakers_model.set_speakers(speakers)
        row = self.speakers_model.row_of(chosen) if chosen else -1
        if row >= 0:
            blocked = self.speakers.selectionModel().blockSignals(True)
            self.speakers.setCurrentIndex(self.speakers_model.index(row))
            self.speakers.selectionModel().blockSignals(blocked)

    def _speaker_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        name = current.data(SpeakerRole.Name)
        if not name:
            return
        self._speaker = str(name)
        self._serial = 0  # a search still under way is no longer wanted
        self._forget_add_report()
        if self.search.text():
            blocked = self.search.blockSignals(True)
            self.search.clear()
            self.search.blockSignals(blocked)
        self.service.list_quotes_by(self._speaker)

    def choose_speaker(self, name: str) -> bool:
        row = self.speakers_model.row_of(name)
        if row >= 0:
            self.speakers.setCurrentIndex(self.speakers_model.index(row))
        return row >= 0

    def _quotes_listed(self, name: str, quotes: list[QuoteHit]) -> None:
        if name != self._speaker:
            return
        self.results_model.set_quotes(f"Quotes by {name} ({len(quotes)})", quotes)
        articles = len({quote.article for quote in quotes})
        self.status.setText(
            f"{counted(len(quotes), 'quote')} in {counted(articles, 'article')}, oldest first"
        )

    # ------------------------------------------------------------ results

    def _activated(self, index: QModelIndex) -> None:
        source = index.data(LibraryRole.Source)
        if source:
            self.openRequested.emit(
                str(source), int(index.data(LibraryRole.Start)), int(index.data(LibraryRole.End))
            )

    def selected_quotes(self) -> list[QuoteHit]:
        rows = sorted(index.row() for index in self.results.selectionModel().selectedRows())
        quotes = [self.results_model.quote(self.results_model.index(row)) for row in rows]
        return [quote for quote in quotes if quote is not None]

    def copy_selection(self) -> None:
        quotes = self.selected_quotes()
        if quotes:
            copy_rich(quotes_as_text(quotes), quotes_as_html(quotes))

    def _listed_title(self) -> str:
        if self._speaker and not self.search.text().strip():
            return f"Quotes by {self._speaker}"
        return f"Quotes matching {self.search.text().strip()}"

    def choose_export(self, format_name: str) -> None:
        from PySide6.QtWidgets import QFileDialog  # dialogs are imported when first used

        suffix = ".md" if format_name == "markdown" else ".csv"
        name = self._listed_title().replace("/", "-") + suffix
        path, _ = QFileDialog.getSaveFileName(
            self, "Export Quotes", str(Path.home() / name), EXPORT_FILTERS[format_name]
        )
        if path:
            self.export_to(path, format_name)

    def export_to(self, path: str | os.PathLike[str], format_name: str) -> bool:
        """Write the quotes listed (a speaker's or a search's) to ``path``."""
        quotes = self.results_model.quotes()
        text = exported_quotes(format_name, self._listed_title(), quotes)
        try:
            with open(path, "w", encoding="utf-8", newline="") as handle:
                handle.write(text)
        except OSError as error:
            self.status.setText(f"Cannot export to {path}: {error.strerror or error}")
            return False
        self.status.setText(f"Exported {counted(len(quotes), 'quote')} to {os.path.basename(path)}")
        return True

    # ------------------------------------------------------------ adding a folder

    def _show_adding(self, adding: bool) -> None:
        self.progress.setVisible(adding)
        self.cancelButton.setVisible(adding)
        self.addStatus.setVisible(adding or bool(self.addStatus.text()))

    def _forget_add_report(self) -> None:
        """The end of the last add, read: the reader has moved on (typed, chose someone)."""
        if self.progress.isHidden():
            self.addStatus.clear()
            self.addStatus.setToolTip("")
            self._show_adding(False)

    def _progressed(self, done: int, total: int) -> None:
        self.addStatus.setText(f"Adding to the library: {done} of {total} files")
        self.addStatus.setToolTip("")
        self._show_adding(True)
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)

    def _folder_added(self, report: BulkAddReport) -> None:
        said = f"{'Stopped: ' if report.cancelled else ''}{report.outcome()}"
        if report.left_out:
            said += f"; {report.left_out_phrase()}"
        unusable = report.unusable
        if unusable:
            said += f"; {len(unusable)} could not be used:"
            lines = [f"{os.path.basename(u.path)}: {u.reason}" for u in unusable]
            shown = lines[:_UNUSABLE_SHOWN]
            if len(lines) > _UNUSABLE_SHOWN:
                shown.append(f"… and {len(lines) - _UNUSABLE_SHOWN} more (see the tooltip)")
            said += "\n" + "\n".join(shown)
            self.addStatus.setToolTip("\n".join(f"{u.path}: {u.reason}" for u in unusable))
        self.addStatus.setText(said)
        self._show_adding(False)
        self.refresh()
